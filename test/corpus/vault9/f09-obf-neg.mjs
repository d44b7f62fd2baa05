// Family 9, hard negatives: oddly formatted look-alikes (spaced tracking numbers, full-width
// order numbers, zero-width spaces in references, dotted dates, numbers in words).
import { R } from './build.mjs';
import { ctx, hi, bye, sig, L, amount, date } from './common.mjs';
import { OBF } from './obf.mjs';

const FW = (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + +d));
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

export default [
  (r, cc) => { const c = ctx(r, cc); const u = L.ups(r);
    return R`${hi(r, c)}\n\nYour tracking number, copied from the courier's label, is ${u.replace(/(.{2})(.{3})(.{3})(.{2})(.{4})(.{4})/, '$1 $2 $3 $4 $5 $6')}. The label also shows the route code ${r.letters(3)} ${r.digits(2)} and the weight ${r.int(1, 20)}.${r.int(0, 9)} kg.\n\nDelivery is scheduled for ${date(r, 'long')}.\n\n${bye(r)}\n${sig(r, c)}`; },

  (r, cc) => { const c = ctx(r, cc); const o = r.digits(9);
    return R`${hi(r, c)}\n\nThe order number in your message came through as ${FW(o)} (wide characters from your phone keyboard). In our system it is ${o}. It was delivered on ${date(r, 'num').replace(/\//g, '.')} and signed for at ${r.int(8, 17)}.${r.pick(['05', '30', '47'])}.\n\n${bye(r)}\n${c.agent}`; },

  (r, cc) => { const c = ctx(r, cc); const ref = L.refLuhn(r, '');
    return R`${hi(r, c)}\n\nPayment reference (please copy it exactly, it is not a card number): ${OBF.zwsp(ref, [4, 4, 4, 4])}\n\nAmount: ${amount(r, cc)}\nDue: ${date(r, 'long')}\n\n${bye(r)}\n${sig(r, c)}`; },

  (r, cc) => { const c = ctx(r, cc); const n = r.int(2, 9);
    return R`${hi(r, c)}\n\nAs agreed on the call, you will pay ${WORDS[n]} instalments of ${amount(r, cc, 50, 500)} - that is, ${WORDS[n]} payments, starting on the ${r.pick(['first', 'fifteenth', 'twenty-fifth'])} of next month. The total, ${amount(r, cc, 1000, 9000)}, includes no interest.\n\nArrangement number ${r.int(1, 5)}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}.\n\n${bye(r)}\n${c.agent}`; },

  (r, cc) => { const c = ctx(r, cc); const imei = L.imei(r);
    return R`${hi(r, c)}\n\nThe IMEI printed on your box is ${OBF.spacedDigits(imei.slice(0, 8))} ${imei.slice(8)}, which matches the device in our records (model ${L.sku(r)}, software ${L.version(r)}). The warranty runs until ${date(r, 'num').replace(/\//g, '-')}.\n\n${bye(r)}\n${sig(r, c)}`; },

  (r, cc) => { const c = ctx(r, cc); const cs = L.caseNo(r);
    return R`${hi(r, c)}\n\nThe ombudsman's case number is ${cs.replace(/-/g, ' - ')}. Please quote it, together with our reference ${c.ticket}, in any correspondence. The hearing is set for ${date(r, 'long')} at 10.00.\n\n${bye(r)}\n${c.agent}`; },

  (r, cc) => { const c = ctx(r, cc); const d = r.digits(10);
    return R`${hi(r, c)}\n\nYour parcel with DHL waybill\n${d.slice(0, 5)}\n${d.slice(5)}\n(the number wraps on the label) is waiting at the ${c.city} service point. It will be held for 7 days. Bring your order number ${c.order}.\n\n${bye(r)}\n${sig(r, c)}`; },
];
