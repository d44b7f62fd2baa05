/**
 * Context words: the labels around a candidate ("card", "IBAN", "order number") that raise or
 * lower its score, and the keywords that trigger label-driven detectors ("password:", "PIN").
 *
 * Every detector declares its word lists; the registry compiles all of them into ONE
 * case-insensitive regex (a trie, so the engine tests each position once) that runs once per
 * text. Detectors then ask cheap questions of the sorted hits: "which label ends nearest before
 * this number?", "is there a banking word within 60 characters?".
 */

let nextListId = 0;

/** A named list of context phrases. Phrases are matched as whole words, case-insensitively. */
export class WordList {
  readonly id = nextListId++;
  constructor(
    readonly name: string,
    /**
     * Lower-case phrases. A space, "-" or "_" matches any run of up to three spaces, hyphens or
     * underscores, or none ("credit card" also matches "credit-card", "creditcard"); "'" and "."
     * are optional ("driver's", "no."). A trailing plural "s" is always accepted.
     */
    readonly phrases: readonly string[],
  ) {}
}

export function words(name: string, phrases: readonly string[]): WordList {
  return new WordList(name, phrases);
}

/** A keyword occurrence in the normalised text. */
export interface Hit {
  start: number;
  end: number;
  /** Ids of every WordList the phrase belongs to. */
  lists: readonly number[];
}

/** Lists the hit belongs to, tested by id. */
export function hitIn(hit: Hit, list: WordList): boolean {
  return hit.lists.includes(list.id);
}

/**
 * A copy of `s` that shares no memory with the text it was cut from, for keys of memos that outlive
 * a scan. V8 keeps a slice of 13 characters or more (and a concatenation holding one) as a view of
 * its whole parent: one such key keeps an 8 MB document's normalised text alive after its scan.
 * Prepending a character and slicing it off makes V8 copy the characters into a string of its own.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** Separator-insensitive key of a phrase or of matched text. */
function phraseKey(s: string): string {
  return s.toLowerCase().replace(/[\s\-_'’.]+/g, '');
}

type Atom = string; // a regex fragment for one phrase character

function phraseAtoms(phrase: string): Atom[] {
  const atoms: Atom[] = [];
  for (const ch of phrase.toLowerCase()) {
    if (ch === ' ' || ch === '-' || ch === '_') {
      if (atoms[atoms.length - 1] !== SEP) atoms.push(SEP);
    } else if (ch === "'" || ch === '’') atoms.push("['’]?");
    else if (ch === '.') atoms.push('\\.?');
    else if (/[a-z0-9]/.test(ch)) atoms.push(ch);
    else if (/[\p{L}\p{N}]/u.test(ch)) atoms.push(ch);
    else atoms.push('\\' + ch);
  }
  return atoms;
}

const SEP = '[\\s\\-_]{0,3}';

interface TrieNode {
  children: Map<Atom, TrieNode>;
  terminal: boolean;
}

function trieToRegex(node: TrieNode, spell: (atom: Atom) => Atom): string {
  const branches: string[] = [];
  for (const [atom, child] of node.children) {
    const rest = child.children.size ? trieToRegex(child, spell) : '';
    const tail = child.children.size ? (child.terminal ? `(?:${rest})?` : rest) : '';
    branches.push(spell(atom) + tail);
  }
  if (branches.length === 1) return branches[0]!;
  return `(?:${branches.join('|')})`;
}

/** Texts up to this length are matched folded (a copy); longer ones in place, with the 'i' regex. */
export const MAX_FOLDED = 1 << 16;

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * The characters that non-Unicode /i matches to `ch` (one non-ASCII character, so no regex
 * syntax), `ch` among them: those of its case forms that the 'i' flag itself takes for it.
 * test/detectors/context.test.ts checks this against all 65,536 code units for every phrase.
 */
export function caseClass(ch: string): string[] {
  const same = new RegExp(`^${ch}$`, 'i');
  const forms = [ch, ch.toUpperCase(), ch.toLowerCase(), ch.toUpperCase().toLowerCase(), ch.toLowerCase().toUpperCase()];
  return [...new Set(forms)].filter((f) => f.length === 1 && same.test(f));
}

/**
 * All word lists of a registry compiled into one matcher. Case-insensitive, but not with the 'i'
 * flag on reply-sized texts: the text is folded first (A-Z to a-z, each non-ASCII character of a
 * phrase to one form of its case class) and read by a case-sensitive twin of the regex, which
 * compiles about four times faster and makes the whole scan about a tenth faster (the 'i' regex's
 * machine code is several times larger). Same trie, same alternation order, same characters
 * matched, same offsets (folding keeps the length).
 */
export class Vocabulary {
  /** For texts up to MAX_FOLDED, on the folded text. */
  private readonly folded: RegExp;
  /** For longer texts (no copy of them), compiled on first use. */
  private caseless: RegExp | undefined;
  private readonly caselessSource: string;
  /** Non-ASCII character -> the form of its case class the folded regex spells. */
  private readonly foldOf = new Map<number, number>();
  private readonly listsByKey = new Map<string, number[]>();

  constructor(lists: readonly WordList[]) {
    const root: TrieNode = { children: new Map(), terminal: false };
    for (const list of lists) {
      for (const phrase of list.phrases) {
        const key = phraseKey(phrase);
        if (!key) throw new Error(`word list ${list.name}: empty phrase`);
        if (!/^[a-z0-9].*[a-z0-9]$|^[a-z0-9]$/i.test(phrase)) throw new Error(`word list ${list.name}: "${phrase}" must start and end with an ASCII letter or digit`);
        const ids = this.listsByKey.get(key) ?? [];
        if (!ids.includes(list.id)) ids.push(list.id);
        this.listsByKey.set(key, ids);
        let node = root;
        for (const atom of phraseAtoms(phrase)) {
          let child = node.children.get(atom);
          if (!child) {
            child = { children: new Map(), terminal: false };
            node.children.set(atom, child);
          }
          node = child;
        }
        node.terminal = true;
      }
    }
    const spellFolded = (atom: Atom): Atom => {
      const escaped = atom.length === 2 && atom[0] === '\\';
      const ch = escaped ? atom[1]! : atom;
      if (ch.length !== 1 || ch.charCodeAt(0) < 128) return atom;
      const forms = caseClass(ch);
      const form = forms.reduce((a, b) => (b < a ? b : a));
      for (const f of forms) this.foldOf.set(f.charCodeAt(0), form.charCodeAt(0));
      return escaped ? '\\' + form : form;
    };
    const body = root.children.size ? trieToRegex(root, (atom) => atom) : '(?!)';
    const foldedBody = root.children.size ? trieToRegex(root, spellFolded) : '(?!)';
    // Whole words only: "pin" must not fire inside "shipping", "card" inside "discarded". ASCII
    // \b is five times faster here than Unicode-aware lookarounds, and every phrase starts and
    // ends with an ASCII letter or digit. Folding keeps word characters word characters.
    this.folded = new RegExp(`\\b${foldedBody}s?\\b`, 'g');
    this.caselessSource = `\\b${body}s?\\b`;
  }

  /**
   * Every keyword occurrence in `text`, sorted by start. `inPlace`: read the text itself with the
   * 'i' regex (the same hits), as for long texts; a long text's windows (engine.ts) are read so too,
   * folding each of them cost more than the folded regex saves.
   */
  find(text: string, inPlace = text.length > MAX_FOLDED): Hit[] {
    const hits: Hit[] = [];
    const re = inPlace ? (this.caseless ??= new RegExp(this.caselessSource, 'gi')) : this.folded;
    const subject = inPlace ? text : this.fold(text);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(subject))) {
      const end = re.lastIndex;
      // The spelling as written: the memo and the lists see the original text.
      const lists = this.listsOf(inPlace ? m[0] : text.slice(m.index, end));
      if (lists) hits.push({ start: m.index, end, lists });
    }
    return hits;
  }

  /** `text` as the folded regex reads it: same length, A-Z as a-z, phrase characters as their class's form. */
  private fold(text: string): string {
    if (!NON_ASCII.test(text)) return text.toLowerCase();
    let out = '';
    const codes: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      codes.push(c >= 65 && c <= 90 ? c + 32 : c < 128 ? c : (this.foldOf.get(c) ?? c));
      if (codes.length === 4096) {
        out += String.fromCharCode(...codes);
        codes.length = 0;
      }
    }
    return out + String.fromCharCode(...codes);
  }

  /** Memo of matched spelling -> lists: the same few words recur in every text. */
  private readonly spellings = new Map<string, readonly number[] | null>();

  private listsOf(matched: string): readonly number[] | undefined {
    const known = this.spellings.get(matched);
    if (known !== undefined) return known ?? undefined;
    const key = phraseKey(matched);
    const lists = this.listsByKey.get(key) ?? (key.endsWith('s') ? this.listsByKey.get(key.slice(0, -1)) : undefined);
    if (this.spellings.size > 50_000) this.spellings.clear();
    this.spellings.set(detached(matched), lists ?? null);
    return lists;
  }
}

const NO_HITS: readonly Hit[] = [];

/**
 * Sorted keyword hits of one text, with the queries detectors need. All positions are in the
 * normalised text.
 */
export class HitIndex {
  constructor(readonly hits: readonly Hit[]) {}

  /** Index of the first hit whose start is >= pos. */
  private lowerBound(pos: number): number {
    let lo = 0;
    let hi = this.hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.hits[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The hit of any of `lists` that ends nearest before `pos`, ending no further than `window`
   * characters before it.
   */
  nearestBefore(pos: number, lists: readonly WordList[], window: number): Hit | undefined {
    for (let i = this.lowerBound(pos) - 1; i >= 0; i--) {
      const hit = this.hits[i]!;
      if (hit.end > pos) continue;
      if (hit.end < pos - window - 40) break; // hits are sorted by start; phrases are short
      if (hit.end < pos - window) continue;
      for (const list of lists) if (hit.lists.includes(list.id)) return hit;
    }
    return undefined;
  }

  /** The first hit of any of `lists` starting at or after `pos` and no later than `pos + window`. */
  nearestAfter(pos: number, lists: readonly WordList[], window: number): Hit | undefined {
    for (let i = this.lowerBound(pos); i < this.hits.length; i++) {
      const hit = this.hits[i]!;
      if (hit.start > pos + window) break;
      for (const list of lists) if (hit.lists.includes(list.id)) return hit;
    }
    return undefined;
  }

  /** True when a hit of `list` lies within [start - before, end + after). */
  near(start: number, end: number, list: WordList, before: number, after: number): boolean {
    for (let i = this.lowerBound(start - before - 40); i < this.hits.length; i++) {
      const hit = this.hits[i]!;
      if (hit.start >= end + after) break;
      if (hit.end < start - before) continue;
      if (hit.lists.includes(list.id)) return true;
    }
    return false;
  }

  private byList: Map<number, readonly Hit[]> | undefined;

  /**
   * Hits of `list`, in order, found on first use. Only the lists detectors ask for get a bucket
   * (a dozen of the registry's lists): bucketing every hit by every list it is in costs a large
   * document megabytes that outlive the pass.
   */
  of(list: WordList): readonly Hit[] {
    this.byList ??= new Map();
    let bucket = this.byList.get(list.id);
    if (!bucket) {
      const found = this.hits.filter((hit) => hit.lists.includes(list.id));
      bucket = found.length ? found : NO_HITS;
      this.byList.set(list.id, bucket);
    }
    return bucket;
  }
}
