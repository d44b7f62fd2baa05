/**
 * Policy files on disk: validation errors at exact file:line:column (all at once, never echoing a
 * value), the policy version, reading over the default policy, and the shipped default itself.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { FINDING_TYPES } from '../../detectors/index.js';
import { ReplyGuardError } from '../../src/errors.js';
import { defaultPolicy, defaultPolicySource, loadPolicyFile, parsePolicy } from '../../src/policy/load.js';
import { tempFiles } from './helpers.js';

const files = tempFiles('replyguard-policy-load-');
afterAll(() => files.cleanup());

const DEFAULT_YAML = fileURLToPath(new URL('../../src/policy/default-policy.yaml', import.meta.url));

/** The RG_ERR_POLICY message lines `load` throws, with the file name cut off. */
function problems(path: string): string[] {
  try {
    loadPolicyFile(path);
  } catch (err) {
    expect(err).toBeInstanceOf(ReplyGuardError);
    expect((err as ReplyGuardError).code).toBe('RG_ERR_POLICY');
    return (err as Error).message.split('\n').map((line) => {
      expect(line.startsWith(`${path}:`)).toBe(true);
      return line.slice(path.length + 1);
    });
  }
  throw new Error('expected the policy to be refused');
}

describe('policy validation errors name file:line:column', () => {
  const cases: { name: string; yaml: string; errors: string[] }[] = [
    {
      name: 'bad YAML syntax',
      yaml: 'rules:\n  CARD_NUMBER: { action: block\nminScore: 0.7\n',
      errors: ['3:1: Flow map in block collection must be sufficiently indented and end with a }'],
    },
    { name: 'duplicate key', yaml: 'minScore: 0.5\nminScore: 0.6\n', errors: ['2:1: Map keys must be unique'] },
    {
      name: 'unknown key (typo acton:)',
      yaml: 'rules:\n  CARD_NUMBER:\n    acton: block\n',
      errors: ['3:5: rules.CARD_NUMBER: unknown key "acton" (did you mean "action"?)'],
    },
    {
      name: 'unknown top-level key',
      yaml: 'name: bank\nallowlist:\n  domains: [ourbank.co.zw]\n',
      errors: ['2:1: policy: unknown key "allowlist"'],
    },
    {
      name: 'wrong types',
      yaml: 'minScore: "high"\nallow:\n  customerContact: yes\n  emails: support@ourbank.co.zw\n',
      errors: ['1:11: minScore: must be a number from 0 to 1', '3:20: allow.customerContact: must be true or false', '4:11: allow.emails: must be a list, e.g. [a, b]'],
    },
    {
      name: 'unknown finding type, as a rule and in a list',
      yaml: 'rules:\n  CARD_NUMBR: { action: block }\nbulk:\n  types: [CARD_NUMBER, PHONE]\n',
      errors: [
        '2:3: rules: unknown finding type "CARD_NUMBR" (did you mean "CARD_NUMBER"?)',
        `4:24: bulk.types[1]: must be a finding type: ${FINDING_TYPES.join(', ')}`,
      ],
    },
    { name: 'bad operator', yaml: 'rules:\n  IBAN: { action: redact, operator: scramble }\n', errors: ['2:37: rules.IBAN.operator: must be one of mask, label, remove'] },
    { name: 'bad action', yaml: 'channels:\n  chat:\n    rules: { CARD_NUMBER: { action: deny } }\n', errors: ['3:37: channels.chat.rules.CARD_NUMBER.action: must be one of pass, redact, block'] },
    { name: 'negative keep', yaml: 'rules:\n  IBAN:\n    operator: mask\n    keep: -1\n', errors: ['4:11: rules.IBAN.keep: must be a whole number from 0 to 32'] },
    { name: 'keep without mask', yaml: 'rules:\n  IBAN: { operator: label, keep: 2 }\n', errors: ['2:34: rules.IBAN.keep: keep applies only to operator: mask'] },
    { name: 'minScore out of range in a brand', yaml: 'brands:\n  Acme:\n    minScore: 2\n', errors: ['3:15: brands.Acme.minScore: must be a number from 0 to 1'] },
    { name: 'bad region', yaml: 'region: XX\n', errors: ['1:9: region: must be a two-letter country code such as ZW'] },
    { name: 'not a mapping', yaml: '- a\n- b\n', errors: ['1:1: policy: must be a mapping of keys to values'] },
    { name: 'aliases are refused', yaml: 'minScore: &a 0.6\nbrands:\n  acme: { minScore: *a }\n', errors: ['3:21: brands.acme.minScore: aliases (*name) are not supported: write the value out'] },
    { name: 'tags are refused', yaml: 'minScore: !!float 0.5\n', errors: ['1:19: minScore: tags (!name) are not supported: quote the value instead'] },
    { name: 'a brand listed twice', yaml: 'brands:\n  Acme: { minScore: 0.6 }\n  acme: { minScore: 0.7 }\n', errors: ['3:3: brands: "acme" is listed twice (names compare case-blind)'] },
    { name: 'a phone number the region cannot read', yaml: 'allow:\n  phones: ["+263 1234"]\n', errors: ['2:12: allow.phones[0]: not a possible phone number in region ZW (write it as +<country code> <number>)'] },
  ];
  it.each(cases)('$name', ({ name, yaml, errors }) => {
    expect(problems(files.file(`${name.replace(/\W+/g, '-')}.yaml`, yaml))).toEqual(errors);
  });

  it('reports every problem at once, in file order', () => {
    const yaml = ['rules:', '  CARD_NUMBER: { acton: block, keep: -1 }', '  PHONE_NUMBER: { operator: label, keep: 2 }', 'minScore: 7', 'bulk: { threshold: 0 }', ''].join('\n');
    expect(problems(files.file('many.yaml', yaml))).toEqual([
      '2:18: rules.CARD_NUMBER: unknown key "acton" (did you mean "action"?)',
      '2:38: rules.CARD_NUMBER.keep: must be a whole number from 0 to 32',
      '3:42: rules.PHONE_NUMBER.keep: keep applies only to operator: mask',
      '4:11: minScore: must be a number from 0 to 1',
      '5:20: bulk.threshold: must be a whole number, 1 or more',
    ]);
  });

  it('never repeats a value from the file', () => {
    const yaml = 'allow:\n  values: [4111111111111111]\n  phones: ["+263 77 secret 99"]\n  emails: ["jane.secret@gmail"]\n';
    const message = problems(files.file('secrets.yaml', yaml)).join('\n');
    expect(message).toContain('allow.values[0]');
    expect(message).not.toMatch(/4111|secret/);
  });

  it('refuses a missing file and a file that is not UTF-8, naming the file', () => {
    const missing = `${files.file('present.yaml', '')}.missing`;
    expect(() => loadPolicyFile(missing)).toThrow(`${missing}: cannot read the policy file (ENOENT)`);
    const latin1 = files.file('latin1.yaml', Uint8Array.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xe9, 0x0a]));
    expect(() => loadPolicyFile(latin1)).toThrow(`${latin1}: the policy file is not UTF-8 text`);
  });
});

describe('a policy file is read over the default policy', () => {
  it('keeps every default it does not change', () => {
    const policy = loadPolicyFile(files.file('bank.yaml', 'minScore: 0.7\nrules:\n  CARD_NUMBER: { keep: 2 }\n'));
    const defaults = defaultPolicy().base;
    expect(policy.base.minScore).toBe(0.7);
    expect(policy.base.rules.CARD_NUMBER).toEqual({ action: 'redact', operator: { kind: 'mask', keep: 2 }, requires: [] });
    expect(policy.base.rules.CARD_CVV).toEqual(defaults.rules.CARD_CVV);
    expect(policy.base.bulk).toEqual(defaults.bulk);
    expect(policy.base.region).toBe('ZW');
  });

  it('reads empty keys as empty, and an empty file as the default policy', () => {
    const nulls = loadPolicyFile(files.file('nulls.yaml', 'brands:\nchannels:\n  chat:\nallow:\n  emails:\n'));
    expect(nulls.channels.get('chat')).toEqual({});
    expect(nulls.base.rules).toEqual(defaultPolicy().base.rules);
    expect(loadPolicyFile(files.file('empty.yaml', '')).base).toEqual(defaultPolicy().base);
  });

  it('stores allowlists in canonical form: addresses lower-cased, numbers in E.164', () => {
    const yaml = 'region: GB\nallow:\n  emails: [Support@OurBank.co.zw]\n  domains: [OurBank.co.zw]\n  phones: ["020 7946 0000", "+263 242 700 000"]\n  values: ["4111-1111 1111 1111"]\n';
    const allow = loadPolicyFile(files.file('canonical.yaml', yaml)).base.allow;
    expect([...allow.emails]).toEqual(['support@ourbank.co.zw']);
    expect(allow.domains).toEqual(['ourbank.co.zw']);
    expect([...allow.phones]).toEqual(['+442079460000', '+263242700000']);
    expect([...allow.values]).toEqual(['4111111111111111']);
  });
});

describe('policy version', () => {
  const sha12 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

  it('is <name>@<first 12 hex of the SHA-256 of the file bytes>', () => {
    const yaml = 'name: ourbank\nminScore: 0.6\n';
    expect(loadPolicyFile(files.file('v1.yaml', yaml)).version).toBe(`ourbank@${sha12(yaml)}`);
  });

  it('is named after the file when the file has no name', () => {
    expect(loadPolicyFile(files.file('acme-support.yaml', 'minScore: 0.6\n')).version).toBe(`acme-support@${sha12('minScore: 0.6\n')}`);
  });

  it('changes whenever the file changes, even a comment, and not otherwise', () => {
    const a = loadPolicyFile(files.file('a.yaml', 'minScore: 0.6\n')).version;
    const b = loadPolicyFile(files.file('a.yaml', 'minScore: 0.6\n# reviewed\n')).version;
    const c = loadPolicyFile(files.file('a.yaml', 'minScore: 0.6\n')).version;
    expect(a).not.toBe(b);
    expect(c).toBe(a);
    expect(parsePolicy('minScore: 0.6\n', 'a.yaml').version).toBe(a);
  });

  it('of the default policy hashes the shipped file', () => {
    expect(defaultPolicy().version).toBe(`default@${sha12(readFileSync(DEFAULT_YAML, 'utf8'))}`);
  });
});

describe('the default policy file', () => {
  const source = readFileSync(DEFAULT_YAML, 'utf8');

  it('ships with the build, byte for byte (npm run build copies it; tsc alone does not)', () => {
    const built = fileURLToPath(new URL('../../dist/src/policy/default-policy.yaml', import.meta.url));
    expect(readFileSync(built, 'utf8')).toBe(source);
    expect(defaultPolicySource()).toBe(source);
  });

  it('names every finding type and every setting itself (nothing falls through to the fail-closed root)', () => {
    const doc = parseDocument(source).toJS() as Record<string, Record<string, unknown>>;
    expect(Object.keys(doc.rules!).sort()).toEqual([...FINDING_TYPES].sort());
    for (const rule of Object.values(doc.rules!)) expect(rule).toHaveProperty('action');
    expect(Object.keys(doc).sort()).toEqual(['allow', 'brands', 'bulk', 'channels', 'minScore', 'name', 'region', 'rules']);
    expect(Object.keys(doc.allow!).sort()).toEqual(['customerContact', 'domains', 'emails', 'phones', 'values']);
    expect(Object.keys(doc.bulk!).sort()).toEqual(['threshold', 'types']);
  });

  it('explains every key in a comment right above it', () => {
    const lines = source.split('\n');
    const undocumented = lines.filter((line, i) => /^\s*[A-Za-z_]+:/.test(line) && !/^\s*#/.test(lines[i - 1] ?? '')).map((l) => l.trim());
    expect(undocumented).toEqual([]);
  });

  it('holds the decisions the issue asks for', () => {
    const { rules, bulk, allow } = defaultPolicy().base;
    const actions = Object.fromEntries(FINDING_TYPES.map((t) => [t, rules[t].action]));
    expect(actions).toEqual({
      CARD_NUMBER: 'redact', CARD_EXPIRY: 'redact', CARD_CVV: 'block', NATIONAL_ID: 'redact', PASSPORT_NUMBER: 'redact',
      PHONE_NUMBER: 'redact', EMAIL_ADDRESS: 'redact', IBAN: 'redact', BANK_ACCOUNT: 'redact', ROUTING_NUMBER: 'redact',
      SWIFT_BIC: 'pass', CREDENTIAL: 'block', SOLICITATION: 'block',
    });
    for (const t of ['CARD_NUMBER', 'NATIONAL_ID', 'PASSPORT_NUMBER', 'IBAN', 'BANK_ACCOUNT', 'ROUTING_NUMBER'] as const) {
      expect(rules[t].operator).toEqual({ kind: 'mask', keep: 4 });
    }
    expect(rules.CARD_EXPIRY.requires).toEqual(['CARD_NUMBER']);
    expect(bulk.threshold).toBe(5);
    expect(allow.customerContact).toBe(true);
  });
});
