/**
 * Who clicks shopping results for the keyword in a Naver Shopping category: gender, age and device
 * shares as bars with the exact percentages, and the line that says what they are (shares of
 * shopping clicks in that category, not of all searches). The category is the page's own (the
 * `cat_id` of a Naver Shopping address), else the last one chosen, else one to pick; below, how
 * that category moves, with up to two more.
 */
import { useState } from 'preact/hooks';
import type { KeywordAudienceResponse } from '@aigenc/shared/contract/audience';
import { AUDIENCE_MONTHS } from '@aigenc/shared/domain';
import { t } from '../../platform/browser.ts';
import type { AudiencePrefs } from '../../platform/storage.ts';
import { useLoaded } from '../../ui/use-loaded.ts';
import { keywordAudience } from './api.ts';
import { CategoryPicker } from './CategoryPicker.tsx';
import { CategoryTrends } from './CategoryTrends.tsx';
import { categoryName, shortMonth } from './categories.ts';
import type { UpdateAudiencePrefs } from './use-audience-prefs.ts';

const SPANS = [1, AUDIENCE_MONTHS.default, 12] as const;

export interface AudiencePanelProps {
  keyword: string;
  /** The category of the Naver Shopping page in view, if any. */
  pageCategory: string | null;
  prefs: AudiencePrefs;
  update: UpdateAudiencePrefs;
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

interface Row {
  label: string;
  share: number;
}

function Bars({ title, rows }: { title: string; rows: readonly Row[] }) {
  const top = Math.max(...rows.map((r) => r.share));
  return (
    <div class="bars">
      <h3>{title}</h3>
      <table>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label} class={row.share === top ? 'top' : undefined}>
              <th scope="row">{row.label}</th>
              <td class="bar" aria-hidden="true">
                <span style={{ width: `${(row.share * 100).toFixed(1)}%` }} />
              </td>
              <td class="share">{percent(row.share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Shares({ answer }: { answer: KeywordAudienceResponse }) {
  if (!answer.gender && !answer.device && answer.ages.length === 0) return <p class="muted">{t('audienceNone')}</p>;
  return (
    <>
      <div class="audience-bars">
        {answer.gender && (
          <Bars
            title={t('audienceGender')}
            rows={[
              { label: t('audienceWomen'), share: answer.gender.f },
              { label: t('audienceMen'), share: answer.gender.m },
            ]}
          />
        )}
        {answer.device && (
          <Bars
            title={t('audienceDevice')}
            rows={[
              { label: t('mobile'), share: answer.device.mobile },
              { label: 'PC', share: answer.device.pc },
            ]}
          />
        )}
        {answer.ages.length > 0 && (
          <Bars
            title={t('audienceAge')}
            rows={answer.ages.map((a) => ({
              label: a.group === '60' ? t('audienceAgeLast') : t('audienceAgeGroup', a.group),
              share: a.share,
            }))}
          />
        )}
      </div>
      <p class="audience-what">
        {t('audienceWhat', [
          shortMonth(answer.period.from),
          shortMonth(answer.period.to),
          categoryName(answer.category),
          answer.keyword,
        ])}
      </p>
    </>
  );
}

function Audience({ keyword, category, months }: { keyword: string; category: string; months: number }) {
  const state = useLoaded((client) => keywordAudience(client, keyword, category, months), [keyword, category, months]);
  return (
    <div aria-busy={state.kind === 'loading'} aria-live="polite">
      {state.kind === 'loading' && <div class="skeleton block" aria-label={t('loading')} />}
      {state.kind === 'failed' && <p class="notice">{state.problem.message}</p>}
      {state.kind === 'loaded' && <Shares answer={state.value} />}
    </div>
  );
}

export function AudiencePanel({ keyword, pageCategory, prefs, update }: AudiencePanelProps) {
  // A category picked here wins over the page's for as long as the view is open.
  const [picked, setPicked] = useState<string | null>(null);
  const category = picked ?? pageCategory ?? prefs.category;
  const pick = (id: string) => {
    setPicked(id);
    void update({ category: id });
  };
  return (
    <div class="audience-body">
      <div class="row audience-controls">
        <CategoryPicker
          label={t('audienceCategory')}
          value={category}
          extra={pageCategory}
          placeholder={t('audienceChoose')}
          onPick={pick}
        />
        <label>
          <span class="visually-hidden">{t('audienceSpan')}</span>
          <select value={String(prefs.months)} onChange={(e) => void update({ months: Number(e.currentTarget.value) })}>
            {SPANS.map((span) => (
              <option key={span} value={String(span)}>
                {t('audienceMonths', String(span))}
              </option>
            ))}
          </select>
        </label>
      </div>
      {category ? (
        <>
          <Audience keyword={keyword} category={category} months={prefs.months} />
          <CategoryTrends category={category} prefs={prefs} update={update} />
        </>
      ) : (
        <p class="muted">{t('audienceCategoryNote')}</p>
      )}
      <p class="asof muted">{t('audienceKept')}</p>
    </div>
  );
}
