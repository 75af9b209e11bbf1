/**
 * The demo store's two inquiry systems as the vendor answers them (spec §7.3), each with its own
 * paths, paging and error shape: customer inquiries (pay-user list as a Spring page; pay-merchant
 * answer and edit, a second first answer refused with `ERR-NC-101010`) and product Q&A (contents
 * list; one PUT that answers or edits, 204). Which of the codes `4002`…`4007` names which bound of
 * the inquiry list is not in the spec: the emulator picks one per bound.
 */
import { koreanDay, koreanIso } from '@aigenc/shared/domain';
import type { Answer } from './commerce-orders.ts';
import type { DemoStore } from './commerce-types.ts';

const DAY_MS = 24 * 3_600_000;

/** pay-user's error body: a numeric code, and the refused fields with their words. */
export function payUserError(code: string, message: string, now: number, field?: string): Answer {
  return {
    status: 400,
    body: {
      code,
      message,
      timestamp: koreanIso(now),
      traceId: `sandbox-${now}`,
      ...(field ? { invalidInputs: [{ name: field, message }] } : {}),
    },
  };
}

/** pay-merchant's error body: an `ERR-NC-…` code, `data` null. */
export function payMerchantError(status: number, code: string, message: string, now: number): Answer {
  return { status, body: { code, message, data: null, timestamp: koreanIso(now), traceId: `sandbox-${now}` } };
}

/** contents' and products' error body: a word code and typed refused fields. */
export function contentsError(
  status: number,
  code: string,
  message: string,
  now: number,
  field?: { name: string; type: string },
): Answer {
  return {
    status,
    body: {
      code,
      message,
      invalidInputs: field ? [{ ...field, message }] : [],
      timestamp: koreanIso(now),
      traceId: `sandbox-${now}`,
    },
  };
}

function bounded(value: string | null, fallback: number, min: number, max: number): number | null {
  const n = value === null ? fallback : Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/** `GET /external/v1/pay-user/inquiries?startSearchDate&endSearchDate[&answered][&page][&size]`. */
export function listInquiries(store: DemoStore, query: URLSearchParams, now: number): Answer {
  const start = query.get('startSearchDate');
  const end = query.get('endSearchDate');
  if (!start || !end)
    return payUserError('4001', '조회 시작일과 종료일은 필수입니다.', now, start ? 'endSearchDate' : 'startSearchDate');
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (!day.test(start) || !day.test(end)) return payUserError('4002', '날짜 형식이 올바르지 않습니다.', now);
  const span = Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`);
  if (!(span >= 0) || span > 365 * DAY_MS) return payUserError('4003', '조회 기간은 365일을 넘을 수 없습니다.', now);
  const page = bounded(query.get('page'), 1, 1, 1_000_000);
  if (page === null) return payUserError('4004', 'page 값이 올바르지 않습니다.', now);
  const size = bounded(query.get('size'), 10, 10, 200);
  if (size === null) return payUserError('4005', 'size 값이 올바르지 않습니다.', now);
  const answered = query.get('answered');
  const matching = store.inquiries
    .filter((i) => koreanDay(i.createdAt) >= start && koreanDay(i.createdAt) <= end)
    .filter((i) => answered === null || String(Boolean(i.answer)) === answered)
    .sort((a, b) => b.createdAt - a.createdAt);
  const content = matching.slice((page - 1) * size, page * size).map((i) => ({
    inquiryNo: i.inquiryNo,
    category: i.category,
    title: i.title,
    inquiryContent: i.inquiryContent,
    inquiryRegistrationDateTime: koreanIso(i.createdAt),
    ...(i.answer
      ? {
          answerContentId: i.answer.answerContentId,
          answerContent: i.answer.content,
          answerRegistrationDateTime: koreanIso(i.answer.at),
        }
      : {}),
    answered: Boolean(i.answer),
    orderId: i.orderId,
    productOrderIdList: i.productOrderIds.join(','),
    productName: i.productName,
    customerName: i.customerName,
  }));
  const totalPages = Math.ceil(matching.length / size);
  return {
    status: 200,
    body: {
      totalPages,
      totalElements: matching.length,
      pageable: { pageNumber: page - 1, pageSize: size },
      first: page === 1,
      last: page >= totalPages,
      number: page - 1,
      numberOfElements: content.length,
      size,
      empty: content.length === 0,
      content,
    },
  };
}

function answerText(body: unknown): string | null {
  const text = (body as { answerComment?: unknown } | null)?.answerComment;
  return typeof text === 'string' && text.trim() !== '' ? text : null;
}

/**
 * `POST /external/v1/pay-merchant/inquiries/{inquiryNo}/answer` (a first answer) and
 * `PUT …/answer/{answerContentId}` (an edit of it).
 */
export function answerInquiry(
  store: DemoStore,
  inquiryNo: string,
  contentId: string | null,
  body: unknown,
  now: number,
): Answer {
  const inquiry = store.inquiries.find((i) => String(i.inquiryNo) === inquiryNo);
  if (!inquiry) return payMerchantError(400, 'ERR-NC-101004', '문의가 존재하지 않거나 삭제되었습니다.', now);
  const text = answerText(body);
  if (text === null) return payMerchantError(400, 'ERR-NC-101001', '잘못된 요청입니다.', now);
  if (contentId === null) {
    if (inquiry.answer)
      return payMerchantError(400, 'ERR-NC-101010', '이미 답변이 등록된 문의입니다. 답변 수정을 이용해 주세요.', now);
    inquiry.answer = { answerContentId: store.nextCommentNo++, content: text, at: now };
  } else {
    if (!inquiry.answer || String(inquiry.answer.answerContentId) !== contentId)
      return payMerchantError(400, 'ERR-NC-101005', '유효하지 않은 문의입니다.', now);
    inquiry.answer = { ...inquiry.answer, content: text, at: now };
  }
  return {
    status: 200,
    body: {
      code: 'SUCCESS',
      message: '성공',
      data: { inquiryNo: inquiry.inquiryNo, inquiryCommentNo: inquiry.answer.answerContentId },
      timestamp: koreanIso(now),
      traceId: `sandbox-${now}`,
    },
  };
}

/** `GET /external/v1/contents/qnas?fromDate&toDate[&answered][&page][&size]` (date-times). */
export function listQnas(store: DemoStore, query: URLSearchParams, now: number): Answer {
  const from = Date.parse(query.get('fromDate') ?? '');
  const to = Date.parse(query.get('toDate') ?? '');
  if (!Number.isFinite(from) || !Number.isFinite(to))
    return contentsError(400, 'BAD_REQUEST', '입력한 데이터가 유효하지 않습니다.', now, {
      name: Number.isFinite(from) ? 'toDate' : 'fromDate',
      type: 'NotNull',
    });
  const page = bounded(query.get('page'), 1, 1, 1_000_000);
  const size = bounded(query.get('size'), 100, 1, 100);
  if (page === null || size === null)
    return contentsError(400, 'BAD_REQUEST', '입력한 데이터가 유효하지 않습니다.', now, {
      name: page === null ? 'page' : 'size',
      type: 'Range',
    });
  const answered = query.get('answered');
  const matching = store.qnas
    .filter((q) => q.createDate >= from && q.createDate <= to)
    .filter((q) => answered === null || String(q.answer !== undefined) === answered)
    .sort((a, b) => b.createDate - a.createDate);
  const totalPages = Math.ceil(matching.length / size);
  return {
    status: 200,
    body: {
      contents: matching.slice((page - 1) * size, page * size).map((q) => ({
        questionId: q.questionId,
        productId: q.productId,
        productName: q.productName,
        question: q.question,
        ...(q.answer === undefined ? {} : { answer: q.answer }),
        answered: q.answer !== undefined,
        maskedWriterId: q.maskedWriterId,
        createDate: koreanIso(q.createDate),
      })),
      page,
      size,
      totalElements: matching.length,
      totalPages,
      sort: { sorted: true, fields: [{ name: 'createDate', direction: 'DESC' }] },
      first: page === 1,
      last: page >= totalPages,
    },
  };
}

/** `PUT /external/v1/contents/qnas/{questionId}` `{commentContent}`: answers or edits, 204. */
export function answerQna(store: DemoStore, questionId: string, body: unknown, now: number): Answer {
  const qna = store.qnas.find((q) => String(q.questionId) === questionId);
  if (!qna) return contentsError(404, 'NOT_FOUND', '상품 문의를 찾을 수 없습니다.', now);
  const text = (body as { commentContent?: unknown } | null)?.commentContent;
  if (typeof text !== 'string' || text.trim() === '')
    return contentsError(400, 'BAD_REQUEST', '입력한 데이터가 유효하지 않습니다.', now, {
      name: 'commentContent',
      type: 'NotBlank',
    });
  qna.answer = text;
  return { status: 204, body: null };
}
