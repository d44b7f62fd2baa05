// Family 6, positives: internal notes pasted into the reply by mistake
// (key: value dumps, log lines, JSON, CSV with a header, Markdown tables, env files).
import { R } from './build.mjs';
import { ctx, L } from './common.mjs';
import { card, expiry, cvv, phone, email, iban, bic } from './values.mjs';
import { nationalId, passport, answer, apiKey, password, mrz } from './ids.mjs';
import { bankKv } from './blocks.mjs';

const opener = (r, c) => r.pick([`Hi ${c.who.first},\n\nThanks for your patience, your case has been updated.\n\n`, `Dear ${c.who.first},\n\nPlease see the update below.\n\n`, `Hello ${c.who.first}, quick update on ${c.ticket}:\n\n`]);

export default [
  (r, cc) => { const c = ctx(r, cc); const k = card(r, cc); const ex = expiry(r, 'mmyy'); const cv = cvv(r, k.brand); const ph = phone(r, cc);
    return R`${opener(r, c)}--- INTERNAL - do not send ---\nCustomer: ${c.who.first} ${c.who.last}\nCard: ${k}\nExp: ${ex}\nCVV: ${cv}\nContact: ${ph}\nE-mail: ${email(r, c.who, c.p.domains)}\nNote: retry payment after 14:00, bank had an outage\n--- end internal ---\n\nWe have retried your payment and it was successful.\n\nRegards,\n${c.agent}`; },

  (r, cc) => { const c = ctx(r, cc); const k = card(r, cc, { style: 'none' }); const em = email(r, c.who, c.p.domains);
    const ts = `2026-0${r.int(1, 9)}-${r.int(10, 28)}T${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)}.${r.digits(3)}Z`;
    return R`${opener(r, c)}Our payment provider returned this error:\n\n${ts} ERROR gateway.charge req=${r.letters(8, '0123456789abcdef')}-${r.letters(4, '0123456789abcdef')} merchant=${c.co.replace(/ /g, '_').toUpperCase()} pan=${k} amount=${r.int(10, 999)}.${r.digits(2)} cur=${c.p.cur2} status=DECLINED code=05\n${ts.replace(/\.\d+Z/, '.9' + r.digits(2) + 'Z')} WARN  notify.email to=${em} template=payment_failed attempt=2\n\nIn short, your bank declined the payment. Please contact them or try another card.\n\n${c.agent}`; },

  (r, cc) => { const c = ctx(r, cc); const em = email(r, c.who, c.p.domains); const ph = phone(r, cc, { style: 'e164' }); const id = nationalId(r, cc);
    return R`${opener(r, c)}{\n  "customer": {\n    "name": "${c.who.first} ${c.who.last}",\n    "email": "${em}",\n    "msisdn": "${ph}",\n    "id_number": "${id}",\n    "segment": "retail",\n    "kyc_status": "VERIFIED"\n  },\n  "case": "${c.ticket}",\n  "updated_at": "${c.day}"\n}\n\nYour details are now verified and the limit on your account has been lifted.\n\nBest,\n${c.agent}`; },

  (r, cc) => { const c = ctx(r, cc); const w2 = { first: c.who.first, last: r.pick(c.p.last) };
    const ph1 = phone(r, cc, { style: 'e164' }), ph2 = phone(r, cc, { style: 'intl' }); const e1 = email(r, c.who, c.p.domains), e2 = email(r, w2, c.p.domains);
    return R`${opener(r, c)}Export from the CRM (please ignore):\n\ncustomer_id,name,phone,email,balance\n${r.digits(7)},${c.who.first} ${c.who.last},${ph1},${e1},${r.int(10, 900)}.${r.digits(2)}\n${r.digits(7)},${w2.first} ${w2.last},${ph2},${e2},0.00\n\nThe duplicate profile has been merged into your main account.\n\nKind regards,\n${c.agent}`; },

  (r, cc) => { const c = ctx(r, cc); const cty = r.pick(['GB', 'DE', 'FR', 'NL', 'PT', 'ES', 'BE', 'IE', 'MU']); const ib = iban(r, cty); const b = bic(r, cty);
    return R`${opener(r, c)}| Field | Value |\n|---|---|\n| Beneficiary | ${c.who.first} ${c.who.last} |\n| IBAN | ${ib} |\n| BIC | ${b} |\n| Amount | EUR ${r.int(100, 5000)}.00 |\n| Reason | refund ${c.order} |\n\nThe refund above has been approved by our finance team and will be sent on the next payment run.\n\n${c.agent}\n${c.co}`; },

  (r, cc) => { const c = ctx(r, cc); const shape = r.pick(['stripe', 'github', 'jwt', 'slack', 'sendgrid', 'awsSecret', 'mpesaPasskey']); const key = apiKey(r, shape);
    const lbl = { stripe: 'STRIPE_SECRET_KEY=', github: 'GITHUB_TOKEN=', jwt: 'Authorization: Bearer ', slack: 'SLACK_BOT_TOKEN=', sendgrid: 'SENDGRID_API_KEY=', awsSecret: 'aws_secret_access_key = ', mpesaPasskey: 'MPESA_PASSKEY=' }[shape];
    return R`Hi ${c.who.first},\n\nThe webhook failures you reported on your integration were caused by an expired credential on our side. I have rotated it; the new value is below for your developer:\n\n${'```'}\n${lbl}${key}\nWEBHOOK_URL=https://api.${c.dom}/v2/hooks\nTIMEOUT_MS=30000\n${'```'}\n\nPlease update your configuration and let us know if the errors continue. Ticket ${c.ticket}.\n\n${c.agent}, Developer Support`; },

  (r, cc) => { const c = ctx(r, cc); const a = answer(r); const pp = passport(r, cc); const pw = password(r);
    return R`${opener(r, c)}[CRM note ${c.day} ${c.at}, ${c.agent}]\ncaller verified - security question "mother's maiden name" answer: ${a}\npassport on file: ${pp}\nold portal password given by customer: ${pw} (told them to change it)\nescalated to L2\n\nYour case has been escalated to our second-line team, who will contact you within 48 hours.\n\nRegards,\n${c.agent}`; },

  (r, cc) => { const c = ctx(r, cc);
    return R`${opener(r, c)}Refund payout record:\n${bankKv(r, c, ' = ')}\nstatus = QUEUED\nbatch = ${L.order(r)}\n\nYou should see the refund of ${c.amt} in your account within 3 working days.\n\n${c.agent}`; },
  (r, cc) => { const c = ctx(r, cc); const m = mrz(r, cc, c.who);
    return R`${opener(r, c)}[OCR of uploaded passport page - confidence 0.94]\n${c.who.last.toUpperCase()} ${c.who.first.toUpperCase()}\n${m}\n[end OCR]\n\nThank you, the passport you uploaded is readable and has been attached to your application ${c.ticket}. No further documents are needed.\n\n${c.agent}`; },
];
