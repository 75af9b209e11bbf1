/**
 * The services that `serve` and a command both build from a runtime: keyword decisions (`aigenc
 * trend`), bulk jobs (`aigenc keywords`) and the Coupang reports (`aigenc report coupang`).
 */
import { coupangConnector, datalabConnector, searchConnector } from '../connectors/index.ts';
import type { Runtime } from '../runtime.ts';
import type { ConnectionService } from '../services/connections.ts';
import type { KeywordMetricsService } from '../services/keyword-metrics.ts';
import { KeywordTrendService } from '../services/keyword-trends.ts';
import { TrendStore } from '../store/trend-store.ts';
import { CoupangReportService } from '../services/coupang-reports.ts';
import { ReportStore } from '../store/report-store.ts';
import { KeywordJobService } from '../services/keyword-jobs.ts';
import { JobStore } from '../store/job-store.ts';
import { toProblem } from '../http/error-handler.ts';

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

export function coupangReports(runtime: Runtime, connections: ConnectionService): CoupangReportService {
  return new CoupangReportService({
    coupang: () => runtime.connectors.client(coupangConnector),
    store: new ReportStore(runtime.db),
    reportsEnabled: () => connections.find(coupangConnector.provider)?.capabilities['reports']?.enabled !== false,
    now: runtime.time.now,
  });
}

export function keywordJobs(runtime: Runtime, keywords: KeywordMetricsService): KeywordJobService {
  return new KeywordJobService({
    metrics: keywords,
    store: new JobStore(runtime.db),
    time: runtime.time,
    problem: toProblem,
  });
}
