/**
 * Naver Commerce emulator: the token endpoint (form body only; bcrypt signature recomputed and
 * compared; timestamp within five minutes; SELF without account_id, SELLER with it; the same token
 * while 30 minutes or more remain), the read-only order change feed (24 h windows, 300 per page,
 * moreSequence paging, GW.* errors, pay-order's numeric codes), and the demo store's seller work
 * (orders, inquiries and Q&A, products and stock: commerce-routes.ts), each API group paced by a
 * token bucket whose `GNCP-GW-RateLimit-*` headers come with every answer.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import bcrypt from 'bcryptjs';
import { orderChanges } from './data.ts';
import { sellerRoute, unreadable } from './commerce-routes.ts';
import { demoStore } from './commerce-store.ts';
import { rawPath, rawQuery, readBody, sendJson, type SandboxState } from './wire.ts';
import { koreanIso } from '@aigenc/shared/domain';

export interface CommerceAccount {
  clientId: string;
  clientSecret: string;
  /** Seller account ids this application may act for with type=SELLER. */
  sellerAccounts?: string[];
}

export interface CommerceEmulatorOptions {
  accounts: CommerceAccount[];
  perSecond: number;
  /** One order change every this many ms. */
  changeEveryMs: number;
  /** Repeat the boundary change at the top of the next page (exercises de-duplication). */
  overlapPages: boolean;
  /** More paid orders waiting for confirmation than the demo store's five (a long confirm, for tests). */
  extraWaitingOrders?: number;
}

interface Token {
  key: string;
  expiresAt: number;
}

const TOKEN_LIFETIME_S = 10_799;

function gateway(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  now: number,
  headers: Record<string, string> = {},
): void {
  const traceId = `sandbox^${now}^${randomBytes(3).toString('hex')}`;
  sendJson(
    res,
    status,
    { code, message, timestamp: new Date(now).toISOString(), traceId },
    { 'gncp-gw-trace-id': traceId, ...headers },
  );
}

/**
 * The gateway's token bucket per API and application (spec §7.6): `rate` tokens a second, a
 * burst of twice that, and the three headers on every answer, the refusals included.
 */
class RateBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  clear(): void {
    this.buckets.clear();
  }

  take(key: string, rate: number, now: number): { ok: boolean; headers: Record<string, string> } {
    const capacity = 2 * rate;
    const bucket = this.buckets.get(key) ?? { tokens: capacity, at: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.at) / 1000) * rate);
    bucket.at = now;
    const ok = bucket.tokens >= 1;
    if (ok) bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    return {
      ok,
      headers: {
        'gncp-gw-ratelimit-replenish-rate': String(rate),
        'gncp-gw-ratelimit-burst-capacity': String(capacity),
        'gncp-gw-ratelimit-remaining': String(Math.floor(bucket.tokens)),
      },
    };
  }
}

const kstIso = koreanIso;

export function commerceHandler(options: CommerceEmulatorOptions, state: SandboxState) {
  const tokens = new Map<string, Token>();
  const byKey = new Map<string, string>();
  const buckets = new RateBuckets();

  async function issueToken(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (rawQuery(req.url ?? '').includes('client_id')) {
      // Since 2026-08-20 credentials in the query string get the app throttled.
      state.count('commerce:token-in-query');
      gateway(res, 429, 'GW.RATE_LIMIT', '요청이 너무 많습니다.', state.now());
      return;
    }
    if (!String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      gateway(res, 400, 'BadRequest', 'Content-Type은 application/x-www-form-urlencoded 이어야 합니다.', state.now());
      return;
    }
    const form = new URLSearchParams(await readBody(req));
    const account = options.accounts.find((a) => a.clientId === form.get('client_id'));
    const timestamp = Number(form.get('timestamp'));
    if (!account) return gateway(res, 400, 'BadRequest', 'client_id 항목이 유효하지 않습니다.', state.now());
    if (form.get('grant_type') !== 'client_credentials')
      return gateway(res, 400, 'BadRequest', 'grant_type 항목이 유효하지 않습니다.', state.now());
    if (!Number.isFinite(timestamp) || Math.abs(state.now() - timestamp) > 5 * 60_000) {
      return gateway(res, 400, 'BadRequest', 'timestamp 항목이 유효하지 않습니다.', state.now());
    }
    const expected = Buffer.from(bcrypt.hashSync(`${account.clientId}_${timestamp}`, account.clientSecret), 'utf8');
    let presented: Buffer;
    try {
      presented = Buffer.from(form.get('client_secret_sign') ?? '', 'base64');
    } catch {
      presented = Buffer.alloc(0);
    }
    if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) {
      state.count('commerce:auth-refused');
      return gateway(res, 400, 'BadRequest', 'client_secret_sign 항목이 유효하지 않습니다.', state.now());
    }
    const type = form.get('type');
    const accountId = form.get('account_id');
    if (type === 'SELF' && accountId !== null)
      return gateway(res, 400, 'BadRequest', 'SELF 타입에는 account_id를 보내지 않습니다.', state.now());
    if (type === 'SELLER' && (!accountId || !(account.sellerAccounts ?? []).includes(accountId))) {
      return gateway(res, 400, 'BadRequest', 'account_id 항목이 유효하지 않습니다.', state.now());
    }
    if (type !== 'SELF' && type !== 'SELLER')
      return gateway(res, 400, 'BadRequest', 'type 항목이 유효하지 않습니다.', state.now());
    const key = `${account.clientId}|${type}|${accountId ?? ''}`;
    const existing = byKey.get(key);
    const live = existing ? tokens.get(existing) : undefined;
    let accessToken = existing;
    if (!live || !existing || live.expiresAt - state.now() < 30 * 60_000) {
      accessToken = randomBytes(24).toString('base64url');
      tokens.set(accessToken, { key, expiresAt: state.now() + TOKEN_LIFETIME_S * 1000 });
      byKey.set(key, accessToken);
    }
    state.count('commerce:token');
    const expiresIn = Math.floor(((tokens.get(accessToken!)?.expiresAt ?? 0) - state.now()) / 1000);
    sendJson(res, 200, { access_token: accessToken, expires_in: expiresIn, token_type: 'Bearer' });
  }

  /**
   * The gateway in front of every API: a live token, then the API's token bucket. Answers the
   * refusal itself and returns null, or returns the rate-limit headers every answer carries.
   */
  function admit(req: IncomingMessage, res: ServerResponse, api: string): Record<string, string> | null {
    const bearer = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1];
    const token = bearer ? tokens.get(bearer) : undefined;
    if (!token || token.expiresAt < state.now()) {
      state.count('commerce:authn');
      gateway(res, 401, 'GW.AUTHN', '요청을 보낼 권한이 없습니다.', state.now());
      return null;
    }
    const bucket = buckets.take(`${api}|${token.key}`, options.perSecond, state.now());
    if (!bucket.ok) {
      state.count('commerce:429');
      gateway(res, 429, 'GW.RATE_LIMIT', '요청이 너무 많습니다.', state.now(), bucket.headers);
      return null;
    }
    return bucket.headers;
  }

  let store = demoStore(state.now(), options.extraWaitingOrders ?? 0);
  state.onReset.push(() => {
    store = demoStore(state.now(), options.extraWaitingOrders ?? 0);
    // A test's clock starts over: buckets filled on a later clock would be empty forever.
    buckets.clear();
  });

  /** The seller-work APIs on the demo store (commerce-routes.ts), each behind the gateway. */
  async function sellerWork(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
    const matched = sellerRoute(req.method, path);
    if (!matched) return false;
    const { route, params } = matched;
    const limits = admit(req, res, route.group);
    if (!limits) return true;
    state.count(`commerce:${route.name}`);
    state.arrive(`commerce:${route.name}`);
    const now = state.now();
    const headers = { 'gncp-gw-trace-id': `sandbox-${now}`, ...limits };
    let body: unknown;
    if (req.method !== 'GET') {
      try {
        body = JSON.parse(await readBody(req));
      } catch {
        const answer = unreadable(route.group, now);
        sendJson(res, answer.status, answer.body, headers);
        return true;
      }
    }
    const query = new URL(req.url ?? '/', 'http://sandbox').searchParams;
    const answer = route.handle(store, { query, body, params }, now, (what) => state.count(what));
    if (answer.status === 204) {
      res.writeHead(204, headers);
      res.end();
    } else sendJson(res, answer.status, answer.body, headers);
    return true;
  }

  function changes(req: IncomingMessage, res: ServerResponse): void {
    const limits = admit(req, res, 'pay-order');
    if (!limits) return;
    const query = new URL(req.url ?? '/', 'http://sandbox').searchParams;
    const from = Date.parse(query.get('lastChangedFrom') ?? '');
    const toText = query.get('lastChangedTo');
    const to = toText ? Date.parse(toText) : from + 24 * 3_600_000;
    const limit = Number(query.get('limitCount') ?? '300');
    const sequence = query.get('moreSequence');
    if (
      !Number.isFinite(from) ||
      !Number.isFinite(to) ||
      !/[+-]\d{2}:\d{2}$|Z$/.test(query.get('lastChangedFrom') ?? '')
    ) {
      return gateway(res, 400, '4000', 'lastChangedFrom 항목이 유효하지 않습니다.', state.now(), limits);
    }
    if (to - from > 24 * 3_600_000 || to < from)
      return gateway(res, 400, '104139', '조회 기간은 24시간을 넘을 수 없습니다.', state.now(), limits);
    if (!Number.isInteger(limit) || limit < 1 || limit > 300)
      return gateway(res, 400, '4000', 'limitCount 항목이 유효하지 않습니다.', state.now(), limits);
    state.count('commerce:changes');
    const after = sequence === null ? -Infinity : Number(sequence);
    const window = orderChanges(from, to, options.changeEveryMs).filter((c) =>
      options.overlapPages ? c.time >= after : c.time > after,
    );
    const page = window.slice(0, limit);
    const last = page.at(-1);
    const more =
      window.length > limit && last ? { moreFrom: kstIso(last.time), moreSequence: String(last.time) } : undefined;
    sendJson(
      res,
      200,
      {
        timestamp: new Date(state.now()).toISOString(),
        traceId: `sandbox-${randomBytes(4).toString('hex')}`,
        data: {
          lastChangeStatuses: page.map((c) => ({
            orderId: c.orderId,
            productOrderId: c.productOrderId,
            lastChangedType: c.lastChangedType,
            lastChangedDate: kstIso(c.time),
            productOrderStatus: c.productOrderStatus,
            receiverAddressChanged: c.receiverAddressChanged,
            paymentDate: kstIso(c.time - 3_600_000),
          })),
          count: page.length,
          ...(more ? { more } : {}),
        },
      },
      limits,
    );
  }

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = rawPath(req.url ?? '/');
    if (req.method === 'POST' && path === '/external/v1/oauth2/token') return issueToken(req, res);
    if (req.method === 'GET' && path === '/external/v1/pay-order/seller/product-orders/last-changed-statuses') {
      return changes(req, res);
    }
    if (await sellerWork(req, res, path)) return;
    gateway(res, 404, 'GW.NOT_FOUND', '요청한 API를 찾을 수 없습니다.', state.now());
  };
}
