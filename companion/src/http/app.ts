/**
 * The Express app factory. `createApp(deps)` wires guards, routes and the error handler; it does
 * not listen (the CLI does, through server.ts), so tests can mount it on any port.
 *
 * Order matters: Host → Origin/CORS → JSON-only → body (16 KiB) → routes → auth → 404 → errors.
 */
import express, { Router, type Express } from 'express';
import type { Clock } from '../clock.ts';
import { CompanionError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { ConnectionService } from '../services/connections.ts';
import type { ConnectionSetup } from '../services/connection-setup.ts';
import type { CoupangReportService } from '../services/coupang-reports.ts';
import type { CoupangService } from '../services/coupang.ts';
import type { AuditLog } from '../store/audit-log.ts';
import type { KeywordBidsService } from '../services/keyword-bids.ts';
import type { KeywordMetricsService } from '../services/keyword-metrics.ts';
import type { KeywordTrendService } from '../services/keyword-trends.ts';
import type { SettingsStore } from '../store/settings.ts';
import type { PairingStore } from '../store/pairing.ts';
import type { RefusedExtensions } from '../store/refused-extensions.ts';
import { baseHeaders } from './guards/headers.ts';
import { errorHandler } from './error-handler.ts';
import { bearerAuth } from './guards/auth.ts';
import { hostGuard } from './guards/host.ts';
import { JOBS_PATH, MAX_BODY_BYTES, jsonOnlyGuard } from './guards/json-only.ts';
import { MAX_JOB_BODY_BYTES } from '@aigenc/shared/contract';
import { jobRoutes } from './routes/jobs.ts';
import type { KeywordJobService } from '../services/keyword-jobs.ts';
import { originGuard } from './guards/origin.ts';
import { connectionHandlers, connectionRoutes } from './routes/connections.ts';
import { commerceRoutes } from './routes/commerce.ts';
import { coupangRoutes } from './routes/coupang.ts';
import { healthRoutes } from './routes/health.ts';
import { keywordRoutes } from './routes/keywords.ts';
import { trendRoutes } from './routes/trends.ts';
import { settingsHandlers, settingsRoutes } from './routes/settings.ts';
import { pairingRoutes } from './routes/pairing.ts';
import { setupRoutes } from './setup/routes.ts';

export interface AppDeps {
  /** The process's clock (rate limits). */
  now: Clock;
  apiToken: string | null;
  extensionOrigins: readonly string[];
  csrfToken: string;
  version: string;
  logger: Logger;
  pairings: PairingStore;
  connections: ConnectionService;
  keywords: KeywordMetricsService;
  trends: KeywordTrendService;
  jobs: KeywordJobService;
  bids: KeywordBidsService;
  coupang: CoupangService;
  reports: CoupangReportService;
  setup: ConnectionSetup;
  audit: AuditLog;
  settings: SettingsStore;
  /** Where a refused, unknown extension id is kept for `aigenc doctor`. */
  refusedExtensions?: RefusedExtensions;
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');

  app.use(baseHeaders);
  app.use(hostGuard());
  app.use(
    originGuard(deps.extensionOrigins, (id) => {
      if (deps.refusedExtensions?.note(id))
        deps.logger.warn({ event: 'UNKNOWN_EXTENSION', extensionId: id }, 'an extension this companion does not know');
    }),
  );
  app.use(jsonOnlyGuard());
  // One route takes a list of up to 10,000 keywords; every other body stays within 16 KiB.
  app.post(JOBS_PATH, express.json({ limit: MAX_JOB_BODY_BYTES, strict: true, type: 'application/json' }));
  app.use(express.json({ limit: MAX_BODY_BYTES, strict: true, type: 'application/json' }));

  // One router for the whole API: health and pairing before authentication, the rest after it.
  const api = Router();
  healthRoutes(api, deps.version);
  pairingRoutes(api, deps.pairings, deps.logger, deps.now);
  api.use(bearerAuth(deps.pairings, deps.apiToken));
  const settings = settingsHandlers(deps.settings, deps.logger);
  const connections = connectionHandlers(deps.connections);
  connectionRoutes(api, connections);
  keywordRoutes(api, deps.keywords);
  trendRoutes(api, deps.trends, deps.bids);
  jobRoutes(api, deps.jobs);
  coupangRoutes(api, deps.coupang, deps.reports);
  commerceRoutes(api, deps.setup);
  settingsRoutes(api, settings);
  app.use('/api/v1', api);

  app.use(
    setupRoutes({
      now: deps.now,
      settingsHandlers: settings,
      connectionHandlers: connections,
      csrfToken: deps.csrfToken,
      version: deps.version,
      pairings: deps.pairings,
      setup: deps.setup,
      audit: deps.audit,
      logger: deps.logger,
    }),
  );
  app.get('/', (_req, res) => res.redirect(302, '/setup'));

  app.use((_req, _res, next) => next(new CompanionError('NOT_FOUND')));
  app.use(errorHandler(deps.logger));
  return app;
}
