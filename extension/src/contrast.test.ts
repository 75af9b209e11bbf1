/**
 * WCAG AA contrast of the colour pairs the stylesheet uses, in both themes, read from the
 * stylesheet itself so a change of palette is checked too: 4.5:1 for text, 3:1 for large text
 * and the focus ring.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../entrypoints/popup/style.css', import.meta.url), 'utf8');

function block(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}

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

const light = block(':root');
const themes = { light, dark: { ...light, ...block(":root[data-theme='dark']") } };

describe.each(Object.entries(themes))('%s theme', (_name, v) => {
  it.each([
    ['text on the page', 'fg', 'bg'],
    ['text on panels', 'fg', 'surface'],
    ['muted text on the page', 'muted', 'bg'],
    ['muted text on panels', 'muted', 'surface'],
    ['links and accents on the page', 'accent-strong', 'bg'],
    ['links and accents on panels', 'accent-strong', 'surface'],
    ['button labels', 'accent-fg', 'accent-strong'],
    ['warnings on panels', 'danger', 'surface'],
  ])('%s: at least 4.5:1', (_what, fg, bg) => {
    expect(ratio(v[fg]!, v[bg]!)).toBeGreaterThanOrEqual(4.5);
  });

  it('the focus ring stands out from panels: at least 3:1', () => {
    expect(ratio('#1a73e8', v['surface']!)).toBeGreaterThanOrEqual(3);
  });
});
