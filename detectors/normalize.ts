/**
 * Text normalisation with an offset map back to the original.
 *
 * Detectors see one normalised string in which evasions are undone: HTML tags are dropped (block
 * tags become line breaks, link targets such as mailto:/tel: stay visible), entities are decoded,
 * zero-width characters and soft hyphens are removed, exotic spaces become ' ', exotic dashes
 * '-', full-width ASCII and other Unicode digits become ASCII. Every finding is then mapped back
 * to the ORIGINAL text with `toOriginal`.
 *
 * The map is a sorted list of "anchors": from anchor k on, normalised position p corresponds to
 * original position anchor.orig + (p - anchor.norm), except inside a replacement (an entity, a tag,
 * a surrogate pair), whose characters all map to the replaced original range. Plain text that needs
 * no change costs one regex test and no map at all.
 */

export interface Normalized {
  /** The text detectors scan. Never longer than the original. */
  readonly text: string;
  /** Maps a normalised range [start, end) to the original range. */
  toOriginal(start: number, end: number): { start: number; end: number };
}

/** Characters or constructs that need work; anything else is copied as is. */
const SPECIAL =
  /[\u00a0\u00ad\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u2000-\u202f\u205f-\u2064\u2212\u3000\ufe58\ufe63\ufeff\uff01-\uff5e]|\ud835[\udfce-\udfff]|&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[a-zA-Z][a-zA-Z\d]{1,31});?|<(?:!--|\/?[a-zA-Z][a-zA-Z\d:-]{0,20}[\s/>])/;

const SPECIAL_G = new RegExp(SPECIAL.source, 'g');

/**
 * The HTML entities of the accented Latin-1 letters, which mail clients write for Portuguese,
 * Spanish, French and German text ("senha provis&oacute;ria &eacute;", "Contrase&ntilde;a"):
 * "&eacute;" is "e" with a combining acute accent, composed; only names whose letter lies in
 * Latin-1 (U+00C0-U+00FF), which are exactly the HTML 4 ones ("&Agrave;" ... "&yuml;").
 */
function latin1Letters(): Record<string, string> {
  const marks: Record<string, string> = { grave: '\u0300', acute: '\u0301', circ: '\u0302', tilde: '\u0303', uml: '\u0308', ring: '\u030a', cedil: '\u0327' };
  const out: Record<string, string> = {};
  for (const base of 'AaCcEeIiNnOoUuYy') {
    for (const [name, mark] of Object.entries(marks)) {
      const ch = (base + mark).normalize('NFC');
      if (ch.length === 1 && ch >= '\u00c0' && ch <= '\u00ff') out[base + name] = ch;
    }
  }
  return out;
}

/** Decoded value of the named entities that occur in mail and helpdesk HTML. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  ndash: '-', mdash: '-', minus: '-', hyphen: '-', dash: '-', shy: '', zwj: '', zwnj: '', lrm: '',
  rlm: '', lsquo: "'", rsquo: "'", ldquo: '"', rdquo: '"', bull: '•', middot: '·', hellip: '…',
  commat: '@', period: '.', colon: ':', plus: '+', num: '#', lpar: '(', rpar: ')', sol: '/',
  excl: '!', quest: '?', equals: '=', lowbar: '_', ast: '*', percnt: '%', dollar: '$', pound: '£',
  euro: '€', copy: '©', reg: '®', trade: '™', deg: '°', times: '×', divide: '÷', NewLine: '\n',
  Tab: '\t',
  // Latin-1 letters that are no base letter with a mark (those are built by latin1Letters)
  szlig: 'ß', aelig: 'æ', AElig: 'Æ', oslash: 'ø', Oslash: 'Ø', eth: 'ð', ETH: 'Ð', thorn: 'þ', THORN: 'Þ',
  ...latin1Letters(),
};

/**
 * HTML tags known to mail bodies; `<word>` that is not one of these stays text (e.g. "<john@x.com>").
 * src/redact.ts reads it too: a tag normalize read as text may hold part of a value.
 */
export const HTML_TAGS: ReadonlySet<string> = new Set(
  ('a abbr address article aside b base bdi bdo big blockquote body br button caption center cite code col ' +
    'colgroup dd del details dfn div dl dt em fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 ' +
    'head header hr html i iframe img input ins kbd label legend li link main mark meta nav noscript ol ' +
    'optgroup option p pre q s samp script section select small span strike strong style sub summary sup ' +
    'table tbody td template textarea tfoot th thead time title tr tt u ul var wbr svg path').split(' '),
);

/** Tags whose boundary separates words or lines; inline tags (span, b, font...) join their neighbours. */
const BLOCK_TAGS = new Set(
  ('address article aside blockquote body br caption center dd details div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 head header hr html li main nav ol option p pre section summary table ' +
    'tbody td tfoot th thead title tr ul').split(' '),
);

/** The rest of a tag after "<", up to a bounded length (no "<" inside): keeps tag scanning linear. */
const TAG_BODY = /[^<>]{1,4000}>/y;

/**
 * What a tag boundary becomes: table cells a tab before each cell and rows one line each (so an
 * HTML table reads like the TSV an agent pastes, and detectors/tables.ts sees its columns), other
 * block tags a line break, inline tags nothing.
 */
function separatorOf(name: string, closing: boolean): string {
  if (name === 'td' || name === 'th') return closing ? '' : '\t';
  if (name === 'tr') return closing ? '' : '\n';
  return BLOCK_TAGS.has(name) ? '\n' : '';
}

/** Tags whose content is not text. */
export const SKIP_CONTENT_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'head', 'title', 'template']);

/**
 * Attributes whose values can carry data the reader acts on (mailto:, tel:, alt text) or copies
 * (a script or image URL with its API key: "<script src=\"...?key=AIza...\">").
 */
export const TEXT_ATTRIBUTE_NAMES: readonly string[] = ['href', 'title', 'alt', 'value', 'content', 'src'];
const TEXT_ATTRIBUTES = new RegExp(`\\b(${TEXT_ATTRIBUTE_NAMES.join('|')})\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'gi');

/** Written after an attribute value: no digit run, word or sentence continues across it. */
const VALUE_BREAK = '\n\n';

/** Replacement for a single special character, or undefined when it is kept. */
function foldChar(code: number): string | undefined {
  if (code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f) return ' ';
  if (code === 0xad || (code >= 0x200b && code <= 0x200f) || (code >= 0x2060 && code <= 0x2064) || code === 0xfeff) return '';
  if ((code >= 0x202a && code <= 0x202e)) return ''; // bidi embedding controls
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe58 || code === 0xfe63) return '-';
  if (code === 0x2018 || code === 0x2019 || code === 0x201b) return "'";
  if (code === 0x201c || code === 0x201d || code === 0x201f) return '"';
  if (code === 0x2028 || code === 0x2029) return '\n';
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0); // full-width ASCII
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(48 + code - 0x0660); // Arabic-Indic
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(48 + code - 0x06f0); // Persian
  if (code >= 0x0966 && code <= 0x096f) return String.fromCharCode(48 + code - 0x0966); // Devanagari
  if (code >= 0x09e6 && code <= 0x09ef) return String.fromCharCode(48 + code - 0x09e6); // Bengali
  return undefined;
}

/** The text an entity token stands for; undefined when it is not decoded (it stays text). */
export function decodeEntity(entity: string): string | undefined {
  const body = entity.endsWith(';') ? entity.slice(1, -1) : entity.slice(1);
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code < 1 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    const ch = String.fromCodePoint(code);
    const folded = ch.length === 1 ? foldChar(code) : undefined;
    return folded ?? ch;
  }
  // Named entities need the semicolon, except the few mail clients write bare.
  if (!entity.endsWith(';') && body !== 'nbsp' && body !== 'amp') return undefined;
  return NAMED_ENTITIES[body];
}

/** Anchors per block of the offset map (256 KB). */
const BLOCK_BITS = 14;
const BLOCK = 1 << BLOCK_BITS;

/**
 * The anchors, four int32 columns in typed arrays: a large HTML document has about one per 80
 * characters, and as objects they cost more memory than its text. The first block grows by
 * doubling (a reply needs a few); after it, full blocks are added, never copied, so a large
 * document leaves no outgrown arrays behind (they stay allocated until a full collection).
 */
class Anchors {
  /** norm, orig, origEnd, len per anchor. `norm`: first normalised position of the piece; `orig`..
   * `origEnd`: the original range its characters map to when `len` (its length in the normalised
   * text) is above 0, a replacement; len 0 is a plain offset anchor. */
  private readonly blocks: Int32Array[] = [new Int32Array(64)];
  length = 0;

  push(norm: number, orig: number, origEnd: number, len: number): void {
    const b = this.length >> BLOCK_BITS;
    if (b === this.blocks.length) this.blocks.push(new Int32Array(4 * BLOCK));
    let block = this.blocks[b]!;
    const at = 4 * (this.length & (BLOCK - 1));
    if (at === block.length) {
      const grown = new Int32Array(Math.min(2 * block.length, 4 * BLOCK));
      grown.set(block);
      this.blocks[b] = block = grown;
    }
    this.length++;
    block[at] = norm;
    block[at + 1] = orig;
    block[at + 2] = origEnd;
    block[at + 3] = len;
  }

  private field(k: number, f: number): number {
    return this.blocks[k >> BLOCK_BITS]![4 * (k & (BLOCK - 1)) + f]!;
  }

  norm(k: number): number {
    return this.field(k, 0);
  }
  orig(k: number): number {
    return this.field(k, 1);
  }
  origEnd(k: number): number {
    return this.field(k, 2);
  }
  len(k: number): number {
    return this.field(k, 3);
  }

  /** Moves the last anchor's original range (consecutive deletions share one anchor). */
  setLastOrigin(orig: number): void {
    const k = this.length - 1;
    const block = this.blocks[k >> BLOCK_BITS]!;
    const at = 4 * (k & (BLOCK - 1));
    block[at + 1] = orig;
    block[at + 2] = orig;
  }

  /**
   * Index of the last anchor whose `norm` is <= p, by binary search; -1 when there is none.
   * Zero-length replacements share `norm` with the next piece: moving right on equality prefers
   * the later anchor.
   */
  find(p: number): number {
    let lo = 0;
    let hi = this.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.norm(mid) <= p) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** Original position of normalised position p when p is not inside a replacement. */
  shifted(k: number, p: number): number {
    const len = this.len(k);
    return len > 0 ? this.origEnd(k) + (p - this.norm(k) - len) : this.orig(k) + (p - this.norm(k));
  }
}

class Builder {
  readonly parts: string[] = [];
  length = 0;
  readonly anchors = new Anchors();

  constructor(private readonly source: string) {}

  /** Original position that the next emitted character maps to if nothing changes. */
  private expectedOrigin(): number {
    const last = this.anchors.length - 1;
    return last < 0 ? this.length : this.anchors.shifted(last, this.length);
  }

  /** Copies source[a, b) unchanged. */
  copy(a: number, b: number): void {
    if (b <= a) return;
    if (this.expectedOrigin() !== a) this.anchors.push(this.length, a, a, 0);
    this.parts.push(this.source.slice(a, b));
    this.length += b - a;
  }

  /** Emits `text` standing for source[a, b). */
  replace(text: string, a: number, b: number): void {
    if (text.length === 0) {
      // A deletion: what follows continues at b. Consecutive deletions share one anchor.
      if (this.expectedOrigin() === b) return;
      const anchors = this.anchors;
      const last = anchors.length - 1;
      if (last >= 0 && anchors.len(last) === 0 && anchors.norm(last) === this.length) anchors.setLastOrigin(b);
      else anchors.push(this.length, b, b, 0);
      return;
    }
    // One character for one character keeps the identity map once we are aligned.
    if (text.length === 1 && b - a === 1 && this.expectedOrigin() === a) {
      this.parts.push(text);
      this.length += 1;
      return;
    }
    this.anchors.push(this.length, a, b, text.length);
    this.parts.push(text);
    this.length += text.length;
  }

  /** Copies source[a, b), folding special characters and entities (no tags). */
  emitText(a: number, b: number, withTags: boolean): void {
    const re = SPECIAL_G;
    let pos = a;
    re.lastIndex = a;
    while (pos < b) {
      const m = re.exec(this.source);
      if (!m || m.index >= b) break;
      const at = m.index;
      const token = m[0];
      this.copy(pos, at);
      pos = at + token.length;
      const first = token.charCodeAt(0);
      if (first === 0x26 /* & */) {
        const decoded = decodeEntity(token);
        if (decoded === undefined) this.copy(at, pos);
        else this.replace(decoded, at, pos);
      } else if (first === 0x3c /* < */) {
        if (!withTags) {
          this.copy(at, at + 1);
          pos = at + 1;
        } else {
          pos = this.emitTag(at, b);
        }
        re.lastIndex = pos;
      } else if (first === 0xd835) {
        const code = token.codePointAt(0) ?? 0;
        // Mathematical digits U+1D7CE..U+1D7FF come in five styles of ten.
        this.replace(String.fromCharCode(48 + ((code - 0x1d7ce) % 10)), at, pos);
      } else {
        const folded = foldChar(first);
        if (folded === undefined) this.copy(at, pos);
        else this.replace(folded, at, pos);
      }
      if (re.lastIndex < pos) re.lastIndex = pos;
    }
    this.copy(pos, b);
  }

  /** Where an element's closing tag ends; `from` when there is none (remembered, to stay linear). */
  private endOfElement(name: string, from: number, limit: number): number {
    const known = this.noClosingTagAfter.get(name);
    if (known !== undefined && known <= from) return from;
    const re = new RegExp(`</${name}\\s*>`, 'gi');
    re.lastIndex = from;
    const m = re.exec(this.source);
    if (!m || m.index + m[0].length > limit) {
      this.noClosingTagAfter.set(name, from);
      return from;
    }
    return m.index + m[0].length;
  }

  private readonly noClosingTagAfter = new Map<string, number>();

  /** Handles a tag starting at `at`; returns the position after it. */
  private emitTag(at: number, limit: number): number {
    const src = this.source;
    if (src.startsWith('<!--', at)) {
      const close = src.indexOf('-->', at + 4);
      const end = close < 0 || close + 3 > limit ? limit : close + 3;
      this.replace('', at, end);
      return end;
    }
    TAG_BODY.lastIndex = at + 1;
    const body = TAG_BODY.exec(src);
    const close = body ? at + body[0].length : -1;
    if (close < 0 || close >= limit) {
      this.copy(at, at + 1);
      return at + 1;
    }
    const inner = src.slice(at + 1, close);
    const nameMatch = /^\/?([a-zA-Z][a-zA-Z\d]*(?::[a-zA-Z\d]+)?)/.exec(inner);
    const name = nameMatch?.[1]?.toLowerCase() ?? '';
    if (!HTML_TAGS.has(name) && !name.includes(':')) {
      this.copy(at, at + 1);
      return at + 1;
    }
    const end = close + 1;
    const closing = inner.startsWith('/');
    // A script's or style's content is not text, but its attributes (a src URL) are read like any tag's.
    const skip = !closing && SKIP_CONTENT_TAGS.has(name);
    const skipTo = skip ? this.endOfElement(name, end, limit) : end;
    const separator = skip ? ' ' : separatorOf(name, closing);
    if (!closing) {
      // Link targets and alt text are part of what the recipient gets: scan them too.
      TEXT_ATTRIBUTES.lastIndex = 0;
      let m: RegExpExecArray | null;
      let cursor = at;
      let emitted = false;
      while ((m = TEXT_ATTRIBUTES.exec(inner))) {
        const value = m[2] ?? m[3] ?? m[4] ?? '';
        // An inline image's bytes ("data:image/png;base64,...") are no text.
        if (!value || value.startsWith('data:')) continue;
        const valueStart = at + 1 + m.index + m[0].length - value.length - (m[4] === undefined ? 1 : 0);
        this.replace(emitted ? VALUE_BREAK : ' ', cursor, valueStart);
        this.emitText(valueStart, valueStart + value.length, false);
        cursor = valueStart + value.length;
        emitted = true;
      }
      if (emitted) {
        // A blank line after the value keeps it apart from the link text: "tel:+27861112233" and
        // "0861 11 22 33" are two numbers, not one run of digits.
        this.replace(skipTo - cursor >= 2 ? VALUE_BREAK : '\n', cursor, skipTo);
        return skipTo;
      }
    }
    // "079 622<br>\n4956": the source's line break after a <br> is markup layout; the page shows
    // one line break, so the text gets one (a number wrapped there stays one number).
    const after = !closing && name === 'br' ? lineBreakAt(src, skipTo, limit) : 0;
    this.replace(separator, at, skipTo + after);
    return skipTo + after;
  }
}

/** Length of the line break ("\n" or "\r\n") at `at`, before `limit`; 0 when there is none. */
function lineBreakAt(src: string, at: number, limit: number): number {
  if (at < limit && src.charCodeAt(at) === 10) return 1;
  return at + 1 < limit && src.charCodeAt(at) === 13 && src.charCodeAt(at + 1) === 10 ? 2 : 0;
}

const IDENTITY_ORIGIN = (start: number, end: number) => ({ start, end });

/** True when the text contains anything `normalize` would change. */
export function needsNormalization(text: string): boolean {
  return SPECIAL.test(text);
}

export function normalize(text: string): Normalized {
  if (!SPECIAL.test(text)) return { text, toOriginal: IDENTITY_ORIGIN };
  const builder = new Builder(text);
  builder.emitText(0, text.length, true);
  const anchors = builder.anchors;
  const normText = builder.parts.join('');
  if (anchors.length === 0) return { text: normText, toOriginal: IDENTITY_ORIGIN };
  const originLength = text.length;
  const mapStart = (p: number): number => {
    const k = anchors.find(p);
    if (k < 0) return p;
    if (anchors.len(k) > 0 && p < anchors.norm(k) + anchors.len(k)) return anchors.orig(k);
    return anchors.shifted(k, p);
  };
  const mapEnd = (p: number): number => {
    // The end of the last character p - 1.
    if (p <= 0) return mapStart(0);
    const k = anchors.find(p - 1);
    if (k < 0) return p;
    if (anchors.len(k) > 0 && p - 1 < anchors.norm(k) + anchors.len(k)) return anchors.origEnd(k);
    return anchors.shifted(k, p - 1) + 1;
  };
  return {
    text: normText,
    toOriginal(start: number, end: number) {
      const s = mapStart(start);
      const e = Math.min(originLength, Math.max(s + 1, mapEnd(end)));
      return { start: Math.min(s, originLength), end: e };
    },
  };
}
