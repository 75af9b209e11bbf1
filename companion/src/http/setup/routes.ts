/**
 * The setup page and its API (`/setup`, `/setup/api/*`): same-origin only (originGuard), the CSRF
 * header on every API call, a rate limit on writes, and page headers that forbid framing and caching.
 */
import { Router, type Response } from 'express';
import {
  CapabilityRequestSchema,
  CatalogueQuerySchema,
  ConnectionsQuerySchema,
  OrderChangesQuerySchema,
  ProviderSchema,
  SaturationSettingsSchema,
  type CatalogueResponse,
  type ConnectionsResponse,
  type PairingCodeResponse,
  type PairingsResponse,
  type Provider,
} from '@aigenc/shared/contract';
import { describeFormula } from '@aigenc/shared/domain';
import { credentialSchema } from '@aigenc/shared/providers';
import type { SettingsStore } from '../../store/settings.ts';
import { CompanionError } from '../../errors.ts';
import type { Clock } from '../../clock.ts';
import type { Logger } from '../../logger.ts';
import type { ConnectionSetup } from '../../services/connection-setup.ts';
import type { ConnectionService } from '../../services/connections.ts';
import type { AuditLog } from '../../store/audit-log.ts';
import type { PairingStore } from '../../store/pairing.ts';
import { csrfGuard } from '../guards/csrf.ts';
import { rateLimit } from '../guards/rate-limit.ts';
import { pickLanguage, requestLanguage } from '../language.ts';
import { parseInput } from '../validate.ts';
import { loadSetupAssets } from './assets.ts';
import { SETUP_CSP, renderSetupPage } from './page.ts';

export interface SetupDeps {
  now: Clock;
  settings: SettingsStore;
  csrfToken: string;
  version: string;
  pairings: PairingStore;
  connections: ConnectionService;
  setup: ConnectionSetup;
  audit: AuditLog;
  logger: Logger;
}

function providerParam(value: string | undefined): Provider {
  const parsed = ProviderSchema.safeParse(value);
  if (!parsed.success) throw new CompanionError('NOT_FOUND');
  return parsed.data;
}

function pageHeaders(res: Response): void {
  res.setHeader('Content-Security-Policy', SETUP_CSP);
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cache-Control', 'no-store');
}

export function setupRoutes(deps: SetupDeps): Router {
  const router = Router();

  router.get('/setup', (req, res) => {
    const lang = typeof req.query['lang'] === 'string' ? pickLanguage(req.query['lang']) : requestLanguage(req);
    pageHeaders(res);
    res.type('html').send(renderSetupPage({ language: lang, csrfToken: deps.csrfToken, version: deps.version }));
  });

  router.get('/setup/assets/setup.js', async (_req, res) => {
    const { script } = await loadSetupAssets();
    pageHeaders(res);
    res.type('text/javascript').send(script);
  });

  router.get('/setup/assets/setup.css', async (_req, res) => {
    const { style } = await loadSetupAssets();
    pageHeaders(res);
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

  api.get('/settings/saturation', (req, res) => {
    const saturation = deps.settings.saturation();
    res.json({ saturation, saturationFormula: describeFormula(saturation, requestLanguage(req)) });
  });

  api.put('/settings/saturation', (req, res) => {
    deps.settings.setSaturation(parseInput(SaturationSettingsSchema, req.body));
    deps.logger.info({ event: 'SETTINGS_CHANGED', setting: 'saturation' }, 'settings changed');
    const saturation = deps.settings.saturation();
    res.json({ saturation, saturationFormula: describeFormula(saturation, requestLanguage(req)) });
  });

  api.get('/connections', (req, res) => {
    const { scope } = parseInput(ConnectionsQuerySchema, req.query);
    const body: ConnectionsResponse = { connections: deps.connections.list(scope, requestLanguage(req)) };
    res.json(body);
  });

  api.get('/catalogue', (req, res) => {
    const { scope } = parseInput(CatalogueQuerySchema, req.query);
    const body: CatalogueResponse = { connectors: deps.connections.catalogue(scope, requestLanguage(req)) };
    res.json(body);
  });

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

  api.post('/connections/naver-commerce/order-probe', async (req, res) => {
    const query = parseInput(OrderChangesQuerySchema, req.body);
    const { from, to } = deps.setup.period(query.from, query.to);
    res.json(await deps.setup.orderProbe(from, to, query.expected));
  });

  api.get('/audit', (_req, res) => {
    res.json({ entries: deps.audit.recent(30) });
  });

  router.use('/setup/api', api);
  return router;
}
