/**
 * The `aigenc` command against the sandbox: keywords, deeplinks and the Commerce probe, their exit
 * codes, and what happens under vendor errors (no retry of an authentication error, a 429 storm
 * cooling every call down, nothing sent for input that is refused).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS, demoEnvironment, startSandbox, type RunningSandbox } from '@aigenc/companion';
import { AIGENC_BIN, runAigencAsync } from '../support/companion.ts';
import { call } from '../support/http.ts';
import { CoupangReportResponseSchema } from '@aigenc/shared/contract';
import { addDays, koreanDay } from '@aigenc/shared/domain';

let sandbox: RunningSandbox;
let home: string;

beforeAll(async () => {
  sandbox = await startSandbox({ searchad: { minIntervalMs: 100 } });
});
afterAll(() => sandbox.close());
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'aigenc-cli-'));
  for (const state of Object.values(sandbox.states)) state.reset();
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function aigenc(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [AIGENC_BIN, ...args], {
      env: {
        PATH: process.env['PATH'],
        HOME: process.env['HOME'],
        AIGENC_HOME: home,
        AIGENC_VAULT: 'file',
        AIGENC_LANG: 'ko',
        ...demoEnvironment(sandbox.urls),
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

const stats = (api: keyof RunningSandbox['urls']) => sandbox.states[api].stats;

describe('aigenc keywords', () => {
  it('prints the metrics as JSON in the contract’s shape', async () => {
    const run = await aigenc(['keywords', '무선 이어폰', '캠핑의자', '--json']);
    expect(run.status).toBe(0);
    const items = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(items.map((i) => [i['keyword'], i['normalizedKeyword'], i['found']])).toEqual([
      ['무선 이어폰', '무선이어폰', true],
      ['캠핑의자', '캠핑의자', true],
    ]);
    expect(items[0]).toMatchObject({
      searches: { total: expect.any(Number) },
      documents: { blog: expect.any(Number) },
      cached: false,
    });
    expect(stats('searchad')['searchad:hints:2']).toBe(1);
  });

  it('reads a file of keywords, five hints a Search Ad call, and writes CSV for a spreadsheet', async () => {
    const file = join(home, 'list.txt');
    const list = [
      '캠핑의자',
      '노트북',
      '러그',
      '레고',
      '텀블러',
      '보온병',
      '가습기',
      '제습기',
      '선풍기',
      '킥보드',
      '# a comment',
      '',
    ];
    writeFileSync(file, list.join('\n'));
    const run = await aigenc(['keywords', '--file', file, '--csv']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\r\n');
    expect(lines[0]!.startsWith('\uFEFF"keyword","pc"')).toBe(true);
    expect(lines).toHaveLength(11);
    expect(stats('searchad')['searchad:ok']).toBe(2);
  });

  it('says which key is wrong, exits 1, and never retries an authentication error', async () => {
    const run = await aigenc(['keywords', '캠핑의자'], { NAVER_SEARCHAD_SECRET_KEY: 'wrong-secret' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('비밀키');
    expect(run.stderr).not.toContain('wrong-secret');
    expect(stats('searchad')['GET /keywordstool']).toBe(1);
  });

  it('cools down after a 429 storm, and the next run is refused without calling Naver', async () => {
    sandbox.states.searchad.inject({ kind: 'status-429', count: 3 });
    const keywords = Array.from({ length: 15 }, (_, i) => `키워드${i}`);
    const first = await aigenc(['keywords', ...keywords]);
    expect(first.status).toBe(1);
    expect(stats('searchad')['GET /keywordstool']).toBe(3);
    const second = await aigenc(['keywords', '캠핑의자']);
    expect(second.status).toBe(1);
    // The job waits for the cooldown's end, in words, and is kept for the companion to finish.
    expect(second.stderr).toMatch(/저절로 이어서 조회합니다/);
    expect(second.stderr).toContain('작업은 컴패니언에 남아');
    expect(stats('searchad')['GET /keywordstool']).toBe(3);
  });

  it('refuses bad usage with exit 2', async () => {
    expect((await aigenc(['keywords'])).status).toBe(2);
    expect((await aigenc(['keywords', 'x', '--json', '--csv'])).status).toBe(2);
    expect((await aigenc(['keywords', 'x'.repeat(101)])).status).toBe(2);
    expect((await aigenc(['keywords', '--file', join(home, 'missing.txt')])).status).toBe(2);
  });

  it('says what was wrong in the terminal’s language: Korean on a Korean system, else English', async () => {
    const korean = await aigenc(['trend', '캠핑', '--months', '500'], { AIGENC_LANG: '', LANG: 'ko_KR.UTF-8' });
    expect(korean.status).toBe(2);
    expect(korean.stderr.trim()).toBe('--months에는 12부터 120까지의 정수를 주세요.');
    const english = await aigenc(['trend', '캠핑', '--months', '500'], { AIGENC_LANG: '', LANG: 'en_US.UTF-8' });
    expect(english.stderr.trim()).toBe('--months takes a whole number from 12 to 120.');
    const missing = await aigenc(['keywords', '--file', join(home, 'missing.txt')], { AIGENC_LANG: 'ko' });
    expect(missing.stderr).toContain('을(를) 읽을 수 없습니다: ENOENT');
    const unknown = await aigenc(['frobnicate'], { AIGENC_LANG: 'ko' });
    expect(unknown.stderr).toContain('알 수 없는 명령 "frobnicate"입니다.');
    expect(unknown.stderr).toContain('사용법: aigenc [명령] [옵션]');
    const help = await aigenc(['help'], { AIGENC_LANG: '', LANG: 'ko_KR.UTF-8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('doctor [--json]  Node, 데이터 폴더');
    const helpEnglish = await aigenc(['service', '--help'], { AIGENC_LANG: '', LANG: 'C.UTF-8' });
    expect(helpEnglish.stdout).toContain('Usage: aigenc [command] [options]');
  });
});

describe('aigenc deeplink', () => {
  it('prints a short link for a Coupang page', async () => {
    const run = await aigenc([
      'deeplink',
      'https://www.coupang.com/vp/products/7335597976?itemId=1',
      '--sub-id',
      'blog1',
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^https:\/\/link\.coupang\.com\/a\/[0-9a-z]{6}\thttps:\/\/www\.coupang\.com\/vp\/products\/7335597976/,
    );
  });

  it('refuses a look-alike host before any call', async () => {
    const run = await aigenc(['deeplink', 'https://www.coupang.com.evil.example/vp/products/1']);
    expect(run.status).toBe(2);
    expect(stats('coupang')['coupang:deeplink']).toBeUndefined();
  });

  it('names the wrong key in words', async () => {
    const run = await aigenc(['deeplink', 'https://www.coupang.com/vp/products/1'], {
      COUPANG_PARTNERS_ACCESS_KEY: 'nope',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Access Key');
  });
});

describe('aigenc report coupang', () => {
  const today = () => koreanDay(Date.now());

  it('prints the days, the totals and the subIds, up to yesterday (KST) by default', async () => {
    const since = addDays(today(), -7);
    const run = await aigenc(['report', 'coupang', '--since', since]);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^날짜\s+클릭\s+주문\s+취소\s+판매액\s+수익$/);
    expect(lines[1]).toMatch(new RegExp(`^${since}\\s+[\\d,]+`));
    expect(run.stdout).toContain(addDays(today(), -1));
    expect(run.stdout).not.toContain(today());
    expect(run.stdout).toMatch(/^합계\s+[\d,]+/m);
    expect(run.stdout).toMatch(/^blog\s+[\d,]+/m);
    expect(run.stdout).toContain('(subId 없음)');
    expect(run.stdout).toContain('확정');
  });

  it('writes JSON in the API shape and CSV with a BOM, filtered by subId', async () => {
    const since = addDays(today(), -10);
    const until = addDays(today(), -3);
    const json = await aigenc(['report', 'coupang', '--since', since, '--until', until, '--sub-id', 'blog', '--json']);
    expect(json.status).toBe(0);
    const answer = CoupangReportResponseSchema.parse(JSON.parse(json.stdout));
    expect(answer.days).toHaveLength(8);
    expect(answer.bySubId.map((b) => b.subId)).toEqual(['blog']);
    const csv = await aigenc(['report', 'coupang', '--since', since, '--until', until, '--csv']);
    const rows = csv.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe('\uFEFF"date","clicks","orders","cancels","gmv","commission"');
    expect(rows).toHaveLength(9);
  });

  it('refuses bad usage and bad spans with exit 2, asking Coupang nothing', async () => {
    for (const args of [
      ['report', 'coupang'],
      ['report', 'naver', '--since', '2026-11-01'],
      ['report', 'coupang', '--since', '2026-11-31'],
      ['report', 'coupang', '--since', addDays(today(), -400)],
      ['report', 'coupang', '--since', addDays(today(), -3), '--until', addDays(today(), 2)],
      ['report', 'coupang', '--since', '2026-11-01', '--sub-id', 'a b'],
    ]) {
      const run = await aigenc(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr.length).toBeGreaterThan(0);
    }
    expect(Object.keys(stats('coupang')).filter((k) => k.startsWith('coupang:report:'))).toEqual([]);
  });
});

describe('aigenc probe naver-commerce', () => {
  it('refuses to read orders before an --auth-only success, then prints a masked summary', async () => {
    const early = await aigenc(['probe', 'naver-commerce', '--since', '2026-11-20']);
    expect(early.status).toBe(2);
    expect(stats('commerce')['commerce:changes']).toBeUndefined();

    const auth = await aigenc(['probe', 'naver-commerce', '--auth-only']);
    expect(auth.status).toBe(0);
    expect(auth.stdout).toContain('인증 성공');
    expect(stats('commerce')['commerce:changes']).toBeUndefined();

    const walk = await aigenc([
      'probe',
      'naver-commerce',
      '--since',
      '2026-11-20',
      '--until',
      '2026-11-21',
      '--json',
      '--expected',
      '360',
    ]);
    expect(walk.status).toBe(0);
    const summary = JSON.parse(walk.stdout) as {
      count: number;
      reconciliation: { matches: boolean };
      byType: Record<string, number>;
    };
    expect(summary.count).toBe(360);
    expect(summary.reconciliation.matches).toBe(true);
    // Counts only: no order ids (the sandbox's start with 2026), no token.
    expect(walk.stdout).not.toMatch(/2026\d{8}/);
    expect(walk.stdout).not.toMatch(/access_token|Bearer/);
  });

  it('asks again for --auth-only when the keys change', async () => {
    expect((await aigenc(['probe', 'naver-commerce', '--auth-only'])).status).toBe(0);
    const other = await aigenc(['probe', 'naver-commerce', '--since', '2026-11-20'], {
      NAVER_COMMERCE_CLIENT_SECRET: DEMO_CREDENTIALS['naver-commerce'].clientSecret.replace('abcd', 'abce'),
    });
    expect(other.status).toBe(2);
  });

  it('reports a wrong secret from the token endpoint in words', async () => {
    const run = await aigenc(['probe', 'naver-commerce', '--auth-only'], {
      NAVER_COMMERCE_CLIENT_SECRET: DEMO_CREDENTIALS['naver-commerce'].clientSecret.replace('abcd', 'abce'),
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('API Center');
  });
});

describe('aigenc serve with its output closed', () => {
  it('keeps serving when whoever read its stdout has gone (`aigenc serve | head -1`)', async () => {
    const child = spawn(process.execPath, [AIGENC_BIN, 'serve'], {
      env: { PATH: process.env['PATH'], HOME: process.env['HOME'], AIGENC_HOME: home, AIGENC_PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const port = await new Promise<number>((resolve) => {
        child.stdout.on('data', (chunk: Buffer) => {
          const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(chunk.toString());
          if (match) resolve(Number(match[1]));
        });
      });
      child.stdout.destroy();
      child.stderr.destroy();
      // Every request is logged to stdout: each write now meets a closed pipe.
      for (let i = 0; i < 5; i++) {
        await call(port, '/api/v1/connections');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const health = await call(port, '/api/v1/health');
      expect(health.status).toBe(200);
      expect(child.exitCode).toBeNull();
    } finally {
      child.kill('SIGTERM');
    }
  });
});

describe('a vault that cannot be used', () => {
  const serve = (env: Record<string, string>, dir: string) =>
    runAigencAsync(['serve'], dir, { AIGENC_PORT: '0', ...env });

  // Where a keychain exists (secret-tool on the PATH) the companion would use it and keep running.
  const keychainAbsent = spawnSync('sh', ['-c', 'command -v secret-tool']).status !== 0;
  it.runIf(keychainAbsent)('stops with exit 2 and what to do when the keychain is asked for and absent', async () => {
    const run = await serve({ AIGENC_VAULT: 'keychain' }, home);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('AIGENC_VAULT=auto or file');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('stops with exit 2 and what to do when its key file is damaged', async () => {
    mkdirSync(join(home, 'vault'), { recursive: true, mode: 0o700 });
    writeFileSync(join(home, 'vault', 'vault.key'), 'short');
    const run = await serve({}, home);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/vault\.key is not a 32-byte key.*setup page/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
