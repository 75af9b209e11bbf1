/** The keyword-decision services as `serve` and `aigenc trend` both build them from a runtime. */
import { datalabConnector, searchConnector } from '../connectors/index.ts';
import type { Runtime } from '../runtime.ts';
import type { ConnectionService } from '../services/connections.ts';
import type { KeywordMetricsService } from '../services/keyword-metrics.ts';
import { KeywordTrendService } from '../services/keyword-trends.ts';
import { TrendStore } from '../store/trend-store.ts';

export function keywordTrends(
  runtime: Runtime,
  keywords: KeywordMetricsService,
  connections: ConnectionService,
): KeywordTrendService {
  return new KeywordTrendService({
    searchAd: (keyword) => keywords.searchAdFigures(keyword),
    datalab: () => runtime.connectors.client(datalabConnector),
    // Off only when a check found the keys without DataLab (its message says where to add it).
    trendEnabled: () => connections.find(searchConnector.provider)?.capabilities['trend']?.enabled !== false,
    store: new TrendStore(runtime.db, runtime.time.now),
    now: runtime.time.now,
  });
}
