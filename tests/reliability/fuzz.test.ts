/**
 * Every route's input, fuzzed with fast-check against a running companion (demo sandbox): the
 * routes come from the companion's own router, so a route added tomorrow is fuzzed tomorrow (and
 * the last test fails if one was not reached). Path parameters (malformed percent-encodings
 * among them), query strings and JSON bodies: whatever arrives, the answer is a status below 500
 * or a problem+json with its code; never `INTERNAL`, never a logged unhandled error; the process
 * never falls over. And every command of the CLI's table, with fuzzed arguments, in a folder of
 * its own (a stand-in systemctl, no real login item): it exits 0, 1 or 2 with words, or keeps
 * serving until stopped, and never prints a stack trace.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { EXTENSION_ORIGIN } from '@aigenc/shared/identity';
import { COMMANDS, ROUTES, RouteLog, audienceOf, routeKey } from '../support/coverage.ts';
import { sandboxOverrides } from '@aigenc/companion';
import { runAigencAsync } from '../support/companion.ts';
import { call, type Answer } from '../support/http.ts';
import { seeded } from '../support/seeded.ts';
import { setupHeaders } from '../support/setup-session.ts';
import { useCompanion } from '../support/use-companion.ts';

const TOKEN = 'fuzz-token-0123456789abcdefghijklmnopqrstuv';
const companion = useCompanion({ command: 'demo', env: { AIGENC_API_TOKEN: TOKEN, AIGENC_LOG_LEVEL: 'warn' } });
const api = { authorization: `Bearer ${TOKEN}`, origin: EXTENSION_ORIGIN };
const reached = new RouteLog();

/** Any JSON value, shapes near the real ones included. */
const json = fc.oneof(
  fc.jsonValue(),
  fc.record({ keywords: fc.oneof(fc.array(fc.string(), { maxLength: 120 }), fc.jsonValue()) }, { requiredKeys: [] }),
  fc.record(
    { urls: fc.array(fc.oneof(fc.webUrl(), fc.string()), { maxLength: 25 }), subId: fc.jsonValue() },
    { requiredKeys: [] },
  ),
  fc.record({ enabled: fc.jsonValue() }),
  fc.record({ source: fc.string(), thresholds: fc.jsonValue() }, { requiredKeys: [] }),
  fc.record({ keywords: fc.array(fc.string(), { maxLength: 6 }), months: fc.jsonValue() }, { requiredKeys: [] }),
  fc.record({ code: fc.string(), label: fc.string() }, { requiredKeys: [] }),
);
const queryValue = fc.oneof(fc.string(), fc.integer().map(String), fc.constantFrom('', '-1', '1e9', 'NaN', '%', '%zz'));
const QUERY_NAMES = ['keyword', 'limit', 'scope', 'from', 'to', 'subId', 'q', 'expected', 'format', 'offset', 'remove'];
/** A path segment: anything encoded, or bytes no decoder accepts. */
const segment = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }).map(encodeURIComponent),
  fc.constantFrom('%', '%C0', '%E0%A4%A', '%zz', '%00', '..', '%2F', 'naver-commerce', 'stockSync', 'abcdefghijkl'),
);

function expectHandled(answer: Answer, where: string): void {
  const text = `${where}: ${answer.text.slice(0, 200)}`;
  // Never a 500: an upstream or storage failure may answer 5xx, always with its own code.
  expect(answer.status, text).not.toBe(500);
  expect(answer.status, text).toBeLessThan(600);
  if (answer.status >= 400) {
    expect(answer.headers['content-type'], text).toMatch(/problem\+json/);
    expect(answer.json<{ code: string }>().code, text).toMatch(/^[A-Z_]+$/);
    expect(answer.json<{ code: string }>().code, text).not.toBe('INTERNAL');
  }
}

afterAll(() => {
  // Checked here as well as in the last test, so a filter (-t) that skips routes says so too.
  expect(companion().stdout() + companion().stderr()).not.toContain('UNHANDLED_ERROR');
});

describe('fuzzed input on every route the companion has', () => {
  let setup: Record<string, string> | null = null;
  const headersFor = async (audience: ReturnType<typeof audienceOf>) => {
    setup ??= { ...(await setupHeaders(companion().port)), 'content-type': 'application/json' };
    return audience === 'api' ? api : audience === 'setup' ? setup : {};
  };

  it.each(ROUTES.map((route) => [routeKey(route), route] as const))('%s', async (_key, route) => {
    const headers = await headersFor(audienceOf(route));
    const withBody = route.method !== 'GET';
    await fc.assert(
      fc.asyncProperty(
        fc.array(segment, { minLength: 4, maxLength: 4 }),
        fc.array(fc.tuple(fc.constantFrom(...QUERY_NAMES), queryValue), { maxLength: 3 }),
        json,
        async (segments, pairs, body) => {
          let i = 0;
          const path = route.path.replace(/:[A-Za-z]+/g, () => segments[i++ % segments.length]!);
          const query = new URLSearchParams(pairs).toString();
          const url = query ? `${path}?${query}` : path;
          const answer = await call(companion().port, url, {
            method: route.method as 'GET',
            headers: { ...headers, ...(withBody ? { 'content-type': 'application/json' } : {}) },
            ...(withBody ? { json: body } : {}),
          });
          reached.add(route.method, url);
          // The setup page itself answers any query with the page.
          if (route.path === '/setup') expect(answer.status).toBe(200);
          else expectHandled(answer, `${route.method} ${url}`);
        },
      ),
      { numRuns: 25, ...seeded(`fuzz ${routeKey(route)}`) },
    );
  });

  it('raw bodies that are not JSON at all, on every route that takes a body', async () => {
    const writes = ROUTES.filter((r) => r.method !== 'GET' && !r.path.includes(':'));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...writes), fc.string({ maxLength: 300 }), async (route, body) => {
        const headers = await headersFor(audienceOf(route));
        const answer = await call(companion().port, route.path, {
          method: route.method as 'POST',
          body,
          headers: { ...headers, 'content-type': 'application/json' },
        });
        expectHandled(answer, `${route.method} ${route.path} (raw)`);
      }),
      { numRuns: 150, ...seeded('fuzz raw bodies') },
    );
  });

  it('reached every route the router has, and the companion still answers', async () => {
    expect(reached.uncovered()).toEqual([]);
    expect((await call(companion().port, '/api/v1/health')).status).toBe(200);
    expect(companion().stdout() + companion().stderr()).not.toContain('UNHANDLED_ERROR');
  });
});

/** Words and flags the commands know, and things they must refuse (no NUL: no system passes one in argv). */
const ARGUMENT = fc.oneof(
  fc.string({ maxLength: 30 }).map((text) => text.replaceAll('\u0000', '')),
  fc.constantFrom(
    '--json',
    '--csv',
    '--demo',
    '--dry-run',
    '--since',
    '--until',
    '--file',
    '--months',
    '--sub-id',
    '--auth-only',
    'install',
    'uninstall',
    'status',
    'coupang',
    'naver-commerce',
    '2026-02-30',
    '-1',
    '%C0',
    '\u0001\n',
    'x'.repeat(300),
    'https://www.coupang.com/vp/products/1',
    'http://example.invalid/',
    '/dev/null',
  ),
);

const NOWHERE = {
  searchad: 'http://127.0.0.1:9',
  search: 'http://127.0.0.1:9',
  commerce: 'http://127.0.0.1:9',
  coupang: 'http://127.0.0.1:9',
};

describe('fuzzed arguments on every command the CLI has', () => {
  const root = mkdtempSync(join(tmpdir(), 'aigenc-fuzz-cli-'));
  const bin = join(root, 'bin');
  mkdirSync(bin);
  // `service install` must change nothing on this machine: a systemctl that only says yes.
  writeFileSync(join(bin, 'systemctl'), '#!/bin/sh\nexit 0\n');
  chmodSync(join(bin, 'systemctl'), 0o755);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each(COMMANDS)(
    'aigenc %s',
    async (command) => {
      await fc.assert(
        fc.asyncProperty(fc.array(ARGUMENT, { maxLength: 4 }), async (args) => {
          const home = mkdtempSync(join(root, 'home-'));
          const run = await runAigencAsync(
            [command, ...args],
            join(home, 'data'),
            {
              HOME: home,
              XDG_CONFIG_HOME: join(home, 'config'),
              PATH: `${bin}:${dirname(process.execPath)}:/usr/bin:/bin`,
              AIGENC_LANG: 'en',
              // Every vendor origin on a loopback port where nothing listens: no test reaches the internet.
              ...sandboxOverrides(NOWHERE),
            },
            { timeoutMs: 6_000 },
          );
          const output = `${run.stdout}\n${run.stderr}`;
          expect(output).not.toMatch(/\n\s+at .+[(:]\d+/);
          expect(output).not.toMatch(/failed \((TypeError|Error|RangeError|SyntaxError|ReferenceError)\)/);
          if (!run.timedOut)
            expect([0, 1, 2], `${command} ${JSON.stringify(args)}: ${output.slice(0, 300)}`).toContain(run.status);
        }),
        { numRuns: 3, ...seeded(`fuzz aigenc ${command}`) },
      );
    },
    120_000,
  );
});
