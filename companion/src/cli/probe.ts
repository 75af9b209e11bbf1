/**
 * `aigenc probe naver-commerce --auth-only`: issue a token and report; no order API is called.
 * `aigenc probe naver-commerce --since <ISO> [--until <ISO>] [--expected <n>] [--json]`: the
 * bounded read-only walk of the order change feed, printed as a masked summary. Refused until an
 * --auth-only probe has succeeded for the same credentials.
 */
import { parseArgs } from 'node:util';
import { openRuntime } from '../runtime.ts';
import { CommerceProbe, MAX_PROBE_PERIOD_MS } from '../services/commerce-probe.ts';
import { notConfigured } from '../services/connector-factory.ts';
import { cliLanguage, describeError, exitCodeOf, usageError } from './output.ts';
import { USAGE_MESSAGES as U } from './usage/messages.ts';
import { commerceConnector } from '../connectors/naver-commerce/connector.ts';
import { say } from '../messages.ts';
import { CLI_MESSAGES } from './messages.ts';
import { KST_ISO_OFFSET } from '@aigenc/shared/domain';

function parseInstant(flag: string, text: string): number {
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(text)) {
    throw usageError(U.probeInstant, { flag });
  }
  // A date or date-time without an offset is read as Korean time, as Smart Store shows it.
  const withOffset = /T/.test(text)
    ? /(Z|[+-]\d{2}:\d{2})$/.test(text)
      ? text
      : `${text}${KST_ISO_OFFSET}`
    : `${text}T00:00:00${KST_ISO_OFFSET}`;
  const ms = Date.parse(withOffset);
  if (!Number.isFinite(ms)) throw usageError(U.probeNotADate, { flag, text: text.slice(0, 40) });
  return ms;
}

export async function probe(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
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
    throw usageError(U.probeUsage);
  }
  if (Boolean(values['auth-only']) === Boolean(values.since)) throw usageError(U.probeOneMode);
  const since = values.since ? parseInstant('--since', values.since) : 0;
  const givenUntil = values.until ? parseInstant('--until', values.until) : undefined;
  // Without --until the period ends now, which is read from the runtime's clock once it is open.
  const checkPeriod = (until: number): number => {
    if (values.since && !(until > since)) throw usageError(U.probeUntilAfter);
    if (values.since && until - since > MAX_PROBE_PERIOD_MS) throw usageError(U.probePeriod);
    return until;
  };
  if (givenUntil !== undefined) checkPeriod(givenUntil);
  const expected = values.expected === undefined ? undefined : Number(values.expected);
  if (expected !== undefined && (!Number.isInteger(expected) || expected < 0)) throw usageError(U.probeExpected);

  const language = cliLanguage();
  const M = CLI_MESSAGES;
  const runtime = await openRuntime({ env, stdout: null });
  try {
    const credentials = await runtime.connectors.credentials(commerceConnector.provider);
    if (!credentials) throw notConfigured(commerceConnector.provider);
    const client = await runtime.connectors.client(commerceConnector);
    const probe = new CommerceProbe(client, runtime.probes, runtime.vault.digest(credentials));
    if (values['auth-only']) {
      await probe.authOnly();
      process.stdout.write(`${say(M.probeAuthenticated, language, { type: credentials.tokenType })}\n`);
      return 0;
    }
    if (!probe.authenticatedAt()) {
      process.stderr.write(`${say(M.probeAuthFirst, language)}\n`);
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
        say(M.probePeriod, language, { from: summary.from, to: summary.to }),
        say(M.probeChanges, language, { count: summary.count, duplicates: summary.duplicates }),
        say(M.probeByType, language),
        ...Object.entries(summary.byType).map(([k, v]) => `  ${k}: ${v}`),
        say(M.probeByStatus, language),
        ...Object.entries(summary.byStatus).map(([k, v]) => `  ${k}: ${v}`),
      ];
      const r = summary.reconciliation;
      if (r) {
        const difference = `${r.difference > 0 ? '+' : ''}${r.difference}`;
        lines.push(
          r.matches
            ? say(M.probeMatches, language, { expected: r.expected })
            : say(M.probeDiffers, language, { expected: r.expected, difference }),
        );
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    }
    return summary.reconciliation && !summary.reconciliation.matches ? 1 : 0;
  } catch (error) {
    process.stderr.write(`${describeError(error, language)}\n`);
    return exitCodeOf(error);
  } finally {
    runtime.close();
  }
}
