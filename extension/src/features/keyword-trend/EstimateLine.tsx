/**
 * What a bid would buy, under the bids: "입찰가 1,200원이면 한 달에 노출 5,900 · 클릭 61 · 비용
 * 48,300원 (지난 28일 기준)", PC and mobile together, from Search Ad's performance estimate. It
 * starts at the mobile surface's median bid (the PC one when mobile has none) and takes another bid
 * from a small input, checked against the vendor's range before anything is asked.
 */
import { useState } from 'preact/hooks';
import { MAX_BID, MIN_BID, BID_STEP, type KeywordEstimateResponse } from '@aigenc/shared/contract';
import { t } from '../../platform/browser.ts';
import { count } from '../../ui/format.ts';
import { useEstimate } from './use-trend.ts';

const won = (value: number) => t('won', count(value));

function startingBid(answer: KeywordEstimateResponse): number | null {
  return answer.surfaces.mobile?.medianBid ?? answer.surfaces.pc?.medianBid ?? answer.items[0]?.bid ?? null;
}

export function validBid(text: string): number | null {
  const bid = /^\d{2,6}$/.test(text.trim().replace(/,/g, '')) ? Number(text.trim().replace(/,/g, '')) : Number.NaN;
  return Number.isInteger(bid) && bid >= MIN_BID && bid <= MAX_BID && bid % BID_STEP === 0 ? bid : null;
}

export function EstimateLine({ keyword }: { keyword: string }) {
  const [asked, setAsked] = useState<number | null>(null);
  const [draft, setDraft] = useState('');
  const [bad, setBad] = useState(false);
  const state = useEstimate(keyword, asked);
  const submit = (event: Event) => {
    event.preventDefault();
    const bid = validBid(draft);
    setBad(bid === null);
    if (bid !== null) setAsked(bid);
  };
  let line: string;
  if (state.kind === 'loading') line = t('estimateLoading');
  else if (state.kind === 'failed') line = t('estimateFailed', state.problem.message);
  else {
    const bid = asked ?? startingBid(state.value);
    const item = state.value.items.find((i) => i.bid === bid);
    line = item
      ? t('estimateLine', [won(item.bid), count(item.impressions), count(item.clicks), won(item.cost)])
      : t('estimateNone');
  }
  return (
    <div class="estimate">
      <p aria-live="polite">{line}</p>
      <form class="row" onSubmit={submit}>
        <label>
          {t('estimateTry')}{' '}
          <input
            name="bid"
            inputMode="numeric"
            size={7}
            value={draft}
            aria-invalid={bad}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
        </label>
        <button type="submit">{t('estimateTryButton')}</button>
      </form>
      {bad && (
        <p class="notice" role="alert">
          {t('estimateBadBid')}
        </p>
      )}
    </div>
  );
}
