/** Coupang link preferences: the disclosure sentence (on by default), auto-copy, format and subId. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../platform/browser.ts';
import { DEFAULT_DISCLOSURE } from '../../platform/storage.ts';
import { LinkOptions } from '../../features/coupang/LinkOptions.tsx';
import { useCoupangPrefs } from '../../features/coupang/use-coupang-prefs.ts';

export function CoupangSettings() {
  const { prefs, update } = useCoupangPrefs();
  const [disclosure, setDisclosure] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (prefs && disclosure === null) setDisclosure(prefs.disclosure);
  }, [prefs, disclosure]);
  if (!prefs || disclosure === null) return null;

  async function saveDisclosure(event: Event): Promise<void> {
    event.preventDefault();
    await update({ disclosure: disclosure!.trim() });
    setStatus(t('saved'));
  }

  return (
    <section class="panel" aria-labelledby="coupang-settings-heading">
      <h2 id="coupang-settings-heading">{t('coupangSettingsHeading')}</h2>
      <label class="check">
        <input
          type="checkbox"
          checked={prefs.autoCopy}
          onChange={(e) => void update({ autoCopy: e.currentTarget.checked })}
        />
        {t('autoCopyLabel')}
      </label>
      <LinkOptions prefs={prefs} update={update} idPrefix="options" />
      <form onSubmit={(event) => void saveDisclosure(event)}>
        <label class="check">
          <input
            type="checkbox"
            checked={prefs.disclosureOn}
            onChange={(e) => void update({ disclosureOn: e.currentTarget.checked })}
          />
          {t('disclosureOnLabel')}
        </label>
        <label class="stacked" for="disclosure">
          {t('disclosureLabel')}
        </label>
        <textarea
          id="disclosure"
          rows={3}
          maxLength={500}
          value={disclosure}
          onInput={(e) => {
            setDisclosure(e.currentTarget.value);
            setStatus('');
          }}
        />
        <div class="row">
          <button type="submit">{t('save')}</button>
          <button
            type="button"
            class="link"
            onClick={() => {
              setDisclosure(DEFAULT_DISCLOSURE);
              void update({ disclosure: DEFAULT_DISCLOSURE }).then(() => setStatus(t('saved')));
            }}
          >
            {t('disclosureReset')}
          </button>
          <output aria-live="polite">{status}</output>
        </div>
      </form>
    </section>
  );
}
