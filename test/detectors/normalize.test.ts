import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scan } from '../../detectors/index.js';
import { normalize } from '../../detectors/normalize.js';

/** The original text a normalised range stands for. */
function back(original: string, start: number, end: number): string {
  const r = normalize(original).toOriginal(start, end);
  return original.slice(r.start, r.end);
}

describe('normalize', () => {
  it.each([
    ['plain text is untouched', 'Card 4111 1111 1111 1111.', 'Card 4111 1111 1111 1111.'],
    ['zero-width characters are removed', '4111\u200b1111\u200c1111\u200d1111\ufeff', '4111111111111111'],
    ['soft hyphens are removed', 'pass\u00adword', 'password'],
    ['exotic spaces become spaces', '4111\u00a01111\u2009 1111\u202f1111\u3000x', '4111 1111  1111 1111 x'],
    ['exotic dashes become hyphens', '536\u2013 90\u201204399 \u2212 x', '536- 90-04399 - x'],
    ['full-width ASCII folds', '\uff14\uff11\uff11\uff11\uff20\uff41', '4111@a'],
    ['other Unicode digits fold', '\u0664\u0661\u0661\u0661 \u096a\u0967', '4111 41'],
    ['mathematical digits fold', '\u{1d7d2}\u{1d7cf}', '41'],
    ['named and numeric entities decode', 'a&nbsp;b&amp;c&#52;&#x31;&lt;', 'a b&c41<'],
    ['unknown entities stay', 'R&D &foo; &#xZZ;', 'R&D &foo; &#xZZ;'],
    ['accented Latin-1 letters decode', 'provis&oacute;ria &eacute; Jo&atilde;o Contrase&ntilde;a &Agrave;&ccedil;&uuml;&yuml;&szlig;', 'provisória é João Contraseña Àçüÿß'],
    ['no letter outside Latin-1, bare names stay', '&Yuml; &ncedil; &eacute &bacute;', '&Yuml; &ncedil; &eacute &bacute;'],
    ['inline tags join', 'card <b>4111</b><span>1111</span>', 'card 41111111'],
    ['block tags separate', '<p>one</p><p>two</p>two<br>three', '\none\n\ntwo\ntwo\nthree'],
    ['a <br> and the source line break after it are one line break', 'call 079 622<br>\n4956<br>\r\nok<br/>\n<br>\nend', 'call 079 622\n4956\nok\n\nend'],
    ['other block tags keep the source line break', '<p>one</p>\n<p>two</p>', '\none\n\n\ntwo\n'],
    ['script and style are dropped', 'a<style>p{color:red}</style>b<script>x=1</script>c', 'a b c'],
    ['comments are dropped', 'a<!-- secret -->b', 'ab'],
    ['link targets stay visible, apart from the link text', '<a href="mailto:jo@example.com">mail us</a>', ' mailto:jo@example.com\n\nmail us'],
    ['a tel: target and its number text stay two numbers', '<a href="tel:+27861112233">0861 11 22 33</a>', ' tel:+27861112233\n\n0861 11 22 33'],
    ['each attribute value apart', '<a title="Call" href="tel:+263771234567">x</a>', ' Call\n\ntel:+263771234567\n\nx'],
    ['a script\'s src is read, its content is not', 'a<script src="https://maps.example.com/js?key=K">x=1</script>b', 'a https://maps.example.com/js?key=K\n\nb'],
    ['an image src is read', '<img src="https://cdn.example.com/a.png?sig=S">', ' https://cdn.example.com/a.png?sig=S\n\n'],
    ['an inline image\'s bytes are not', 'a<img src="data:image/png;base64,iVBORw0KGgo4111111111111111">b', 'ab'],
    ['not a tag: e-mail in brackets', 'Jo <jo@example.com>', 'Jo <jo@example.com>'],
    ['not a tag: comparison', 'if a < b and c > d', 'if a < b and c > d'],
    ['unclosed tag stays text', 'x <b unclosed', 'x <b unclosed'],
  ])('%s', (_name, input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it('maps a value back to its original spelling', () => {
    const original = 'Card: 4111&nbsp;1111\u200b1111 <b>1111</b> ok';
    const n = normalize(original);
    const start = n.text.indexOf('4111');
    const end = n.text.lastIndexOf('1111') + 4;
    expect(n.text.slice(start, end)).toBe('4111 11111111 1111');
    expect(back(original, start, end)).toBe('4111&nbsp;1111\u200b1111 <b>1111');
  });

  it('maps characters from entities and surrogate pairs to the whole source', () => {
    const original = 'x&#52;y\u{1d7d2}z';
    const n = normalize(original);
    expect(n.text).toBe('x4y4z');
    expect(back(original, 1, 2)).toBe('&#52;');
    expect(back(original, 3, 4)).toBe('\u{1d7d2}');
    expect(back(original, 0, 5)).toBe(original);
  });

  it('keeps offsets in range and ordered for any input', () => {
    const alphabet = fc.constantFrom('a', '1', ' ', '<', '>', '&', ';', '#', 'b', 'p', '/', '\u200b', '\u00a0', '\uff11', '\u{1d7d2}', '-', '\u2013', '"', '=', '!', 'x', 'nbsp');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')), (original) => {
        const n = normalize(original);
        expect(n.text.length).toBeLessThanOrEqual(original.length);
        let prevStart = 0;
        for (let i = 0; i < n.text.length; i++) {
          const r = n.toOriginal(i, i + 1);
          expect(r.start).toBeGreaterThanOrEqual(prevStart);
          expect(r.start).toBeLessThan(r.end);
          expect(r.end).toBeLessThanOrEqual(original.length);
          prevStart = r.start;
        }
        const whole = n.toOriginal(0, n.text.length);
        expect(whole.start).toBeGreaterThanOrEqual(0);
        expect(whole.end).toBeLessThanOrEqual(original.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('maps unchanged characters to themselves', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit: fc.constantFrom('a', '4', ' ', '\u200b', '&amp;', '<b>', '\uff14', '\u00a0') }), (original) => {
        const n = normalize(original);
        for (let i = 0; i < n.text.length; i++) {
          const ch = n.text[i]!;
          if (!/[a4]/.test(ch)) continue;
          const r = n.toOriginal(i, i + 1);
          const src = original.slice(r.start, r.end);
          expect(src === ch || src === '\uff14').toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  describe('in a large text (tens of thousands of edits: the offset map grows many times)', () => {
    const cards = ['4111\u200b1111\u200b1111\u200b1111', '\uff14\uff11\uff11\uff11 \uff11\uff11\uff11\uff11 \uff11\uff11\uff11\uff11 \uff11\uff11\uff11\uff11', '&#52;111&nbsp;1111 <b>1111</b> 111&#x31;'];
    const lines = Array.from({ length: 6000 }, (_, i) => `<p>Reply ${i}: the card on file is ${cards[i % 3]}, thanks.</p>`);
    const original = lines.join('\n');

    it('maps every digit back to the character it was folded from', () => {
      const n = normalize(original);
      const digit = (ch: string) => (ch >= '\uff10' && ch <= '\uff19' ? String.fromCharCode(ch.charCodeAt(0) - 0xfee0) : ch);
      const fromEntity = (e: string) => String.fromCharCode(e.startsWith('&#x') ? parseInt(e.slice(3), 16) : parseInt(e.slice(2), 10));
      const wrong: string[] = [];
      let digits = 0;
      for (let i = 0; i < n.text.length; i++) {
        const ch = n.text[i]!;
        if (ch < '0' || ch > '9') continue;
        digits++;
        const r = n.toOriginal(i, i + 1);
        const src = original.slice(r.start, r.end);
        if ((src.startsWith('&#') ? fromEntity(src) : digit(src)) !== ch) wrong.push(`${i}: ${JSON.stringify(src)}`);
      }
      expect(digits).toBeGreaterThan(90_000);
      expect(wrong.slice(0, 5)).toEqual([]);
    });

    it('points each card finding at its obfuscated original', () => {
      const found = scan(original).filter((f) => f.type === 'CARD_NUMBER');
      expect(found).toHaveLength(lines.length);
      found.forEach((f, i) => expect(original.slice(f.start, f.end)).toBe(cards[i % 3]));
    });
  });
});
