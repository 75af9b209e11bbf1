/**
 * Shopping Insight: a keyword's audience in a category, the top-level categories, and up to three
 * categories' click index on one scale. Bad input is refused here, before any call.
 */
import type { RequestHandler } from 'express';
import {
  KeywordAudienceQuerySchema,
  KeywordAudienceResponseSchema,
  ShoppingCategoriesResponseSchema,
  ShoppingTrendsRequestSchema,
  ShoppingTrendsResponseSchema,
} from '@aigenc/shared/contract/audience';
import type { KeywordAudienceService } from '../../services/keyword-audience.ts';
import { parseInput } from '../validate.ts';
import { reply } from './mount.ts';

export function shoppingHandlers(audiences: KeywordAudienceService) {
  return {
    audience: (async (req, res) => {
      const { keyword, category, months } = parseInput(KeywordAudienceQuerySchema, req.query);
      reply(res, KeywordAudienceResponseSchema, await audiences.audience(keyword, category, months));
    }) satisfies RequestHandler,
    categories: ((_req, res) => {
      reply(res, ShoppingCategoriesResponseSchema, audiences.categories());
    }) satisfies RequestHandler,
    trends: (async (req, res) => {
      const { categories, months } = parseInput(ShoppingTrendsRequestSchema, req.body);
      reply(res, ShoppingTrendsResponseSchema, await audiences.trends(categories, months));
    }) satisfies RequestHandler,
  };
}
