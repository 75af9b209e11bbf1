/**
 * The keyword tool's answer as it really is on the wire: counts may be numbers, "< 10" or
 * comma strings; competition is Korean. Parsed once here into plain numbers with flags.
 */
import { z } from 'zod';
import type { Competition } from '@aigenc/shared/contract';
import { parseSearchCount, type KeywordFigures, type SearchCount } from '@aigenc/shared/domain';

const Count = z.union([z.number(), z.string()]).transform((value, ctx): SearchCount => {
  const parsed = parseSearchCount(value);
  if (!parsed) {
    ctx.addIssue({ code: 'custom', message: 'not a search count' });
    return z.NEVER;
  }
  return parsed;
});

const Float = z.union([z.number(), z.string()]).transform((value, ctx) => {
  const number = typeof value === 'number' ? value : Number(value.replaceAll(',', '').trim());
  if (!Number.isFinite(number)) {
    ctx.addIssue({ code: 'custom', message: 'not a number' });
    return z.NEVER;
  }
  return number;
});

const COMPETITION: Record<string, Competition> = {
  낮음: 'low',
  중간: 'medium',
  높음: 'high',
  low: 'low',
  mid: 'medium',
  medium: 'medium',
  high: 'high',
};

const Competition = z.string().transform((value, ctx): Competition => {
  const mapped = COMPETITION[value.trim().toLowerCase()];
  if (!mapped) {
    ctx.addIssue({ code: 'custom', message: 'unknown competition' });
    return z.NEVER;
  }
  return mapped;
});

export const KeywordToolItemSchema = z.object({
  relKeyword: z.string(),
  monthlyPcQcCnt: Count,
  monthlyMobileQcCnt: Count,
  monthlyAvePcClkCnt: Float,
  monthlyAveMobileClkCnt: Float,
  monthlyAvePcCtr: Float,
  monthlyAveMobileCtr: Float,
  plAvgDepth: Float,
  compIdx: Competition,
});

export const KeywordToolResponseSchema = z.object({
  keywordList: z.array(z.unknown()),
});

/** A row of the keyword tool, parsed: the figures the store keeps. */
export type KeywordToolItem = KeywordFigures;

/** Parses the list item by item: one odd row is skipped, not the whole answer. */
export function parseKeywordTool(body: unknown): { items: KeywordToolItem[]; skipped: number } | null {
  const envelope = KeywordToolResponseSchema.safeParse(body);
  if (!envelope.success) return null;
  const items: KeywordToolItem[] = [];
  let skipped = 0;
  for (const raw of envelope.data.keywordList) {
    const row = KeywordToolItemSchema.safeParse(raw);
    if (!row.success) {
      skipped++;
      continue;
    }
    const r = row.data;
    items.push({
      keyword: r.relKeyword,
      pc: r.monthlyPcQcCnt,
      mobile: r.monthlyMobileQcCnt,
      clicks: { pc: r.monthlyAvePcClkCnt, mobile: r.monthlyAveMobileClkCnt },
      ctr: { pc: r.monthlyAvePcCtr, mobile: r.monthlyAveMobileCtr },
      adDepth: r.plAvgDepth,
      competition: r.compIdx,
    });
  }
  return { items, skipped };
}
