/**
 * Connections: the list and the catalogue of connectors (real-API scope unless asked for all), and,
 * for the setup page, keys connected, checked, removed, capabilities switched and the audit trail.
 */
import type { Request, RequestHandler } from 'express';
import {
  AuditResponseSchema,
  CapabilityRequestSchema,
  CatalogueQuerySchema,
  CatalogueResponseSchema,
  ConnectAnswerSchema,
  ConnectionSchema,
  ConnectionsQuerySchema,
  ConnectionsResponseSchema,
  ProviderSchema,
  type Provider,
} from '@aigenc/shared/contract';
import { credentialSchema, usesProbe } from '@aigenc/shared/providers';
import { CompanionError } from '../../errors/index.ts';
import type { ConnectionService } from '../../services/connections.ts';
import type { ConnectionSetup } from '../../services/connection-setup.ts';
import { requestLanguage } from '../language.ts';
import { parseInput, pathParam } from '../validate.ts';
import { noContent, reply } from './mount.ts';

/** How many audit entries the setup page shows. */
const AUDIT_SHOWN = 30;

/** The `:provider` of the path; an unknown one is a path that does not exist. */
function providerParam(req: Request): Provider {
  const parsed = ProviderSchema.safeParse(req.params['provider']);
  if (!parsed.success) throw new CompanionError('NOT_FOUND');
  return parsed.data;
}

export function connectionHandlers(connections: ConnectionService, setup: ConnectionSetup) {
  return {
    list: ((req, res) => {
      const { scope } = parseInput(ConnectionsQuerySchema, req.query);
      reply(res, ConnectionsResponseSchema, { connections: connections.list(scope, requestLanguage(req)) });
    }) satisfies RequestHandler,
    catalogue: ((req, res) => {
      const { scope } = parseInput(CatalogueQuerySchema, req.query);
      reply(res, CatalogueResponseSchema, { connectors: connections.catalogue(scope, requestLanguage(req)) });
    }) satisfies RequestHandler,
    connect: (async (req, res) => {
      const provider = providerParam(req);
      const fields = parseInput(credentialSchema(provider), req.body);
      reply(res, ConnectAnswerSchema, await setup.connect(provider, fields, requestLanguage(req)));
    }) satisfies RequestHandler,
    validate: (async (req, res) => {
      reply(res, ConnectionSchema, await setup.validate(providerParam(req), requestLanguage(req)));
    }) satisfies RequestHandler,
    disconnect: (async (req, res) => {
      await setup.disconnect(providerParam(req));
      noContent(res);
    }) satisfies RequestHandler,
    setCapability: (async (req, res) => {
      const { enabled } = parseInput(CapabilityRequestSchema, req.body);
      const provider = providerParam(req);
      const name = pathParam(req, 'name');
      reply(res, ConnectionSchema, await setup.setCapability(provider, name, enabled, requestLanguage(req)));
    }) satisfies RequestHandler,
    /** Only for a provider whose capabilities the order probe proves (the registry says which). */
    onlyProbed: ((req, _res, next) => {
      if (!usesProbe(providerParam(req), 'order-probe')) throw new CompanionError('NOT_FOUND');
      next();
    }) satisfies RequestHandler,
    audit: ((_req, res) =>
      reply(res, AuditResponseSchema, { entries: setup.auditTrail(AUDIT_SHOWN) })) satisfies RequestHandler,
  };
}
