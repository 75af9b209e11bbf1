/**
 * The design tokens read from their stylesheet, for what cannot use CSS variables (the toolbar
 * badge, drawn by the browser). Pure: the caller hands in the stylesheet's text.
 */

/** A theme's colour tokens, `--name: #rrggbb` as `{ name: '#rrggbb' }` (the dark theme over the light). */
export function tokenColors(css: string, theme: 'light' | 'dark' = 'light'): Readonly<Record<string, string>> {
  const block = (selector: string) => {
    const start = css.indexOf(`${selector} {`);
    if (start < 0) return {};
    const body = css.slice(start, css.indexOf('}', start));
    return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
  };
  const light = block(':root');
  return theme === 'light' ? light : { ...light, ...block(":root[data-theme='dark']") };
}
