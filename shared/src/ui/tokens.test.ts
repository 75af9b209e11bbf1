/**
 * WCAG AA contrast of the colour pairs the two UIs use, in both themes, read from the shared
 * tokens stylesheet itself so a change of palette is checked too: 4.5:1 for text, 3:1 for the
 * focus ring. The popup puts text on the page and on panels; the setup page on its canvas and cards.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenColors } from './tokens.ts';

const css = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function ratio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const themes = { light: tokenColors(css, 'light'), dark: tokenColors(css, 'dark') };
const BACKGROUNDS = ['bg', 'surface', 'canvas', 'raised'] as const;

describe.each(Object.entries(themes))('%s theme', (_name, v) => {
  it.each(
    BACKGROUNDS.flatMap((bg) => [
      [`text on ${bg}`, 'fg', bg],
      [`muted text on ${bg}`, 'muted', bg],
      [`links and accents on ${bg}`, 'accent-strong', bg],
      [`warnings on ${bg}`, 'danger', bg],
    ]),
  )('%s: at least 4.5:1', (_what, fg, bg) => {
    expect(ratio(v[fg]!, v[bg]!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    ['button labels', 'accent-fg', 'accent-strong'],
    ['notices', 'notice-fg', 'notice-bg'],
    ['the gold grade', 'grade-gold-fg', 'grade-gold-bg'],
    ['the silver grade', 'grade-silver-fg', 'grade-silver-bg'],
    ['the bronze grade', 'grade-bronze-fg', 'grade-bronze-bg'],
  ])('%s: at least 4.5:1', (_what, fg, bg) => {
    expect(ratio(v[fg]!, v[bg]!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(BACKGROUNDS.flatMap((bg) => [1, 2, 3, 4, 5].map((n) => [`chart-${n}`, bg])))(
    'the chart line %s stands out from %s: at least 3:1',
    (line, bg) => {
      expect(ratio(v[line]!, v[bg]!)).toBeGreaterThanOrEqual(3);
    },
  );

  it.each(BACKGROUNDS)('a waiting notice stands out from %s: at least 3:1', (bg) => {
    expect(ratio(v['warning']!, v[bg]!)).toBeGreaterThanOrEqual(3);
  });

  it.each(BACKGROUNDS)('the focus ring stands out from %s: at least 3:1', (bg) => {
    expect(ratio(v['focus']!, v[bg]!)).toBeGreaterThanOrEqual(3);
  });
});

describe('the toolbar badge', () => {
  it.each(['danger', 'muted', 'accent-strong', 'warning'])('%s carries its white text at least 4.5:1', (tone) => {
    expect(ratio('#ffffff', themes.light[tone]!)).toBeGreaterThanOrEqual(4.5);
  });
});
