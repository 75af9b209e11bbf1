/**
 * Lines on one scale: monthly searches (PC and mobile, or keywords compared) or daily earnings.
 * SVG with the shared tokens' colours (so dark mode follows), an exact tooltip on hover or with
 * the arrow keys, and round Korean or English units on the axis.
 */
import { useState } from 'preact/hooks';
import { compact, count } from '../format.ts';
import { linePath, nearestIndex, niceMax, niceMin, xAt, yAt, type Frame } from './geometry.ts';

export interface ChartSeries {
  name: string;
  values: readonly number[];
}

export interface LineChartProps {
  /** What each point is, in words, for the tooltip ("2026년 3월", "11월 28일 (토)"). */
  points: readonly string[];
  /** The points labelled under the axis, and their short label. */
  axis: ReadonlyArray<{ index: number; text: string }>;
  series: readonly ChartSeries[];
  /** What the chart shows, for screen readers. */
  label: string;
  /** A value in the tooltip (an exact count by default). */
  exact?: (value: number) => string;
  /** A value on the axis (a round figure in Korean or English units by default). */
  tick?: (value: number) => string;
}

const FRAME: Frame = { width: 340, height: 170, left: 40, right: 8, top: 10, bottom: 22 };

export function LineChart({ points, axis, series, label, exact = count, tick = compact }: LineChartProps) {
  const [active, setActive] = useState<number | null>(null);
  const values = series.flatMap((s) => s.values);
  const max = niceMax(Math.max(0, ...values));
  const min = niceMin(Math.min(0, ...values));
  // The lower bound gets a label only when it is far enough below zero not to overlap it.
  const ticks = min < 0 && -min / (max - min) >= 0.15 ? [min, 0, max / 2, max] : [0, max / 2, max];
  const move = (event: PointerEvent) => {
    const svg = event.currentTarget as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    const x = ((event.clientX - box.left) / box.width) * FRAME.width;
    setActive(nearestIndex(FRAME, x, points.length));
  };
  const key = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const step = event.key === 'ArrowLeft' ? -1 : 1;
    setActive((current) => Math.min(points.length - 1, Math.max(0, (current ?? points.length - 1) + step)));
  };
  const at = active === null ? null : xAt(FRAME, active, points.length);
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
        {ticks.map((value) => (
          <g key={value} class="tick">
            <line
              x1={FRAME.left}
              x2={FRAME.width - FRAME.right}
              y1={yAt(FRAME, value, max, min)}
              y2={yAt(FRAME, value, max, min)}
            />
            <text x={FRAME.left - 4} y={yAt(FRAME, value, max, min) + 3} text-anchor="end">
              {value < 0 ? `-${tick(-value)}` : tick(value)}
            </text>
          </g>
        ))}
        {axis.map(({ index, text }) => (
          <text
            key={index}
            class="month"
            x={xAt(FRAME, index, points.length)}
            y={FRAME.height - 6}
            text-anchor="middle"
          >
            {text}
          </text>
        ))}
        {series.map((s, i) => (
          <path key={s.name} class={`line series-${i}`} d={linePath(FRAME, s.values, max, min)} />
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
          <strong>{points[active]}</strong>
          {series.map((s, i) => (
            <span key={s.name} class={`series-${i}`}>
              {s.name} {exact(s.values[active] ?? 0)}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
