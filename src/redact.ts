/**
 * Redaction: rewrites the spans of findings in a reply body, plain text or HTML.
 *
 * Operators:
 * - `mask`: every letter and digit becomes "•" except the last `keep`; separators stay, so
 *   "4111 1111 1111 1111" becomes "•••• •••• •••• 1111". Like the finding previews, never more than
 *   a third of a value's letters and digits stays visible.
 * - `label`: the value becomes its type, "[CARD NUMBER]".
 * - `remove`: the value goes.
 *
 * HTML: only text, attribute values and raw text (comments, script...) change, and only their
 * letters, digits and separators: tags and entities stay whole. A value split by inline tags
 * ("4111 <b>1111</b> 1111 1111") is rewritten around the tags, which stay. An entity counts as one
 * character (`&#52;` is a digit, `&nbsp;` a separator) and is never cut. A value inside a link target
 * (href="tel:+263...") is rewritten in place, so the link no longer carries it: it becomes a dead
 * tel:/mailto: link showing the mask. Within a value's span, what the scanner read changes (text,
 * href/title/alt values, textarea content); what it skipped (style="...", comments, script) changes
 * only where a span starts or ends inside it.
 *
 * What cannot be rewritten without breaking markup is left as it is and handed back (`unredacted`),
 * so that the caller fails closed: a span that starts or ends inside a tag's name or attribute
 * names (for instance "<john@x.com>", which HTML reads as a tag and the scanner as text), or one
 * covering a tag the scanner read as text (detectors/normalize.ts keeps only known tag names).
 *
 * The HTML is tokenized once with htmlparser2's Tokenizer (a linear state machine) and spans are
 * visited in order, so a pass is linear in the input and the number of spans.
 */
import { QuoteType, Tokenizer } from 'htmlparser2';
import type { FindingType } from '../detectors/index.js';
import { decodeEntity, HTML_TAGS, SKIP_CONTENT_TAGS, TEXT_ATTRIBUTE_NAMES } from '../detectors/normalize.js';

export type Operator =
  | { readonly kind: 'mask'; readonly keep: number }
  | { readonly kind: 'label' }
  | { readonly kind: 'remove' };

/** A range to rewrite, offsets into the exact string given; findings are spans. */
export interface RedactionSpan {
  readonly start: number;
  readonly end: number;
  /** Names the label ("[CARD NUMBER]"). */
  readonly type?: FindingType;
  /** Overrides the operator passed to redactText/redactHtml for this span. */
  readonly operator?: Operator;
}

export interface HtmlRedaction<S extends RedactionSpan> {
  readonly html: string;
  /** Spans that touch markup this module will not rewrite; their values may still be in `html`. */
  readonly unredacted: S[];
}

export const MASK_CHAR = '•';
export const DEFAULT_OPERATOR: Operator = { kind: 'mask', keep: 4 };

/** "[CARD NUMBER]" for CARD_NUMBER. */
export function labelFor(type: FindingType | undefined): string {
  return type ? `[${type.replace(/_/g, ' ')}]` : '[REDACTED]';
}

export function redactText(text: string, spans: readonly RedactionSpan[], operator: Operator = DEFAULT_OPERATOR): string {
  return rewrite(text, plainLayout(text), spans, operator).output;
}

export function redactHtml<S extends RedactionSpan>(html: string, spans: readonly S[], operator: Operator = DEFAULT_OPERATOR): HtmlRedaction<S> {
  const { output, unredacted } = rewrite(html, htmlLayout(html), spans, operator);
  return { html: output, unredacted };
}

// ---------------------------------------------------------------------------------------------
// Layout: where a string holds text, attribute values, raw text and markup.

/** `text` and `attr` (an attribute value) hold entities; `raw` (comments, script, textarea...) does not. */
type Kind = 'text' | 'attr' | 'raw';

interface Segment {
  readonly start: number;
  end: number;
  readonly kind: Kind;
  /**
   * Whether the scanner read it (normalize.ts): text, href/title/alt... values, textarea content.
   * Those are rewritten wherever a span covers them. What it skipped (comments, script, style,
   * other attributes such as style="color:#111") is not part of a value that merely spans its tag,
   * so it changes only where a span starts or ends inside it.
   */
  readonly read: boolean;
  /** An attribute value written without quotes: what replaces it must not contain spaces. */
  unquoted: boolean;
}

/** A tag, comment or declaration, from "<" to ">". */
interface Piece {
  readonly start: number;
  readonly end: number;
  /** False for a tag normalize.ts reads as text (an unknown name such as "john@x.com"). */
  readonly known: boolean;
}

interface Layout {
  /** Sorted, disjoint. Positions in no segment are markup. */
  readonly segments: readonly Segment[];
  /** Sorted, disjoint. */
  readonly pieces: readonly Piece[];
}

function plainLayout(text: string): Layout {
  return { segments: [{ start: 0, end: text.length, kind: 'text', read: true, unquoted: false }], pieces: [] };
}

/** Elements whose content HTML does not parse as markup. */
const RAW_TEXT_TAGS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

const READ_ATTRIBUTES = new Set(TEXT_ATTRIBUTE_NAMES);

function isKnownTag(name: string): boolean {
  return HTML_TAGS.has(name) || name.includes(':');
}

function htmlLayout(html: string): Layout {
  const segments: Segment[] = [];
  const pieces: Piece[] = [];
  let tagStart = 0;
  let tagName = '';
  let inRawText = false;
  let attribute: Segment | undefined;
  let attributeRead = false;
  const endOpenTag = (gt: number): void => {
    pieces.push({ start: tagStart, end: gt + 1, known: isKnownTag(tagName) });
    inRawText = RAW_TEXT_TAGS.has(tagName);
    attribute = undefined;
  };
  const tokenizer = new Tokenizer(
    { decodeEntities: false },
    {
      ontext(start, end) {
        const kind = inRawText ? 'raw' : 'text';
        const last = segments[segments.length - 1];
        // "a < b" arrives in pieces (one per "<"): one segment keeps hostile input cheap.
        if (last && last.kind === kind && last.end === start) last.end = end;
        else segments.push({ start, end, kind, read: !(inRawText && SKIP_CONTENT_TAGS.has(tagName)), unquoted: false });
      },
      onattribdata(start, end) {
        if (attribute && attribute.end === start) attribute.end = end;
        else segments.push((attribute = { start, end, kind: 'attr', read: attributeRead, unquoted: false }));
      },
      onattribend(quote) {
        if (attribute && quote === QuoteType.Unquoted) attribute.unquoted = true;
        attribute = undefined;
      },
      onattribentity() {},
      onattribname(start, end) {
        attribute = undefined;
        attributeRead = READ_ATTRIBUTES.has(html.slice(start, end).toLowerCase());
      },
      oncdata() {},
      onclosetag(start, end) {
        const name = html.slice(start, end).toLowerCase();
        const gt = html.indexOf('>', end);
        pieces.push({ start: start - 2, end: gt < 0 ? html.length : gt + 1, known: isKnownTag(name) });
        inRawText = false;
      },
      oncomment(start, end, offset) {
        pieces.push({ start: html.lastIndexOf('<', start), end: end + 1, known: true });
        if (end - offset > start) segments.push({ start, end: end - offset, kind: 'raw', read: false, unquoted: false });
      },
      ondeclaration(start, end) {
        pieces.push({ start: start - 2, end: end + 1, known: true });
      },
      onend() {},
      onopentagend: endOpenTag,
      onopentagname(start, end) {
        tagStart = start - 1;
        tagName = html.slice(start, end).toLowerCase();
      },
      onprocessinginstruction() {},
      onselfclosingtag: endOpenTag,
      ontextentity() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return { segments, pieces };
}

/** Index of the last item whose start is <= pos, or -1. */
function lastStartingAtOrBefore(items: readonly { readonly start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start <= pos) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

function segmentAt(layout: Layout, pos: number): Segment | undefined {
  const seg = layout.segments[lastStartingAtOrBefore(layout.segments, pos)];
  return seg && pos < seg.end ? seg : undefined;
}

function pieceAt(layout: Layout, pos: number): Piece | undefined {
  const piece = layout.pieces[lastStartingAtOrBefore(layout.pieces, pos)];
  return piece && pos < piece.end ? piece : undefined;
}

// ---------------------------------------------------------------------------------------------
// Units: what counts as one character.

/** Entity tokens, the same shape normalize.ts decodes. */
const ENTITY = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[a-zA-Z][a-zA-Z\d]{1,31});?/y;
const LONGEST_ENTITY = 34;
const ALNUM = /^[\p{L}\p{N}]/u;

/** Length of the entity starting at `at` (ending by `limit`), or 0 when none is decoded there. */
function entityLength(source: string, at: number, limit: number): number {
  ENTITY.lastIndex = at;
  const m = ENTITY.exec(source);
  if (!m || at + m[0].length > limit || decodeEntity(m[0]) === undefined) return 0;
  return m[0].length;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The character (entity, surrogate pair or code unit) that position `pos` of `seg` belongs to. */
function unitAround(source: string, seg: Segment, pos: number): [number, number] {
  if (seg.kind !== 'raw') {
    for (let i = pos; i >= seg.start && i > pos - LONGEST_ENTITY; i--) {
      if (source.charCodeAt(i) !== 0x26 /* & */) continue;
      const len = entityLength(source, i, seg.end);
      if (i + len > pos) return [i, i + len];
      break;
    }
  }
  const code = source.charCodeAt(pos);
  if (isLowSurrogate(code) && pos > seg.start && isHighSurrogate(source.charCodeAt(pos - 1))) return [pos - 1, pos + 1];
  if (isHighSurrogate(code) && pos + 1 < seg.end && isLowSurrogate(source.charCodeAt(pos + 1))) return [pos, pos + 2];
  return [pos, pos + 1];
}

/** Length of the unit starting at `pos` in a text or attribute segment. */
function unitLength(source: string, pos: number, limit: number): number {
  const code = source.charCodeAt(pos);
  if (code === 0x26) return entityLength(source, pos, limit) || 1;
  return isHighSurrogate(code) && pos + 1 < limit && isLowSurrogate(source.charCodeAt(pos + 1)) ? 2 : 1;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/** True when the unit source[start, end) is a letter or digit (an entity: what it decodes to). */
function isAlnumUnit(source: string, start: number, end: number): boolean {
  const c = source.charCodeAt(start);
  if (end - start === 1 && c < 128) return isAsciiAlnum(c);
  const unit = source.slice(start, end);
  if (c === 0x26) {
    const decoded = decodeEntity(unit);
    return decoded === undefined || ALNUM.test(decoded);
  }
  return ALNUM.test(unit);
}

/** Raw text: every letter and digit becomes the mask character, nothing else changes. */
function maskRaw(text: string): string {
  return text.replace(/[\p{L}\p{N}]/gu, MASK_CHAR);
}

// ---------------------------------------------------------------------------------------------
// Spans.

interface Group<S> {
  start: number;
  end: number;
  operator: Operator;
  type: FindingType | undefined;
  readonly members: S[];
}

function strength(op: Operator): number {
  if (op.kind === 'remove') return 1000;
  if (op.kind === 'label') return 999;
  return 998 - Math.min(op.keep, 998);
}

/** Offsets come from the scanner: one outside the string means the spans belong to another text. */
function checkSpan(span: RedactionSpan, length: number): void {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > length || end < start) {
    throw new RangeError(`redaction span [${String(start)}, ${String(end)}) is not inside a string of length ${length}`);
  }
  if (span.operator) checkOperator(span.operator);
}

function checkOperator(op: Operator): void {
  if (op.kind === 'mask' && !(Number.isInteger(op.keep) && op.keep >= 0)) throw new RangeError('mask keep must be a non-negative integer');
}

/** Spans widened to whole characters, sorted, overlapping ones merged under the strongest operator. */
function groupSpans<S extends RedactionSpan>(source: string, layout: Layout, spans: readonly S[], fallback: Operator): Group<S>[] {
  const widened: Group<S>[] = [];
  for (const span of spans) {
    checkSpan(span, source.length);
    if (span.end === span.start) continue;
    let { start, end } = span;
    const first = segmentAt(layout, start);
    if (first) start = unitAround(source, first, start)[0];
    const last = segmentAt(layout, end - 1);
    if (last) end = unitAround(source, last, end - 1)[1];
    widened.push({ start, end, operator: span.operator ?? fallback, type: span.type, members: [span] });
  }
  // Scanner findings arrive sorted: check before paying for a sort.
  const byStart = (a: Group<S>, b: Group<S>): number => a.start - b.start || b.end - a.end;
  if (widened.some((g, i) => i > 0 && byStart(widened[i - 1]!, g) > 0)) widened.sort(byStart);
  const groups: Group<S>[] = [];
  for (const g of widened) {
    const prev = groups[groups.length - 1];
    if (!prev || g.start >= prev.end) {
      groups.push(g);
      continue;
    }
    prev.end = Math.max(prev.end, g.end);
    prev.members.push(...g.members);
    if (strength(g.operator) > strength(prev.operator)) prev.operator = g.operator;
  }
  return groups;
}

/** True when rewriting the group's text would leave part of its value in markup. */
function touchesMarkup(source: string, layout: Layout, g: Group<RedactionSpan>): boolean {
  if (!segmentAt(layout, g.start) && pieceAt(layout, g.start)?.start !== g.start) return true;
  if (!segmentAt(layout, g.end - 1) && pieceAt(layout, g.end - 1)?.end !== g.end) return true;
  for (let i = Math.max(0, lastStartingAtOrBefore(layout.pieces, g.start)); i < layout.pieces.length; i++) {
    const piece = layout.pieces[i]!;
    if (piece.start >= g.end) break;
    if (!piece.known && piece.start >= g.start && piece.end <= g.end) return true;
  }
  // An unquoted value whose rest would start with a quote once its head is rewritten
  // ("href=mailto:\"" losing "mailto:") would open a quoted value: leave it whole.
  const seg = segmentAt(layout, g.end - 1);
  if (seg?.unquoted && g.start <= seg.start && g.end < seg.end && UNQUOTED_OPENERS.includes(source.charAt(g.end))) return true;
  return false;
}

/** Characters that may not open an unquoted attribute value. */
const UNQUOTED_OPENERS = '"\'=`<';

// ---------------------------------------------------------------------------------------------
// Rewriting.

type Mode = 'copy' | 'units' | 'raw';

interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly mode: Mode;
  readonly segment?: Segment;
}

/** The group's range cut at segment boundaries, each piece with what to do to it. */
function chunksOf(layout: Layout, g: Group<RedactionSpan>): Chunk[] {
  const chunks: Chunk[] = [];
  let i = Math.max(0, lastStartingAtOrBefore(layout.segments, g.start));
  let pos = g.start;
  while (pos < g.end) {
    let seg = layout.segments[i];
    while (seg && seg.end <= pos) seg = layout.segments[++i];
    if (!seg || seg.start >= g.end) {
      chunks.push({ start: pos, end: g.end, mode: 'copy' });
      break;
    }
    if (seg.start > pos) chunks.push({ start: pos, end: seg.start, mode: 'copy' });
    const start = Math.max(pos, seg.start);
    const end = Math.min(seg.end, g.end);
    const boundaryInside = (g.start >= seg.start && g.start < seg.end) || (g.end > seg.start && g.end <= seg.end);
    const mode: Mode = !seg.read && !boundaryInside ? 'copy' : seg.kind === 'raw' ? 'raw' : 'units';
    chunks.push({ start, end, mode, segment: seg });
    pos = end;
    i++;
  }
  return chunks;
}

function forEachUnit(source: string, chunk: Chunk, visit: (start: number, end: number) => void): void {
  for (let pos = chunk.start; pos < chunk.end; ) {
    const end = pos + unitLength(source, pos, chunk.end);
    visit(pos, end);
    pos = end;
  }
}

class Output {
  private readonly parts: string[] = [];
  private last = '';

  push(text: string): void {
    if (!text) return;
    this.parts.push(text);
    this.last = text;
  }

  endsWithMarkupStart(): boolean {
    const last = this.last.slice(-1);
    return last === '<' || last === '&';
  }

  toString(): string {
    return this.parts.join('');
  }
}

/** After `remove`, "<" or "&" before the gap must not join what follows into a tag or entity. */
const JOINS_MARKUP = /[A-Za-z!/?#]/;

function rewriteGroup(source: string, layout: Layout, g: Group<RedactionSpan>, out: Output): void {
  const chunks = chunksOf(layout, g);
  const op = g.operator;
  let alnumTotal = 0;
  if (op.kind === 'mask') {
    for (const c of chunks) if (c.mode === 'units') forEachUnit(source, c, (a, b) => void (isAlnumUnit(source, a, b) && alnumTotal++));
  }
  const visible = op.kind === 'mask' ? Math.min(op.keep, Math.floor(alnumTotal / 3)) : 0;
  let alnumSeen = 0;
  let textLabelled = false;
  let lastKind: string | undefined;
  for (const c of chunks) {
    if (c.mode === 'copy') {
      out.push(source.slice(c.start, c.end));
      continue;
    }
    if (c.mode === 'raw') {
      out.push(maskRaw(source.slice(c.start, c.end)));
      continue;
    }
    const seg = c.segment!;
    lastKind = seg.kind;
    let written = '';
    if (op.kind === 'mask') {
      forEachUnit(source, c, (a, b) => {
        const hide = isAlnumUnit(source, a, b) && ++alnumSeen <= alnumTotal - visible;
        written += hide ? MASK_CHAR : source.slice(a, b);
      });
    } else if (op.kind === 'label' && (seg.kind === 'attr' || !textLabelled)) {
      // Once in the visible text, once in each attribute value the span reaches.
      written = seg.unquoted ? labelFor(g.type).replace(/ /g, '&#32;') : labelFor(g.type);
      if (seg.kind === 'text') textLabelled = true;
    }
    const emptiedUnquoted = seg.unquoted && !written && c.start === seg.start && c.end === seg.end;
    out.push(emptiedUnquoted ? '""' : written);
  }
  // In text only: inside an attribute value "<" starts nothing, and a space would end an unquoted value.
  if (op.kind === 'remove' && lastKind === 'text' && out.endsWithMarkupStart() && JOINS_MARKUP.test(source.charAt(g.end))) out.push(' ');
}

function rewrite<S extends RedactionSpan>(source: string, layout: Layout, spans: readonly S[], fallback: Operator): { output: string; unredacted: S[] } {
  checkOperator(fallback);
  const out = new Output();
  const unredacted: S[] = [];
  let pos = 0;
  for (const g of groupSpans(source, layout, spans, fallback)) {
    out.push(source.slice(pos, g.start));
    // Rewriting part of it could still break the tag it cuts into: leave it whole, report it.
    if (touchesMarkup(source, layout, g)) {
      unredacted.push(...g.members);
      out.push(source.slice(g.start, g.end));
    } else {
      rewriteGroup(source, layout, g, out);
    }
    pos = g.end;
  }
  out.push(source.slice(pos));
  return { output: out.toString(), unredacted };
}
