/**
 * When to run the compose check while the user writes: after a quiet moment
 * (debounced), never two at once, and once more when something changed while
 * a check was running. No React and no Office here, so it is tested with fake
 * timers.
 */

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const defaultTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface RecheckOptions<T> {
  readonly run: () => Promise<T>;
  readonly onStart: () => void;
  readonly onResult: (result: T) => void;
  readonly onError: (error: unknown) => void;
  /** Quiet time after the last change before checking. */
  readonly delayMs: number;
  readonly timers?: Timers;
}

export interface RequestOptions {
  /** Check now instead of after the quiet time (first load, the user asked, after an edit). */
  readonly immediate?: boolean;
  /**
   * The pane itself just changed the message: a check already running read
   * the old message, so its result is dropped rather than shown.
   */
  readonly invalidate?: boolean;
}

export interface Rechecker {
  request(options?: RequestOptions): void;
  /** Stop: no further checks, and results still on their way are dropped. */
  dispose(): void;
}

export function createRechecker<T>(options: RecheckOptions<T>): Rechecker {
  const timers = options.timers ?? defaultTimers;
  let timer: unknown = null;
  let running = false;
  let again = false;
  let generation = 0;
  let disposed = false;

  const start = (): void => {
    if (disposed) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    again = false;
    const mine = generation;
    options.onStart();
    const settle = (deliver: () => void): void => {
      running = false;
      if (disposed) return;
      if (mine === generation) deliver();
      if (again || mine !== generation) start();
    };
    options.run().then(
      (result) => settle(() => options.onResult(result)),
      (error: unknown) => settle(() => options.onError(error)),
    );
  };

  return {
    request(opts = {}) {
      if (disposed) return;
      if (opts.invalidate) generation++;
      if (timer !== null) {
        timers.clearTimeout(timer);
        timer = null;
      }
      if (opts.immediate) {
        start();
        return;
      }
      timer = timers.setTimeout(() => {
        timer = null;
        start();
      }, options.delayMs);
    },
    dispose() {
      disposed = true;
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
    },
  };
}
