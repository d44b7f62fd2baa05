/**
 * compromise in a worker thread (src/nlp-thread.ts), as batch mode runs it: the built modules
 * (the worker is a compiled file; npm test builds first), a real worker thread.
 */
import { describe, expect, it } from 'vitest';
import { scan as scanHere } from '../detectors/index.js';

const DIST = new URL('../dist/', import.meta.url).href;

/** Sentences the solicitation rules leave to compromise, in replies with other values around them. */
const REPLIES = [
  'Can you confirm the last four digits of your card and the three digit code on the back?',
  'Hi Rudo, please help Sipho recover the password he set last week by sending it here. Card 4111 1111 1111 1111.',
  'Jot down your PIN and email it to Farai. Call +263 77 123 4567 if the branch is closed.',
];

describe('compromise in a worker thread', () => {
  it('gives the findings compromise gives in this thread, without loading it here', async () => {
    const { startNlpThread } = (await import(`${DIST}src/nlp-thread.js`)) as typeof import('../src/nlp-thread.js');
    const { scan } = (await import(`${DIST}detectors/index.js`)) as typeof import('../detectors/index.js');
    const nlp = (await import(`${DIST}detectors/nlp.js`)) as typeof import('../detectors/nlp.js');
    const { solicitationStats } = (await import(`${DIST}detectors/solicitation.js`)) as typeof import('../detectors/solicitation.js');
    startNlpThread();
    const before = solicitationStats().nlpCalls;
    for (const text of REPLIES) expect(scan(text)).toEqual(scanHere(text));
    expect(solicitationStats().nlpCalls - before).toBe(REPLIES.length);
    expect(nlp.nlpLoaded()).toBe(false);
  });
});
