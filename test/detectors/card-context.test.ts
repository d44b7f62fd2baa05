// The expiry and CVV detectors accept a label near a card number: the distance rule at its edges.
import { describe, expect, it } from 'vitest';
import { expectFinding, expectNoFinding, found } from './helpers.js';

const CARD = '4111 1111 1111 1111';

/** `gap` spaces between the card number and the label, more than any trailer or digit run spans. */
const after = (gap: number, label: string) => `${CARD}${' '.repeat(gap)}${label}`;

describe('card context distance', () => {
  it('takes an unlabelled compact expiry ("exp 0328") up to 119 characters after a card', () => {
    expectFinding(after(119, 'exp 0328'), 'CARD_EXPIRY', '0328');
    expectNoFinding(after(120, 'exp 0328'), ['CARD_EXPIRY']);
  });

  it('takes a "security code" up to 119 characters after a card', () => {
    expectFinding(after(119, 'security code 737'), 'CARD_CVV', '737');
    expectNoFinding(after(120, 'security code 737'), ['CARD_CVV']);
  });

  it('takes a "security code" before a card whose end is less than 120 characters after the label', () => {
    const label = 'security code 737';
    // The card ends label start + label + gap + card length characters after the label's start.
    const gap = 119 - label.length - CARD.length;
    expectFinding(`${label}${' '.repeat(gap)}${CARD}`, 'CARD_CVV', '737');
    expectNoFinding(`${label}${' '.repeat(gap + 1)}${CARD}`, ['CARD_CVV']);
  });

  it('stays exact with thousands of cards and labels in one text', () => {
    const many = Array.from({ length: 3000 }, () => after(5, 'exp 0328')).join('\n');
    expectFinding(`${many}\n${after(119, 'exp 0429')}`, 'CARD_EXPIRY', '0429');
    const far = found(`${many}\n${after(120, 'exp 0429')}`).filter((f) => f.type === 'CARD_EXPIRY');
    expect(far).toHaveLength(3000);
    expect(far.some((f) => f.value === '0429')).toBe(false);
  });
});
