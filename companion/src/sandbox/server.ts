/**
 * The sandbox: four loopback listeners, one per official API, for `aigenc sandbox`, `aigenc demo`
 * and the tests. Each also answers a small control API under `/__sandbox/`:
 *   POST /__sandbox/faults {kind, count?, pathPrefix?, delayMs?}   inject faults
 *   GET  /__sandbox/stats                                          what it has seen
 *   POST /__sandbox/reset                                          forget faults, limits and stats
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { systemTime, type Clock } from '../clock.ts';
import { commerceHandler, type CommerceEmulatorOptions } from './commerce.ts';
import { coupangHandler, type CoupangEmulatorOptions } from './coupang.ts';
import { DEMO_CREDENTIALS, DEMO_SELLER_ACCOUNT } from './credentials.ts';
import { searchHandler, type SearchEmulatorOptions } from './search.ts';
import { searchAdHandler, type SearchAdEmulatorOptions } from './searchad.ts';
import { SandboxState, applyFault, readBody, sendJson, type FaultKind } from './wire.ts';

export type SandboxApi = 'searchad' | 'search' | 'commerce' | 'coupang';

export interface SandboxOptions {
  searchad?: Partial<SearchAdEmulatorOptions>;
  search?: Partial<SearchEmulatorOptions>;
  commerce?: Partial<CommerceEmulatorOptions>;
  coupang?: Partial<CoupangEmulatorOptions>;
  /** The emulated vendors' clock: the wall clock unless a test moves it. */
  now?: Clock;
  /** Ports to listen on; 0 (the default) picks free ones. */
  ports?: Partial<Record<SandboxApi, number>>;
}

export interface RunningSandbox {
  urls: Record<SandboxApi, string>;
  states: Record<SandboxApi, SandboxState>;
  close(): Promise<void>;
}

const FAULT_KINDS: readonly FaultKind[] = [
  'status-429',
  'status-500',
  'status-503',
  'timeout',
  'malformed',
  'truncated',
  'slow',
  'reset',
  'redirect',
  'gw-authn',
  'gw-ip-not-allowed',
];

type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

async function control(req: IncomingMessage, res: ServerResponse, state: SandboxState): Promise<void> {
  const path = (req.url ?? '').split('?')[0];
  if (req.method === 'GET' && path === '/__sandbox/stats') return sendJson(res, 200, { stats: state.stats });
  if (req.method === 'POST' && path === '/__sandbox/reset') {
    state.reset();
    return sendJson(res, 200, { ok: true });
  }
  if (req.method === 'POST' && path === '/__sandbox/faults') {
    const body = JSON.parse((await readBody(req)) || '{}') as {
      kind?: FaultKind;
      count?: number;
      pathPrefix?: string;
      delayMs?: number;
    };
    if (!body.kind || !FAULT_KINDS.includes(body.kind))
      return sendJson(res, 400, { error: `kind must be one of ${FAULT_KINDS.join(', ')}` });
    state.inject({ ...body, kind: body.kind });
    return sendJson(res, 200, { ok: true });
  }
  sendJson(res, 404, { error: 'unknown control path' });
}

function listen(handler: Handler, state: SandboxState, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    void (async () => {
      try {
        if ((req.url ?? '').startsWith('/__sandbox/')) return await control(req, res, state);
        state.count(`${req.method ?? ''} ${(req.url ?? '').split('?')[0]}`);
        const fault = state.takeFault(req.url ?? '/');
        if (fault && applyFault(fault, req, res)) return;
        await handler(req, res);
      } catch {
        if (!res.headersSent) sendJson(res, 500, { message: 'sandbox error' });
        else res.destroy();
      }
    })();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port }, () => resolve(server));
  });
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const demo = DEMO_CREDENTIALS;
  const now = options.now ?? systemTime.now;
  const states: Record<SandboxApi, SandboxState> = {
    searchad: new SandboxState(now),
    search: new SandboxState(now),
    commerce: new SandboxState(now),
    coupang: new SandboxState(now),
  };
  let coupangOrigin = '';
  const handlers: Record<SandboxApi, Handler> = {
    searchad: searchAdHandler(
      { accounts: [demo['naver-searchad']], minIntervalMs: 250, relatedPerHint: 40, ...options.searchad },
      states.searchad,
    ),
    search: searchHandler(
      {
        accounts: [demo['naver-search']],
        dailyQuota: 25_000,
        perSecond: 10,
        datalab: { dailyQuota: 1_000, monthlyQuota: 50_000 },
        ...options.search,
      },
      states.search,
    ),
    commerce: commerceHandler(
      {
        accounts: [{ ...demo['naver-commerce'], sellerAccounts: [DEMO_SELLER_ACCOUNT] }],
        perSecond: 2,
        changeEveryMs: 4 * 60_000,
        overlapPages: false,
        ...options.commerce,
      },
      states.commerce,
    ),
    coupang: coupangHandler(
      {
        accounts: [demo['coupang-partners']],
        searchPerHour: 10,
        deeplinksPerMinute: 100,
        reportsPerHour: 500,
        reportStyle: 'documented',
        ...options.coupang,
      },
      states.coupang,
      () => coupangOrigin,
    ),
  };
  const apis = Object.keys(handlers) as SandboxApi[];
  const servers = await Promise.all(apis.map((api) => listen(handlers[api], states[api], options.ports?.[api] ?? 0)));
  const urls = Object.fromEntries(
    apis.map((api, i) => [api, `http://127.0.0.1:${(servers[i]!.address() as AddressInfo).port}`]),
  ) as Record<SandboxApi, string>;
  coupangOrigin = urls.coupang;
  return {
    urls,
    states,
    close: () =>
      Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.close(() => resolve());
              server.closeAllConnections();
            }),
        ),
      ).then(() => undefined),
  };
}
