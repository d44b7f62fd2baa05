// README's detector table is documentation users copy from: every detector has a row, and every
// example in it really produces that detector's label.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DETECTORS, scan } from '../detectors/index.js';
import { freshdeskEvent } from '../webhooks/freshdesk/adapter.js';

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
