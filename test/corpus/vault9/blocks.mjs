// Country-aware building blocks that carry gold spans (bank details, IDs, contact lines).
import { R } from './build.mjs';
import { iban, aba, ukPair, sortSpan, ukAcctSpan, ukPairSpan, nuban, account, bic, phone, email } from './values.mjs';
import { nationalId } from './ids.mjs';

// bank details in prose; returns R with 1-3 spans
export function bankProse(r, c) {
  switch (c.cc) {
    case 'GB': { const p = ukPair(r);
      return r.chance(0.5) ? R`sort code and account ${ukPairSpan(p, r.pick(['-', '', ' ']), r.pick([' ', ' / ', ', ']))}` : R`sort code ${sortSpan(p)}, account number ${ukAcctSpan(p)}`; }
    case 'NG': { const n = nuban(r); return R`${n.bankName} account ${n}`; }
    case 'US': { const a = account(r, 'US'); return R`${a.bankName} routing number ${aba(r)} and account number ${a}`; }
    case 'CA': { const ibc = r.pick(['FR', 'GB', 'DE']); return R`IBAN ${iban(r, ibc)} (your ${ibc === 'GB' ? 'sterling' : 'euro'} account) with BIC ${bic(r, ibc)}`; }
    default: { const a = account(r, c.cc); return r.chance(0.4) ? R`${a.bankName} account ${a}, SWIFT code ${bic(r, c.cc)}` : R`${a.bankName} account number ${a}`; }
  }
}
// bank details as key: value lines (label: value), 1-3 spans
export function bankKv(r, c, sep = ': ') {
  switch (c.cc) {
    case 'GB': { const p = ukPair(r); return R`Sort code${sep}${sortSpan(p)}\nAccount number${sep}${ukAcctSpan(p)}`; }
    case 'NG': { const n = nuban(r); return R`Bank${sep}${n.bankName}\nAccount number${sep}${n}`; }
    case 'US': { const a = account(r, 'US'); return R`Bank${sep}${a.bankName}\nABA routing${sep}${aba(r)}\nAccount${sep}${a}`; }
    case 'CA': return R`IBAN${sep}${iban(r, 'FR')}\nBIC${sep}${bic(r, 'FR')}`;
    default: { const a = account(r, c.cc); return R`Bank${sep}${a.bankName}\nAccount no${sep}${a}\nSWIFT${sep}${bic(r, c.cc)}`; }
  }
}
export function idProse(r, c, scheme) { const id = nationalId(r, c.cc, scheme); return R`${id.label} ${id}`; }
export function contactLine(r, c) { return R`${phone(r, c.cc)} or ${email(r, c.who, c.p.domains)}`; }
