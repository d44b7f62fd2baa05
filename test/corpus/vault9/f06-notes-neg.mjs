// Family 6, hard negatives: pasted logs, JSON, CSV and tables with no sensitive values.
import { R } from './build.mjs';
import { ctx, L, amount, date } from './common.mjs';
import { luhnComplete } from './lib.mjs';

const hex = (r, n) => r.letters(n, '0123456789abcdef');
const uuid = (r) => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${r.pick(['8', '9', 'a', 'b'])}${hex(r, 3)}-${hex(r, 12)}`;
const iccid = (r) => luhnComplete('8926' + r.pick(['3', '4', '7']) + r.digits(13));

export default [
  (r, cc) => { const c = ctx(r, cc); const t = `2026-0${r.int(1, 9)}-${r.int(10, 28)}`;
    return R`Hi ${c.who.first},\n\nOur engineers found the cause of the failed logins. For reference, the relevant log lines:\n\n${t} ${r.int(10, 23)}:04:11.${r.digits(3)} INFO  auth.login user_id=${r.digits(8)} ip=${L.ip(r)} ua="${c.co}App/${L.version(r)}" result=FAIL reason=clock_skew ts=${L.tsLuhn(r)}\n${t} ${r.int(10, 23)}:04:12.${r.digits(3)} INFO  auth.login request_id=${uuid(r)} latency_ms=${r.int(20, 900)} status=401\n\nA fix is being rolled out in version ${L.version(r)}. No action is needed from you.\n\n${c.agent}`; },

  (r, cc) => { const c = ctx(r, cc);
    return R`Hello ${c.who.first},\n\nHere is the order record as it appears in our system:\n\n{\n  "order_id": "${c.order}",\n  "status": "REFUNDED",\n  "items": [{"sku": "${L.sku(r)}", "qty": ${r.int(1, 3)}, "unit_price": ${r.int(10, 900)}.${r.digits(2)}}],\n  "payment": {"method": "card", "brand": "visa", "last4": "${L.last4(r)}", "auth_code": "${r.digits(6)}"},\n  "shipment": {"carrier": "FedEx", "tracking": "${L.fedex(r)}"},\n  "created_at": ${L.tsLuhn(r)}\n}\n\nThe refund was issued on ${date(r, 'long')}.\n\n${c.agent}`; },

  (r, cc) => { const c = ctx(r, cc); const rows = [0, 1, 2].map(() => `${date(r, 'iso')},${r.pick(['UPS', 'DHL', 'FedEx'])},${r.pick([L.ups(r), L.dhl(r), L.fedex(r)])},${r.int(1, 30)}.${r.int(0, 9)}kg,${r.pick(['DELIVERED', 'IN TRANSIT', 'EXCEPTION'])}`).join('\n');
    return R`Hi ${c.who.first},\n\nAs requested, the shipment history for your account:\n\ndate,carrier,tracking,weight,status\n${rows}\n\nThe parcel marked EXCEPTION is being returned to our ${c.city} warehouse and will be re-sent at no cost.\n\nRegards,\n${c.agent}`; },

  (r, cc) => { const c = ctx(r, cc); const row = () => `| ${L.ticket(r)} | ${L.bicLike(r)} | P${r.int(1, 4)} | ${r.int(1, 72)}h | ${date(r, 'iso')} |`;
    return R`Dear ${c.who.first},\n\nBelow is the status of all tickets linked to your business account:\n\n| Ticket | Status | Priority | SLA | Opened |\n|---|---|---|---|---|\n${row()}\n${row()}\n${row()}\n\nThe open items are with our field team. We will update you by ${date(r, 'long')}.\n\n${c.agent}\n${c.co}`; },

  (r, cc) => { const c = ctx(r, cc);
    return R`Hi ${c.who.first},\n\nDevice details from our system:\n\nPlan: ${r.pick(['Smart 20GB', 'Prepaid Flex', 'Business Unlimited'])}\nIMEI: ${L.imei(r)}\nICCID: ${iccid(r)}\nAPN: internet.${c.dom}\nLast seen: ${date(r, 'iso')} ${r.int(0, 23)}:${r.int(10, 59)} cell ${r.digits(5)}\n\nThe SIM (ICCID above) is active and the device is not blacklisted, so the issue is likely the handset settings.\n\n${c.agent}`; },

  (r, cc) => { const c = ctx(r, cc);
    return R`Hi ${c.who.first},\n\nThe integration settings we have on file for you (secrets are never shown):\n\n${'```'}\nAPI_BASE=https://api.${c.dom}/v2\nLOG_LEVEL=info\nTIMEOUT_MS=${r.pick([15000, 30000, 60000])}\nRETRY_MAX=${r.int(2, 5)}\nAPI_KEY=********************\nWEBHOOK_SECRET=<redacted>\n${'```'}\n\nIf you need the secret rotated, please ask your account admin to do it from the dashboard. We will never send a secret by e-mail.\n\n${c.agent}, Developer Support`; },

  (r, cc) => { const c = ctx(r, cc);
    return R`Hi ${c.who.first},\n\n[internal] customer verified via app push (no OTP stored). refund ${amount(r, cc)} approved by ${r.pick(['TL', 'supervisor', 'finance'])}. case ${c.ticket}, linked ${L.ticket(r)}. invoice ${L.invoice(r)} credited.\n\nSorry, please ignore the note above. Your refund has been approved and will reach you within 5 working days.\n\n${c.agent}`; },
];
