/** Per subId: clicks, orders, conversion, commission and earnings per click; a row picks the subId shown. */
import type { CoupangReportResponse } from '@aigenc/shared/contract';
import { conversion, earningsPerClick } from '@aigenc/shared/domain';
import { t } from '../../platform/browser.ts';
import { ExportTools } from '../../ui/ExportTools.tsx';
import { count } from '../../ui/format.ts';
import { subIdsCsv, subIdsTsv } from './export.ts';
import { rate, won } from './format.ts';

export interface SubIdTableProps {
  answer: CoupangReportResponse;
  selected: string;
  onSelect: (subId: string) => void;
}

export function SubIdTable({ answer, selected, onSelect }: SubIdTableProps) {
  if (answer.bySubId.length === 0) return null;
  return (
    <div class="earnings-subids">
      <div class="panel-head">
        <h3>{t('earningsBySubId')}</h3>
        <ExportTools
          tsv={() => subIdsTsv(answer)}
          csv={() => subIdsCsv(answer)}
          fileName={`coupang-subids-${answer.from}-${answer.to}.csv`}
        />
      </div>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('earningsSubIdLabel')}</th>
            <th scope="col">{t('earningsClicks')}</th>
            <th scope="col">{t('earningsOrders')}</th>
            <th scope="col">{t('earningsConversion')}</th>
            <th scope="col">{t('earningsCommission')}</th>
            <th scope="col">{t('earningsPerClick')}</th>
          </tr>
        </thead>
        <tbody>
          {answer.bySubId.map((s) => {
            const value = s.subId ?? '-';
            const perClick = earningsPerClick(s);
            return (
              <tr key={value} class={selected === value ? 'selected' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    class="link"
                    aria-pressed={selected === value}
                    onClick={() => onSelect(selected === value ? '' : value)}
                  >
                    {s.subId ?? t('earningsNoSubId')}
                  </button>
                </th>
                <td>{count(s.clicks)}</td>
                <td>{count(s.orders)}</td>
                <td>{rate(conversion(s))}</td>
                <td>{won(s.commission)}</td>
                <td>{perClick === null ? '–' : won(perClick)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
