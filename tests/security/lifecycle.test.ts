/** The contract's start and stop: the listening line, a 0700 data directory, exit 0 on signals. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCompanion } from '../support/companion.ts';
import { call } from '../support/http.ts';

describe('companion lifecycle', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'prints the listening line, keeps AIGENC_HOME 0700 and exits 0 on %s',
    async (signal) => {
      const companion = await startCompanion({
        home: join(await import('node:os').then((os) => os.tmpdir()), `aigenc-life-${Date.now()}-${signal}`, 'nested'),
      });
      try {
        expect(companion.stdout()).toMatch(
          /^listening on http:\/\/127\.0\.0\.1:\d+\nsetup: http:\/\/127\.0\.0\.1:\d+\/setup$/m,
        );
        expect(statSync(companion.home).mode & 0o777).toBe(0o700);
        expect(statSync(join(companion.home, 'aigenc.db')).mode & 0o077).toBe(0);
        expect((await call(companion.port, '/api/v1/health')).json()).toMatchObject({ status: 'ok' });
        const exited = new Promise<number | null>((resolve) => companion.child.once('exit', resolve));
        companion.child.kill(signal);
        expect(await exited).toBe(0);
        expect(companion.stdout()).toContain('companion stopped');
      } finally {
        companion.cleanup();
      }
    },
  );

  it('finishes an in-flight request before stopping', async () => {
    const companion = await startCompanion();
    try {
      const exited = new Promise<number | null>((resolve) => companion.child.once('exit', resolve));
      const pending = call(companion.port, '/setup');
      companion.child.kill('SIGTERM');
      const answer = await pending.catch(() => null);
      expect(answer === null || answer.status === 200).toBe(true);
      // The one SIGTERM's own exit: a second signal sent while the process is already leaving can
      // land after Node has put the default handlers back (its exit, not the companion's).
      expect(await exited).toBe(0);
    } finally {
      companion.cleanup();
    }
  });
});
