import { describe, expect, it } from 'vitest';
import { Scanner } from '../../../detectors/index.js';
import { nhsCheckValid } from '../../../detectors/national-id/uk-nhs.js';
import { phone } from '../../../detectors/phone.js';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

// Mod-11, weights 10..2 over the first 9 digits, 11 read as 0, 10 never issued. 943 476 5919 is the
// NHS's published example, 943-476-5870 python-stdnum's; the others were computed to pass.
const positives: [name: string, text: string, value: string][] = [
  ['3-3-4 after "NHS number is"', 'Your NHS number is 943 476 5919.', '943 476 5919'],
  ['hyphens, check digit 0 (11 read as 0)', 'NHS number: 943-476-5870', '943-476-5870'],
  ['plain, "NHS no."', 'NHS no. 4010232137 is on the repeat prescription.', '4010232137'],
  ['bare NHS with a colon', 'Patient: Amy Clarke, NHS: 712 345 6785', '712 345 6785'],
  ['bare NHS right before the value', 'Amy Clarke (DOB 03/04/1961), NHS 4505577104', '4505577104'],
  ['bare NHS in bold', '**NHS:** 712 345 6785', '712 345 6785'],
  ['label further in the sentence', 'The NHS number we hold on your pharmacy record is 450 557 7104.', '450 557 7104'],
  ['label after the value', 'We received 634 512 3781 (NHS number) with the form.', '634 512 3781'],
  ['full name of the service', 'National Health Service number 943 476 5919', '943 476 5919'],
  ['markdown field', '**NHS No:** 4010232137', '4010232137'],
  ['full-width digits', 'NHS number ９４３ ４７６ ５９１９', '９４３ ４７６ ５９１９'],
];

const negatives: [name: string, text: string][] = [
  ['wrong check digit', 'Your NHS number is 943 476 5918.'],
  ['python-stdnum invalid example', 'NHS number 9434765871'],
  ['check would be 10 (never issued)', 'NHS number 123 456 7890'],
  ['one repeated digit (passes the check)', 'NHS number 111 111 1111'],
  ['valid, no keyword', 'Your reference is 943 476 5919.'],
  ['valid, unlabelled order number', 'Order 4010232137 has been dispatched.'],
  ['order label nearer the number', 'We have your NHS number. Your order number is 4010232137.'],
  ['invoice label nearer', 'NHS number noted; invoice 4010232137 attached.'],
  ['phone label nearer', 'For your NHS number, call the surgery on 943 476 5919.'],
  ['NHS word with a price and an order reference', 'The NHS prescription charge is £9.90. Order reference 4010232137 is ready.'],
  ['bare NHS in a service name, a phone-like number', 'NHS Direct 0800100018'],
  ['bare NHS in a trust name', 'Patients: NHS Highland 0800100018'],
  ['bare NHS further in the sentence', 'The NHS app shows 0800100018 as your GP line.'],
  ['keyword in another sentence', 'Bring your NHS number. The booking code is 450 557 7104.'],
  ['masked with bullets', 'NHS number ••• ••• 5919'],
  ['masked with stars', 'NHS number *** *** 5919'],
  ['glued to a reference prefix', 'NHS number REF-4010232137'],
  ['11 digits', 'NHS number 94347659190'],
  ['grouped like nothing NHS prints', 'NHS number 94 347 659 19'],
  ['mixed separators', 'NHS number 943 476-5919'],
];

describe('uk-nhs detector', () => {
  it.each(positives)('finds %s', (_name, text, value) => expectFinding(text, 'NATIONAL_ID', value, 'uk_nhs'));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('is the only finding on a labelled NHS number, scored 0.95', () => {
    expect(found('Your NHS number is 943 476 5919.')).toEqual([{ type: 'NATIONAL_ID', subtype: 'uk_nhs', value: '943 476 5919', score: 0.95 }]);
  });

  it('keeps the phone detector off a number with an NHS keyword, not off a phone number', () => {
    const phoneOnly = new Scanner([phone]);
    expect(phoneOnly.scan('Your NHS number is 943 476 5919.')).toEqual([]);
    expect(phoneOnly.scan('NHS no: 943 476 5919')).toEqual([]);
    expect(phoneOnly.scan('Call us on 943 476 5919.').map((f) => f.type)).toEqual(['PHONE_NUMBER']);
  });

  it('checks the check digit', () => {
    expect(nhsCheckValid('9434765919')).toBe(true);
    expect(nhsCheckValid('9434765870')).toBe(true);
    expect(nhsCheckValid('9434765871')).toBe(false);
    expect(nhsCheckValid('1234567890')).toBe(false);
    expect(nhsCheckValid('943476591')).toBe(false);
    expect(nhsCheckValid('0000000000')).toBe(false);
  });
});
