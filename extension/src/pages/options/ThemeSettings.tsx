/** The theme: follow the system, or always light or dark. Applies at once to every open view. */
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../platform/browser.ts';
import { themeItem, type Theme } from '../../platform/storage.ts';

const THEMES: readonly [Theme, MessageKey][] = [
  ['system', 'themeSystem'],
  ['light', 'themeLight'],
  ['dark', 'themeDark'],
];

export function ThemeSettings() {
  const [theme, setTheme] = useState<Theme | null>(null);
  useEffect(() => void themeItem.getValue().then(setTheme), []);
  if (!theme) return null;
  return (
    <section class="panel" aria-labelledby="theme-heading">
      <h2 id="theme-heading">{t('themeHeading')}</h2>
      <div role="radiogroup" aria-labelledby="theme-heading" class="row">
        {THEMES.map(([value, key]) => (
          <label key={value} class="check">
            <input
              type="radio"
              name="theme"
              value={value}
              checked={theme === value}
              onChange={() => {
                setTheme(value);
                void themeItem.setValue(value);
              }}
            />
            {t(key)}
          </label>
        ))}
      </div>
    </section>
  );
}
