import { describe, expect, it } from 'vitest';
import { cniValid } from '../../../detectors/national-id/sn-cni.js';
import { expectFinding, expectNoFinding, found } from '../helpers.js';

// Senegalese CNI / NIN: 13 digits (sex, centre, birth year, serial) or 17; no check: only right next to its keyword.
const positives: [name: string, text: string, value: string, score: number][] = [
  ['field list', 'Récapitulatif :\n- CNI : 2307199942716\n- Mobile : +221 76 611 63 10', '2307199942716', 0.95],
  ['grouped', 'NIN : 1 751 1985 01234', '1 751 1985 01234', 0.95],
  ['n° filler', 'CNI n° 1751198501234', '1751198501234', 0.95],
  ['17-digit CEDEAO card', 'Numéro CNI 12345678901234567', '12345678901234567', 0.95],
  ['long keyword', "carte nationale d'identite : 2307199942716", '2307199942716', 0.95],
  ['votre', 'Le numéro de votre CNI est 2307199942716.', '2307199942716', 0.95],
  ['HTML', '<td>CNI</td><td>2307199942716</td>', '2307199942716', 0.95],
];

const negatives: [name: string, text: string][] = [
  ['no keyword', 'Commande 2307199942716 expédiée.'],
  ['keyword not next to it', 'Merci pour la copie de la CNI ; votre ticket 2307199942716 est ouvert.'],
  ['first digit 3', 'CNI : 3307199942716'],
  ['birth year in the future', 'CNI : 2307209942716'],
  ['EAN barcode', 'EAN 2307199942716'],
  ['phone', 'CNI reçue, appelez le +221 76 611 63 10'],
  ['masked', 'CNI : *********2716'],
];

describe('sn-cni detector', () => {
  it.each(positives)('finds %s', (_name, text, value, score) => {
    expectFinding(text, 'NATIONAL_ID', value, 'sn_cni');
    expect(found(text).find((f) => f.value === value)?.score).toBe(score);
  });
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['NATIONAL_ID']));

  it('checks sex digit and birth year', () => {
    expect(cniValid('2307199942716')).toBe(true);
    expect(cniValid('2307189942716')).toBe(false);
    expect(cniValid('12345678901234567')).toBe(true);
    expect(cniValid('32345678901234567')).toBe(false);
  });
});
