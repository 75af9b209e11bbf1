/**
 * Naver Search Ad emulator: `GET /keywordstool` (and the estimate tool, estimate.ts), verified as Naver does it. Every header must be
 * there, the timestamp within a minute, the signature recomputed over "{ts}.GET./keywordstool"
 * from the raw request. Hints with spaces, duplicates or more than five are refused, calls past
 * the per-customer limit get 429, and double-encoded hints come back percent-encoded with "< 10".
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { figures } from './figures.ts';
import { related } from './related.ts';
import { ESTIMATE_PATHS, estimateTools } from './estimate.ts';
import { rawPath, sendJson, type SandboxState } from './wire.ts';

export interface SearchAdAccount {
  apiKey: string;
  secretKey: string;
  customerId: string;
}

export interface SearchAdEmulatorOptions {
  accounts: SearchAdAccount[];
  /** At most one call per this many ms per customer id. */
  minIntervalMs: number;
  /** Related keywords returned per hint. */
  relatedPerHint: number;
  /** Every average-position bid answered as 70: the vendor's known failure (spec §8.1). */
  estimateOutage?: boolean;
}

function problem(
  res: ServerResponse,
  status: number,
  kind: string,
  title: string,
  detail: string,
  extra: object = {},
): void {
  sendJson(
    res,
    status,
    { type: `urn:naver:api:problem:${kind}`, title, detail, status, ...extra },
    { 'x-transaction-id': `sandbox-${randomUUID()}` },
  );
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function row(keyword: string, detail: boolean, forceBelow10 = false): Record<string, unknown> {
  const f = figures(keyword);
  const base = {
    relKeyword: keyword,
    monthlyPcQcCnt: forceBelow10 ? '< 10' : f.pc,
    monthlyMobileQcCnt: forceBelow10 ? '< 10' : f.mobile,
  };
  if (!detail) return base;
  return {
    ...base,
    monthlyAvePcClkCnt: f.pcClicks,
    monthlyAveMobileClkCnt: f.mobileClicks,
    monthlyAvePcCtr: f.pcCtr,
    monthlyAveMobileCtr: f.mobileCtr,
    plAvgDepth: f.adDepth,
    compIdx: f.competition,
  };
}

export function searchAdHandler(options: SearchAdEmulatorOptions, state: SandboxState) {
  return (req: IncomingMessage, res: ServerResponse): void | Promise<void> => {
    const url = req.url ?? '/';
    const path = rawPath(url);
    const estimate = req.method === 'POST' && (ESTIMATE_PATHS as readonly string[]).includes(path);
    if (!estimate && (req.method !== 'GET' || path !== '/keywordstool')) {
      problem(res, 404, 'not-found', 'Not Found', 'no such resource');
      return;
    }
    const header = (name: string) => {
      const value = req.headers[name];
      return typeof value === 'string' ? value : '';
    };
    const account = options.accounts.find((a) => a.apiKey === header('x-api-key'));
    if (!account) {
      state.count('searchad:auth-refused');
      problem(res, 403, 'invalid-apikey', 'Forbidden', 'invalid api key');
      return;
    }
    if (header('x-customer') !== account.customerId) {
      state.count('searchad:auth-refused');
      problem(res, 403, 'auth-failed', 'Forbidden', 'customer does not match the api key');
      return;
    }
    const timestamp = header('x-timestamp');
    if (!/^\d{13}$/.test(timestamp) || Math.abs(state.now() - Number(timestamp)) > 60_000) {
      state.count('searchad:auth-refused');
      problem(res, 403, 'invalid-timestamp', 'Forbidden', 'timestamp out of range');
      return;
    }
    const expected = createHmac('sha256', account.secretKey)
      .update(`${timestamp}.${req.method ?? ''}.${path}`)
      .digest('base64');
    if (!sameText(header('x-signature'), expected)) {
      state.count('searchad:auth-refused');
      problem(res, 403, 'invalid-signature', 'Forbidden', 'signature mismatch');
      return;
    }
    if (estimate) {
      if (!state.allow(`searchad-estimate:${account.customerId}`, 20, 1000)) {
        state.count('searchad:429');
        return sendJson(res, 429, { code: 429, message: 'Too Many Requests' });
      }
      return estimateTools(path, req, res, (what) => state.count(what), options.estimateOutage === true);
    }
    state.arrive('searchad:keywordstool');
    if (!state.allow(`searchad:${account.customerId}`, 1, options.minIntervalMs)) {
      state.count('searchad:429');
      sendJson(res, 429, { code: 429, message: 'Too Many Requests: keyword tool' });
      return;
    }
    const query = new URL(url, 'http://sandbox').searchParams;
    const hintText = query.get('hintKeywords') ?? '';
    const hints = hintText.split(',').filter((h) => h.length > 0);
    if (hints.length === 0 || hints.some((h) => /\s/.test(h))) {
      state.count('searchad:400');
      problem(res, 400, 'invalid-parameter', 'Invalid Parameter', 'hintKeywords is invalid');
      return;
    }
    if (hints.length > 5) {
      problem(res, 400, 'invalid-parameter', 'Invalid Parameter', 'too many hint keywords', { code: 7001 });
      return;
    }
    if (new Set(hints).size !== hints.length) {
      problem(res, 400, 'invalid-parameter', 'Invalid Parameter', 'duplicated keywords', { code: 7002 });
      return;
    }
    if (hints.some((h) => /[<>"'\\;{}]/.test(h))) {
      problem(res, 400, 'invalid-parameter', 'Invalid Parameter', 'invalid character', { code: 7003 });
      return;
    }
    state.count('searchad:ok');
    state.count(`searchad:hints:${hints.length}`);
    const detail = query.get('showDetail') === '1';
    const includeHints = query.get('includeHintKeywords') === '1';
    const seen = new Set<string>();
    const keywordList: Record<string, unknown>[] = [];
    for (const hint of hints) {
      // A hint still holding %XX was encoded twice: Naver answers it literally, with "< 10".
      const doubleEncoded = /%[0-9A-F]{2}/i.test(hint);
      const keyword = doubleEncoded ? hint : hint.toUpperCase();
      if (includeHints && !seen.has(keyword)) {
        seen.add(keyword);
        keywordList.push(row(keyword, detail, doubleEncoded));
      }
      if (doubleEncoded) continue;
      for (const other of related(keyword, options.relatedPerHint)) {
        if (seen.has(other)) continue;
        seen.add(other);
        keywordList.push(row(other, detail));
      }
    }
    sendJson(res, 200, { keywordList }, { 'x-transaction-id': `sandbox-${randomUUID()}` });
  };
}
