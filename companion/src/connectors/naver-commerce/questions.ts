/**
 * The seller's two inquiry systems (spec §7.3), each in its own shape: customer inquiries (pay-user
 * list as a Spring page of up to 200, dates as Korean days, at most 365 days a call; the answer by
 * pay-merchant, a first answer by POST and an edit by PUT with the answer's id) and product Q&A
 * (contents list of up to 100 a page between two date-times; one PUT answers or edits, 204).
 */
import { z } from 'zod';
import { koreanDay, koreanIso } from '@aigenc/shared/domain';
import type { CommerceClient } from './client.ts';
import { parseVendor } from './parse.ts';

const INQUIRY_PAGE = 200;
const QNA_PAGE = 100;
const MAX_PAGES = 100;

const InquirySchema = z.object({
  inquiryNo: z.number(),
  category: z.string().optional(),
  title: z.string().optional(),
  inquiryContent: z.string().default(''),
  inquiryRegistrationDateTime: z.string(),
  answerContentId: z.number().optional(),
  answerContent: z.string().optional(),
  answered: z.boolean(),
  productName: z.string().optional(),
});
export type Inquiry = z.infer<typeof InquirySchema>;

const InquiryPageSchema = z.object({ content: z.array(InquirySchema), last: z.boolean() });

const QnaSchema = z.object({
  questionId: z.number(),
  productId: z.number().optional(),
  productName: z.string().optional(),
  question: z.string().default(''),
  answer: z.string().optional(),
  answered: z.boolean(),
  createDate: z.string(),
});
export type Qna = z.infer<typeof QnaSchema>;

const QnaPageSchema = z.object({
  contents: z.array(QnaSchema),
  last: z.boolean().optional(),
  totalPages: z.number().optional(),
});

const AnswerSchema = z.object({ data: z.object({ inquiryNo: z.number(), inquiryCommentNo: z.number() }) });

export class CommerceQuestions {
  constructor(private readonly client: CommerceClient) {}

  /** Customer inquiries registered from `from` to `to` (epoch ms; at most 365 days), every page. */
  async inquiries(from: number, to: number, answered?: boolean): Promise<Inquiry[]> {
    const found: Inquiry[] = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
      const query = new URLSearchParams({
        startSearchDate: koreanDay(from),
        endSearchDate: koreanDay(to),
        page: String(page),
        size: String(INQUIRY_PAGE),
      });
      if (answered !== undefined) query.set('answered', String(answered));
      const answer = parseVendor(
        InquiryPageSchema,
        (await this.client.call('GET', '/external/v1/pay-user/inquiries', { query })).text,
      );
      found.push(...answer.content);
      if (answer.last || answer.content.length === 0) break;
    }
    return found;
  }

  /** The first answer to a customer inquiry (the vendor refuses a second with ERR-NC-101010). */
  async answerInquiry(inquiryNo: number, text: string): Promise<number> {
    const response = await this.client.call('POST', `/external/v1/pay-merchant/inquiries/${inquiryNo}/answer`, {
      body: { answerComment: text },
    });
    return parseVendor(AnswerSchema, response.text).data.inquiryCommentNo;
  }

  /** Replaces the existing answer `answerContentId` of a customer inquiry. */
  async editInquiry(inquiryNo: number, answerContentId: number, text: string): Promise<void> {
    const response = await this.client.call(
      'PUT',
      `/external/v1/pay-merchant/inquiries/${inquiryNo}/answer/${answerContentId}`,
      { body: { answerComment: text } },
    );
    parseVendor(AnswerSchema, response.text);
  }

  /** Product Q&A written from `from` to `to` (epoch ms), every page. */
  async qnas(from: number, to: number, answered?: boolean): Promise<Qna[]> {
    const found: Qna[] = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
      const query = new URLSearchParams({
        fromDate: koreanIso(from),
        toDate: koreanIso(to),
        page: String(page),
        size: String(QNA_PAGE),
      });
      if (answered !== undefined) query.set('answered', String(answered));
      const answer = parseVendor(
        QnaPageSchema,
        (await this.client.call('GET', '/external/v1/contents/qnas', { query })).text,
      );
      found.push(...answer.contents);
      if (answer.last !== false || answer.contents.length === 0) break;
    }
    return found;
  }

  /** Answers a product question, or replaces its answer (the same call; 204). */
  async answerQna(questionId: number, text: string): Promise<void> {
    await this.client.call('PUT', `/external/v1/contents/qnas/${questionId}`, { body: { commentContent: text } });
  }
}
