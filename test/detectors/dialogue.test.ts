import { describe, expect, it } from 'vitest';
import { readSpoken } from '../../detectors/dialogue.js';
import { scan, type FindingType } from '../../detectors/index.js';
import { cpuMsSince, expectFinding, expectNoFinding, found } from './helpers.js';

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
  // chat exports: the time in brackets after the name, or a header line "Name - 4:13 PM" above what is said
  [
    'OTP sent to the phone, typed by the customer (time in brackets)',
    'Nomsa (09:03): Please type the 6-digit OTP we just sent to your phone here in the chat.\nCustomer (09:04): 760098\nNomsa (09:04): Thank you, verified.',
    'CREDENTIAL',
    '760098',
  ],
  [
    'one-time code under a chat header line',
    'Joy - 4:12 PM\nCan you share the one-time code from the SMS so I can confirm it is you?\n\nVisitor - 4:13 PM\n603006\n\nJoy - 4:14 PM\nThank you, verified.',
    'CREDENTIAL',
    '603006',
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
  ['an order number under a chat header line', 'Joy - 4:12 PM\nWhat is the order number?\n\nVisitor - 4:13 PM\n603006\n\nJoy - 4:14 PM\nThanks.', ['CREDENTIAL', 'PHONE_NUMBER']],
  ['office hours are no chat header', 'We are open:\nMonday - 8:00\nwhat code do you need?\nSaturday - 9:00\n603006', ['CREDENTIAL']],
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

// --- card numbers, expiries and IDs read out in words ------------------------------------------

const WORD = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** "5061 0760" -> "five zero six one, zero seven six zero": each digit a word, a comma at each pause. */
function say(grouped: string): string {
  return grouped.split(' ').map((g) => [...g].map((d) => WORD[Number(d)]).join(' ')).join(', ');
}

/** A call where the agent asks `ask` and the caller answers `answer`. */
function call(ask: string, answer: string): string {
  return `[Auto-transcript, call 4471]\nAGENT: thanks for holding, ${ask}\nCALLER: ${answer}\nAGENT: lovely, bear with me`;
}

// Generated for these tests: Luhn-valid PANs in the brands' ranges, a Luhn-valid SIN, a
// Verhoeff-valid Aadhaar, a structurally valid SSN.
const VERVE_19 = '5061 0760 0206 6626 609';
const MASTERCARD = '5412 8400 6024 0843';
const VISA = '4929 2680 8404 2483';
const SIN = '242 024 289';
const AADHAAR = '3262 6486 6206';

const spokenPositives: [name: string, text: string, type: FindingType, value: string, subtype: string][] = [
  [
    'a 19-digit Verve card, "double", after "card number when you\'re ready"',
    call("can I take the card number when you're ready", "okay it's five oh six one, oh seven six oh, oh two oh six, double six two six, six oh nine"),
    'CARD_NUMBER',
    'five oh six one, oh seven six oh, oh two oh six, double six two six, six oh nine',
    'verve',
  ],
  ['a Mastercard read in fours', call('what is the long number on the card', say(MASTERCARD)), 'CARD_NUMBER', say(MASTERCARD), 'mastercard'],
  [
    'a card read out after its label in the same turn',
    'AGENT: how can I help today\nCALLER: I want to pay, my card number is ' + say(VISA) + '\nAGENT: thank you',
    'CARD_NUMBER',
    say(VISA),
    'visa',
  ],
  ['expiry "one zero, three zero"', call('and the expiry', 'one zero, three zero'), 'CARD_EXPIRY', 'one zero, three zero', 'expiry'],
  ['expiry "double one, two seven"', call('and the expiry date', 'double one, two seven'), 'CARD_EXPIRY', 'double one, two seven', 'expiry'],
  ['expiry "oh eight, three oh"', call('and the expiry', "it's oh eight, three oh"), 'CARD_EXPIRY', 'oh eight, three oh', 'expiry'],
  ['expiry with a four-digit year', call('when does the card expire', 'oh nine, two oh two eight'), 'CARD_EXPIRY', 'oh nine, two oh two eight', 'expiry'],
  ['expiry as MMYY in one breath', call('and the expiry', 'one one two seven'), 'CARD_EXPIRY', 'one one two seven', 'expiry'],
  ['expiry after its label in the same turn', 'AGENT: go ahead\nCALLER: the expiry is oh four, two nine\nAGENT: thanks', 'CARD_EXPIRY', 'oh four, two nine', 'expiry'],
  ['a SIN after "social insurance number"', call('can you confirm your social insurance number for me', "yes it's " + say(SIN)), 'NATIONAL_ID', say(SIN), 'ca_sin'],
  ['a SIN after a capital "SIN"', call('and your SIN please', 'one eight oh, four eight eight, eight eight four'), 'NATIONAL_ID', 'one eight oh, four eight eight, eight eight four', 'ca_sin'],
  [
    'a SIN typed after "your SIN" (the answer rule reads typed values too)',
    call('what is your SIN', '242 024 289'),
    'NATIONAL_ID',
    '242 024 289',
    'ca_sin',
  ],
  [
    'an SSN after "Social Security number" (not a "security number")',
    call('can you confirm your Social Security number for me', 'five three six, nine oh, four three nine nine'),
    'NATIONAL_ID',
    'five three six, nine oh, four three nine nine',
    'us_ssn',
  ],
  ['a BVN with "double"', call('can you confirm your BVN for me', 'two six six, eight two oh, oh eight, double oh four'), 'NATIONAL_ID', 'two six six, eight two oh, oh eight, double oh four', 'ng_bvn'],
  [
    'a BVN after its label in the same turn',
    'AGENT: I just need to verify you\nCUSTOMER: sure, my BVN is two two nine, six six three, one two nine, double two\nAGENT: thank you',
    'NATIONAL_ID',
    'two two nine, six six three, one two nine, double two',
    'ng_bvn',
  ],
  ['an Aadhaar number', call('and your Aadhaar number', say(AADHAAR)), 'NATIONAL_ID', say(AADHAAR), 'in_aadhaar'],
];

const spokenNegatives: [name: string, text: string, types: FindingType[]][] = [
  [
    'a phone number read out after "which number can we call you on"',
    call('which number can we call you on', 'oh eight two, five five five, one two three four'),
    ['CARD_NUMBER', 'NATIONAL_ID', 'CARD_EXPIRY', 'BANK_ACCOUNT'],
  ],
  ['an order number read out', call("what's the order number", say(MASTERCARD)), ['CARD_NUMBER', 'NATIONAL_ID']],
  ['an order number after its label in the same turn', 'AGENT: go ahead\nCALLER: my order number is ' + say(VISA) + '\nAGENT: thanks', ['CARD_NUMBER', 'NATIONAL_ID']],
  ['a card number whose Luhn fails', call('can I take the card number', say('5412 8400 6024 0844')), ['CARD_NUMBER']],
  ['a Luhn-valid number in no issuer range', call('can I take the card number', say('9412 8400 6024 0847')), ['CARD_NUMBER']],
  ['an expiry with month 13', call('and the expiry', 'one three, two seven'), ['CARD_EXPIRY']],
  ['an expiry with an implausible year', call('and the expiry', 'oh eight, seven oh'), ['CARD_EXPIRY']],
  ['an expiry in three groups', call('and the expiry', 'oh eight, one, two seven'), ['CARD_EXPIRY']],
  ['an amount after the expiry question', call('and the expiry', 'one two two five rand'), ['CARD_EXPIRY']],
  ['an amount with a currency before it', call('and the expiry', 'R one two two five'), ['CARD_EXPIRY']],
  ['"two five zero rand" after the card question', call('can I take the card number', 'the charge was two five zero rand'), ['CARD_NUMBER', 'CARD_EXPIRY', 'NATIONAL_ID']],
  ['a card number spoken with no asking turn', 'AGENT: how can I help today\nCALLER: okay it\'s ' + say(VISA) + '\nAGENT: one moment', ['CARD_NUMBER']],
  ['a BVN-length number spoken with no asking turn', 'AGENT: anything else\nCUSTOMER: two two nine, six six three, one two nine, double two\nAGENT: ok', ['NATIONAL_ID']],
  ['a time after "what time"', call('what time should the courier come', 'one zero, three zero'), ['CARD_EXPIRY']],
  ['a time with "pm" after the expiry question', call('and the expiry', 'oh eight, three oh pm'), ['CARD_EXPIRY']],
  [
    'a Social Security number is no security code',
    call('can you confirm your Social Security number for me', 'five three six, nine oh, four three nine nine'),
    ['CARD_CVV'],
  ],
  ['a SIN failing Luhn', call('can you confirm your social insurance number', say('242 024 280')), ['NATIONAL_ID']],
  ['a BVN of ten digits', call('can you confirm your BVN', 'two two nine, six six three, one two nine, two'), ['NATIONAL_ID']],
  ['a lower-case "sin" that names nothing', call('no sin in asking, what was the total', say(SIN)), ['NATIONAL_ID']],
  ['"the last digits" of a card in the same turn', 'AGENT: go ahead\nCALLER: the card number ends in ' + say(VISA) + '\nAGENT: ok', ['CARD_NUMBER']],
];

describe('numbers read out in words', () => {
  it.each(spokenPositives)('finds %s', (_name, text, type, value, subtype) => expectFinding(text, type, value, subtype));
  it.each(spokenNegatives)('ignores %s', (_name, text, types) => expectNoFinding(text, types));

  it('reads a call\'s card, expiry and security code, each once', () => {
    const text = call("can I take the card number when you're ready", say(VERVE_19)) + '\nAGENT: and the expiry\nCALLER: double one, two seven\nAGENT: and the three digits on the back\nCALLER: three oh five';
    expect(found(text).map((f) => f.type)).toEqual(['CARD_NUMBER', 'CARD_EXPIRY', 'CARD_CVV']);
  });

  it('masks spoken values by their digits, never the words', () => {
    const text = call('can you confirm your BVN for me', 'two two nine, six six three, one two nine, double two');
    const [f] = scan(text).filter((x) => x.type === 'NATIONAL_ID');
    expect(f?.masked).toBe('••••••••922');
    const expiry = scan(call('and the expiry', 'double one, two seven')).find((x) => x.type === 'CARD_EXPIRY');
    expect(expiry?.masked).toBe('••/••');
  });

  it.each([
    ['many asking turns and spoken answers', "AGENT: the card number when you're ready\nCALLER: one two, three four, five six, seven eight\n".repeat(3_000)],
    ['one long line of digit words', 'AGENT: your BVN\nCALLER: ' + 'one two, '.repeat(200_000)],
    ['labels and short spoken numbers on one line', 'AGENT: go\nCALLER: ' + 'my card number is one two three and '.repeat(30_000)],
    ['many turns, digit words only at the end', 'AGENT: hello there\nCALLER: hi\n'.repeat(20_000) + 'AGENT: BVN\nCALLER: one two three'],
  ])('stays linear on %s', (_name, text) => {
    const t0 = process.cpuUsage();
    found(text);
    expect(cpuMsSince(t0)).toBeLessThan(3000);
  });
});
