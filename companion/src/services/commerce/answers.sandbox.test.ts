/**
 * 문의 답변 against the sandbox's demo store: both kinds in one list, newest first; the gate before
 * any call; a dry run that says answer or edit and sends nothing; a first answer by POST, a second
 * with other words as an edit (never the POST the vendor would refuse), the same words never sent
 * twice; the vendor's refusal per item with its code; the audit in counts, never the words.
 */
import { describe, expect, it } from 'vitest';
import { useSandbox } from '../../../test/sandbox-harness.ts';
import { commerceConnector } from '../../connectors/naver-commerce/connector.ts';
import { CommerceQuestions } from '../../connectors/naver-commerce/questions.ts';
import { CompanionError } from '../../errors/index.ts';
import { AuditLog } from '../../store/audit-log.ts';
import { CommerceLedger } from '../../store/commerce-ledger.ts';
import { CommerceAnswers } from './answers.ts';

const harness = useSandbox({ commerce: { perSecond: 50 } });

function service(gate: (capability: string) => Promise<void> = () => Promise.resolve()) {
  const h = harness();
  const questions = new CommerceQuestions(h.connect(commerceConnector));
  const audit = new AuditLog(h.db, h.time.now);
  return {
    answers: new CommerceAnswers({
      questions: () => Promise.resolve(questions),
      gate,
      readGate: () => {},
      ledger: new CommerceLedger(h.db, h.time.now),
      audit,
      provider: 'naver-commerce',
      now: h.time.now,
    }),
    audit,
  };
}

const calls = (name: string) => harness().stats('commerce')[`commerce:${name}`] ?? 0;

describe('문의 답변', () => {
  it('lists customer inquiries and product Q&A together, newest first, and narrows to the unanswered', async () => {
    const { answers } = service();
    const all = await answers.list();
    expect(all.items.map((i) => i.kind).sort()).toEqual([
      'order',
      'order',
      'order',
      'order',
      'product',
      'product',
      'product',
    ]);
    const times = all.items.map((i) => Date.parse(i.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(all.items[0]).toMatchObject({ answered: false, question: expect.stringMatching(/[가-힣]/) });
    const open = await answers.list(false);
    expect(open.items.every((i) => !i.answered)).toBe(true);
    expect(open.items).toHaveLength(5);
  });

  it('is refused by the gate before any call', async () => {
    const refused = new CompanionError('CAPABILITY_DISABLED');
    const { answers } = service(() => Promise.reject(refused));
    await expect(answers.answer('order', '601120331', '네', false, 'test')).rejects.toBe(refused);
    expect(harness().stats('commerce')).toEqual({});
  });

  it('answers a customer inquiry once, edits it with other words, and never sends the same words twice', async () => {
    const { answers, audit } = service();
    const dry = await answers.answer('order', '601120331', '금요일까지 도착하도록 오늘 보내드릴게요.', true, 'test');
    expect(dry).toMatchObject({ dryRun: true, status: 'would-apply', action: 'answer' });
    expect(calls('inquiry-answer')).toBe(0);
    const first = await answers.answer(
      'order',
      '601120331',
      '금요일까지 도착하도록 오늘 보내드릴게요.',
      false,
      'pairing:p1',
    );
    expect(first).toMatchObject({ status: 'applied', action: 'answer' });
    const same = await answers.answer(
      'order',
      '601120331',
      '금요일까지  도착하도록 오늘 보내드릴게요.',
      false,
      'pairing:p1',
    );
    expect(same).toMatchObject({ status: 'skipped', code: 'ALREADY_ANSWERED' });
    const edit = await answers.answer(
      'order',
      '601120331',
      '오늘 오후 CJ대한통운으로 보내드렸어요.',
      false,
      'pairing:p1',
    );
    expect(edit).toMatchObject({ status: 'applied', action: 'edit' });
    expect(calls('inquiry-answer')).toBe(1);
    expect(calls('inquiry-edit')).toBe(1);
    const entries = audit.recent().filter((e) => e.action === 'commerce.inquiry-answered');
    expect(entries).toHaveLength(2);
    expect(JSON.stringify(entries)).not.toMatch(/보내드/);
    expect(entries[0]!.detail).toMatchObject({ capability: 'csAnswers', applied: 1, from: 'pairing:p1' });
  });

  it('answers a product question with the one PUT, and says an unknown one was not found', async () => {
    const { answers } = service();
    const answered = await answers.answer('product', '330201455', '최대 120kg까지 견딥니다.', false, 'test');
    expect(answered).toMatchObject({ status: 'applied', action: 'answer' });
    expect((await answers.list(false)).items.some((i) => i.id === '330201455')).toBe(false);
    expect(await answers.answer('product', '1', '네', false, 'test')).toMatchObject({
      status: 'skipped',
      code: 'NOT_FOUND',
    });
    expect(await answers.answer('order', 'abc', '네', false, 'test')).toMatchObject({
      status: 'failed',
      code: 'VALIDATION_FAILED',
    });
  });
});
