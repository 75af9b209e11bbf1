/**
 * The composition root: the one place that builds the runtime's services from the configuration.
 * `serve` and every command that needs a service call `openServices` (or `buildServices` on a
 * runtime they opened); nothing else constructs a service, so a service is wired one way only.
 * Building is cheap (no I/O, no timer): a command pays only for what it calls.
 */
import {
  commerceConnector,
  coupangConnector,
  datalabConnector,
  searchAdConnector,
  searchConnector,
  shoppingConnector,
} from './connectors/index.ts';
import { CommerceOrders } from './connectors/naver-commerce/orders.ts';
import { CommerceConfirm } from './services/commerce/confirm.ts';
import { CommerceDispatch } from './services/commerce/dispatch.ts';
import { CommerceOrderLists } from './services/commerce/orders.ts';
import { CommerceAnswers } from './services/commerce/answers.ts';
import { CommerceStock } from './services/commerce/stock.ts';
import { CommerceQuestions } from './connectors/naver-commerce/questions.ts';
import { CommerceProducts } from './connectors/naver-commerce/products.ts';
import { CommerceLedger } from './store/commerce-ledger.ts';
import { openRuntime, type Runtime, type RuntimeOptions } from './runtime.ts';
import { ConnectionService } from './services/connections.ts';
import { ConnectionSetup } from './services/connection-setup.ts';
import { CoupangReportService } from './services/coupang-reports.ts';
import { CoupangService } from './services/coupang.ts';
import { KeywordAudienceService } from './services/keyword-audience.ts';
import { KeywordBidsService } from './services/keyword-bids.ts';
import { KeywordEstimateService } from './services/keyword-estimate.ts';
import { KeywordJobService } from './services/keyword-jobs.ts';
import { KeywordMetricsService } from './services/keyword-metrics.ts';
import { KeywordTrendService } from './services/keyword-trends.ts';
import { PairingService } from './services/pairing.ts';
import { SettingsService } from './services/settings.ts';
import { AuditLog } from './store/audit-log.ts';
import { CachePruner } from './store/cache-pruner.ts';
import { CoupangStore } from './store/coupang-store.ts';
import { JobStore } from './store/job-store.ts';
import { KeywordCache } from './store/keyword-cache.ts';
import { PairingStore } from './store/pairing.ts';
import { RefusedExtensions } from './store/refused-extensions.ts';
import { ReportStore } from './store/report-store.ts';
import { SettingsStore } from './store/settings.ts';
import { TrendStore } from './store/trend-store.ts';

export interface Services {
  runtime: Runtime;
  pairings: PairingService;
  settings: SettingsService;
  connections: ConnectionService;
  setup: ConnectionSetup;
  keywords: KeywordMetricsService;
  trends: KeywordTrendService;
  bids: KeywordBidsService;
  /** What a bid would have bought (Search Ad's estimate tools). */
  estimates: KeywordEstimateService;
  /** Who clicks shopping results for a keyword, and how categories move (Shopping Insight). */
  audiences: KeywordAudienceService;
  jobs: KeywordJobService;
  coupang: CoupangService;
  reports: CoupangReportService;
  /** Unknown extension ids that knocked, for the origin guard and `aigenc doctor`. */
  refusedExtensions: RefusedExtensions;
  /** The seller's order lists (to confirm, to dispatch) and the couriers. */
  commerceOrders: CommerceOrderLists;
  /** 발주 확인: the seller's first write (gate, fresh read, ledger, audit). */
  commerceConfirm: CommerceConfirm;
  /** 발송 처리: tracking numbers sent on the same path. */
  commerceDispatch: CommerceDispatch;
  /** 문의 답변: customer inquiries and product Q&A, and the answers. */
  commerceAnswers: CommerceAnswers;
  /** 재고: products with their options' stock, and stock changes. */
  commerceStock: CommerceStock;
  /** Gives the cache's and the ended jobs' space back (started by whoever runs long: serve, keywords). */
  pruner: CachePruner;
}

export function buildServices(runtime: Runtime): Services {
  const { db, logger, connectors } = runtime;
  const now = runtime.time.now;
  const settings = new SettingsService(new SettingsStore(db, now), logger);
  const connections = new ConnectionService(runtime.config, runtime.repository);
  // A capability is off only when a check found it missing (its message says where to add it).
  const enabled = (provider: Parameters<ConnectionService['find']>[0], capability: string) => () =>
    connections.find(provider)?.capabilities[capability]?.enabled !== false;
  const keywords = new KeywordMetricsService({
    searchAd: () => connectors.client(searchAdConnector),
    search: () => connectors.optional(searchConnector),
    cache: new KeywordCache(db, now),
    settings: () => settings.saturation(),
    now,
  });
  const trendStore = new TrendStore(db, now);
  const bids = new KeywordBidsService({ searchAd: () => connectors.client(searchAdConnector), store: trendStore, now });
  const audit = new AuditLog(db, now);
  const setup = new ConnectionSetup({
    vault: runtime.vault,
    connectors,
    connections,
    repository: runtime.repository,
    probes: runtime.probes,
    audit,
    logger,
    now,
  });
  // What every seller's write needs: the orders client, the gate, the ledger and the audit log.
  const writes = {
    orders: async () => new CommerceOrders(await connectors.client(commerceConnector)),
    gate: (capability: string) => setup.assertWritable(commerceConnector.provider, capability),
    ledger: new CommerceLedger(db, now),
    audit,
    provider: commerceConnector.provider,
  };
  const readGate = (capability: string) => setup.assertEnabled(commerceConnector.provider, capability);
  return {
    runtime,
    pairings: new PairingService(new PairingStore(db, now), logger),
    settings,
    connections,
    setup,
    keywords,
    trends: new KeywordTrendService({
      searchAd: (keyword) => keywords.searchAdFigures(keyword),
      datalab: () => connectors.client(datalabConnector),
      trendEnabled: enabled(searchConnector.provider, 'trend'),
      store: trendStore,
      now,
    }),
    bids,
    estimates: new KeywordEstimateService({
      searchAd: () => connectors.client(searchAdConnector),
      bids,
      store: trendStore,
      now,
    }),
    audiences: new KeywordAudienceService({
      shopping: () => connectors.client(shoppingConnector),
      enabled: enabled(searchConnector.provider, 'shoppingInsight'),
      store: trendStore,
      now,
    }),
    jobs: new KeywordJobService({ metrics: keywords, store: new JobStore(db), time: runtime.time }),
    coupang: new CoupangService({
      coupang: () => connectors.client(coupangConnector),
      store: new CoupangStore(db, now),
    }),
    reports: new CoupangReportService({
      coupang: () => connectors.client(coupangConnector),
      store: new ReportStore(db),
      reportsEnabled: enabled(coupangConnector.provider, 'reports'),
      now,
    }),
    refusedExtensions: new RefusedExtensions(runtime.state, now),
    commerceOrders: new CommerceOrderLists({
      orders: async () => new CommerceOrders(await connectors.client(commerceConnector)),
      gate: readGate,
      now,
    }),
    commerceConfirm: new CommerceConfirm(writes),
    commerceDispatch: new CommerceDispatch({ ...writes, now }),
    commerceAnswers: new CommerceAnswers({
      ...writes,
      questions: async () => new CommerceQuestions(await connectors.client(commerceConnector)),
      readGate,
      now,
    }),
    commerceStock: new CommerceStock({
      ...writes,
      products: async () => new CommerceProducts(await connectors.client(commerceConnector)),
      readGate,
    }),
    pruner: new CachePruner(db, now),
  };
}

/** Opens the runtime (config, home, log, database, vault) and builds the services on it. */
export async function openServices(options: RuntimeOptions): Promise<Services> {
  return buildServices(await openRuntime(options));
}
