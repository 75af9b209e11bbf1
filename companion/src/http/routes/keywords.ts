/**
 * `POST /api/v1/keywords/metrics` and `GET /api/v1/keywords/related`: parse with the contract,
 * call the service, and answer per-keyword failures as problems inside a 200.
 */
import type { Router } from 'express';
import {
  KeywordMetricsRequestSchema,
  RelatedKeywordsQuerySchema,
  type KeywordMetricsResponse,
  type RelatedKeywordsResponse,
} from '@aigenc/shared/contract';
import type { KeywordMetricsService } from '../../services/keyword-metrics.ts';
import { toProblem } from '../error-handler.ts';
import { requestLanguage } from '../language.ts';
import { parseInput } from '../validate.ts';

export function keywordRoutes(router: Router, service: KeywordMetricsService): void {
  router.post('/keywords/metrics', async (req, res) => {
    const { keywords, documents } = parseInput(KeywordMetricsRequestSchema, req.body);
    const language = requestLanguage(req);
    const items = await service.metrics(keywords, { documents });
    const body: KeywordMetricsResponse = {
      items: items.map(({ error, documentsError, ...item }) => ({
        ...item,
        ...(error ? { error: toProblem(error, language) } : {}),
        ...(documentsError ? { documentsError: toProblem(documentsError, language) } : {}),
      })),
    };
    res.json(body);
  });

  router.get('/keywords/related', async (req, res) => {
    const { keyword, limit } = parseInput(RelatedKeywordsQuerySchema, req.query);
    const body: RelatedKeywordsResponse = await service.related(keyword, limit);
    res.json(body);
  });
}
