/**
 * Naver DataLab search trend emulator, on the Naver Search listener as Naver serves it: legacy
 * `POST /v1/datalab/search` (X-Naver-Client-*) and API HUB `POST /search-trend/v1/search`
 * (X-NCP-APIGW-API-KEY*), each with its own error form. Answers ratios as Naver does: the largest
 * value in the whole answer is 100; daily, weekly (Monday weeks) or monthly periods up to
 * yesterday in Korea; `device` pc or mo or both. A key without the DataLab API gets 403 `024`
 * (legacy). How API HUB refuses an application without Search Trend is unconfirmed (spec §9.1):
 * NCP's gateway table says 401 `210`, and some say 429 `400` "Quota Exceeded" as for a spent
 * quota; `hubWithoutApi` picks which is emulated. The daily (legacy) and monthly (API HUB, a
 * third-party figure) quotas answer 429 too.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { unit } from './data.ts';
import { figures } from './figures.ts';
import { dailyShare } from './seasons.ts';
import { readBody, sendJson, type SandboxState } from './wire.ts';
import { koreanDay } from '@aigenc/shared/domain';

export interface DataLabAccount {
  clientId: string;
  clientSecret: string;
  /** False for an application without the DataLab API added. */
  datalab?: boolean;
}

export interface DataLabEmulatorOptions {
  dailyQuota: number;
  monthlyQuota: number;
  /** API HUB's answer to an application without Search Trend (unconfirmed): 401 `210` by default. */
  hubWithoutApi?: 'permission-denied' | 'quota-exceeded';
}

export const DATALAB_PATHS = { legacy: '/v1/datalab/search', apihub: '/search-trend/v1/search' } as const;

const DAY_MS = 86_400_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

interface Group {
  groupName: string;
  keywords: string[];
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);

function period(date: string, unitName: string, start: string): string {
  if (unitName === 'month') return `${date.slice(0, 7)}-01` < start ? start : `${date.slice(0, 7)}-01`;
  if (unitName === 'week') {
    const t = ms(date);
    const monday = day(t - ((new Date(t).getUTCDay() + 6) % 7) * DAY_MS);
    return monday < start ? start : monday;
  }
  return date;
}

/** A keyword's daily searches, in the answer's common unit: each device weighted by its volume. */
function series(keyword: string, device: string, filter: string): (date: string) => number {
  const f = figures(keyword.replace(/\s+/g, ''));
  const volume = (v: number | '< 10') => (v === '< 10' ? 5 : v);
  // A gender or age filter keeps a share of the searches, different per keyword and filter.
  const share = filter ? 0.2 + unit(keyword, filter) * 0.6 : 1;
  const pc = device === 'mo' ? 0 : volume(f.pc) * share;
  const mo = device === 'pc' ? 0 : volume(f.mobile) * share;
  return (date) => (pc && pc * dailyShare(keyword, 'pc', date)) + (mo && mo * dailyShare(keyword, 'mo', date));
}

/** A DataLab refusal in the key kind's body form: legacy `{errorMessage, errorCode}`, API HUB `{error}`. */
export function naverFail(res: ServerResponse, hub: boolean) {
  return (status: number, code: string, message: string) =>
    hub
      ? sendJson(res, status, { error: { errorCode: code, message } })
      : sendJson(res, status, { errorMessage: message, errorCode: code });
}

/**
 * The keys of a DataLab call (search trend, Shopping Insight), checked as Naver checks them: the
 * account, or null once the refusal is sent. `counter` names the API in the sandbox's stats.
 */
export function datalabAccount<A extends { clientId: string; clientSecret: string }>(
  req: IncomingMessage,
  hub: boolean,
  accounts: readonly A[],
  state: SandboxState,
  counter: string,
  fail: ReturnType<typeof naverFail>,
): A | null {
  if (req.method !== 'POST') {
    fail(405, '405', 'Method Not Allowed');
    return null;
  }
  const id = String((hub ? req.headers['x-ncp-apigw-api-key-id'] : req.headers['x-naver-client-id']) ?? '');
  const secret = String((hub ? req.headers['x-ncp-apigw-api-key'] : req.headers['x-naver-client-secret']) ?? '');
  const account = accounts.find((a) => a.clientId === id && a.clientSecret === secret);
  if (account) return account;
  state.count(`${counter}:auth-refused`);
  if (hub) fail(401, '200', 'Authentication Failed');
  else fail(401, '024', 'Authentication failed. (인증에 실패했습니다.)');
  return null;
}

/** Spends one call of a DataLab API's quota (a day on legacy keys, a month on API HUB): false, with the 429 sent, when it is gone. */
export function spendQuota(
  state: SandboxState,
  hub: boolean,
  counter: string,
  clientId: string,
  quotas: { dailyQuota: number; monthlyQuota: number },
  fail: ReturnType<typeof naverFail>,
): boolean {
  const today = koreanDay(state.now());
  const key = hub ? `${counter}:${clientId}:${today.slice(0, 7)}` : `${counter}:${clientId}:${today}`;
  const used = state.usage.get(key) ?? 0;
  if (used >= (hub ? quotas.monthlyQuota : quotas.dailyQuota)) {
    state.count(`${counter}:quota`);
    if (hub) fail(429, '400', 'Quota Exceeded');
    else fail(429, '010', 'Request limit exceeded. (요청 한도가 초과되었습니다.)');
    return false;
  }
  state.usage.set(key, used + 1);
  return true;
}

export async function datalabHandler(
  req: IncomingMessage,
  res: ServerResponse,
  hub: boolean,
  accounts: readonly DataLabAccount[],
  options: DataLabEmulatorOptions,
  state: SandboxState,
): Promise<void> {
  const fail = naverFail(res, hub);
  const account = datalabAccount(req, hub, accounts, state, 'datalab', fail);
  if (!account) return;
  if (account.datalab === false) {
    state.count('datalab:no-api');
    if (!hub) return fail(403, '024', 'Scope Status Invalid : Authentication failed. (인증에 실패했습니다.)');
    return options.hubWithoutApi === 'quota-exceeded'
      ? fail(429, '400', 'Quota Exceeded')
      : fail(401, '210', 'Permission Denied');
  }
  let body: {
    startDate?: unknown;
    endDate?: unknown;
    timeUnit?: unknown;
    keywordGroups?: unknown;
    device?: unknown;
    gender?: unknown;
    ages?: unknown;
  };
  try {
    body = JSON.parse(await readBody(req)) as typeof body;
  } catch {
    return fail(400, '400', 'Invalid JSON body.');
  }
  const { startDate, endDate, timeUnit, keywordGroups } = body;
  const device = typeof body.device === 'string' ? body.device : '';
  const invalid = (what: string) => fail(400, '400', `Invalid parameter: ${what}`);
  if (typeof startDate !== 'string' || !DAY.test(startDate) || startDate < '2016-01-01') return invalid('startDate');
  if (typeof endDate !== 'string' || !DAY.test(endDate) || endDate < startDate) return invalid('endDate');
  if (timeUnit !== 'date' && timeUnit !== 'week' && timeUnit !== 'month') return invalid('timeUnit');
  if (!['', 'pc', 'mo'].includes(device)) return invalid('device');
  const groups = keywordGroups as Group[];
  if (
    !Array.isArray(groups) ||
    groups.length < 1 ||
    groups.length > 5 ||
    groups.some(
      (g) =>
        typeof g?.groupName !== 'string' ||
        !Array.isArray(g.keywords) ||
        g.keywords.length < 1 ||
        g.keywords.length > 20 ||
        g.keywords.some((k) => typeof k !== 'string' || !k.trim()),
    )
  )
    return invalid('keywordGroups');

  if (!spendQuota(state, hub, 'datalab', account.clientId, options, fail)) return;
  const today = koreanDay(state.now());
  state.count(`datalab:ok:${timeUnit}:${device || 'all'}`);

  const filter = [body.gender, ...(Array.isArray(body.ages) ? body.ages : [])].filter(Boolean).join(',');
  const last = endDate < today ? endDate : day(ms(today) - DAY_MS);
  const sums = groups.map(() => new Map<string, number>());
  const curves = groups.map((group) => group.keywords.map((k) => series(k, device, filter)));
  for (let t = ms(startDate); t <= ms(last); t += DAY_MS) {
    const date = day(t);
    const key = period(date, timeUnit, startDate);
    groups.forEach((_group, i) => {
      const value = curves[i]!.reduce((total, curve) => total + curve(date), 0);
      sums[i]!.set(key, (sums[i]!.get(key) ?? 0) + value);
    });
  }
  const max = Math.max(0, ...sums.flatMap((m) => [...m.values()]));
  sendJson(res, 200, {
    startDate,
    endDate,
    timeUnit,
    results: groups.map((group, i) => ({
      title: group.groupName,
      keywords: group.keywords,
      data: [...sums[i]!]
        .filter(([, value]) => value > 0)
        .map(([p, value]) => ({ period: p, ratio: Math.round((value / max) * 100 * 100_000) / 100_000 })),
    })),
  });
}
