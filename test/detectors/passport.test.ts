import { describe, expect, it } from 'vitest';
import { expectFinding, found } from './helpers.js';

// detection.md §1.9 and national formats: US 9 digits / letter + 8, UK 9 digits / 2 letters + 7,
// IN letter + 7, ZA A/M + 8, KE AK + 7, NG letter + 8, ZW FN/AB + 6, DE C01X00T47.
const positives: [name: string, text: string, value: string][] = [
  ['passport number colon', 'passport number: 123456789', '123456789'],
  ['passport no.', 'Passport No. A12345678 expires next year.', 'A12345678'],
  ['in brackets', 'I have attached my passport (FN123456) as requested.', 'FN123456'],
  ['directly after', 'Passport GB1234567 was scanned.', 'GB1234567'],
  ['Zimbabwe AB', 'Zimbabwean passport AB123456, issued in Harare.', 'AB123456'],
  ['South Africa M', 'SA passport number M00012345', 'M00012345'],
  ['Kenya AK', 'Passport: AK0123456', 'AK0123456'],
  ['Nigeria', 'My passport no is A01234567.', 'A01234567'],
  ['India', 'passport number J8369854', 'J8369854'],
  ['Germany letters inside', 'Reisepass C01X00T47', 'C01X00T47'],
  ['on file is', 'The passport number on file is 533412881.', '533412881'],
  ['hash', 'Passport # 987654321', '987654321'],
  ['label on its own line', 'Passport number:\nA12345678', 'A12345678'],
  ['letter prefix and space', 'passport FN 123456', 'FN 123456'],
  ['lower case value', 'passport no: a12345678', 'a12345678'],
  ['html', '<p>Passport number: <b>A12345678</b></p>', 'A12345678'],
  ['full-width', 'passport ＡＫ０１２３４５６', 'ＡＫ０１２３４５６'],
  ['travel document', 'Travel document number 123456789', '123456789'],
  ['French', 'Numéro de passeport : 12AB34567', '12AB34567'],
  ['Afrikaans', 'Paspoortnommer: A29575376 Nationality: ZA', 'A29575376'],
  ['Portuguese número do passaporte', 'Número do passaporte: FN123456', 'FN123456'],
  ['connector words on a booking', 'I updated the passport number on your booking to 807642903 (British passport)', '807642903'],
  ['German number with letters', 'Ihre Reisepassnummer C01X7H1NT ist gespeichert.', 'C01X7H1NT'],
  ['German number, three digits', 'Passport number on file: K7HR2WPN5.', 'K7HR2WPN5'],
  ['German number, two digits', 'Wir haben Ihre Reisepassnummer FXT9KLM4R notiert.', 'FXT9KLM4R'],
  ['plural label and possessive', 'both passports on the booking: yours (FN943803) and hers', 'FN943803'],
  ['after a comma following connector words', 'the passport number we recorded, FN7204581, matches', 'FN7204581'],
  ['French n°', 'Camille Martin – FR – passeport n° 19AB28471, Jonas Weber', '19AB28471'],
  ['you uploaded', 'The passport you uploaded shows number G2084517, but the name differs', 'G2084517'],
  ['aside in brackets before the colon', 'Passport (for the visa form): P7734120', 'P7734120'],
  ['number set off by commas', 'We have also stored your passport number, 730192845, for the booking.', '730192845'],
  ['Dutch shape', 'passport number BRT5K71L3 (Netherlands)', 'BRT5K71L3'],
  ['Swahili relative verb', 'Nambari ya pasipoti uliyotupa ni BN4402817.', 'BN4402817'],
];

const negatives: [name: string, text: string][] = [
  ['Afrikaans label over a date', 'Paspoortnommer: 2024-11-05'],
  ['passport photo', 'Please upload a passport photo 600x600 pixels.'],
  ['German alphabet, one digit', 'Reisepass CFKLMN7RT'],
  ['word with vowels and two digits', 'Passport number CHA1RS2ET'],
  ['expiry', 'Your passport expiry 12/2027 is fine.'],
  ['renew', 'Remember to renew your passport. Order 123456789 is ready.'],
  ['passport office phone', 'Call the passport office 0242 703 123 for help.'],
  ['application reference', 'Your passport application reference 2024-11-0457 is in progress.'],
  ['required', 'Your passport number is required to book the flight.'],
  ['masked', 'passport number ****5678'],
  ['masked long', 'passport number *****45678'],
  ['too short', 'passport 12345'],
  ['too long', 'passport number 1234567890'],
  ['too many letters', 'passport ABCDE1234'],
  ['too few digits', 'passport XYZ1234'],
  ['date', 'passport issued 2019-05-04'],
  ['value continues', 'passport A1234567-01 (file)'],
  ['no label', 'Your booking code A12345678 is confirmed.'],
  ['sentence ends before number', 'Bring your passport. 123456789 is your queue number.'],
  ['aside then a word', 'Passport (for I-9): required before your start date.'],
  ['comma after the label, then a list', 'Please bring your passport number, 2 photos and the form.'],
  ['comma, number continues the list', 'Your passport number, 123456789 and 987654321 are both on file'],
  ['letters then digits, not Dutch', 'passport ABCDE1234'],
];

// Passports given without a label right before them: in the next sentence, as a second value of
// the same shape, or as the number of a JSON travel-document object.
const unlabelled: [name: string, text: string, value: string][] = [
  ['next sentence, Nigerian Pidgin', 'Oga Tunde, your new passport don ready. Number na A10293847. Come collect am for Ikoyi office.', 'A10293847'],
  ['next sentence, records', 'Your passport number on the visa form does not match our records. We have LM482913 on file.', 'LM482913'],
  ['second value of the same shape', 'Your passport number on the application does not match. We have EN482913 but the form says EN482931. Please confirm.', 'EN482931'],
  ['second value after a labelled one', 'passport no. A12345678 or A12345687, I am not sure which', 'A12345687'],
  ['JSON document object', '{"travellers":[{"name":"A B","document":{"number":"C03005988","country":"USA","expires":"2031-07-13"}}]}', 'C03005988'],
  ['JSON document object, number after the country', '{"document": {"issuing_country": "GBR", "number": "925076473"}}', '925076473'],
  ['JSON travel document typed as a passport', '{"travelDocument":{"type":"PASSPORT","documentNumber":"N4532901","expiryDate":"2030-01-01"}}', 'N4532901'],
];
const unlabelledNegatives: [name: string, text: string][] = [
  ['next sentence names an order', 'Your passport photo was rejected. Order AB123456 was refunded.'],
  ['next sentence, tracking reference', 'Your passport application was received. Tracking RR12345678 is your parcel.'],
  ['next sentence, a gate', 'Your passport is ready. Collect at Gate B2 tomorrow.'],
  ['next sentence, digits only', 'Your passport is ready. We have 12345678 items in stock.'],
  ['JSON document of another type', '{"document":{"type":"ID_CARD","number":"I14547258","country":"USA","expires":"2031-07-13"}}'],
  ['JSON document without country or expiry', '{"document":{"number":"I14547258","pages":3}}'],
  ['JSON invoice document', '{"document":{"number":"INV20240","country":"USA"}}'],
];

// The first value is the passport; the second, of the same shape, is another document's or a reference.
const secondNot: [name: string, text: string, passportValue: string, other: string][] = [
  ['a booking reference', 'Passport number A1234567, booking ref AB123456', 'A1234567', 'AB123456'],
  ['a visa', 'passport A1234567 and visa B7654321', 'A1234567', 'B7654321'],
  ['a licence', 'passport no. A12345678, driving licence B87654321', 'A12345678', 'B87654321'],
];

describe('passport detector', () => {
  it.each(secondNot)('keeps the second value out when it is %s', (_name, text, value, other) => {
    expectFinding(text, 'PASSPORT_NUMBER', value, 'passport');
    expect(found(text).filter((f) => f.subtype === 'passport' && f.value === other)).toEqual([]);
  });
  it.each(unlabelled)('finds %s', (_name, text, value) => expectFinding(text, 'PASSPORT_NUMBER', value, 'passport'));
  it.each(unlabelledNegatives)('ignores %s', (_name, text) => {
    expect(found(text).filter((f) => f.subtype === 'passport')).toEqual([]);
  });

  it.each(positives)('finds %s', (_name, text, value) => {
    expectFinding(text, 'PASSPORT_NUMBER', value, 'passport');
    const f = found(text).find((x) => x.value === value);
    expect(f?.score).toBeGreaterThanOrEqual(0.8);
  });

  it.each(negatives)('ignores %s', (_name, text) => {
    expect(found(text).filter((f) => f.subtype === 'passport')).toEqual([]);
  });

  it('a labelled passport number beats the phone reading of the same digits', () => {
    const text = 'passport number 771234567';
    expect(found(text).map((f) => `${f.type}/${f.value}`)).toEqual(['PASSPORT_NUMBER/771234567']);
  });
});
