import { describe, expect, it } from 'vitest';
import { sinValid } from '../../../detectors/national-id/ca-sin.js';
import { expectFinding, found } from '../helpers.js';

// detection.md §1.8: 123-456-782 is valid; 999-999-999 fails Luhn; 823456785 passes Luhn but starts with 8.
// 130 692 544, 193 456 787 are further Luhn-valid SINs.
const positives: [name: string, text: string, value: string][] = [
  ['SIN dashed', 'Your SIN 123-456-782 has been added to the T4 slip.', '123-456-782'],
  ['social insurance number spaced', 'Social Insurance Number 130 692 544 on file.', '130 692 544'],
  ['plain with label', 'SIN: 193456787', '193456787'],
  ['wrapped over two lines, as PDF text breaks it', "numéro d'assurance sociale (NAS): 109\n012 179 Reference INV-305039", '109\n012 179'],
  ['Sin with colon', 'Sin: 123 456 782', '123 456 782'],
  ['SIN number', 'The SIN number you gave us is 130-692-544.', '130-692-544'],
  ['French NAS', 'Votre NAS 123 456 782 est confirmé.', '123 456 782'],
  ["numéro d'assurance sociale", "Numéro d'assurance sociale : 130 692 544", '130 692 544'],
  ['label after', 'We have 123-456-782 (SIN) on record.', '123-456-782'],
  ['html', '<td>SIN</td><td>123&nbsp;456&nbsp;782</td>', '123&nbsp;456&nbsp;782'],
  ['full-width', 'SIN １２３-４５６-７８２', '１２３-４５６-７８２'],
  ['SIN far before', 'SIN of the customer is 130 692 544', '130 692 544'],
  ['NAS colon', 'NAS: 193456787', '193456787'],
  ['temporary resident (9)', 'SIN 927 456 780', '927 456 780'],
];

const negatives: [name: string, text: string][] = [
  ['no keyword, formatted', 'Please quote 123-456-782 when you call.'],
  ['no keyword, spaced', 'The parcel 130 692 544 is on its way.'],
  ['no keyword, plain', 'Number 193456787 noted.'],
  ['wrapped, an order word', 'Order 109\n012 179'],
  ['an amount above a row number', 'SIN batch total 32.56\n69310 rows'],
  ['three lines', 'SIN: 109\n012\n179'],
  ['Luhn failure', 'SIN 123-456-789'],
  ['all nines', 'SIN 999-999-999'],
  ['first digit 8', 'SIN 823456785'],
  ['first digit 0 without keyword', 'Number 046 454 286 noted.'],
  ['first digit 0, Luhn failure', 'SIN 046 454 287'],
  ['Spanish "sin"', 'Envío sin costo, pedido 123 456 782.'],
  ['lower-case sin far from number', 'sin embargo su número es 130 692 544'],
  ['network storage', 'Reboot the nas 123456782 first.'],
  ['network storage in capitals', 'The NAS backup job 123456782 failed.'],
  ['Sin far from the number', 'Sin: see the file, job 123456782'],
  ['mixed separators', 'SIN 123-456 782'],
  ['order label', 'Order 123-456-782 shipped.'],
  ['phone label', 'SIN is fine; call 123 456 782.'],
  ['SSN label', 'SSN 123456782'],
  ['glued', 'SIN-ref ABC123-456-782'],
  ['masked', 'SIN ***-***-782'],
];

// The SIN named at the head of its sentence, Canadian programme context, abbreviations.
const inContext: [name: string, text: string, value: string, minScore: number][] = [
  ['SIN heading the sentence, a claim word nearer', 'The SIN we have on file for your Employment Insurance claim is 130 692 544. If this is incorrect, call us.', '130 692 544', 0.9],
  ['Employment Insurance context, no SIN word', 'The number for your Employment Insurance claim is 193 456 787.', '193 456 787', 0.7],
  ['assurance-emploi', "Pour votre demande d'assurance-emploi, le numéro est 123 456 782.", '123 456 782', 0.7],
  ['N.A.S. abbreviation', 'N.A.S. : 130 692 544', '130 692 544', 0.9],
  ['S.I.N. abbreviation', 'S.I.N. 193 456 787 confirmed', '193 456 787', 0.9],
  ['social ins no', 'Social ins no 123456782', '123456782', 0.9],
];
const notInContext: [name: string, text: string][] = [
  ['SIN sentence, then a phone word', 'The SIN we have on file, call 130 692 544'],
  ['programme context, a phone label', 'Service Canada: call 130 692 544 for help'],
  ['programme context, plain digits', 'Your Employment Insurance case 123456782 is open'],
  ['programme context, Luhn failure', 'For your Employment Insurance claim the number is 123 456 789.'],
  ['SIN in an earlier sentence', 'We updated your SIN. Your claim is 130 692 544.'],
];

describe('ca-sin detector', () => {
  it.each(inContext)('finds %s', (_name, text, value, minScore) => {
    expectFinding(text, 'NATIONAL_ID', value, 'ca_sin');
    expect(found(text).find((x) => x.value === value)!.score).toBeGreaterThanOrEqual(minScore);
  });
  it.each(notInContext)('ignores %s', (_name, text) => {
    expect(found(text).filter((f) => f.subtype === 'ca_sin')).toEqual([]);
  });

  it.each(positives)('finds %s', (_name, text, value) => {
    expectFinding(text, 'NATIONAL_ID', value, 'ca_sin');
    const f = found(text).find((x) => x.value === value);
    expect(f?.score).toBeGreaterThanOrEqual(0.9);
  });

  it.each(negatives)('ignores %s', (_name, text) => {
    expect(found(text).filter((f) => f.subtype === 'ca_sin')).toEqual([]);
  });

  it('reports the specimen 046 454 286 after a SIN keyword, not as a phone number', () => {
    expect(found('SIN: 046 454 286').map((f) => `${f.type}/${f.subtype}/${f.value}/${f.score}`)).toEqual(['NATIONAL_ID/ca_sin/046 454 286/0.8']);
  });

  it('a labelled SIN is the only finding', () => {
    for (const text of ['SIN: 712 345 677', 'social insurance number 771234564', 'SIN 771-234-564']) {
      expect(found(text).map((f) => `${f.type}/${f.subtype}`), text).toEqual(['NATIONAL_ID/ca_sin']);
    }
  });

  it('validates first digit and Luhn', () => {
    expect(sinValid('123456782')).toBe(true);
    expect(sinValid('046454286')).toBe(false);
    expect(sinValid('823456785')).toBe(false);
    expect(sinValid('123456789')).toBe(false);
  });
});
