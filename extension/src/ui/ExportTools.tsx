/** "TSV 복사" (says "복사됨" for a moment) and "CSV 내보내기": what every table of figures offers. */
import { useState } from 'preact/hooks';
import { t } from '../platform/browser.ts';
import { copyText, downloadText } from '../platform/clipboard.ts';

export interface ExportToolsProps {
  tsv: () => string;
  csv: () => string;
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
          void copyText(tsv()).then(() => {
            setCopied(true);
            setTimeout(() => setCopied(false), 1500);
          })
        }
      >
        {copied ? t('copied') : t('copyTsv')}
      </button>
      <button type="button" class="link" onClick={() => downloadText(fileName, csv(), 'text/csv')}>
        {t('exportCsv')}
      </button>
    </div>
  );
}
