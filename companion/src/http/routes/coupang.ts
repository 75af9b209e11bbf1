/**
 * `POST /api/v1/coupang/deeplinks`, `GET /api/v1/coupang/products`, `GET /api/v1/coupang/reports`
 * and (added to the contract) `GET /api/v1/coupang/history`.
 */
import type { Router } from 'express';
import {
  CoupangReportQuerySchema,
  DeeplinksRequestSchema,
  LinkHistoryQuerySchema,
  ProductsQuerySchema,
  type DeeplinksResponse,
  type LinkHistoryResponse,
} from '@aigenc/shared/contract';
import type { CoupangService } from '../../services/coupang.ts';
import type { CoupangReportService } from '../../services/coupang-reports.ts';
import { parseInput } from '../validate.ts';

export function coupangRoutes(router: Router, service: CoupangService, reports: CoupangReportService): void {
  router.post('/coupang/deeplinks', async (req, res) => {
    const { urls, subId, title } = parseInput(DeeplinksRequestSchema, req.body);
    const options = { ...(subId ? { subId } : {}), ...(title ? { title } : {}) };
    const body: DeeplinksResponse = { items: await service.deeplinks(urls, options) };
    res.json(body);
  });

  router.get('/coupang/products', async (req, res) => {
    const { keyword, limit, subId } = parseInput(ProductsQuerySchema, req.query);
    res.json(await service.products(keyword, limit, subId));
  });

  router.get('/coupang/history', (req, res) => {
    const { q, limit } = parseInput(LinkHistoryQuerySchema, req.query);
    const body: LinkHistoryResponse = { items: service.history(q, limit) };
    res.json(body);
  });

  router.get('/coupang/reports', async (req, res) => {
    const { from, to, subId } = parseInput(CoupangReportQuerySchema, req.query);
    res.json(await reports.report({ from, to, subId: subId === '-' ? null : subId }));
  });
}
