/** The keyword box: filled from the page, always editable; Enter or the button looks it up. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../platform/browser.ts';

export interface KeywordSearchProps {
  initial: string;
  busy: boolean;
  onSearch: (keyword: string) => void;
}

export function KeywordSearch({ initial, busy, onSearch }: KeywordSearchProps) {
  const [value, setValue] = useState(initial);
  useEffect(() => setValue(initial), [initial]);
  return (
    <form
      class="keyword-search"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        const keyword = value.trim();
        if (keyword) onSearch(keyword);
      }}
    >
      <label for="keyword" class="visually-hidden">
        {t('keywordLabel')}
      </label>
      <input
        id="keyword"
        name="keyword"
        type="search"
        maxLength={100}
        autoComplete="off"
        placeholder={t('keywordPlaceholder')}
        value={value}
        onInput={(event) => setValue(event.currentTarget.value)}
      />
      <button type="submit" disabled={busy || value.trim() === ''}>
        {t('keywordLookup')}
      </button>
    </form>
  );
}
