/**
 * Logging: pino, redacted before anything is written, to a size-capped JSON file in AIGENC_HOME
 * and, in short human form, to stdout. Log objects, not strings with values pasted in, so that
 * redaction can see them; never log request bodies, undici errors or headers with credentials.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';

export type { Logger };

const SENSITIVE_KEYS = [
  'authorization',
  'x-api-key',
  'x-customer',
  'x-signature',
  'x-naver-client-id',
  'x-naver-client-secret',
  'x-ncp-apigw-api-key-id',
  'x-ncp-apigw-api-key',
  'client_secret',
  'client_secret_sign',
  'access_token',
  'secretKey',
  'clientSecret',
  'apiKey',
  'accessKey',
  'token',
  'cookie',
];

/** Redaction paths: each sensitive key at the top level, one and two levels down. */
export const REDACT_PATHS = SENSITIVE_KEYS.flatMap((key) => {
  const k = /^[A-Za-z_]\w*$/.test(key) ? `.${key}` : `["${key}"]`;
  return [k.slice(k.startsWith('.') ? 1 : 0), `*${k}`, `*.*${k}`];
});

const LOG_FILE = 'companion.log';
const MAX_LOG_BYTES = 5 * 1024 * 1024;
const KEPT_FILES = 2;

/** Appends to logs/companion.log and rotates it (companion.log.1, .2) once it passes the cap. */
export class RotatingFileStream extends Writable {
  private fd: number;
  private size: number;
  /** Lines lost while the file could not be written (a full disk): the server keeps running. */
  dropped = 0;

  constructor(
    private readonly dir: string,
    private readonly maxBytes = MAX_LOG_BYTES,
  ) {
    super();
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    this.fd = openSync(join(dir, LOG_FILE), 'a', 0o600);
    this.size = statSync(join(dir, LOG_FILE)).size;
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    try {
      if (this.size + chunk.length > this.maxBytes && this.size > 0) this.rotate();
      writeSync(this.fd, chunk);
      this.size += chunk.length;
      if (this.dropped > 0) {
        process.stderr.write(`log file writable again; ${this.dropped} lines were lost\n`);
        this.dropped = 0;
      }
      callback();
    } catch (error) {
      // Logging never stops the companion: a line that cannot be written is dropped and counted.
      if (this.dropped++ === 0) {
        const code = (error as NodeJS.ErrnoException).code ?? 'error';
        process.stderr.write(`log file cannot be written (${code}): log lines are dropped until it can\n`);
      }
      callback();
    }
  }

  override _final(callback: (error?: Error | null) => void): void {
    closeSync(this.fd);
    callback();
  }

  private rotate(): void {
    closeSync(this.fd);
    const path = (n: number) => join(this.dir, n === 0 ? LOG_FILE : `${LOG_FILE}.${n}`);
    rmSync(path(KEPT_FILES), { force: true });
    for (let n = KEPT_FILES - 1; n >= 0; n--) {
      try {
        renameSync(path(n), path(n + 1));
      } catch {
        // A missing older file is fine.
      }
    }
    this.fd = openSync(path(0), 'a', 0o600);
    this.size = 0;
  }
}

const LEVEL_NAMES: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};

/** One short line per record for a person watching the terminal; the file keeps full JSON. */
export class HumanStream extends Writable {
  constructor(private readonly out: NodeJS.WritableStream = process.stdout) {
    super();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void): void {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line) continue;
      try {
        const { level, time, msg, pid: _pid, hostname: _host, ...rest } = JSON.parse(line) as Record<string, unknown>;
        const extra = Object.entries(rest)
          .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
          .join(' ');
        const clock = new Date(Number(time)).toISOString().slice(11, 19);
        this.out.write(
          `${clock} ${LEVEL_NAMES[Number(level)] ?? level} ${String(msg ?? '')}${extra ? ` ${extra}` : ''}\n`,
        );
      } catch {
        this.out.write(`${line}\n`);
      }
    }
    callback();
  }
}

export interface LoggerOptions {
  home: string;
  level: string;
  stdout?: NodeJS.WritableStream | null;
}

export function createLogger(options: LoggerOptions): Logger {
  const streams: pino.StreamEntry[] = [{ level: 'trace', stream: new RotatingFileStream(join(options.home, 'logs')) }];
  if (options.stdout !== null) streams.push({ level: 'trace', stream: new HumanStream(options.stdout) });
  return pino(
    {
      level: options.level,
      base: null,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      serializers: { err: serializeError },
    },
    pino.multistream(streams),
  );
}

/** Errors are logged by name, code and message only: never undici objects or their requests. */
export function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const { code } = error as { code?: unknown };
  return {
    type: error.name,
    ...(typeof code === 'string' ? { code } : {}),
    message: error.message.slice(0, 300),
  };
}
