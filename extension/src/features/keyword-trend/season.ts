/**
 * The season in one sentence ("5월·10월에 가장 많이 찾고, 작년보다 12% 늘었어요"), and the rule
 * behind the shape in words. Pure: the words come in as a function (the popup passes `t`).
 */
import type { MessageKey } from '../../platform/browser.ts';
import type { KeywordTrendItem } from '@aigenc/shared/contract';
import { SEASON_RULE } from '@aigenc/shared/domain';
import { LOCALES, type Language } from '@aigenc/shared/language';

export type Words = (key: MessageKey, substitutions?: string | string[]) => string;
type Season = NonNullable<KeywordTrendItem['seasonality']>;

/** Calendar months (1–12) named in the language: "5월·10월", "May and October". */
function monthNames(months: readonly number[], language: Language): string {
  const month = new Intl.DateTimeFormat(LOCALES[language], { month: 'long', timeZone: 'UTC' });
  const names = months.map((m) => month.format(Date.UTC(2000, m - 1, 15)));
  // Korean lists months with a middle dot, as the marketers' own reports do.
  return language === 'ko' ? names.join('·') : new Intl.ListFormat(LOCALES.en, { type: 'conjunction' }).format(names);
}

export function seasonSentence(season: Season, language: Language, t: Words): string {
  const peaks = season.peakMonths.length ? t('seasonPeaks', monthNames(season.peakMonths, language)) : t('seasonEven');
  const yoy = season.yoy;
  const change =
    yoy === null
      ? t('yoyUnknown')
      : Math.abs(yoy) < 0.03
        ? t('yoyFlat')
        : t(yoy > 0 ? 'yoyUp' : 'yoyDown', String(Math.round(Math.abs(yoy) * 100)));
  return `${peaks}${t('seasonJoin')}${change}`;
}

/** What "rising", "seasonal" ... mean here, with the thresholds in force. */
export function shapeRule(t: Words): string {
  return t('shapeRule', [
    String(Math.round(SEASON_RULE.trend * 100)),
    String(SEASON_RULE.amplitude),
    String(Math.round((SEASON_RULE.peak - 1) * 100)),
  ]);
}
