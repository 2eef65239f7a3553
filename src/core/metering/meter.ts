/**
 * Work metering for every reader of untrusted input (text scan, MIME, HTML,
 * OOXML/ZIP, PDF, alert rendering, profile validation).
 *
 * Each reader calls `tick(n)` for the units of work it does (bytes or
 * characters looked at, tokens made, entries walked). Two things follow:
 *
 * - Tests prove linearity by counting steps, not by timing: the steps for an
 *   input of n units stay under a constant times n, whatever the input.
 * - The send check can abandon work: with a clock and a deadline the meter
 *   looks at the clock every `checkEvery` steps and throws `OutOfTime`, so a
 *   synchronous reader hands control back long before Outlook's own limit.
 *   The caller turns that into a visible "not inspected" warning.
 *
 * Core has no clock of its own: time comes in as `now`.
 */
export class OutOfTime extends Error {
  constructor() {
    super('out of time');
    this.name = 'OutOfTime';
  }
}

export interface MeterOptions {
  /** Milliseconds since some origin (Date.now in production, a fake in tests). */
  readonly now?: () => number;
  /** When `now()` passes this, the next clock check throws OutOfTime. */
  readonly deadline?: number;
  /** Steps between clock checks (default 16,384). */
  readonly checkEvery?: number;
}

const DEFAULT_CHECK_EVERY = 16_384;

export class Meter {
  /** Units of work done so far, over every reader that shared this meter. */
  steps = 0;
  private nextCheck: number;
  private readonly every: number;

  constructor(private readonly options: MeterOptions = {}) {
    this.every = Math.max(1, options.checkEvery ?? DEFAULT_CHECK_EVERY);
    this.nextCheck = this.every;
  }

  /** Count `n` units of work; may throw OutOfTime when a deadline is set. */
  tick(n = 1): void {
    this.steps += n;
    if (this.steps >= this.nextCheck) {
      this.nextCheck = this.steps + this.every;
      this.check();
    }
  }

  /** Throw OutOfTime now if the deadline has passed. */
  check(): void {
    if (this.expired) throw new OutOfTime();
  }

  /** True once the deadline (if any) has passed. Never throws. */
  get expired(): boolean {
    const { now, deadline } = this.options;
    return now !== undefined && deadline !== undefined && now() > deadline;
  }

  /** Milliseconds left before the deadline; Infinity without one. */
  get remainingMs(): number {
    const { now, deadline } = this.options;
    if (now === undefined || deadline === undefined) return Infinity;
    return deadline - now();
  }

  /** A meter for a sub-task: shares the clock, with an earlier deadline if given. */
  child(deadline?: number): Meter {
    const own = this.options.deadline;
    const d = deadline === undefined ? own : own === undefined ? deadline : Math.min(own, deadline);
    return new Meter({
      ...(this.options.now ? { now: this.options.now } : {}),
      ...(d !== undefined ? { deadline: d } : {}),
      checkEvery: this.every,
    });
  }
}

/** A meter that only counts (no clock): for callers without a deadline. */
export function unmetered(): Meter {
  return new Meter();
}
