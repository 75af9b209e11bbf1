/**
 * Raw HTTP against the companion with full control of every header (Host and Origin included),
 * which fetch does not allow. A plain undici Agent: tests talk to loopback only.
 */
import { connect, type Socket } from 'node:net';
import { Agent, request } from 'undici';

const agent = new Agent({ keepAliveTimeout: 10, keepAliveMaxTimeout: 10 });

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json<T = Record<string, unknown>>(): T;
}

export interface Call {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'OPTIONS' | 'PATCH';
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Sent as JSON with Content-Type application/json. */
  json?: unknown;
}

export async function call(port: number, path: string, options: Call = {}): Promise<Answer> {
  const headers: Record<string, string> = { host: `127.0.0.1:${port}`, ...options.headers };
  let body = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['content-type'] ??= 'application/json';
  }
  const response = await request(`http://127.0.0.1:${port}${path}`, {
    dispatcher: agent,
    method: options.method ?? 'GET',
    headers,
    body: body ?? null,
  });
  const text = await response.body.text();
  return {
    status: response.statusCode,
    headers: response.headers,
    text,
    json: <T>() => JSON.parse(text) as T,
  };
}

/** Opens a raw TCP connection to the companion. */
export function rawSocket(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Everything a raw socket receives until it closes or `timeoutMs` passes. */
export function readUntilClose(
  socket: Socket,
  timeoutMs: number,
): Promise<{ data: string; closed: boolean; afterMs: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    let data = '';
    const timer = setTimeout(() => resolve({ data, closed: false, afterMs: Date.now() - started }), timeoutMs);
    socket.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
    socket.once('close', () => {
      clearTimeout(timer);
      resolve({ data, closed: true, afterMs: Date.now() - started });
    });
  });
}
