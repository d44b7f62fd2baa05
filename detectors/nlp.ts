/**
 * compromise, for the few sentences the solicitation rules cannot decide alone. It takes about
 * half a second to load, so it is loaded on first use, in this thread, unless the host has set a
 * tagger (`useTagger`): batch mode loads it in a worker thread meanwhile (src/nlp-thread.ts), so
 * that its first replies need not wait for it. Either way `tagWith` reads the same compromise
 * output into the same terms, so the findings do not depend on where it ran.
 */
// createRequire loads the compromise package (a dependency) on first use, so scan() stays
// synchronous and callers that never meet a borderline sentence never pay its load.
import { createRequire } from 'node:module';
import type nlpModule from 'compromise';

type Nlp = typeof nlpModule;

/** What solicitation.ts reads of one compromise term. */
export interface Term {
  text: string;
  pre: string;
  post: string;
  normal?: string;
  implicit?: string;
  /** Tagged Verb. */
  verb: boolean;
  /** Tagged Auxiliary, Modal or Copula. */
  aux: boolean;
}

let nlpFn: Nlp | undefined;

/** compromise, loaded in this thread. Its package exports a CJS build to require(). */
export function loadedNlp(): Nlp {
  if (!nlpFn) {
    const require = createRequire(import.meta.url);
    nlpFn = require('compromise') as Nlp;
  }
  return nlpFn;
}

/** Terms of each sentence compromise finds in `text`. */
export function tagWith(nlp: Nlp, text: string): Term[][] {
  const out: Term[][] = [];
  for (const terms of nlp(text).docs) {
    const sentence: Term[] = [];
    for (const t of terms) {
      const tags = t.tags ?? new Set<string>();
      const term: Term = {
        text: t.text,
        pre: t.pre,
        post: t.post,
        verb: tags.has('Verb'),
        aux: tags.has('Auxiliary') || tags.has('Modal') || tags.has('Copula'),
      };
      if (t.normal !== undefined) term.normal = t.normal;
      const implicit = (t as { implicit?: string }).implicit;
      if (implicit !== undefined) term.implicit = implicit;
      sentence.push(term);
    }
    out.push(sentence);
  }
  return out;
}

/** Sentence the loader tags at once, so that compromise's own first call is paid at load time. */
export const FIRST_SENTENCE = 'Please reply with the code we sent.';

/** Loads compromise in this thread and tags one sentence now, so the first borderline reply pays nothing. */
export function loadNlp(): void {
  tagWith(loadedNlp(), FIRST_SENTENCE);
}

/** Tags texts elsewhere (a worker thread, src/nlp-thread.ts); undefined when this thread must. */
export type Tagger = (text: string) => Term[][] | undefined;

let tagger: Tagger | undefined;

/** Routes compromise calls through `t` (undefined: back to this thread). */
export function useTagger(t: Tagger | undefined): void {
  tagger = t;
}

/** Terms of each sentence of `text`: from the tagger in use, else from compromise loaded here. */
export function termsOf(text: string): Term[][] {
  return tagger?.(text) ?? tagWith(loadedNlp(), text);
}

/** True once compromise has been loaded in this thread. */
export function nlpLoaded(): boolean {
  return nlpFn !== undefined;
}
