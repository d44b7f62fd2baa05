/**
 * Start-up work for callers that scan many texts (batch mode, the service): a few replies that
 * reach every detector's main paths, scanned as they are and as two-byte strings. V8 compiles each
 * regex and function on first use, and a regex once more for two-byte subjects (any text with "€",
 * "•" or a non-Latin-1 letter); doing it here takes that cost out of the first drafts. The texts
 * are scanned joined first: on a subject of 1,000 characters or more V8 compiles a regex to machine
 * code at once, skipping its bytecode stage (half the cost of the big keyword pattern). No text
 * needs compromise (the rules decide every sentence), so batch mode does not wait here for the
 * thread that loads it (nlp.ts). Invented values only; the scans' findings are discarded.
 */
export const WARM_UP_TEXTS: readonly string[] = [
  'Hi Tendai, the card on file is 4111 1111 1111 1111, exp 12/27, CVV 737. Call us on +263 77 123 4567 or 0772 123 456 if anything looks wrong.',
  'Good morning Ms Okafor,<br>Your refund of &#8358;45,000 goes to account number 0123456789 (GTBank). Your BVN 22123456789 and NIN 12345678902 are on file.&nbsp;Regards, Ada',
  'Dear John, please pay by bank transfer: IBAN GB82 WEST 1234 5698 7654 32, SWIFT code BARCGB22, sort code 20-00-00, account number 31926819. Our US account: routing number 021000021.',
  'Your order #558201 shipped on 2025-09-15 14:22 via DHL, tracking 1Z999AA10123456784. Invoice INV-0772123456 is attached; opening hours 0800-1700, ticket 4485 2145.',
  'Thanks Priya. We have your Aadhaar 2341 2341 2346 and PAN ABCPE1234F; your mobile +91 98765 43210 is verified. Please reply with your PIN so we can verify you.',
  'Hello,\nYour temporary password is: Tr0ub4dor&3\nYour one-time code is 804516. Never share your PIN with anyone, and we will never ask for your OTP or CVV.',
  'Hi Wanjiru, your national ID 23456789 and KRA PIN A012345678Z are linked to M-Pesa 0712 345 678. Could you send us the code we just texted to +254 712 345 678?',
  'Dear Mr Smith, your NI number QQ 12 34 56 A and UTR: 84271 53096 were updated. SSN 536-90-4399 belongs to the US claim; call (202) 555-0123 or 020 7946 0958.',
  'ID number 8001015009087 (South Africa), NRC 482913/61/1 (Zambia), ID 63-123456 B 42 (Zimbabwe), Ghana Card GHA-123456789-0, SIN 046 454 286, passport number FN123456, driver\'s licence no. D1234-56789-01234, numéro de sécurité sociale 1 85 05 78 006 084 91 (France).',
  'ITIN 912-70-1234 (my social is 536904399), CPF 390.533.447-05, DNI 54362315-K, NIE X2482300W, BSN 111222333, personnummer 811228-9841, Steuer-ID 36 574 261 809, NIF 123456789, PESEL 44051401359, T.C. Kimlik No: 10000000146.',
  'Patient A. Clarke, NHS number 943 476 5919 (CHI 0101011237 in Scotland); TFN 123 456 782, Medicare 2123 45670 1, NRIC S1234567D, Emirates ID 784-1990-1234567-6, CURP HEGG560427MVZRRL04, RFC GODE561231GR8.',
  'CNIC 35202-3924317-4 (Pakistan), Omang 123415678 (Botswana), NIDA 19790921-41108-00002-27 (Tanzania), national ID 29001011234567 (Egypt), codice fiscale RSSMRA85T10A562S.',
  'RUT 22.116.098-3 (Chile), CUIL 20-39325828-5 y DNI 39.325.828 (Argentina), cédula 1035112003 (Colombia), iqama 2087654329 (Saudi Arabia), NUIT 400339910 e BI: 110101234567A (Moçambique), BI n.º 000630513LA084 (Angola), CNI : 2307199942716 (Sénégal), NIN CF88875251BLOO (Uganda).',
  'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10',
  'Cheque: ⑆011002699⑆ 3308817264⑈ 0042 — deposited on 03/10/2025.',
  'Deploy notes: STRIPE_SECRET_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dc, aws key AKIAIOSFODNN7EXAMPLE, token ghp_16C7e42F292c6912E7710c838347Ae178B4a and Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
  'Write to tendai.moyo@example.co.zw or support [at] example [dot] com, <a href="mailto:help@example.org">help@example.org</a>; tel: <a href="tel:+27861112233">0861 11 22 33</a>.',
  'Name\tPassport no.\tPhone\tAccount no\nT. Gumbo\tFN123456\t0772 123 456\t31926819\nA. Banda\tZN987654\t+260 97 1234567\t12345678',
  '"Name","Card number","Expiry","Reference"\n"Lee","5555 5555 5555 4444","03/27","ORD-1182"\n"Kim","4000 0566 5566 5556","11/26","ORD-1183"',
  '00:01:12 AGENT THANDI: okay so what is the card number\n00:01:15 CALLER: it\'s uh 45 56 737 58 620 0013\n00:01:29 AGENT THANDI: and the expiry\n00:01:31 CALLER: 07 29\n00:01:33 AGENT THANDI: thank you',
  'عزيزي العميل، يرجى تزويدنا برمز التحقق المرسل إلى هاتفك لإكمال الطلب.',
  'Bonjour, merci de nous envoyer votre mot de passe et le code reçu par SMS. Por favor, envíenos su contraseña. Bitte senden Sie uns Ihre PIN. Tafadhali tuma PIN yako.',
  'The card ending in 4242 and **** **** **** 1881 were removed; SSN ***-**-4399 stays masked. Security answer: Fluffy. Backup codes: 4821-1937 5520-6613 9034-2271',
  'Can you confirm the three digit code on the back of your card? What is your mother\'s maiden name? Kindly share the OTP sent to your phone.',
  '<table><tr><th>Customer</th><th>ID number</th><th>Mobile</th></tr><tr><td>L. Dube</td><td>63-123456 B 42</td><td>+263 71 234 5678</td></tr></table><p>Kind regards,<br/>Support&nbsp;Team</p>',
  'Thanks — we’ve updated your profile. Call 0800 123 4567 (free), +44 20 7946 0958 or 082 123 4567; fax +27 21 555 0199. Meeting at 10.30, reference 2025/09/0183.',
];

/**
 * Scans the warm-up texts joined, then one by one; each as written and as a two-byte string. Each
 * is passed the way batch mode passes drafts, as a flat string made by JSON.parse: a concatenated
 * (cons) string would teach V8's inline caches a string shape real input never has, and cost
 * about a tenth of the steady-state speed.
 */
export function warmUp(scan: (text: string) => unknown): void {
  for (const text of [WARM_UP_TEXTS.join('\n\n'), ...WARM_UP_TEXTS]) {
    scan(asParsed(text));
    scan(asParsed(`• ${text} €`));
  }
}

/** The text as JSON.parse returns it: one flat string. */
function asParsed(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
