/**
 * 문의 답변: customer inquiries (주문 고객 문의) and product Q&A (상품 문의) together, the unanswered
 * first. The seller writes an answer (or edits the one there), previews (the companion says whether
 * it is a first answer or an edit, or that the same words are already there), then sends it.
 */
import { useState } from 'preact/hooks';
import { MAX_ANSWER_CHARS, type AnswerResponse, type Inquiry } from '@aigenc/shared/contract';
import { t } from '../../platform/browser.ts';
import { useStoreApi, type StoreApi } from './api.ts';
import { storeTime } from './format.ts';
import { useLoad } from './use-load.ts';
import { usePreviewApply } from './use-preview-apply.ts';
import { WriteOutcome, type OutcomeRow } from './WriteOutcome.tsx';

type Filter = 'open' | 'all';

function answerRows(answer: AnswerResponse): OutcomeRow[] {
  return [
    {
      key: `${answer.kind}:${answer.id}`,
      label: answer.action === 'edit' ? t('storeAnswerEdit') : t('storeAnswerFirst'),
      status: answer.status,
      code: answer.code,
      message: answer.message,
    },
  ];
}

function Composer({ api, inquiry, onSent }: { api: StoreApi; inquiry: Inquiry; onSent: () => void }) {
  const [text, setText] = useState(inquiry.answer ?? '');
  const write = usePreviewApply(
    (words: string, dryRun: boolean) => api.answer(inquiry.kind, inquiry.id, words, dryRun),
    (answer) => {
      if (answer.status === 'applied') onSent();
    },
  );
  const length = [...text.trim()].length;
  const tooLong = length > MAX_ANSWER_CHARS;
  return (
    <div class="store-composer">
      <textarea
        rows={4}
        value={text}
        aria-label={t('storeAnswerLabel')}
        aria-invalid={tooLong}
        onInput={(e) => {
          setText((e.target as HTMLTextAreaElement).value);
          write.reset();
        }}
      />
      <div class="store-actions">
        <span class={tooLong ? 'store-row-problem' : 'muted'}>
          {t('storeAnswerCount', [String(length), String(MAX_ANSWER_CHARS)])}
        </span>
        <button
          type="button"
          disabled={length === 0 || tooLong || write.phase.kind === 'previewing' || write.phase.kind === 'applying'}
          onClick={() => void write.preview(text.trim())}
        >
          {t('storeAnswerPreview')}
        </button>
      </div>
      <WriteOutcome
        phase={write.phase}
        rows={answerRows}
        applyLabel={() => t('storeAnswerApply')}
        onApply={() => void write.apply()}
      />
    </div>
  );
}

export function AnswersSection() {
  const api = useStoreApi();
  const [filter, setFilter] = useState<Filter>('open');
  const list = useLoad(() => api.inquiries(filter === 'open' ? false : undefined), [api, filter]);
  const [open, setOpen] = useState<string | null>(null);
  // Unanswered first, then newest first (the companion answers newest first).
  const items = [...(list.data?.items ?? [])].sort((a, b) => Number(a.answered) - Number(b.answered));

  return (
    <section class="panel store-section" aria-labelledby="answers-heading">
      <div class="panel-head">
        <h2 id="answers-heading">{t('storeAnswersHeading')}</h2>
        <div class="store-filter" role="group" aria-label={t('storeAnswersFilter')}>
          {(['open', 'all'] as const).map((f) => (
            <button
              key={f}
              type="button"
              class={filter === f ? 'pill pill-active' : 'pill'}
              aria-pressed={filter === f}
              onClick={() => setFilter(f)}
            >
              {f === 'open' ? t('storeFilterOpen') : t('storeFilterAll')}
            </button>
          ))}
        </div>
      </div>
      {list.problem && (
        <p class="error" role="alert">
          {list.problem.message}
        </p>
      )}
      {list.loading && !list.data && <div class="skeleton" aria-hidden="true" />}
      {list.data && items.length === 0 && <p class="muted">{t('storeNoInquiries')}</p>}
      <ul class="store-inquiries">
        {items.map((q) => {
          const key = `${q.kind}:${q.id}`;
          return (
            <li key={key} class={q.answered ? 'answered' : ''}>
              <div class="store-inquiry-head">
                <span class={`store-kind store-kind-${q.kind}`}>
                  {q.kind === 'order' ? t('storeKindOrder') : t('storeKindProduct')}
                </span>
                {q.category && <span class="muted">{q.category}</span>}
                <span class="muted">{storeTime(q.createdAt)}</span>
                <span class={q.answered ? 'pill store-badge store-badge-applied' : 'pill store-badge store-badge-open'}>
                  {q.answered ? t('storeAnswered') : t('storeUnanswered')}
                </span>
              </div>
              {q.productName && <p class="store-inquiry-product">{q.productName}</p>}
              {q.title && <p class="store-inquiry-title">{q.title}</p>}
              <p class="store-question">{q.question}</p>
              {q.answer && open !== key && <p class="store-answer">{q.answer}</p>}
              {open === key ? (
                <Composer api={api} inquiry={q} onSent={() => void list.reload()} />
              ) : (
                <button type="button" class="link" onClick={() => setOpen(key)}>
                  {q.answered ? t('storeEditAnswer') : t('storeWriteAnswer')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
