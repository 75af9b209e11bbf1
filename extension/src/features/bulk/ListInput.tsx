/**
 * The list to analyse: pasted, dropped or picked (txt or csv, one keyword a line). What will be
 * looked up is counted as it is typed, with the repeats and blanks left out; starting keeps the
 * text, so a refusal loses nothing.
 */
import { useMemo, useState } from 'preact/hooks';
import { MAX_JOB_KEYWORDS } from '@aigenc/shared/contract';
import { parseKeywordList } from '@aigenc/shared/domain';
import { t } from '../../platform/browser.ts';
import { wallClock } from '../../platform/clock.ts';
import { errorView } from '../../ui/problem-view.ts';
import { count } from '../../ui/format.ts';
import { readListFile } from './read-file.ts';

export interface ListInputProps {
  /** Starts a job; rejects with the reason in words. */
  onStart: (keywords: string[], name: string) => Promise<void>;
}

export function ListInput({ onStart }: ListInputProps) {
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const list = useMemo(() => parseKeywordList(text), [text]);
  const tooMany = list.keywords.length > MAX_JOB_KEYWORDS;

  async function load(file: File | undefined): Promise<void> {
    if (!file) return;
    try {
      setText(await readListFile(file));
      setName((current) => current || file.name.replace(/\.(txt|csv|tsv)$/i, ''));
      setProblem(null);
    } catch {
      setProblem(t('bulkFileUnreadable', file.name));
    }
  }

  async function start(): Promise<void> {
    setBusy(true);
    setProblem(null);
    try {
      await onStart(list.keywords, name.trim());
      setText('');
      setName('');
    } catch (error) {
      setProblem(errorView(error, wallClock()).message);
    } finally {
      setBusy(false);
    }
  }

  const dropped: string[] = [];
  if (list.duplicates > 0) dropped.push(t('bulkDuplicates', count(list.duplicates)));
  if (list.blanks > 0) dropped.push(t('bulkBlanks', count(list.blanks)));
  if (list.tooLong.length > 0) dropped.push(t('bulkTooLong', list.tooLong.join(', ')));

  return (
    <section class="panel bulk-input" aria-labelledby="bulk-input-heading">
      <h2 id="bulk-input-heading">{t('bulkInputHeading')}</h2>
      <p class="muted">{t('bulkInputHelp', count(MAX_JOB_KEYWORDS))}</p>
      <textarea
        class={dragging ? 'dropping' : undefined}
        aria-label={t('bulkInputLabel')}
        placeholder={t('bulkInputPlaceholder')}
        rows={10}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          void load(event.dataTransfer?.files[0]);
        }}
      />
      <div class="bulk-input-row">
        <label class="file-pick">
          {t('bulkPickFile')}
          <input
            type="file"
            accept=".txt,.csv,.tsv,text/plain,text/csv"
            onChange={(event) => void load(event.currentTarget.files?.[0])}
          />
        </label>
        <input
          type="text"
          class="bulk-name"
          aria-label={t('bulkNameLabel')}
          placeholder={t('bulkNameLabel')}
          maxLength={100}
          value={name}
          onInput={(event) => setName(event.currentTarget.value)}
        />
      </div>
      <p class="bulk-count" role="status">
        {t('bulkCount', count(list.keywords.length))}
        {dropped.length > 0 && <span class="muted"> · {t('bulkDropped', dropped.join(', '))}</span>}
      </p>
      {tooMany && (
        <p class="error" role="alert">
          {t('bulkTooMany', [count(MAX_JOB_KEYWORDS), count(list.keywords.length)])}
        </p>
      )}
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      <button
        type="button"
        class="primary"
        disabled={busy || tooMany || list.keywords.length === 0}
        onClick={() => void start()}
      >
        {busy ? t('bulkStarting') : t('bulkStart', count(list.keywords.length))}
      </button>
    </section>
  );
}
