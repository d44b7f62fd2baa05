/**
 * CARD_EXPIRY: a card's expiry date, only when it is labelled as one in a card context ("exp
 * 08/27", "valid thru 11/2026" near a card) or written right after a card number ("4111 ... 12/27").
 * Dates elsewhere are not findings.
 */
import { CARD_WORDS, findPans, panEndsWithin, panTrailer } from './card.js';
import { labelsMatching, words } from './context.js';
import type { Detector } from './detector.js';
import type { Candidate } from './types.js';

export const EXPIRY_WORDS = words('card-expiry', [
  'exp', 'exp date', 'expiry', 'expiry date', 'expiration', 'expiration date', 'expires', 'expiring', 'expire', 'expired',
  'valid thru', 'valid through', 'valid until', 'valid till', 'good thru', 'card expiry', 'expiry month',
  'vence', 'validade', 'valable jusqu\'au', 'expire le', 'expire fin', 'válida hasta', 'valida hasta',
  'válido hasta',
  'date d\'expiration', 'ablaufdatum', 'gültig bis', 'gueltig bis', 'fecha de caducidad',
  'caducidad', 'fecha de vencimiento', 'vencimiento', 'data de validade', 'scadenza', 'geldig tot', 'vervaldatum',
  'expiry_date', 'exp_date', 'exp_month', 'expdate', 'inopera', 'rinopera', 'expirant',
  // Swahili "(it) ends", "expiry date"; Arabic "expiry date", "validity expiry date", "valid until".
  'inaisha', 'itaisha', 'tarehe ya kuisha',
]);

/**
 * Arabic expiry labels ("تاريخ الانتهاء", "تاريخ انتهاء الصلاحية", "صالحة حتى"): the keyword matcher
 * reads Latin-script words only, so they are found by a pattern that starts with a letter few texts hold.
 */
const ARABIC_EXPIRY = /تاريخ (?:ال)?انتهاء(?: الصلاحية)?|تاريخ الصلاحية|صالحة? حتى/gu;


/** Labels that name a card expiry even without a card word around. */
const CARD_SPECIFIC = /^(?:exp(?:iry|iration)?[\s_-]?date|good|card|expiry month|exp_?month|expdate)/i;

const VALUE = /(?:0?[1-9]|1[0-2])\s?[/.-]\s?(?:20)?\d{2}(?![\d/])|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s(?:20)?\d{2}(?!\d)/iy;
/** "exp. 05/29": the abbreviation's dot first. */
const CONNECTOR = /\.?["']?\s{0,2}(?:[:=-]|is|of|on|in|date)?\s{0,2}(?:[:=-]\s{0,2})?["']?/iy;
/**
 * "exp 0328", "&exp=0927": month and year without a separator, only right after a card number;
 * also year first, as payment messages write it ("EXP=2903", ISO 8583 YYMM), from 2024 on (so
 * that a year such as "2012" is not read as December 2020).
 */
const COMPACT_VALUE = /(?:(?:0[1-9]|1[0-2])\d{2}|(?:2[4-9]|3\d)(?:0[1-9]|1[0-2]))(?!\d)/y;
/**
 * "And the expiry?\nCALLER: 05/28.": the label asked as a question, the date as the answer, on the
 * same line or the next one after a speaker tag (a transcript or chat).
 */
const ANSWER = /\?["']?(?:[ \t]{1,3}|[ \t]*\r?\n[ \t]*(?:\p{L}[\p{L} .'-]{0,24}:[ \t]*)?)/uy;
/**
 * "batch number 24K118, expiry 11/2026", "Lot 4471B exp 03/27": the expiry of a batch of medicine
 * or food, not of a card ("charge" or "card" elsewhere in the text does not make it one).
 */
const PRODUCT_BEFORE = /\b(?:batch|lot|best before|use by|sell by|mfg|manufactured|manufacture|expiry of the (?:medicine|product|vaccine))\b[^.!?\n]{0,30}$/i;
/** The card this label follows is shown masked ("Visa •••• 4417 (expires 08/27)"): no full card, nothing to hide. */
const MASKED_CARD_BEFORE = /(?:[•*xX]{2,4}[ -]?\d{4,5}|ending(?: in)? \d{4,5})\)?[\s,;(-]{0,3}$/;

export const cardExpiry: Detector = {
  id: 'card-expiry',
  types: ['CARD_EXPIRY'],
  description: 'Card expiry dates (MM/YY, MM/YYYY, month name) when labelled in a card context or next to a card number',
  wordLists: [EXPIRY_WORDS, CARD_WORDS],
  find(doc, out) {
    const text = doc.text;
    const pans = findPans(doc);
    const seen = new Set<number>();
    const push = (start: number, end: number, score: number): void => {
      if (seen.has(start)) return;
      seen.add(start);
      out.push({ type: 'CARD_EXPIRY', subtype: 'expiry', start, end, score, masked: text.slice(start, end).replace(/\d/g, '•'), detector: 'card-expiry' } satisfies Candidate);
    };
    for (const pan of pans) {
      if (pan.score < 0.5) continue;
      const t = panTrailer(text, pan);
      if (t.expiry) push(t.expiry.start, t.expiry.end, 0.85);
    }
    // An indexOf first: most texts hold no Arabic, and the pattern would still read them whole.
    const arabic = text.includes('تاريخ') || text.includes('صالح');
    const hits = arabic ? [...doc.hits.of(EXPIRY_WORDS), ...labelsMatching(text, ARABIC_EXPIRY)] : doc.hits.of(EXPIRY_WORDS);
    for (const hit of hits) {
      CONNECTOR.lastIndex = hit.end;
      let at = CONNECTOR.test(text) ? CONNECTOR.lastIndex : hit.end;
      ANSWER.lastIndex = at;
      if (ANSWER.test(text)) at = ANSWER.lastIndex;
      // A reportable card ending at most one character after the label's start, less than 120 before it.
      const panBefore = panEndsWithin(doc, hit.start - 119, hit.start + 2);
      VALUE.lastIndex = at;
      COMPACT_VALUE.lastIndex = at;
      const end = VALUE.test(text) ? VALUE.lastIndex : panBefore && COMPACT_VALUE.test(text) ? COMPACT_VALUE.lastIndex : -1;
      if (end < 0 || MASKED_CARD_BEFORE.test(text.slice(Math.max(0, hit.start - 30), hit.start))) continue;
      const label = text.slice(hit.start, hit.end);
      if (!panBefore && PRODUCT_BEFORE.test(text.slice(Math.max(0, hit.start - 60), hit.start))) continue;
      const cardNear = panBefore || CARD_SPECIFIC.test(label) || doc.hits.near(hit.start, hit.end, CARD_WORDS, 80, 20);
      if (cardNear) push(at, end, 0.85);
    }
  },
};
