/** Light or dark as the system says, on the root element the shared tokens key their colours on. */
export function followSystemTheme(root: HTMLElement): void {
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  const set = () => {
    root.dataset['theme'] = query.matches ? 'dark' : 'light';
  };
  set();
  query.addEventListener('change', set);
}
