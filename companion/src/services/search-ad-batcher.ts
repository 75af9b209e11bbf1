/**
 * Coalesces keyword lookups into shared Search Ad calls: lookups arriving within a short window
 * join one call of up to five hints, and a keyword already on its way is not asked twice. Ten
 * popups asking for one keyword each at the same moment cost two calls, not ten.
 */
import { MAX_HINTS, type SearchAdClient } from '../connectors/naver-searchad/client.ts';
import type { KeywordToolItem } from '../connectors/naver-searchad/parse.ts';
import { normalizeKeyword } from '@aigenc/shared/domain';
import type { KeywordCache } from '../store/keyword-cache.ts';

interface Waiter {
  promise: Promise<KeywordToolItem | null>;
  resolve(item: KeywordToolItem | null): void;
  reject(error: unknown): void;
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

  /** The Search Ad row for a normalized keyword, or null when Search Ad has none. */
  lookup(keyword: string): Promise<KeywordToolItem | null> {
    const existing = this.waiters.get(keyword);
    if (existing) return existing.promise;
    let resolve!: Waiter['resolve'];
    let reject!: Waiter['reject'];
    const promise = new Promise<KeywordToolItem | null>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    this.waiters.set(keyword, { promise, resolve, reject });
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
    try {
      const client = await this.client();
      const { items } = await client.keywordTool(batch);
      const rows = new Map(items.map((item) => [normalizeKeyword(item.keyword), item] as const));
      this.cache.putMetrics([...rows], batch);
      for (const keyword of batch) {
        const row = rows.get(keyword) ?? null;
        if (!row) this.cache.putMetrics([[keyword, null]], [keyword]);
        this.waiters.get(keyword)?.resolve(row);
      }
    } catch (error) {
      for (const keyword of batch) this.waiters.get(keyword)?.reject(error);
    } finally {
      for (const keyword of batch) this.waiters.delete(keyword);
    }
  }
}
