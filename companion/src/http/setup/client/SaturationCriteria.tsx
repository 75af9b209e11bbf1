/**
 * "Golden keyword criteria": which documents are counted and the three grade limits. The
 * companion checks the limits (they must rise); its refusal is shown beside the button.
 */
import { useEffect, useState } from 'preact/hooks';
import { SATURATION_SOURCES, type SaturationSource } from '@aigenc/shared/domain';
import type { SettingsResponse } from '@aigenc/shared/contract';
import type { SetupMessageKey } from '../messages.ts';
import { messageOf, useSetup } from './context.ts';
import { useResource } from './use-resource.ts';

const SOURCE_WORDS = {
  blog: 'sourceBlog',
  'blog+cafe': 'sourceBlogCafe',
  all: 'sourceAll',
} as const satisfies Record<SaturationSource, SetupMessageKey>;
const GRADES = [
  ['gold', 'gradeGold', '<'],
  ['silver', 'gradeSilver', '<'],
  ['bronze', 'gradeBronze', '≤'],
] as const;

export function SaturationCriteria() {
  const { t, api } = useSetup();
  const [loaded] = useResource(() => api.saturation(), []);
  const [shown, setShown] = useState<SettingsResponse | undefined>(undefined);
  const [status, setStatus] = useState('');
  useEffect(() => setShown(loaded), [loaded]);

  const save = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value;
    const settings = {
      source: value('source'),
      thresholds: { gold: Number(value('gold')), silver: Number(value('silver')), bronze: Number(value('bronze')) },
    };
    api.saveSaturation(settings).then(
      (answer) => {
        setShown(answer);
        setStatus(t('saved'));
      },
      (error: unknown) => setStatus(messageOf(error)),
    );
  };

  // Keyed on the settings shown, so an answer from the companion resets the inputs to it.
  const key = shown ? JSON.stringify(shown.saturation) : 'loading';
  return (
    <section aria-labelledby="saturation-heading" class="card">
      <h2 id="saturation-heading">{t('saturationHeading')}</h2>
      <p>{t('saturationHelp')}</p>
      <form id="saturation-form" class="settings-form" key={key} onSubmit={save}>
        <label>
          {t('saturationSource')}{' '}
          <select name="source">
            {SATURATION_SOURCES.map((source) => (
              <option key={source} value={source} selected={source === shown?.saturation.source}>
                {t(SOURCE_WORDS[source])}
              </option>
            ))}
          </select>
        </label>
        {GRADES.map(([name, words, sign]) => (
          <label key={name}>
            {t(words)} {sign}{' '}
            <input
              name={name}
              type="number"
              step="0.01"
              min="0.01"
              max="1000"
              required
              defaultValue={shown ? String(shown.saturation.thresholds[name]) : ''}
            />
          </label>
        ))}
        <button type="submit">{t('save')}</button>
        <output id="saturation-status" aria-live="polite">
          {status}
        </output>
      </form>
      <p id="saturation-formula" class="muted">
        {shown?.saturationFormula}
      </p>
    </section>
  );
}
