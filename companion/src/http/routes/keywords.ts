/**
 * Keyword metrics (per-keyword failures answered as problems inside a 200), related keywords,
 * trends (estimated monthly searches and the season), the average-position bids and what a bid
 * would have bought.
 */
import type { RequestHandler } from 'express';
import {
  KeywordBidsQuerySchema,
  KeywordBidsResponseSchema,
  KeywordEstimateQuerySchema,
  KeywordEstimateResponseSchema,
  KeywordMetricsRequestSchema,
  KeywordMetricsResponseSchema,
  KeywordTrendsRequestSchema,
  KeywordTrendsResponseSchema,
  RelatedKeywordsQuerySchema,
  RelatedKeywordsResponseSchema,
} from '@aigenc/shared/contract';
import { toProblem } from '../../errors/problem.ts';
import type { KeywordBidsService } from '../../services/keyword-bids.ts';
import type { KeywordEstimateService } from '../../services/keyword-estimate.ts';
import type { KeywordMetricsService } from '../../services/keyword-metrics.ts';
import type { KeywordTrendService } from '../../services/keyword-trends.ts';
import { requestLanguage } from '../language.ts';
import { parseInput } from '../validate.ts';
import { reply } from './mount.ts';

export function keywordHandlers(
  keywords: KeywordMetricsService,
  trends: KeywordTrendService,
  bids: KeywordBidsService,
  estimates: KeywordEstimateService,
) {
  return {
    metrics: (async (req, res) => {
      const { keywords: asked, documents } = parseInput(KeywordMetricsRequestSchema, req.body);
      const language = requestLanguage(req);
      const items = await keywords.metrics(asked, { documents });
      reply(res, KeywordMetricsResponseSchema, {
        items: items.map(({ error, documentsError, ...item }) => ({
          ...item,
          ...(error ? { error: toProblem(error, language) } : {}),
          ...(documentsError ? { documentsError: toProblem(documentsError, language) } : {}),
        })),
      });
    }) satisfies RequestHandler,
    related: (async (req, res) => {
      const { keyword, limit } = parseInput(RelatedKeywordsQuerySchema, req.query);
      reply(res, RelatedKeywordsResponseSchema, await keywords.related(keyword, limit));
    }) satisfies RequestHandler,
    trends: (async (req, res) => {
      const { keywords: asked, months } = parseInput(KeywordTrendsRequestSchema, req.body);
      const language = requestLanguage(req);
      const items = await trends.trends(asked, months);
      reply(res, KeywordTrendsResponseSchema, {
        items: items.map(({ error, ...item }) => ({
          ...item,
          ...(error ? { error: toProblem(error, language) } : {}),
        })),
      });
    }) satisfies RequestHandler,
    bids: (async (req, res) => {
      const { keyword } = parseInput(KeywordBidsQuerySchema, req.query);
      reply(res, KeywordBidsResponseSchema, await bids.bids(keyword));
    }) satisfies RequestHandler,
    estimate: (async (req, res) => {
      const { keyword, device, bids: asked } = parseInput(KeywordEstimateQuerySchema, req.query);
      reply(res, KeywordEstimateResponseSchema, await estimates.estimate(keyword, device, asked));
    }) satisfies RequestHandler,
  };
}
