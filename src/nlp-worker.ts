/**
 * The worker thread of nlp-thread.ts: loads compromise, then tags one text per request from the
 * shared buffer and writes its terms back as JSON.
 */
import { workerData } from 'node:worker_threads';
import { FIRST_SENTENCE, loadedNlp, tagWith } from '../detectors/nlp.js';
import { ANSWER, BUFFER_CHARS, FAILED, IDLE, LENGTH, readChars, REQUEST, STATE, TOO_LONG } from './nlp-thread.js';

/**
 * Sentences of the kind the rules leave to compromise, tagged while no request waits: its first
 * calls run cold (several times slower), and the caller blocks on each of them.
 */
const WARM_UP = [
  'Could you confirm the last four digits of the card you used yesterday?',
  'Kindly help Sipho recover the password he set last week by sending it here.',
  'We will never ask you to share your PIN with anyone.',
  'Jot down your PIN and email it to Farai before the branch closes.',
  'Send the verification code from the SMS so our agent can finish the transfer.',
  "If you can't find the one-time code, tell us and we'll resend it.",
  'The technician needs the Wi-Fi password to finish the installation.',
  'Our supervisor Grace will phone you later; have the card and the code from the letter ready.',
];

const shared = workerData as SharedArrayBuffer;
const ctl = new Int32Array(shared, 0, 2);
const chars = new Uint16Array(shared, 8);

function serve(): void {
  const nlp = loadedNlp();
  tagWith(nlp, FIRST_SENTENCE);
  Atomics.store(ctl, STATE, IDLE);
  Atomics.notify(ctl, STATE);
  for (let round = 0; round < 2; round++) {
    for (const sentence of WARM_UP) if (Atomics.load(ctl, STATE) !== REQUEST) tagWith(nlp, sentence);
  }
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
