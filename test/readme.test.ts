// README's detector table is documentation users copy from: every detector has a row, and every
// example in it really produces that detector's label.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { DETECTORS, scan } from '../detectors/index.js';
import { freshdeskEvent } from '../webhooks/freshdesk/adapter.js';
import { runPolicyCommand } from '../src/policy/command.js';
import { defaultPolicy } from '../src/policy/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const rows = new Map<string, { label: string; example: string }>();
for (const line of readme.split('\n')) {
  const m = /^\| `([a-z0-9-]+)` \| ([A-Z_, ]+) \| .* \| `([^`]+)`/.exec(line);
  if (m) rows.set(m[1]!, { label: m[2]!.trim(), example: m[3]!.replace(' / ', '\n') });
}

describe('README detector table', () => {
  it('has one row per registered detector', () => {
    expect([...rows.keys()].sort()).toEqual(DETECTORS.map((d) => d.id).sort());
  });

  it.each(DETECTORS.map((d) => [d.id, d] as const))('%s: the example is found with its label', (id, detector) => {
    const row = rows.get(id)!;
    expect(row.label).toBe(detector.types.join(', '));
    const types = scan(row.example).map((f) => f.type);
    for (const t of detector.types) expect(types).toContain(t);
  });
});

// The helpdesk guides are set-up steps users copy: the Freshdesk rule body and the app settings
// they name must be what the code reads.
describe('README helpdesk guides', () => {
  it('the Freshdesk rule payload, placeholders filled in, is an agent reply the adapter decides', () => {
    const template = /advanced \(custom\) payload:\n\n```json\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(template).toBeDefined();
    const filled = template!.replace(/\{\{([a-z_.]+)\}\}/g, (_m, name: string) => (name === 'ticket.id' ? '6541' : `<p>${name}</p>`));
    const event = freshdeskEvent(JSON.parse(filled));
    expect(event).toMatchObject({ kind: 'reply', draft: { ticketId: '6541', body: '<p>ticket.latest_public_comment</p>', agent: { email: '<p>ticket.agent.email</p>' } } });
  });

  it.each([
    ['Zendesk', 'webhooks/zendesk/app/manifest.json'],
    ['Freshdesk', 'webhooks/freshdesk/app/config/iparams.json'],
  ])('the %s app settings it names are the ones the app declares', (helpdesk, file) => {
    const guide = new RegExp(`\\n### ${helpdesk}\\n([\\s\\S]*?)\\n### `).exec(readme)?.[1] ?? '';
    const named = [...guide.matchAll(/\(`(replyguard_[a-z_]+)`\)/g)].map((m) => m[1]);
    const declared = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
    const settings = file.endsWith('manifest.json')
      ? (JSON.parse(declared) as { parameters: { name: string }[] }).parameters.map((p) => p.name)
      : Object.keys(JSON.parse(declared) as object);
    expect(named.sort()).toEqual(settings.sort());
  });
});

// README's policy section: the rules table is the default policy's, and the example files give
// exactly the `replyguard policy check` output shown under them.
const policySection = readme.slice(readme.indexOf('### Policy\n'), readme.indexOf('### Running workers on other machines'));

describe('README policy section', () => {
  const policy = defaultPolicy();

  it('has the default policy: one row per rule, with its action, operator and condition', () => {
    const table = new Map<string, string>();
    for (const m of policySection.matchAll(/^\| `([A-Z_]+)` \|([^|]*)\|([^|]*)\|([^|]*)\|/gm)) table.set(m[1]!, `${m[2]!.trim()} | ${m[3]!.trim()} | ${m[4]!.trim()}`);
    const expected = new Map<string, string>();
    for (const [type, rule] of Object.entries(policy.base.rules)) {
      const operator = rule.action !== 'redact' ? '' : rule.operator.kind === 'mask' ? `mask, keep ${rule.operator.keep}` : rule.operator.kind;
      const when = rule.requires.length ? `next to a ${rule.requires.map((t) => `\`${t}\``).join(' or ')}` : '';
      expected.set(type, `${rule.action} | ${operator} | ${when}`);
    }
    expect(Object.fromEntries(table)).toEqual(Object.fromEntries(expected));
  });

  it('states the default minScore and bulk rule', () => {
    const prose = policySection.replace(/\s+/g, ' ');
    expect(prose).toContain(`\`minScore\` (default ${policy.base.minScore})`);
    expect(prose).toContain(`Bulk disclosure: ${policy.base.bulk.threshold} or more distinct values of the types ${[...policy.base.bulk.types].join(', ')} in one draft block it`);
  });

  it('shows what `replyguard policy check` prints for each example file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-readme-policy-'));
    try {
      // Each console block's command names the file; the yaml block before it is that file.
      const blocks = [...policySection.matchAll(/```(yaml|console)\n([\s\S]*?)```/g)].map((m) => ({ kind: m[1]!, text: m[2]! }));
      const consoles = blocks.filter((b) => b.kind === 'console');
      expect(consoles).toHaveLength(2);
      let yaml: string | undefined;
      for (const block of blocks) {
        if (block.kind === 'yaml') {
          yaml = block.text;
          continue;
        }
        const [command, ...shown] = block.text.trimEnd().split('\n');
        const file = /^\$ replyguard policy check (\S+)$/.exec(command!)?.[1];
        expect(file, command).toBeDefined();
        writeFileSync(join(dir, file!), yaml!);
        const out = { stdout: collect(), stderr: collect() };
        const code = runInDir(dir, () => runPolicyCommand(['check', file!], out));
        expect(out.stdout.text() + out.stderr.text()).toBe(shown.join('\n') + '\n');
        expect(code).toBe(out.stderr.text() ? 2 : 0);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function collect(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return Object.assign(stream, { text: () => chunks.join('') });
}

/** Runs `fn` with `dir` as the working directory: the output names files as given, relative. */
function runInDir<T>(dir: string, fn: () => T): T {
  const before = process.cwd();
  process.chdir(dir);
  try {
    return fn();
  } finally {
    process.chdir(before);
  }
}
