/**
 * The setup page and its API (`/setup`, `/setup/api/*`): same-origin only (originGuard), the CSRF
 * header on every API call, a rate limit on writes, and page headers that forbid framing and caching.
 */
import { Router } from 'express';
import type { Clock } from '../../clock.ts';
import type { RouteServices } from '../api.ts';
import { csrfGuard } from '../guards/csrf.ts';
import { rateLimit } from '../guards/rate-limit.ts';
import { pickLanguage, requestLanguage } from '../language.ts';
import { commerceHandlers } from '../routes/commerce.ts';
import { connectionHandlers } from '../routes/connections.ts';
import { mount } from '../routes/mount.ts';
import { pairingHandlers } from '../routes/pairing.ts';
import { settingsHandlers } from '../routes/settings.ts';
import { loadSetupAssets } from './assets.ts';
import { renderSetupPage } from './page.ts';
import { setupPageHeaders } from '../guards/headers.ts';

export interface SetupOptions {
  now: Clock;
  csrfToken: string;
  version: string;
}

export function setupRoutes(services: RouteServices, deps: SetupOptions): Router {
  const router = Router();

  router.get('/setup', setupPageHeaders, (req, res) => {
    const lang = typeof req.query['lang'] === 'string' ? pickLanguage(req.query['lang']) : requestLanguage(req);
    res.type('html').send(renderSetupPage({ language: lang, csrfToken: deps.csrfToken, version: deps.version }));
  });

  router.get('/setup/assets/setup.js', setupPageHeaders, async (_req, res) => {
    const { script } = await loadSetupAssets();
    res.type('text/javascript').send(script);
  });

  router.get('/setup/assets/setup.css', setupPageHeaders, async (_req, res) => {
    const { style } = await loadSetupAssets();
    res.type('text/css').send(style);
  });

  const pairing = pairingHandlers(services.pairings, deps.now);
  const settings = settingsHandlers(services.settings);
  const connections = connectionHandlers(services.connections, services.setup);
  const commerce = commerceHandlers(services.setup);

  // The API's route table: the same handlers as /api/v1's where both have an operation.
  const api = Router();
  api.use(csrfGuard(deps.csrfToken));
  api.use(rateLimit({ capacity: 30, refillPerSecond: 0.5, now: deps.now }, true));
  mount(api, [
    ['post', '/pairing-code', pairing.issueCode],
    ['get', '/pairings', pairing.list],
    ['delete', '/pairings/:id', pairing.revoke],
    ['get', '/settings/saturation', settings.read],
    ['put', '/settings/saturation', settings.writeSaturation],
    ['get', '/connections', connections.list],
    ['get', '/catalogue', connections.catalogue],
    ['put', '/connections/:provider', connections.connect],
    ['post', '/connections/:provider/validate', connections.validate],
    ['delete', '/connections/:provider', connections.disconnect],
    ['put', '/connections/:provider/capabilities/:name', connections.setCapability],
    ['post', '/connections/:provider/order-probe', connections.onlyProbed, commerce.orderProbe],
    ['get', '/audit', connections.audit],
  ]);

  router.use('/setup/api', api);
  return router;
}
