/**
 * The audience view's calls of the contract (`/api/v1/keywords/audience`, `/api/v1/shopping/trends`),
 * on the page's client. Their schemas come from the contract's own subpath, loaded with this view.
 */
import {
  KeywordAudienceResponseSchema,
  ShoppingTrendsResponseSchema,
  type KeywordAudienceResponse,
  type ShoppingTrendsResponse,
} from '@aigenc/shared/contract/audience';
import type { CompanionClient } from '../../companion-client.ts';

export function keywordAudience(
  client: CompanionClient,
  keyword: string,
  category: string,
  months: number,
): Promise<KeywordAudienceResponse> {
  const query = new URLSearchParams({ keyword, category, months: String(months) });
  return client.request('GET', `/api/v1/keywords/audience?${query.toString()}`, KeywordAudienceResponseSchema);
}

export function categoryTrends(
  client: CompanionClient,
  categories: readonly string[],
  months: number,
): Promise<ShoppingTrendsResponse> {
  return client.request('POST', '/api/v1/shopping/trends', ShoppingTrendsResponseSchema, {
    categories: [...categories],
    months,
  });
}
