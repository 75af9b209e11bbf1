/**
 * The seller's work in Smart Store: the order lists, 발주 확인, couriers, 발송 처리, inquiries and
 * their answers, products and stock. Each write passes its service's gate before any upstream call
 * and is a dry run unless the body says `"dryRun": false`; the audit names who asked (the pairing or
 * the API token).
 */
import type { RequestHandler, Response } from 'express';
import {
  AnswerRequestSchema,
  AnswerResponseSchema,
  CommerceOrdersQuerySchema,
  CommerceOrdersResponseSchema,
  CommerceProductsQuerySchema,
  CommerceProductsResponseSchema,
  ConfirmRequestSchema,
  CouriersResponseSchema,
  DispatchRequestSchema,
  InquiriesQuerySchema,
  InquiriesResponseSchema,
  InquiryKindSchema,
  OrderWriteResponseSchema,
  StockRequestSchema,
  StockResponseSchema,
} from '@aigenc/shared/contract';
import type { Services } from '../../compose.ts';
import { requestLanguage } from '../language.ts';
import { parseInput, pathParam } from '../validate.ts';
import { reply } from './mount.ts';

type CommerceServices = Pick<
  Services,
  'commerceOrders' | 'commerceConfirm' | 'commerceDispatch' | 'commerceAnswers' | 'commerceStock'
>;

/** Who asked, for the audit log: the pairing or the API token (set by the bearer guard). */
const sourceOf = (res: Response): string => String(res.locals['principal'] ?? 'api');

export function commerceWorkHandlers(services: CommerceServices) {
  return {
    orders: (async (req, res) => {
      const { stage } = parseInput(CommerceOrdersQuerySchema, req.query);
      reply(res, CommerceOrdersResponseSchema, await services.commerceOrders.list(stage));
    }) satisfies RequestHandler,
    couriers: ((_req, res) => {
      reply(res, CouriersResponseSchema, services.commerceOrders.couriers());
    }) satisfies RequestHandler,
    confirm: (async (req, res) => {
      const { productOrderIds, dryRun } = parseInput(ConfirmRequestSchema, req.body);
      const answer = await services.commerceConfirm.confirm(
        productOrderIds,
        dryRun,
        sourceOf(res),
        requestLanguage(req),
      );
      reply(res, OrderWriteResponseSchema, answer);
    }) satisfies RequestHandler,
    dispatch: (async (req, res) => {
      const { items, dryRun } = parseInput(DispatchRequestSchema, req.body);
      const answer = await services.commerceDispatch.dispatch(items, dryRun, sourceOf(res), requestLanguage(req));
      reply(res, OrderWriteResponseSchema, answer);
    }) satisfies RequestHandler,
    inquiries: (async (req, res) => {
      const { answered } = parseInput(InquiriesQuerySchema, req.query);
      const answer = await services.commerceAnswers.list(answered === undefined ? undefined : answered === 'true');
      reply(res, InquiriesResponseSchema, answer);
    }) satisfies RequestHandler,
    answer: (async (req, res) => {
      const kind = parseInput(InquiryKindSchema, pathParam(req, 'kind'));
      const { text, dryRun } = parseInput(AnswerRequestSchema, req.body);
      const answer = await services.commerceAnswers.answer(
        kind,
        pathParam(req, 'id'),
        text,
        dryRun,
        sourceOf(res),
        requestLanguage(req),
      );
      reply(res, AnswerResponseSchema, answer);
    }) satisfies RequestHandler,
    products: (async (req, res) => {
      const { query, page } = parseInput(CommerceProductsQuerySchema, req.query);
      reply(res, CommerceProductsResponseSchema, await services.commerceStock.products(query, page));
    }) satisfies RequestHandler,
    stock: (async (req, res) => {
      const { items, dryRun } = parseInput(StockRequestSchema, req.body);
      reply(
        res,
        StockResponseSchema,
        await services.commerceStock.change(items, dryRun, sourceOf(res), requestLanguage(req)),
      );
    }) satisfies RequestHandler,
  };
}
