/**
 * Monthly estimated searches as lines on one scale: PC and mobile for one keyword, or the totals of
 * up to five keywords compared. SVG with the shared tokens' colours (so dark mode follows), an
 * exact tooltip on hover or with the arrow keys, and round Korean or English units on the axis.
 */
import { useState } from 'preact/hooks';
import { t } from '../../platform/browser.ts';
import { compact, count } from '../keyword-metrics/format.ts';
import { labelledMonths, linePath, nearestIndex, niceMax, xAt, yAt, type Frame } from './chart-geometry.ts';

export interface ChartSeries {
  name: string;
  values: readonly number[];
}

const FRAME: Frame = { width: 340, height: 170, left: 40, right: 8, top: 10, bottom: 22 };

export function TrendChart({
  months,
  series,
  label,
}: {
  months: readonly string[];
  series: readonly ChartSeries[];
  label: string;
}) {
  const [active, setActive] = useState<number | null>(null);
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
  const ticks = [0, max / 2, max];
  const move = (event: PointerEvent) => {
    const svg = event.currentTarget as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    const x = ((event.clientX - box.left) / box.width) * FRAME.width;
    setActive(nearestIndex(FRAME, x, months.length));
  };
  const key = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const step = event.key === 'ArrowLeft' ? -1 : 1;
    setActive((current) => Math.min(months.length - 1, Math.max(0, (current ?? months.length - 1) + step)));
  };
  const at = active === null ? null : xAt(FRAME, active, months.length);
  return (
    <div class="trend-chart">
      <svg
        viewBox={`0 0 ${FRAME.width} ${FRAME.height}`}
        role="img"
        aria-label={label}
        tabIndex={0}
        onPointerMove={move}
        onPointerLeave={() => setActive(null)}
        onKeyDown={key}
        onBlur={() => setActive(null)}
      >
        {ticks.map((tick) => (
          <g key={tick} class="tick">
            <line
              x1={FRAME.left}
              x2={FRAME.width - FRAME.right}
              y1={yAt(FRAME, tick, max)}
              y2={yAt(FRAME, tick, max)}
            />
            <text x={FRAME.left - 4} y={yAt(FRAME, tick, max) + 3} text-anchor="end">
              {compact(tick)}
            </text>
          </g>
        ))}
        {labelledMonths(months).map((i) => (
          <text
            key={months[i]}
            class="month"
            x={xAt(FRAME, i, months.length)}
            y={FRAME.height - 6}
            text-anchor="middle"
          >
            {`${months[i]!.slice(2, 4)}.${months[i]!.slice(5, 7)}`}
          </text>
        ))}
        {series.map((s, i) => (
          <path key={s.name} class={`line series-${i}`} d={linePath(FRAME, s.values, max)} />
        ))}
        {at !== null && <line class="cursor" x1={at} x2={at} y1={FRAME.top} y2={FRAME.height - FRAME.bottom} />}
      </svg>
      <ul class="legend">
        {series.map((s, i) => (
          <li key={s.name} class={`series-${i}`}>
            {s.name}
          </li>
        ))}
      </ul>
      {active !== null && (
        <div class="chart-tip" role="status">
          <strong>{t('monthLabel', [months[active]!.slice(0, 4), String(Number(months[active]!.slice(5, 7)))])}</strong>
          {series.map((s, i) => (
            <span key={s.name} class={`series-${i}`}>
              {s.name} {count(s.values[active])}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
