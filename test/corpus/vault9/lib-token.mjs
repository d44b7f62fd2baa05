// Tokens and look-alike numbers: GitHub token CRC32 checksum, JWT (HS256), other API-key
// shapes, and the check digits of the tracking numbers / IMEIs used as hard negatives.
import { createHmac } from 'node:crypto';
import { luhnValid, luhnComplete } from './lib.mjs';

const CRC_T = (() => { const t = []; for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t.push(c >>> 0); } return t; })();
export function crc32(str) { let c = 0xffffffff; for (const b of Buffer.from(str, 'ascii')) c = CRC_T[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }
const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export function base62(n, width) { let s = ''; do { s = B62[n % 62] + s; n = Math.floor(n / 62); } while (n > 0); return s.padStart(width, '0'); }
export const ALNUM = B62;

// GitHub classic token: prefix + 30 random base62 + base62(crc32(random part)) padded to 6
export function makeGithubToken(r, prefix = 'ghp') { const body = r.letters(30, B62); return `${prefix}_${body}${base62(crc32(body), 6)}`; }
export function githubTokenValid(t) { const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(t); return !!m && base62(crc32(m[1]), 6) === m[2]; }

// JWT signed with HS256 under a per-corpus key; structurally valid and verifiable
const JWT_KEY = 'vault9-corpus-signing-key';
const b64u = (s) => Buffer.from(s).toString('base64url');
export function makeJwt(r, claims) {
  const h = b64u(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const p = b64u(JSON.stringify({ sub: String(r.int(100000, 999999)), iat: 1760000000 + r.int(0, 9999999), ...claims }));
  const sig = createHmac('sha256', JWT_KEY).update(`${h}.${p}`).digest('base64url');
  return `${h}.${p}.${sig}`;
}
export function jwtValid(t) {
  const parts = t.split('.'); if (parts.length !== 3) return false;
  try { JSON.parse(Buffer.from(parts[0], 'base64url').toString()); JSON.parse(Buffer.from(parts[1], 'base64url').toString()); } catch { return false; }
  return createHmac('sha256', JWT_KEY).update(`${parts[0]}.${parts[1]}`).digest('base64url') === parts[2];
}

export const KEY_SHAPES = {
  stripe: { make: (r) => 'sk_live_' + r.letters(24, B62), re: /^sk_live_[A-Za-z0-9]{24}$/ },
  slack: { make: (r) => `xoxb-${r.digits(12)}-${r.digits(13)}-${r.letters(24, B62)}`, re: /^xoxb-\d{12}-\d{13}-[A-Za-z0-9]{24}$/ },
  awsSecret: { make: (r) => r.letters(40, B62 + '/+'), re: /^[A-Za-z0-9/+]{40}$/ },
  sendgrid: { make: (r) => `SG.${r.letters(22, B62 + '-_')}.${r.letters(43, B62 + '-_')}`, re: /^SG\.[\w-]{22}\.[\w-]{43}$/ },
  mpesaPasskey: { make: (r) => r.letters(64, '0123456789abcdef'), re: /^[0-9a-f]{64}$/ },
  github: { make: (r) => makeGithubToken(r), re: /^ghp_/, check: githubTokenValid },
  jwt: { make: (r) => makeJwt(r, { scope: 'support' }), re: /^eyJ/, check: jwtValid },
};
export function keyValid(shape, v) { const k = KEY_SHAPES[shape]; return !!k && k.re.test(v) && (!k.check || k.check(v)); }

// ---- tracking numbers and IMEIs (hard negatives) ---------------------------------------
export function upsCheck(body15) { // 15 chars after "1Z"; letters map to (code-63) mod 10
  let s = 0;
  for (let i = 0; i < 15; i++) { const ch = body15[i]; const v = /\d/.test(ch) ? +ch : (ch.charCodeAt(0) - 63) % 10; s += i % 2 === 1 ? 2 * v : v; }
  return String((10 - (s % 10)) % 10);
}
export function makeUps(r) { const body = r.letters(6, 'ABCDEFGHJKLMNPRSTVWXY0123456789') + r.pick(['01', '02', '03', '12', '13']) + r.digits(7); return '1Z' + body + upsCheck(body); }
export function upsValid(t) { return /^1Z[A-Z0-9]{16}$/.test(t) && upsCheck(t.slice(2, 17)) === t[17]; }
export function fedexCheck(d11) { const w = [1, 3, 7]; let s = 0; for (let i = 0; i < 11; i++) s += +d11[10 - i] * w[i % 3]; return String((s % 11) % 10); }
export function makeFedex(r) { const d = r.pick(['7', '5', '3']) + r.digits(10); return d + fedexCheck(d); }
export function fedexValid(t) { return /^\d{12}$/.test(t) && fedexCheck(t.slice(0, 11)) === t[11]; }
export function makeDhl(r) { const d = r.pick(['1', '3', '5', '8']) + r.digits(8); return d + String(+d % 7); }
export function dhlValid(t) { return /^\d{10}$/.test(t) && String(+t.slice(0, 9) % 7) === t[9]; }
export function makeImei(r) { return luhnComplete(r.pick(['35391', '35462', '86784', '35920', '86012']) + r.digits(9)); }
export function imeiValid(t) { return /^\d{15}$/.test(t) && luhnValid(t); }
