/** A panel's span in years ("3년", "2 y"): months underneath, one option a span. */
import { t } from '../platform/browser.ts';

export interface YearsSelectProps {
  /** The spans offered, in months (whole years). */
  spans: readonly number[];
  value: number;
  onChange: (months: number) => void;
}

export function YearsSelect({ spans, value, onChange }: YearsSelectProps) {
  return (
    <label class="span">
      <span class="visually-hidden">{t('trendSpan')}</span>
      <select value={String(value)} onChange={(e) => onChange(Number(e.currentTarget.value))}>
        {spans.map((span) => (
          <option key={span} value={String(span)}>
            {t('trendYears', String(span / 12))}
          </option>
        ))}
      </select>
    </label>
  );
}
