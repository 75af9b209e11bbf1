/**
 * Coupang Partners for the API and the command line: deeplinks for canonical Coupang pages, made
 * once per (page, subId) and kept forever; product searches cached 6 hours, with the last known
 * answer served (marked stale) when the hourly budget is spent or the vendor fails; the history
 * of links made. Only Coupang pages a link can be asked for reach the vendor (the rule is
 * `canonicalCoupangUrl`); a page it answers it cannot link is refused from memory for a day.
 */
import type { Deeplink, LinkHistoryEntry, Product, ProductsResponse } from '@aigenc/shared/contract';
import { canonicalCoupangUrl, cleanKeyword, type CoupangUrlRefusal } from '@aigenc/shared/domain';
import type { CoupangClient, CoupangProducts } from '../connectors/coupang-partners/client.ts';
import { malformedResponse } from '../connectors/http-client.ts';
import { ValidationError, isStorageError } from '../errors/index.ts';
import { fill } from '../messages.ts';
import { COUPANG_REFUSALS, SERVICE_MESSAGES } from './messages.ts';
import type { CoupangStore } from '../store/coupang-store.ts';
import { coupangConnector } from '../connectors/coupang-partners/connector.ts';
import { CoupangPageRefusedError } from '../connectors/coupang-partners/errors.ts';

/** The vendor's product search answers at most 10; asking for 10 every time spares the budget. */
const SEARCH_SIZE = 10;
const AFFILIATE_LINK = /^https:\/\/link\.coupang\.com\//;

export interface CoupangServiceDeps {
  coupang: () => Promise<CoupangClient>;
  store: CoupangStore;
}

function refusal(index: number, reason: CoupangUrlRefusal, total: number): ValidationError {
  const which = total === 1 ? '' : ` (${index + 1})`;
  return new ValidationError(
    [{ path: `urls.[${index}]`, message: COUPANG_REFUSALS[reason].en }],
    fill(SERVICE_MESSAGES.notACoupangAddress, { which, reason: COUPANG_REFUSALS[reason] }),
    'NOT_A_COUPANG_URL',
  );
}

function rememberRefusal(store: CoupangStore, page: string, error: CoupangPageRefusedError): void {
  try {
    store.putRefusal(page, error.said);
  } catch (failure) {
    // Remembering saves a call; on a full disk the refusal is still answered.
    if (!isStorageError(failure)) throw failure;
  }
}

export class CoupangService {
  constructor(private readonly deps: CoupangServiceDeps) {}

  /** Links for 1 to 20 URLs, in request order; any URL that is not a Coupang page refuses them all. */
  async deeplinks(urls: readonly string[], options: { subId?: string; title?: string } = {}): Promise<Deeplink[]> {
    const pages = urls.map((url, index) => {
      const page = canonicalCoupangUrl(url);
      if (!page.ok) throw refusal(index, page.reason, urls.length);
      return page.url;
    });
    const client = await this.deps.coupang();
    const subId = options.subId ?? client.defaultSubId ?? null;
    const { store } = this.deps;

    const known = new Set(pages.filter((page) => store.link(page, subId)));
    const missing = [...new Set(pages.filter((page) => !known.has(page)))];
    // A page the vendor answered it cannot link is answered from memory for a day: no call.
    for (const page of missing) {
      const said = store.refusal(page);
      if (said !== null)
        throw new CoupangPageRefusedError(said, 1, '400', pages.length > 1 ? pages.indexOf(page) + 1 : undefined);
    }
    if (missing.length > 0) {
      const made = await client.deeplinks(missing, subId ?? undefined).catch((error: unknown) => {
        // Only a refusal of one page says which page it was; the vendor is never asked twice.
        if (error instanceof CoupangPageRefusedError && missing.length === 1)
          rememberRefusal(store, missing[0]!, error);
        throw error;
      });
      if (made.length !== missing.length) throw malformedResponse(coupangConnector.provider);
      missing.forEach((page, i) => {
        // The vendor echoes each URL; when it does not, its answers are in request order.
        const link = made.find((m) => m.originalUrl === page) ?? made[i]!;
        // Never hand out something that merely looks like an affiliate link.
        if (!AFFILIATE_LINK.test(link.shortenUrl) || !AFFILIATE_LINK.test(link.landingUrl)) {
          throw malformedResponse(coupangConnector.provider);
        }
        store.putLink({ canonicalUrl: page, subId, shortenUrl: link.shortenUrl, landingUrl: link.landingUrl });
      });
    }
    const title = urls.length === 1 && options.title ? options.title : null;
    try {
      for (const page of new Set(pages)) store.recordUse(page, subId, title);
    } catch (error) {
      // The history is a convenience: on a full disk a link already made is still handed out.
      if (!isStorageError(error)) throw error;
    }

    return pages.map((page, i) => {
      const link = store.link(page, subId)!;
      return {
        originalUrl: urls[i]!.trim(),
        shortenUrl: link.shortenUrl,
        landingUrl: link.landingUrl,
        cached: known.has(page),
        canonicalUrl: page,
      };
    });
  }

  /** The top products for a query, with affiliate links, and what is left of the search budget. */
  async products(keyword: string, limit: number, subIdOverride?: string): Promise<ProductsResponse> {
    const client = await this.deps.coupang();
    const subId = subIdOverride ?? client.defaultSubId ?? null;
    const query = cleanKeyword(keyword);
    const { store } = this.deps;
    let cached = store.products<CoupangProducts>(query, subId);
    let fromCache = true;
    let stale = false;
    if (!cached?.fresh) {
      try {
        const fresh = await client.searchProducts(query, SEARCH_SIZE, subId ?? undefined);
        if (!fresh.productData.every((p) => AFFILIATE_LINK.test(p.productUrl))) {
          throw malformedResponse(coupangConnector.provider);
        }
        store.putProducts(query, subId, fresh);
        cached = store.products<CoupangProducts>(query, subId)!;
        fromCache = false;
      } catch (error) {
        if (!cached) throw error;
        stale = true;
      }
    }
    const budget = client.searchBudget.peek();
    const items: Product[] = [...cached.value.productData]
      .sort((a, b) => a.rank - b.rank)
      .slice(0, limit)
      .map((p) => ({
        productId: p.productId,
        productName: p.productName,
        productPrice: p.productPrice,
        productImage: p.productImage,
        productUrl: p.productUrl,
        isRocket: p.isRocket,
        rank: p.rank,
      }));
    return {
      keyword: query,
      landingUrl: cached.value.landingUrl,
      items,
      cached: fromCache,
      budget: { remaining: budget.remaining, resetsAt: new Date(budget.resetsAt).toISOString() },
      fetchedAt: new Date(cached.fetchedAt).toISOString(),
      ...(stale ? { stale: true } : {}),
    };
  }

  /** Links made, newest first; `search` matches title, page, short link or subId. */
  history(search: string | undefined, limit: number): LinkHistoryEntry[] {
    return this.deps.store.history(search || null, limit).map((entry) => ({
      canonicalUrl: entry.canonicalUrl,
      subId: entry.subId,
      title: entry.title,
      shortenUrl: entry.shortenUrl,
      landingUrl: entry.landingUrl,
      createdAt: new Date(entry.createdAt).toISOString(),
      usedAt: new Date(entry.usedAt).toISOString(),
    }));
  }
}
