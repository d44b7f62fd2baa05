import { describe, expect, it } from 'vitest';
import { readSpoken } from '../../detectors/dialogue.js';
import type { FindingType } from '../../detectors/index.js';
import { expectFinding, expectNoFinding, found } from './helpers.js';

const CALL = [
  'CALL RECORDING TRANSCRIPT (auto-generated)',
  '00:01:12 AGENT THANDI: okay so what is the card number',
  "00:01:15 CALLER: it's uh 45 56 737 58 620 0013",
  '00:01:29 AGENT THANDI: and the expiry',
  '00:01:31 CALLER: 07 29',
  '00:01:33 AGENT THANDI: and the three numbers on the back',
  '00:01:34 CALLER: 3 1 9',
  '00:01:35 AGENT THANDI: thank you the premium will go off on the first',
].join('\n');

const positives: [name: string, text: string, type: FindingType, value: string][] = [
  ['card number read out in odd groups', CALL, 'CARD_NUMBER', '45 56 737 58 620 0013'],
  ['expiry as MM YY after "and the expiry"', CALL, 'CARD_EXPIRY', '07 29'],
  ['security code read digit by digit', CALL, 'CARD_CVV', '3 1 9'],
  [
    'card read with commas at the pauses',
    '00:02:01 AGENT ILSE: can I take the long number on the card\n00:02:05 CALLER: 5564, 05, 57, 4400, 9649\n00:02:10 AGENT ILSE: thanks',
    'CARD_NUMBER',
    '5564, 05, 57, 4400, 9649',
  ],
  [
    'a transcript flattened onto one line',
    '00:01:29 AGENT: and the expiry date 00:01:31 CALLER: 11/28 00:01:33 AGENT: and the CVV 00:01:34 CALLER: 493 00:01:35 AGENT: thanks',
    'CARD_EXPIRY',
    '11/28',
  ],
  [
    'CVV in a flattened transcript',
    '00:01:29 AGENT: and the expiry date 00:01:31 CALLER: 11/28 00:01:33 AGENT: and the CVV 00:01:34 CALLER: 493 00:01:35 AGENT: thanks',
    'CARD_CVV',
    '493',
  ],
  [
    'WhatsApp export: the code just sent',
    '3/11/2026, 11:40 - Ropafadzo (Support): Tatumira code. Please enter it in the app.\n3/11/2026, 11:42 - Tonderai: it says 582014\n3/11/2026, 11:45 - Ropafadzo (Support): Ndatenda.',
    'CREDENTIAL',
    '582014',
  ],
  [
    'WhatsApp export in brackets, five digits',
    '[28/10/2026, 09:44:10] Tonderai (Support): We have sent you an OTP, what does it say?\n[28/10/2026, 09:48:02] Fadzai: 04303',
    'CREDENTIAL',
    '04303',
  ],
  [
    'speaker numbers with roles, grouped 3-3',
    "Speaker 1 (Agent): ...and you should now have a text message with a code.\nSpeaker 2 (Customer): Yeah, it's 551 209.\nSpeaker 1 (Agent): Lovely.",
    'CREDENTIAL',
    '551 209',
  ],
  [
    'one-time code read out in words',
    'Agent: Please read me the verification code we just texted you.\nCustomer: four eight two nine one three\nAgent: Thanks, you are verified.',
    'CREDENTIAL',
    'four eight two nine one three',
  ],
  [
    'a PIN asked for and given',
    'Agent: For the phone banking I need your PIN.\nCustomer: ok it is 7 3 1 9\nAgent: thank you',
    'CREDENTIAL',
    '7 3 1 9',
  ],
  [
    'IVR: ID number keyed in',
    'IVR log 27-02-2026 13:20\nSYSTEM: Please say or key in your ID number.\nCALLER: 94 06 11 0948 080\nSYSTEM: Thank you. Transferring you to an agent.',
    'NATIONAL_ID',
    '94 06 11 0948 080',
  ],
  [
    'account number for the refund',
    "Agent: What's the account number we should pay the refund into?\nCustomer: it's 6201 4418 93\nAgent: Got it.",
    'BANK_ACCOUNT',
    '6201 4418 93',
  ],
  [
    'phone number spoken with "double"',
    "[Transcript - inbound call]\nAgent: Which number should the technician call?\nCustomer: It's zero seven one double two four six five nine six.\nAgent: Thank you.",
    'PHONE_NUMBER',
    'zero seven one double two four six five nine six',
  ],
  [
    'phone number answered in typed digits and words',
    'Agent: What is the best number to call you on?\nCustomer: 071 double two four six five nine six\nAgent: Thanks.',
    'PHONE_NUMBER',
    '071 double two four six five nine six',
  ],
  [
    'phone number spoken with "oh", outside a dialogue',
    'Please call me back on oh seven seven two one two three four five six after lunch.',
    'PHONE_NUMBER',
    'oh seven seven two one two three four five six',
  ],
  [
    'phone number spoken with a typed group among the words',
    'You can reach me on my mobile: 082 double five one two three four five.',
    'PHONE_NUMBER',
    '082 double five one two three four five',
  ],
  [
    'phone number spoken after "my number is"',
    'My number is zero seven seven two one two three four five six, call after five.',
    'PHONE_NUMBER',
    'zero seven seven two one two three four five six',
  ],
  [
    'phone number spoken after the agent asks for the number on the profile',
    'Agent: Can you confirm the number on the profile?\nCustomer: zero seven seven two one two three four five six\nAgent: Thanks.',
    'PHONE_NUMBER',
    'zero seven seven two one two three four five six',
  ],
];

const negatives: [name: string, text: string, types: FindingType[]][] = [
  ['order number answered', "Agent: What's your order number?\nCustomer: 482913\nAgent: Thanks.", ['CREDENTIAL', 'NATIONAL_ID', 'BANK_ACCOUNT']],
  ['postcode answered', 'Agent: And the postcode?\nCustomer: 8001\nAgent: Thanks.', ['CREDENTIAL', 'NATIONAL_ID']],
  ['quantity answered', 'Agent: How many items were missing from the code 4 box?\nCustomer: 3 items, 2 of them shoes.', ['CREDENTIAL', 'CARD_CVV']],
  ['a time answered', 'Agent: What time should the technician come?\nCustomer: 14 30 is fine.', ['CREDENTIAL', 'CARD_EXPIRY', 'PHONE_NUMBER']],
  ['an amount after a code question', 'Agent: Did the voucher code work? What did it charge?\nCustomer: R 1 250', ['CREDENTIAL']],
  ['amount with a currency sign after an OTP question', 'Agent: Did the OTP arrive?\nCustomer: yes, it showed $4500', ['CREDENTIAL']],
  ['impossible expiry month', 'AGENT: and the expiry\nCALLER: 13 45\nAGENT: thanks', ['CARD_EXPIRY']],
  ['card failing Luhn', "AGENT: what is the card number\nCALLER: it's 4556 7375 8620 0014\nAGENT: thanks", ['CARD_NUMBER']],
  ['the answer names another number', 'Agent: We have sent you a code.\nCustomer: I did not get it, my order is 551209', ['CREDENTIAL']],
  ['the same speaker goes on', 'Agent: We have sent you a code.\nAgent: Reference for this chat 551209.\nCustomer: ok', ['CREDENTIAL']],
  ['timestamps of the transcript', '00:01:12 AGENT: I have sent the code now\n00:01:15 CALLER: got it thanks\n00:01:29 AGENT: great', ['CREDENTIAL', 'PHONE_NUMBER']],
  ['field labels are no speakers', 'Subject: Your one-time code\nNote: 482913 was the old reference\nFrom: support', ['CREDENTIAL']],
  ['masked card read back', "Agent: Which card would you like to use?\nCustomer: the one ending 4242\nAgent: ok", ['CARD_NUMBER', 'CREDENTIAL']],
  ['a date after an ID question', 'Agent: When did you get your ID card?\nCustomer: 12 05 2019', ['NATIONAL_ID']],
  ['spoken quantities after a phone word', 'I called them one two three times and nobody answered.', ['PHONE_NUMBER']],
  ['spoken number after a reference word', 'Call us about order zero seven one two two four six five nine six.', ['PHONE_NUMBER']],
  ['"your number" in a queue, spoken', 'Your number in the queue is three, please hold.', ['PHONE_NUMBER']],
  ['a ticket number after "your number"', 'Your number is ticket zero seven seven two one two three four five six.', ['PHONE_NUMBER']],
  ['words that are no number', 'Phone me when you are done, oh and one more thing: two of the boxes were wet.', ['PHONE_NUMBER']],
];

describe('dialogue detector', () => {
  it.each(positives)('finds %s', (_name, text, type, value) => expectFinding(text, type, value));
  it.each(negatives)('ignores %s', (_name, text, types) => expectNoFinding(text, types));

  it('reports each answer of a call as its own type', () => {
    const types = found(CALL).map((f) => f.type).filter((t) => t !== 'SOLICITATION');
    expect(types).toEqual(['CARD_NUMBER', 'CARD_EXPIRY', 'CARD_CVV']);
  });
});

describe('readSpoken', () => {
  const cases: [text: string, digits: string | undefined][] = [
    ['zero seven one double two four six five nine six', '0712246596'],
    ['oh seven six one nine five one nine two eight', '0761951928'],
    ['plus two six three triple seven one', '2637771'],
    ['082 double five one two', '0825512'],
    ['one two', undefined],
    ['082 555 1234', undefined],
  ];
  it.each(cases)('%s', (text, digits) => expect(readSpoken(text, 0, text.length, 3)?.digits).toBe(digits));
});
