/**
 * The saturation (golden keyword) rule, kept by the companion: which documents count and the grade
 * thresholds. Saved through the companion, so the popup, the setup page and the CLI agree.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SettingsResponse } from '@aigenc/shared/contract';
import { CompanionClient, CompanionProblemError } from '../../companion-client.ts';
import { t, uiLanguage } from '../../platform/browser.ts';
import { companionPortItem, companionTokenItem } from '../../platform/storage.ts';

type Saturation = SettingsResponse['saturation'];

async function client(): Promise<CompanionClient> {
  const [port, token] = await Promise.all([companionPortItem.getValue(), companionTokenItem.getValue()]);
  return new CompanionClient({ port, token, language: uiLanguage() });
}

export function SaturationSettings() {
  const [settings, setSettings] = useState<Saturation | null>(null);
  const [formula, setFormula] = useState('');
  const [status, setStatus] = useState('');

  useEffect(() => {
    const load = () =>
      void client()
        .then((c) => c.settings())
        .then((answer) => {
          setSettings(answer.saturation);
          setFormula(answer.saturationFormula);
          setStatus('');
        })
        .catch((error: unknown) =>
          setStatus(error instanceof CompanionProblemError ? error.message : t('settingsUnavailable')),
        );
    load();
    // Pairing (or the port) changed on this page or elsewhere: ask again.
    const stops = [companionTokenItem.watch(load), companionPortItem.watch(load)];
    return () => stops.forEach((stop) => stop());
  }, []);

  if (!settings) {
    return (
      <section class="panel" aria-labelledby="saturation-heading">
        <h2 id="saturation-heading">{t('saturationHeading')}</h2>
        <p class="muted">{status || t('loading')}</p>
      </section>
    );
  }

  const threshold = (name: keyof Saturation['thresholds'], label: string) => (
    <label>
      {label}
      <input
        type="number"
        step="0.01"
        min="0.01"
        max="1000"
        value={settings.thresholds[name]}
        onInput={(event) =>
          setSettings({
            ...settings,
            thresholds: { ...settings.thresholds, [name]: Number(event.currentTarget.value) },
          })
        }
      />
    </label>
  );

  async function save(event: Event) {
    event.preventDefault();
    if (!settings) return;
    try {
      const answer = await (await client()).saveSaturation(settings);
      setFormula(answer.saturationFormula);
      setStatus(t('saved'));
    } catch (error) {
      setStatus(error instanceof CompanionProblemError ? error.message : t('settingsUnavailable'));
    }
  }

  return (
    <section class="panel" aria-labelledby="saturation-heading">
      <h2 id="saturation-heading">{t('saturationHeading')}</h2>
      <form onSubmit={(event) => void save(event)}>
        <label for="source">{t('saturationSource')}</label>
        <select
          id="source"
          value={settings.source}
          onChange={(event) => setSettings({ ...settings, source: event.currentTarget.value as Saturation['source'] })}
        >
          <option value="blog">{t('docsBlog')}</option>
          <option value="blog+cafe">{t('sourceBlogCafe')}</option>
          <option value="all">{t('sourceAll')}</option>
        </select>
        <div class="thresholds">
          {threshold('gold', t('thresholdGold'))}
          {threshold('silver', t('thresholdSilver'))}
          {threshold('bronze', t('thresholdBronze'))}
        </div>
        <div class="row">
          <button type="submit">{t('save')}</button>
          <output aria-live="polite">{status}</output>
        </div>
      </form>
      <p class="muted">{formula}</p>
    </section>
  );
}
