// Composition of texts with gold spans (tagged template R / span S) and the
// canonicalisation used to check that every span holds the value it claims to.
export function S(type, display, check, extra = {}) {
  if (typeof display !== 'string' || !display) throw new Error(`empty display for ${type}`);
  return { __span: true, type, display, check, ...extra };
}
function isR(v) { return v && typeof v === 'object' && typeof v.text === 'string' && Array.isArray(v.spans); }
export function R(strings, ...vals) {
  let text = ''; const spans = [];
  const put = (v) => {
    if (v === null || v === undefined || v === false) return;
    if (Array.isArray(v)) { v.forEach(put); return; }
    if (v.__span) { spans.push({ type: v.type, start: text.length, end: text.length + v.display.length, display: v.display, check: v.check }); text += v.display; return; }
    if (isR(v)) { for (const s of v.spans) spans.push({ ...s, start: s.start + text.length, end: s.end + text.length }); text += v.text; return; }
    text += String(v);
  };
  strings.forEach((s, i) => { text += s; if (i < vals.length) put(vals[i]); });
  return { text, spans };
}
// join pieces (strings, spans, R results) with a separator
export function J(sep, parts) {
  const strs = ['']; const vals = [];
  parts.filter((p) => p !== null && p !== undefined && p !== false).forEach((p, i) => { if (i > 0) { vals.push(sep); strs.push(''); } vals.push(p); strs.push(''); });
  strs.pop();
  return R(Object.assign(strs.concat(['']).slice(0, vals.length + 1), { raw: [] }), ...vals);
}

// ---- canonicalisation ---------------------------------------------------------------
const ENT = { nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", zwsp: '\u200b', ndash: '\u2013', mdash: '\u2014' };
export function stripMarkup(s) {
  return s.replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
    if (e[0] === '#') return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENT[e.toLowerCase()] ?? m;
  });
}
const ZW = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
export function clean(s) { return stripMarkup(s).normalize('NFKC').replace(ZW, ''); }
const NUMW = { zero: 0, oh: 0, nought: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
export function wordsToDigits(s) {
  let out = ''; let mult = 1;
  for (const tok of s.split(/([A-Za-z]+)/)) {
    const w = tok.toLowerCase();
    if (/^[a-z]+$/.test(w)) {
      if (w === 'double') { mult = 2; continue; }
      if (w === 'triple') { mult = 3; continue; }
      if (w in NUMW) { out += String(NUMW[w]).repeat(mult); mult = 1; continue; }
      out += tok; continue;
    }
    if (mult > 1 && /\d/.test(tok)) { out += tok.replace(/\d/, (d) => d.repeat(mult)); mult = 1; continue; }
    out += tok;
  }
  return out;
}
export function digitsOf(s) { return wordsToDigits(clean(s)).replace(/\D/g, ''); }
export function alnumOf(s) { return clean(s).replace(/[^A-Za-z0-9]/g, '').toUpperCase(); }
export function emailOf(s) {
  return clean(s).replace(/\s*[[(]\s*at\s*[\])]\s*|\s+at\s+/gi, '@').replace(/\s*[[(]\s*dot\s*[\])]\s*|\s+dot\s+/gi, '.').replace(/\s+/g, '').toLowerCase();
}
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export function expiryOf(s) {
  const c = clean(s).trim().toLowerCase();
  let m = /^(\d{1,2})\s*[/\-.]\s*(\d{2}|\d{4})$/.exec(c);
  if (m) return `${m[1].padStart(2, '0')}/${m[2].slice(-2)}`;
  m = /^([a-z]{3})[a-z]*\.?\s+(\d{4}|\d{2})$/.exec(c);
  if (m && MONTHS.includes(m[1])) return `${String(MONTHS.indexOf(m[1]) + 1).padStart(2, '0')}/${m[2].slice(-2)}`;
  return null;
}
// replace text outside spans (span contents are never touched); offsets are rebuilt
export function sub(rr, re, repl) {
  let text = ''; const spans = []; let pos = 0;
  const outside = (s) => s.replace(re, repl);
  for (const sp of rr.spans) {
    text += outside(rr.text.slice(pos, sp.start));
    spans.push({ ...sp, start: text.length, end: text.length + (sp.end - sp.start) });
    text += rr.text.slice(sp.start, sp.end); pos = sp.end;
  }
  text += outside(rr.text.slice(pos));
  return { text, spans };
}
