#!/usr/bin/env node
// The package's command. The TypeScript build (npm run build, run by npm install) writes dist/.
import { setFlagsFromString } from 'node:v8';

// Regexes go straight to machine code on first use instead of V8's bytecode interpreter first:
// the detectors' hundreds of patterns would otherwise be compiled twice, and the bytecode stage
// is the slower one for the large ones (a fifth of batch mode's warm-up CPU). Set before any
// pattern runs; matching is the same either way.
setFlagsFromString('--no-regexp-tier-up');
const { main } = await import('../dist/src/cli.js');

process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`replyguard: internal error: ${err instanceof Error ? err.name : 'unknown'}\n`);
    process.exitCode = 2;
  },
);
