/**
 * Starting and stopping the HTTP server; tests start it in-process on port 0.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Config } from '../config.js';
import { createApp } from './app.js';

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

export function startServer(config: Config): Promise<RunningServer> {
  const app = createApp(config);
  return new Promise((resolve, reject) => {
    const server: Server = app.listen(config.port, config.host, () => {
      const { port } = server.address() as AddressInfo;
      const host = config.host.includes(':') ? `[${config.host}]` : config.host;
      resolve({
        url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
        close: () => new Promise<void>((done, fail) => server.close((err) => (err ? fail(err) : done()))),
      });
    });
    server.once('error', reject);
  });
}
