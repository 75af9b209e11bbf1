/**
 * Plumbing every emulated API shares: bodies, JSON answers, per-key rate windows, counters for
 * tests, and faults injected on request through `POST /__sandbox/faults`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Clock } from '../clock.ts';

export type FaultKind =
  | 'status-429'
  | 'status-500'
  | 'status-503'
  | 'timeout'
  | 'malformed'
  | 'truncated'
  | 'slow'
  | 'reset'
  | 'redirect'
  | 'gw-authn'
  | 'gw-ip-not-allowed';

export interface Fault {
  kind: FaultKind;
  /** How many matching requests it applies to. */
  remaining: number;
  /** Only requests whose path starts with this. */
  pathPrefix: string;
  /** For `timeout` and `slow`: how long to stall, in ms. */
  delayMs: number;
}

export class SandboxState {
  /** The emulated vendor's clock (signature windows, rate limits, token lifetimes). */
  constructor(readonly now: Clock) {}

  readonly faults: Fault[] = [];
  /** Requests per "METHOD path" key, and per outcome, for tests to read. */
  readonly stats: Record<string, number> = {};
  /** Usage the emulated vendor counts (daily quotas), cleared by reset like everything else. */
  readonly usage = new Map<string, number>();
  /** When each request of a kind arrived (the vendor's clock), for tests of pacing. */
  readonly arrivals: Record<string, number[]> = {};
  private readonly windows = new Map<string, number[]>();

  arrive(key: string): void {
    (this.arrivals[key] ??= []).push(this.now());
  }

  count(key: string): void {
    this.stats[key] = (this.stats[key] ?? 0) + 1;
  }

  /** Sliding window limit: false when `key` already had `limit` requests in the last `windowMs`. */
  allow(key: string, limit: number, windowMs: number): boolean {
    const now = this.now();
    const recent = (this.windows.get(key) ?? []).filter((t) => now - t < windowMs);
    if (recent.length >= limit) {
      this.windows.set(key, recent);
      return false;
    }
    recent.push(now);
    this.windows.set(key, recent);
    return true;
  }

  /** Queues a fault: the next `count` matching requests get it instead of an answer. */
  inject(fault: { kind: FaultKind; count?: number; pathPrefix?: string; delayMs?: number }): void {
    this.faults.push({
      kind: fault.kind,
      remaining: fault.count ?? 1,
      pathPrefix: fault.pathPrefix ?? '/',
      delayMs: fault.delayMs ?? 20_000,
    });
  }

  takeFault(path: string): Fault | null {
    const fault = this.faults.find((f) => f.remaining > 0 && path.startsWith(f.pathPrefix));
    if (!fault) return null;
    fault.remaining--;
    return fault;
  }

  /** Drops the faults not used up yet, so one test's leftovers cannot reach the next. */
  clearFaults(): void {
    this.faults.length = 0;
  }

  /** What an emulator keeps besides counters (the demo store's orders): made anew on reset. */
  readonly onReset: (() => void)[] = [];

  reset(): void {
    for (const again of this.onReset) again();
    this.faults.length = 0;
    for (const key of Object.keys(this.arrivals)) delete this.arrivals[key];
    this.windows.clear();
    this.usage.clear();
    for (const key of Object.keys(this.stats)) delete this.stats[key];
  }
}

export function readBody(req: IncomingMessage, limit = 1024 * 1024): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json;charset=UTF-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** Applies a fault instead of the real answer. Returns true when the fault answered. */
export function applyFault(fault: Fault, req: IncomingMessage, res: ServerResponse): boolean {
  switch (fault.kind) {
    case 'status-429':
      sendJson(res, 429, { code: 429, message: 'Too many requests' });
      return true;
    case 'status-500':
      sendJson(res, 500, { message: 'Internal Server Error' });
      return true;
    case 'status-503':
      res.writeHead(503, { 'content-type': 'text/html' });
      res.end('<html><body>Service Unavailable</body></html>');
      return true;
    case 'malformed':
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"keywordList": [ {"relKeyword": "무선이어폰", ');
      return true;
    case 'truncated':
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '5000' });
      res.write('{"data": [');
      setTimeout(() => res.socket?.destroy(), 20);
      return true;
    case 'reset':
      req.socket.destroy();
      return true;
    case 'timeout':
      setTimeout(() => {
        if (!res.writableEnded) res.socket?.destroy();
      }, fault.delayMs);
      return true;
    case 'slow': {
      res.writeHead(200, { 'content-type': 'application/json' });
      const body = '{"slow": true}';
      let i = 0;
      const timer = setInterval(
        () => {
          if (res.destroyed || i >= body.length) {
            clearInterval(timer);
            if (!res.destroyed) res.end();
            return;
          }
          res.write(body[i++]);
        },
        Math.max(10, Math.floor(fault.delayMs / body.length)),
      );
      return true;
    }
    case 'gw-authn':
      sendJson(res, 401, { code: 'GW.AUTHN', message: '요청을 보낼 권한이 없습니다.', traceId: 'sandbox-fault' });
      return true;
    case 'gw-ip-not-allowed':
      sendJson(res, 403, { code: 'GW.IP_NOT_ALLOWED', message: '허용되지 않은 IP입니다.', traceId: 'sandbox-fault' });
      return true;
    case 'redirect':
      res.writeHead(302, { location: 'http://127.0.0.1:9/stolen' });
      res.end();
      return true;
  }
}

/** The raw query string exactly as sent (no "?"), for signatures computed over the wire. */
export function rawQuery(url: string): string {
  const index = url.indexOf('?');
  return index === -1 ? '' : url.slice(index + 1);
}

export function rawPath(url: string): string {
  const index = url.indexOf('?');
  return index === -1 ? url : url.slice(0, index);
}
