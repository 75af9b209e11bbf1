/**
 * Naver Search Ad keyword tool (`GET /keywordstool`): signed, paced per customer id, and stopped
 * for five minutes when 429s pile up (the cooldown survives restarts).
 *
 *   const client = new SearchAdClient({ origin, credentials, dispatcher, state, time, pacers });
 *   const { items } = await client.keywordTool(['무선 이어폰', '캠핑의자']);
 */
import type { Egress } from '../egress.ts';
import type { z } from 'zod';
import { normalizeKeyword } from '@aigenc/shared/domain';
import { UpstreamError } from '../../errors/index.ts';
import { fill, instantWords } from '../../messages.ts';
import type { StateStore } from '../../store/state.ts';
import { jsonValue, malformedResponse, upstreamRequest } from '../http-client.ts';
import type { Clock, Time } from '../../clock.ts';
import { Cooldown, accountTag, type Pacer, type Pacers } from '../limits.ts';
import { searchAdError } from './errors.ts';
import { SEARCHAD_MESSAGES } from './messages.ts';
import { parseKeywordTool, type KeywordToolItem } from './parse.ts';
import { signSearchAd } from './sign.ts';
import { PROVIDER } from './provider.ts';
import { stateKey } from '../../store/state-keys.ts';

export const MAX_HINTS = 5;
export const KEYWORD_TOOL_PATH = '/keywordstool';

export interface SearchAdCredentials {
  apiKey: string;
  secretKey: string;
  customerId: string;
}

export interface SearchAdOptions {
  origin: string;
  credentials: SearchAdCredentials;
  dispatcher: Egress;
  state: StateStore;
  /** Minimum spacing between calls; Naver reports about one a second as safe. */
  intervalMs?: number;
  /** A 429 pushes the next call back by this many intervals (Naver: 5-6 times longer). */
  backoffFactor?: number;
  cooldownMs?: number;
  /** How long one call may take before it is given up. */
  timeoutMs?: number;
  time: Time;
  /** The process's pacers: one per customer id, shared by every client of it. */
  pacers: Pacers;
}

export interface KeywordToolResult {
  items: KeywordToolItem[];
  transactionId: string | null;
}

export class SearchAdClient {
  private readonly pacer: Pacer;
  /** The estimate tools run at Search Ad's general rate, not the keyword tool's slow lane. */
  private readonly estimatePacer: Pacer;
  private readonly cooldown: Cooldown;
  private readonly now: Clock;
  private readonly backoffMs: number;

  constructor(private readonly options: SearchAdOptions) {
    this.now = options.time.now;
    const interval = options.intervalMs ?? 1000;
    // One pacer per customer id: Naver counts the limit per customer and client address.
    this.pacer = options.pacers.for(`searchad|${options.origin}|${options.credentials.customerId}`, interval);
    this.estimatePacer = options.pacers.for(
      `searchad-estimate|${options.origin}|${options.credentials.customerId}`,
      100,
    );
    this.backoffMs = interval * (options.backoffFactor ?? 6);
    this.cooldown = new Cooldown(
      options.state,
      stateKey(PROVIDER, 'cooldown', accountTag(options.credentials.customerId)),
      // Three 429s within a minute, despite backing off after each, stop every call for five minutes.
      { stormCount: 3, stormWindowMs: 60_000, cooldownMs: options.cooldownMs ?? 300_000 },
      this.now,
    );
  }

  /** When the current 429 cooldown ends (epoch ms), or null. */
  cooldownUntil(): number | null {
    return this.cooldown.until();
  }

  async keywordTool(hints: readonly string[]): Promise<KeywordToolResult> {
    const normalized = [...new Set(hints.map(normalizeKeyword).filter((hint) => hint.length > 0))];
    if (normalized.length === 0 || normalized.length > MAX_HINTS) {
      throw new RangeError(`keywordTool takes 1 to ${MAX_HINTS} distinct hints`);
    }
    // The vendor splits hintKeywords at commas: a hint with one would be several.
    if (normalized.some((hint) => hint.includes(','))) throw new RangeError('a hint may not contain a comma');
    try {
      return await this.keywordToolOnce(normalized);
    } catch (error) {
      // One 429 without a storm is most often arrival jitter at the vendor's exact limit: asked
      // again once, after the backoff the vendor asks for (the pacer waits it), rather than failing
      // every keyword of the batch. A second one, or a storm's cooldown, is the answer.
      if (!(error instanceof UpstreamError) || error.upstreamCode !== '429' || this.cooldownUntil() !== null)
        throw error;
      return this.keywordToolOnce(normalized);
    }
  }

  private keywordToolOnce(normalized: readonly string[]): Promise<KeywordToolResult> {
    this.refuseDuringCooldown();
    return this.pacer.run(async () => {
      this.refuseDuringCooldown();
      const { apiKey, secretKey, customerId } = this.options.credentials;
      const timestamp = String(this.now());
      const query = new URLSearchParams({
        hintKeywords: normalized.join(','),
        showDetail: '1',
        includeHintKeywords: '1',
      });
      const response = await upstreamRequest(this.options.dispatcher, {
        provider: PROVIDER,
        method: 'GET',
        url: `${this.options.origin}${KEYWORD_TOOL_PATH}?${query.toString()}`,
        ...(this.options.timeoutMs === undefined ? {} : { timeoutMs: this.options.timeoutMs }),
        headers: {
          'x-timestamp': timestamp,
          'x-api-key': apiKey,
          'x-customer': customerId,
          'x-signature': signSearchAd(secretKey, timestamp, 'GET', KEYWORD_TOOL_PATH),
          accept: 'application/json',
        },
      });
      const transactionId = response.headers['x-transaction-id'] ?? null;
      if (response.status === 429) {
        const until = this.cooldown.record429();
        this.pacer.delay(this.backoffMs);
        const retryAfter = until ? (until - this.now()) / 1000 : this.backoffMs / 1000;
        throw searchAdError(response, Math.ceil(retryAfter));
      }
      if (response.status !== 200) throw searchAdError(response, 0);
      const parsed = parseKeywordTool(jsonValue(response.text));
      if (!parsed) throw malformedResponse(PROVIDER, transactionId);
      return { items: parsed.items, transactionId };
    });
  }

  /**
   * One call to an estimate tool (`POST /estimate/...`): signed with the bare path, paced on its
   * own lane at Search Ad's general rate, and a 429 counts toward the account's cooldown like the
   * keyword tool's. The answer is read with `schema`; anything else is a malformed answer.
   */
  async estimate<S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<z.infer<S>> {
    this.refuseDuringCooldown();
    return this.estimatePacer.run(async () => {
      this.refuseDuringCooldown();
      const { apiKey, secretKey, customerId } = this.options.credentials;
      const timestamp = String(this.now());
      const response = await upstreamRequest(this.options.dispatcher, {
        provider: PROVIDER,
        method: 'POST',
        url: `${this.options.origin}${path}`,
        headers: {
          'x-timestamp': timestamp,
          'x-api-key': apiKey,
          'x-customer': customerId,
          'x-signature': signSearchAd(secretKey, timestamp, 'POST', path),
          'content-type': 'application/json; charset=UTF-8',
          accept: 'application/json',
        },
        body: JSON.stringify(body),
      });
      if (response.status === 429) {
        const until = this.cooldown.record429();
        throw searchAdError(response, Math.ceil(until ? (until - this.now()) / 1000 : 1));
      }
      if (response.status !== 200) throw searchAdError(response, 0);
      const parsed = schema.safeParse(jsonValue(response.text));
      if (!parsed.success) throw malformedResponse(PROVIDER, response.headers['x-transaction-id'] ?? null);
      return parsed.data as z.infer<S>;
    });
  }

  private refuseDuringCooldown(): void {
    const until = this.cooldown.until();
    if (until === null) return;
    const seconds = Math.ceil((until - this.now()) / 1000);
    throw new UpstreamError('UPSTREAM_RATE_LIMITED', {
      provider: PROVIDER,
      upstreamCode: 'COOLDOWN',
      retryAfterSeconds: seconds,
      detail: fill(SEARCHAD_MESSAGES.coolingDown, { until: instantWords(until) }),
    });
  }
}
