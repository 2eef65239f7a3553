/**
 * The oversight page's refresh logic (src/oversight/refresher.ts, which the
 * page's hook binds to the document) with the real use cases against the
 * Graph emulator: the first read, a refresh every minute only while the page
 * is visible, at once when shown again after a while, never two at a time,
 * a quiet refresh that leaves the shown result alone, and a failed one that
 * keeps it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGraphEmulator, testToken } from '../../dev/graph';
import type { GraphEmulator } from '../../dev/graph';
import { refreshOverview, startOverview } from '../../src/app/oversight';
import type { OversightDeps } from '../../src/app/oversight';
import type { Clock } from '../../src/core/model';
import { parseProfileText } from '../../src/core/profile';
import { createGraphClient } from '../../src/services/graph/client';
import { AUTO_REFRESH_MS, OverviewRefresher } from '../../src/oversight/refresher';
import type { OverviewState, PageHost } from '../../src/oversight/refresher';

jest.setTimeout(120_000);

const POST = 'post@ha.kommune.no';
const KARI = 'kari.nordmann@ha.kommune.no';
let now = new Date('2026-03-31T12:00:00Z');
const clock: Clock = { now: () => now };
const profile = (() => {
  const r = parseProfileText(
    readFileSync(join(__dirname, '../../profiles/ha-kommune.json'), 'utf8'),
  );
  if (!r.ok) throw new Error('profile');
  return r.profile;
})();

let graph: GraphEmulator;
let token: string;

/** A page whose visibility and minute timer the test turns. */
class FakePage implements PageHost {
  shown = true;
  readonly timers = new Set<() => void>();
  private readonly listeners = new Set<() => void>();
  visible(): boolean {
    return this.shown;
  }
  onVisibility(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  every(ms: number, tick: () => void): () => void {
    expect(ms).toBe(AUTO_REFRESH_MS);
    this.timers.add(tick);
    return () => this.timers.delete(tick);
  }
  show(shown: boolean): void {
    this.shown = shown;
    for (const l of this.listeners) l();
  }
  /** A minute passes. */
  tick(): void {
    now = new Date(now.getTime() + AUTO_REFRESH_MS);
    for (const t of this.timers) t();
  }
}

function setup(): { refresher: OverviewRefresher; states: OverviewState[] } {
  const deps: OversightDeps = {
    graph: createGraphClient({
      clock,
      baseUrl: 'http://graph.emulator.invalid/graph',
      token: async () => token,
      fetch: ((input: RequestInfo | URL, init?: RequestInit) =>
        graph.fetch(String(input), init)) as typeof fetch,
      sleep: async () => undefined,
    }),
    clock,
    profile,
  };
  const states: OverviewState[] = [];
  const refresher = new OverviewRefresher(
    {
      clock,
      startOverview: () => startOverview(deps, [POST]),
      refreshOverview: (s) => refreshOverview(deps, s),
    },
    (s) => states.push(s),
  );
  return { refresher, states };
}

/** The Inbox reads since log entry `from`: first rounds and delta rounds. */
function inboxReads(from: number): string[] {
  return graph.log
    .slice(from)
    .flatMap((e): { path: string; query: string }[] => [...(e.parts ?? [e])])
    .filter((e) => e.path.includes('/mailFolders/inbox/messages'))
    .map((e) => `${e.path.replace(/^.*\/messages/, 'messages')}${e.query.slice(0, 13)}`);
}

/** Let the refresh the tick started finish. */
const settle = (r: OverviewRefresher): Promise<void> => r.refresh();

beforeEach(async () => {
  now = new Date('2026-03-31T12:00:00Z');
  token = testToken(KARI);
  graph = await createGraphEmulator({ now: () => now });
});
afterEach(() => graph.close());

function addMessage(subject: string): void {
  graph.store.addMessage(graph.store.mailbox(POST)!, {
    folder: 'inbox',
    subject,
    text: 'Hei',
    from: { name: 'Ny', address: 'ny@example.net' },
    receivedDateTime: now.getTime() - 60_000,
  });
}

describe('the page’s overview refresher', () => {
  it('reads once, then refreshes by delta every minute while visible, and not while hidden', async () => {
    const { refresher, states } = setup();
    const page = new FakePage();
    const unwatch = refresher.watch(page);
    await refresher.refresh();
    expect(refresher.state.status).toBe('idle');
    const first = refresher.state.result;
    expect(first?.loads[0]?.failure).toBeUndefined();
    const total = first?.overview.mailboxes[0]?.total ?? 0;
    expect(states.map((s) => s.status)).toEqual(['loading', 'idle']);
    expect(inboxReads(0).every((r) => r.startsWith('messages/delta?$select'))).toBe(true);

    // A minute later, with a new message: one delta request, the result replaced.
    addMessage('Ny søknad');
    let mark = graph.log.length;
    page.tick();
    await settle(refresher);
    expect(inboxReads(mark)).toEqual(['messages/delta?$deltatoken=']);
    expect(refresher.state.result?.overview.mailboxes[0]?.total).toBe(total + 1);
    expect(refresher.state.updated).toEqual(now);

    // Nothing changed: the shown result is the same object, only the time moves on.
    const shown = refresher.state.result;
    page.tick();
    await settle(refresher);
    expect(refresher.state.result).toBe(shown);
    expect(refresher.state.updated).toEqual(now);

    // Hidden: no timer, no request, however long.
    page.show(false);
    expect(page.timers.size).toBe(0);
    mark = graph.log.length;
    now = new Date(now.getTime() + 10 * AUTO_REFRESH_MS);
    expect(graph.log.length).toBe(mark);
    // Shown again after ten minutes: refreshed at once, and the timer runs again.
    addMessage('Medan sida var gøymd');
    page.show(true);
    expect(page.timers.size).toBe(1);
    await settle(refresher);
    expect(inboxReads(mark)).toEqual(['messages/delta?$deltatoken=']);
    expect(refresher.state.result?.overview.mailboxes[0]?.total).toBe(total + 2);
    // Hidden and shown again within the minute: nothing asked.
    mark = graph.log.length;
    page.show(false);
    page.show(true);
    expect(graph.log.length).toBe(mark);

    unwatch();
    expect(page.timers.size).toBe(0);
  });

  it('never runs two reads at once: the timer, a click and the refresh after a reassignment join', async () => {
    const { refresher } = setup();
    const page = new FakePage();
    refresher.watch(page);
    await refresher.refresh();
    addMessage('Ny søknad');
    const mark = graph.log.length;
    const click = refresher.refresh();
    page.tick();
    const again = refresher.refresh();
    expect(again).toBe(click);
    await click;
    expect(inboxReads(mark)).toEqual(['messages/delta?$deltatoken=']);
  });

  it('keeps what it shows when a refresh fails, says so, and recovers on the next', async () => {
    const { refresher } = setup();
    const page = new FakePage();
    refresher.watch(page);
    await refresher.refresh();
    const shown = refresher.state.result;
    const updated = refresher.state.updated;
    token = 'nonsense';
    page.tick();
    await settle(refresher);
    expect(refresher.state.error).toMatchObject({ name: 'OverviewRefreshFailed' });
    expect(refresher.state.result).toBe(shown);
    expect(refresher.state.updated).toBe(updated);
    token = testToken(KARI);
    addMessage('Ny søknad');
    page.tick();
    await settle(refresher);
    expect(refresher.state.error).toBeNull();
    expect(refresher.state.result?.overview.mailboxes[0]?.total).toBe(
      (shown?.overview.mailboxes[0]?.total ?? 0) + 1,
    );
  });
});
