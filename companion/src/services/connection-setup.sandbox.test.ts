import { afterEach, describe, expect, it } from 'vitest';
import { TokenCache } from '../connectors/token-cache.ts';
import { loadConfig } from '../config.ts';
import { DEMO_CREDENTIALS, sandboxOverrides } from '../sandbox/credentials.ts';
import { ConnectionRepository } from '../store/connections.ts';
import { ProbeRecords } from '../store/probe-records.ts';
import { useSandbox } from '../../test/sandbox-harness.ts';
import { AuditLog } from '../store/audit-log.ts';
import { Vault } from '../store/vault.ts';
import { silentLogger, tempHome } from '../../test/support.ts';
import { ConnectionSetup } from './connection-setup.ts';
import { ConnectorFactory } from './connector-factory.ts';
import { ConnectionService } from './connections.ts';

const SEARCH_ONLY = { clientId: 'search-only-app', clientSecret: 'search-only-secret' };
const NO_SHOPPING = { clientId: 'trend-only-app', clientSecret: 'trend-only-secret' };
const harness = useSandbox({
  search: {
    accounts: [
      DEMO_CREDENTIALS['naver-search'],
      { ...SEARCH_ONLY, datalab: false, shopping: false },
      { ...NO_SHOPPING, shopping: false },
    ],
  },
});
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function setupService() {
  const h = harness();
  const home = tempHome();
  cleanups.push(home.cleanup);
  const config = loadConfig({
    ...sandboxOverrides(h.sandbox.urls),
    AIGENC_HOME: home.dir,
    AIGENC_SEARCHAD_INTERVAL_MS: '100',
  });
  const vault = await Vault.open({ home: home.dir, mode: 'file', envCredentials: {} });
  const repository = new ConnectionRepository(h.db, h.time.now);
  const connectors = new ConnectorFactory({
    config,
    vault,
    connections: repository,
    state: h.state,
    dispatcher: h.dispatcher,
    time: h.time,
    pacers: h.pacers,
    tokens: new TokenCache(),
  });
  const audit = new AuditLog(h.db, h.time.now);
  const setup = new ConnectionSetup({
    vault,
    connectors,
    connections: new ConnectionService(config, repository),
    repository,
    probes: new ProbeRecords(h.state, h.time.now),
    audit,
    logger: silentLogger(),
    now: h.time.now,
  });
  cleanups.push(() => h.db.exec('DELETE FROM connections; DELETE FROM audit_log;'));
  return { setup, audit };
}

describe('ConnectionSetup', () => {
  it('checks Naver Search’s trend capability with DataLab’s own probe: off, saying where to add it, until it works', async () => {
    const { setup } = await setupService();
    await setup.connect('naver-search', { ...SEARCH_ONLY, kind: 'legacy' as const }, 'ko');
    const without = await setup.validate('naver-search', 'ko');
    expect(without.status).toBe('ACTIVE');
    expect(without.capabilities['documentCounts']).toMatchObject({ enabled: true });
    expect(without.capabilities['trend']).toMatchObject({ enabled: false, kind: 'read' });
    expect(without.message).toMatch(/데이터랩\(검색어트렌드\)/);
    await setup.connect('naver-search', { ...DEMO_CREDENTIALS['naver-search'], kind: 'legacy' as const }, 'ko');
    const withIt = await setup.validate('naver-search', 'ko');
    expect(withIt.capabilities['trend']).toMatchObject({ enabled: true });
    expect(withIt.message).toBeNull();
  });

  it('checks Shopping Insight with its own probe: keys without it keep search and trends, and are told which API to add', async () => {
    const { setup } = await setupService();
    await setup.connect('naver-search', { ...NO_SHOPPING, kind: 'apihub' as const }, 'en');
    const without = await setup.validate('naver-search', 'en');
    expect(without.status).toBe('ACTIVE');
    expect(without.capabilities['trend']).toMatchObject({ enabled: true });
    expect(without.capabilities['shoppingInsight']).toMatchObject({ enabled: false, kind: 'read' });
    expect(without.message).toMatch(/Shopping Insight/);
    expect(without.message).not.toMatch(/Search Trend for it/);
    // Keys without either say both, in one message.
    await setup.connect('naver-search', { ...SEARCH_ONLY, kind: 'legacy' as const }, 'ko');
    const neither = await setup.validate('naver-search', 'ko');
    expect(neither.capabilities['trend']).toMatchObject({ enabled: false });
    expect(neither.capabilities['shoppingInsight']).toMatchObject({ enabled: false });
    expect(neither.message).toMatch(/데이터랩\(검색어트렌드\).*데이터랩\(쇼핑인사이트\)/s);
    await setup.connect('naver-search', { ...DEMO_CREDENTIALS['naver-search'], kind: 'apihub' as const }, 'en');
    const withIt = await setup.validate('naver-search', 'en');
    expect(withIt.capabilities['shoppingInsight']).toMatchObject({ enabled: true });
    expect(withIt.message).toBeNull();
  });

  it('refuses a write while its capability is off with CAPABILITY_DISABLED, and lets it through once on', async () => {
    const { setup } = await setupService();
    await setup.connect('naver-commerce', { ...DEMO_CREDENTIALS['naver-commerce'], tokenType: 'SELF' as const }, 'ko');
    expect(() => setup.assertEnabled('naver-commerce', 'stockSync')).toThrow(
      expect.objectContaining({ code: 'CAPABILITY_DISABLED', status: 403 }),
    );
    await setup.validate('naver-commerce', 'ko');
    const now = harness().time.now();
    await setup.orderProbe(now - 3_600_000, now);
    await setup.setCapability('naver-commerce', 'stockSync', true, 'ko');
    expect(() => setup.assertEnabled('naver-commerce', 'stockSync')).not.toThrow();
    expect(() => setup.assertEnabled('naver-commerce', 'csAnswers')).toThrow(
      expect.objectContaining({ code: 'CAPABILITY_DISABLED' }),
    );
  });

  it('shuts every write again when the keys change', async () => {
    const { setup } = await setupService();
    const keys = { ...DEMO_CREDENTIALS['naver-commerce'], tokenType: 'SELF' as const };
    await setup.connect('naver-commerce', keys, 'ko');
    await setup.validate('naver-commerce', 'ko');
    const now = harness().time.now();
    await setup.orderProbe(now - 3_600_000, now);
    await setup.setCapability('naver-commerce', 'shippingInvoice', true, 'ko');
    const rotated = await setup.connect('naver-commerce', { ...keys, clientId: 'another-client-id' }, 'ko');
    expect(rotated.status).toBe('PAUSED');
    expect(rotated.capabilities['shippingInvoice']!.enabled).toBe(false);
  });

  it('validates a connector without keys as not found, and an unknown capability as not found', async () => {
    const { setup } = await setupService();
    await expect(setup.validate('naver-searchad', 'ko')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await setup.connect('naver-searchad', DEMO_CREDENTIALS['naver-searchad'], 'ko');
    await expect(setup.setCapability('naver-searchad', 'nothing', true, 'ko')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await setup.validate('naver-searchad', 'en')).status).toBe('ACTIVE');
  });
});
