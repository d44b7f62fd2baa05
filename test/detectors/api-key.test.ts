import { describe, expect, it } from 'vitest';
import { expectFinding, expectNoFinding, found, cpuMsSince } from './helpers.js';

// Invented keys in each provider's format. Prefix and body are joined at run time so that this
// file does not itself look like a leaked key to secret scanners (gitleaks, push protection).
const key = (prefix: string, body: string): string => prefix + body;

const STRIPE = key('sk_live_', '9R682zApYj9E1uGixZ5TAOUz');
const STRIPE_TEST = key('sk_test_', 'kzsQ9cXPlQz24EEBGff5liaU');
const STRIPE_RESTRICTED = key('rk_live_', 'h7f7KabFCZAluIyfJwRNCTwu');
const WHSEC = key('whsec_', 'iwq4pvigUfnywQR3AJnDFHYyFjIBjKMY');
const AWS = key('AKIA', 'WP2X5AVXBVFK7D4Y');
const AWS_TEMP = key('ASIA', 'KJFKGXIFVQAKGCY3');
const GHP = key('ghp_', 'lbi2bA4wGOIi6O3Kw7kfScX3l2NET6SN3xek');
const GHO = key('gho_', 'Xes8gwAkIe16oh43AEzSVlvmXjnw64yVwMsf');
const GH_PAT = key('github_pat_', 'dY5dLTMZou0ccP4iDO6wAZ_PA1p4nm9g7U6LDZRJFDx4n0BaMYrkMsBwg2TjnAr67g3aJXpaiO5F74W7Iw');
const SLACK = key('xoxb-', '204002783977-8966477756124-X2vUITxdKbuo5b0ar0yjUP0q');
const GOOGLE = key('AIza', 'v9UdLd9faz_H8SASxnIJmxlPkOPvrs8s77v');
const GITLAB = key('glpat-', '1SGlIeSI1hxHXsPUI1RG');
const SENDGRID = key('SG.', 'XWFXDylMVRxNPoUk4G8fSh.KwVPxnkEOXMOiop2E30jP3FrSZbfo0J38dgYK8P9mUr');
const SQUARE = key('sq0atp-', 'OQqSmeZFxx0NgzGO9rp9fy');
const SHOPIFY = key('shpat_', '79d41173d0506d5bac59d0f8c5a0b5a7');
const HF = key('hf_', 'IAKnDbnQYfRRoPpBAhoOgFavsRzNERZnAU');
const NPM = key('npm_', 'oCeXuY6HVCzTaSLqyZw3XP0CDc0DF0XzYpuJ');
const FLW = key('FLWSECK_TEST-', '2e999cc0d82d128ea23f73a8990d0571-X');
const OPENAI = key('sk-proj-', 'sMKEG6m0YeSR5xUMj0uGWODiP6wZH9X4pB7galoWzyVdmEBQ');
// The jwt.io example token.
const JWT = key('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.', 'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c');
// A signed token whose payload is not base64 of JSON (invented).
const OPAQUE_JWT = key('eyJhbGciOiJFUzI1NiJ9.', 'Qm9vayBhIHRhYmxlIGZvciB0d28xNzIz.pR7vK2mXw9LqT4zN8bYc-Hd3Fg6Js1Ae_0UuVo5WiE');
const PEM_BODY = [
  'bgyXYywaxBrj0b2lVDxjfZCMBf/+rmCQ7/BE4x0ZUoy6z4tgWM20NDFy/JEUIFu4',
  'JHduifKUtuWY7XAA4sETGlVGHaRIU23lBefAuliGqyxM2STU6sylRO7tIKJSEAva',
  '3Gx0jRxLt4zn30QV3ukevqUbRfwaSfaJuKEy4D6pTW3jeNeWnOhvkvLokjG4dztq',
].join('\n');
const PEM = key('-----BEGIN RSA PRIVATE', ` KEY-----\n${PEM_BODY}\n-----END RSA PRIVATE KEY-----`);
const PEM_OPENSSH = key('-----BEGIN OPENSSH PRIVATE', ` KEY-----\n${PEM_BODY}\n-----END OPENSSH PRIVATE KEY-----`);
const PEM_CUT = key('-----BEGIN PRIVATE', ` KEY-----\n${PEM_BODY}`);

const positives: [name: string, text: string, value: string][] = [
  ['AWS secret right after its key id', 'AWS creds: AKIA4HJK2LMNOPQR7STU / q8Zr1vXw9Yb2Nc3Md4Le5Kf6Jg7Hh8Gi9Fj0EkDl', 'q8Zr1vXw9Yb2Nc3Md4Le5Kf6Jg7Hh8Gi9Fj0EkDl'],
  ['AWS secret after "secret:"', 'key AKIA4HJK2LMNOPQR7STU secret: q8Zr1vXw9Yb2Nc3Md4Le5Kf6Jg7Hh8Gi9Fj0EkDl', 'q8Zr1vXw9Yb2Nc3Md4Le5Kf6Jg7Hh8Gi9Fj0EkDl'],
  ['stripe live key in a sentence', `Your secret key is ${STRIPE}, please rotate it.`, STRIPE],
  ['stripe key without keyword', `use ${STRIPE} for the charge`, STRIPE],
  ['stripe test key', `test with ${STRIPE_TEST}.`, STRIPE_TEST],
  ['stripe restricted key', `rk: ${STRIPE_RESTRICTED}`, STRIPE_RESTRICTED],
  ['stripe webhook secret', `Webhook signing: ${WHSEC}`, WHSEC],
  ['aws access key id', `AWS key ${AWS} was exposed`, AWS],
  ['aws temporary key', `(${AWS_TEMP})`, AWS_TEMP],
  ['github classic token', `token=${GHP}`, GHP],
  ['github token as the user of a git remote URL', `origin https://${GHP}@github.com/acme/helpdesk-bot.git (fetch)`, GHP],
  ['M-Pesa passkey setting', 'PASSKEY=2d9dc7a941d211e1df76c77855531d669f7fde37fbf34958305f3aa347e73475 CALLBACK_URL=https://api.example.com/cb', '2d9dc7a941d211e1df76c77855531d669f7fde37fbf34958305f3aa347e73475'],
  ['passkey glued into a setting name', 'MPESA_PASSKEY=2d9dc7a941d211e1df76c77855531d669f7fde37fbf34958305f3aa347e73475', '2d9dc7a941d211e1df76c77855531d669f7fde37fbf34958305f3aa347e73475'],
  ['a secret of letters in random case', 'api_secret: ShVvZbudzDJMwPVQrmPOoVBbISFVBwdZ', 'ShVvZbudzDJMwPVQrmPOoVBbISFVBwdZ'],
  ['github oauth token', `${GHO}`, GHO],
  ['github fine-grained token', `PAT: ${GH_PAT}`, GH_PAT],
  ['slack bot token', `Slack: ${SLACK}`, SLACK],
  ['google api key', `key=${GOOGLE}&q=harare`, GOOGLE],
  ['google api key in a script src', `Use this one:\n\n<script src="https://maps.example.com/js?key=${GOOGLE}&callback=initMap"></script>`, GOOGLE],
  ['google api key in an image src', `<img src="https://maps.example.com/staticmap?center=Harare&key=${GOOGLE}">`, GOOGLE],
  ['gitlab token', `glab auth with ${GITLAB}`, GITLAB],
  ['sendgrid key', `SENDGRID_API_KEY="${SENDGRID}"`, SENDGRID],
  ['square token', `Square token: ${SQUARE}`, SQUARE],
  ['shopify token', `X-Shopify-Access-Token: ${SHOPIFY}`, SHOPIFY],
  ['hugging face token', `HF token ${HF}`, HF],
  ['npm token', `//registry.npmjs.org/:_authToken=${NPM}`, NPM],
  ['flutterwave secret', `FLW secret: ${FLW}`, FLW],
  ['openai project key', `OPENAI_API_KEY=${OPENAI}`, OPENAI],
  ['jwt in a header', `Authorization: Bearer ${JWT}`, JWT],
  ['jwt in a sentence', `Your session token is ${JWT}. It expires tonight.`, JWT],
  ['signed token with an opaque payload', `-H "Authorization: Bearer ${OPAQUE_JWT}"`, OPAQUE_JWT],
  ['bare secret word, pronoun bridge', 'Your webhook key is shown in the console; the secret for it is 9e1c0b7a44f2d8e63a5b19c07d2e4f8a.', '9e1c0b7a44f2d8e63a5b19c07d2e4f8a'],
  ['bare token word, "for this one"', 'The token for this one is Zt8pQ2vLk9XmR4wN7cYb.', 'Zt8pQ2vLk9XmR4wN7cYb'],
  ['pem private key', `Here is the key:\n${PEM}\nThanks`, PEM],
  ['openssh private key', PEM_OPENSSH, PEM_OPENSSH],
  ['pem key cut off', `${PEM_CUT}\n`, PEM_CUT],
  ['key in HTML', `<p>API key: <code>${STRIPE}</code></p>`, STRIPE],
  ['key full-width colon', `APIキー：${STRIPE}`, STRIPE],
  // generic: a key word and a high-entropy token
  ['api token with word prefix', 'Your new API token is tok-7Hq2Lm9Xv4Rt8Kp3; keep it somewhere safe.', 'tok-7Hq2Lm9Xv4Rt8Kp3'],
  ['api key colon', 'API key: 4sEUgdrngjNKHli1sAXhZlJDzqCtN/J2fpvP1g6S', '4sEUgdrngjNKHli1sAXhZlJDzqCtN/J2fpvP1g6S'],
  ['hex api key', 'Your API key is 47afa5d6ecbe16f7724dace8317f10ab.', '47afa5d6ecbe16f7724dace8317f10ab'],
  ['client secret', 'client_secret=Gd0B8UDyfB95F30QCRf1ZbDH', 'Gd0B8UDyfB95F30QCRf1ZbDH'],
  ['json access token', '{"access_token": "hQ7vK2pL9mX4rT8wZ3"}', 'hQ7vK2pL9mX4rT8wZ3'],
  ['bearer token', 'curl -H "Authorization: Bearer a9F3kL0qZx7Vb2Nm5Tr8"', 'a9F3kL0qZx7Vb2Nm5Tr8'],
  ['x-api-key header', 'X-API-Key: 3Gx0jRxLt4zn30QV3ukevq', '3Gx0jRxLt4zn30QV3ukevq'],
  ['uuid labelled as api key', 'Heroku API key: 123e4567-e89b-12d3-a456-426614174000', '123e4567-e89b-12d3-a456-426614174000'],
  ['secret access key', 'Secret access key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYz3Q9pLm2Xa', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYz3Q9pLm2Xa'],
  // setting names ending in a secret word, which the keyword pass cannot see inside an identifier
  ['env auth token', 'Replace the keys in your .env:\nTWILIO_AUTH_TOKEN=0cadab5774195744a84d45238dc5e399', '0cadab5774195744a84d45238dc5e399'],
  ['azure account key', 'Storage connection string: DefaultEndpointsProtocol=https;AccountName=tealexport;AccountKey=wRSCqyAIJFzMhEFFsTwQQb4FTU3ChOtebLARPDWP8btwr4b4cFoxSib03g32eTFWfQKuSeM3fQwPeOuBUsoEZD==;EndpointSuffix=core.windows.net', 'wRSCqyAIJFzMhEFFsTwQQb4FTU3ChOtebLARPDWP8btwr4b4cFoxSib03g32eTFWfQKuSeM3fQwPeOuBUsoEZD=='],
  ['camelCase json secret', '{"clientSecret": "Gd0B8UDyfB95F30QCRf1ZbDH"}', 'Gd0B8UDyfB95F30QCRf1ZbDH'],
  ['dotted yaml key', 'mailer.api-key: 3Gx0jRxLt4zn30QV3ukevq', '3Gx0jRxLt4zn30QV3ukevq'],
  ['key in a query string', 'https://maps.example.com/api?key=3Gx0jRxLt4zn30QV3ukevq&q=harare', '3Gx0jRxLt4zn30QV3ukevq'],
  ['private key in a JSON string', JSON.stringify({ type: 'service_account', private_key: `${PEM}\n` }), JSON.stringify(PEM).slice(1, -1)],
  ['session cookie', 'Cookie: sessionid=8f3kA92mZq71LpXv4Rt0', '8f3kA92mZq71LpXv4Rt0'],
  ['telegram bot token', `bot token ${key('123456789:AA', 'HdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0')}`, key('123456789:AA', 'HdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0')],
  ['razorpay key', `use ${key('rzp_live_', '1DP5mmOlF5G5ag')}`, key('rzp_live_', '1DP5mmOlF5G5ag')],
  ['digitalocean token', key('dop_v1_', 'a3f1c9e27b4d5086f2a1c3e5b7d9f0a2c4e6b8d0f1a3c5e7b9d1f3a5c7e9b1d3'), key('dop_v1_', 'a3f1c9e27b4d5086f2a1c3e5b7d9f0a2c4e6b8d0f1a3c5e7b9d1f3a5c7e9b1d3')],
  ['basic authorization', 'Authorization: Basic dXNlcjpwYXNzd29yZDEyMw==', 'dXNlcjpwYXNzd29yZDEyMw=='],
  ['spaced dash after key word', 'API key - 3Gx0jRxLt4zn30QV3ukevq', '3Gx0jRxLt4zn30QV3ukevq'],
  ['SAS signature', 'https://x.blob.core.windows.net/c?sv=2022-11-02&ss=b&sig=aB3dE5gH7jK9mN1pQ3sT5vX7yZ%3D', 'aB3dE5gH7jK9mN1pQ3sT5vX7yZ'],
  ['mailgun key', `Mailgun: ${key('key-', '3ax6xnjp29jd6fds4gc373sgvjxteol0')}`, key('key-', '3ax6xnjp29jd6fds4gc373sgvjxteol0')],
  ['key id shaped like a Twilio SID after a key label', `X-Api-Key: ${key('SK', '45432ab5dfff69da1a00202257d1ba04')}`, key('SK', '45432ab5dfff69da1a00202257d1ba04')],
  // "<provider>_live_" / "_test_" keys of providers not listed, GitLab's other tokens, Google OAuth
  ['live key of an unlisted provider', `Here is the new key:\n\n${key('rm_live_', 'GBfQ9WgFIrEEMDLl9BIT59mLBBgnm5yJ')}\n\nStore it safely.`, key('rm_live_', 'GBfQ9WgFIrEEMDLl9BIT59mLBBgnm5yJ')],
  ['lower-case test key', `curl -H "X-API-Key: ${key('nw_test_', '6r077vxtrpy3uyeix31yc359j34x9mmb')}"`, key('nw_test_', '6r077vxtrpy3uyeix31yc359j34x9mmb')],
  ['live key in HTML code', `<li>Sandbox key: <code>${key('rm_test_', 'qScf4fEll6Ui7OiYNWQqDYUI5S71aRuh')}</code></li>`, key('rm_test_', 'qScf4fEll6Ui7OiYNWQqDYUI5S71aRuh')],
  ['gitlab deploy token', `docker login -u deploy -p ${key('gldt-', '3xQm9KpLr7VtZw2Hs8Nc')} registry.gitlab.com`, key('gldt-', '3xQm9KpLr7VtZw2Hs8Nc')],
  ['gitlab runner token', `runner token ${key('glrt-', 'Zq8vT2mN4kL7pR9tY1wB')}`, key('glrt-', 'Zq8vT2mN4kL7pR9tY1wB')],
  ['square production token', `Square token: ${key('EAAA', 'EOuLQObrVwJvCvoio3XtGrmWpmsNcc7yWQtdnIzNWfZ9q9ZSeuB5yMiEnEKSt')}`, key('EAAA', 'EOuLQObrVwJvCvoio3XtGrmWpmsNcc7yWQtdnIzNWfZ9q9ZSeuB5yMiEnEKSt')],
  ['notion token', `Notion: ${key('secret_', 'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0fGh1')}`, key('secret_', 'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0fGh1')],
  ['mapbox secret token', key('sk.eyJ1IjoibXlhY2NvdW50IiwiYSI6ImNrOXQ3ZzJxMDF4In0.', 'AbCdEfGhIjKlMnOpQrStUv'), key('sk.eyJ1IjoibXlhY2NvdW50IiwiYSI6ImNrOXQ3ZzJxMDF4In0.', 'AbCdEfGhIjKlMnOpQrStUv')],
  ['google oauth access token', `Authorization: Bearer ${key('ya29.', 'MJ7k6oPZL58BFzVNd1qsPDn_HSvORKHSh6uz9-HVfRPR9bQt8lgOjLOR9RFX')}. Refresh it.`, key('ya29.', 'MJ7k6oPZL58BFzVNd1qsPDn_HSvORKHSh6uz9-HVfRPR9bQt8lgOjLOR9RFX')],
  // words between the key word and its value, the value in the next sentence
  ['for phrase before is', 'The secret key for the webhook is 8c1f4e2a9b7d6c3e5f0a1b2c4d6e8f0a', '8c1f4e2a9b7d6c3e5f0a1b2c4d6e8f0a'],
  ['in phrase before a colon', 'Use this API key in the header: 9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d', '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d'],
  ['bracket before a colon', 'API key (live): 7f3a9c2e41b84d6f9a0e5c3b2d1f8e7a', '7f3a9c2e41b84d6f9a0e5c3b2d1f8e7a'],
  ['the new one in the next sentence', 'The auth token in your settings was regenerated. The new one shown in the console is c0d74c303d52d66c53aeca94567b1cc4 (update the plugin).', 'c0d74c303d52d66c53aeca94567b1cc4'],
  ['slack webhook', `Webhook: https://${key('hooks.slack.com/services/', 'T01ABCDEFGH/B02ABCDEFGH/aB3dE5gH7jK9mN1pQ3sT5vX7')}`, key('hooks.slack.com/services/', 'T01ABCDEFGH/B02ABCDEFGH/aB3dE5gH7jK9mN1pQ3sT5vX7')],
];

// Passwords in configuration: [name, text, value].
const passwords: [name: string, text: string, value: string][] = [
  ['postgres url', 'Connection string: postgres://app_ro:q8Vt2LmN4xPz@db-stg.northwind.internal:5432/orders', 'q8Vt2LmN4xPz'],
  ['basic auth url', 'The staging site is password-protected: https://preview:Ng7hT4q9@staging.duka.co.ke', 'Ng7hT4q9'],
  ['redis url without user', 'REDIS_URL=redis://:s3cr3tPass@cache.internal:6379', 's3cr3tPass'],
  // a password holding "@", "#" or ":" runs to the last "@" before the host
  ['url password with @ and #', 'DATABASE_URL=postgres://app_rw:d5V@uIu8#rdK@db-replica-2.internal:5432/orders?sslmode=require', 'd5V@uIu8#rdK'],
  ['url password with @ and :', 'mongodb://admin:p@ss:w0rd@mongo1.internal:27017,mongo2.internal:27017/app', 'p@ss:w0rd'],
  ['url password with # at a sentence end', 'Try http://jdoe:Xk9#mPq2@intranet.local.', 'Xk9#mPq2'],
  ['url password before an address in the query', 'https://user:Pw99xq@example.com?email=a@b.com', 'Pw99xq'],
  ['env password name', 'MYSQL_ROOT_PASSWORD=Xk9#mPq2', 'Xk9#mPq2'],
  ['camelCase password setting', 'smtpPassword: "Orange7Canyon"', 'Orange7Canyon'],
  ['env pass name', 'SMTP_PASS=Hunter22x', 'Hunter22x'],
  // command lines: the password after the user's
  ['mysql password glued to -p', 'mysql -u root -pS3cr3t!Pass shop', 'S3cr3t!Pass'],
  ['docker login password after -p', 'docker login -u deploy -p Xk9mPq2v77 registry.example.com', 'Xk9mPq2v77'],
];

const negatives: [name: string, text: string][] = [
  ['a camelCase name after secret', 'secret: ThisIsMySuperLongCamelCaseIdentifier'],
  ['the alphabet in capitals after token', 'token: ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
  ['a passkey described', 'Use a passkey to sign in: it replaces your password.'],
  ['publishable stripe key', `Your publishable key is ${key('pk_live_', '8uhEZY8gl1mAOSQKMzPe8Ps0')}.`],
  ['publishable key labelled as API key', `Stripe API key: ${key('pk_test_', '8uhEZY8gl1mAOSQKMzPe8Ps0')}`],
  ['bare prefix', 'Stripe secret keys start with sk_live_ and must never be shared.'],
  ['bare github prefix', 'Tokens look like ghp_ followed by 36 characters.'],
  ['masked stripe key', `key ${key('sk_live_', '••••••••••••••••Ouz4')}`],
  ['placeholder key', `STRIPE_KEY=${key('sk_live_', 'xxxxxxxxxxxxxxxxxxxxxxxx')}`],
  ['aws documentation example', `aws_access_key_id = ${key('AKIA', 'IOSFODNN7EXAMPLE')}`],
  ['glued to a word', `mask${key('_live_', 'abcdefghijklmnop1234')}`],
  ['token of appreciation', 'Please accept this voucher as a token of appreciation.'],
  ['session token expired', 'Your session token expired, please log in again.'],
  ['token expired colon', 'Token: expired'],
  ['uuid order id', 'Order ID 123e4567-e89b-12d3-a456-426614174000 has shipped.'],
  ['request id', 'Request ID: 9b2f6c1e-3d4a-4f7b-8e2c-1a5d9f0b7c3e'],
  ['commit hash', 'Fixed in commit 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b.'],
  ['checksum', 'SHA-256 checksum: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'],
  ['url after api key', 'Your API key is listed at https://dashboard.example.com/settings/keys'],
  ['domain after token', 'token: portal.example.com'],
  ['file name', 'The client secret is in client_secret_2024prod.json'],
  ['long english word', 'The secret is authenticationRequired everywhere.'],
  ['identifier with words', 'Set the API key name to customer_reference_2024.'],
  ['env var name', 'Set the secret STRIPE_SECRET_KEY in your dashboard.'],
  ['electricity token', 'Your ZESA token is 1234 5678 9012 3456 7890.'],
  ['wallet address', 'Token contract: 0x71C7656EC7ab88b098defB751B7401B5f6d8976F'],
  ['email after token', 'Send the token to jane.doe@example.com'],
  ['opaque token without signature', `${key('eyJhbGciOiJFUzI1NiJ9.', 'Qm9vayBhIHRhYmxlIGZvciB0d28xNzIz')}`],
  ['bare secret word, noun bridge', 'The secret for the card vault is tok9f8a7b6c5d4e3f2a1b0c.'],
  ['pronoun bridge, no token', 'The secret for it is patience and 10 minutes a day.'],
  ['jwt without signature', `${key('eyJhbGciOiJIUzI1NiJ9.', 'eyJzdWIiOiIxMjM0NTY3ODkwIn0')}`],
  ['pem header alone', 'The file must start with -----BEGIN PRIVATE KEY----- and nothing else.'],
  ['public key', `-----BEGIN PUBLIC KEY-----\n${PEM_BODY}\n-----END PUBLIC KEY-----`],
  ['ticket number', 'Ticket INV-2025-04-0098 is resolved.'],
  ['order number after secret word', 'No secret: ORD-2024-000123 is your order.'],
  ['publishable key setting', `STRIPE_PUBLISHABLE_KEY=${key('pk_live_', '8uhEZY8gl1mAOSQKMzPe8Ps0')}`],
  ['sort key setting', 'SORT_KEY=customer_id'],
  ['bypass flag', 'ENABLE_BYPASS=true'],
  ['idempotency key', 'idempotencyKey: 123e4567-e89b-12d3-a456-426614174000'],
  ['cache key', 'cacheKey: user-4821-profile-2026'],
  ['key name setting', 'Set API_KEY_NAME=reporting and EXPORT_BUCKET=teal-exports-eu.'],
  ['empty password setting', 'DB_PASSWORD='],
  ['placeholder password setting', 'SMTP_PASS=changeme'],
  ['template password setting', 'DB_PASSWORD=${DB_PASSWORD}'],
  ['documentation url password', 'postgres://user:password@localhost:5432/db'],
  ['template url password', 'postgres://user:${DB_PASS}@localhost/db'],
  ['url with port', 'http://host:8080/path'],
  ['url with user only', 'https://user@example.com/path'],
  ['address in a query, no password', 'https://example.com:8443?email=a@b.com'],
  ['user and password after a path', 'https://example.com/x?u=me:pw@ok.example'],
  ['monkey patch', 'monkey: true'],
  ['basic plan', 'Our basic plan costs 12 dollars.'],
  ['key-value words', 'Store them as key-value pairs.'],
  ['e-mail signature', 'email sig: John Moyo, Support'],
  ['SKU', 'SKU 12345'],
  ['session expired', 'Your session ID has expired, please log in again.'],
  ['phone number before a colon', 'Call me on 0772123456:AA'],
  ['promo code in a query string', 'https://shop.example.com/?code=SAVE20'],
  ['year in a query string', 'https://example.com/?code=2024'],
  ['plain query value', 'https://example.com/?key=value'],
  // identifiers next to secrets, tokens that are not credentials
  ['trace ID', 'Trace ID: 4bf92f3577b34da6a3ce929d0e0e4736, span 00f067aa0ba902b7'],
  ['request token of a log line', 'request_id=7f3a9c2e-41b8-4d6f-9a0e-5c3b2d1f8e7a status=401'],
  ['Twilio API key SID', `API key SID: ${key('SK', '304976eb2fcc4b684ae25c7a09357b99')}`],
  ['account SID', 'Account SID: AC7b2e41f09c3d8a6e5f1042bd9c7e8a31'],
  ['unsubscribe token that is base64 JSON', '<a href="https://shop.example.com/unsubscribe?token=eyJ1aWQiOjQ0MTgyMCwibCI6InR4In0">Unsubscribe</a>'],
  ['JWT header alone after a key word', 'The token header (eyJhbGciOiJSUzI1NiIsImtpZCI6ImtleS0yMDI0LTA2In0) is not secret.'],
  ['base64 event body after secret', 'Not a secret: eyJldmVudCI6Im9yZGVyLmNyZWF0ZWQiLCJpZCI6Im9yZF8yMDkzMSJ9'],
  ['card payment token', 'The token for this card in our vault is tok_1PzQ8kL2mR.'],
  ['masked live key', `the key ${key('rm_live_', '••••2oGl')} was created on 2024-05-02`],
  ['live key prefix described', `Use the EU host for this key (prefix ${key('rm_live_', 'eu')}…).`],
  ['publishable key of an unlisted provider', `Public key: ${key('pub_live_', '7Hq2Lm9Xv4Rt8Kp3Zx6Wc1Vb')}`],
  ['error code with live and test', 'The processor answered card_declined / test_card_in_live_mode.'],
  ['live key placeholder', `API_KEY=${key('rm_live_', 'xxxxxxxxxxxxxxxxxxxxxxxx')}`],
  ['mysql database after -p', 'mysql -u root -p shop'],
  ['port after -p', 'tunnel -u admin -p 2222 host.example.com'],
  ['template after -p', 'docker login -u deploy -p $CI_REGISTRY_PASSWORD registry.gitlab.com'],
  ['secret_ in a word', 'keep your secret_santa_list_for_the_office_party_in_december_now ok'],
  ['EAA in a word run', 'EAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
  ['the new one is a state', 'The access token was regenerated. The new one shown in the console is valid for an hour.'],
];

describe('api-key detector', () => {
  it.each(positives)('finds %s', (_name, text, value) => expectFinding(text, 'CREDENTIAL', value, 'api_key'));
  it.each(passwords)('finds the password of %s', (_name, text, value) => expectFinding(text, 'CREDENTIAL', value, 'password'));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['CREDENTIAL']));

  it('reports the one-time code of a sign-in link', () => {
    expectFinding('https://app.example.com/login?email=a%40b.com&code=482913', 'CREDENTIAL', '482913', 'otp');
  });

  it('reports the password of a URL, not an e-mail address', () => {
    const all = found('postgres://app_ro:q8Vt2LmN4xPz@db-stg.northwind.internal:5432/orders');
    expect(all.map((f) => f.type)).toEqual(['CREDENTIAL']);
  });

  it('scores prefixed keys above generic ones, both reportable', () => {
    const prefixed = found(`use ${STRIPE}`).find((f) => f.type === 'CREDENTIAL');
    const generic = found('API key: 4sEUgdrngjNKHli1sAXhZlJDzqCtN/J2fpvP1g6S').find((f) => f.type === 'CREDENTIAL');
    expect(prefixed?.score).toBeGreaterThanOrEqual(0.95);
    expect(generic?.score).toBeGreaterThanOrEqual(0.8);
    expect(generic?.score).toBeLessThan(prefixed?.score ?? 0);
  });

  it('pairs an AWS key id only with a secret-shaped token, not a commit hash', () => {
    const creds = found('rotated AKIA4HJK2LMNOPQR7STU in commit a94a8fe5ccb19ba61c4c0873d391e987982fbbd3 today').filter((f) => f.type === 'CREDENTIAL');
    expect(creds.map((f) => f.value)).toEqual(['AKIA4HJK2LMNOPQR7STU']);
    const hex = found('AKIA4HJK2LMNOPQR7STU / a94a8fe5ccb19ba61c4c0873d391e987982fbbd3').filter((f) => f.type === 'CREDENTIAL');
    expect(hex.map((f) => f.value)).toEqual(['AKIA4HJK2LMNOPQR7STU']);
  });

  it('reports a labelled prefixed key once', () => {
    expect(found(`API key: ${STRIPE}`).filter((f) => f.type === 'CREDENTIAL')).toHaveLength(1);
  });

  it.each([
    ['repeated JWT headers', 'eyJ'.repeat(300_000)],
    ['long JWT-like run', 'eyJ' + 'a'.repeat(1_000_000)],
    ['repeated prefixes', 'sk-'.repeat(300_000)],
    ['repeated PEM headers', key('-----BEGIN RSA PRIVATE', ' KEY-----\n').repeat(30_000)],
    ['repeated key words', 'API key: '.repeat(100_000)],
    ['repeated setting names', 'A_TOKEN='.repeat(200_000)],
    ['long identifiers before setting words', ('a_'.repeat(2000) + 'KEY=x ').repeat(200)],
    ['repeated url schemes', '://a:b'.repeat(300_000)],
    ['repeated query secrets', '?code=1234&key='.repeat(100_000)],
    ['long digit run before a colon', '1'.repeat(1_000_000) + ':AA'],
    ['long url user-info', ('://' + 'u'.repeat(60) + ':' + 'p'.repeat(120)).repeat(10_000)],
    ['repeated live infixes', '_live_'.repeat(200_000)],
    ['long prefixes before live infixes', ('abcdefghij_live_' + 'A1'.repeat(150)).repeat(2_000)],
    ['repeated command-line users', ' -u x -p'.repeat(200_000)],
    ['key words with long bridges', ('API key for the ' + 'a '.repeat(30)).repeat(10_000)],
    ['key words handing over nothing', 'The API key was reset. The new one is '.repeat(30_000)],
  ])('stays linear on %s', (_name, text) => {
    const t0 = process.cpuUsage();
    found(text);
    expect(cpuMsSince(t0)).toBeLessThan(3000);
  });
});
