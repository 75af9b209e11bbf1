/**
 * The setup page's calls to its own companion (`/setup/api/*`): the CSRF header on every call,
 * every answer parsed with the shared contract, every refusal read as the contract's problem.
 */
import {
  AuditResponseSchema,
  CatalogueResponseSchema,
  ConnectAnswerSchema,
  ConnectionSchema,
  OrderChangesSummarySchema,
  PairingCodeResponseSchema,
  PairingsResponseSchema,
  ProblemSchema,
  SettingsResponseSchema,
  type ConnectionScope,
  type Provider,
} from '@aigenc/shared/contract';
import type { Language } from '@aigenc/shared/language';
import * as z from 'zod/mini';

/** A refusal or a failure, in words for the person (the companion's detail when it gave one). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiOptions {
  csrfHeader: string;
  csrfToken: string;
  language: Language;
  /** What to say when an answer does not match the contract (the page's words). */
  unreadable: string;
  fetch?: typeof fetch;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export class SetupApi {
  private readonly send: typeof fetch;

  constructor(private readonly options: ApiOptions) {
    this.send = options.fetch ?? ((input, init) => fetch(input, init));
  }

  private async call(method: Method, path: string, body?: unknown): Promise<unknown> {
    const response = await this.send(`/setup/api${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        'accept-language': this.options.language,
        [this.options.csrfHeader]: this.options.csrfToken,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (response.status === 204) return null;
    const data: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const problem = ProblemSchema.safeParse(data);
      if (problem.success) throw new ApiError(problem.data.detail, response.status, problem.data.code);
      throw new ApiError(`${this.options.unreadable} (HTTP ${response.status})`, response.status, null);
    }
    return data;
  }

  private async read<S extends z.core.$ZodType>(schema: S, method: Method, path: string, body?: unknown) {
    const data = await this.call(method, path, body);
    const parsed = z.safeParse(schema, data);
    if (!parsed.success) throw new ApiError(this.options.unreadable, 200, null);
    return parsed.data as z.output<S>;
  }

  private connection(provider: Provider, rest = ''): string {
    return `/connections/${encodeURIComponent(provider)}${rest}`;
  }

  pairings() {
    return this.read(PairingsResponseSchema, 'GET', '/pairings').then((answer) => answer.pairings);
  }
  issuePairingCode() {
    return this.read(PairingCodeResponseSchema, 'POST', '/pairing-code', {});
  }
  async revokePairing(id: string): Promise<void> {
    await this.call('DELETE', `/pairings/${encodeURIComponent(id)}`);
  }
  saturation() {
    return this.read(SettingsResponseSchema, 'GET', '/settings/saturation');
  }
  saveSaturation(settings: unknown) {
    return this.read(SettingsResponseSchema, 'PUT', '/settings/saturation', settings);
  }
  catalogue(scope: ConnectionScope) {
    return this.read(CatalogueResponseSchema, 'GET', `/catalogue?scope=${scope}`).then((answer) => answer.connectors);
  }
  audit() {
    return this.read(AuditResponseSchema, 'GET', '/audit').then((answer) => answer.entries);
  }
  connect(provider: Provider, fields: Record<string, string>) {
    return this.read(ConnectAnswerSchema, 'PUT', this.connection(provider), fields);
  }
  validate(provider: Provider) {
    return this.read(ConnectionSchema, 'POST', this.connection(provider, '/validate'), {});
  }
  async disconnect(provider: Provider): Promise<void> {
    await this.call('DELETE', this.connection(provider));
  }
  setCapability(provider: Provider, name: string, enabled: boolean) {
    const path = this.connection(provider, `/capabilities/${encodeURIComponent(name)}`);
    return this.read(ConnectionSchema, 'PUT', path, { enabled });
  }
  orderProbe(provider: Provider, period: { from: string; to: string; expected?: number }) {
    return this.read(OrderChangesSummarySchema, 'POST', this.connection(provider, '/order-probe'), period);
  }
}
