/**
 * 문의 답변: customer inquiries (주문 고객 문의) and product Q&A (상품 문의) in one list, and the
 * answer to either, as the vendor requires for its kind: a customer inquiry gets its first answer
 * by POST and an edit by PUT with the answer's id; a product question is answered or edited by the
 * same PUT. The inquiry is read just before (the list is the only read the vendor has), an answer
 * the vendor already shows with the same words is not sent again, and the ledger keeps what was
 * sent (keyed by the words' digest, so the same answer is never sent twice, an edit still can be).
 */
import { createHash } from 'node:crypto';
import type { AnswerResponse, Inquiry, InquiriesResponse } from '@aigenc/shared/contract';
import type { Language } from '@aigenc/shared/language';
import type { Clock } from '../../clock.ts';
import type { CommerceQuestions } from '../../connectors/naver-commerce/questions.ts';
import { fill } from '../../messages.ts';
import { COMMERCE_WORK_MESSAGES as M } from './messages.ts';
import { auditWrite, refusedItem, type WriteBase, type WriteSource } from './writes.ts';

export const ANSWER_CAPABILITY = 'csAnswers';
/** How far back the list looks, and how far back an inquiry is looked for before answering it. */
export const INQUIRY_LIST_DAYS = 30;
const FIND_DAYS = 90;
const DAY_MS = 24 * 3_600_000;

type Kind = Inquiry['kind'];

export interface CommerceAnswersDeps extends WriteBase {
  questions: () => Promise<CommerceQuestions>;
  /** Refuses (CAPABILITY_DISABLED) before any call while answers are switched off. */
  readGate: (capability: string) => void;
  now: Clock;
}

/** What the vendor shows now for one inquiry: whether it has an answer, its words and its id. */
interface Current {
  answer?: string;
  answerContentId?: number;
}

const sameWords = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

export class CommerceAnswers {
  constructor(private readonly deps: CommerceAnswersDeps) {}

  /** Both kinds from the last 30 days, newest first; `answered` narrows to one side. */
  async list(answered?: boolean): Promise<InquiriesResponse> {
    this.deps.readGate(ANSWER_CAPABILITY);
    const now = this.deps.now();
    const from = now - INQUIRY_LIST_DAYS * DAY_MS;
    const questions = await this.deps.questions();
    const orders = await questions.inquiries(from, now, answered);
    const products = await questions.qnas(from, now, answered);
    const items: Inquiry[] = [
      ...orders.map((i) => ({
        kind: 'order' as const,
        id: String(i.inquiryNo),
        ...(i.title ? { title: i.title } : {}),
        question: i.inquiryContent,
        createdAt: i.inquiryRegistrationDateTime,
        answered: i.answered,
        ...(i.answerContent ? { answer: i.answerContent } : {}),
        ...(i.productName ? { productName: i.productName } : {}),
        ...(i.category ? { category: i.category } : {}),
      })),
      ...products.map((q) => ({
        kind: 'product' as const,
        id: String(q.questionId),
        question: q.question,
        createdAt: q.createDate,
        answered: q.answered,
        ...(q.answer ? { answer: q.answer } : {}),
        ...(q.productName ? { productName: q.productName } : {}),
      })),
    ];
    items.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
    return { items };
  }

  async answer(
    kind: Kind,
    id: string,
    text: string,
    dryRun: boolean,
    source: WriteSource,
    language: Language = 'ko',
  ): Promise<AnswerResponse> {
    await this.deps.gate(ANSWER_CAPABILITY);
    const base = { dryRun, kind, id };
    if (!/^\d{1,19}$/.test(id))
      return { ...base, status: 'failed', code: 'VALIDATION_FAILED', message: fill(M.notAnInquiryId)[language] };
    const questions = await this.deps.questions();
    const current = await this.find(questions, kind, Number(id));
    if (!current) return { ...base, status: 'skipped', code: 'NOT_FOUND' };
    const item = `${kind}:${id}:${createHash('sha256').update(text.trim()).digest('hex').slice(0, 16)}`;
    const action = current.answer !== undefined ? ('edit' as const) : ('answer' as const);
    if (
      (current.answer !== undefined && sameWords(current.answer, text)) ||
      this.deps.ledger.states(ANSWER_CAPABILITY, [item]).get(item) === 'applied'
    )
      return { ...base, action, status: 'skipped', code: 'ALREADY_ANSWERED' };
    if (dryRun) return { ...base, action, status: 'would-apply' };

    this.deps.ledger.mark(ANSWER_CAPABILITY, [{ item, state: 'sending' }]);
    let result: AnswerResponse;
    try {
      if (kind === 'product') await questions.answerQna(Number(id), text);
      else if (current.answerContentId !== undefined)
        await questions.editInquiry(Number(id), current.answerContentId, text);
      else await questions.answerInquiry(Number(id), text);
      this.deps.ledger.mark(ANSWER_CAPABILITY, [{ item, state: 'applied' }]);
      result = { ...base, action, status: 'applied' };
    } catch (error) {
      // The API's own refusal (an answer written meanwhile: ERR-NC-101010, a deleted inquiry) is
      // this item's failure; anything else (a timeout) leaves it `sending`, for the fresh read next time.
      const failure = refusedItem(error, language);
      this.deps.ledger.mark(ANSWER_CAPABILITY, [{ item, state: 'failed', code: failure.code }]);
      result = { ...base, action, ...failure };
    }
    auditWrite(
      {
        log: this.deps.audit,
        action: 'commerce.inquiry-answered',
        provider: this.deps.provider,
        capability: ANSWER_CAPABILITY,
        source,
      },
      [result.status],
      { kind, action },
    );
    return result;
  }

  /** The inquiry as the vendor shows it now (the last 90 days), or null. */
  private async find(questions: CommerceQuestions, kind: Kind, id: number): Promise<Current | null> {
    const now = this.deps.now();
    const from = now - FIND_DAYS * DAY_MS;
    if (kind === 'order') {
      const found = (await questions.inquiries(from, now)).find((i) => i.inquiryNo === id);
      if (!found) return null;
      return found.answered && found.answerContentId !== undefined
        ? { answer: found.answerContent ?? '', answerContentId: found.answerContentId }
        : {};
    }
    const found = (await questions.qnas(from, now)).find((q) => q.questionId === id);
    if (!found) return null;
    return found.answered ? { answer: found.answer ?? '' } : {};
  }
}
