/**
 * `aigenc probe naver-commerce --auth-only`: issue a token and report; no order API is called.
 * `aigenc probe naver-commerce --since <ISO> [--until <ISO>] [--expected <n>] [--json]`: the
 * bounded read-only walk of the order change feed, printed as a masked summary. Refused until an
 * --auth-only probe has succeeded for the same credentials.
 */
import { parseArgs } from 'node:util';
import { ConfigError } from '../errors.ts';
import { openRuntime } from '../runtime.ts';
import { CommerceProbe, MAX_PROBE_PERIOD_MS } from '../services/commerce-probe.ts';
import { notConfigured } from '../services/connector-factory.ts';
import { cliLanguage, describeError } from './output.ts';
import { commerceConnector } from '../connectors/naver-commerce/connector.ts';

function parseInstant(flag: string, text: string): number {
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(text)) {
    throw new ConfigError(`${flag} must be an ISO date or date-time, e.g. 2026-06-10T00:00:00+09:00.`);
  }
  // A date or date-time without an offset is read as Korean time, as Smart Store shows it.
  const withOffset = /T/.test(text)
    ? /(Z|[+-]\d{2}:\d{2})$/.test(text)
      ? text
      : `${text}+09:00`
    : `${text}T00:00:00+09:00`;
  const ms = Date.parse(withOffset);
  if (!Number.isFinite(ms)) throw new ConfigError(`${flag} is not a real date: ${text}`);
  return ms;
}

export async function probe(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      'auth-only': { type: 'boolean' },
      since: { type: 'string' },
      until: { type: 'string' },
      expected: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  if (positionals[0] !== commerceConnector.provider || positionals.length !== 1) {
    throw new ConfigError(
      'Usage: aigenc probe naver-commerce --auth-only | --since <ISO> [--until <ISO>] [--expected <n>]',
    );
  }
  if (Boolean(values['auth-only']) === Boolean(values.since))
    throw new ConfigError('Give exactly one of --auth-only or --since <ISO>.');
  const since = values.since ? parseInstant('--since', values.since) : 0;
  const givenUntil = values.until ? parseInstant('--until', values.until) : undefined;
  // Without --until the period ends now, which is read from the runtime's clock once it is open.
  const checkPeriod = (until: number): number => {
    if (values.since && !(until > since)) throw new ConfigError('--until must be after --since.');
    if (values.since && until - since > MAX_PROBE_PERIOD_MS)
      throw new ConfigError('The period may be at most 31 days (it is walked in 24-hour windows).');
    return until;
  };
  if (givenUntil !== undefined) checkPeriod(givenUntil);
  const expected = values.expected === undefined ? undefined : Number(values.expected);
  if (expected !== undefined && (!Number.isInteger(expected) || expected < 0))
    throw new ConfigError('--expected must be a whole number.');

  const language = cliLanguage();
  const ko = language === 'ko';
  const runtime = await openRuntime({ stdout: null });
  try {
    const credentials = await runtime.connectors.credentials(commerceConnector.provider);
    if (!credentials) throw notConfigured(commerceConnector.provider);
    const client = await runtime.connectors.client(commerceConnector);
    const probe = new CommerceProbe(client, runtime.probes, runtime.vault.digest(credentials));
    if (values['auth-only']) {
      await probe.authOnly();
      const type = credentials.tokenType;
      process.stdout.write(
        ko
          ? `인증 성공: ${type} 토큰을 발급받았습니다. 주문 API는 호출하지 않았습니다.\n`
          : `Authenticated: a ${type} token was issued. No order API was called.\n`,
      );
      return 0;
    }
    if (!probe.authenticatedAt()) {
      process.stderr.write(
        ko
          ? '먼저 `aigenc probe naver-commerce --auth-only`로 이 키의 인증을 확인하세요. 그 전에는 주문 조회를 하지 않습니다.\n'
          : 'Run `aigenc probe naver-commerce --auth-only` for these keys first: no order data is read before that.\n',
      );
      return 2;
    }
    const until = checkPeriod(givenUntil ?? runtime.time.now());
    const summary = await probe.orderChanges(since, until, expected);
    runtime.logger.info(
      { event: 'COMMERCE_PROBE', count: summary.count, duplicates: summary.duplicates },
      'order change probe',
    );
    if (values.json) {
      process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    } else {
      const lines = [
        ko ? `기간: ${summary.from} ~ ${summary.to}` : `Period: ${summary.from} to ${summary.to}`,
        ko
          ? `변경 건수: ${summary.count} (중복 ${summary.duplicates}건 제외)`
          : `Changes: ${summary.count} (${summary.duplicates} duplicates left out)`,
        ko ? '유형별:' : 'By type:',
        ...Object.entries(summary.byType).map(([k, v]) => `  ${k}: ${v}`),
        ko ? '상태별:' : 'By status:',
        ...Object.entries(summary.byStatus).map(([k, v]) => `  ${k}: ${v}`),
      ];
      if (summary.reconciliation) {
        const r = summary.reconciliation;
        lines.push(
          r.matches
            ? ko
              ? `대조: 스마트스토어 내보내기(${r.expected}건)와 일치합니다.`
              : `Reconciliation: matches the Smart Store export (${r.expected}).`
            : ko
              ? `대조: 스마트스토어 내보내기(${r.expected}건)와 ${r.difference > 0 ? '+' : ''}${r.difference}건 차이가 납니다.`
              : `Reconciliation: differs from the Smart Store export (${r.expected}) by ${r.difference}.`,
        );
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    }
    return summary.reconciliation && !summary.reconciliation.matches ? 1 : 0;
  } catch (error) {
    process.stderr.write(`${describeError(error, language)}\n`);
    return error instanceof ConfigError ? 2 : 1;
  } finally {
    runtime.close();
  }
}
