/** Links made before, newest first: search, copy again, export as CSV. */
import { useEffect, useState } from 'preact/hooks';
import type { LinkHistoryEntry } from '@aigenc/shared/contract';
import { t } from '../../platform/browser.ts';
import { downloadText } from '../../platform/clipboard.ts';
import type { CoupangPrefs } from '../../platform/storage.ts';
import { time } from '../../ui/format.ts';
import { errorView, type ProblemView } from '../../ui/problem-view.ts';
import { CopyButton } from './CopyButton.tsx';
import { PlainLink } from './PlainLink.tsx';
import { historyCsv } from './history-export.ts';
import { textFor } from '../../ui/link-text.ts';
import { wallClock } from '../../platform/clock.ts';
import { useClient } from '../../ui/client-context.tsx';

const LIMIT = 200;

export function LinkHistory({ prefs }: { prefs: CoupangPrefs }) {
  const client = useClient();
  const [search, setSearch] = useState('');
  const [entries, setEntries] = useState<LinkHistoryEntry[] | null>(null);
  const [problem, setProblem] = useState<ProblemView | null>(null);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      client.linkHistory(search, LIMIT).then(
        ({ items }) => current && (setEntries(items), setProblem(null)),
        (error: unknown) => current && setProblem(errorView(error, wallClock())),
      );
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, search]);

  return (
    <section class="panel history" aria-labelledby="history-heading">
      <div class="panel-head">
        <h2 id="history-heading">{t('historyHeading')}</h2>
        <div class="tools">
          <button
            type="button"
            class="link"
            disabled={!entries?.length}
            onClick={() => entries && downloadText('aigenc-coupang-links.csv', historyCsv(entries), 'text/csv')}
          >
            {t('exportCsv')}
          </button>
        </div>
      </div>
      <input
        type="search"
        aria-label={t('historySearch')}
        placeholder={t('historySearch')}
        value={search}
        maxLength={100}
        onInput={(e) => setSearch(e.currentTarget.value)}
      />
      {problem && <PlainLink problem={problem} plainUrl={null} />}
      {entries === null && !problem && <div class="skeleton-table" aria-busy="true" aria-label={t('loading')} />}
      {entries?.length === 0 && <p class="muted">{search ? t('historyNoMatch') : t('historyEmpty')}</p>}
      {entries && entries.length > 0 && (
        <ul class="history-list">
          {entries.map((e) => (
            <li key={`${e.canonicalUrl} ${e.subId ?? ''}`}>
              <div class="history-text">
                <span class="history-title">{e.title ?? e.canonicalUrl}</span>
                <span class="muted">
                  <code>{e.shortenUrl}</code> · {time(e.usedAt)}
                  {e.subId && ` · ${e.subId}`}
                </span>
              </div>
              <CopyButton
                class="small"
                label={t('copyLink')}
                text={() => textFor(prefs, e.shortenUrl, e.title ?? '')}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
