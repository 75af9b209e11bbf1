/** How links are copied (format) and tagged (subId, remembered), and a way to what a subId earned. */
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../../platform/browser.ts';
import type { CopyFormat, CoupangPrefs } from '../../platform/storage.ts';
import { SUB_ID } from '../../ui/link-text.ts';

const FORMATS: readonly [CopyFormat, MessageKey][] = [
  ['link', 'formatLink'],
  ['link-disclosure', 'formatLinkDisclosure'],
  ['markdown', 'formatMarkdown'],
  ['html', 'formatHtml'],
];

export interface LinkOptionsProps {
  prefs: CoupangPrefs;
  update: (patch: Partial<CoupangPrefs>) => Promise<void>;
  /** Distinguishes the ids when two pickers are on one page. */
  idPrefix: string;
  /** Opens the earnings of the subId chosen (null: all). */
  onShowEarnings?: (subId: string | null) => void;
}

export function LinkOptions({ prefs, update, idPrefix, onShowEarnings }: LinkOptionsProps) {
  const [draft, setDraft] = useState(prefs.subId ?? '');
  const invalid = draft !== '' && !SUB_ID.test(draft);
  return (
    <div class="link-options">
      <label>
        <span>{t('copyFormat')}</span>
        <select value={prefs.format} onChange={(e) => void update({ format: e.currentTarget.value as CopyFormat })}>
          {FORMATS.map(([value, key]) => (
            <option key={value} value={value}>
              {t(key)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('subIdLabel')}</span>
        <input
          type="text"
          list={`${idPrefix}-subids`}
          value={draft}
          placeholder={t('subIdDefault')}
          spellcheck={false}
          autocomplete="off"
          maxLength={64}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${idPrefix}-subid-error` : undefined}
          onInput={(e) => {
            const value = e.currentTarget.value.trim();
            setDraft(value);
            if (value === '' || SUB_ID.test(value)) void update({ subId: value || null });
          }}
        />
        <datalist id={`${idPrefix}-subids`}>
          {prefs.recentSubIds.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      </label>
      {invalid && (
        <p id={`${idPrefix}-subid-error`} class="notice">
          {t('subIdInvalid')}
        </p>
      )}
      {onShowEarnings && (
        <button type="button" class="link show-earnings" onClick={() => onShowEarnings(prefs.subId)}>
          {prefs.subId ? t('showEarnings') : t('showEarningsAll')}
        </button>
      )}
    </div>
  );
}
