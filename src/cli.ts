#!/usr/bin/env node
/**
 * replyguard: the command line. `scan` is the linter and batch scanner (CONTRACT.md); `serve`
 * runs the HTTP API with an in-process worker, `worker` runs workers alone, `send-draft` signs and
 * posts a draft file and prints the decision, `app package` builds a helpdesk app's archive.
 */
import { parseArgs } from 'node:util';
import { isSupportedCountry } from 'libphonenumber-js/max';
import { DEFAULT_MIN_SCORE, type ScanOptions } from '../detectors/index.js';
import { loadConfig } from './config.js';
import { ReplyGuardError } from './errors.js';
import { runJsonl } from './jsonl.js';
import { runScanFiles, type ScanCommandIo } from './scan-command.js';

const USAGE = `usage: replyguard scan [options] [FILE...]
       replyguard serve
       replyguard worker
       replyguard send-draft [--url URL] FILE
       replyguard policy check FILE | show-default
       replyguard audit verify
       replyguard app package zendesk|freshdesk [--out DIR] [--domain HOST]

serve       the HTTP API (POST /v1/drafts, GET /v1/decisions/:id, POST /v1/scan,
            POST /webhooks/{zendesk,intercom,freshdesk}, /healthz, /readyz,
            /metrics, /openapi.json) on HOST:PORT (default
            127.0.0.1:8080) with an in-process worker; starts a private
            redis-server when REDIS_URL is unset and nothing answers
worker      workers alone, against REDIS_URL and DATABASE_URL shared with serve
send-draft  signs the draft in FILE (JSON), posts it to the server and prints
            the decision (exit 0 approve, 1 redact or block, 3 hold)
see README.md for the settings (environment variables).

app package writes the archive a helpdesk accepts for upload (Zendesk: manifest.json,
assets/, translations/; Freshdesk: manifest.json, app/, config/) into DIR (default .)
after checking its manifest; zendesk needs --domain HOST, the host name of the
ReplyGuard server (its manifest domainWhitelist).

audit verify checks the hash chain of the audit log in the store the service
uses (DATABASE_URL, else REPLYGUARD_DATA_DIR, default ./data): exit 0 intact,
1 tampered (names the first broken entry), 2 the store cannot be opened.

Scans text for card numbers, national IDs, passports, phone numbers, e-mail
addresses, bank data and credentials. Reads standard input when no FILE (or "-")
is given.

options:
  --json             print findings as JSON (one object per file)
  --jsonl            batch mode: read {"id","text"} JSON Lines from standard input,
                     write one {"id","findings"} line per input line
  --min-score N      report findings scoring at least N, 0..1 (default ${DEFAULT_MIN_SCORE})
  --region CC        region tried first for national phone numbers (default ZW);
                     other common regions are always tried after it
  -h, --help         show this help
  -v, --version      show the version

exit status: 0 nothing found, 1 findings, 2 usage or input error
             (--jsonl: 0 when every line was scanned, 2 on a malformed line)`;

export async function main(argv: readonly string[], io: ScanCommandIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    io.stdout.write(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (command === '-v' || command === '--version') {
    io.stdout.write(`${await version()}\n`);
    return 0;
  }
  try {
    if (command === 'scan') return await scanCommand(rest, io);
    if (command === 'serve' || command === 'worker') return await serviceCommand(command, io);
    if (command === 'send-draft') return await sendDraftCommand(rest, io);
    if (command === 'policy') return (await import('./policy/command.js')).runPolicyCommand(rest, io);
    if (command === 'audit') return await auditCommand(rest, io);
    if (command === 'app') return await appCommand(rest, io);
    throw new ReplyGuardError('RG_ERR_USAGE', `unknown command "${command}"`);
  } catch (err) {
    if (err instanceof ReplyGuardError) {
      io.stderr.write(`replyguard: ${err.message}\n`);
      if (err.code === 'RG_ERR_USAGE') io.stderr.write('run "replyguard --help" for usage\n');
      return err.exitCode;
    }
    throw err;
  }
}

async function scanCommand(args: readonly string[], io: ScanCommandIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        'min-score': { type: 'string' },
        region: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new ReplyGuardError('RG_ERR_USAGE', (err as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(USAGE + '\n');
    return 0;
  }
  if (values.json && values.jsonl) throw new ReplyGuardError('RG_ERR_USAGE', '--json and --jsonl cannot be combined');
  const options: ScanOptions = {};
  if (values['min-score'] !== undefined) options.minScore = parseMinScore(values['min-score']);
  if (values.region !== undefined) options.region = parseRegion(values.region);
  if (values.jsonl) {
    if (positionals.length) throw new ReplyGuardError('RG_ERR_USAGE', '--jsonl reads standard input; do not give files');
    await runJsonl(io.stdin, io.stdout, options);
    return 0;
  }
  return runScanFiles(positionals, values.json ? 'json' : 'table', options, io);
}

/** Runs until SIGINT or SIGTERM, then shuts down gracefully (in-flight requests and jobs finish). */
async function serviceCommand(role: 'serve' | 'worker', io: ScanCommandIo): Promise<number> {
  const config = loadConfig();
  // Loaded here, not at the top: `scan` must not pay for express and BullMQ at start-up.
  const { openComponents } = await import('./components.js');
  const { requireSharedStore, startService } = await import('./service.js');
  if (role === 'worker') requireSharedStore(config);
  const components = await openComponents(config);
  const service = await startService({ config, role, components }).catch(async (err: unknown) => {
    await components.sink.close().catch(() => undefined);
    throw err;
  });
  process.on('unhandledRejection', (err) => service.log.error({ error: { name: err instanceof Error ? err.name : typeof err } }, 'unhandled rejection'));
  await new Promise<void>((resolve) => {
    const stop = (signal: string): void => {
      io.stderr.write(`replyguard: ${signal}: shutting down\n`);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await service.close();
  return 0;
}

async function sendDraftCommand(args: readonly string[], io: ScanCommandIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, options: { url: { type: 'string' } } });
  } catch (err) {
    throw new ReplyGuardError('RG_ERR_USAGE', (err as Error).message);
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length) throw new ReplyGuardError('RG_ERR_USAGE', 'send-draft takes one FILE (a JSON draft)');
  const { sendDraft } = await import('./send-draft.js');
  return sendDraft({ file, url: parsed.values.url, config: loadConfig(), stdout: io.stdout, stderr: io.stderr });
}

async function auditCommand(args: readonly string[], io: ScanCommandIo): Promise<number> {
  if (args.length !== 1 || args[0] !== 'verify') throw new ReplyGuardError('RG_ERR_USAGE', 'usage: replyguard audit verify');
  const { runAuditVerify } = await import('./store/audit-command.js');
  return runAuditVerify(process.env, io);
}

async function appCommand(args: readonly string[], io: ScanCommandIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, options: { out: { type: 'string' }, domain: { type: 'string' } } });
  } catch (err) {
    throw new ReplyGuardError('RG_ERR_USAGE', (err as Error).message);
  }
  const [verb, kind, ...extra] = parsed.positionals;
  const { isAppKind, packageApp } = await import('./app-package.js');
  if (verb !== 'package' || !isAppKind(kind) || extra.length) throw new ReplyGuardError('RG_ERR_USAGE', 'usage: replyguard app package zendesk|freshdesk [--out DIR] [--domain HOST]');
  const app = packageApp(kind, { ...(parsed.values.out !== undefined ? { outDir: parsed.values.out } : {}), ...(parsed.values.domain !== undefined ? { domain: parsed.values.domain } : {}) });
  io.stdout.write(`${app.path}\n${app.files.map((f) => `  ${f}`).join('\n')}\n`);
  return 0;
}

function parseMinScore(raw: string): number {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) {
    throw new ReplyGuardError('RG_ERR_USAGE', `--min-score must be a number from 0 to 1, got "${raw}"`);
  }
  return n;
}

function parseRegion(raw: string): string {
  const cc = raw.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(cc) || !isSupportedCountry(cc)) {
    throw new ReplyGuardError('RG_ERR_USAGE', `--region must be a two-letter country code such as ZW or GB, got "${raw}"`);
  }
  return cc;
}

async function version(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
