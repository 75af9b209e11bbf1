/** Coupang Partners: deeplinks, products of a keyword, the link history and the earnings report. */
import type { RequestHandler } from 'express';
import {
  CoupangReportQuerySchema,
  CoupangReportResponseSchema,
  DeeplinksRequestSchema,
  DeeplinksResponseSchema,
  LinkHistoryQuerySchema,
  LinkHistoryResponseSchema,
  ProductsQuerySchema,
  ProductsResponseSchema,
} from '@aigenc/shared/contract';
import type { CoupangService } from '../../services/coupang.ts';
import type { CoupangReportService } from '../../services/coupang-reports.ts';
import { parseInput } from '../validate.ts';
import { reply } from './mount.ts';

export function coupangHandlers(coupang: CoupangService, reports: CoupangReportService) {
  return {
    deeplinks: (async (req, res) => {
      const { urls, subId, title } = parseInput(DeeplinksRequestSchema, req.body);
      const options = { ...(subId ? { subId } : {}), ...(title ? { title } : {}) };
      reply(res, DeeplinksResponseSchema, { items: await coupang.deeplinks(urls, options) });
    }) satisfies RequestHandler,
    products: (async (req, res) => {
      const { keyword, limit, subId } = parseInput(ProductsQuerySchema, req.query);
      reply(res, ProductsResponseSchema, await coupang.products(keyword, limit, subId));
    }) satisfies RequestHandler,
    history: ((req, res) => {
      const { q, limit } = parseInput(LinkHistoryQuerySchema, req.query);
      reply(res, LinkHistoryResponseSchema, { items: coupang.history(q, limit) });
    }) satisfies RequestHandler,
    report: (async (req, res) => {
      const { from, to, subId } = parseInput(CoupangReportQuerySchema, req.query);
      reply(res, CoupangReportResponseSchema, await reports.report({ from, to, subId: subId === '-' ? null : subId }));
    }) satisfies RequestHandler,
  };
}
