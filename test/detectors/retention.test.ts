/**
 * What a scan leaves behind: findings and the engine's memos (keyword spellings, solicitation
 * sentences) must not hold views of the scanned text. V8 keeps a slice of 13
 * characters or more as a view of its whole parent, so one such string kept after the scan keeps
 * a large document's normalised copy alive (16 MB for an 8 MB document).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { prepare, scan } from '../../detectors/index.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * HTML (so normalising makes a copy), an e-mail address (its mask keeps the domain), a long keyword
 * and a request (each remembered by a memo), a phone number, and filler.
 */
const REPLY =
  '<p>Hi Rudo,&nbsp;your card ending •••• 4242 is fine and no Account-Number is needed. Write to ' +
  'tendai.moyo@support-desk.example.co.zw or call +263 71 555 0148; ' +
  'please reply with your PIN so we can verify you.</p>\n' +
  'Thank you for contacting us about your delivery, which left our warehouse this morning. '.repeat(12) + '\n\n';

describe('after a scan', () => {
  it('neither its findings nor the memos keep a copy of the text alive', () => {
    // join, not repeat: a flat string from the start (repeat's result is flattened, a copy, by the scan).
    const text = new Array<string>(Math.ceil((2 << 20) / REPLY.length)).fill(REPLY).join('');
    const textBytes = text.length * 2; // two bytes a character: "•" is outside Latin-1
    prepare(); // loads compromise and compiles the patterns: memory that stays, but not the text's
    gc();
    const before = process.memoryUsage().heapUsed;
    const findings = scan(text);
    gc();
    const kept = process.memoryUsage().heapUsed - before;
    expect(findings.length).toBeGreaterThan(2000);
    // The findings themselves take about 1.7 MB here (4,956 of them, 0.4 textBytes); a kept normalised
    // copy would add textBytes on top of them.
    expect(kept).toBeLessThan(textBytes * 0.8);
  });
});
