/**
 * Redaction of plain text and HTML: tables of inputs and outputs, real scanner findings, and
 * properties on random HTML (markup never changes, output re-parses, the values are gone).
 */
import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { scan, type FindingType } from '../detectors/index.js';
import { normalize } from '../detectors/normalize.js';
import { redactHtml, redactText, type Operator, type RedactionSpan } from '../src/redact.js';

const MASK4: Operator = { kind: 'mask', keep: 4 };
const LABEL: Operator = { kind: 'label' };
const REMOVE: Operator = { kind: 'remove' };

/** The span of `value`'s first occurrence in `text` (after `from`). */
function spanOf(text: string, value: string, type: FindingType = 'CARD_NUMBER', from = 0): RedactionSpan {
  const start = text.indexOf(value, from);
  if (start < 0) throw new Error(`test setup: ${value} not in ${text}`);
  return { start, end: start + value.length, type };
}

/** Tags, attribute names and closing tags as htmlparser2 reads them: the markup that must not change. */
function tagSequence(html: string): string[] {
  const out: string[] = [];
  const parser = new Parser({
    onopentag(name, attribs) {
      out.push(`<${name} ${Object.keys(attribs).join(' ')}>`);
    },
    onclosetag(name, implied) {
      out.push(`</${name}${implied ? ' implied' : ''}>`);
    },
    oncomment() {
      out.push('<!---->');
    },
  });
  parser.end(html);
  return out;
}

/** Digits as the reader sees them: tags dropped, entities decoded. */
function visibleDigits(html: string): string {
  return normalize(html).text.replace(/\D/g, '');
}

describe('redactText', () => {
  const cases: { name: string; text: string; spans: (t: string) => RedactionSpan[]; op?: Operator; out: string }[] = [
    { name: 'mask keeps the last 4 and the separators', text: 'Card 4111 1111 1111 1111 ok', spans: (t) => [spanOf(t, '4111 1111 1111 1111')], out: 'Card •••• •••• •••• 1111 ok' },
    { name: 'mask with dashes', text: '4111-1111-1111-1111', spans: (t) => [spanOf(t, t)], out: '••••-••••-••••-1111' },
    { name: 'mask keep 2 on a phone keeps + and spaces', text: 'Call +263 77 123 4567.', spans: (t) => [spanOf(t, '+263 77 123 4567', 'PHONE_NUMBER')], op: { kind: 'mask', keep: 2 }, out: 'Call +••• •• ••• ••67.' },
    { name: 'mask never shows more than a third', text: 'PIN 12345 now', spans: (t) => [spanOf(t, '12345')], out: 'PIN ••••5 now' },
    { name: 'mask keep 0 hides everything', text: 'exp 09/28', spans: (t) => [spanOf(t, '09/28', 'CARD_EXPIRY')], op: { kind: 'mask', keep: 0 }, out: 'exp ••/••' },
    { name: 'mask keeps a line break inside the value', text: '4111 1111\n1111 1111', spans: (t) => [spanOf(t, t)], out: '•••• ••••\n•••• 1111' },
    { name: 'label names the type', text: 'Card 4111 1111 1111 1111 ok', spans: (t) => [spanOf(t, '4111 1111 1111 1111')], op: LABEL, out: 'Card [CARD NUMBER] ok' },
    { name: 'remove deletes the value', text: 'Mail x@y.com now', spans: (t) => [spanOf(t, 'x@y.com', 'EMAIL_ADDRESS')], op: REMOVE, out: 'Mail  now' },
    {
      name: 'several findings, each with its own operator',
      text: 'IBAN GB82 WEST 1234 5698 7654 32 or mail x@y.com',
      spans: (t) => [spanOf(t, 'GB82 WEST 1234 5698 7654 32', 'IBAN'), { ...spanOf(t, 'x@y.com', 'EMAIL_ADDRESS'), operator: LABEL }],
      out: 'IBAN •••• •••• •••• •••• ••54 32 or mail [EMAIL ADDRESS]',
    },
    {
      name: 'overlapping spans merge under the stronger operator',
      text: 'code 4111111111111111',
      spans: (t) => [{ ...spanOf(t, '4111111111111111'), operator: MASK4 }, { start: 10, end: 21, type: 'CARD_NUMBER', operator: LABEL }],
      out: 'code [CARD NUMBER]',
    },
    {
      name: 'adjacent spans stay separate',
      text: '41111111111111110928',
      spans: () => [{ start: 0, end: 16, type: 'CARD_NUMBER' }, { start: 16, end: 20, type: 'CARD_EXPIRY', operator: LABEL }],
      out: '••••••••••••1111[CARD EXPIRY]',
    },
    { name: 'a span ending inside a surrogate pair takes the whole character', text: 'a😀b', spans: () => [{ start: 1, end: 2 }], op: REMOVE, out: 'ab' },
    { name: 'empty spans change nothing', text: 'abc', spans: () => [{ start: 1, end: 1 }], op: REMOVE, out: 'abc' },
  ];
  it.each(cases)('$name', ({ text, spans, op, out }) => {
    expect(redactText(text, spans(text), op)).toBe(out);
  });

  it('refuses spans that do not fit the text (they belong to another string)', () => {
    expect(() => redactText('abc', [{ start: 2, end: 9 }])).toThrow(RangeError);
    expect(() => redactText('abc', [{ start: 0.5, end: 2 }])).toThrow(RangeError);
    expect(() => redactText('abc', [{ start: 0, end: 2 }], { kind: 'mask', keep: -1 })).toThrow(RangeError);
  });
});

describe('redactHtml', () => {
  const cases: { name: string; html: string; value: string; type?: FindingType; op?: Operator; out: string }[] = [
    { name: 'a value split by inline tags keeps the tags', html: '<p>Card: 4111 <b>1111</b> 1111 1111</p>', value: '4111 <b>1111</b> 1111 1111', out: '<p>Card: •••• <b>••••</b> •••• 1111</p>' },
    { name: 'label over split tags appears once, tags stay', html: '<p>4111 <b>1111</b> 1111 1111</p>', value: '4111 <b>1111</b> 1111 1111', op: LABEL, out: '<p>[CARD NUMBER]<b></b></p>' },
    { name: 'remove over split tags keeps the tags', html: '<p>4111 <b>1111</b> 1111 1111!</p>', value: '4111 <b>1111</b> 1111 1111', op: REMOVE, out: '<p><b></b>!</p>' },
    { name: 'entities are one character each: &#52; a digit, &nbsp; a separator', html: '<p>&#52;111&nbsp;1111 1111 1111</p>', value: '&#52;111&nbsp;1111 1111 1111', out: '<p>••••&nbsp;•••• •••• 1111</p>' },
    { name: 'an entity among the kept digits stays whole', html: '<p>4111 1111 1111 111&#x31;</p>', value: '4111 1111 1111 111&#x31;', out: '<p>•••• •••• •••• 111&#x31;</p>' },
    { name: 'attribute value in double quotes', html: '<a href="tel:+263771234567">call</a>', value: '+263771234567', type: 'PHONE_NUMBER', op: { kind: 'mask', keep: 2 }, out: '<a href="tel:+••••••••••67">call</a>' },
    { name: 'attribute value in single quotes, label', html: "<a href='mailto:x.y@gmail.com'>mail</a>", value: 'x.y@gmail.com', type: 'EMAIL_ADDRESS', op: LABEL, out: "<a href='mailto:[EMAIL ADDRESS]'>mail</a>" },
    { name: 'unquoted attribute value: the label escapes its space', html: '<a href=mailto:x.y@gmail.com title=x>mail</a>', value: 'x.y@gmail.com', type: 'EMAIL_ADDRESS', op: LABEL, out: '<a href=mailto:[EMAIL&#32;ADDRESS] title=x>mail</a>' },
    { name: 'unquoted attribute value removed whole becomes ""', html: '<a href=4111111111111111 title=x>t</a>', value: '4111111111111111', op: REMOVE, out: '<a href="" title=x>t</a>' },
    { name: 'a comment inside a split value stays', html: '4111 <!-- 9999 -->1111 1111 1111', value: '4111 <!-- 9999 -->1111 1111 1111', out: '•••• <!-- 9999 -->•••• •••• 1111' },
    { name: 'attribute values of a tag inside the value stay', html: '4111 <span style="color:#111">1111</span> 1111 1111', value: '4111 <span style="color:#111">1111</span> 1111 1111', out: '•••• <span style="color:#111">••••</span> •••• 1111' },
    { name: 'values of attributes the scanner reads (title, href...) inside the value change', html: '4111 <abbr title="1111">1111</abbr> 1111 1111', value: '4111 <abbr title="1111">1111</abbr> 1111 1111', out: '•••• <abbr title="••••">••••</abbr> •••• 1111' },
    { name: 'textarea content inside the value changes (the scanner reads it)', html: '4111 <textarea>1111</textarea> 1111 1111', value: '4111 <textarea>1111</textarea> 1111 1111', out: '•••• <textarea>••••</textarea> •••• 1111' },
    { name: 'raw text (script) masks letters and digits whatever the operator', html: '<script>var a = "4111";</script>', value: '4111', op: LABEL, out: '<script>var a = "••••";</script>' },
    { name: 'remove never joins "<" with a letter into a tag', html: '1<4111111111111111b', value: '4111111111111111', op: REMOVE, out: '1< b' },
    { name: 'text that only looks like markup is text', html: 'a < 4111 1111 1111 1111 > b', value: '4111 1111 1111 1111', op: LABEL, out: 'a < [CARD NUMBER] > b' },
  ];
  it.each(cases)('$name', ({ html, value, type, op, out }) => {
    const result = redactHtml(html, [spanOf(html, value, type)], op);
    expect(result.html).toBe(out);
    expect(result.unredacted).toEqual([]);
    expect(tagSequence(result.html)).toEqual(tagSequence(html));
  });

  it('widens a span that cuts an entity in half to the whole entity', () => {
    const html = '<p>&#52;&#49;11</p>';
    // Starts inside "&#52;" and ends inside "&#49;".
    const { html: out } = redactHtml(html, [{ start: 5, end: 10 }], REMOVE);
    expect(out).toBe('<p>11</p>');
  });

  it('hands back a span inside a tag name instead of breaking the tag ("<john@x.com>")', () => {
    const html = 'Write to <john@x.com> now';
    const span = { ...spanOf(html, 'john@x.com', 'EMAIL_ADDRESS') };
    const result = redactHtml(html, [span], LABEL);
    expect(result.unredacted).toEqual([span]);
    expect(result.html).toBe(html);
  });

  it('hands back a span covering a tag the scanner read as text', () => {
    const html = '4111 <x11>1111 1111 1111';
    const span = spanOf(html, html);
    expect(redactHtml(html, [span]).unredacted).toEqual([span]);
  });

  it('redacts every value of a real reply the scanner read, and only those', () => {
    const html =
      '<div><p>Dear customer,</p><p>Card: 4111 <b>1111</b> 1111&nbsp;1111, IBAN GB82 WEST 1234 5698 7654 32.</p>' +
      '<p>Call <a href="tel:+263771234567">+263 77 123 4567</a> or mail <a href="mailto:john.doe@gmail.com">john.doe@gmail.com</a>.</p>' +
      '<p>Order 7781-2231 ships on 14/03/2025.</p></div>';
    const findings = scan(html);
    expect(findings.map((f) => f.type).sort()).toEqual(['CARD_NUMBER', 'EMAIL_ADDRESS', 'EMAIL_ADDRESS', 'IBAN', 'PHONE_NUMBER', 'PHONE_NUMBER']);
    const spans = findings.map((f) => ({ ...f, operator: f.type === 'EMAIL_ADDRESS' ? LABEL : MASK4 }));
    const { html: out, unredacted } = redactHtml(html, spans);
    expect(unredacted).toEqual([]);
    expect(tagSequence(out)).toEqual(tagSequence(html));
    expect(scan(out)).toEqual([]);
    expect(out).toContain('<b>••••</b> ••••&nbsp;1111');
    expect(out).toContain(`href="tel:+${'•'.repeat(8)}4567"`);
    expect(out).toContain('href="mailto:[EMAIL ADDRESS]">[EMAIL ADDRESS]</a>');
    expect(out).toContain('Order 7781-2231 ships on 14/03/2025.');
    expect(out).not.toContain('john.doe');
  });

  it('redacts a real reply in plain text the same way', () => {
    const text = 'Card 4111-1111-1111-1111, SSN 536-22-8726, passport number A1234567.';
    const findings = scan(text);
    expect(findings.length).toBeGreaterThanOrEqual(2);
    const out = redactText(text, findings);
    expect(scan(out)).toEqual([]);
    expect(out.startsWith('Card ••••-••••-••••-1111,')).toBe(true);
  });

  it('finishes on 5 MB of hostile HTML and redacts it exactly', () => {
    const unit = '<b>4111</b> <a href="tel:1234" x=&#52;&#52;<i>';
    const copies = Math.ceil((5 * 1024 * 1024) / unit.length);
    const html = unit.repeat(copies);
    // Values in every 8th copy: 80 000 spans, the rest of the markup left alone.
    const spans: RedactionSpan[] = [];
    const expected: string[] = [];
    for (let i = 0; i < copies; i++) {
      if (i % 8) {
        expected.push(unit);
        continue;
      }
      const at = i * unit.length;
      spans.push({ start: at + unit.indexOf('4111'), end: at + unit.indexOf('4111') + 4 }, { start: at + unit.indexOf('1234'), end: at + unit.indexOf('1234') + 4 });
      expected.push(unit.replace('4111', '[REDACTED]').replace('1234', '[REDACTED]'));
    }
    const { html: out, unredacted } = redactHtml(html, spans, LABEL);
    expect(unredacted).toEqual([]);
    expect(out).toBe(expected.join(''));
    const mb = 1 << 20;
    const hostile = ['<'.repeat(mb), '<a b="'.repeat(mb / 6), '&#'.repeat(mb / 2), '<!--'.repeat(mb / 4), '</'.repeat(mb / 2)].join('');
    const result = redactHtml(hostile, [{ start: 10, end: hostile.length - 10 }], MASK4);
    expect(typeof result.html).toBe('string');
  });
});

describe('redactHtml properties', () => {
  // Pieces of mail HTML; digits only where values go, so a redacted value can be checked for.
  // Whole tags and text that cannot open one...
  const closedMarkup = fc.constantFrom('<b>', '</b>', '<i>', '</i>', '<p>', '</p>', '<br/>', '<span class="x">', '</span>', "<a title='q'>", '</a>', '<!-- c -->', '<script>x</script>');
  const plainText = fc.constantFrom('a', 'b', ' ', 'Card ', '&amp;', '&nbsp;', '>', '&', '=', '-', '/', '\n', 'é', '😀');
  // ...and pieces that leave the tokenizer inside a tag, an attribute value or a comment.
  const markup = fc.oneof(closedMarkup, fc.constantFrom('<a href="tel:+', '">', '<a href=mailto:', '<!--', '-->'));
  const text = fc.oneof(plainText, fc.constantFrom('<', '"', "'"));
  const digits = fc.constantFrom('4', '1', '9', '0', '&#52;', '&#x31;', ' ', '-', '&nbsp;', '<b>', '</b>', '<span>', '</span>');
  const operator = fc.oneof(
    fc.constant<Operator>(LABEL),
    fc.constant<Operator>(REMOVE),
    fc.integer({ min: 0, max: 6 }).map((keep): Operator => ({ kind: 'mask', keep })),
  );
  const noDigits = fc.array(fc.oneof(closedMarkup, plainText), { maxLength: 30 }).map((xs) => xs.join(''));

  it('never throws, never changes markup, re-parses, on random HTML and random spans', () => {
    const anyHtml = fc.array(fc.oneof(markup, text, digits), { maxLength: 60 }).map((xs) => xs.join(''));
    const input = anyHtml.chain((html) =>
      fc.record({
        html: fc.constant(html),
        spans: fc.array(
          fc.tuple(fc.nat({ max: html.length }), fc.nat({ max: html.length })).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
          { maxLength: 5 },
        ),
        op: operator,
      }),
    );
    fc.assert(
      fc.property(input, ({ html, spans, op }) => {
        const result = redactHtml(html, spans, op);
        // Same elements, same attributes, same comments, in the same order: the output parses as the input did.
        expect(tagSequence(result.html)).toEqual(tagSequence(html));
      }),
      { numRuns: 400 },
    );
  });

  it('removing inside an unquoted attribute value adds no space (found by the property above)', () => {
    const html = '9<a href=mailto:-</b>';
    const result = redactHtml(html, [{ start: 18, end: 19 }], REMOVE);
    expect(tagSequence(result.html)).toEqual(tagSequence(html));
  });

  it('leaves an unquoted value whole when its rest would start with a quote (found by the property above)', () => {
    const html = '44<b>a<a href=mailto:</b><a href=mailto:">a';
    const result = redactHtml(html, [{ start: 0, end: 40 }], REMOVE);
    expect(tagSequence(result.html)).toEqual(tagSequence(html));
    expect(result.unredacted).toHaveLength(1);
  });

  it('leaves no digit of a value behind but the ones mask keeps', () => {
    const input = fc.record({
      before: noDigits,
      value: fc.array(digits, { minLength: 1, maxLength: 25 }).map((xs) => xs.join('')),
      after: noDigits,
      op: operator,
    });
    fc.assert(
      fc.property(input, ({ before, value, after, op }) => {
        const html = `${before} ${value} ${after}`;
        const start = before.length + 1;
        const result = redactHtml(html, [{ start, end: start + value.length }], op);
        expect(result.unredacted).toEqual([]);
        expect(tagSequence(result.html)).toEqual(tagSequence(html));
        const total = visibleDigits(value).length;
        const kept = op.kind === 'mask' ? Math.min(op.keep, Math.floor(total / 3)) : 0;
        expect(visibleDigits(result.html)).toBe(visibleDigits(value).slice(total - kept));
      }),
      { numRuns: 400 },
    );
  });
});
