/**
 * The overview the page shows, kept up to date (React-free; the page's hook
 * useOverviewSession binds it to the document): read once
 * (`startOverview`), then refreshed by delta (`refreshOverview`) on the
 * Refresh button, after a reassignment, and every minute while the page is
 * visible.
 *
 * - One read at a time: a refresh asked while one runs joins it (a double
 *   click, the timer firing during a click's refresh).
 * - A refresh that changed nothing keeps the shown result as it was (the
 *   tabs do not compute again); only its time moves on.
 * - A failed refresh keeps what is shown and says so.
 * - Hidden, the page asks nothing; shown again after a minute or more, it
 *   refreshes at once.
 */
import type { OverviewResult, OverviewSession } from '../app/oversight';
import type { OversightPorts } from './ports';

/** How often the page refreshes itself while it is visible. */
export const AUTO_REFRESH_MS = 60_000;

export interface OverviewState {
  /** What the tabs show; null until the first read is done. */
  readonly result: OverviewResult | null;
  /** When `result` was last brought up to date. */
  readonly updated: Date | null;
  readonly status: 'idle' | 'loading' | 'refreshing';
  /** The last read's failure (the first read's, or a refresh's); null after a good one. */
  readonly error: unknown;
}

export const INITIAL: OverviewState = { result: null, updated: null, status: 'idle', error: null };

/** The page's surroundings: whether it is seen, and a timer. */
export interface PageHost {
  visible(): boolean;
  /** Calls `listener` when the page is shown or hidden; returns how to stop. */
  onVisibility(listener: () => void): () => void;
  /** Calls `tick` every `ms`; returns how to stop. */
  every(ms: number, tick: () => void): () => void;
}

/** The browser's document and timers. */
export function documentHost(doc: Document): PageHost {
  return {
    visible: () => doc.visibilityState === 'visible',
    onVisibility: (listener) => {
      doc.addEventListener('visibilitychange', listener);
      return () => doc.removeEventListener('visibilitychange', listener);
    },
    every: (ms, tick) => {
      const id = setInterval(tick, ms);
      return () => clearInterval(id);
    },
  };
}

export class OverviewRefresher {
  private session: OverviewSession | null = null;
  private running: Promise<void> | null = null;
  /** When the last good read ended (the page's clock). */
  private last: number | null = null;
  private current: OverviewState = INITIAL;

  constructor(
    private readonly ports: Pick<OversightPorts, 'startOverview' | 'refreshOverview' | 'clock'>,
    private readonly onState: (state: OverviewState) => void,
  ) {}

  get state(): OverviewState {
    return this.current;
  }

  private set(next: OverviewState): void {
    this.current = next;
    this.onState(next);
  }

  /** The first read, or a refresh once there is a session; joins one that runs. */
  refresh(): Promise<void> {
    if (this.running) return this.running;
    this.running = this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(): Promise<void> {
    const before = this.session;
    this.set({ ...this.current, status: before === null ? 'loading' : 'refreshing' });
    try {
      if (before === null) {
        const fresh = await this.ports.startOverview();
        this.session = fresh;
        this.last = this.ports.clock.now().getTime();
        this.set({ result: fresh, updated: fresh.updated, status: 'idle', error: null });
      } else {
        const r = await this.ports.refreshOverview(before);
        this.session = r.session;
        this.last = this.ports.clock.now().getTime();
        const shown = this.current.result;
        this.set({
          result: r.changed || shown === null ? r.session : shown,
          updated: r.session.updated,
          status: 'idle',
          error: null,
        });
      }
    } catch (error) {
      this.set({ ...this.current, status: 'idle', error });
    }
  }

  /** Refresh every AUTO_REFRESH_MS while the page is visible; returns how to stop. */
  watch(host: PageHost): () => void {
    let timer: (() => void) | null = null;
    const arm = (): void => {
      if (host.visible()) {
        if (timer !== null) return;
        timer = host.every(AUTO_REFRESH_MS, () => void this.refresh());
        const at = this.last;
        if (at !== null && this.ports.clock.now().getTime() - at >= AUTO_REFRESH_MS) {
          void this.refresh();
        }
      } else if (timer !== null) {
        timer();
        timer = null;
      }
    };
    arm();
    const unlisten = host.onVisibility(arm);
    return () => {
      unlisten();
      if (timer !== null) timer();
      timer = null;
    };
  }
}
