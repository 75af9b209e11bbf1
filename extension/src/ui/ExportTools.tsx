/** "TSV 복사" (says "복사됨" for a moment) and "CSV 내보내기": what every table of figures offers. */
import { useState } from 'preact/hooks';
import { t } from '../platform/browser.ts';
import { copyText, downloadText } from '../platform/clipboard.ts';

export interface ExportToolsProps {
  /** The table as text; a promise where the writer is loaded on the first click. */
  tsv: () => string | Promise<string>;
  csv: () => string | Promise<string>;
  fileName: string;
}

export function ExportTools({ tsv, csv, fileName }: ExportToolsProps) {
  const [copied, setCopied] = useState(false);
  return (
    <div class="tools">
      <button
        type="button"
        class="link"
        onClick={() =>
          void Promise.resolve(tsv())
            .then(copyText)
            .then(() => {
              setCopied(true);
              setTimeout(() => setCopied(false), 1500);
            })
        }
      >
        {copied ? t('copied') : t('copyTsv')}
      </button>
      <button
        type="button"
        class="link"
        onClick={() => void Promise.resolve(csv()).then((text) => downloadText(fileName, text, 'text/csv'))}
      >
        {t('exportCsv')}
      </button>
    </div>
  );
}
