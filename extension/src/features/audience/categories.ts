/** The categories the audience view offers, and a category's name in the UI's language. */
import { SHOPPING_TOP_CATEGORIES, topCategory } from '@aigenc/shared/domain';
import { t, uiLanguage } from '../../platform/browser.ts';

/** A top-level category by its name; a deeper one (from a page's address) by its id. */
export function categoryName(id: string): string {
  return topCategory(id)?.name[uiLanguage()] ?? t('audiencePageCategory', id);
}

export function topCategoryOptions(): Array<{ id: string; name: string }> {
  return SHOPPING_TOP_CATEGORIES.map((c) => ({ id: c.id, name: c.name[uiLanguage()] }));
}

/** "2026-09-01" → "2026.09" */
export function shortMonth(day: string): string {
  return `${day.slice(0, 4)}.${day.slice(5, 7)}`;
}
