/**
 * R21: the overview of function mailboxes. Every mailbox's Inbox read in
 * one `$batch` round per page (services/oversight `readMailboxes`); when
 * that fails for one mailbox (403: the user has no access to it, 404: it is
 * gone), each mailbox is read on its own, so the others still show and the
 * one that failed says why in its `failure`.
 */
import { dailyChart } from '../../core/oversight/chart';
import type { ChartDay } from '../../core/oversight/chart';
import { overview } from '../../core/oversight';
import type { Overview, OverviewItem } from '../../core/oversight';
import { GraphFailure } from '../../services/graph/errors';
import { readMailboxes } from '../../services/oversight';
import type { OversightDeps } from './deps';
import { calendarOf } from './deps';

export interface MailboxLoad {
  readonly address: string;
  /** The Inbox's messages (empty when the mailbox failed). */
  readonly items: OverviewItem[];
  /** Why the mailbox could not be read (a GraphFailure, usually); absent when it was. */
  readonly failure?: unknown;
  /**
   * True when a refresh failed for this mailbox but its items of the last
   * read are kept and counted (a passing fault, not a refusal of access).
   */
  readonly stale?: boolean;
}

export interface OverviewResult {
  /** The mailboxes that were read, in the order asked. */
  readonly overview: Overview;
  /** Every mailbox asked for, in that order, with its items or its failure. */
  readonly loads: MailboxLoad[];
  /** The last 30 days across the mailboxes read. */
  readonly chart: ChartDay[];
}

/** A failure that is not the mailbox's own: the sign-in, the network. Nothing would read. */
export function affectsAll(e: GraphFailure): boolean {
  return e.kind === 'auth' || e.kind === 'network' || e.kind === 'timeout';
}

async function readEach(deps: OversightDeps, mailboxes: readonly string[]): Promise<MailboxLoad[]> {
  const loads: MailboxLoad[] = [];
  for (const address of mailboxes) {
    try {
      const [r] = await readMailboxes(deps.graph, [address]);
      loads.push({ address, items: r?.items ?? [] });
    } catch (e) {
      if (!(e instanceof GraphFailure) || affectsAll(e)) throw e;
      loads.push({ address, items: [], failure: e });
    }
  }
  return loads;
}

/** The mailboxes asked, each once (as Exchange compares addresses), in the order given. */
export function uniqueMailboxes(mailboxes: readonly string[]): string[] {
  return [...new Map(mailboxes.map((m) => [m.trim().toLowerCase(), m.trim()])).values()];
}

export async function loadOverview(
  deps: OversightDeps,
  mailboxes: readonly string[],
): Promise<OverviewResult> {
  const unique = uniqueMailboxes(mailboxes);
  let loads: MailboxLoad[];
  try {
    const read = await readMailboxes(deps.graph, unique);
    loads = read.map((r) => ({ address: r.address, items: r.items }));
  } catch (e) {
    if (!(e instanceof GraphFailure) || affectsAll(e)) throw e;
    loads =
      unique.length === 1
        ? [{ address: unique[0] as string, items: [], failure: e }]
        : await readEach(deps, unique);
  }
  return overviewOf(deps, loads);
}

/** The overview and the chart of the mailboxes whose items are shown (read, or kept when stale). */
export function overviewOf(deps: OversightDeps, loads: MailboxLoad[]): OverviewResult {
  const now = deps.clock.now();
  const { timeZone } = deps.profile;
  const read = loads.filter((l) => l.failure === undefined || l.stale === true);
  return {
    overview: overview(read, { now, timeZone, calendar: calendarOf(deps.profile) }),
    loads,
    chart: dailyChart(
      (function* () {
        for (const l of read) yield* l.items;
      })(),
      { now, timeZone },
    ),
  };
}
