/**
 * R22: the traffic log of a mailbox reviewed against the archive's journal
 * ("granska loggningslistan mot diariet"). Pure and linear in the rows and
 * journal entries: the journal is indexed once, each row looks itself up.
 *
 * A row is registered when the journal holds its Message-ID (a Noark 5
 * journalpost's external id, the registry mailbox's forward of the original,
 * SharePoint's Message-ID column, Arkivpost's own mark on the item), else
 * when a journal entry has the same correspondent, local date and title.
 * What is not registered is internal (every party in the organisation's
 * domains: not yet a public record), private or ephemeral where the caller
 * knows it, and otherwise external mail never registered.
 *
 * Subject hygiene: subjects in the public log that carry an identity number
 * or a special-category word are listed with those parts masked, never with
 * the number or the word itself.
 */
import { localDateIn } from '../calendar/time-zone';
import { findNationalIds } from '../ids/detect';
import { findKeywords } from '../keywords/find';
import type { TextMatch } from '../model';
import { isInternal } from '../profile/mailboxes';
import { normalizeText } from '../text/normalize';

export type TrafficDirection = 'in' | 'out';

/** One message in the traffic log (message trace or the mailbox's folders). */
export interface TrafficRow {
  /** Internet Message-ID, with or without angle brackets. */
  readonly messageId: string;
  readonly from: string;
  readonly to: readonly string[];
  /** ISO 8601 instant. */
  readonly time: string;
  readonly subject: string;
  readonly direction: TrafficDirection;
}

export type JournalSource = 'noark5' | 'registry-mailbox' | 'sharepoint' | 'mark';

/** One thing the archive registered in the period. */
export interface JournalEntry {
  readonly source: JournalSource;
  /** Its reference in the archive ("2026/123-4"), as shown to the user. */
  readonly reference: string;
  /** The external id (Message-ID) kept with it; the original's for a registry forward. */
  readonly messageId?: string | null;
  /** Correspondent's address, for matching by correspondent, date and title. */
  readonly correspondent?: string | null;
  /** The journal date, YYYY-MM-DD in the organisation's time zone. */
  readonly date?: string | null;
  readonly title?: string | null;
}

/** What the caller knows of a message's kind, by Message-ID. */
export type TrafficHint = 'ephemeral' | 'private';

export interface LogReviewInput {
  readonly rows: readonly TrafficRow[];
  readonly journal: readonly JournalEntry[];
  /** The organisation's domains (profile.domains). */
  readonly domains: readonly string[];
  readonly hints?: ReadonlyMap<string, TrafficHint>;
  /** The organisation's time zone, for the journal date. */
  readonly timeZone: string;
}

export interface RegisteredRow {
  readonly row: TrafficRow;
  readonly entry: JournalEntry;
  readonly by: 'message-id' | 'correspondent-date-title';
}

export interface HygieneRow {
  readonly row: TrafficRow;
  /** The subject with identity numbers and special-category words masked. */
  readonly maskedSubject: string;
  /** What was found (codes of core/ids and core/keywords), each once. */
  readonly codes: readonly string[];
}

export interface LogReview {
  readonly neverRegistered: readonly TrafficRow[];
  readonly registered: readonly RegisteredRow[];
  readonly internal: readonly TrafficRow[];
  readonly ephemeral: readonly TrafficRow[];
  readonly private: readonly TrafficRow[];
  readonly subjectHygiene: readonly HygieneRow[];
}

/** A Message-ID as compared: trimmed, without angle brackets. */
export function messageIdKey(id: string): string {
  const t = id.trim();
  return t.startsWith('<') && t.endsWith('>') ? t.slice(1, -1).trim() : t;
}

const REPLY_PREFIX = /^(?:(?:re|sv|vs|fw|fwd|vb|aw|antw)\s*:\s*)+/i;

/** A title as compared: reply and forward prefixes dropped, spaces collapsed, lower case. */
export function titleKey(title: string): string {
  return title.trim().replace(REPLY_PREFIX, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

function dateKey(time: string, timeZone: string): string | null {
  const ms = Date.parse(time);
  if (!Number.isFinite(ms)) return null;
  const d = localDateIn(ms, timeZone);
  return `${pad(d.y, 4)}-${pad(d.m, 2)}-${pad(d.d, 2)}`;
}

const SEP = '\u0000';

function cdtKey(address: string, date: string, title: string): string {
  return address.trim().toLowerCase() + SEP + date + SEP + titleKey(title);
}

/** The row's outside parties: the sender of what came in, the external recipients of what went out. */
function correspondents(row: TrafficRow, profile: { domains: readonly string[] }): string[] {
  if (row.direction === 'in') return [row.from];
  return row.to.filter((a) => !isInternal(a, profile));
}

/** Mask found ranges: digits of an identity number, all but the first letter of a word. */
export function maskSubject(subject: string, matches: readonly TextMatch[]): string {
  if (matches.length === 0) return subject;
  const sorted = [...matches].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const m of sorted) {
    const start = Math.max(m.start, at);
    if (m.end <= start) continue;
    out += subject.slice(at, start);
    const part = subject.slice(start, m.end);
    out +=
      m.category === 'national-id'
        ? part.replace(/[0-9]/g, '•')
        : start === m.start
          ? part.slice(0, 1) + part.slice(1).replace(/\S/g, '•')
          : part.replace(/\S/g, '•');
    at = m.end;
  }
  return out + subject.slice(at);
}

function hygiene(row: TrafficRow): HygieneRow | null {
  if (row.subject === '') return null;
  const norm = normalizeText(row.subject);
  const found = [
    ...findNationalIds(norm),
    ...findKeywords(norm).filter((m) => m.category === 'special-category'),
  ];
  if (found.length === 0) return null;
  return {
    row,
    maskedSubject: maskSubject(row.subject, found),
    codes: [...new Set(found.map((m) => m.code))],
  };
}

export function reviewLog(input: LogReviewInput): LogReview {
  const profile = { domains: input.domains };
  const byId = new Map<string, JournalEntry>();
  const byCdt = new Map<string, JournalEntry>();
  for (const e of input.journal) {
    if (e.messageId) {
      const k = messageIdKey(e.messageId);
      if (k !== '' && !byId.has(k)) byId.set(k, e);
    }
    if (e.correspondent && e.date && e.title) {
      const k = cdtKey(e.correspondent, e.date, e.title);
      if (!byCdt.has(k)) byCdt.set(k, e);
    }
  }
  const neverRegistered: TrafficRow[] = [];
  const registered: RegisteredRow[] = [];
  const internal: TrafficRow[] = [];
  const ephemeral: TrafficRow[] = [];
  const privateRows: TrafficRow[] = [];
  const subjectHygiene: HygieneRow[] = [];
  for (const row of input.rows) {
    const h = hygiene(row);
    if (h) subjectHygiene.push(h);
    const id = messageIdKey(row.messageId);
    const direct = id === '' ? undefined : byId.get(id);
    if (direct) {
      registered.push({ row, entry: direct, by: 'message-id' });
      continue;
    }
    const date = dateKey(row.time, input.timeZone);
    const outside = correspondents(row, profile);
    let matched: JournalEntry | undefined;
    if (date !== null) {
      for (const a of outside) {
        matched = byCdt.get(cdtKey(a, date, row.subject));
        if (matched) break;
      }
    }
    if (matched) {
      registered.push({ row, entry: matched, by: 'correspondent-date-title' });
      continue;
    }
    if (isInternal(row.from, profile) && row.to.every((a) => isInternal(a, profile))) {
      internal.push(row);
      continue;
    }
    const hint = id === '' ? undefined : input.hints?.get(id);
    if (hint === 'private') privateRows.push(row);
    else if (hint === 'ephemeral') ephemeral.push(row);
    else neverRegistered.push(row);
  }
  return {
    neverRegistered,
    registered,
    internal,
    ephemeral,
    private: privateRows,
    subjectHygiene,
  };
}
