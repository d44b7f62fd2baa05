/**
 * CARD_CVV: a card security code (CVV/CVC/CID), 3 digits (4 for Amex), only when labelled ("CVV:
 * 123", "security code 4412" near a card) or written right after a card number and its expiry
 * ("4111 ... 12/27 123"). The value is hidden entirely in previews.
 */
import { CARD_WORDS, findPans, panEndsWithin, panTrailer } from './card.js';
import { labelsMatching, words } from './context.js';
import type { Detector, ScanDoc } from './detector.js';
import { hideAll } from './mask.js';
import type { Candidate } from './types.js';

export const CVV_WORDS = words('card-cvv', [
  'cvv', 'cvv2', 'cvc', 'cvc2', 'cvn', 'csc', 'cid', 'security code', 'card security code', 'sec code',
  'card verification value', 'card verification code', 'card verification number', 'verification value',
  '3 digit code', '3-digit code', 'three digit code', '4 digit code', 'four digit code', 'code on the back',
  'digits on the back', '3 digits on the back', 'three digits on the back', 'number on the back', 'security number',
  'card security number',
  'cryptogramme', 'cryptogramme visuel', 'código de seguridad', 'codigo de seguridad', 'código cvv', 'prüfnummer',
  'kartenprüfnummer', 'pruefnummer', 'sicherheitscode', 'code de securite', 'codice di sicurezza', 'cvv_code', 'card_cvv',
]);

/**
 * Arabic "verification code", "security code" ("رمز التحقق", "رمز الأمان"), read by a pattern as the
 * keyword matcher reads Latin script only; a card's code only with a card nearby (an SMS's
 * verification code is a one-time code).
 */
const ARABIC_CVV = /رمز (?:ال)?(?:تحقق|أمان|امان)(?: (?:ال)?بطاقة)?/gu;

/** Labels that mean a card security code on their own; the others need a card nearby. */
const CARD_ONLY = /^(?:cvv|cvc|cvn|card|verification value|card verification|cryptogramme|(?:3 |three )?digits on the back)/i;

const CONNECTOR = /["']?\s{0,2}(?:\(|[:=#-]|is|was|number|no\.?|code|of|,\s?it['’]?s)?\s{0,2}(?:[:=-]\s{0,2})?(?:is\s)?\s{0,2}["']?/iy;
const VALUE = /\d{3,4}(?![\d/.,]\d)(?!\d)/y;

/**
 * True when a security-code label at `hit` belongs to a card: a card word or a card number close
 * by. The credential detector asks the same question so that exactly one of the two reports a
 * 3-4 digit "security code".
 */
export function securityCodeNearCard(doc: ScanDoc, hit: { start: number; end: number }): boolean {
  if (doc.hits.near(hit.start, hit.end, CARD_WORDS, 80, 40)) return true;
  // A reportable card ending less than 120 characters before or after the label's start.
  return panEndsWithin(doc, hit.start - 119, hit.start + 120);
}

export const cardCvv: Detector = {
  id: 'card-cvv',
  types: ['CARD_CVV'],
  description: 'Card security codes (CVV/CVC/CID) when labelled or right after a card number and expiry',
  wordLists: [CVV_WORDS, CARD_WORDS],
  find(doc, out) {
    const text = doc.text;
    const pans = findPans(doc);
    const seen = new Set<number>();
    const push = (start: number, end: number, score: number): void => {
      if (seen.has(start)) return;
      seen.add(start);
      out.push({ type: 'CARD_CVV', subtype: 'cvv', start, end, score, masked: hideAll(), detector: 'card-cvv' } satisfies Candidate);
    };
    for (const pan of pans) {
      if (pan.score < 0.5) continue;
      const t = panTrailer(text, pan);
      if (t.cvv) push(t.cvv.start, t.cvv.end, 0.85);
    }
    // An indexOf first: most texts hold no Arabic, and the pattern would still read them whole.
    const hits = text.includes('رمز') ? [...doc.hits.of(CVV_WORDS), ...labelsMatching(text, ARABIC_CVV)] : doc.hits.of(CVV_WORDS);
    for (const hit of hits) {
      CONNECTOR.lastIndex = hit.end;
      const at = CONNECTOR.test(text) ? CONNECTOR.lastIndex : hit.end;
      VALUE.lastIndex = at;
      if (!VALUE.test(text)) continue;
      const end = VALUE.lastIndex;
      if (text[at - 1] !== undefined && /\d/.test(text[at - 1]!)) continue;
      const label = text.slice(hit.start, hit.end);
      if (CARD_ONLY.test(label) || securityCodeNearCard(doc, hit)) push(at, end, 0.9);
    }
  },
};
