#!/usr/bin/env node
// Proves each security test guards something: removes one guard at a time from the companion's
// source, runs the suite that covers it, and expects a failure. Restores every file afterwards,
// also on Ctrl+C. Slow (a few minutes); run by hand after touching a guard:
//   pnpm --filter @aigenc/tests guard-mutations [name filter]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/**
 * [name, file, original text, mutated text, vitest project, test file filter, the test that must
 * fail]: a mutation counts as caught only when that named test fails, not when any test does. A
 * guard written in two places takes two lists (originals, and what each becomes).
 */
const MUTATIONS = [
  [
    'Host check',
    'companion/src/http/guards/host.ts',
    "next(isAllowedHost(req) ? undefined : new CompanionError('MISDIRECTED_HOST'));",
    'next();',
    'security',
    'security/host-origin',
    'answers 421 for Host evil.test on /api/v1/health',
  ],
  [
    'API origin check',
    'companion/src/http/guards/origin.ts',
    'if (origin !== undefined && !fromExtension) return next(refusal(origin, onUnknownExtension));',
    '',
    'security',
    'security/host-origin',
    'refuses a web origin on /api with 403',
  ],
  [
    'CORS echoes only the extension',
    'companion/src/http/guards/origin.ts',
    'const fromExtension = origin !== undefined && extensions.has(origin);',
    'const fromExtension = origin !== undefined;',
    'security',
    'security/host-origin',
    'refuses a web origin on /api with 403 and no CORS header',
  ],
  [
    'setup same-origin check',
    'companion/src/http/guards/origin.ts',
    "if (origin !== undefined && origin !== ownOrigin(req)) return next(new CompanionError('FORBIDDEN_ORIGIN'));",
    '',
    'security',
    'security/host-origin',
    'refuses another local app on a setup write',
  ],
  [
    'API fetch metadata',
    'companion/src/http/guards/origin.ts',
    "fetchSite !== 'none'\n      ) {",
    "fetchSite !== 'none' &&\n        false\n      ) {",
    'security',
    'security/host-origin',
    'refuses an unsafe method with Sec-Fetch-Site: cross-site on the API',
  ],
  [
    'setup fetch metadata',
    'companion/src/http/guards/origin.ts',
    "if (UNSAFE_METHODS.has(req.method) && fetchSite !== 'same-origin') {",
    'if (false) {',
    'security',
    'security/host-origin',
    'refuses a setup write with Sec-Fetch-Site: cross-site',
  ],
  [
    'preflight without allowed origin',
    'companion/src/http/guards/origin.ts',
    "if (req.method === 'OPTIONS') return next(new CompanionError('FORBIDDEN_ORIGIN'));",
    "if (req.method === 'OPTIONS') {\n        res.setHeader('Access-Control-Allow-Private-Network', 'true');\n        return void res.status(204).end();\n      }",
    'security',
    'security/host-origin',
    'does not approve a preflight that names no origin',
  ],
  [
    'JSON only',
    'companion/src/http/guards/json-only.ts',
    "if (!isJsonContentType(req.headers['content-type'])) return next(new CompanionError('UNSUPPORTED_MEDIA_TYPE'));",
    '',
    'security',
    'security/csrf-body',
    'answers 415 to text/plain on the API',
  ],
  [
    '16 KiB body limit',
    'companion/src/http/guards/json-only.ts',
    "express.json({ limit, strict: true, type: 'application/json' }),",
    "express.json({ limit: '1mb', strict: true, type: 'application/json' }),",
    'security',
    'security/csrf-body',
    'answers 413 to a 20 KiB chunked body with no declared length',
  ],
  [
    'setup CSRF token',
    'companion/src/http/setup/routes.ts',
    'api.use(csrfGuard(deps.csrfToken));',
    '',
    'security',
    'security/csrf-body',
    'refuses a same-origin JSON write without the token',
  ],
  [
    'no JSON parse messages',
    'companion/src/http/error-handler.ts',
    "  if (typeof type === 'string' && type in BODY_PARSER_ERRORS) return BODY_PARSER_ERRORS[type]!();",
    "  if (type === 'entity.parse.failed') return new ValidationError([{ path: '', message: (error as Error).message }]);\n  if (typeof type === 'string' && type in BODY_PARSER_ERRORS) return BODY_PARSER_ERRORS[type]!();",
    'security',
    'security/csrf-body',
    'does not quote a bare word back',
  ],
  [
    'no unknown field names',
    'companion/src/http/validate.ts',
    "      return 'unknown fields are not accepted';",
    '      return issue.message;',
    'security',
    'security/csrf-body',
    'does not repeat invalid values or unknown field names',
  ],
  [
    'bearer authentication',
    'companion/src/http/api.ts',
    '  router.use(bearerAuth(services.pairings, options.apiToken));\n',
    '',
    'security',
    'security/auth-pairing',
    'answers 401 without a token',
  ],
  [
    'bearer authentication on the cached metrics',
    'companion/src/http/routes/keywords.ts',
    '      if (!principalOf(req)) return false;\n',
    '',
    'security',
    'security/auth-pairing',
    'answers 401 to a cached keyword without a token or with a wrong one',
  ],
  [
    'pairing lock',
    'companion/src/store/pairing.ts',
    'if (row.failed_attempts >= PAIRING_MAX_FAILURES) {',
    'if (false) {',
    'security',
    'security/auth-pairing',
    'locks a code after five wrong tries',
  ],
  [
    'pairing code single use',
    'companion/src/store/pairing.ts',
    "this.db.prepare('UPDATE pairing_codes SET used_at = ? WHERE id = ?').run(now, row.id);",
    '',
    'security',
    'security/auth-pairing',
    'turns a code into a working token, once',
  ],
  [
    'pairing rate limit',
    'companion/src/http/api.ts',
    "['post', '/pair', pairing.redeemLimit, pairing.redeem],",
    "['post', '/pair', pairing.redeem],",
    'security',
    'security/auth-pairing',
    'rate-limits pairing attempts as a whole',
  ],
  [
    'revocation',
    'companion/src/store/pairing.ts',
    "'SELECT id, token_digest FROM pairings WHERE token_digest = ? AND revoked_at IS NULL'",
    "'SELECT id, token_digest FROM pairings WHERE token_digest = ?'",
    'security',
    'security/auth-pairing',
    'stops a revoked token at once',
  ],
  [
    'WebSocket refusal',
    'companion/src/http/server.ts',
    "  server.on('upgrade', refuseUpgrade);\n",
    "  server.on('upgrade', (_req, socket) => socket.end('HTTP/1.1 101 Switching Protocols\\r\\nUpgrade: websocket\\r\\nConnection: Upgrade\\r\\n\\r\\n'));\n",
    'security',
    'security/transport',
    'refuses every upgrade',
  ],
  [
    'frame denial',
    'companion/src/http/guards/headers.ts',
    "    xFrameOptions: { action: 'deny' },\n",
    '    xFrameOptions: false,\n',
    'security',
    'security/transport',
    'forbids framing and caching',
  ],
  [
    'slow-client timeouts',
    'companion/src/http/server.ts',
    '  headersTimeoutMs: 4_000,\n  requestTimeoutMs: 15_000,',
    '  headersTimeoutMs: 60_000,\n  requestTimeoutMs: 120_000,',
    'security',
    'security/transport',
    'closes a connection that sends its headers one byte a second',
  ],
  [
    'loopback bind',
    'companion/src/http/server.ts',
    'server.listen({ host: COMPANION_HOST, port }',
    "server.listen({ host: '0.0.0.0', port }",
    'security',
    'security/transport',
    'listens on 127.0.0.1 only',
  ],
  [
    'override policy',
    'companion/src/config.ts',
    '  problems.push(fill(M.upstream, { variable, official }));',
    '  return { origin: raw, origins, sandbox: true };\n  problems.push(fill(M.upstream, { variable, official }));',
    'security',
    'security/leaks',
    'refuses to start with NAVER_SEARCHAD_BASE_URL=https://evil.example',
  ],
  [
    'secrets stay out of logs',
    'companion/src/cli/serve.ts',
    "  logger.info({ event: 'LISTENING', port: running.port, version: VERSION }, 'companion started');",
    "  logger.info({ event: 'LISTENING', port: running.port, version: VERSION, env: config.envCredentials }, 'companion started');",
    'security',
    'security/leaks',
    'NAVER_SEARCH_CLIENT_ID appears nowhere',
  ],
  [
    'tokens kept as digests',
    'companion/src/store/pairing.ts',
    '.run(pairingId, label, sha256(token), now);',
    '.run(pairingId, label, Buffer.from(token), now);',
    'security',
    'security/leaks',
    'the paired token is kept only as a digest',
  ],
  [
    'data directory 0700',
    'companion/src/runtime.ts',
    '    chmodSync(home, 0o700);',
    '    chmodSync(home, 0o755);',
    'security',
    'security/lifecycle',
    'keeps AIGENC_HOME 0700',
  ],
  [
    'graceful SIGTERM',
    'companion/src/cli/signals.ts',
    "    process.on('SIGTERM', handler);\n",
    '',
    'security',
    'security/lifecycle',
    'exits 0 on SIGTERM',
  ],
  [
    'egress allow-list',
    'companion/src/connectors/egress.ts',
    '    if (!allowed.has(origin)) {',
    '    if (false) {',
    'companion',
    'src/connectors',
    'lets allowed origins through and refuses every other',
  ],
  [
    'public addresses only',
    'companion/src/connectors/egress.ts',
    '    if (blocked || addresses.length === 0) return callback(new EgressBlockedError(hostname), []);',
    '',
    'companion',
    'src/connectors',
    'refuses a host name that resolves to a non-public address',
  ],
  [
    'no redirects',
    'companion/src/connectors/http-client.ts',
    '    if (response.statusCode >= 300 && response.statusCode < 400) {',
    '    if (false) {',
    'companion',
    'src/connectors',
    'never follows a redirect',
  ],
  [
    'log redaction',
    'companion/src/logger.ts',
    "      redact: { paths: REDACT_PATHS, censor: '[redacted]' },\n",
    '',
    'companion',
    'src/logger',
    'redacts every credential header and field',
  ],
  [
    'vault associated data',
    'companion/src/store/vault.ts',
    // Both sides, or every entry fails to open and the binding is not what is tested.
    ["    cipher.setAAD(Buffer.from(slot, 'utf8'));\n", "    decipher.setAAD(Buffer.from(slot, 'utf8'));\n"],
    ['', ''],
    'companion',
    'src/store/vault',
    'binds each ciphertext to its slot name',
  ],
  [
    'seller write gate',
    'companion/src/services/connection-setup.ts',
    '  async assertWritable(provider: Provider, name: string): Promise<void> {\n    this.assertEnabled(provider, name);\n',
    '  async assertWritable(provider: Provider, name: string): Promise<void> {\n',
    'integration',
    'commerce-api',
    'refuses every write before any call while its switch is off',
  ],
  [
    'stock sends every option',
    'companion/src/services/commerce/stock.ts',
    '    const combinations = product.combinations.map(',
    '    const combinations = product.combinations.filter((o) => asks.some((a) => a.optionId === o.id)).map(',
    'companion',
    'src/services/commerce/stock',
    'changes one option and keeps every other option',
  ],
];

const filter = process.argv[2]?.toLowerCase();
const originals = new Map();
const restore = () => {
  for (const [path, text] of originals) writeFileSync(path, text);
  originals.clear();
};
process.on('SIGINT', () => {
  restore();
  process.exit(130);
});

/** The tests a run failed and the tests it ran, by full name, from vitest's JSON report. */
function results(project, target) {
  const dir = mkdtempSync(join(tmpdir(), 'aigenc-mutation-'));
  const out = join(dir, 'report.json');
  try {
    spawnSync('npx', ['vitest', 'run', '--project', project, target, '--reporter=json', `--outputFile=${out}`], {
      cwd: root,
      encoding: 'utf8',
    });
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const tests = report.testResults.flatMap((file) => file.assertionResults);
    return {
      ran: tests.map((t) => t.fullName),
      failed: tests.filter((t) => t.status === 'failed').map((t) => t.fullName),
    };
  } catch {
    return { ran: [], failed: [] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let missed = 0;
let caught = 0;
for (const [name, file, original, mutated, project, target, mustFail] of MUTATIONS) {
  if (filter && !name.toLowerCase().includes(filter)) continue;
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const froms = [original].flat();
  const tos = [mutated].flat();
  if (!froms.every((from) => text.includes(from))) {
    console.log(`STALE   ${name}: ${file} no longer contains the guarded text; update this table`);
    missed++;
    continue;
  }
  originals.set(path, text);
  writeFileSync(
    path,
    froms.reduce((changed, from, i) => changed.replace(from, tos[i]), text),
  );
  try {
    const { ran, failed } = results(project, target);
    const named = ran.filter((test) => test.includes(mustFail));
    const ok = named.length > 0 && failed.some((test) => test.includes(mustFail));
    const why =
      named.length === 0
        ? `no test named "${mustFail}" ran`
        : ok
          ? `"${mustFail}" failed`
          : `"${mustFail}" passed (failed instead: ${failed.length ? failed.join('; ') : 'none'})`;
    console.log(`${ok ? 'CAUGHT' : 'MISSED'}  ${name}: ${why}`);
    if (ok) caught++;
    else missed++;
  } finally {
    restore();
  }
}
console.log(`${caught} passed, ${missed} failed`);
process.exitCode = missed === 0 ? 0 : 1;
