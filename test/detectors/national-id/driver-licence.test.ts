import { describe, expect, it } from 'vitest';
import { expectFinding, found } from '../helpers.js';

const positives: [name: string, text: string, value: string][] = [
  ['UK driving licence', 'Driving licence number: MORGA657054SM9IJ', 'MORGA657054SM9IJ'],
  ['DVLA number later in the sentence', 'The driving licence held on the motor policy now reads PATEL751128RK7XW as requested.', 'PATEL751128RK7XW'],
  ["DVLA number after the holder's words", "Your driver's licence for the hire agreement is LEE99612040K99TV.", 'LEE99612040K99TV'],
  ["driver's license CA", "Driver's license D1234567 was verified.", 'D1234567'],
  ['drivers licence no.', 'drivers licence no. A1234567', 'A1234567'],
  ['NY spaced digits', "Driver's license number 123 456 789", '123 456 789'],
  ['FL dashed', "Driver's license: A123-456-78-901-0", 'A123-456-78-901-0'],
  ['IL dashed', 'DL# S530-4239-8831', 'S530-4239-8831'],
  ['DL number', 'DL number: 24019876', '24019876'],
  ['DL colon', 'DL: WDLABCD456DG', 'WDLABCD456DG'],
  ['on file is', "The driver's licence number on file is 99001234.", '99001234'],
  ['licence no near driver', 'Driver: Tendai Moyo, licence no 12345AB67', '12345AB67'],
  ['DVLA', 'DVLA records show licence number SMITH801231JJ9AB', 'SMITH801231JJ9AB'],
  ['brackets', 'a copy of my driving licence (MORGA657054SM9IJ)', 'MORGA657054SM9IJ'],
  ['html', "<td>Driver's licence</td><td>D1234567</td>", 'D1234567'],
  ['state code first', "Driver's license: CA D1234567", 'D1234567'],
  ['state code in brackets', "Driver's licence (NY) 123 456 789", '123 456 789'],
  ['permis de conduire', 'Permis de conduire : 12AB34567', '12AB34567'],
  ['issuer named after the value', 'Licence number: GORDO711155DJ9KL\nIssued by: DVLA\nMobile: +44 7700 900123', 'GORDO711155DJ9KL'],
  ['DVLA format without a driver word', 'Your licence number stays the same, PATEL712054RK9XY, after the address change.', 'PATEL712054RK9XY'],
  ['Ontario format without a driver word', 'Licence number M1234-56789-01234 remains valid for five years.', 'M1234-56789-01234'],
  ['a relative clause with "at checkout"', "the driver's license number you entered at checkout, B7720913 (Nevada), matches", 'B7720913'],
];

const negatives: [name: string, text: string][] = [
  ['DVLA shape in the next sentence', 'We checked your driving licence. Reference PATEL751128RK7XW is the claim file.'],
  ['not the DVLA shape later on', 'The driving licence on the policy is now valid until 2031 for policy AB1234567.'],
  ['photo', "Please send a photo of your driver's licence."],
  ['renew', 'You can renew your driving licence online at gov.uk.'],
  ['expiry date', 'Driving licence expires 12/2027.'],
  ['expiry after number word', "driver's licence number expires on 12/05/2027"],
  ['required', "Your driver's licence number is required for the rental."],
  ['software licence', 'Your licence number 1234-5678-9012 for Office is active.'],
  ['licence key no driver', 'Licence key: ABCD-1234-EFGH-5678'],
  ['bare DL without colon', 'DL 5 files from the portal'],
  ['too short', "driver's licence 1234"],
  ['too few digits', "driver's licence ABCDEF12"],
  ['masked', "driver's licence ****4567"],
  ['state code then a word', "Driver's licence CA is fine"],
  ['sentence ends', "Bring your driver's licence. 12345678 is your queue number."],
  ['a DL-prefixed application code', 'Application no. DL-2025-44718 will be processed in 5 days.'],
  ['software licence in a long format', 'Your licence number 12345-67890-12345 for the server is active.'],
  ['licence number of another shape without a driver word', 'Licence number T7142588 remains unchanged.'],
];

describe('driver-licence detector', () => {
  it.each(positives)('finds %s', (_name, text, value) => {
    expectFinding(text, 'NATIONAL_ID', value, 'driver_licence');
    const f = found(text).find((x) => x.value === value);
    expect(f?.score).toBeGreaterThanOrEqual(0.8);
  });

  it.each(negatives)('ignores %s', (_name, text) => {
    expect(found(text).filter((f) => f.subtype === 'driver_licence')).toEqual([]);
  });
});
