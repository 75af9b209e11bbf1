/**
 * Keyword metrics (per-keyword failures answered as problems inside a 200), related keywords,
 * trends (estimated monthly searches and the season), the average-position bids and what a bid
 * would have bought.
 */
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import type { KeywordMetricsResponse } from '@aigenc/shared/contract';
import type { Language } from '@aigenc/shared/language';
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
import type { KeywordMetricsService, MetricsItem } from '../../services/keyword-metrics.ts';
import type { KeywordTrendService } from '../../services/keyword-trends.ts';
import type { FastPath } from '../front-door.ts';
import { requestLanguage } from '../language.ts';
import { parseInput } from '../validate.ts';
import { reply } from './mount.ts';

const JSON_TYPE = 'application/json; charset=utf-8';

/** The metrics answer: each keyword's failure in words of the request's language. */
export function metricsAnswer(items: readonly MetricsItem[], language: Language): KeywordMetricsResponse {
  return {
    items: items.map(({ error, documentsError, ...item }) => ({
      ...item,
      ...(error ? { error: toProblem(error, language) } : {}),
      ...(documentsError ? { documentsError: toProblem(documentsError, language) } : {}),
    })),
  };
}

/**
 * The metrics of keywords the cache holds fresh, answered by the front door before Express: the
 * token checked as the router checks it, the body as its route reads it, no call and no wait.
 * Anything else (a keyword to fetch, a bad body, no token) is left to the router, which answers
 * it as always.
 */
export function cachedMetricsAnswer(
  keywords: KeywordMetricsService,
  path: string,
  principalOf: (req: IncomingMessage) => string | null,
): FastPath {
  return {
    matches: (req) => req.method === 'POST' && req.url === path,
    answer: (req, res) => {
      if (!principalOf(req)) return false;
      const input = KeywordMetricsRequestSchema.safeParse(req.body);
      const items = input.success ? keywords.cachedMetrics(input.data.keywords, input.data) : null;
      if (!items) return false;
      const body = JSON.stringify(metricsAnswer(items, requestLanguage(req)));
      // What `res.json` would send, without Express's response around it.
      res.writeHead(200, { 'Content-Type': JSON_TYPE, 'Content-Length': Buffer.byteLength(body) });
      res.end(body);
      return true;
    },
  };
}

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
      reply(res, KeywordMetricsResponseSchema, metricsAnswer(items, language));
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
