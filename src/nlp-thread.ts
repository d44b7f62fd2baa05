/**
 * compromise in a worker thread, for batch mode: it takes about half a second to load, which the
 * worker spends while this thread warms up the detectors, so the first results come sooner on a
 * machine with a core to spare. The detectors still call it synchronously (detectors/nlp.ts
 * useTagger): a request goes through a shared buffer and this thread blocks on an Atomics wait
 * until the worker answers. A reply that needs compromise before the worker is ready waits for it;
 * if the worker fails, compromise is loaded in this thread. The worker runs the same code on the
 * same compromise (detectors/nlp.ts tagWith), so the findings do not depend on where it ran.
 */
import { Worker } from 'node:worker_threads';
import { useTagger, type Term } from '../detectors/nlp.js';

/** ctl[STATE] says whose turn it is; ctl[LENGTH] is the length of the text in the buffer. */
export const STATE = 0;
export const LENGTH = 1;
/** The worker is loading compromise. */
export const LOADING = 0;
/** Ready for a request. */
export const IDLE = 1;
/** A sentence is in the buffer. */
export const REQUEST = 2;
/** The terms are in the buffer, as JSON. */
export const ANSWER = 3;
/** The answer did not fit: tag it in this thread. */
export const TOO_LONG = 4;
/** The worker failed: tag everything in this thread. */
export const FAILED = 5;

/** Characters the buffer holds: sentences sent are at most 600; their terms as JSON far fewer than this. */
export const BUFFER_CHARS = 1 << 17;

/** How long a request may wait for the worker before this thread does the work itself. */
const WAIT_MS = 30_000;

/** Starts the worker and routes the detectors' compromise calls to it. */
export function startNlpThread(): void {
  const shared = new SharedArrayBuffer(8 + 2 * BUFFER_CHARS);
  const ctl = new Int32Array(shared, 0, 2);
  const chars = new Uint16Array(shared, 8);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./nlp-worker.js', import.meta.url), { workerData: shared });
  } catch {
    return;
  }
  // It never keeps the process alive; it stops with it. One that died is not waited for (seen
  // between scans; during one, the wait times out).
  worker.unref();
  worker.on('error', () => Atomics.store(ctl, STATE, FAILED));
  worker.on('exit', () => Atomics.store(ctl, STATE, FAILED));
  const tag = (text: string): Term[][] | undefined => {
    const terms = request(ctl, chars, text);
    // A failed or stuck worker is not asked again.
    if (!terms && Atomics.load(ctl, STATE) !== IDLE) useTagger(undefined);
    return terms;
  };
  useTagger(tag);
}

/** Waits while ctl[STATE] is `state`; false when the worker did not move on in time. */
function waitWhile(ctl: Int32Array, state: number): boolean {
  const deadline = performance.now() + WAIT_MS;
  while (Atomics.load(ctl, STATE) === state) {
    const left = deadline - performance.now();
    if (left <= 0) return false;
    Atomics.wait(ctl, STATE, state, left);
  }
  return true;
}

/** Terms of `text` from the worker; undefined when this thread must tag it. */
function request(ctl: Int32Array, chars: Uint16Array, text: string): Term[][] | undefined {
  if (text.length > BUFFER_CHARS || !waitWhile(ctl, LOADING) || Atomics.load(ctl, STATE) !== IDLE) return undefined;
  for (let i = 0; i < text.length; i++) chars[i] = text.charCodeAt(i);
  ctl[LENGTH] = text.length;
  Atomics.store(ctl, STATE, REQUEST);
  Atomics.notify(ctl, STATE);
  if (!waitWhile(ctl, REQUEST)) return undefined;
  const state = Atomics.load(ctl, STATE);
  if (state === TOO_LONG) Atomics.store(ctl, STATE, IDLE);
  if (state !== ANSWER) return undefined;
  const json = readChars(chars, ctl[LENGTH]!);
  Atomics.store(ctl, STATE, IDLE);
  return JSON.parse(json) as Term[][];
}

/** The first `length` characters of the buffer as a string. */
export function readChars(chars: Uint16Array, length: number): string {
  let s = '';
  for (let i = 0; i < length; i += 8192) s += String.fromCharCode(...chars.subarray(i, Math.min(length, i + 8192)));
  return s;
}
