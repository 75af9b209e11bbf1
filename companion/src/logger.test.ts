import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RotatingFileStream, createLogger } from './logger.ts';
import { tempHome } from '../test/support.ts';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function home(): string {
  const { dir, cleanup } = tempHome();
  cleanups.push(cleanup);
  return dir;
}

describe('logger', () => {
  it('redacts every credential header and field before writing, in the file and on stdout', async () => {
    const dir = home();
    const stdout = new PassThrough();
    let printed = '';
    stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const logger = createLogger({ home: dir, level: 'info', stdout });
    const canary = 'canary-1b2c3d';
    logger.info(
      {
        headers: {
          authorization: `Bearer ${canary}`,
          'x-api-key': canary,
          'x-customer': canary,
          'x-signature': canary,
          'x-naver-client-id': canary,
          'x-naver-client-secret': canary,
          'x-ncp-apigw-api-key-id': canary,
          'x-ncp-apigw-api-key': canary,
        },
        form: { client_secret_sign: canary, client_secret: canary },
        token: { access_token: canary },
        kept: 'visible',
      },
      'outbound call',
    );
    logger.flush();
    // The file is written asynchronously: wait for the line, not for an amount of time.
    await vi.waitFor(() => expect(readFileSync(join(dir, 'logs', 'companion.log'), 'utf8')).toContain('visible'));
    const file = readFileSync(join(dir, 'logs', 'companion.log'), 'utf8');
    expect(file).not.toContain(canary);
    expect(printed).toContain('outbound call');
    expect(printed).not.toContain(canary);
  });

  it('caps the log file by rotating it', () => {
    const dir = join(home(), 'logs');
    const stream = new RotatingFileStream(dir, 1000);
    for (let i = 0; i < 30; i++) stream.write(Buffer.from(`${'x'.repeat(99)}\n`));
    stream.end();
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['companion.log', 'companion.log.1', 'companion.log.2']);
    for (const file of files) expect(readFileSync(join(dir, file)).length).toBeLessThanOrEqual(1000);
  });
});
