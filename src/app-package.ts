/**
 * `replyguard app package zendesk|freshdesk`: the archive each helpdesk accepts for upload, built
 * from webhooks/<helpdesk>/app/ and the shared webhooks/app-core/, after checking the manifest the
 * way the platform would (required fields, files the manifest names, the secure API key).
 *
 * - Zendesk (Apps framework 2.0): manifest.json, assets/, translations/. `--domain` fills the
 *   manifest's domainWhitelist: Zendesk's proxy adds the secure API key only to requests to it.
 * - Freshdesk (Freshworks platform 3.0): manifest.json, app/, config/ (iparams, request templates).
 *
 * buildApp returns the archive's files (the browser tests serve exactly these); packageApp zips them.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ReplyGuardError } from './errors.js';
import { zipEntries } from './zip.js';

export const APP_KINDS = ['zendesk', 'freshdesk'] as const;
export type AppKind = (typeof APP_KINDS)[number];

export interface AppBuildOptions {
  /** The folder holding zendesk/app, freshdesk/app and app-core. @defaultValue this checkout's webhooks/ */
  readonly sourceRoot?: string;
  /** Zendesk only, required there: the ReplyGuard server's host name. */
  readonly domain?: string;
}

export interface AppBuild {
  readonly kind: AppKind;
  readonly version: string;
  /** Archive path → contents, in archive order. */
  readonly files: ReadonlyMap<string, Buffer>;
}

/** Archive path → source path under the source root. The archive holds these and nothing else. */
const LAYOUTS: Record<AppKind, ReadonlyArray<readonly [string, string]>> = {
  zendesk: [
    ['manifest.json', 'zendesk/app/manifest.json'],
    ['assets/iframe.html', 'zendesk/app/assets/iframe.html'],
    ['assets/main.js', 'zendesk/app/assets/main.js'],
    ['assets/replyguard-core.js', 'app-core/replyguard-core.js'],
    ['assets/replyguard.css', 'app-core/replyguard.css'],
    ['translations/en.json', 'zendesk/app/translations/en.json'],
  ],
  freshdesk: [
    ['manifest.json', 'freshdesk/app/manifest.json'],
    ['app/index.html', 'freshdesk/app/app/index.html'],
    ['app/scripts/app.js', 'freshdesk/app/app/scripts/app.js'],
    ['app/scripts/replyguard-core.js', 'app-core/replyguard-core.js'],
    ['app/styles/replyguard.css', 'app-core/replyguard.css'],
    ['app/styles/images/icon.svg', 'freshdesk/app/app/styles/images/icon.svg'],
    ['config/iparams.json', 'freshdesk/app/config/iparams.json'],
    ['config/requests.json', 'freshdesk/app/config/requests.json'],
  ],
};

/** The parameter (Zendesk) or iparam (Freshdesk) holding the API key: it must be secure. */
export const API_KEY_SETTING = 'replyguard_api_key';

export function isAppKind(value: string | undefined): value is AppKind {
  return (APP_KINDS as readonly string[]).includes(value ?? '');
}

export function buildApp(kind: AppKind, options: AppBuildOptions = {}): AppBuild {
  const root = options.sourceRoot ?? defaultSourceRoot();
  if (kind !== 'zendesk' && options.domain !== undefined) throw usage('--domain applies to the zendesk app only (Freshdesk takes the host as an installation parameter)');
  if (kind === 'zendesk' && options.domain === undefined) {
    throw usage('the zendesk app needs --domain HOST: the host name of your ReplyGuard server (manifest domainWhitelist: Zendesk adds the secure API key only to requests to it)');
  }
  const files = new Map<string, Buffer>();
  const missing: string[] = [];
  for (const [archivePath, sourcePath] of LAYOUTS[kind]) {
    const path = join(root, sourcePath);
    if (existsSync(path)) files.set(archivePath, readFileSync(path));
    else missing.push(`${archivePath}: ${path} does not exist`);
  }
  if (missing.length) throw packageError(kind, missing);
  const problems = kind === 'zendesk' ? checkZendesk(files, checkedDomain(options.domain!)) : checkFreshdesk(files);
  if (problems.errors.length) throw packageError(kind, problems.errors);
  return { kind, version: problems.version, files };
}

export interface PackagedApp {
  readonly path: string;
  readonly files: readonly string[];
}

export function packageApp(kind: AppKind, options: AppBuildOptions & { readonly outDir?: string } = {}): PackagedApp {
  const app = buildApp(kind, options);
  const outDir = resolve(options.outDir ?? '.');
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, `replyguard-${kind}-${app.version}.zip`);
  writeFileSync(path, zipEntries([...app.files].map(([name, data]) => ({ name, data }))));
  return { path, files: [...app.files.keys()] };
}

/* ------------------------------------------------------------------------------------------ */

type Json = Record<string, unknown>;
interface Checked {
  errors: string[];
  version: string;
}

const usage = (message: string): ReplyGuardError => new ReplyGuardError('RG_ERR_USAGE', message);
const packageError = (kind: AppKind, errors: string[]): ReplyGuardError =>
  new ReplyGuardError('RG_ERR_APP_PACKAGE', `the ${kind} app cannot be packaged:\n  ${errors.join('\n  ')}`);

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** The value at a dotted path of a JSON object, or undefined. */
function at(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (isObject(v) ? v[key] : undefined), value);
}

/** Parses an archive file as a JSON object, or records why it is not one. */
function jsonFile(files: ReadonlyMap<string, Buffer>, name: string, errors: string[]): Json | undefined {
  const data = files.get(name);
  if (!data) {
    errors.push(`${name}: missing from the archive`);
    return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(data.toString('utf8'));
    if (isObject(parsed)) return parsed;
    errors.push(`${name}: must be a JSON object`);
  } catch (err) {
    errors.push(`${name}: not valid JSON (${(err as Error).message})`);
  }
  return undefined;
}

function requireText(json: Json, file: string, paths: readonly string[], errors: string[]): void {
  for (const path of paths) if (!isText(at(json, path))) errors.push(`${file}: "${path}" is required (a non-empty string)`);
}

/** A host name or IPv4 address, no scheme, port or path: what domainWhitelist holds. */
function checkedDomain(domain: string): string {
  const host = domain.trim().toLowerCase();
  const label = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
  if (!new RegExp(`^${label}(?:\\.${label})*$`).test(host) || host.length > 253) {
    throw usage(`--domain takes a host name such as replyguard.example.com, not a URL or host:port (got "${domain}")`);
  }
  return host;
}

function checkZendesk(files: Map<string, Buffer>, domain: string): Checked {
  const errors: string[] = [];
  const manifest = jsonFile(files, 'manifest.json', errors);
  if (!manifest) return { errors, version: '' };
  requireText(manifest, 'manifest.json', ['name', 'author.name', 'author.email', 'author.url', 'defaultLocale', 'version', 'frameworkVersion'], errors);
  if (isText(manifest.frameworkVersion) && manifest.frameworkVersion !== '2.0') errors.push(`manifest.json: "frameworkVersion" must be "2.0" (the iframe framework this app is written for)`);
  const sidebar = at(manifest, 'location.support.ticket_sidebar.url');
  if (!isText(sidebar)) errors.push('manifest.json: "location.support.ticket_sidebar.url" is required');
  else if (!files.has(sidebar)) errors.push(`manifest.json: the ticket_sidebar url "${sidebar}" is not a file of the archive`);
  if (isText(manifest.defaultLocale)) jsonFile(files, `translations/${manifest.defaultLocale}.json`, errors);
  const parameters = Array.isArray(manifest.parameters) ? manifest.parameters.filter(isObject) : [];
  const parameter = (name: string) => parameters.find((p) => p.name === name);
  if (!parameter('replyguard_url')) errors.push('manifest.json: "parameters" must declare replyguard_url');
  if (parameter(API_KEY_SETTING)?.secure !== true) errors.push(`manifest.json: "parameters" must declare ${API_KEY_SETTING} with "secure": true (it must never reach the browser)`);
  manifest.domainWhitelist = [domain];
  files.set('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
  return { errors, version: String(manifest.version ?? '') };
}

function checkFreshdesk(files: ReadonlyMap<string, Buffer>): Checked {
  const errors: string[] = [];
  const manifest = jsonFile(files, 'manifest.json', errors);
  const iparams = jsonFile(files, 'config/iparams.json', errors);
  const requests = jsonFile(files, 'config/requests.json', errors);
  if (manifest) {
    if (manifest['platform-version'] !== '3.0') errors.push('manifest.json: "platform-version" must be "3.0"');
    requireText(manifest, 'manifest.json', ['engines.node', 'engines.fdk'], errors);
    for (const key of ['url', 'icon']) {
      const file = at(manifest, `modules.support_ticket.location.ticket_sidebar.${key}`);
      if (!isText(file)) errors.push(`manifest.json: "modules.support_ticket.location.ticket_sidebar.${key}" is required`);
      else if (!files.has(`app/${file}`)) errors.push(`manifest.json: the ticket_sidebar ${key} "${file}" is not a file of the archive's app/`);
    }
    const declared = Object.keys(isObject(at(manifest, 'modules.common.requests')) ? (at(manifest, 'modules.common.requests') as Json) : {}).sort();
    const defined = Object.keys(requests ?? {}).sort();
    if (requests && declared.join() !== defined.join()) {
      errors.push(`manifest.json: "modules.common.requests" must declare exactly the templates of config/requests.json (${defined.join(', ')}); it declares ${declared.join(', ') || 'none'}`);
    }
  }
  if (iparams) {
    if (!isObject(iparams.replyguard_host)) errors.push('config/iparams.json: must define replyguard_host');
    if (at(iparams, `${API_KEY_SETTING}.secure`) !== true) errors.push(`config/iparams.json: ${API_KEY_SETTING} must be "secure": true (it must never reach the browser)`);
  }
  for (const [name, template] of Object.entries(requests ?? {})) {
    requireText(isObject(template) ? template : {}, `config/requests.json: ${name}`, ['schema.method', 'schema.host', 'schema.path'], errors);
    if (!String(at(template, 'schema.headers.Authorization') ?? '').includes(`iparam.${API_KEY_SETTING}`)) {
      errors.push(`config/requests.json: ${name}: "schema.headers.Authorization" must carry iparam.${API_KEY_SETTING}`);
    }
  }
  if (!files.get('app/index.html')?.toString('utf8').includes('{{{appclient}}}')) errors.push('app/index.html: must load the platform client with <script src="{{{appclient}}}">');
  return { errors, version: packageVersion() };
}

/** This checkout's webhooks/: from src/ (tests) or dist/src/ (the built command). */
function defaultSourceRoot(): string {
  for (const candidate of ['../webhooks/', '../../webhooks/']) {
    const path = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(join(path, 'zendesk', 'app', 'manifest.json'))) return path;
  }
  throw new ReplyGuardError('RG_ERR_APP_PACKAGE', 'the app sources (webhooks/zendesk/app, webhooks/freshdesk/app) are not in this installation');
}

/** A Freshworks manifest has no version of its own: the archive takes ReplyGuard's. */
function packageVersion(): string {
  for (const candidate of ['../package.json', '../../package.json']) {
    const path = fileURLToPath(new URL(candidate, import.meta.url));
    if (!existsSync(path)) continue;
    const pkg = JSON.parse(readFileSync(path, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === 'replyguard' && pkg.version) return pkg.version;
  }
  return '0.0.0';
}
