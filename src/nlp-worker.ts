/**
 * The worker thread of nlp-thread.ts: loads compromise, then tags one text per request from the
 * shared buffer and writes its terms back as JSON.
 */
import { workerData } from 'node:worker_threads';
import { FIRST_SENTENCE, loadedNlp, tagWith } from '../detectors/nlp.js';
import { ANSWER, BUFFER_CHARS, FAILED, IDLE, LENGTH, readChars, REQUEST, STATE, TOO_LONG } from './nlp-thread.js';

const shared = workerData as SharedArrayBuffer;
const ctl = new Int32Array(shared, 0, 2);
const chars = new Uint16Array(shared, 8);

function serve(): void {
  const nlp = loadedNlp();
  tagWith(nlp, FIRST_SENTENCE);
  Atomics.store(ctl, STATE, IDLE);
  Atomics.notify(ctl, STATE);
  for (;;) {
    // Sleeps on whatever the state is until the caller posts a request (and notifies).
    let state: number;
    while ((state = Atomics.load(ctl, STATE)) !== REQUEST) Atomics.wait(ctl, STATE, state);
    const json = JSON.stringify(tagWith(nlp, readChars(chars, ctl[LENGTH]!)));
    if (json.length > BUFFER_CHARS) {
      Atomics.store(ctl, STATE, TOO_LONG);
    } else {
      for (let i = 0; i < json.length; i++) chars[i] = json.charCodeAt(i);
      ctl[LENGTH] = json.length;
      Atomics.store(ctl, STATE, ANSWER);
    }
    Atomics.notify(ctl, STATE);
  }
}

try {
  serve();
} catch {
  Atomics.store(ctl, STATE, FAILED);
  Atomics.notify(ctl, STATE);
}
