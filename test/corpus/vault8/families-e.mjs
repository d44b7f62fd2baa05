// Families E: developer pastes (env/config/curl/logs), CSV/Excel attachments as text, Markdown tables.
import { L, num, N, rec, pick, int, digits, chars, UP, B62, HEX, card, fmtCard, expiry, iban, zaId, zwId, aba, phone, email, person, dateStr, password, apiKey, uuid, luhnOrder, imei, withLuhn, pad } from './lib.mjs';
import { nationalId } from './families-a.mjs';

const host = () => pick(['db.internal', 'pg-prod-1.eu-west-1.rds.amazonaws.com', '10.20.4.17', 'mysql.payments.local']);
const REG = [['ZW', 'zw'], ['ZA', 'za'], ['KE', 'ke'], ['NG', 'ng'], ['GB', 'gb']];
const b64 = (s) => Buffer.from(s).toString('base64');
const iso = () => `${int(2024, 2026)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`;
const msTs = () => withLuhn('17' + digits(10)); // 13-digit millisecond timestamp that passes Luhn

function devEnv() {
  const dbUser = pick(['app', 'replyguard', 'svc_orders', 'postgres']);
  return rec('dev-env-snippet', `Hi,\n\nThe integration fails because the webhook secret on your side does not match. This is the config I am testing with, please compare:\n\n\`\`\`\nNODE_ENV=production\nPORT=${pick([3000, 8080, 8443])}\nDATABASE_URL=postgres://${dbUser}:`, L('CREDENTIAL', password()), `@${host()}:5432/${pick(['orders', 'billing', 'core'])}\n`,
    `STRIPE_SECRET_KEY=`, L('CREDENTIAL', apiKey('stripe')), `\nAWS_ACCESS_KEY_ID=`, L('CREDENTIAL', apiKey('aws')), `\nAWS_SECRET_ACCESS_KEY=`, L('CREDENTIAL', apiKey('awss')), `\nLOG_LEVEL=debug\nREQUEST_ID=${uuid()}\n\`\`\`\n\nThanks,\n${person('gb')}\nPlatform Support`);
}
function devCurl() {
  const [r, n] = pick(REG), who = person(n);
  return rec('dev-curl-command', `Hello,\n\nI reproduced the 422 error. Run this and you will see the same response:\n\n`,
    `curl -X POST https://api.${pick(['nyotapay', 'kilimapay', 'zambezi-sms'])}.com/v2/messages \\\n  -H "Authorization: Bearer `, L('CREDENTIAL', pick([apiKey('jwt'), apiKey('bearer')])), `" \\\n  -H "Content-Type: application/json" \\\n`,
    `  -d '{"to": "`, L('PHONE_NUMBER', phone(r, 'e164'), 'phone:' + r), `", "email": "`, L('EMAIL_ADDRESS', email(who), 'email'), `", "template": "otp_v3", "ttl": 300}'\n\n`,
    `Response: {"error":"invalid_template","request_id":"${uuid()}","ts":${msTs()}}\n\nRegards,\nAPI Support`);
}
function devYaml() {
  return rec('dev-yaml-config', `Hi team,\n\nAttached is the notifier config from the ticket. SMTP works but SMS does not:\n\n\`\`\`yaml\nsmtp:\n  host: smtp.${pick(['sendgrid.net', 'mailgun.org'])}\n  port: 587\n  user: apikey\n  password: `, L('CREDENTIAL', apiKey('sendgrid')),
    `\nsms:\n  provider: twilio\n  region: ie1\n  api_key: `, L('CREDENTIAL', apiKey('twilio')), `\n  api_secret: `, L('CREDENTIAL', chars(32, B62)), `\nretry:\n  attempts: 3\n  backoff_ms: 250\nversion: ${int(1, 4)}.${int(0, 20)}.${int(0, 9)}\n\`\`\`\n\nCan you check whether the key is still active?\n\nDevOps`);
}
function devWebhook() {
  const b = pick(['visa', 'mastercard', 'verve']), pan = card(b), who = person(pick(['ng', 'za', 'ke']));
  return rec('dev-webhook-json', `Hi,\n\nHere is the payload our endpoint received (copied from the log). The amount is in minor units:\n\n{\n  "event": "charge.failed",\n  "id": "evt_${chars(24, B62)}",\n  "created": ${msTs()},\n  "data": {\n    "amount": ${int(1000, 900000)},\n    "currency": "${pick(['NGN', 'ZAR', 'KES'])}",\n`,
    `    "card": { "number": "`, L('CARD_NUMBER', pan, 'card:' + b), `", "exp": "`, L('CARD_EXPIRY', expiry()), `", "cvv": "`, L('CARD_CVV', digits(3)), `" },\n    "customer": { "email": "`, L('EMAIL_ADDRESS', email(who), 'email'),
    `" }\n  }\n}\n\nWhy is the gateway sending raw card data?\n\nIntegrations Team`);
}
function devGit() {
  return rec('dev-git-remote', `Hi,\n\nThe deploy job cannot pull the repository. The CI log shows:\n\n  $ git remote -v\n  origin  https://`, L('CREDENTIAL', apiKey('gh')), `@github.com/${pick(['acme-support', 'nyota-pay', 'kariba-it'])}/helpdesk-bot.git (fetch)\n  fatal: Authentication failed\n\n`,
    `And the Slack alert used `, L('CREDENTIAL', apiKey('slack')), `. Commit ${chars(40, HEX)} introduced the change. Build ${int(1000, 9999)} on runner v${int(2, 3)}.${int(300, 320)}.0.\n\nRelease Engineering`);
}
function devBasic() {
  const user = pick(['support-bot', 'ops', 'integration']), pw = password();
  return rec('dev-basic-auth', `Hello,\n\nThe legacy SOAP endpoint still uses basic auth. Your request header was:\n\n  Authorization: Basic `, L('CREDENTIAL', b64(`${user}:${pw}`)),
    `\n  X-Request-Id: ${uuid()}\n\nand the response was HTTP 401 at ${dateStr()}. Please rotate the password and use the OAuth client instead.\n\nIntegration Support`);
}
const DEV_POS = [devEnv, devCurl, devYaml, devWebhook, devGit, devBasic];

function devNeg(i) {
  const t = [
    () => `Hi,\n\nUse environment variables rather than literals:\n\n\`\`\`\nDATABASE_URL=postgres://app:\${DB_PASSWORD}@db.internal:5432/orders\nSTRIPE_SECRET_KEY=<your-secret-key>\nAWS_SECRET_ACCESS_KEY=REDACTED\nWEBHOOK_SECRET=\${WEBHOOK_SECRET}\n\`\`\`\n\nThen restart the service (v${int(2, 9)}.${int(0, 30)}.${int(0, 9)}). Never paste real keys into tickets.\n\nPlatform Support`,
    () => `Hello,\n\nThe call should look like this:\n\ncurl -H "Authorization: Bearer $API_TOKEN" https://api.example.com/v2/orders/${uuid()}\n\nRequest id ${uuid()} returned 200 in ${int(20, 900)} ms from ${int(52, 54)}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}. IPv6 path via 2001:db8:${chars(4, HEX)}::${int(1, 99)}.\n\nAPI Support`,
    () => `Hi,\n\nLog excerpt (times are epoch ms):\n${msTs()} INFO  worker-3 job ${uuid()} started\n${msTs()} WARN  worker-3 retry 1/3 sha256=${chars(64, HEX)}\n${msTs()} INFO  worker-3 done in ${int(100, 9000)}ms\n\nNothing sensitive is logged; the retry is expected.\n\nSRE`,
    () => `Hello,\n\nPlease upgrade: image ghcr.io/acme/replybot@sha256:${chars(64, HEX)} (tag ${int(1, 3)}.${int(0, 40)}.${int(0, 9)}-rc.${int(1, 5)}). The commit is ${chars(7, HEX)}. MD5 of the archive: ${chars(32, HEX)}. Released ${dateStr()}.\n\nRelease Engineering`,
  ];
  return rec('dev-negative', t[i % t.length]());
}

// ---------- CSV / Excel attachments converted to text
function csvCustomers() {
  const [r, n] = pick(REG.slice(0, 4)), rows = [];
  for (let k = 0; k < int(3, 5); k++) { const w = person(n), [, id] = nationalId(r, 3); rows.push(`${k + 1},${w},`, L('EMAIL_ADDRESS', email(w), 'email'), `,`, L('PHONE_NUMBER', phone(r, 'nat'), 'phone:' + r), `,`, id, `,${pick(['gold', 'silver', 'basic'])}\n`); }
  return rec('csv-customer-export', `Hi,\n\nThe attachment customers_${int(2024, 2026)}${pad(int(1, 12), 2)}.csv could not be opened on your side, so here it is as text:\n\nrow,name,email,phone,id_number,plan\n`, rows, `\nLet us know if any rows are missing.\n\nData Team`);
}
function csvPayroll() {
  const rows = [];
  for (let k = 0; k < int(3, 4); k++) { const w = person('za'); rows.push(`Sheet1!A${k + 2}: ${w} | `, L('NATIONAL_ID', zaId(), 'za'), ` | ${pick(['FNB', 'Capitec', 'Nedbank', 'Absa'])} | `, L('BANK_ACCOUNT', pick(['62', '14', '10']) + digits(8)), ` | R ${int(8, 60)} ${digits(3)},00\n`); }
  return rec('excel-payroll-export', `Good day,\n\nThe payroll upload rejected some lines. Extract from payroll.xlsx (converted):\n\nName | ID number | Bank | Account | Net pay\n`, rows, `\nError: "branch code missing" on all rows. Please correct and re-upload before ${dateStr()}.\n\nPayroll Support`);
}
function csvRefunds() {
  const rows = [];
  for (let k = 0; k < int(2, 4); k++) { const cc = pick(['DE', 'FR', 'NL', 'ES', 'BE', 'IE', 'AT', 'CH', 'PT']), { iban: raw, bic } = iban(cc); rows.push(`RF${digits(6)};${person(pick(['fr', 'es', 'gb']))};`, L('IBAN', raw, 'iban'), ';', L('SWIFT_BIC', bic), `;${int(10, 500)},${digits(2)};EUR\n`); }
  return rec('csv-sepa-refunds', `Hello,\n\nBelow is the refund batch (refunds.csv, semicolon-separated) that the bank returned:\n\nref;name;iban;bic;amount;currency\n`, rows, `\nTwo rows failed with code AC04 (account closed).\n\nFinance Operations`);
}
function csvDisputes() {
  const rows = [];
  for (let k = 0; k < int(2, 4); k++) { const b = pick(['visa', 'mastercard', 'amex', 'discover', 'jcb', 'unionpay']), pan = card(b); rows.push(`${iso()},`, L('CARD_NUMBER', fmtCard(pan, pick(['', ' ', '-'])), 'card:' + b), `,${int(5, 900)}.${digits(2)},${pick(['fraud', 'not received', 'duplicate'])}\n`); }
  return rec('csv-card-disputes', `Hi,\n\nThe disputes export from the acquirer portal (disputes.csv):\n\ndate,card_number,amount,reason\n`, rows, `\nPlease respond to each case before the deadline.\n\nChargebacks Team`);
}
const CSV_POS = [csvCustomers, csvPayroll, csvRefunds, csvDisputes];

function csvNeg(i) {
  const rows = [];
  if (i % 2 === 0) {
    for (let k = 0; k < 4; k++) rows.push(N(luhnOrder(), 'luhn'), `,${chars(3, UP)}-${digits(4)},${int(1, 5)},${int(10, 900)}.${digits(2)},${iso()},1Z${chars(6, UP + '0123456789')}03${num(8)}\n`);
    return rec('csv-negative-orders', `Hi,\n\nOrders export (orders.csv):\n\norder_id,sku,qty,amount,date,tracking\n`, rows, `\nAll orders shipped on time.\n\nFulfilment`);
  }
  for (let k = 0; k < 4; k++) rows.push(`${pick(['1', '4'])}${digits(10)},${iso()},${digits(5)}.${digits(1)},`, N(imei(), 'luhn'), `,OK\n`);
  return rec('csv-negative-meters', `Hello,\n\nMeter readings from the handheld devices (readings.csv):\n\nmeter_no,read_date,kwh,device_imei,status\n`, rows, `\nNo anomalies detected.\n\nMetering`);
}

// ---------- Markdown tables
function mdVerify() {
  const [r, n] = pick(REG), who = person(n), [idl, id] = nationalId(r, int(0, 3));
  return rec('markdown-verification-table', `Hi ${who.split(' ')[0]},\n\nWe have verified your account. Summary:\n\n| Field | Value |\n|---|---|\n| Name | ${who} |\n| ${idl} | `, id, ` |\n| Mobile | `, L('PHONE_NUMBER', phone(r, 'intl'), 'phone:' + r), ` |\n| E-mail | `, L('EMAIL_ADDRESS', email(who), 'email'), ` |\n| Verified on | ${dateStr()} |\n\nNo further documents are needed.\n\nKYC Team`);
}
function mdPayouts() {
  const rows = [];
  for (let k = 0; k < int(2, 3); k++) rows.push(`| ${person('us')} | `, L('ROUTING_NUMBER', aba(), 'aba'), ` | `, L('BANK_ACCOUNT', digits(int(9, 12))), ` | $${int(100, 5000)}.00 |\n`);
  return rec('markdown-payout-table', `Hello,\n\nThe following payouts bounced (R03 - no account):\n\n| Payee | Routing | Account | Amount |\n|---|---|---|---|\n`, rows, `\nPlease confirm the details with the payees.\n\nPayouts Team`);
}
function mdZw() {
  const who = person('zw');
  return rec('markdown-zw-kyc', `Mhoro ${who.split(' ')[0]},\n\n| Item | Detail |\n|---|---|\n| National ID | `, L('NATIONAL_ID', zwId(int(0, 3)), 'zw'), ` |\n| EcoCash line | `, L('PHONE_NUMBER', phone('ZW', 'nat'), 'phone:ZW'), ` |\n| Tier | 2 (limit US$${int(5, 10)}00/day) |\n\nYour wallet upgrade is complete.\n\nWallet Support`);
}
const MD_POS = [mdVerify, mdPayouts, mdZw];

function mdNeg(i) {
  const t = [
    () => `Hi team,\n\nWeekly support stats:\n\n| Queue | Tickets | Median first reply | CSAT |\n|---|---|---|---|\n| Billing | ${int(100, 900)} | ${int(1, 59)} min | ${int(80, 99)}% |\n| Telecom | ${int(100, 900)} | ${int(1, 9)} h ${int(1, 59)} min | ${int(80, 99)}% |\n| Returns | ${int(100, 900)} | ${int(1, 59)} min | ${int(80, 99)}% |\n\nWeek of ${dateStr()}.\n\nOps`,
    () => `Hello,\n\nCards on your profile:\n\n| Card | Expires | Status |\n|---|---|---|\n| Visa **** ${digits(4)} | on file | active |\n| Mastercard **** ${digits(4)} | on file | removed |\n| Amex ***** ${digits(5)} | on file | active |\n\nTo remove a card, open Settings > Payments.\n\nSupport`,
  ];
  return rec('markdown-negative', t[i % t.length]());
}

export const developer = { pos: (i) => DEV_POS[i % DEV_POS.length](), neg: devNeg };
export const csv = { pos: (i) => CSV_POS[i % CSV_POS.length](), neg: csvNeg };
export const markdown = { pos: (i) => MD_POS[i % MD_POS.length](), neg: mdNeg };
