/**
 * ROUTING_NUMBER / BANK_ACCOUNT from a cheque's MICR line as OCR or a scanner writes it with the
 * E-13B symbols: "⑆011002699⑆ 3308817264⑈ 1042" (⑆ transit, ⑈ on-us). Between the transit symbols
 * stands the ABA routing number (3-7-1 checksum), and the on-us field before ⑈ is the account
 * number. The symbols make the reading certain: 0.95 and 0.9. Gated on the symbol, one regex.
 */
import { abaValid } from './checksums.js';
import type { Detector } from './detector.js';
import { keepLast } from './mask.js';
import type { Candidate } from './types.js';

/** ⑆ routing ⑆ then the on-us field: digits, spaces and dashes up to ⑈. */
const MICR = /⑆\s?(\d{9})\s?⑆\s?(?:(\d[\d -]{2,18}\d)\s?⑈)?/g;

export const micr: Detector = {
  id: 'micr',
  types: ['ROUTING_NUMBER', 'BANK_ACCOUNT'],
  description: 'Cheque MICR lines (⑆ routing ⑆ account ⑈): ABA checksum on the routing number',
  wordLists: [],
  find(doc, out) {
    const text = doc.text;
    if (!text.includes('⑆')) return;
    MICR.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = MICR.exec(text))) {
      const routing = m[1]!;
      if (!abaValid(routing)) continue;
      const rs = m.index + m[0].indexOf(routing);
      out.push({ type: 'ROUTING_NUMBER', subtype: 'aba', start: rs, end: rs + 9, score: 0.95, masked: keepLast(routing, 3), detector: 'micr' } satisfies Candidate);
      const account = m[2];
      if (account) {
        const as = m.index + m[0].lastIndexOf(account);
        out.push({ type: 'BANK_ACCOUNT', subtype: 'account_number', start: as, end: as + account.length, score: 0.9, masked: keepLast(account, 4), detector: 'micr' });
      }
    }
  },
};
