/** The chart's geometry and its figures in words: pure, for DailyChart. */
import type { ChartDay } from '../core/oversight/chart';

export const SERIES = ['received', 'answeredInTime', 'overdue', 'archived'] as const;
export type Series = (typeof SERIES)[number];

export interface ChartSummary {
  readonly received: number;
  readonly answeredInTime: number;
  readonly overdue: number;
  readonly archived: number;
  /** The most received on one day. */
  readonly peak: number;
}

export function chartSummary(days: readonly ChartDay[]): ChartSummary {
  let received = 0;
  let answeredInTime = 0;
  let overdue = 0;
  let archived = 0;
  let peak = 0;
  for (const d of days) {
    received += d.received;
    answeredInTime += d.answeredInTime;
    overdue += d.overdue;
    archived += d.archived;
    peak = Math.max(peak, d.received);
  }
  return { received, answeredInTime, overdue, archived, peak };
}

/** Each series as an SVG polyline's points, scaled to the box; `max` is the top of the scale. */
export function chartSeries(
  days: readonly ChartDay[],
  box: { readonly width: number; readonly height: number; readonly pad: number },
): { readonly max: number; readonly points: Record<Series, string> } {
  let max = 1;
  for (const d of days) for (const k of SERIES) max = Math.max(max, d[k]);
  const step = days.length > 1 ? (box.width - 2 * box.pad) / (days.length - 1) : 0;
  const y = (v: number): number => box.height - box.pad - (v / max) * (box.height - 2 * box.pad);
  const points = {} as Record<Series, string>;
  for (const k of SERIES) {
    points[k] = days
      .map((d, i) => `${(box.pad + i * step).toFixed(1)},${y(d[k]).toFixed(1)}`)
      .join(' ');
  }
  return { max, points };
}
