/**
 * The theme in force: the person's choice (options page), or the system's. Sets `data-theme` on
 * the document, which the stylesheets key their colours on, and follows changes of either.
 */
import { themeItem, type Theme } from './storage.ts';

function resolve(theme: Theme): 'light' | 'dark' {
  if (theme !== 'system') return theme;
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function applyTheme(root: HTMLElement = document.documentElement): void {
  let chosen: Theme = 'system';
  const set = () => {
    root.dataset['theme'] = resolve(chosen);
  };
  set();
  void themeItem.getValue().then((theme) => {
    chosen = theme;
    set();
  });
  themeItem.watch((theme) => {
    chosen = theme;
    set();
  });
  globalThis.matchMedia?.('(prefers-color-scheme: dark)').addEventListener('change', set);
}
