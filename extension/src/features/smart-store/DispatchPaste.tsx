/**
 * Tracking numbers in bulk: lines pasted from a spreadsheet, or a CSV file dropped on the box or
 * chosen (상품주문번호, 택배사, 송장번호 on each line), put into the table's rows.
 */
import { useState } from 'preact/hooks';
import { t } from '../../platform/browser.ts';

const MAX_FILE_BYTES = 1024 * 1024;

export function DispatchPaste({ onFill }: { onFill: (text: string) => void }) {
  const [text, setText] = useState('');
  const [dropping, setDropping] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function read(file: File | undefined): Promise<void> {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setProblem(t('storeFileTooLarge'));
      return;
    }
    setProblem(null);
    const content = new TextDecoder('utf-8').decode(await file.arrayBuffer());
    setText(content);
    onFill(content);
  }

  return (
    <details class="store-paste">
      <summary>{t('storePasteSummary')}</summary>
      <textarea
        rows={4}
        class={dropping ? 'dropping' : ''}
        value={text}
        placeholder={t('storePastePlaceholder')}
        aria-label={t('storePasteSummary')}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        onDragOver={(e) => {
          e.preventDefault();
          setDropping(true);
        }}
        onDragLeave={() => setDropping(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDropping(false);
          void read(e.dataTransfer?.files[0]);
        }}
      />
      <div class="store-actions">
        <button type="button" disabled={!text.trim()} onClick={() => onFill(text)}>
          {t('storeFillRows')}
        </button>
        <label class="file-pick">
          {t('storeChooseCsv')}
          <input
            type="file"
            accept=".csv,.tsv,.txt,text/csv"
            onChange={(e) => void read((e.target as HTMLInputElement).files?.[0])}
          />
        </label>
      </div>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
    </details>
  );
}
