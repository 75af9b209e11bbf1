/**
 * Coalesces keyword lookups into shared Search Ad calls: lookups arriving within a short window
 * join one call of up to five hints, and a keyword already on its way is not asked twice. Ten
 * popups asking for one keyword each at the same moment cost two calls, not ten.
 *
 * A call with a single hint also answers that keyword's related list (every other row is related to
 * it), so `lookup(keyword, { related: true })` asks alone, and a plain lookup that happened to go
 * alone keeps its list too: the popup's metrics and related keywords cost one call, whichever is
 * asked first. A related list cannot be taken from a shared call (the rows of five hints mix).
 */
import { MAX_HINTS, type SearchAdClient } from '../connectors/naver-searchad/client.ts';
import type { KeywordToolItem } from '../connectors/naver-searchad/parse.ts';
import { normalizeKeyword } from '@aigenc/shared/domain';
import type { KeywordCache } from '../store/keyword-cache.ts';
import { ValidationError } from '../errors/index.ts';
import { SERVICE_MESSAGES } from './messages.ts';

/**
 * Search Ad reads a comma in `hintKeywords` as a separator: such a keyword would join its batch as
 * several hints and the vendor would refuse the whole batch. It is answered alone, as bad input.
 */
export function hintProblem(normalized: string): ValidationError | null {
  return normalized.includes(',')
    ? new ValidationError(
        [{ path: 'keyword', message: 'a keyword may not contain a comma' }],
        SERVICE_MESSAGES.keywordComma,
      )
    : null;
}

export interface BatchAnswer {
  /** The keyword's own row, or null when Search Ad has none. */
  row: KeywordToolItem | null;
  /** The normalized related keywords, when the call asked for this keyword alone. */
  related: string[] | null;
}

interface Waiter {
  promise: Promise<BatchAnswer>;
  resolve(answer: BatchAnswer): void;
  reject(error: unknown): void;
  /** How many hints its call carries: 0 while it waits for the window. */
  sentWith: number;
}

export class SearchAdBatcher {
  private pending: string[] = [];
  private readonly waiters = new Map<string, Waiter>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly client: () => Promise<SearchAdClient>,
    private readonly cache: KeywordCache,
    private readonly windowMs = 20,
  ) {}

  /** The Search Ad row of a normalized keyword, and with `related` its related list. */
  async lookup(keyword: string, options: { related?: boolean } = {}): Promise<BatchAnswer> {
    const existing = this.waiters.get(keyword);
    if (existing) {
      if (!options.related || existing.sentWith === 1) return existing.promise;
      if (existing.sentWith === 0) {
        // Still waiting for the window: it goes alone instead, one call for both answers.
        this.pending = this.pending.filter((k) => k !== keyword);
        void this.run([keyword]);
        return existing.promise;
      }
      // On its way with other hints: its rows cannot say what is related to this keyword alone.
      await existing.promise.catch(() => null);
      return this.lookup(keyword, options);
    }
    let resolve!: Waiter['resolve'];
    let reject!: Waiter['reject'];
    const promise = new Promise<BatchAnswer>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    this.waiters.set(keyword, { promise, resolve, reject, sentWith: 0 });
    if (options.related) {
      void this.run([keyword]);
      return promise;
    }
    this.pending.push(keyword);
    if (this.pending.length >= MAX_HINTS) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), this.windowMs);
    return promise;
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    while (this.pending.length > 0) void this.run(this.pending.splice(0, MAX_HINTS));
  }

  private async run(batch: string[]): Promise<void> {
    for (const keyword of batch) this.waiters.get(keyword)!.sentWith = batch.length;
    try {
      const client = await this.client();
      const { items } = await client.keywordTool(batch);
      const rows = new Map(items.map((item) => [normalizeKeyword(item.keyword), item] as const));
      this.cache.putMetrics([...rows], batch);
      const alone = batch.length === 1 ? batch[0]! : null;
      const related = alone === null ? null : [...rows.keys()].filter((k) => k !== alone);
      if (alone !== null) this.cache.putRelated(alone, related!);
      for (const keyword of batch) {
        const row = rows.get(keyword) ?? null;
        if (!row) this.cache.putMetrics([[keyword, null]], [keyword]);
        this.waiters.get(keyword)?.resolve({ row, related });
      }
    } catch (error) {
      for (const keyword of batch) this.waiters.get(keyword)?.reject(error);
    } finally {
      for (const keyword of batch) this.waiters.delete(keyword);
    }
  }
}
