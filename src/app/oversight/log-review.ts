/**
 * R22: a mailbox's traffic log for a period, reviewed against the archive's
 * journal. The log from Exchange's message trace through the application's
 * Graph client when there is one (ExchangeMessageTrace.Read.All), else —
 * and when the trace refuses (more than 90 days back, forbidden, a period
 * that has not begun) — from the mailbox's own folders, which miss what was
 * deleted for good: the result says which and why. The journal: the
 * profile's archive through the connector (each Message-ID asked once),
 * plus Arkivpost's own mark on the items (archived), whose class also tells
 * ephemeral and private mail apart.
 */
import { checkPeriod } from '../../core/oversight/period';
import type { PeriodProblem } from '../../core/oversight/period';
import { reviewLog } from '../../core/oversight/log-review';
import type { JournalSource, LogReview, TrafficRow } from '../../core/oversight/log-review';
import type { TrafficSource } from '../../core/oversight/export';
import type { ArchiveConnector } from '../../core/ports';
import type { GraphClient } from '../../services/graph/client';
import { GraphFailure } from '../../services/graph/errors';
import { journalByMessageId } from '../../services/oversight/journal-lookup';
import { readMarks } from '../../services/oversight/marks';
import { readRegistryForwards } from '../../services/oversight/registry-forwards';
import {
  readFolders,
  readMessageTrace,
  TraceRefused,
} from '../../services/oversight/message-trace';
import type { Period, TraceRefusal } from '../../services/oversight/message-trace';
import type { OversightDeps } from './deps';

export type { TraceRefusal } from '../../services/oversight/message-trace';

export interface LogReviewRequest {
  readonly mailbox: string;
  /** YYYY-MM-DD, the organisation's local day. */
  readonly from: string;
  /** YYYY-MM-DD, inclusive. */
  readonly to: string;
}

/**
 * Why the folders were read: the trace refused the period ('too-old',
 * 'empty-period'), Graph refused the application ('forbidden'), or there
 * was no application client to ask ('no-client').
 */
export type TraceUnavailable = TraceRefusal | 'forbidden' | 'no-client';

export interface LogReviewResult {
  readonly source: TrafficSource;
  /** Set when the source is the folders. */
  readonly traceRefusal?: TraceUnavailable;
  readonly review: LogReview;
  /** Rows in the traffic log. */
  readonly rows: number;
  /** The journal's sources asked: the archive's kind, and 'mark'. */
  readonly journalSources: readonly JournalSource[];
  /** The instants the period spans (first and last). */
  readonly period: { readonly start: string; readonly end: string };
}

export interface LogReviewDeps extends OversightDeps {
  /** Graph with application permission ExchangeMessageTrace.Read.All, for the trace. */
  readonly traceGraph?: GraphClient;
  /** The profile's archive; null when it names none. */
  readonly connector: ArchiveConnector | null;
  /**
   * Without a signed-in user (the command line) the registry connector
   * cannot look in the user's own Sent Items: with a registry-mailbox
   * archive, the forwarders (the function mailbox's access group) whose
   * Sent Items are read instead, and the registry mailbox they forward to.
   */
  readonly registryForwards?: { readonly forwarders: readonly string[]; readonly registry: string };
}

/** The request's period is not one the review takes. */
export class PeriodError extends Error {
  constructor(readonly problem: PeriodProblem) {
    super(`log review period: ${problem}`);
    this.name = 'PeriodError';
  }
}

async function trafficLog(
  deps: LogReviewDeps,
  mailbox: string,
  period: Period,
): Promise<{ source: TrafficSource; rows: TrafficRow[]; refusal?: TraceUnavailable }> {
  let refusal: TraceUnavailable = 'no-client';
  if (deps.traceGraph) {
    try {
      const rows = await readMessageTrace(deps.traceGraph, deps.clock, mailbox, period);
      return { source: 'message-trace', rows };
    } catch (e) {
      if (e instanceof TraceRefused) refusal = e.reason;
      else if (e instanceof GraphFailure && e.kind === 'forbidden') refusal = 'forbidden';
      else throw e;
    }
  }
  return { source: 'folders', rows: await readFolders(deps.graph, mailbox, period), refusal };
}

export async function runLogReview(
  deps: LogReviewDeps,
  req: LogReviewRequest,
): Promise<LogReviewResult> {
  const { timeZone, domains } = deps.profile;
  const checked = checkPeriod(req.from, req.to, timeZone);
  if (!checked.ok) throw new PeriodError(checked.problem);
  const period: Period = { from: checked.start, to: checked.end };
  const mailbox = req.mailbox.trim();
  const log = await trafficLog(deps, mailbox, period);
  const marks = await readMarks(deps.graph, mailbox, period);
  const archived = deps.registryForwards
    ? await readRegistryForwards(
        deps.graph,
        deps.registryForwards.forwarders,
        deps.registryForwards.registry,
        period.from,
      )
    : deps.connector
      ? await journalByMessageId(deps.connector, log.rows)
      : [];
  const review = reviewLog({
    rows: log.rows,
    journal: [...archived, ...marks.journal],
    domains,
    hints: marks.hints,
    timeZone,
  });
  return {
    source: log.source,
    ...(log.source === 'folders' && log.refusal ? { traceRefusal: log.refusal } : {}),
    review,
    rows: log.rows.length,
    journalSources: [
      ...(deps.registryForwards
        ? (['registry-mailbox'] as const)
        : deps.connector
          ? [deps.connector.kind]
          : []),
      'mark',
    ],
    period: { start: checked.start.toISOString(), end: checked.end.toISOString() },
  };
}
