/**
 * Sentences for the reader (in THEIR language, unlike categories): status
 * names, what another user changed, why an action was refused.
 */
import { classifyMessages } from '../classify/messages';
import { formatDate as formatCalendarDate, formatInstant, formatTime } from '../calendar/format';
import { localDateTimeIn } from '../calendar/time-zone';
import type { LocalDateTime } from '../calendar/time-zone';
import { parseLocalDate } from '../calendar/local-date';
import { format } from '../i18n/types';
import type { Lang } from '../model';
import type { StateChange } from './conflict';
import { stateMessages } from './messages';
import type { StateMessageKey } from './messages';
import type { NoticeCode, Refusal } from './transitions';
import type { HoldReason, ItemState, Stamp, StateField, Status } from './types';
import { displayName } from './values';

function text(lang: Lang, key: StateMessageKey, params?: Record<string, string>): string {
  return format(stateMessages[lang][key], params);
}

/** A date as each language writes it: 04.03.2026, 2026-03-04, 4 March 2026 (core/calendar/format). */
export const formatDate = formatCalendarDate;

/** A `YYYY-MM-DD` due date for display; an unreadable one is shown as is. */
export function formatDue(due: string, lang: Lang): string {
  const d = parseLocalDate(due);
  return d ? formatDate(d, lang) : due;
}

export function statusLabel(status: Status, lang: Lang): string {
  return text(lang, `state.status.${status}`);
}

export interface DescribeOptions {
  /** The organisation's IANA time zone, for the time of day. */
  readonly timeZone: string;
  /** Now; the date is left out for changes made on the same local day. */
  readonly now?: Date;
}

/**
 * An instant as people read it in the organisation's time zone, date and
 * clock time: "03.03.2026 kl. 16.40", "2026-03-03 kl. 16.40", "3 March 2026
 * at 16:40". Null for an unreadable instant or time zone: never the raw ISO text.
 */
export function formatDateTime(at: string, lang: Lang, timeZone: string): string | null {
  return formatInstant(at, lang, timeZone);
}

function when(at: string | undefined, lang: Lang, options: DescribeOptions): string {
  if (at === undefined) return '';
  const ms = Date.parse(at);
  if (!Number.isFinite(ms)) return '';
  let t: LocalDateTime;
  try {
    t = localDateTimeIn(ms, options.timeZone);
  } catch {
    return '';
  }
  const time = formatTime(t.hour, t.minute, lang);
  if (options.now && Number.isFinite(options.now.getTime())) {
    const n = localDateTimeIn(options.now, options.timeZone);
    if (n.y === t.y && n.m === t.m && n.d === t.d) return text(lang, 'state.when.time', { time });
  }
  return text(lang, 'state.when.date-time', { date: formatDate(t, lang), time });
}

/** Drop the gap a missing time leaves: "… til «Ferdig» ." → "… til «Ferdig»." */
function tidy(sentence: string): string {
  return sentence.replace(/ +([.,])/g, '$1').replace(/ {2,}/g, ' ');
}

/**
 * One change as a sentence, e.g. "Per Hansen set the status to “Done” at
 * 10:42." Throws nothing; an unknown time zone only drops the time.
 */
export function describeChange(change: StateChange, lang: Lang, options: DescribeOptions): string {
  const name = change.by ? displayName(change.by) : text(lang, 'state.someone');
  const base = { name, when: when(change.at, lang, options) };
  let key: StateMessageKey;
  let params: Record<string, string> = base;
  switch (change.field) {
    case 'status':
      key = 'state.change.status';
      params = { ...base, status: statusLabel(change.to, lang) };
      break;
    case 'assignee':
      if (change.to) {
        key = 'state.change.assigned';
        params = { ...base, assignee: displayName(change.to) };
      } else key = 'state.change.unassigned';
      break;
    case 'class':
      if (!change.to) key = 'state.change.class-cleared';
      else {
        key =
          change.to.confirmed && change.from?.value === change.to.value
            ? 'state.change.class-confirmed'
            : 'state.change.class';
        params = { ...base, class: classifyMessages[lang][`class.${change.to.value}`] };
      }
      break;
    case 'due':
      if (change.to) {
        key = 'state.change.due';
        params = { ...base, due: formatDue(change.to, lang) };
      } else key = 'state.change.due-cleared';
      break;
    case 'archiveRef':
      if (change.to) {
        key = 'state.change.archive-ref';
        params = { ...base, ref: change.to };
      } else key = 'state.change.archive-ref-cleared';
      break;
    case 'sentTo':
      if (change.to) {
        key = 'state.change.sent-to';
        // When it was sent, not when the state was written.
        params = { ...base, to: change.to.address, when: when(change.to.at, lang, options) };
      } else key = 'state.change.sent-to-cleared';
      break;
    case 'originalUnmarked':
      if (change.to) {
        key = 'state.change.original-unmarked';
        params = { ...base, mailbox: change.to };
      } else key = 'state.change.original-unmarked-cleared';
      break;
    case 'hold':
      if (change.to) {
        key = 'state.change.hold';
        params = {
          ...stampParams(change.to, lang, options),
          reason: holdReasonLabel(change.to.reason, lang),
        };
      } else key = 'state.change.hold-lifted';
      break;
    case 'holdLifted':
      if (change.to) {
        key = 'state.change.hold-lifted';
        params = stampParams(change.to, lang, options);
      } else {
        key = 'state.change.field-cleared';
        params = { ...base, field: fieldLabel(change.field, lang) };
      }
      break;
    case 'disposableFrom':
      if (change.to) {
        key = 'state.change.disposable';
        params = { ...base, date: formatDue(change.to, lang) };
      } else key = 'state.change.disposable-cleared';
      break;
    case 'evidence':
    case 'notified':
    case 'rejected':
      if (!change.to) {
        key = 'state.change.field-cleared';
        params = { ...base, field: fieldLabel(change.field, lang) };
      } else if (change.field === 'notified') {
        key = 'state.change.notified';
        params = {
          ...stampParams(change.to, lang, options),
          to: change.field === 'notified' ? change.to.to : '',
        };
      } else {
        key = change.field === 'evidence' ? 'state.change.evidence' : 'state.change.rejected';
        params = stampParams(change.to, lang, options);
      }
      break;
  }
  return tidy(text(lang, key, params));
}

/** Who did it and when, from the record itself (not from the last writer of the message). */
function stampParams(stamp: Stamp, lang: Lang, options: DescribeOptions): Record<string, string> {
  return { name: displayName(stamp.by), when: when(stamp.at, lang, options) };
}

/** Several changes as sentences, each said once (lifting a hold changes two fields). */
export function describeChanges(
  changes: readonly StateChange[],
  lang: Lang,
  options: DescribeOptions,
): string[] {
  const out: string[] = [];
  for (const c of changes) {
    const sentence = describeChange(c, lang, options);
    if (!out.includes(sentence)) out.push(sentence);
  }
  return out;
}

/** "innsynskrav pågår", "bevis". */
export function holdReasonLabel(reason: HoldReason, lang: Lang): string {
  return text(lang, `state.hold.${reason}`);
}

/**
 * The hold on the message as a sentence for the pane, or null:
 * "Sperra mot sletting (innsynskrav pågår) av Kari Nordmann 06.12.2026 kl. 14.03."
 */
export function describeHold(
  state: ItemState,
  lang: Lang,
  options: DescribeOptions,
): string | null {
  if (!state.hold) return null;
  return tidy(
    text(lang, 'state.mark.hold', {
      ...stampParams(state.hold, lang, options),
      reason: holdReasonLabel(state.hold.reason, lang),
    }),
  );
}

/** "Sperra mot sletting vart oppheva av Per Hansen …", while no new hold is on; else null. */
export function describeHoldLifted(
  state: ItemState,
  lang: Lang,
  options: DescribeOptions,
): string | null {
  if (state.hold || !state.holdLifted) return null;
  return tidy(text(lang, 'state.mark.hold-lifted', stampParams(state.holdLifted, lang, options)));
}

/** "Kan slettast frå 06.01.2027.", or null when not marked. */
export function describeDisposable(state: ItemState, lang: Lang): string | null {
  if (state.disposableFrom === undefined) return null;
  return text(lang, 'state.mark.disposable', { date: formatDue(state.disposableFrom, lang) });
}

/**
 * Everything recorded on the message about holds, disposal, evidence, the
 * notice and a rejection (R9, R11, R13), one sentence each, in a fixed order.
 */
export function describeMarks(state: ItemState, lang: Lang, options: DescribeOptions): string[] {
  const out: (string | null)[] = [
    describeHold(state, lang, options),
    describeHoldLifted(state, lang, options),
    state.hold ? null : describeDisposable(state, lang),
    state.evidence
      ? tidy(text(lang, 'state.mark.evidence', stampParams(state.evidence, lang, options)))
      : null,
    state.notified
      ? tidy(
          text(lang, 'state.mark.notified', {
            ...stampParams(state.notified, lang, options),
            to: state.notified.to,
          }),
        )
      : null,
    state.rejected
      ? tidy(text(lang, 'state.mark.rejected', stampParams(state.rejected, lang, options)))
      : null,
  ];
  return out.filter((x): x is string => x !== null);
}

/**
 * Where the message stands outside the mailbox, as a sentence, or null for
 * a message that is only the caseworkers' (new, in progress, done):
 * "Skickad till registrator arkivet@vara.se 2026-03-03 kl. 16.40. …",
 * "Registrerad som KS 2026/123.", "Arkivert som 2026/1-1.", "Arkivert."
 * Every part that may be missing has a sentence without it.
 */
export function describeStanding(
  state: ItemState,
  lang: Lang,
  options: DescribeOptions,
): string | null {
  if (state.status === 'sent-to-registrar') {
    if (!state.sentTo) return `${statusLabel(state.status, lang)}.`;
    return tidy(
      text(lang, 'state.standing.sent', {
        to: state.sentTo.address,
        when: when(state.sentTo.at, lang, { timeZone: options.timeZone }),
      }),
    );
  }
  if (state.status !== 'archived') return null;
  if (state.archiveRef === undefined) return text(lang, 'state.standing.archived');
  return text(lang, state.sentTo ? 'state.standing.registered' : 'state.standing.archived-ref', {
    ref: state.archiveRef,
  });
}

/** On the registry mailbox's copy: the original that could not be marked, or null. */
export function describeOriginalUnmarked(state: ItemState, lang: Lang): string | null {
  return state.originalUnmarked
    ? text(lang, 'state.standing.original-unmarked', { mailbox: state.originalUnmarked })
    : null;
}

/** "a, b and c" in the language. */
function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${text(lang, 'state.and')} ${items[items.length - 1]}`;
}

export function fieldLabel(field: StateField, lang: Lang): string {
  return text(lang, `state.field.${field}`);
}

/** "Someone else changed the status and the assignment at the same time as you. …" */
export function describeConflict(fields: readonly StateField[], lang: Lang): string {
  return text(lang, 'state.conflict', {
    fields: joinList(
      fields.map((f) => fieldLabel(f, lang)),
      lang,
    ),
  });
}

export function describeRefusal(refusal: Refusal, lang: Lang): string {
  const params = refusal.params
    ? { from: statusLabel(refusal.params.from, lang), to: statusLabel(refusal.params.to, lang) }
    : undefined;
  return text(lang, `state.refused.${refusal.code}`, params);
}

export function describeNotice(notice: NoticeCode, lang: Lang): string {
  return text(lang, `state.notice.${notice}`);
}

/** "Svarfrist 7.4.2026", or "Forfalt: svarfrist 7.4.2026" when overdue. */
export function dueLabel(due: string, overdue: boolean, lang: Lang): string {
  return text(lang, overdue ? 'state.overdue' : 'state.due', { due: formatDue(due, lang) });
}
