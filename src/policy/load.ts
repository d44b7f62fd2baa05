/**
 * Reading a policy file: YAML (the `yaml` package, with a LineCounter) → plain values → zod →
 * canonical allowlists, read over the default policy. Every problem is reported at once as
 * "file:line:column: message", and no message repeats a value from the file.
 *
 * The YAML nodes are converted by hand rather than with doc.toJS(): it records where each path
 * starts (so a zod issue maps back to a line and column), and it refuses what a policy never needs
 * and toJS() would turn into surprises (aliases, explicit tags, collection keys).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { DEFAULT_MIN_SCORE, DEFAULT_REGION, FINDING_TYPES, type FindingType } from '../../detectors/index.js';
import { ReplyGuardError } from '../errors.js';
import { applyLayer } from './resolve.js';
import { policyFileSchema, type Allowlist, type Layer, type Policy, type ResolvedLayer, type Rule, type Settings } from './schema.js';
import { canonicalEmail, canonicalPhone, canonicalValue } from './values.js';

/** The default policy as shipped (the build copies it next to this module). */
export const DEFAULT_POLICY_URL = new URL('./default-policy.yaml', import.meta.url);

/** Where a problem is: an offset into the file. */
interface Problem {
  readonly offset: number;
  readonly message: string;
}

type Path = readonly (string | number)[];

function pathKey(path: Path): string {
  return path.join('\u0000');
}

/** "rules.CARD_NUMBER.keep", "allow.phones[0]". */
function pathLabel(path: Path): string {
  let label = '';
  for (const seg of path) label += typeof seg === 'number' ? `[${seg}]` : label ? `.${seg}` : seg;
  return label || 'policy';
}

/** Plain values from YAML nodes, with where each path's value (and each key) starts. */
class Converter {
  readonly values = new Map<string, number>();
  readonly keys = new Map<string, number>();
  readonly problems: Problem[] = [];

  convert(node: unknown, path: Path, fallback: number): unknown {
    if (node === null || node === undefined) return null;
    const at = (node as { range?: [number, number, number] }).range?.[0] ?? fallback;
    // An empty value ("emails:") is a null scalar placed after the line: point at its key.
    const empty = isScalar(node) && node.value === null && !node.source;
    this.values.set(pathKey(path), empty ? fallback : at);
    if (isAlias(node)) return this.refuse(at, path, 'aliases (*name) are not supported: write the value out');
    if ((node as { tag?: string }).tag) return this.refuse(at, path, 'tags (!name) are not supported: quote the value instead');
    if (isMap(node)) {
      const entries: [string, unknown][] = [];
      for (const pair of node.items) {
        const key = pair.key;
        const keyAt = (key as { range?: number[] } | null)?.range?.[0] ?? at;
        if (!isScalar(key) || (typeof key.value !== 'string' && typeof key.value !== 'number')) {
          this.refuse(keyAt, path, 'keys must be plain names');
          continue;
        }
        const name = String(key.value);
        this.keys.set(pathKey([...path, name]), keyAt);
        entries.push([name, this.convert(pair.value, [...path, name], keyAt)]);
      }
      // fromEntries defines own properties: a "__proto__" key stays a key.
      return Object.fromEntries(entries);
    }
    if (isSeq(node)) return node.items.map((item, i) => this.convert(item, [...path, i], at));
    if (isScalar(node)) {
      const v = node.value;
      if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
    }
    return this.refuse(at, path, 'unsupported value');
  }

  /** Where a path starts, or the nearest enclosing path that exists. */
  offsetOf(path: Path): number {
    for (let n = path.length; n >= 0; n--) {
      const at = this.values.get(pathKey(path.slice(0, n)));
      if (at !== undefined) return at;
    }
    return 0;
  }

  private refuse(offset: number, path: Path, message: string): undefined {
    this.problems.push({ offset, message: `${pathLabel(path)}: ${message}` });
    return undefined;
  }
}

/** Every key a policy file can hold, for "did you mean". */
const KNOWN_KEYS = [
  'name', 'minScore', 'region', 'rules', 'allow', 'bulk', 'brands', 'channels', 'action', 'operator', 'keep',
  'requires', 'customerContact', 'emails', 'domains', 'phones', 'values', 'threshold', 'types', ...FINDING_TYPES,
];

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

function unknownKeyMessage(path: Path, key: string): string {
  const shown = key.length > 40 ? `${key.slice(0, 40)}…` : key;
  const close = KNOWN_KEYS.find((k) => editDistance(k.toLowerCase(), key.toLowerCase()) <= 2);
  const hint = close ? ` (did you mean "${close}"?)` : '';
  const what = path[path.length - 1] === 'rules' ? 'unknown finding type' : 'unknown key';
  return `${pathLabel(path)}: ${what} "${shown}"${hint}`;
}

function issueProblems(issue: z.core.$ZodIssue, where: Converter): Problem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      offset: where.keys.get(pathKey([...issue.path.map(String), key])) ?? where.offsetOf(issue.path as Path),
      message: unknownKeyMessage(issue.path as Path, key),
    }));
  }
  return [{ offset: where.offsetOf(issue.path as Path), message: `${pathLabel(issue.path as Path)}: ${issue.message}` }];
}

function formatProblems(file: string, problems: readonly Problem[], lines: LineCounter): string {
  return [...problems]
    .sort((a, b) => a.offset - b.offset)
    .map((p) => {
      const { line, col } = lines.linePos(p.offset);
      return `${file}:${Math.max(line, 1)}:${Math.max(col, 1)}: ${p.message}`;
    })
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// From the validated file to a Policy.

const BLOCK: Rule = { action: 'block', operator: { kind: 'mask', keep: 4 }, requires: [] };

/** Under the default policy: a type the default file forgot blocks (fail closed). */
const ROOT: Settings = {
  minScore: DEFAULT_MIN_SCORE,
  region: DEFAULT_REGION,
  rules: Object.fromEntries(FINDING_TYPES.map((t) => [t, BLOCK])) as Record<FindingType, Rule>,
  allow: { customerContact: false, emails: new Set(), domains: [], phones: new Set(), values: new Set() },
  bulk: { threshold: 5, types: new Set() },
};

/** A layer's allowlists in canonical form; phone numbers are read in `region`. */
function resolveLayer(layer: Layer, region: string, path: Path, where: Converter, problems: Problem[]): ResolvedLayer {
  const { allow, ...rest } = layer;
  if (!allow) return rest;
  const phones = new Set<string>();
  (allow.phones ?? []).forEach((written, i) => {
    const e164 = canonicalPhone(written, region);
    if (e164) phones.add(e164);
    else problems.push({ offset: where.offsetOf([...path, 'allow', 'phones', i]), message: `${pathLabel([...path, 'allow', 'phones', i])}: not a possible phone number in region ${region} (write it as +<country code> <number>)` });
  });
  const resolved: { -readonly [K in keyof Allowlist]?: Allowlist[K] } = {};
  if (allow.customerContact !== undefined) resolved.customerContact = allow.customerContact;
  if (allow.emails) resolved.emails = new Set(allow.emails.map(canonicalEmail));
  if (allow.domains) resolved.domains = allow.domains.map((d) => d.toLowerCase());
  if (allow.phones) resolved.phones = phones;
  if (allow.values) resolved.values = new Set(allow.values.map(canonicalValue));
  return { ...rest, allow: resolved };
}

function resolveOverrides(
  kind: 'brands' | 'channels',
  layers: Record<string, Layer | null | undefined> | null | undefined,
  region: string,
  where: Converter,
  problems: Problem[],
): Map<string, ResolvedLayer> {
  const out = new Map<string, ResolvedLayer>();
  for (const [name, layer] of Object.entries(layers ?? {})) {
    const key = name.trim().toLowerCase();
    if (out.has(key)) {
      problems.push({ offset: where.keys.get(pathKey([kind, name])) ?? 0, message: `${kind}: "${name}" is listed twice (names compare case-blind)` });
    }
    out.set(key, resolveLayer(layer ?? {}, (layer?.region ?? region).toUpperCase(), [kind, name], where, problems));
  }
  return out;
}

function versionOf(name: string, bytes: Uint8Array): string {
  return `${name}@${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}`;
}

function nameFromFile(file: string): string {
  const stem = basename(file, extname(file)).replace(/[^A-Za-z0-9._-]/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  return stem.slice(0, 64) || 'policy';
}

/** Parses policy bytes over `under` (the default policy's settings). Throws RG_ERR_POLICY. */
function parseBytes(bytes: Uint8Array, file: string, under: Settings): Policy {
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ReplyGuardError('RG_ERR_POLICY', `${file}: the policy file is not UTF-8 text`);
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const yamlProblems = [...doc.errors, ...doc.warnings].map((e) => ({ offset: e.pos[0], message: e.message.split('\n')[0]! }));
  if (yamlProblems.length) throw new ReplyGuardError('RG_ERR_POLICY', formatProblems(file, yamlProblems, lines));

  const where = new Converter();
  const plain = where.convert(doc.contents, [], 0) ?? {};
  const parsed = policyFileSchema.safeParse(plain);
  const problems = [...where.problems, ...(parsed.success ? [] : parsed.error.issues.flatMap((i) => issueProblems(i, where)))];
  if (!parsed.success || problems.length) throw new ReplyGuardError('RG_ERR_POLICY', formatProblems(file, problems, lines));

  const { name, brands, channels, ...top } = parsed.data;
  const region = (top.region ?? under.region).toUpperCase();
  const base = applyLayer(under, resolveLayer(top, region, [], where, problems));
  const policy: Policy = {
    name: name ?? nameFromFile(file),
    version: versionOf(name ?? nameFromFile(file), bytes),
    base,
    brands: resolveOverrides('brands', brands, base.region, where, problems),
    channels: resolveOverrides('channels', channels, base.region, where, problems),
  };
  if (problems.length) throw new ReplyGuardError('RG_ERR_POLICY', formatProblems(file, problems, lines));
  return policy;
}

let cachedDefault: Policy | undefined;

/** The shipped default policy (default-policy.yaml, documented key by key). */
export function defaultPolicy(): Policy {
  cachedDefault ??= parseBytes(readFileSync(DEFAULT_POLICY_URL), 'default-policy.yaml', ROOT);
  return cachedDefault;
}

/** The default policy's YAML text, as shipped. */
export function defaultPolicySource(): string {
  return readFileSync(DEFAULT_POLICY_URL, 'utf8');
}

/** Parses policy YAML read over the default policy; `name` is the file name used in messages. */
export function parsePolicy(source: string, name: string): Policy {
  return parseBytes(new TextEncoder().encode(source), name, defaultPolicy().base);
}

/** Reads and validates a policy file. Throws RG_ERR_POLICY listing every problem as file:line:col. */
export function loadPolicyFile(path: string): Policy {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new ReplyGuardError('RG_ERR_POLICY', `${path}: cannot read the policy file (${code})`);
  }
  return parseBytes(bytes, path, defaultPolicy().base);
}
