/**
 * What `aigenc doctor` looks at on this machine, without changing anything: the data folder's
 * mode and who answers on the companion's port. The vendors' clocks are the connectors' to ask
 * (`connectors/vendor-clock.ts`).
 */
import { accessSync, constants, statSync } from 'node:fs';
import { connect } from 'node:net';
import type { DataDirFact, PortFact } from './checks.ts';

export function dataDirFact(path: string): DataDirFact {
  try {
    const stat = statSync(path);
    if (!stat.isDirectory()) return { path, writable: false, code: 'ENOTDIR' };
    accessSync(path, constants.W_OK);
    // Windows has no POSIX mode bits worth judging: the folder is the user's profile.
    return { path, writable: true, mode: process.platform === 'win32' ? 0o700 : stat.mode };
  } catch (error) {
    return { path, writable: false, code: (error as NodeJS.ErrnoException).code ?? 'unknown' };
  }
}

/**
 * Asks `GET /api/v1/health` on 127.0.0.1:port over a plain socket (it never leaves the machine):
 * this companion answers `{"status": "ok", "version"}`; a refused connection means nobody listens.
 */
export function portFact(port: number, timeoutMs = 2_000): Promise<PortFact> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    let settled = false;
    const done = (fact: PortFact) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(fact);
    };
    socket.setTimeout(timeoutMs, () => done({ port, state: 'taken' }));
    socket.on('connect', () =>
      socket.write(
        `GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAccept: application/json\r\nConnection: close\r\n\r\n`,
      ),
    );
    socket.on('data', (chunk: Buffer) => {
      if (chunks.length < 32) chunks.push(chunk);
    });
    socket.on('end', () => done(readHealth(port, Buffer.concat(chunks).toString('utf8'))));
    socket.on('error', (error: NodeJS.ErrnoException) =>
      // Refused: nobody listens. Anything else (a reset): something holds the port.
      done(error.code === 'ECONNREFUSED' ? { port, state: 'free' } : { port, state: 'taken' }),
    );
  });
}

function readHealth(port: number, answer: string): PortFact {
  const [head = '', body = ''] = answer.split('\r\n\r\n', 2);
  if (!/^HTTP\/1\.1 200 /.test(head)) return { port, state: 'taken' };
  try {
    const json = JSON.parse(body) as { status?: unknown; version?: unknown };
    if (json.status === 'ok' && typeof json.version === 'string') return { port, state: 'ours', version: json.version };
  } catch {
    // Not our JSON: another program.
  }
  return { port, state: 'taken' };
}
