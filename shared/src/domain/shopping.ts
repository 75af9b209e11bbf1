/**
 * Naver Shopping categories and Shopping Insight's periods (spec §9.2). Category ids are the
 * `cat_id` of Naver Shopping addresses; Naver publishes no list of them, so the top level below is
 * the list third parties agree on (unverified: shown as Naver Shopping's categories, never as an
 * API's answer). Periods are whole Korean months, the last one the month before today's.
 *
 *   shoppingPeriod('2026-12-06', 3) // → { from: '2026-09-01', to: '2026-11-30' }
 */
import type { Localized } from '../language.ts';

export interface ShoppingCategory {
  readonly id: string;
  readonly name: Localized;
}

export const SHOPPING_TOP_CATEGORIES: readonly ShoppingCategory[] = [
  { id: '50000000', name: { ko: '패션의류', en: 'Clothing' } },
  { id: '50000001', name: { ko: '패션잡화', en: 'Fashion accessories' } },
  { id: '50000002', name: { ko: '화장품/미용', en: 'Beauty' } },
  { id: '50000003', name: { ko: '디지털/가전', en: 'Digital and appliances' } },
  { id: '50000004', name: { ko: '가구/인테리어', en: 'Furniture and interior' } },
  { id: '50000005', name: { ko: '출산/육아', en: 'Baby and childcare' } },
  { id: '50000006', name: { ko: '식품', en: 'Food' } },
  { id: '50000007', name: { ko: '스포츠/레저', en: 'Sports and leisure' } },
  { id: '50000008', name: { ko: '생활/건강', en: 'Living and health' } },
  { id: '50000009', name: { ko: '여가/생활편의', en: 'Leisure and services' } },
  { id: '50000010', name: { ko: '면세점', en: 'Duty free' } },
  { id: '50005542', name: { ko: '도서', en: 'Books' } },
];

/** Shopping Insight's first day with data (spec §9.2). */
export const SHOPPING_FIRST_DAY = '2017-08-01';
export const AUDIENCE_MONTHS = { min: 1, max: 36, default: 3 } as const;
export const CATEGORY_TREND_MONTHS = { min: 12, max: 36, default: 24 } as const;
export const MAX_TREND_CATEGORIES = 3;

/** A top-level category's name, or null for a deeper one (its name is not known without an API). */
export function topCategory(id: string): ShoppingCategory | null {
  return SHOPPING_TOP_CATEGORIES.find((c) => c.id === id) ?? null;
}

/**
 * The last `months` whole months before the Korean day `today` (YYYY-MM-DD), never before
 * Shopping Insight's first day: `{from, to}` as YYYY-MM-DD.
 */
export function shoppingPeriod(today: string, months: number): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  // Months counted from year 0: the current one is excluded, the first is `months` before it.
  const current = year * 12 + (month - 1);
  const day = (index: number, last: boolean): string => {
    const y = Math.floor(index / 12);
    const m = (index % 12) + 1;
    const d = last ? new Date(Date.UTC(y, m, 0)).getUTCDate() : 1;
    return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  };
  const from = day(current - months, false);
  return { from: from < SHOPPING_FIRST_DAY ? SHOPPING_FIRST_DAY : from, to: day(current - 1, true) };
}
