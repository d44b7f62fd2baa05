import { describe, expect, it } from 'vitest';
import { expectFinding, expectNoFinding, found } from './helpers.js';

// Numbers valid in libphonenumber's metadata (detection.md §1.10 example numbers, Ofcom drama range).
const positives: [name: string, text: string, value: string, subtype: string][] = [
  ['UK international', 'Please call our London office on +44 20 7946 0958 today.', '+44 20 7946 0958', 'gb'],
  ['UK national', 'The number we have for you is 020 7946 0958; is that right?', '020 7946 0958', 'gb'],
  ['signature after a sentence ending in a reference word', 'Ignore any message that claims otherwise about the claim.\n\nNorthgate Ltd\n\n☎ +44 161 496 0732', '+44 161 496 0732', 'gb'],
  ['signature under a job title holding a reference word', 'Kind regards,\nTicket Desk Lead | Harbour Insurance\n+27 82 555 0147 | help@harbour.example', '+27 82 555 0147', 'za'],
  ['pharmacy phone beside a prescription', 'Prescription ready. Questions? Call the pharmacy on 0161 496 0732.', '0161 496 0732', 'gb'],
  ['UK with (0)', 'T: +44 (0)20 7946 0958', '+44 (0)20 7946 0958', 'gb'],
  ['ZW mobile international', 'WhatsApp: +263 77 123 4567', '+263 77 123 4567', 'zw'],
  ['ZW mobile national', 'Call us on 0772 123 456 any time.', '0772 123 456', 'zw'],
  ['ZW mobile dashed', 'cell 077-212-3456', '077-212-3456', 'zw'],
  ['ZW fixed line', 'Harare branch: 0242 703 123', '0242 703 123', 'zw'],
  ['ZW international dashes', 'mobile +263-77-123-4567', '+263-77-123-4567', 'zw'],
  ['ZA mobile', 'Johannesburg: 082 123 4567', '082 123 4567', 'za'],
  ['ZA international', 'call +27 82 123 4567', '+27 82 123 4567', 'za'],
  ['KE mobile international', 'M-Pesa line +254 712 345678', '+254 712 345678', 'ke'],
  ['NG mobile', 'Lagos office: 0803 123 4567', '0803 123 4567', 'ng'],
  ['US formatted', 'Tel: (202) 555-0123 ext. 45', '(202) 555-0123', 'us'],
  ['US dashed', 'call 202-555-0123 tomorrow', '202-555-0123', 'us'],
  ['US international', 'ring +1 415 555 2671', '+1 415 555 2671', 'us'],
  ['IN international', 'Mumbai support +91 98765 43210', '+91 98765 43210', 'in'],
  ['00 prefix', 'Call 0027 82 123 4567 from abroad', '0027 82 123 4567', 'za'],
  ['tel link', '<a href="tel:+263771234567">Call us</a>', '+263771234567', 'zw'],
  ['broken by <br> and a line break', '<p>Dear Karabo,<br>the technician will call you on 079 622<br>\n4956<br>before arriving.</p>', '079 622<br>\n4956', 'za'],
  ['tel link target', '<p>Call <a href="tel:+27861112233">0861 11 22 33</a> today</p>', '+27861112233', 'za'],
  ['tel link text', '<p>Call <a href="tel:+27861112233">0861 11 22 33</a> today</p>', '0861 11 22 33', 'za'],
  ['full-width', 'phone ＋２６３ ７７ １２３ ４５６７', '＋２６３ ７７ １２３ ４５６７', 'zw'],
  ['zero-width inside', 'phone +263\u200b77\u200b123\u200b4567', '+263\u200b77\u200b123\u200b4567', 'zw'],
  ['signature, no label', 'Kind regards,\nTendai\nAcme Bank\n+263 242 700 000', '+263 242 700 000', 'zw'],
  ['other label in the previous sentence', 'Please send your BVN. Our number is 0803 123 4567', '0803 123 4567', 'ng'],
  ['other label further away', 'We sent the OTP to +263 77 123 4567 a minute ago', '+263 77 123 4567', 'zw'],
  ['numbers side by side in a table row', 'T. Gumbo +263 77 212 3456 4711108285713684 03/27 USD 20.00', '+263 77 212 3456', 'zw'],
  ['after an ID in a table row', 'Lebo Masilo 0009176445089 072 555 0164 Capitec', '072 555 0164', 'zw'],
  ['msisdn field without plus', '"name": "Grace Achieng", "msisdn": "254712123456", "email": "g@example.com"', '254712123456', 'ke'],
  // a served region's mobile number with its calling code and no "+", unlabelled
  ['a number wrapped onto the next line', 'They left a note asking you to call them back on 07312\n526441 to rearrange.', '07312\n526441', 'gb'],
  ['Zulu locative prefix', 'Uma ungeke ukwazi ukufika, sicela ushayele umtholampilo ku-072 315 7267. Ngiyabonga.', '072 315 7267', 'zw'],
  ['a number above a list item, without its number', 'Cell numbers on file:\n1. Tendai 0773 112 904\n2. Nyasha', '0773 112 904', 'zw'],
  ['plus number after a reference word', 'Our local offices can help with hotel vouchers: +31 6 47468279.', '+31 6 47468279', 'nl'],
  ['Kenyan mobile without plus', 'the reversal request for Ksh 17,260 sent to 254749221126 by mistake has been submitted', '254749221126', 'ke'],
  ['Kenyan mobile without plus, grouped', 'sent to 254 749 221 126 by mistake', '254 749 221 126', 'ke'],
  ['Nigerian mobile without plus', 'the payment from 2348031234567 was reversed', '2348031234567', 'ng'],
  ['Zimbabwean mobile without plus', 'EcoCash sent to 263771234567 yesterday', '263771234567', 'zw'],
  // an EcoCash wallet is its holder's mobile number
  ['an EcoCash number', 'Nhamba yechitupa: 63-1234567-F-42\nEcoCash: 078 924 0407', '078 924 0407', 'zw'],
];

const negatives: [name: string, text: string][] = [
  ['an amount then a date', 'EUR 83,033.78 - 2026-10-08'],
  ['inside a prepaid electricity token, units after it', 'Meter: 44760889940 Token: 4635 0351 8389 9214 8776 189.9 kWh, KSh 404.'],
  ['an amount in rand then a date', 'R 85,061.28 - 2024-03-11'],
  ['exam centre number', 'your WASSCE index number is 5516529573 and your centre number is 0832950.'],
  ['a code glued to a word by a hyphen', 'Order REF-0723157267 shipped today'],
  ['transaction number shaped like a Kenyan mobile', 'Transaction 254712345678 was reversed on 3 March.'],
  ['reference shaped like a Zimbabwean mobile', 'Your ref: 263771234567 is on the statement.'],
  ['opening hours', 'Our hours are 0800-1700, Monday to Friday.'],
  // numbers that only start like a calling code
  ['calling code without plus, grouped otherwise', 'sent to 2547 4922 1126 by mistake'],
  ['calling code without plus, a reference', 'Tracking number 447912345678 left the depot.'],
  ['calling code without plus, not a mobile number', 'Meter 254202222222 was read today.'],
  ['NANP digits without plus', 'the meter 14123456789 was read'],
  ['reference label on the line above, directly', 'Order no.:\n020 7946 0958'],
  ['reference label on the same line', 'Your ticket number 020 7946 0958 is open.'],
  ['drug product code', 'Your refill is ready. NDC 0777-3105-02, copay $5.'],
  ['drug code spelled out', 'National Drug Code: 0504-5780-65 for the inhaler.'],
  ['dotted dates', 'closed 25.12.2024 and 01.01.2025'],
  ['ISO date', 'reported on 2025-01-07.'],
  ['ticket number', 'Your ticket number is 2024-11-0457.'],
  ['order number', 'Order #100234987 has shipped.'],
  ['order with dash', 'refund for order 7781-2231 is on its way'],
  ['invoice', 'Please quote invoice 4400123 when you pay.'],
  ['reference glued', 'reference INV-0772123456 noted'],
  ['tracking', 'Tracking number 1Z999AA10123456784 shows'],
  ['EAN', 'Item SKU 4006381333931 is back in stock'],
  ['version', 'Version 3.14.159 fixes it'],
  ['decimal', 'ratio 0.237115 in the log'],
  ['amount', 'We refunded ZWL 1 250 000 yesterday'],
  ['card number', 'card 4111 1111 1111 1111'],
  ['invalid number', 'call 0000 000 000'],
  ['fictional 555 area code', 'call (555) 123-4567'],
  ['IP address', 'server 192.168.100.201 is down'],
  ['labelled routing number', 'Routing number 021000021 for wires'],
  ['labelled account number', 'Account no: 0772123456 at CBZ'],
  ['an account money goes to', 'Refund goes to your account: 0884374438989'],
  ['an EcoCash merchant code', 'EcoCash merchant code: 0789240'],
  ['labelled NIN', 'NIN: 08031234567'],
  ['company number', 'Registered in England and Wales No. 08812045. VAT GB 214 8812 45.'],
  ['ACH trace number', 'ACH trace number 091000019876543, check number 10442 voided'],
  ['deposit ID', 'It will clear in 2 business days (deposit ID 771-204-9938).'],
  ['call ID', 'Queue time 4:32. Call ID 9173-4471-22.'],
  ['date and hour', 'Products: 3 | Last contact: 2025-09-15 14:22 | Agent: #0417'],
  ['registered company number', 'Skylark Airways Ltd, registered in England no. 07714452. ATOL protected.'],
  ['bag tag', 'The bag (tag 0125046435) was located in Johannesburg.'],
  ['German reference label', 'Die Zahlung wurde zurückgebucht. Vorgangsnummer 0456261258.'],
  ['French order label', 'Votre numéro de commande 0456261258 a été expédié.'],
  ['log field before a timestamp on the next line', 'amt=2500 cur=KES rc=05\n2025-09-17 11:02:41 auth req'],
];

// Numbers read out in a transcript, commas for the pauses; signatures whose address holds a reference word.
const readOut: [name: string, text: string, value: string, subtype: string][] = [
  ['read out after a call-back question', 'Agent: Can I confirm a number to call you back on?\nCustomer: Yes, it\'s 066, 109, 8111.\nAgent: Thank you.', '066, 109, 8111', 'za'],
  ['a Zimbabwean mobile read out', 'AGENT: What is your mobile?\nCALLER: 0772, 123, 456.', '0772, 123, 456', 'zw'],
  ['digit by digit', 'Agent: best number to call you on?\nCustomer: 0 7 7 2, 1 2 3, 4 5 6', '0 7 7 2, 1 2 3, 4 5 6', 'zw'],
  ['share-call number after a claims address', '<p>Regards,<br>Household Claims<br>\n<a href="mailto:claims@proteamutual.co.za">claims@proteamutual.co.za</a> | 0860 776 832</p>', '0860 776 832', 'za'],
  ['after a policy URL', 'See https://insurer.example/claims 0860 776 832', '0860 776 832', 'za'],
  ['after the match, with a phone word', 'call me after the match on 0772 123 456', '0772 123 456', 'zw'],
];
// A phone number read out right after a card number, in one run of digit groups.
const afterCard: [name: string, text: string, value: string, subtype: string][] = [
  ['after a 4-4-4-4 card', '- card 5411 1383 7226 5447 0966 579709 (he read both out together)', '0966 579709', 'zm'],
  ['after a Visa, Zimbabwean mobile', 'card 4539 7274 4224 3648 0712 345678 is his', '0712 345678', 'zw'],
];
const afterCardNegatives: [name: string, text: string][] = [
  ['digits after a card that fails Luhn', 'card 5411 1383 7226 5448 0966 579709'],
  ['card then a date-like group', 'card 4111 1111 1111 1111 2024 0115'],
  ['card then a short reference', 'paid with 4539 7274 4224 3648 1234 5678 last week'],
];
const readOutNegatives: [name: string, text: string][] = [
  ['amounts', 'Please call: we shipped 1,250, 3,400 and 4,100 units.'],
  ['order quantities after a phone word', 'Call me about the order: quantities 012, 345, 6789.'],
  ['a list with no phone word', 'Bins 066, 109, 8111 are full.'],
  ['read out, not a valid number', 'Customer: my number is 000, 109, 8111.'],
  ['a number between the phone word and the list', 'Call centre report 2025: 066, 109, 8111.'],
  ['a match id in a game log', 'zw 0.7 yo, checked match 0727564751 — the disconnect was server side'],
  ['a lobby in a game log', 'Lobby 0812345678 closed after 3 rounds'],
  ['a session number', 'Session: 0772123456 expired'],
  ['a claims reference, not in an address', 'Claims: 0860 776 832'],
];

// Brazilian numbers written with the trunk "0" before the area code in brackets.
const brazilTrunk: [name: string, text: string, value: string, subtype: string][] = [
  ['mobile in a signature', 'customercare@ipepag.com.br · 0(31) 99581-5616 (24/7)', '0(31) 99581-5616', 'br'],
  ['landline, space after the 0', 'Ligue 0 (11) 3456-7890 das 8h às 18h.', '0 (11) 3456-7890', 'br'],
  ['two numbers in a sentence', 'Ligue para 0(21) 98765-4321 ou 0 (61) 3456-7890.', '0 (61) 3456-7890', 'br'],
  ['mobile with a space instead of the hyphen', 'WhatsApp 0(31) 99581 5616', '0(31) 99581 5616', 'br'],
  ['after a phone word', 'Celular: 0 (51) 99876-5432', '0 (51) 99876-5432', 'br'],
];
const brazilTrunkNegatives: [name: string, text: string][] = [
  ['no such area code', 'Ligue 0(10) 3456-7890'],
  ['a mobile number without its leading 9', 'Ligue 0(31) 19581-5616'],
  ['an order number of the same shape', 'Order 0 (11) 3456-7890 shipped'],
  ['glued to more digits', 'Code 0(31) 99581-5616-22'],
  ['grouped otherwise', 'Ligue 0 (31) 9958-15616'],
];

// A number with no trunk prefix right after a phone word, in a region that writes none: valid there and grouped as it prints them.
const plainLabelled: [name: string, text: string, value: string, subtype: string][] = [
  ['Botswana mobile after Tel', 'Customer Care\nTel: 72 540 251\nwww.example.africa', '72 540 251', 'bw'],
  ['Spanish mobile after Tel', 'Lumen Bank Customer Care\nTel: 677 82 11 29', '677 82 11 29', 'es'],
  ['mobile to', 'Please update my mobile to 632 34 14 09. Thanks', '632 34 14 09', 'es'],
  ['Brazilian number in brackets after Tel.', 'Atendimento\nTel.: (31) 95138-8147 | WhatsApp', '(31) 95138-8147', 'br'],
];
const plainLabelledNegatives: [name: string, text: string][] = [
  ['the same digits after an order word', 'Order 72 540 251 has shipped'],
  ['a phone word far before, other words between', 'Call us if the parcel 72 540 251 is late'],
  ['a word between the phone word and the number', 'Phone hours 72 540 251'],
];

describe('phone detector', () => {
  it.each(plainLabelled)('finds a plain national number after a phone word: %s', (_name, text, value, subtype) => expectFinding(text, 'PHONE_NUMBER', value, subtype));
  it.each(plainLabelledNegatives)('ignores %s', (_name, text) => expectNoFinding(text, ['PHONE_NUMBER']));
  it.each(brazilTrunk)('finds a Brazilian number with its trunk 0: %s', (_name, text, value, subtype) => expectFinding(text, 'PHONE_NUMBER', value, subtype));
  it.each(brazilTrunkNegatives)('ignores %s', (_name, text) => expectNoFinding(text, ['PHONE_NUMBER']));
  it('reads "0(11) 3456-7890" in the configured region where it is valid there', () => {
    expect(found('Ligue 0(11) 3456-7890', { region: 'AR' })[0]?.subtype).toBe('ar');
  });

  it.each(['Telefone', 'Teléfono', 'Telemóvel', 'Móvil'])('scores a number after "%s" as labelled (above one on its own)', (word) => {
    const alone = found('0(31) 99581-5616')[0]?.score ?? 0;
    expect(found(`${word}: 0(31) 99581-5616`)[0]?.score).toBeGreaterThan(alone);
  });

  it.each(readOut)('finds %s', (_name, text, value, subtype) => expectFinding(text, 'PHONE_NUMBER', value, subtype));
  it.each(readOutNegatives)('ignores %s', (_name, text) => expectNoFinding(text, ['PHONE_NUMBER']));
  it.each(afterCard)('finds a number %s', (_name, text, value, subtype) => expectFinding(text, 'PHONE_NUMBER', value, subtype));
  it.each(afterCardNegatives)('ignores %s', (_name, text) => expectNoFinding(text, ['PHONE_NUMBER']));
  it.each(positives)('finds %s', (_name, text, value, subtype) => expectFinding(text, 'PHONE_NUMBER', value, subtype));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['PHONE_NUMBER']));

  it('finds two numbers on consecutive lines separately', () => {
    const values = found('Mobile\n0772 123 456\n0712 345 678').map((f) => f.value);
    expect(values).toEqual(['0772 123 456', '0712 345 678']);
  });

  it('uses the configured region for national numbers', () => {
    const f = found('call 020 7946 0958', { region: 'GB' })[0];
    expect(f?.subtype).toBe('gb');
  });

  it('scores a labelled number above an unlabelled one', () => {
    const labelled = found('Phone: 0803 123 4567')[0]!;
    const bare = found('Lagos 0803 123 4567')[0]!;
    expect(labelled.score).toBeGreaterThan(bare.score);
  });
});
