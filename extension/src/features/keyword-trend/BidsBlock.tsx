/**
 * What an ad costs: "1위 예상 입찰가: PC 1,230원 · 모바일 980원", and on request each position (PC 1
 * to 10, mobile 1 to 5: the vendor's ranges).
 */
import { t } from '../../platform/browser.ts';
import { count } from '../../ui/format.ts';
import { useBids } from './use-trend.ts';

export function BidsBlock({ keyword }: { keyword: string }) {
  const state = useBids(keyword);
  if (state.kind === 'loading') return <p class="bids muted">{t('bidsLoading')}</p>;
  if (state.kind === 'failed') return <p class="bids muted">{t('bidsFailed', state.problem.message)}</p>;
  const { pc, mobile } = state.value;
  const won = (value: number | undefined) => (value === undefined ? '–' : t('won', count(value)));
  return (
    <details class="bids">
      <summary>{t('bidsTop', [won(pc[0]?.bid), won(mobile[0]?.bid)])}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('bidPosition')}</th>
            <th scope="col">PC</th>
            <th scope="col">{t('mobile')}</th>
          </tr>
        </thead>
        <tbody>
          {pc.map((row, i) => (
            <tr key={row.position}>
              <th scope="row">{t('positionN', String(row.position))}</th>
              <td>{won(row.bid)}</td>
              <td>{won(mobile[i]?.bid)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="muted small">{t('bidsNote')}</p>
    </details>
  );
}
