// Look-alikes for hard negatives: none of these is a finding under CONTRACT.md.
import { cardValid, luhnComplete, luhnValid, makeUps, makeFedex, makeDhl, makeImei, ibanValid } from './lib.mjs';

const notCard = (r, f) => { for (;;) { const v = f(); const d = v.replace(/\D/g, ''); if (!(d.length >= 12 && d.length <= 19 && cardValid(d))) return v; } };
export const L = {
  order: (r) => notCard(r, () => r.pick([`ORD-${r.int(2024, 2026)}-${r.digits(6)}`, `#${r.int(1, 9)}${r.digits(6)}`, `SO${r.digits(8)}`, `${r.int(100, 999)}-${r.digits(7)}-${r.digits(7)}`, `WEB-${r.letters(2)}${r.digits(7)}`])),
  ticket: (r) => r.pick([`#${r.int(100000, 999999)}`, `INC${r.digits(7)}`, `CS-${r.digits(6)}`, `TKT-${r.int(2025, 2026)}-${r.digits(5)}`, `REQ${r.digits(6)}`]),
  invoice: (r) => r.pick([`INV-${r.int(2025, 2026)}-${r.digits(5)}`, `IN${r.digits(8)}`, `${r.letters(3)}/${r.int(2025, 2026)}/${r.digits(4)}`, `Invoice ${r.digits(7)}`]).replace(/^Invoice /, ''),
  ups: (r) => makeUps(r),
  fedex: (r) => notCard(r, () => makeFedex(r)),
  dhl: (r) => makeDhl(r),
  imei: (r) => makeImei(r),
  sku: (r) => r.pick([`SKU-${r.letters(2)}-${r.digits(5)}-${r.pick(['BLK', 'WHT', 'RED', 'XL', '128G'])}`, `${r.letters(3)}${r.digits(4)}${r.letters(1)}`, `PN ${r.digits(3)}-${r.digits(4)}-${r.digits(2)}`]),
  version: (r) => r.pick([`v${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 40)}`, `${r.int(1, 18)}.${r.int(0, 9)}.${r.int(0, 9)} (build ${r.digits(5)})`, `${r.int(1, 9)}.${r.int(0, 9)}.${r.digits(3)}`]),
  // 13-digit millisecond timestamps that happen to pass Luhn (not cards: no IIN)
  tsLuhn: (r) => { for (;;) { const t = String(1750000000000 + r.int(0, 90000000) * 1000 + r.int(0, 999)); if (luhnValid(t)) return t; } },
  // Luhn-valid 16-digit payment references outside every card IIN range (start 7 or 9)
  refLuhn: (r, sep = ' ') => { const d = luhnComplete(r.pick(['7', '9']) + r.digits(14)); return sep ? d.replace(/(\d{4})(?=\d)/g, `$1${sep}`) : d; },
  refLuhn12: (r) => luhnComplete(r.pick(['7', '9']) + r.digits(10)),
  meter: (r) => r.pick(['1', '4', '5']) + r.digits(10),
  pnr: (r) => r.letters(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'),
  flight: (r) => r.pick(['SA', 'KQ', 'UM', 'BA', 'AI', 'AC', 'P4', 'DL']) + ' ' + r.int(100, 999),
  ip: (r) => `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
  companyReg: (r, cc) => ({ ZA: `${r.int(1995, 2022)}/${r.digits(6)}/07`, ZW: `${r.int(100, 9999)}/${r.int(1990, 2022)}`, KE: `PVT-${r.letters(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`, NG: `RC ${r.int(100000, 1999999)}`, GB: `${r.digits(8)}`, US: `EIN-style ref ${r.digits(2)}-${r.digits(7)}`.replace('EIN-style ref ', ''), IN: `U${r.digits(5)}MH${r.int(2000, 2022)}PTC${r.digits(6)}`, CA: `BN ${r.digits(9)} RC0001`.replace('BN ', '') }[cc]),
  vat: (r, cc) => ({ ZA: `4${r.digits(9)}`, GB: `GB ${r.digits(3)} ${r.digits(4)} ${r.digits(2)}`, KE: `P${r.digits(9)}${r.letters(1)}`, NG: `${r.digits(8)}-0001`, ZW: `${r.digits(8)}`, US: `${r.digits(2)}-${r.digits(7)}`, IN: `27${r.letters(5)}${r.digits(4)}${r.letters(1)}1Z${r.int(1, 9)}`, CA: `${r.digits(9)} RT0001` }[cc]),
  caseNo: (r) => notCard(r, () => `${r.digits(4)}-${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`),
  last4: (r) => r.digits(4),
  bicLike: (r) => r.pick(['REFUNDED', 'CUSTOMER', 'RESOLVED', 'ESCALATE', 'PENDING', 'APPROVED', 'OVERRIDE', 'DISPATCH']),
};
export { ibanValid };
