/**
 * `replyguard app package zendesk|freshdesk`: the archives hold exactly the expected files, read
 * back by Info-ZIP's unzip (an independent reader), with the sources' bytes and parseable JSON;
 * the same sources give the same bytes; broken manifests are refused with every problem named.
 * The command runs from the build (`npm test` builds first), as users run it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp, packageApp } from '../../src/app-package.js';
import { ReplyGuardError } from '../../src/errors.js';

const BIN = fileURLToPath(new URL('../../bin/replyguard.js', import.meta.url));
const WEBHOOKS = fileURLToPath(new URL('../../webhooks/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'rg-app-package-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const unzip = (...args: string[]): string => {
  const r = spawnSync('unzip', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`unzip ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
};
const listed = (zip: string): string[] => unzip('-Z1', zip).trim().split('\n');
const member = (zip: string, name: string): Buffer => spawnSync('unzip', ['-p', zip, name]).stdout;
const source = (path: string): Buffer => readFileSync(join(WEBHOOKS, path));

describe('replyguard app package zendesk', () => {
  const out = join(work, 'zendesk');
  const packaged = packageApp('zendesk', { outDir: out, domain: 'ReplyGuard.Acme.example' });

  it('writes manifest.json, assets/ and translations/, and nothing else', () => {
    expect(packaged.path).toBe(join(out, 'replyguard-zendesk-0.1.0.zip'));
    expect(listed(packaged.path)).toEqual([
      'manifest.json',
      'assets/iframe.html',
      'assets/main.js',
      'assets/replyguard-core.js',
      'assets/replyguard.css',
      'translations/en.json',
    ]);
    expect(unzip('-t', packaged.path)).toMatch(/No errors detected/);
  });

  it('carries the sources as they are, and the manifest with the ReplyGuard host as its only whitelisted domain', () => {
    expect(member(packaged.path, 'assets/main.js').equals(source('zendesk/app/assets/main.js'))).toBe(true);
    expect(member(packaged.path, 'assets/replyguard-core.js').equals(source('app-core/replyguard-core.js'))).toBe(true);
    const manifest = JSON.parse(member(packaged.path, 'manifest.json').toString('utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ frameworkVersion: '2.0', defaultLocale: 'en', domainWhitelist: ['replyguard.acme.example'] });
    expect(manifest.parameters).toContainEqual(expect.objectContaining({ name: 'replyguard_api_key', secure: true }));
    expect(JSON.parse(member(packaged.path, 'translations/en.json').toString('utf8'))).toHaveProperty('app.name', 'ReplyGuard');
  });

  it('gives the same bytes for the same sources', () => {
    const again = packageApp('zendesk', { outDir: join(work, 'zendesk-again'), domain: 'replyguard.acme.example' });
    expect(readFileSync(again.path).equals(readFileSync(packaged.path))).toBe(true);
  });
});

describe('replyguard app package freshdesk', () => {
  const packaged = packageApp('freshdesk', { outDir: join(work, 'freshdesk') });

  it('writes manifest.json, app/ and config/, and nothing else', () => {
    expect(listed(packaged.path)).toEqual([
      'manifest.json',
      'app/index.html',
      'app/scripts/app.js',
      'app/scripts/replyguard-core.js',
      'app/styles/replyguard.css',
      'app/styles/images/icon.svg',
      'config/iparams.json',
      'config/requests.json',
    ]);
    for (const name of ['manifest.json', 'config/iparams.json', 'config/requests.json']) expect(() => JSON.parse(member(packaged.path, name).toString('utf8')), name).not.toThrow();
    expect(JSON.parse(member(packaged.path, 'config/iparams.json').toString('utf8'))).toHaveProperty('replyguard_api_key.secure', true);
    expect(member(packaged.path, 'app/scripts/replyguard-core.js').equals(source('app-core/replyguard-core.js'))).toBe(true);
  });
});

describe('manifest checks', () => {
  /** A copy of the app sources to break. */
  function sources(): string {
    const root = mkdtempSync(join(work, 'src-'));
    for (const dir of ['zendesk/app', 'freshdesk/app', 'app-core']) cpSync(join(WEBHOOKS, dir), join(root, dir), { recursive: true });
    return root;
  }
  const edit = (root: string, file: string, change: (json: Record<string, unknown>) => void): void => {
    const path = join(root, file);
    const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    change(json);
    writeFileSync(path, JSON.stringify(json));
  };
  const refusal = (fn: () => unknown): ReplyGuardError => {
    try {
      fn();
    } catch (err) {
      if (err instanceof ReplyGuardError) return err;
      throw err;
    }
    throw new Error('not refused');
  };

  it('names every problem of a broken Zendesk manifest', () => {
    const root = sources();
    edit(root, 'zendesk/app/manifest.json', (m) => {
      delete (m.author as Record<string, unknown>).email;
      (m.location as { support: { ticket_sidebar: { url: string } } }).support.ticket_sidebar.url = 'assets/missing.html';
      (m.parameters as { name: string; secure?: boolean }[]).find((p) => p.name === 'replyguard_api_key')!.secure = false;
    });
    const err = refusal(() => buildApp('zendesk', { sourceRoot: root, domain: 'replyguard.acme.example' }));
    expect(err.code).toBe('RG_ERR_APP_PACKAGE');
    expect(err.message).toContain('"author.email" is required');
    expect(err.message).toContain('the ticket_sidebar url "assets/missing.html" is not a file of the archive');
    expect(err.message).toContain('replyguard_api_key with "secure": true');
  });

  it('refuses manifests that are not JSON, and missing source files', () => {
    const root = sources();
    writeFileSync(join(root, 'freshdesk/app/manifest.json'), '{"platform-version": "3.0",');
    expect(refusal(() => buildApp('freshdesk', { sourceRoot: root })).message).toMatch(/manifest\.json: not valid JSON/);
    rmSync(join(root, 'zendesk/app/translations/en.json'));
    expect(refusal(() => buildApp('zendesk', { sourceRoot: root, domain: 'replyguard.acme.example' })).message).toMatch(/translations\/en\.json: .*does not exist/);
  });

  it('names every problem of a broken Freshdesk app', () => {
    const root = sources();
    edit(root, 'freshdesk/app/manifest.json', (m) => {
      delete (m.modules as { common: { requests: Record<string, unknown> } }).common.requests.requestReview;
    });
    edit(root, 'freshdesk/app/config/iparams.json', (p) => {
      (p.replyguard_api_key as Record<string, unknown>).secure = false;
    });
    writeFileSync(join(root, 'freshdesk/app/app/index.html'), '<script src="https://cdn.example/client.js"></script>');
    const err = refusal(() => buildApp('freshdesk', { sourceRoot: root }));
    expect(err.message).toContain('"modules.common.requests" must declare exactly the templates of config/requests.json');
    expect(err.message).toContain('replyguard_api_key must be "secure": true');
    expect(err.message).toContain('{{{appclient}}}');
  });

  it('asks Zendesk for --domain, and takes a host name only', () => {
    expect(refusal(() => buildApp('zendesk')).message).toMatch(/needs --domain HOST/);
    expect(refusal(() => buildApp('zendesk', { domain: 'https://replyguard.acme.example/' })).code).toBe('RG_ERR_USAGE');
    expect(refusal(() => buildApp('freshdesk', { domain: 'replyguard.acme.example' })).message).toMatch(/zendesk app only/);
  });
});

describe('the command', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [BIN, 'app', ...args], { encoding: 'utf8', cwd: work });

  it('prints the archive and its files (exit 0), or says what is wrong (exit 2)', () => {
    const ok = run('package', 'zendesk', '--out', 'cli', '--domain', 'replyguard.acme.example');
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout.split('\n')[0]).toBe(join(work, 'cli', 'replyguard-zendesk-0.1.0.zip'));
    expect(listed(join(work, 'cli', 'replyguard-zendesk-0.1.0.zip'))).toHaveLength(6);

    const noDomain = run('package', 'zendesk');
    expect(noDomain.status).toBe(2);
    expect(noDomain.stderr).toMatch(/needs --domain HOST/);
    const unknown = run('package', 'intercom');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/usage: replyguard app package zendesk\|freshdesk/);
  });
});
