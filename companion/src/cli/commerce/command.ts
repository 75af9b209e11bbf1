/**
 * `aigenc commerce orders | confirm | dispatch | inquiries | answer | stock`: the seller's Smart
 * Store work from the terminal, on the same services as the page. A write is a dry run unless
 * `--apply` is given; `--json` prints the answer. Exit 0 when no item failed, 1 when one did (or the
 * vendor could not answer), 2 on bad usage.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  COMMERCE_STAGES,
  MAX_ANSWER_CHARS,
  MAX_ORDER_ITEMS,
  MAX_STOCK_ITEMS,
  type AnswerResponse,
  type OrderWriteResponse,
  type StockResponse,
} from '@aigenc/shared/contract';
import { parseDispatchRows } from '@aigenc/shared/domain';
import { openServices, type Services } from '../../compose.ts';
import { COURIERS } from '../../connectors/naver-commerce/couriers.ts';
import { say } from '../../messages.ts';
import { UsageError } from '../../errors/index.ts';
import { cliLanguage, describeError, exitCodeOf, table, usageError, type CliLanguage } from '../output.ts';
import { COMMERCE_CLI_MESSAGES as M, OUTCOME_MESSAGES as O } from './messages.ts';

const SOURCE = 'cli';
type Outcome = { status: keyof typeof O & string; code?: string | undefined; message?: string | undefined };

/** One item's outcome: the status, and why in words (the vendor's own when it refused). */
export function outcomeWords(item: Outcome & { addressChanged?: boolean | undefined }, language: CliLanguage): string {
  const status = say(O[item.status as 'applied'], language);
  const code = item.code;
  const why =
    item.message ??
    (code && code in O
      ? say(O[code as 'NOT_FOUND'], language)
      : code?.startsWith('STATUS_')
        ? say(O.status, language, { status: code.slice(7) })
        : code);
  const address = item.addressChanged ? ` ${say(O.addressChanged, language)}` : '';
  return `${status}${why ? `: ${why}` : ''}${address}`;
}

const failedAny = (items: readonly { status: string }[]) => items.some((i) => i.status === 'failed');

function print(answer: { dryRun: boolean }, json: boolean, body: () => string, language: CliLanguage): void {
  if (json) process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
  else process.stdout.write(`${body()}${answer.dryRun ? `\n${say(M.dryRunNote, language)}\n` : ''}`);
}

function orderResults(answer: OrderWriteResponse, language: CliLanguage): string {
  const head = [say(M.colId, language), say(M.colResult, language)];
  return table([head, ...answer.items.map((i) => [i.productOrderId, outcomeWords(i, language)])]);
}

function stockResults(answer: StockResponse, language: CliLanguage): string {
  const head = [
    say(M.colProduct, language),
    say(M.colOption, language),
    say(M.colStock, language),
    say(M.colResult, language),
  ];
  const rows = answer.items.map((i) => [
    String(i.originProductNo),
    i.optionId === undefined ? say(M.productTotal, language) : String(i.optionId),
    `${i.before ?? '-'} → ${i.after}`,
    outcomeWords(i, language),
  ]);
  return table([head, ...rows]);
}

/** `<originProductNo>[:<optionId>]=<quantity>`; the quantity's range is the service's to refuse per item. */
function stockAsk(text: string) {
  const match = /^(\d{1,15})(?::(\d{1,15}))?=(-?\d{1,9})$/.exec(text);
  if (!match) throw usageError(M.stock, { max: MAX_STOCK_ITEMS });
  return {
    originProductNo: Number(match[1]),
    ...(match[2] ? { optionId: Number(match[2]) } : {}),
    quantity: Number(match[3]),
  };
}

type Values = { stage?: string; file?: string; text?: string; apply?: boolean; json?: boolean; answered?: boolean };

async function run(
  services: Services,
  action: string,
  rest: string[],
  values: Values,
  language: CliLanguage,
): Promise<number> {
  const dryRun = !values.apply;
  const json = Boolean(values.json);
  switch (action) {
    case 'orders': {
      const stage = values.stage ?? 'to-confirm';
      if (!(COMMERCE_STAGES as readonly string[]).includes(stage)) throw usageError(M.stage);
      const answer = await services.commerceOrders.list(stage as (typeof COMMERCE_STAGES)[number]);
      if (json) process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
      else if (answer.items.length === 0) process.stdout.write(`${say(M.none, language)}\n`);
      else {
        const head = [M.colId, M.colOrdered, M.colProduct, M.colQuantity, M.colBuyer, M.colDue].map((m) =>
          say(m, language),
        );
        const rows = answer.items.map((o) => [
          o.productOrderId,
          o.orderDate.slice(0, 16).replace('T', ' '),
          `${o.productName}${o.optionName ? ` (${o.optionName})` : ''}`,
          String(o.quantity),
          o.buyer,
          o.shippingDueDate?.slice(0, 10) ?? '-',
        ]);
        process.stdout.write(table([head, ...rows]));
      }
      return 0;
    }
    case 'confirm': {
      if (rest.length < 1 || rest.length > MAX_ORDER_ITEMS) throw usageError(M.ids, { max: MAX_ORDER_ITEMS });
      const answer = await services.commerceConfirm.confirm(rest, dryRun, SOURCE, language);
      print(answer, json, () => orderResults(answer, language), language);
      return failedAny(answer.items) ? 1 : 0;
    }
    case 'dispatch': {
      if (!values.file) throw usageError(M.file);
      let text: string;
      try {
        text = readFileSync(values.file, 'utf8');
      } catch (error) {
        throw usageError(M.fileUnreadable, { file: values.file, code: (error as { code?: string }).code ?? 'ERROR' });
      }
      const rows = parseDispatchRows(text, COURIERS);
      if (rows.length < 1 || rows.length > MAX_ORDER_ITEMS)
        throw usageError(M.fileRows, { file: values.file, max: MAX_ORDER_ITEMS });
      const answer = await services.commerceDispatch.dispatch(rows, dryRun, SOURCE, language);
      print(answer, json, () => orderResults(answer, language), language);
      return failedAny(answer.items) ? 1 : 0;
    }
    case 'inquiries': {
      const answer = await services.commerceAnswers.list(Boolean(values.answered));
      if (json) process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
      else if (answer.items.length === 0) process.stdout.write(`${say(M.none, language)}\n`);
      else {
        const head = [M.colKind, M.colNumber, M.colOrdered, M.colProduct, M.colQuestion].map((m) => say(m, language));
        const rows = answer.items.map((i) => [
          `${say(i.kind === 'order' ? M.kindOrder : M.kindProduct, language)}${i.answered ? ` (${say(M.answeredMark, language)})` : ''}`,
          `${i.kind} ${i.id}`,
          i.createdAt.slice(0, 16).replace('T', ' '),
          i.productName ?? '-',
          (i.title ? `${i.title}: ${i.question}` : i.question).replace(/\s+/g, ' ').slice(0, 60),
        ]);
        process.stdout.write(table([head, ...rows]));
      }
      return 0;
    }
    case 'answer': {
      const [kind, id] = rest;
      const text = values.text?.trim() ?? '';
      if (
        (kind !== 'order' && kind !== 'product') ||
        !id ||
        rest.length !== 2 ||
        text.length < 1 ||
        text.length > MAX_ANSWER_CHARS
      )
        throw usageError(M.answer, { max: MAX_ANSWER_CHARS });
      const answer: AnswerResponse = await services.commerceAnswers.answer(kind, id, text, dryRun, SOURCE, language);
      print(answer, json, () => `${kind} ${id}: ${outcomeWords(answer, language)}\n`, language);
      return answer.status === 'failed' ? 1 : 0;
    }
    case 'stock': {
      if (rest.length < 1 || rest.length > MAX_STOCK_ITEMS) throw usageError(M.stock, { max: MAX_STOCK_ITEMS });
      const answer = await services.commerceStock.change(rest.map(stockAsk), dryRun, SOURCE, language);
      print(answer, json, () => stockResults(answer, language), language);
      return failedAny(answer.items) ? 1 : 0;
    }
    default:
      throw usageError(M.usage);
  }
}

export async function commerce(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      stage: { type: 'string' },
      file: { type: 'string' },
      text: { type: 'string' },
      apply: { type: 'boolean' },
      answered: { type: 'boolean' },
      json: { type: 'boolean' },
    },
  });
  const language = cliLanguage(env);
  const [action = '', ...rest] = positionals;
  if (!['orders', 'confirm', 'dispatch', 'inquiries', 'answer', 'stock'].includes(action)) throw usageError(M.usage);
  const services = await openServices({ env, stdout: null });
  try {
    return await run(services, action, rest, values, language);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    process.stderr.write(`${describeError(error, language)}\n`);
    return exitCodeOf(error);
  } finally {
    services.runtime.close();
  }
}
