import { describe, expect, it } from 'vitest';
import { frNirValid } from '../../../detectors/national-id/fr-nir.js';
import { expectFinding, expectNoFinding } from '../helpers.js';

// Invented numbers whose key is 97 - (first 13 digits mod 97).
const positives: [name: string, text: string, value: string][] = [
  ['French label, carte Vitale grouping', 'Votre numéro de sécurité sociale : 1 85 05 78 006 084 91.', '1 85 05 78 006 084 91'],
  ['unaccented label, unspaced', 'numero de securite sociale 292037512345636', '292037512345636'],
  ['English label, key apart', 'Her French social security number is 1551299888777 46.', '1551299888777 46'],
  ['carte Vitale grouping without a label', 'Merci, nous avons bien noté le 2 92 03 75 123 456 36 pour le dossier.', '2 92 03 75 123 456 36'],
  ['NIR label with hyphens', 'NIR: 1-85-05-78-006-084-91', '1-85-05-78-006-084-91'],
  ['carte Vitale label', 'Le numéro de votre carte Vitale est 185057800608491.', '185057800608491'],
];

const negatives: [name: string, text: string][] = [
  ['wrong key', 'numéro de sécurité sociale 1 85 05 78 006 084 92'],
  ['sex digit 5', 'numéro de sécurité sociale 585057800608485'],
  ['month 13', 'numéro de sécurité sociale 1 85 13 78 006 084 25'],
  ['valid digits, unspaced, no label', 'Reference 185057800608491 attached.'],
  ['valid digits under an order label', 'Order number 1 85 05 78 006 084 91 has shipped.'],
  ['tracking number of 15 digits', 'Tracking: 420123456789012 via La Poste.'],
];

describe('fr-nir detector', () => {
  it.each(positives)('finds %s', (_name, text, value) => expectFinding(text, 'NATIONAL_ID', value, 'fr_nir'));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('checks the key', () => {
    expect(frNirValid('185057800608491')).toBe(true);
    expect(frNirValid('185057800608490')).toBe(false);
    expect(frNirValid('18505780060849')).toBe(false);
  });
});
