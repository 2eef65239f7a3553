/**
 * The log review as a file: CSV the way Nordic Excel opens it (UTF-8 with a
 * byte order mark, semicolons, local dates, headings in the user's
 * language) and the same as JSON for scripts. Subjects that carry an
 * identity number or a special-category word are written masked, as the
 * review lists them. Linear in the rows.
 */
import { formatInstant } from '../calendar/format';
import { createTranslator } from '../i18n/types';
import type { Lang } from '../model';
import { logExportMessages } from './export-messages';
import type { LogReview, TrafficRow } from './log-review';

/** Where the traffic log came from: Exchange's message trace, or the mailbox's own folders. */
export type TrafficSource = 'message-trace' | 'folders';

export type RowStatus = 'neverRegistered' | 'registered' | 'internal' | 'ephemeral' | 'private';

const t = createTranslator(logExportMessages);

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[;"\r\n]/;
const FORMULA = /^[=+\-@]/;

/** One CSV cell: a leading formula character defused, quoted when it holds ; " or a line break. */
export function csvCell(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

interface ExportRow {
  readonly row: TrafficRow;
  readonly status: RowStatus;
  readonly reference: string;
}

/** Every row once, in the log's order within each list: never registered first. */
function exportRows(review: LogReview): ExportRow[] {
  const out: ExportRow[] = [];
  for (const row of review.neverRegistered)
    out.push({ row, status: 'neverRegistered', reference: '' });
  for (const r of review.registered)
    out.push({ row: r.row, status: 'registered', reference: r.entry.reference });
  for (const row of review.internal) out.push({ row, status: 'internal', reference: '' });
  for (const row of review.ephemeral) out.push({ row, status: 'ephemeral', reference: '' });
  for (const row of review.private) out.push({ row, status: 'private', reference: '' });
  return out;
}

/** The subject as the review may show it: masked where hygiene found something. */
function subjects(review: LogReview): (row: TrafficRow) => string {
  const masked = new Map<TrafficRow, string>();
  for (const h of review.subjectHygiene) masked.set(h.row, h.maskedSubject);
  return (row) => masked.get(row) ?? row.subject;
}

export function logReviewCsv(review: LogReview, lang: Lang, timeZone: string): string {
  const subject = subjects(review);
  const lines: string[] = [
    (
      [
        'col.time',
        'col.from',
        'col.to',
        'col.subject',
        'col.messageId',
        'col.status',
        'col.reference',
      ] as const
    )
      .map((k) => csvCell(t(lang, k)))
      .join(';'),
  ];
  for (const { row, status, reference } of exportRows(review)) {
    lines.push(
      [
        formatInstant(row.time, lang, timeZone) ?? '',
        row.from,
        row.to.join(', '),
        subject(row),
        row.messageId,
        t(lang, `status.${status}`),
        reference,
      ]
        .map(csvCell)
        .join(';'),
    );
  }
  return BOM + lines.join('\r\n') + '\r\n';
}

export interface LogReviewJson {
  readonly source: TrafficSource;
  readonly rows: number;
  readonly neverRegistered: ReadonlyArray<{
    readonly messageId: string;
    readonly from: string;
    readonly to: readonly string[];
    readonly time: string;
    readonly subject: string;
  }>;
  readonly subjectHygiene: number;
}

/** The command line's `--json` answer; times stay ISO 8601 for machines. */
export function logReviewJson(review: LogReview, source: TrafficSource): LogReviewJson {
  const subject = subjects(review);
  return {
    source,
    rows:
      review.neverRegistered.length +
      review.registered.length +
      review.internal.length +
      review.ephemeral.length +
      review.private.length,
    neverRegistered: review.neverRegistered.map((r) => ({
      messageId: r.messageId,
      from: r.from,
      to: r.to,
      time: r.time,
      subject: subject(r),
    })),
    subjectHygiene: review.subjectHygiene.length,
  };
}
