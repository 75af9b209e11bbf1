/**
 * Coupang Partners emulator: the CEA Authorization header parsed and verified over
 * signedDate + METHOD + path + the query string exactly as it arrived; the gateway's five 401
 * messages; `rCode` envelopes (failures with HTTP 200); deeplinks (any shopping page but help,
 * notices and terms, which answer "url convert failed": which pages Coupang really links beyond
 * products, searches and categories is unverified, spec §4/§10, so this is an assumption) and
 * product search with limits;
 * the four reports (`coupang-reports.ts`) with the vendor's window and paging rules.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { unit, products } from './data.ts';
import { rawPath, rawQuery, readBody, sendJson, type SandboxState } from './wire.ts';
import {
  DEFAULT_REPORT_PROFILE,
  PAGE_SIZE,
  reportRefusal,
  reportRows,
  type ReportKind,
  type ReportProfile,
  type ReportStyle,
} from './coupang-reports.ts';

export interface CoupangAccount {
  accessKey: string;
  secretKey: string;
  /** What the account's links earn (the default: a small publisher with five subIds). */
  reports?: ReportProfile;
}

export interface CoupangEmulatorOptions {
  accounts: CoupangAccount[];
  searchPerHour: number;
  deeplinksPerMinute: number;
  /** Report calls an hour per account before a 429. */
  reportsPerHour: number;
  reportStyle: ReportStyle;
}

const REPORT_PATH = /\/reports\/(clicks|orders|cancels|commission)$/;

const PREFIX = '/v2/providers/affiliate_open_api/apis/openapi/v1';
const HEADER = /^CEA algorithm=HmacSHA256, access-key=([^,\s]+), signed-date=(\d{6}T\d{6}Z), signature=([0-9a-f]{64})$/;

function unauthorized(res: ServerResponse, message: string): void {
  sendJson(res, 401, { code: 'ERROR', message, transactionId: randomBytes(8).toString('hex') });
}

function parseSignedDate(text: string): number {
  const m = /^(\d{2})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text)!;
  return Date.UTC(2000 + Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
}

/** The hosts whose pages the sandbox converts (the real vendor's shopping hosts and its link host). */
const CONVERTED_HOSTS = /^(?:www\.|m\.|pages\.|link\.)?coupang\.com$/;
/** Pages that sell nothing (help, notices, terms): the sandbox's model of what the vendor cannot link. */
const NOT_CONVERTED = /^\/n[pm]\/(?:help|notice|notices|faq|policies|terms|customer)(?:\/|$)/;

function converts(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === 'https:' && CONVERTED_HOSTS.test(parsed.hostname) && !NOT_CONVERTED.test(parsed.pathname)
    );
  } catch {
    return false;
  }
}

/** Where a link lands, shaped like the vendor's: a product page's carries its ids. */
function landing(originalUrl: string, subId: string): string {
  const page = new URL(originalUrl);
  const params = new URLSearchParams({ lptag: 'AF0000000' });
  if (subId) params.set('subid', subId);
  const product = /^\/v[pm]\/products\/(\d+)/.exec(page.pathname);
  const q = page.searchParams.get('q');
  let kind = 'AFFLP';
  if (product) {
    kind = 'AFFSDP';
    params.set('pageKey', product[1]!);
    for (const name of ['itemId', 'vendorItemId']) {
      const value = page.searchParams.get(name);
      if (value) params.set(name, value);
    }
  } else if (q) {
    kind = 'AFFSRP';
    params.set('q', q);
  } else {
    params.set('pageKey', page.pathname);
  }
  params.set('traceid', 'SANDBOX');
  return `https://link.coupang.com/re/${kind}?${params.toString()}`;
}

export function coupangHandler(options: CoupangEmulatorOptions, state: SandboxState, imageOrigin: () => string) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = req.url ?? '/';
    const path = rawPath(url);
    if (req.method === 'GET' && path.startsWith('/sandbox/images/')) {
      const hue = Math.floor(unit(path) * 360);
      res.writeHead(200, { 'content-type': 'image/svg+xml' });
      res.end(
        `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120"><rect width="120" height="120" fill="hsl(${hue},55%,80%)"/>` +
          '<text x="60" y="66" font-size="14" text-anchor="middle" fill="#333">SANDBOX</text></svg>',
      );
      return;
    }
    const authorization = String(req.headers.authorization ?? '');
    if (!authorization) return unauthorized(res, 'Request is not authorized.');
    const match = HEADER.exec(authorization);
    if (!match) return unauthorized(res, 'HMAC format is invalid.');
    const [, accessKey, signedDate, signature] = match as unknown as [string, string, string, string];
    const account = options.accounts.find((a) => a.accessKey === accessKey);
    if (!account) {
      state.count('coupang:auth-refused');
      return unauthorized(res, 'Unknown error occurred, please contact api-gateway channel for the details.');
    }
    if (Math.abs(state.now() - parseSignedDate(signedDate)) > 5 * 60_000) {
      return unauthorized(res, 'Specified signature is expired.');
    }
    const expected = createHmac('sha256', account.secretKey)
      .update(`${signedDate}${req.method ?? ''}${path}${rawQuery(url)}`)
      .digest('hex');
    if (!timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) {
      state.count('coupang:auth-refused');
      return unauthorized(res, 'Invalid signature.');
    }

    if (req.method === 'POST' && path === `${PREFIX}/deeplink`) {
      if (!state.allow(`coupang:deeplink:${accessKey}`, options.deeplinksPerMinute, 60_000)) {
        state.count('coupang:429');
        return sendJson(res, 429, { code: 'ERROR', message: 'Too many requests.' });
      }
      let body: { coupangUrls?: unknown; subId?: unknown };
      try {
        body = JSON.parse(await readBody(req)) as typeof body;
      } catch {
        return sendJson(res, 200, { rCode: '400', rMessage: 'Invalid request body.' });
      }
      const urls = Array.isArray(body.coupangUrls)
        ? body.coupangUrls.filter((u): u is string => typeof u === 'string')
        : [];
      if (urls.length === 0 || urls.length > 20)
        return sendJson(res, 200, { rCode: '400', rMessage: 'coupangUrls must hold 1 to 20 urls.' });
      if (!urls.every(converts)) {
        state.count('coupang:deeplink-refused');
        return sendJson(res, 200, { rCode: '400', rMessage: 'url convert failed' });
      }
      state.count('coupang:deeplink');
      const subId = typeof body.subId === 'string' ? body.subId : '';
      return sendJson(res, 200, {
        rCode: '0',
        rMessage: '',
        data: urls.map((originalUrl) => {
          const code = Math.floor(unit(originalUrl, subId, 'short') * 36 ** 6)
            .toString(36)
            .padStart(6, '0');
          return {
            originalUrl,
            shortenUrl: `https://link.coupang.com/a/${code}`,
            landingUrl: landing(originalUrl, subId),
          };
        }),
      });
    }

    if (req.method === 'GET' && path === `${PREFIX}/products/search`) {
      const query = new URL(url, 'http://sandbox').searchParams;
      const keyword = query.get('keyword') ?? '';
      const limit = Number(query.get('limit') ?? '5');
      if (!keyword) return sendJson(res, 200, { rCode: '400', rMessage: 'keyword is required.' });
      if (!Number.isInteger(limit) || limit < 1 || limit > 10)
        return sendJson(res, 200, { rCode: '400', rMessage: 'limit must be 1 to 10.' });
      if (!state.allow(`coupang:search:${accessKey}`, options.searchPerHour, 3_600_000)) {
        state.count('coupang:429');
        return sendJson(res, 429, { code: 'ERROR', message: 'Too many requests.' });
      }
      state.count('coupang:search');
      return sendJson(res, 200, {
        rCode: '0',
        rMessage: '',
        data: {
          landingUrl: `https://link.coupang.com/re/AFFSRP?lptag=AF0000000&pageKey=${encodeURIComponent(keyword)}&traceid=SANDBOX`,
          productData: products(keyword, limit, imageOrigin()),
        },
      });
    }
    const report = req.method === 'GET' && path.startsWith(`${PREFIX}/reports/`) ? REPORT_PATH.exec(path) : null;
    if (report) {
      const query = new URL(url, 'http://sandbox').searchParams;
      const kind = report[1] as ReportKind;
      const startDate = query.get('startDate') ?? '';
      const endDate = query.get('endDate') ?? '';
      const page = Number(query.get('page') ?? '0');
      if (!state.allow(`coupang:reports:${accessKey}`, options.reportsPerHour, 3_600_000)) {
        state.count('coupang:429');
        return sendJson(res, 429, { code: 'ERROR', message: 'Too many requests.' });
      }
      const refused = reportRefusal(startDate, endDate, page);
      if (refused) {
        state.count('coupang:report-refused');
        return sendJson(res, 200, { rCode: '400', rMessage: refused });
      }
      state.count(`coupang:report:${kind}`);
      const rows = reportRows(
        accessKey,
        account.reports ?? DEFAULT_REPORT_PROFILE,
        { kind, startDate, endDate, subId: query.get('subId'), page },
        state.now(),
        options.reportStyle,
      );
      return sendJson(res, 200, {
        rCode: '0',
        rMessage: '',
        data: rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE),
      });
    }
    sendJson(res, 404, { code: 'ERROR', message: 'Not found.' });
  };
}
