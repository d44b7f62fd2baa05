// Obfuscated renderings of a value (family 9, and HTML splitting for family 2) and
// masked renderings (family 10 and hard negatives). Masked forms are never spans.
const FW = (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + +d));
const W = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
export function groups(s, sizes) { const o = []; let i = 0; for (const n of sizes) { o.push(s.slice(i, i + n)); i += n; } if (i < s.length) o.push(s.slice(i)); return o.filter(Boolean); }
export function sizesFor(d) { return d.length === 15 ? [4, 6, 5] : d.length === 14 ? [4, 6, 4] : d.length === 19 ? [4, 4, 4, 4, 3] : d.length === 16 ? [4, 4, 4, 4] : d.length === 13 ? [6, 4, 3] : d.length === 12 ? [4, 4, 4] : [3, 3, 3, 3, 3].slice(0, Math.ceil(d.length / 3)); }
export const OBF = {
  zwsp: (d, sz) => groups(d, sz).join('\u200b'),
  zwspEvery: (d) => d.split('').join('\u200b'),
  nbsp: (d, sz) => groups(d, sz).join('\u00a0'),
  fullwidth: (d, sz) => FW(groups(d, sz).join(' ')),
  fullwidthMixed: (d, sz) => groups(d, sz).map((x, i) => (i % 2 ? FW(x) : x)).join(' '),
  dots: (d, sz) => groups(d, sz).join('.'),
  spacedHyphen: (d, sz) => groups(d, sz).join(' - '),
  doubleSpace: (d, sz) => groups(d, sz).join('  '),
  slash: (d, sz) => groups(d, sz).join('/'),
  lineBreak: (d, sz) => { const gs = groups(d, sz); const h = Math.ceil(gs.length / 2); return gs.slice(0, h).join(' ') + '\n' + gs.slice(h).join(' '); },
  wordsTail: (d, sz) => { const gs = groups(d, sz); return gs.slice(0, -1).join(' ') + ' ' + gs[gs.length - 1].split('').map((x) => W[+x]).join(' '); },
  wordsAll: (d) => d.split('').map((x) => W[+x]).join(' '),
  wordsHead: (d, sz) => { const gs = groups(d, sz); return gs[0].split('').map((x) => W[+x]).join('-') + ' ' + gs.slice(1).join(' '); },
  spacedDigits: (d) => d.split('').join(' '),
};
export function spoken(d) { // transcript style: "oh seven seven, double one ..."
  const out = []; let i = 0;
  while (i < d.length) {
    if (i + 1 < d.length && d[i] === d[i + 1] && (i + 2 >= d.length || d[i + 2] !== d[i])) { out.push('double ' + (d[i] === '0' ? 'oh' : W[+d[i]])); i += 2; continue; }
    out.push(d[i] === '0' ? 'oh' : W[+d[i]]); i++;
  }
  return out.join(' ');
}
export function spokenGroups(d, sz) { return groups(d, sz).map(spoken).join(', '); }
export function htmlSplit(d, sz, sep = '&nbsp;') { return groups(d, sz).map((x) => `<span>${x}</span>`).join(sep); }
export function htmlSplitStyled(d, sz) { return groups(d, sz).map((x, i) => (i % 2 ? `<span style="font-family:monospace">${x}</span>` : `<b>${x}</b>`)).join(' '); }

// ---- masks (not findings) -----------------------------------------------------------------
export const MASK = {
  card: (last4, r) => r.pick([`**** **** **** ${last4}`, `•••• •••• •••• ${last4}`, `XXXX-XXXX-XXXX-${last4}`, `************${last4}`, `ending in ${last4}`, `ending ${last4}`, `xxxx ${last4}`]),
  amex: (last5) => `**** ****** *${last5}`,
  ssn: (last4, r) => r.pick([`XXX-XX-${last4}`, `***-**-${last4}`]),
  phone: (r, e164) => { const cc = e164.length > 12 ? e164.slice(0, 4) : e164.slice(0, 3); return r.pick([`${cc} ** *** ${e164.slice(-4)}`, `${cc}*****${e164.slice(-3)}`, `number ending ${e164.slice(-3)}`]); },
  email: (v, r) => { const [l, dom] = v.split('@'); return r.pick([`${l[0]}***@${dom}`, `${l.slice(0, 2)}*****@${dom}`, `${l[0]}*****${l.slice(-1)}@${dom[0]}****.${dom.split('.').pop()}`]); },
  iban: (v) => `${v.slice(0, 4)} **** **** **** ${v.slice(-4)}`,
  acct: (v, r) => r.pick([`****${v.slice(-4)}`, `account ending ${v.slice(-4)}`, `xxxxxx${v.slice(-4)}`]),
  id: (v) => `${'*'.repeat(Math.max(4, v.length - 4))}${v.slice(-4)}`,
};
// inner part of a value split across <span>s: the gold span starts at the first character
// of the value and ends at its last one, so the outer <span> and </span> stay outside
export function spanSplitInner(d, sz, sep = '') { return groups(d, sz).join(`</span>${sep}<span>`); }
