/**
 * `POST /api/v1/keywords/trends` (estimated monthly searches and the season, 1 to 5 keywords) and
 * `GET /api/v1/keywords/bids` (average-position bids): parse with the contract, call the
 * service, answer per-keyword failures as problems inside a 200.
 */
import type { Router } from 'express';
import {
  KeywordBidsQuerySchema,
  KeywordTrendsRequestSchema,
  type KeywordBidsResponse,
  type KeywordTrendsResponse,
} from '@aigenc/shared/contract';
import type { KeywordBidsService } from '../../services/keyword-bids.ts';
import type { KeywordTrendService } from '../../services/keyword-trends.ts';
import { toProblem } from '../error-handler.ts';
import { requestLanguage } from '../language.ts';
import { parseInput } from '../validate.ts';

export function trendRoutes(router: Router, trends: KeywordTrendService, bids: KeywordBidsService): void {
  router.post('/keywords/trends', async (req, res) => {
    const { keywords, months } = parseInput(KeywordTrendsRequestSchema, req.body);
    const language = requestLanguage(req);
    const items = await trends.trends(keywords, months);
    const body: KeywordTrendsResponse = {
      items: items.map(({ error, ...item }) => ({ ...item, ...(error ? { error: toProblem(error, language) } : {}) })),
    };
    res.json(body);
  });

  router.get('/keywords/bids', async (req, res) => {
    const { keyword } = parseInput(KeywordBidsQuerySchema, req.query);
    const body: KeywordBidsResponse = await bids.bids(keyword);
    res.json(body);
  });
}
