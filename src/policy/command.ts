/**
 * `replyguard policy check FILE`: validates a policy file and prints a one-line summary (exit 0),
 * or every problem as file:line:column (exit 2). `replyguard policy show-default`: prints the
 * documented default policy, a starting point for your own.
 */
import type { Writable } from 'node:stream';
import { RULE_ACTIONS, type Policy } from './schema.js';
import { defaultPolicySource, loadPolicyFile } from './load.js';
import { ReplyGuardError } from '../errors.js';

export const POLICY_USAGE = `usage: replyguard policy check FILE
       replyguard policy show-default

check         validate a policy file: exit 0 and a summary, or exit 2 and every
              problem as FILE:LINE:COLUMN
show-default  print the default policy (YAML, every key explained)`;

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "default@3f2a9c0e1b7d: rules 3 block, 9 redact, 1 pass; bulk at 5 values; ...". */
export function summarisePolicy(policy: Policy): string {
  const { rules, bulk, minScore, region, allow } = policy.base;
  const byAction = RULE_ACTIONS.map((a) => `${Object.values(rules).filter((r) => r.action === a).length} ${a}`).reverse();
  const allowed = [plural(allow.emails.size, 'address', 'addresses'), plural(allow.domains.length, 'domain'), plural(allow.phones.size, 'number'), plural(allow.values.size, 'value')];
  return (
    `${policy.version}: rules ${byAction.join(', ')}; bulk at ${plural(bulk.threshold, 'value')}; minScore ${minScore}; region ${region}; ` +
    `allowlist ${allowed.join(', ')}${allow.customerContact ? ", customer's own contact" : ''}; ` +
    `overrides ${plural(policy.brands.size, 'brand')}, ${plural(policy.channels.size, 'channel')}`
  );
}

export function runPolicyCommand(args: readonly string[], io: { stdout: Writable; stderr: Writable }): number {
  const [sub, ...rest] = args;
  if (sub === '-h' || sub === '--help') {
    io.stdout.write(POLICY_USAGE + '\n');
    return 0;
  }
  if (sub === 'show-default' && rest.length === 0) {
    io.stdout.write(defaultPolicySource());
    return 0;
  }
  if (sub !== 'check' || rest.length !== 1) {
    io.stderr.write(POLICY_USAGE + '\n');
    return 2;
  }
  const file = rest[0]!;
  try {
    io.stdout.write(`${file}: ok, ${summarisePolicy(loadPolicyFile(file))}\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof ReplyGuardError)) throw err;
    io.stderr.write(`${err.message}\n`);
    return err.exitCode;
  }
}
