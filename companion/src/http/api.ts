/**
 * The extension's API, `/api/v1`: its route table. Health and pairing answer before
 * authentication, everything else after it. Paths are written here and nowhere else.
 */
import { Router } from 'express';
import type { Clock } from '../clock.ts';
import type { Services } from '../compose.ts';
import type { FastPath } from './front-door.ts';
import { authenticator, bearerAuth } from './guards/auth.ts';
import { commerceHandlers } from './routes/commerce.ts';
import { commerceWorkHandlers } from './routes/commerce-work.ts';
import { connectionHandlers } from './routes/connections.ts';
import { coupangHandlers } from './routes/coupang.ts';
import { healthHandlers } from './routes/health.ts';
import { jobHandlers } from './routes/jobs.ts';
import { cachedMetricsAnswer, keywordHandlers } from './routes/keywords.ts';
import { mount } from './routes/mount.ts';
import { pairingHandlers } from './routes/pairing.ts';
import { settingsHandlers } from './routes/settings.ts';
import { shoppingHandlers } from './routes/shopping.ts';

/** What the routes call: the services, never a store. */
export type RouteServices = Omit<Services, 'runtime' | 'pruner' | 'refusedExtensions'>;

/** Where the API is mounted. */
export const API_BASE = '/api/v1';

/**
 * What the front door answers before Express, for the path a person repeats most (the popup's
 * metrics of a keyword already looked up): the cached metrics, or on to the router.
 */
export function apiFastPath(
  services: Pick<RouteServices, 'keywords' | 'pairings'>,
  options: { apiToken: string | null },
): FastPath {
  return cachedMetricsAnswer(
    services.keywords,
    `${API_BASE}/keywords/metrics`,
    authenticator(services.pairings, options.apiToken),
  );
}

export function apiRouter(
  services: RouteServices,
  options: { version: string; apiToken: string | null; now: Clock },
): Router {
  const health = healthHandlers(options.version);
  const pairing = pairingHandlers(services.pairings, options.now);
  const connections = connectionHandlers(services.connections, services.setup);
  const keywords = keywordHandlers(services.keywords, services.trends, services.bids, services.estimates);
  const shopping = shoppingHandlers(services.audiences);
  const jobs = jobHandlers(services.jobs);
  const coupang = coupangHandlers(services.coupang, services.reports);
  const commerce = commerceHandlers(services.setup);
  const settings = settingsHandlers(services.settings);
  const work = commerceWorkHandlers(services);

  const router = Router();
  mount(router, [
    ['get', '/health', health.health],
    ['post', '/pair', pairing.redeemLimit, pairing.redeem],
  ]);
  router.use(bearerAuth(services.pairings, options.apiToken));
  return mount(router, [
    ['get', '/connections', connections.list],
    ['get', '/connectors', connections.catalogue],
    ['post', '/keywords/metrics', keywords.metrics],
    ['get', '/keywords/related', keywords.related],
    ['post', '/keywords/trends', keywords.trends],
    ['get', '/keywords/bids', keywords.bids],
    ['get', '/keywords/estimate', keywords.estimate],
    ['get', '/keywords/audience', shopping.audience],
    ['get', '/shopping/categories', shopping.categories],
    ['post', '/shopping/trends', shopping.trends],
    ['post', '/keywords/jobs', jobs.create],
    ['get', '/keywords/jobs', jobs.list],
    ['get', '/keywords/jobs/:id', jobs.get],
    ['get', '/keywords/jobs/:id/results', jobs.results],
    ['delete', '/keywords/jobs/:id', jobs.cancelOrRemove],
    ['post', '/keywords/jobs/:id/resume', jobs.resume],
    ['post', '/coupang/deeplinks', coupang.deeplinks],
    ['get', '/coupang/products', coupang.products],
    ['get', '/coupang/history', coupang.history],
    ['get', '/coupang/reports', coupang.report],
    ['get', '/commerce/order-changes', commerce.orderChanges],
    ['get', '/commerce/orders', work.orders],
    ['post', '/commerce/orders/confirm', work.confirm],
    ['get', '/commerce/couriers', work.couriers],
    ['post', '/commerce/orders/dispatch', work.dispatch],
    ['get', '/commerce/inquiries', work.inquiries],
    ['post', '/commerce/inquiries/:kind/:id/answer', work.answer],
    ['get', '/commerce/products', work.products],
    ['post', '/commerce/stock', work.stock],
    ['get', '/settings', settings.read],
    ['put', '/settings/saturation', settings.writeSaturation],
  ]);
}
