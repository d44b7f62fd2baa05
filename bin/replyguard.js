#!/usr/bin/env node
// The package's command. The TypeScript build (npm run build, run by npm install) writes dist/.
import { main } from '../dist/src/cli.js';

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
