/**
 * First guard on every request: the Host header must name this server exactly
 * (127.0.0.1:<port> or localhost:<port>). Anything else is DNS rebinding or a misdirected request.
 */
import type { IncomingMessage } from 'node:http';
import type { Guard } from './gate.ts';
import { CompanionError } from '../../errors/index.ts';

export function isAllowedHost(req: IncomingMessage): boolean {
  const port = req.socket.localPort;
  const host = req.headers.host;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

export function hostGuard(): Guard {
  return (req, _res, next) => {
    next(isAllowedHost(req) ? undefined : new CompanionError('MISDIRECTED_HOST'));
  };
}
