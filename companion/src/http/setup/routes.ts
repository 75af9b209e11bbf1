/**
 * The setup page and its API (`/setup`, `/setup/api/*`): same-origin only (originGuard), the CSRF
 * header on every API call, a rate limit on writes, and page headers that forbid framing and caching.
 */
import { Router } from 'express';
import {
  CapabilityRequestSchema,
  ProviderSchema,
  type PairingCodeResponse,
  type PairingsResponse,
  type Provider,
} from '@aigenc/shared/contract';
import { credentialSchema, usesProbe } from '@aigenc/shared/providers';
import { CompanionError } from '../../errors.ts';
import type { Clock } from '../../clock.ts';
import type { Logger } from '../../logger.ts';
import type { ConnectionSetup } from '../../services/connection-setup.ts';
import { orderProbeHandler } from '../routes/commerce.ts';
import type { ConnectionHandlers } from '../routes/connections.ts';
import type { SettingsHandlers } from '../routes/settings.ts';
import type { AuditLog } from '../../store/audit-log.ts';
import type { PairingStore } from '../../store/pairing.ts';
import { csrfGuard } from '../guards/csrf.ts';
import { rateLimit } from '../guards/rate-limit.ts';
import { pickLanguage, requestLanguage } from '../language.ts';
import { parseInput } from '../validate.ts';
import { loadSetupAssets } from './assets.ts';
import { renderSetupPage } from './page.ts';
import { setupPageHeaders } from '../guards/headers.ts';

export interface SetupDeps {
  now: Clock;
  settingsHandlers: SettingsHandlers;
  connectionHandlers: ConnectionHandlers;
  csrfToken: string;
  version: string;
  pairings: PairingStore;
  setup: ConnectionSetup;
  audit: AuditLog;
  logger: Logger;
}

function providerParam(value: string | undefined): Provider {
  const parsed = ProviderSchema.safeParse(value);
  if (!parsed.success) throw new CompanionError('NOT_FOUND');
  return parsed.data;
}

export function setupRoutes(deps: SetupDeps): Router {
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

  const api = Router();
  api.use(csrfGuard(deps.csrfToken));
  api.use(rateLimit({ capacity: 30, refillPerSecond: 0.5, now: deps.now }, true));

  api.post('/pairing-code', (_req, res) => {
    const { code, expiresAt } = deps.pairings.issueCode();
    deps.logger.info({ event: 'PAIRING_CODE_ISSUED', via: 'setup' }, 'pairing code issued');
    const body: PairingCodeResponse = { code, expiresAt: expiresAt.toISOString() };
    res.status(201).json(body);
  });

  api.get('/pairings', (_req, res) => {
    const body: PairingsResponse = { pairings: deps.pairings.list() };
    res.json(body);
  });

  api.delete('/pairings/:id', (req, res) => {
    if (!deps.pairings.revoke(req.params['id'] ?? '')) throw new CompanionError('NOT_FOUND');
    deps.logger.info({ event: 'PAIRING_REVOKED', pairingId: req.params['id'] }, 'pairing revoked');
    res.status(204).end();
  });

  // The same handlers as /api/v1's, behind this router's guards.
  api.get('/settings/saturation', deps.settingsHandlers.read);
  api.put('/settings/saturation', deps.settingsHandlers.writeSaturation);
  api.get('/connections', deps.connectionHandlers.list);
  api.get('/catalogue', deps.connectionHandlers.catalogue);

  api.put('/connections/:provider', async (req, res) => {
    const provider = providerParam(req.params['provider']);
    const fields = parseInput(credentialSchema(provider), req.body);
    res.json(await deps.setup.connect(provider, fields, requestLanguage(req)));
  });

  api.post('/connections/:provider/validate', async (req, res) => {
    res.json(await deps.setup.validate(providerParam(req.params['provider']), requestLanguage(req)));
  });

  api.delete('/connections/:provider', async (req, res) => {
    await deps.setup.disconnect(providerParam(req.params['provider']));
    res.status(204).end();
  });

  api.put('/connections/:provider/capabilities/:name', async (req, res) => {
    const { enabled } = parseInput(CapabilityRequestSchema, req.body);
    const provider = providerParam(req.params['provider']);
    res.json(await deps.setup.setCapability(provider, req.params['name'] ?? '', enabled, requestLanguage(req)));
  });

  // Only where a capability is proven by the order probe (the registry says which providers).
  const probeOrders = orderProbeHandler(deps.setup, (req) => req.body);
  api.post('/connections/:provider/order-probe', (req, res, next) => {
    if (!usesProbe(providerParam(req.params['provider']), 'order-probe')) throw new CompanionError('NOT_FOUND');
    return probeOrders(req, res, next);
  });

  api.get('/audit', (_req, res) => {
    res.json({ entries: deps.audit.recent(30) });
  });

  router.use('/setup/api', api);
  return router;
}
