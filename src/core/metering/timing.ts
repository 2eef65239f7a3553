/**
 * A check's time: one meter for the whole check that stops work at its
 * deadline, and a meter per attachment with its share of the time left, so
 * one slow file cannot use up the time of the files after it. Shared by the
 * send check and the read pane's classification.
 */
import type { Clock } from '../model';
import { Meter } from './meter';

export interface TimingOptions {
  /** With a clock, work is abandoned this many milliseconds after the check started. */
  readonly budgetMs?: number;
  readonly clock?: Clock;
  /** The time (ms on `clock`) by which the check must be done, instead of `budgetMs`. */
  readonly deadline?: number;
  /** Counts the check's work when there is no clock (steps, for tests). */
  readonly meter?: Meter;
}

export interface Timing {
  /** The whole check's meter: counts every step, and stops work at the deadline. */
  readonly meter: Meter;
  /** A meter for one of `left` attachments still to inspect: its share of the time left. */
  readonly share: (left: number) => Meter;
}

export function timingOf(options: TimingOptions): Timing {
  const clock = options.clock;
  const start = clock?.now().getTime();
  const deadline =
    options.deadline ??
    (start !== undefined && options.budgetMs !== undefined ? start + options.budgetMs : undefined);
  if (clock === undefined || deadline === undefined) {
    const meter = options.meter ?? new Meter();
    return { meter, share: () => meter };
  }
  const now = (): number => clock.now().getTime();
  return {
    meter: new Meter({ now, deadline }),
    share: (left) => {
      const t = now();
      // Once the check's time is up, no attachment starts: its share is already over.
      const end = deadline > t ? t + (deadline - t) / Math.max(1, left) : t - 1;
      return new Meter({ now, deadline: end });
    },
  };
}
