/** Rows about the socket: WebSocket hijack, clickjacking headers, slowloris, exposure. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SERVER_LIMITS } from '@aigenc/companion';
import type { CompanionProcess } from '../support/companion.ts';
import { useCompanion } from '../support/use-companion.ts';
import { call, rawSocket, readUntilClose } from '../support/http.ts';

const current = useCompanion();
let companion: CompanionProcess;
beforeAll(() => {
  companion = current();
});

async function upgrade(origin: string | null): Promise<string> {
  const socket = await rawSocket(companion.port);
  socket.write(
    `GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1:${companion.port}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
      `Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n${origin ? `Origin: ${origin}\r\n` : ''}\r\n`,
  );
  const { data } = await readUntilClose(socket, 5_000);
  socket.destroy();
  return data;
}

describe('WebSocket upgrades', () => {
  it('answers 403 to an upgrade from a web origin, never 101', async () => {
    const data = await upgrade('https://evil.test');
    expect(data).toMatch(/^HTTP\/1\.1 403/);
    expect(data).not.toContain('101');
  });

  it('refuses every upgrade, whatever the origin', async () => {
    expect(await upgrade(null)).toMatch(/^HTTP\/1\.1 403/);
  });
});

describe('setup page headers', () => {
  it('forbids framing and caching, with a strict CSP and no HSTS', async () => {
    const answer = await call(companion.port, '/setup');
    expect(answer.status).toBe(200);
    const csp = String(answer.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(answer.headers['x-frame-options']).toBe('DENY');
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('slow clients', () => {
  it('closes a connection that sends its headers one byte a second within a few seconds', async () => {
    const socket = await rawSocket(companion.port);
    const request = `GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1:${companion.port}\r\nX-Slow: ${'a'.repeat(40)}\r\n\r\n`;
    let i = 0;
    const drip = setInterval(() => {
      if (socket.destroyed || i >= request.length) return clearInterval(drip);
      socket.write(request[i++]!);
    }, 1000);
    const result = await readUntilClose(socket, 12_000);
    clearInterval(drip);
    socket.destroy();
    process.stdout.write(
      `slow client: cut off after ${Math.round(result.afterMs)} ms (headers timeout ${SERVER_LIMITS.headersTimeoutMs} ms)\n`,
    );
    expect(result.closed).toBe(true);
    // The timer is the server's, not this machine's speed: twice the timeout leaves a loaded
    // machine seconds of slack, and a missing timeout would still hang to the 12 s read limit.
    expect(result.afterMs).toBeLessThan(2 * SERVER_LIMITS.headersTimeoutMs);
    expect(result.data).not.toContain('"status":"ok"');
  });
});

describe('exposure', () => {
  it('listens on 127.0.0.1 only, never 0.0.0.0 or ::', () => {
    const hexPort = companion.port.toString(16).toUpperCase().padStart(4, '0');
    const listeners: string[] = [];
    if (existsSync('/proc/net/tcp')) {
      for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
        if (!existsSync(file)) continue;
        for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
          const [, local, , state] = line.trim().split(/\s+/);
          if (state === '0A' && local?.endsWith(`:${hexPort}`)) listeners.push(local);
        }
      }
      expect(listeners).toEqual([`0100007F:${hexPort}`]);
    } else {
      const table = execFileSync('ss', ['-ltnH'], { encoding: 'utf8' });
      const lines = table.split('\n').filter((line) => line.includes(`:${companion.port} `));
      expect(lines.length).toBe(1);
      expect(lines[0]).toContain(`127.0.0.1:${companion.port}`);
    }
  });
});
