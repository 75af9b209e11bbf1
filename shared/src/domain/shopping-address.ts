/**
 * The Naver Shopping category of an address: its `cat_id` (spec §9.2), the category Shopping
 * Insight is asked about. Apart from the category list (shopping.ts), so that a view reading the
 * page's address does not carry the list.
 *
 *   shoppingCategoryOf('https://search.shopping.naver.com/search/all?query=x&catId=50000805') // → '50000805'
 */
import { httpsAddress } from './site-families.ts';

/** A category id: digits only, as in Naver Shopping addresses. */
export const CATEGORY_ID = /^\d{1,12}$/;

const SHOPPING_HOSTS = /(^|\.)shopping\.naver\.com$/;

/** The category of a Naver Shopping address (`cat_id` or `catId`), or null. */
export function shoppingCategoryOf(address: string | null | undefined): string | null {
  const url = httpsAddress(address);
  if (!url || !SHOPPING_HOSTS.test(url.hostname)) return null;
  for (const name of ['cat_id', 'catId']) {
    // A filter may hold several (`50000805 50000806`): the first is the page's own.
    const value =
      url.searchParams
        .get(name)
        ?.trim()
        .split(/[\s,]+/)[0] ?? '';
    if (CATEGORY_ID.test(value)) return value;
  }
  return null;
}
