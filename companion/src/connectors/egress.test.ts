import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Agent, request, setGlobalDispatcher } from 'undici';
import { EgressBlockedError, UpstreamError } from '../errors/index.ts';
import { silentLogger } from '../../test/support.ts';
import { createEgressDispatcher, installEgress, isPublicAddress, publicOnlyLookup } from './egress.ts';
import { upstreamRequest } from './http-client.ts';

interface Loopback {
  server: Server;
  origin: string;
  hits: string[];
}

async function loopback(handler: (url: string, res: ServerResponse) => void): Promise<Loopback> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    handler(req.url ?? '', res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, hits, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

let allowed: Loopback;
let foreign: Loopback;

beforeAll(async () => {
  foreign = await loopback((_url, res) => res.end('foreign'));
  allowed = await loopback((url, res) => {
    if (url === '/redirect') {
      res.writeHead(302, { location: `${foreign.origin}/stolen` });
      res.end();
      return;
    }
    res.end('ok');
  });
});
afterAll(() => {
  allowed.server.close();
  foreign.server.close();
});
afterEach(() => setGlobalDispatcher(new Agent()));

describe('egress dispatcher', () => {
  it('lets allowed origins through and refuses every other, logging EGRESS_BLOCKED', async () => {
    const logger = silentLogger();
    const egress = createEgressDispatcher({
      official: ['https://api.searchad.naver.com'],
      sandbox: [allowed.origin],
      logger,
    });
    const dispatcher = await egress.get();
    expect(await egress.get()).toBe(dispatcher);
    const ok = await request(`${allowed.origin}/x`, { dispatcher });
    expect(await ok.body.text()).toBe('ok');
    await expect(request(`${foreign.origin}/x`, { dispatcher })).rejects.toBeInstanceOf(EgressBlockedError);
    await expect(request('http://api.searchad.naver.com/keywordstool', { dispatcher })).rejects.toBeInstanceOf(
      EgressBlockedError,
    );
    expect(foreign.hits).toEqual([]);
    expect(logger.records.some((r) => r['event'] === 'EGRESS_BLOCKED')).toBe(true);
  });

  it('holds for the global fetch once installed', async () => {
    installEgress({ official: [], sandbox: [allowed.origin], logger: silentLogger() });
    expect(await (await fetch(`${allowed.origin}/y`)).text()).toBe('ok');
    await expect(fetch(`${foreign.origin}/y`)).rejects.toThrow();
    expect(foreign.hits).toEqual([]);
  });

  it('never follows a redirect: a 3xx is an upstream error and the target is not contacted', async () => {
    const dispatcher = createEgressDispatcher({
      official: [],
      sandbox: [allowed.origin, foreign.origin],
      logger: silentLogger(),
    });
    const error = await upstreamRequest(dispatcher, {
      provider: 'coupang-partners',
      method: 'GET',
      url: `${allowed.origin}/redirect`,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as UpstreamError).upstreamCode).toBe('HTTP_302');
    expect(foreign.hits).toEqual([]);
  });

  it('reports a refused origin as an upstream error in words', async () => {
    const dispatcher = createEgressDispatcher({ official: [], sandbox: [allowed.origin], logger: silentLogger() });
    const error = await upstreamRequest(dispatcher, {
      provider: 'naver-search',
      method: 'GET',
      url: `${foreign.origin}/`,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', upstreamCode: 'EGRESS_BLOCKED' });
  });

  it('refuses official origins that are not https on 443, and sandboxes off loopback', () => {
    const logger = silentLogger();
    expect(() =>
      createEgressDispatcher({ official: ['http://api.searchad.naver.com'], sandbox: [], logger }),
    ).toThrow();
    expect(() =>
      createEgressDispatcher({ official: ['https://api.searchad.naver.com:8443'], sandbox: [], logger }),
    ).toThrow();
    expect(() => createEgressDispatcher({ official: [], sandbox: ['http://10.0.0.5:80'], logger })).toThrow();
  });
});

describe('isPublicAddress', () => {
  it.each([
    ['8.8.8.8', true],
    ['125.209.222.141', true],
    ['2001:4860:4860::8888', true],
    ['127.0.0.1', false],
    ['127.5.5.5', false],
    ['10.1.2.3', false],
    ['172.20.0.1', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['::1', false],
    ['::', false],
    ['fe80::1', false],
    ['fd00::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:8.8.8.8', true],
    ['::ffff:192.168.0.1', false],
    ['not-an-ip', false],
  ])('%s → %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});

describe('publicOnlyLookup', () => {
  it.each([{ all: true }, {}])('refuses a host name that resolves to a non-public address (%j)', async (options) => {
    // "localhost" resolves from the hosts file, no network needed: it stands for a DNS answer
    // that points an official name at this machine or the LAN.
    const error = await new Promise<unknown>((resolve) => publicOnlyLookup('localhost', options, (e) => resolve(e)));
    expect(error).toBeInstanceOf(EgressBlockedError);
  });
});
