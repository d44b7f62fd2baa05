/**
 * Listening and stopping: close() stops accepting, lets requests in flight finish (they are bounded
 * by DECISION_TIMEOUT_MS) and drops connections still open after `graceMs`.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { ReplyGuardError } from '../errors.js';

export interface RunningServer {
  readonly url: string;
  close(graceMs?: number): Promise<void>;
}

export function listen(app: Express, host: string, port: number): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    // Express 5 calls back with the error too (port in use, no permission).
    const server: Server = app.listen(port, host, (err?: Error) => {
      if (err) {
        const code = (err as NodeJS.ErrnoException).code;
        reject(code === 'EADDRINUSE' || code === 'EACCES' ? new ReplyGuardError('RG_ERR_CONFIG', `cannot listen on ${host}:${port} (${code}): set PORT or HOST`) : err);
        return;
      }
      const { port: bound } = server.address() as AddressInfo;
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({ url: `http://${shown === '0.0.0.0' ? '127.0.0.1' : shown}:${bound}`, close: (graceMs = 5000) => closeServer(server, graceMs) });
    });
    // Behind a load balancer keeping connections open longer than Node's 5 s default.
    server.keepAliveTimeout = 65_000;
  });
}

/** Connections that go idle after their last answer are closed as they do (keep-alive would hold them open). */
function closeServer(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const drop = setTimeout(() => server.closeAllConnections(), graceMs);
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    server.close(() => {
      clearTimeout(drop);
      clearInterval(idle);
      resolve();
    });
    server.closeIdleConnections();
  });
}
