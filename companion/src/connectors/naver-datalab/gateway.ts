/**
 * What DataLab's APIs share on the wire (search trend, Shopping Insight): the same Naver Search
 * keys on either host by key kind, a quota of each API's own refused here before Naver would (a day
 * on Developers Center keys, a month of our own on API HUB keys, which publish none), the pacing,
 * the refusals read in both body forms, and the record that these API HUB keys have been answered.
 */
import type { z } from 'zod';
import { UpstreamError } from '../../errors/index.ts';
import type { Localized } from '@aigenc/shared/language';
import { numberWords, type Words } from '../../messages.ts';
import type { StateStore } from '../../store/state.ts';
import { stateKey } from '../../store/state-keys.ts';
import type { Clock, Time } from '../../clock.ts';
import type { ConnectorContext } from '../connector.ts';
import type { Egress } from '../egress.ts';
import { jsonValue, malformedResponse, upstreamRequest } from '../http-client.ts';
import { WindowBudget, accountTag, kstDay, kstMonth, type Pacer, type Pacers } from '../limits.ts';
import { HubRecord } from '../naver-search/hub-record.ts';
import { datalabError } from './errors.ts';
import { PROVIDER } from './provider.ts';

export interface DataLabOptions {
  origin: string;
  kind: 'legacy' | 'apihub';
  credentials: { clientId: string; clientSecret: string };
  dispatcher: Egress;
  state: StateStore;
  time: Time;
  pacers: Pacers;
  /** Smaller quotas in tests. */
  quota?: number;
}

/** A DataLab client's options from the Naver Search keys and the connector's context. */
export function dataLabOptions(
  { kind, clientId, clientSecret }: { kind: 'legacy' | 'apihub'; clientId: string; clientSecret: string },
  context: Pick<ConnectorContext, 'origin' | 'dispatcher' | 'state' | 'time' | 'pacers'>,
): DataLabOptions {
  return {
    origin: context.origin(kind),
    kind,
    credentials: { clientId, clientSecret },
    dispatcher: context.dispatcher,
    state: context.state,
    time: context.time,
    pacers: context.pacers,
  };
}

/** One DataLab API: its name, paths by key kind, quota and the words for a spent quota. */
export interface DataLabApi {
  api: 'search-trend' | 'shopping-insight';
  /** The path prefix on each host. */
  base: { legacy: string; apihub: string };
  /** The state key's middle part of the quota (`trend-quota`, `shopping-quota`). */
  quotaName: string;
  limit: { legacyPerDay: number; apihubPerMonth: number };
  /** The words for a spent quota, given its limit in words. */
  quotaSpent: { legacy: (limit: Localized) => Words; apihub: (limit: Localized) => Words };
}

export class DataLabGateway {
  readonly hub: boolean;
  private readonly quota: WindowBudget;
  private readonly now: Clock;
  private readonly pacer: Pacer;
  private readonly hubRecord: HubRecord;

  constructor(
    private readonly options: DataLabOptions,
    private readonly api: DataLabApi,
  ) {
    this.now = options.time.now;
    this.hub = options.kind === 'apihub';
    const { clientId } = options.credentials;
    this.hubRecord = new HubRecord(options.state, api.api, clientId);
    this.pacer = options.pacers.for(`${api.api}|${options.origin}|${clientId}`, 110);
    this.quota = new WindowBudget(
      options.state,
      stateKey(PROVIDER, api.quotaName, accountTag(clientId)),
      options.quota ?? (this.hub ? api.limit.apihubPerMonth : api.limit.legacyPerDay),
      this.hub ? kstMonth : kstDay,
      this.now,
    );
  }

  quotaRemaining(): { remaining: number; resetsAt: number } {
    return this.quota.peek();
  }

  private spent(resetsAt: number): UpstreamError {
    return new UpstreamError('UPSTREAM_QUOTA_EXHAUSTED', {
      provider: PROVIDER,
      upstreamCode: 'LOCAL_QUOTA',
      retryAfterSeconds: Math.max(1, Math.ceil((resetsAt - this.now()) / 1000)),
      detail: this.api.quotaSpent[this.hub ? 'apihub' : 'legacy'](numberWords(this.quota.limit)),
    });
  }

  /**
   * Refuses now, as a spent quota, a question that needs `calls` calls when fewer are left: none of
   * it is sent, so no call is spent on an answer that could not be completed.
   */
  assertRoom(calls: number): void {
    const { remaining, resetsAt } = this.quota.peek();
    if (remaining < calls) throw this.spent(resetsAt);
  }

  /** One call: the quota spent first (refused locally when it is gone), the answer read with `schema`. */
  async post<S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<z.infer<S>> {
    const spent = this.quota.take();
    if (!spent.ok) throw this.spent(spent.resetsAt);
    const { clientId, clientSecret } = this.options.credentials;
    const response = await this.pacer.run(() =>
      upstreamRequest(this.options.dispatcher, {
        provider: PROVIDER,
        method: 'POST',
        url: `${this.options.origin}${this.hub ? this.api.base.apihub : this.api.base.legacy}${path}`,
        headers: {
          ...(this.hub
            ? { 'x-ncp-apigw-api-key-id': clientId, 'x-ncp-apigw-api-key': clientSecret }
            : { 'x-naver-client-id': clientId, 'x-naver-client-secret': clientSecret }),
          'content-type': 'application/json',
          accept: 'application/json',
        },
        body: JSON.stringify(body),
      }),
    );
    if (response.status !== 200) {
      const window = this.hub ? kstMonth(this.now()) : kstDay(this.now());
      throw datalabError(response, {
        hub: this.hub,
        secondsToReset: Math.ceil((window.resetsAt - this.now()) / 1000),
        worked: this.hub && this.hubRecord.worked(),
        api: this.api.api,
      });
    }
    const parsed = schema.safeParse(jsonValue(response.text));
    if (!parsed.success) throw malformedResponse(PROVIDER);
    if (this.hub) this.hubRecord.markWorked();
    return parsed.data as z.infer<S>;
  }
}
