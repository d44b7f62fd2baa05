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

const SEP = '[\\s\\-_]{0,3}';
const OPTIONAL_APOSTROPHE = "['’]?";
const OPTIONAL_DOT = '\\.?';

function phraseAtoms(phrase: string): Atom[] {
  const atoms: Atom[] = [];
  for (const ch of phrase.toLowerCase()) {
    if (ch === ' ' || ch === '-' || ch === '_') {
      if (atoms[atoms.length - 1] !== SEP) atoms.push(SEP);
    } else if (ch === "'" || ch === '’') atoms.push(OPTIONAL_APOSTROPHE);
    else if (ch === '.') atoms.push(OPTIONAL_DOT);
    else if (/[a-z0-9]/.test(ch)) atoms.push(ch);
    else if (/[\p{L}\p{N}]/u.test(ch)) atoms.push(ch);
    else atoms.push('\\' + ch);
  }
  return atoms;
}

/** ASCII code -> 1 for the characters of non-Unicode \b words: [A-Za-z0-9_]. */
const WORD = new Uint8Array(128);
/** ASCII code -> its lower case (A-Z to a-z, others unchanged). */
const LOWER = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  LOWER[c] = c >= 65 && c <= 90 ? c + 32 : c;
  WORD[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 ? 1 : 0;
}

function isWord(c: number): boolean {
  return c < 128 && WORD[c] === 1;
}

/** The characters of the regex class [\s\-_]: ECMAScript white space and line terminators, "-", "_". */
export function isSeparator(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || c === 45 || c === 95;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

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

const LITERAL = 0;
const SEPARATORS = 1; // [\s\-_]{0,3}
const APOSTROPHE = 2; // ['’]?
const DOT = 3; // \.?

/** A step-table entry: several children (or an optional one) may go on with this character. */
const WALK = 0xffff;

/**
 * A node of the trie of every phrase, as the scanner walks it: per child, in the regex's
 * alternation order (the phrases' order), its atom, the atom's kind and, for a literal, the code
 * units it matches (the 'i' flag's: both cases of an ASCII letter, the case class of a non-ASCII
 * character; always at least two entries, repeated, so reads stay in bounds).
 */
class MatchNode {
  terminal = false;
  /** Index in FlatTrie.nodes. */
  id = -1;
  readonly atoms: Atom[] = [];
  readonly kinds: number[] = [];
  readonly codes: (readonly number[])[] = [];
  readonly next: MatchNode[] = [];
  /** ASCII code -> the children walk() tries for it, in order; [128]: all (other characters, the text's end). */
  viable: (readonly number[])[] | undefined = undefined;
}

/**
 * The scanner's fast path over the trie, in flat arrays by node id (a few contiguous arrays stay
 * in cache between texts; objects scattered over the heap did not).
 */
interface FlatTrie {
  nodes: MatchNode[];
  terminal: Uint8Array;
  /**
   * At `pool[at[id] + c]`, ASCII code c -> what can go on with it: 0 nothing, WALK several
   * children or an optional one (walk() tries them), else 1 + the id of the one literal child
   * that takes it. `at` is -1 on a node with at most one child, a literal: `c0`/`c1` are its
   * ASCII codes (-1 when it has none), `only` its id.
   */
  at: Int32Array;
  pool: Uint16Array;
  c0: Int32Array;
  c1: Int32Array;
  only: Int32Array;
  /** 1 when a non-ASCII character (or the text's end) may go on: a non-ASCII literal or an optional child; else walk() would find nothing. */
  wide: Uint8Array;
  /**
   * The id of the child of a node whose one child is a separator atom, when that child cannot
   * start with a separator (it is not wide, and no ASCII separator starts it): then only the
   * greedy count of separators can lead anywhere, and the scanner takes it without walk(); else -1.
   */
  sepChild: Int32Array;
}

function numbered(node: MatchNode, nodes: MatchNode[]): void {
  node.id = nodes.length;
  nodes.push(node);
  for (const child of node.next) numbered(child, nodes);
}

/** The child of `node` for `atom`, added (with its kind and codes) when new. */
function childFor(node: MatchNode, atom: Atom, classes: Map<string, number[]>): MatchNode {
  const k = node.atoms.indexOf(atom);
  if (k >= 0) return node.next[k]!;
  let kind = LITERAL;
  let codes: number[];
  if (atom === SEP) kind = SEPARATORS;
  else if (atom === OPTIONAL_APOSTROPHE) kind = APOSTROPHE;
  else if (atom === OPTIONAL_DOT) kind = DOT;
  if (kind !== LITERAL) codes = [-1, -1];
  else {
    const ch = atom.length === 2 && atom[0] === '\\' ? atom[1]! : atom;
    if (ch.length !== 1) throw new Error(`word lists: "${ch}" is not one UTF-16 code unit`);
    const c = ch.charCodeAt(0);
    if (c >= 128) {
      let forms = classes.get(ch);
      if (!forms) classes.set(ch, (forms = caseClass(ch).map((f) => f.charCodeAt(0))));
      codes = forms.length === 1 ? [forms[0]!, forms[0]!] : forms;
    } else codes = c >= 97 && c <= 122 ? [c, c - 32] : [c, c];
  }
  const child = new MatchNode();
  node.atoms.push(atom);
  node.kinds.push(kind);
  node.codes.push(codes);
  node.next.push(child);
  return child;
}

/** Whether `node` gets a step table (more than one child, or an optional one). */
function tabled(node: MatchNode): boolean {
  return node.kinds.length > 1 || (node.kinds.length === 1 && node.kinds[0] !== LITERAL);
}

/** Sets of ASCII codes as four 32-bit words. */
type CodeSet = number[];
const ALL_CODES: CodeSet = [-1, -1, -1, -1];

function hasCode(set: CodeSet, c: number): boolean {
  return ((set[c >> 5]! >>> (c & 31)) & 1) === 1;
}

function addCode(set: CodeSet, c: number): void {
  set[c >> 5] = set[c >> 5]! | (1 << (c & 31));
}

/**
 * The ASCII codes at which a match entering `node` can possibly go on (conservative: every code
 * where the node is a terminal, as "s", \b or the text's end may follow; non-ASCII characters are
 * always tried).
 */
function startSet(node: MatchNode, memo: Map<MatchNode, CodeSet>): CodeSet {
  let out = memo.get(node);
  if (out) return out;
  if (node.terminal) out = ALL_CODES;
  else {
    out = [0, 0, 0, 0];
    for (let k = 0; k < node.kinds.length; k++) {
      const takes = takesOf(node, k, memo);
      for (let w = 0; w < 4; w++) out[w] = out[w]! | takes[w]!;
    }
  }
  memo.set(node, out);
  return out;
}

/** The ASCII codes at which child `k` of `node` can possibly go on (conservative). */
function takesOf(node: MatchNode, k: number, memo: Map<MatchNode, CodeSet>): CodeSet {
  const kind = node.kinds[k]!;
  const out: CodeSet = [0, 0, 0, 0];
  if (kind === LITERAL) {
    for (const c of node.codes[k]!) if (c < 128) addCode(out, c);
    return out;
  }
  // An optional atom: the characters it takes, or (skipped) those its child can start with.
  const skipped = startSet(node.next[k]!, memo);
  for (let w = 0; w < 4; w++) out[w] = skipped[w]!;
  if (kind === SEPARATORS) {
    for (let c = 0; c < 128; c++) if (isSeparator(c)) addCode(out, c);
  } else addCode(out, kind === APOSTROPHE ? 39 : 46);
  return out;
}

/** Fills the step tables of `node`'s subtree, children first, into `pool` from `used.at`. */
function finish(node: MatchNode, flat: FlatTrie, used: { at: number }, memo: Map<MatchNode, CodeSet>): void {
  for (const child of node.next) finish(child, flat, used, memo);
  const count = node.kinds.length;
  const id = node.id;
  flat.terminal[id] = node.terminal ? 1 : 0;
  flat.wide[id] = node.kinds.some((kind, k) => kind !== LITERAL || node.codes[k]!.some((c) => c >= 128)) ? 1 : 0;
  if (count === 1 && node.kinds[0] === SEPARATORS) {
    const child = node.next[0]!;
    const starts = startSet(child, memo);
    let separatorStarts = false;
    for (let c = 0; c < 128; c++) if (isSeparator(c) && hasCode(starts, c)) separatorStarts = true;
    if (flat.wide[child.id] === 0 && !separatorStarts) flat.sepChild[id] = child.id;
  }
  if (!tabled(node)) {
    flat.at[id] = -1;
    if (count === 1 && node.codes[0]![0]! < 128) {
      flat.c0[id] = node.codes[0]![0]!;
      flat.c1[id] = node.codes[0]![1]!;
      flat.only[id] = node.next[0]!.id;
    }
    return;
  }
  const at = used.at;
  used.at += 128;
  flat.at[id] = at;
  const pool = flat.pool;
  /** ASCII code -> the literal child that takes it, or -1. */
  const literals = new Array<number>(128).fill(-1);
  const optional: number[] = [];
  for (let k = 0; k < count; k++) {
    if (node.kinds[k] !== LITERAL) optional.push(k);
    else {
      for (const c of node.codes[k]!) {
        if (c >= 128) continue;
        literals[c] = k;
        pool[at + c] = node.next[k]!.id + 1;
      }
    }
  }
  if (!optional.length) return;
  // Where an optional child may go on too (it takes the character, or its child can start with
  // it), walk() tries every such child and the literal one, in order.
  const all = node.kinds.map((_, k) => k);
  const none: number[] = [];
  const viable = new Array<readonly number[]>(129).fill(none);
  viable[128] = all;
  const takes = optional.map((k) => takesOf(node, k, memo));
  const shared = new Map<string, number[]>();
  for (let c = 0; c < 128; c++) {
    const literal = literals[c]!;
    const takers: number[] = [];
    for (let j = 0; j < optional.length; j++) if (hasCode(takes[j]!, c)) takers.push(optional[j]!);
    if (!takers.length) {
      if (literal >= 0) viable[c] = [literal];
      continue;
    }
    if (literal >= 0) takers.push(literal);
    takers.sort((x, y) => x - y);
    const key = takers.join(',');
    let list = shared.get(key);
    if (!list) shared.set(key, (list = takers));
    viable[c] = list;
    pool[at + c] = WALK;
  }
  node.viable = viable;
}

function countTabled(node: MatchNode): number {
  let n = tabled(node) ? 1 : 0;
  for (const child of node.next) n += countTabled(child);
  return n;
}

function trieToRegex(node: MatchNode): string {
  const branches: string[] = [];
  for (let k = 0; k < node.next.length; k++) {
    const child = node.next[k]!;
    const rest = child.next.length ? trieToRegex(child) : '';
    const tail = child.next.length ? (child.terminal ? `(?:${rest})?` : rest) : '';
    branches.push(node.atoms[k]! + tail);
  }
  if (branches.length === 1) return branches[0]!;
  return `(?:${branches.join('|')})`;
}

/**
 * Marks at `out[at + c]` every lower-case ASCII c a match can go on with after reaching `node`;
 * true when anything may follow (a phrase can end there: "s", a non-word character or the text's
 * end). Optional atoms (separators, "'", ".") let the next atom's characters through too.
 * Non-ASCII characters are never marked: the scanner always tries them.
 */
function markNext(node: MatchNode, out: Uint8Array, at: number): boolean {
  if (node.terminal) return true;
  for (let k = 0; k < node.kinds.length; k++) {
    const kind = node.kinds[k]!;
    if (kind === LITERAL) {
      for (const c of node.codes[k]!) if (c < 128) out[at + LOWER[c]!] = 1;
      continue;
    }
    if (kind === SEPARATORS) {
      for (let c = 0; c < 128; c++) if (isSeparator(c)) out[at + c] = 1;
    } else out[at + (kind === APOSTROPHE ? 39 : 46)] = 1;
    if (markNext(node.next[k]!, out, at)) return true;
  }
  return false;
}

/**
 * Where a match entered at a node can end, deepest terminal first: positions of the terminals
 * passed on a path followed without backtracking (enter). Nested walks push above their caller's
 * entries and leave the stack as they found it. Its depth is bounded by the longest phrase (checked).
 */
const ends = new Int32Array(1024);
let endsTop = 0;

/**
 * The end of the match that the regex `<children of node>s?\b` (flags 'iy') finds at `p` of
 * `text`, or -1: the children tried in the regex's order (alternation order, separators greedy),
 * each entered depth first, so the first match found is the regex's.
 */
function walk(flat: FlatTrie, node: MatchNode, text: string, p: number): number {
  const n = text.length;
  const at = p < n ? text.charCodeAt(p) : 128;
  const kinds = node.kinds;
  const viable = node.viable ? node.viable[at < 128 ? at : 128]! : undefined;
  const count = viable ? viable.length : kinds.length;
  for (let v = 0; v < count; v++) {
    const k = viable ? viable[v]! : v;
    const kind = kinds[k]!;
    const child = node.next[k]!;
    let r = -1;
    if (kind === LITERAL) {
      if (p < n) {
        const codes = node.codes[k]!;
        if (at === codes[0] || at === codes[1] || (codes.length > 2 && codes.includes(at))) r = enter(flat, child.id, text, p + 1);
      }
    } else if (kind === SEPARATORS) {
      let m = 0;
      while (m < 3 && p + m < n && isSeparator(text.charCodeAt(p + m))) m++;
      for (; m >= 0 && r < 0; m--) r = enter(flat, child.id, text, p + m);
    } else {
      if (p < n && (kind === APOSTROPHE ? at === 39 || at === 0x2019 : at === 46)) r = enter(flat, child.id, text, p + 1);
      if (r < 0) r = enter(flat, child.id, text, p);
    }
    if (r >= 0) return r;
  }
  return -1;
}

/**
 * After the atom leading to `node` matched up to `p`: the end of the match, or -1. A node's longer
 * phrases are tried before the phrase ending at it (`(?:rest)?` is greedy). Where the step table
 * says at most one literal child can go on with the next character (the usual case: the atoms of
 * a node are distinct characters, no non-ASCII case form is ASCII, and optional atoms that cannot
 * lead anywhere from that character are left out), the path is followed without backtracking and
 * the terminals passed are remembered, to be tried deepest first when it ends; anything else is
 * left to walk().
 */
function enter(flat: FlatTrie, id: number, text: string, p: number): number {
  const n = text.length;
  const base = endsTop;
  const { terminal, at: tableAt, pool, c0, c1, only, wide, sepChild } = flat;
  let r = -1;
  for (;;) {
    const sep = sepChild[id]!;
    if (sep >= 0) {
      if (terminal[id] === 1) ends[endsTop++] = p;
      let m = 0;
      while (m < 3 && p + m < n && isSeparator(text.charCodeAt(p + m))) m++;
      id = sep;
      p += m;
      continue;
    }
    const c = p < n ? text.charCodeAt(p) : 128;
    const at = tableAt[id]!;
    const step = c >= 128 ? (wide[id] === 1 ? WALK : 0) : at >= 0 ? pool[at + c]! : c === c0[id] || c === c1[id] ? only[id]! + 1 : 0;
    if (step === WALK) {
      r = walk(flat, flat.nodes[id]!, text, p);
      if (r < 0 && terminal[id] === 1) r = ending(text, p);
      break;
    }
    if (terminal[id] === 1) ends[endsTop++] = p;
    if (step === 0) break;
    id = step - 1;
    p++;
  }
  while (r < 0 && endsTop > base) r = ending(text, ends[--endsTop]!);
  endsTop = base;
  return r;
}

/** `s?\b` at `p` (after at least one matched character): the end of the match, or -1. */
function ending(text: string, p: number): number {
  const n = text.length;
  const before = isWord(text.charCodeAt(p - 1));
  if (p < n) {
    const c = text.charCodeAt(p);
    if ((c === 115 || c === 83) && (p + 1 === n || !isWord(text.charCodeAt(p + 1)))) return p + 1;
    return before !== isWord(c) ? p : -1;
  }
  return before ? p : -1;
}
/**
 * All word lists of a registry compiled into one matcher. Its hits are by definition those of one
 * regex, `\b(?:<trie of every phrase>)s?\b` with the 'gi' flags, read left to right (kept as
 * `reference`, for the tests). Reading that regex at every position of every text, and compiling
 * it, were the largest single costs of a scan, so the text is read by a scanner instead: it stops
 * only at word starts (\b before an ASCII letter or digit) whose first two characters can begin a
 * phrase (a 128 x 128 table, case-folded; a non-ASCII second character is always tried) and walks
 * the trie there in the regex's order of trying. The trie's root branches begin with distinct
 * characters, so only the one for that first character can match there, and the scanner goes on
 * after a match where the 'g' regex would: same hits, same offsets, same order. The text is read
 * in place, never copied or case-folded.
 */
export class Vocabulary {
  /** Lower-case ASCII first character -> the id of the trie node after it. */
  private readonly branches = new Int32Array(128).fill(-1);
  private readonly flat: FlatTrie;
  /** (first << 7) | second, both lower-case ASCII -> 1 when a phrase can begin with them. */
  private readonly pairs = new Uint8Array(128 * 128);
  /** Lower-case ASCII -> 1 when a phrase begins with it. */
  private readonly starts = new Uint8Array(128);
  private readonly root = new MatchNode();
  private referenceRegex: RegExp | undefined;
  private readonly listsByKey = new Map<string, number[]>();

  constructor(lists: readonly WordList[]) {
    const root = this.root;
    const classes = new Map<string, number[]>();
    for (const list of lists) {
      for (const phrase of list.phrases) {
        const key = phraseKey(phrase);
        if (!key) throw new Error(`word list ${list.name}: empty phrase`);
        if (!/^[a-z0-9].*[a-z0-9]$|^[a-z0-9]$/i.test(phrase)) throw new Error(`word list ${list.name}: "${phrase}" must start and end with an ASCII letter or digit`);
        const ids = this.listsByKey.get(key) ?? [];
        if (!ids.includes(list.id)) ids.push(list.id);
        this.listsByKey.set(key, ids);
        const atoms = phraseAtoms(phrase);
        if (atoms.length >= ends.length) throw new Error(`word list ${list.name}: "${phrase}" is too long`);
        let node = root;
        for (const atom of atoms) node = childFor(node, atom, classes);
        node.terminal = true;
      }
    }
    let tables = 0;
    const nodes: MatchNode[] = [];
    for (const branch of root.next) {
      tables += countTabled(branch);
      numbered(branch, nodes);
    }
    const count = nodes.length;
    // Step entries are 1 + a node id, in 16 bits (11,000 nodes today).
    if (count >= WALK - 1) throw new Error(`word lists: ${count} trie nodes, more than the scanner's tables hold`);
    const pool = new Uint16Array(128 * tables);
    const flat: FlatTrie = { nodes, terminal: new Uint8Array(count), at: new Int32Array(count), pool, c0: new Int32Array(count).fill(-1), c1: new Int32Array(count).fill(-1), only: new Int32Array(count).fill(-1), wide: new Uint8Array(count), sepChild: new Int32Array(count).fill(-1) };
    this.flat = flat;
    const used = { at: 0 };
    const memo = new Map<MatchNode, CodeSet>();
    for (let k = 0; k < root.next.length; k++) {
      // Every phrase starts with an ASCII letter or digit, lower case here: a one-character atom.
      const first = root.atoms[k]!.charCodeAt(0);
      const branch = root.next[k]!;
      finish(branch, flat, used, memo);
      this.branches[first] = branch.id;
      this.starts[first] = 1;
      if (markNext(branch, this.pairs, first << 7)) this.pairs.fill(1, first << 7, (first + 1) << 7);
    }
  }

  /** Every keyword occurrence in `text`, sorted by start: those of `reference(text)`. */
  find(text: string): Hit[] {
    const hits: Hit[] = [];
    const branches = this.branches;
    const flat = this.flat;
    const pairs = this.pairs;
    const starts = this.starts;
    const n = text.length;
    let prevWord = false;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128) {
        prevWord = false;
        continue;
      }
      const word = WORD[c] === 1;
      if (word && !prevWord) {
        const first = LOWER[c]!;
        const d = i + 1 < n ? text.charCodeAt(i + 1) : 128;
        if (d < 128 ? pairs[(first << 7) | LOWER[d]!] === 1 : starts[first] === 1) {
          const end = enter(flat, branches[first]!, text, i + 1);
          if (end >= 0) {
            const lists = this.listsOf(text.slice(i, end));
            if (lists) hits.push({ start: i, end, lists });
            // A match ends with an ASCII letter or digit before \b: go on after it, as 'g' does.
            i = end - 1;
          }
        }
      }
      prevWord = word;
    }
    return hits;
  }

  /** The hits by their definition: the one 'gi' regex over `text` (for the tests). */
  reference(text: string): Hit[] {
    // Whole words only: "pin" must not fire inside "shipping", "card" inside "discarded". Every
    // phrase starts and ends with an ASCII letter or digit, so ASCII \b is enough.
    const re = (this.referenceRegex ??= new RegExp(`\\b${this.root.next.length ? trieToRegex(this.root) : '(?!)'}s?\\b`, 'gi'));
    const hits: Hit[] = [];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const lists = this.listsOf(m[0]);
      if (lists) hits.push({ start: m.index, end: re.lastIndex, lists });
    }
    return hits;
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

/** The spans of `re` (global) in `text`: labels in a script the keyword matcher does not read (Arabic). */
export function labelsMatching(text: string, re: RegExp): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
