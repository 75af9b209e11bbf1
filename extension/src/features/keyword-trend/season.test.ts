import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seasonSentence, shapeRule, type Words } from './season.ts';

function words(language: 'ko' | 'en'): Words {
  const messages = JSON.parse(
    readFileSync(new URL(`../../../public/_locales/${language}/messages.json`, import.meta.url), 'utf8'),
  ) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
  return (key, substitutions) => {
    const entry = messages[key]!;
    const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    let text = entry.message;
    for (const [name, { content }] of Object.entries(entry.placeholders ?? {}))
      text = text.replaceAll(`$${name.toUpperCase()}$`, subs[Number(content.slice(1)) - 1] ?? '');
    return text;
  };
}

describe('the season in one sentence', () => {
  it.each([
    ['ko', { peakMonths: [5, 10], yoy: 0.12, shape: 'seasonal' }, '5월·10월에 가장 많이 찾고, 작년보다 12% 늘었어요'],
    ['ko', { peakMonths: [], yoy: -0.3, shape: 'falling' }, '일 년 내내 고르게 찾고, 작년보다 30% 줄었어요'],
    ['ko', { peakMonths: [12], yoy: 0.01, shape: 'seasonal' }, '12월에 가장 많이 찾고, 작년과 비슷해요'],
    [
      'en',
      { peakMonths: [5, 10], yoy: 0.12, shape: 'seasonal' },
      'Searched most in May and October; 12% more than last year',
    ],
    [
      'en',
      { peakMonths: [1, 11, 12], yoy: null, shape: 'seasonal' },
      'Searched most in January, November, and December; not enough history to compare with last year yet',
    ],
  ] as const)('%s: %j', (language, season, sentence) => {
    expect(seasonSentence({ ...season, peakMonths: [...season.peakMonths] }, language, words(language))).toBe(sentence);
  });

  it('states the rule behind the shape with the thresholds in force', () => {
    expect(shapeRule(words('ko'))).toContain('20% 이상');
    expect(shapeRule(words('en'))).toContain('1.5 times');
  });
});
