import type { Clock } from '../core/model';

/** What the command line reads and writes: given by its entry point, or by a test. */
export interface Io {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly readStdin: () => Promise<Uint8Array>;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The one source of time (oversight: today, overdue, the trace's 90 days). */
  readonly clock: Clock;
}
