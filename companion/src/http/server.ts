/**
 * Listening: 127.0.0.1 only, with timeouts that cut slow clients off in seconds, a connection cap,
 * and WebSocket upgrades refused (after the same Host and Origin checks as every request).
 */
import { createServer, type IncomingMessage, type RequestListener, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { COMPANION_HOST } from '@aigenc/shared/identity';
import { CompanionError } from '../errors/index.ts';
import { toProblem } from '../errors/problem.ts';
import { isAllowedHost } from './guards/host.ts';
import { pickLanguage } from './language.ts';

export const SERVER_LIMITS = Object.freeze({
  headersTimeoutMs: 4_000,
  requestTimeoutMs: 15_000,
  keepAliveTimeoutMs: 5_000,
  connectionsCheckingIntervalMs: 500,
  maxConnections: 128,
  maxHeaderSize: 16 * 1024,
});

export interface RunningServer {
  server: Server;
  port: number;
  url: string;
  /** Stops accepting, lets in-flight requests finish for up to `graceMs`, then cuts the rest. */
  close(graceMs?: number): Promise<void>;
}

function refuseUpgrade(req: IncomingMessage, socket: Duplex): void {
  const error = new CompanionError(isAllowedHost(req) ? 'FORBIDDEN_ORIGIN' : 'MISDIRECTED_HOST');
  const body = JSON.stringify(toProblem(error, pickLanguage(req.headers['accept-language'])));
  socket.on('error', () => undefined);
  socket.end(
    `HTTP/1.1 ${error.status} ${error.status === 421 ? 'Misdirected Request' : 'Forbidden'}\r\n` +
      'Content-Type: application/problem+json\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
}

export function startServer(listener: RequestListener, port: number): Promise<RunningServer> {
  const server = createServer(
    {
      headersTimeout: SERVER_LIMITS.headersTimeoutMs,
      requestTimeout: SERVER_LIMITS.requestTimeoutMs,
      keepAliveTimeout: SERVER_LIMITS.keepAliveTimeoutMs,
      connectionsCheckingInterval: SERVER_LIMITS.connectionsCheckingIntervalMs,
      maxHeaderSize: SERVER_LIMITS.maxHeaderSize,
    },
    listener,
  );
  server.maxConnections = SERVER_LIMITS.maxConnections;
  server.on('upgrade', refuseUpgrade);

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: COMPANION_HOST, port }, () => {
      server.off('error', reject);
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({
        server,
        port: actualPort,
        url: `http://${COMPANION_HOST}:${actualPort}`,
        close: (graceMs = 5_000) =>
          new Promise<void>((done) => {
            const timer = setTimeout(() => server.closeAllConnections(), graceMs);
            server.close(() => {
              clearTimeout(timer);
              done();
            });
            server.closeIdleConnections();
          }),
      });
    });
  });
}
