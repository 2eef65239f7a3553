// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';
import type { ChartDay } from '../app/oversight';
import { formatDate } from '../core/calendar/format';
import { parseLocalDate } from '../core/calendar';
import type { Lang } from '../core/model';
import { chartSummary, chartSeries, SERIES } from './chart';
import { tov } from './messages';
import { useOversightStyles } from './Oversight.styles';

const DASH = { received: '', answeredInTime: '6 3', overdue: '2 3', archived: '10 3 2 3' } as const;

const W = 600;
const H = 200;
const PAD = 24;

/**
 * Received, answered in time, overdue and archived per day: a small SVG
 * (role img, its figures in the label) and the same figures as a table.
 */
export function DailyChart({
  lang,
  days,
}: {
  lang: Lang;
  days: readonly ChartDay[];
}): React.JSX.Element {
  const s = useOversightStyles();
  const id = React.useId();
  const day = (d: string): string => {
    const local = parseLocalDate(d);
    return local ? formatDate(local, lang) : d;
  };
  const sum = chartSummary(days);
  const label = tov(lang, 'ov.chart.summary', {
    from: days[0] ? day(days[0].day) : '',
    to: days.length > 0 ? day(days[days.length - 1]?.day ?? '') : '',
    received: sum.received,
    answered: sum.answeredInTime,
    overdue: sum.overdue,
    archived: sum.archived,
    peak: sum.peak,
  });
  const series = chartSeries(days, { width: W, height: H, pad: PAD });
  return (
    <section className={s.section} aria-labelledby={id}>
      <h2 id={id} className={s.subtitle}>
        {tov(lang, 'ov.chart.heading', { days: days.length })}
      </h2>
      <svg
        className={s.chart}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={label}
        data-chart=""
      >
        <line x1={PAD} y1={H - PAD} x2={W - PAD} y2={H - PAD} className={s.axis} />
        <line x1={PAD} y1={PAD} x2={PAD} y2={H - PAD} className={s.axis} />
        <text x={2} y={PAD + 4} className={s.axisText}>
          {series.max}
        </text>
        {SERIES.map((k) => (
          <polyline
            key={k}
            points={series.points[k]}
            fill="none"
            strokeWidth={2}
            strokeDasharray={DASH[k] || undefined}
            className={s[k]}
          />
        ))}
      </svg>
      <ul className={s.legend}>
        {SERIES.map((k) => (
          <li key={k}>
            <span className={`${s.swatch} ${s[k]}`} aria-hidden="true" />
            {tov(lang, `ov.chart.${k}`)}
          </li>
        ))}
      </ul>
      <details>
        <summary>{tov(lang, 'ov.chart.show-table')}</summary>
        <table className={s.table}>
          <caption>{tov(lang, 'ov.chart.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{tov(lang, 'ov.chart.day')}</th>
              {SERIES.map((k) => (
                <th scope="col" key={k}>
                  {tov(lang, `ov.chart.${k}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day}>
                <th scope="row">{day(d.day)}</th>
                {SERIES.map((k) => (
                  <td key={k}>{d[k]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
