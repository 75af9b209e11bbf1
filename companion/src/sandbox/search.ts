/**
 * Naver Search emulator: legacy paths (`/v1/search/{type}.json`, X-Naver-Client-*) and API HUB
 * paths (`/search/v1/{type}`, X-NCP-APIGW-API-KEY*), each with its own error body form. Retired
 * types answer 404 SE05; the daily quota and the per-second limit answer 429 010 / 012. DataLab's
 * search trend (datalab.ts) and Shopping Insight (shopping-insight.ts) are served on the same
 * listener, as Naver serves them on the same hosts.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { documentTotal } from './figures.ts';
import { DATALAB_PATHS, datalabHandler, type DataLabAccount, type DataLabEmulatorOptions } from './datalab.ts';
import {
  SHOPPING_PREFIX,
  shoppingHandler,
  type ShoppingAccount,
  type ShoppingEmulatorOptions,
} from './shopping-insight.ts';
import { rawPath, sendJson, type SandboxState } from './wire.ts';

export type SearchAccount = DataLabAccount & ShoppingAccount;

export interface SearchEmulatorOptions {
  accounts: SearchAccount[];
  dailyQuota: number;
  perSecond: number;
  datalab: DataLabEmulatorOptions;
  /** Shopping Insight's quotas (the same 1,000 a day as DataLab on legacy keys). */
  shopping?: ShoppingEmulatorOptions;
}

const LIVE_TYPES = new Set(['blog', 'cafearticle', 'webkr', 'news', 'kin', 'image', 'encyc', 'local']);

export function searchHandler(options: SearchEmulatorOptions, state: SandboxState) {
  return (req: IncomingMessage, res: ServerResponse): void | Promise<void> => {
    const url = req.url ?? '/';
    const path = rawPath(url);
    if (path === DATALAB_PATHS.legacy || path === DATALAB_PATHS.apihub)
      return datalabHandler(req, res, path === DATALAB_PATHS.apihub, options.accounts, options.datalab, state);
    for (const [kind, prefix] of Object.entries(SHOPPING_PREFIX))
      if (path.startsWith(`${prefix}/`)) {
        const quotas = options.shopping ?? { dailyQuota: 1_000, monthlyQuota: 50_000 };
        return shoppingHandler(req, res, path, kind === 'apihub', options.accounts, quotas, state);
      }
    const legacy = /^\/v1\/search\/([a-z]+)\.json$/.exec(path);
    const hub = /^\/search\/v1\/([a-z]+)$/.exec(path);
    const type = legacy?.[1] ?? hub?.[1];
    const fail = (status: number, code: string, message: string) =>
      hub
        ? sendJson(res, status, { error: { errorCode: code, message } })
        : sendJson(res, status, { errorMessage: message, errorCode: code });
    if (req.method !== 'GET' || !type) {
      fail(404, 'SE05', 'Not Exist Api');
      return;
    }
    const id = String((hub ? req.headers['x-ncp-apigw-api-key-id'] : req.headers['x-naver-client-id']) ?? '');
    const secret = String((hub ? req.headers['x-ncp-apigw-api-key'] : req.headers['x-naver-client-secret']) ?? '');
    const account = options.accounts.find((a) => a.clientId === id && a.clientSecret === secret);
    if (!account) {
      state.count('search:auth-refused');
      if (hub) fail(401, '200', 'Authentication Failed');
      else fail(401, '024', 'Authentication failed. (인증에 실패했습니다.)');
      return;
    }
    if (!LIVE_TYPES.has(type)) {
      state.count('search:retired');
      fail(404, 'SE05', 'Not Exist Api');
      return;
    }
    const query = new URL(url, 'http://sandbox').searchParams;
    const text = query.get('query');
    const display = Number(query.get('display') ?? '10');
    const start = Number(query.get('start') ?? '1');
    const sort = query.get('sort') ?? 'sim';
    if (!text) return fail(400, 'SE01', 'Incorrect query request. (잘못된 쿼리요청입니다.)');
    if (!Number.isInteger(display) || display < 1 || display > 100) return fail(400, 'SE02', 'Invalid display value.');
    if (!Number.isInteger(start) || start < 1 || start > 1000) return fail(400, 'SE03', 'Invalid start value.');
    if (sort !== 'sim' && sort !== 'date') return fail(400, 'SE04', 'Invalid sort value.');
    const count = state.usage.get(account.clientId) ?? 0;
    if (count >= options.dailyQuota) {
      state.count('search:quota');
      if (hub) fail(429, '400', 'Quota Exceeded');
      else fail(429, '010', 'Request limit exceeded. (요청 한도가 초과되었습니다.)');
      return;
    }
    if (!state.allow(`search:${account.clientId}`, options.perSecond, 1000)) {
      state.count('search:429');
      if (hub) fail(429, '420', 'Rate Limit Exceeded');
      else fail(429, '012', 'Rate limit exceeded. (처리율 한도를 초과했습니다.)');
      return;
    }
    state.usage.set(account.clientId, count + 1);
    state.count(`search:ok:${type}`);
    const total = documentTotal(type, text);
    sendJson(res, 200, {
      lastBuildDate: new Date(state.now()).toUTCString(),
      total,
      start,
      display: Math.min(display, total),
      items: Array.from({ length: Math.min(display, total, 3) }, (_, i) => ({
        title: `<b>${text}</b> 이야기 ${i + 1}`,
        link: `https://example.invalid/${type}/${i}`,
        description: `${text}에 대한 샌드박스 문서`,
      })),
    });
  };
}
