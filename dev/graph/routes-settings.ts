/**
 * A mailbox's settings and calendar, as the supervisor's absence view reads
 * them (R23):
 *
 * - `GET/PATCH /users/{id|upn}/mailboxSettings` and
 *   `…/mailboxSettings/automaticRepliesSetting`: an application token reaches
 *   every mailbox; a delegated token only the signed-in user's own. A
 *   function mailbox's settings through a member's delegated token answer 403
 *   ErrorAccessDenied, as Exchange does (office-js #6057), Full Access or not.
 * - `POST /me/getMailTips` (and `/users/{id}/getMailTips`): the automatic
 *   reply of any recipient in the tenant, delegated; empty when it is off,
 *   and a scheduled reply only inside its window (the emulator's clock); an
 *   address that is not a recipient of the tenant gets an `error` in its
 *   mail tip, not a failed request.
 * - `GET /users/{id}/calendarView?startDateTime=&endDateTime=` (and
 *   /me/calendarView): the events that overlap the window, earliest first,
 *   with `$select`, `$top` (default 10) and `$skip` paging. The owner, an
 *   application, or a member of a function mailbox's group (Full Access)
 *   reads it; anyone else gets 403.
 */
import { GraphError, accessDenied, badRequest, noProperty, segmentNotFound } from './errors';
import {
  access,
  allowOptions,
  ctxUrl,
  jsonObject,
  ok,
  preferences,
  q,
  readEnum,
  requireMethod,
  tenant,
  usersRef,
} from './context';
import type { Ctx, Answer } from './context';
import { intOption, parseSelect } from './odata';
import { nextLink } from './routes-messages';
import type { AutoReplyRecord, EventRecord, MailboxRecord } from './store';
import { fromDateTimeTimeZone, toDateTimeTimeZone } from './time';
import type { Lang } from '../../src/core/model';

const ZONE: Readonly<Record<Lang, { windows: string; iana: string }>> = {
  nb: { windows: 'W. Europe Standard Time', iana: 'Europe/Oslo' },
  nn: { windows: 'W. Europe Standard Time', iana: 'Europe/Oslo' },
  sv: { windows: 'W. Europe Standard Time', iana: 'Europe/Stockholm' },
  en: { windows: 'UTC', iana: 'UTC' },
};

const LANGUAGE: Readonly<Record<Lang, { locale: string; displayName: string }>> = {
  nb: { locale: 'nb-NO', displayName: 'norsk bokmål (Norge)' },
  nn: { locale: 'nn-NO', displayName: 'norsk nynorsk (Noreg)' },
  sv: { locale: 'sv-SE', displayName: 'svenska (Sverige)' },
  en: { locale: 'en-US', displayName: 'English (United States)' },
};

/** The IANA zone of a mailbox (the organisation's, from its language). */
export function mailboxZone(mb: MailboxRecord): string {
  return ZONE[mb.user.language].iana;
}

// ---------------------------------------------------------------- mailboxSettings

function requireOwnSettings(ctx: Ctx, mb: MailboxRecord): void {
  const a = access(ctx, mb);
  if (a !== 'owner' && a !== 'app') throw accessDenied();
}

function autoReplyJson(r: AutoReplyRecord): Record<string, unknown> {
  const when = (ms: number | null): unknown => (ms === null ? null : toDateTimeTimeZone(ms, 'UTC'));
  return {
    status: r.status,
    externalAudience: r.externalAudience,
    scheduledStartDateTime: when(r.scheduledStartDateTime),
    scheduledEndDateTime: when(r.scheduledEndDateTime),
    internalReplyMessage: r.internalReplyMessage,
    externalReplyMessage: r.externalReplyMessage,
  };
}

function settingsJson(ctx: Ctx, mb: MailboxRecord): Record<string, unknown> {
  const lang = mb.user.language;
  return {
    archiveFolder: ctx.store.folder(mb, 'archive')?.id ?? null,
    timeZone: ZONE[lang].windows,
    automaticRepliesSetting: autoReplyJson(ctx.store.autoReply(mb)),
    language: LANGUAGE[lang],
    dateFormat: lang === 'en' ? 'M/d/yyyy' : lang === 'sv' ? 'yyyy-MM-dd' : 'dd.MM.yyyy',
    timeFormat: lang === 'en' ? 'h:mm tt' : 'HH:mm',
    delegateMeetingMessageDeliveryOptions: 'sendToDelegateOnly',
    userPurpose: mb.kind === 'shared' ? 'shared' : 'user',
    workingHours: {
      daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      startTime: '08:00:00.0000000',
      endTime: '16:00:00.0000000',
      timeZone: { name: ZONE[lang].windows },
    },
  };
}

function readAutoReply(v: unknown, current: AutoReplyRecord): AutoReplyRecord {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw new GraphError(
      400,
      'RequestBodyRead',
      "Cannot read 'automaticRepliesSetting' as an automaticRepliesSetting.",
    );
  }
  const body = v as Record<string, unknown>;
  const next: { -readonly [K in keyof AutoReplyRecord]: AutoReplyRecord[K] } = { ...current };
  for (const [k, value] of Object.entries(body)) {
    if (k.startsWith('@odata.')) continue;
    switch (k) {
      case 'status':
        next.status = readEnum(value, 'status', ['disabled', 'alwaysEnabled', 'scheduled']);
        break;
      case 'externalAudience':
        next.externalAudience = readEnum(value, 'externalAudience', [
          'none',
          'contactsOnly',
          'all',
        ]);
        break;
      case 'scheduledStartDateTime':
        next.scheduledStartDateTime =
          value === null ? null : fromDateTimeTimeZone(value, 'scheduledStartDateTime');
        break;
      case 'scheduledEndDateTime':
        next.scheduledEndDateTime =
          value === null ? null : fromDateTimeTimeZone(value, 'scheduledEndDateTime');
        break;
      case 'internalReplyMessage':
      case 'externalReplyMessage':
        if (typeof value !== 'string') {
          throw new GraphError(
            400,
            'RequestBodyRead',
            `Cannot convert the value of '${k}' to the expected type 'Edm.String'.`,
          );
        }
        next[k] = value;
        break;
      default:
        throw noProperty(k, 'automaticRepliesSetting');
    }
  }
  if (next.status === 'scheduled') {
    const s = next.scheduledStartDateTime;
    const e = next.scheduledEndDateTime;
    if (s === null || e === null) {
      throw new GraphError(
        400,
        'ErrorInvalidRequest',
        'A scheduled automatic reply needs scheduledStartDateTime and scheduledEndDateTime.',
      );
    }
    if (e <= s) {
      throw new GraphError(
        400,
        'ErrorInvalidRequest',
        'The scheduled end time must be after the scheduled start time.',
      );
    }
  }
  return next;
}

/** `/users/{id}/mailboxSettings[/automaticRepliesSetting]`. */
export function mailboxSettings(ctx: Ctx, mb: MailboxRecord, sub: string | undefined): Answer {
  requireMethod(ctx, 'GET', 'PATCH');
  if (sub !== undefined && sub.toLowerCase() !== 'automaticrepliessetting') {
    throw segmentNotFound(sub);
  }
  allowOptions(ctx, []);
  requireOwnSettings(ctx, mb);
  const base = `${usersRef(mb)}/mailboxSettings`;
  if (ctx.method === 'GET') {
    if (sub !== undefined) {
      return ok({
        '@odata.context': ctxUrl(ctx, `${base}/automaticRepliesSetting`),
        ...autoReplyJson(ctx.store.autoReply(mb)),
      });
    }
    return ok({ '@odata.context': ctxUrl(ctx, base), ...settingsJson(ctx, mb) });
  }
  const body = jsonObject(ctx.body);
  let change: unknown;
  if (sub !== undefined) {
    change = body;
  } else {
    for (const k of Object.keys(body)) {
      if (k === 'automaticRepliesSetting' || k.startsWith('@odata.')) continue;
      if (
        ['timeZone', 'language', 'workingHours', 'dateFormat', 'timeFormat'].includes(k) ||
        k === 'delegateMeetingMessageDeliveryOptions'
      ) {
        throw badRequest(`The emulator changes only automaticRepliesSetting, not ${k}.`);
      }
      throw noProperty(k, 'mailboxSettings');
    }
    change = body['automaticRepliesSetting'];
    if (change === undefined) {
      return ok({ '@odata.context': ctxUrl(ctx, base) });
    }
  }
  const next = readAutoReply(change, ctx.store.autoReply(mb));
  ctx.store.setAutoReply(mb, next);
  ctx.applied = true;
  if (sub !== undefined) {
    return ok({
      '@odata.context': ctxUrl(ctx, `${base}/automaticRepliesSetting`),
      ...autoReplyJson(next),
    });
  }
  return ok({ '@odata.context': ctxUrl(ctx, base), automaticRepliesSetting: autoReplyJson(next) });
}

// ---------------------------------------------------------------- getMailTips

const MAIL_TIP_OPTIONS = [
  'automaticReplies',
  'mailboxFullStatus',
  'customMailTip',
  'externalMemberCount',
  'totalMemberCount',
  'maxMessageSize',
  'deliveryRestriction',
  'moderationStatus',
  'recipientScope',
  'recipientSuggestions',
] as const;
const MAX_RECIPIENTS = 100;

/** The body's member by name, whatever its case (Graph's action parameters are PascalCase in its docs). */
function member(body: Record<string, unknown>, name: string): unknown {
  for (const [k, v] of Object.entries(body)) if (k.toLowerCase() === name.toLowerCase()) return v;
  return undefined;
}

/** True when the automatic reply is on at `now` (a scheduled one inside its window). */
export function replyActive(r: AutoReplyRecord, now: number): boolean {
  if (r.status === 'alwaysEnabled') return true;
  if (r.status !== 'scheduled') return false;
  const s = r.scheduledStartDateTime;
  const e = r.scheduledEndDateTime;
  return s !== null && e !== null && now >= s && now < e;
}

/** `POST /me/getMailTips`, `/users/{id}/getMailTips`. */
export function getMailTips(ctx: Ctx, mb: MailboxRecord): Answer {
  requireMethod(ctx, 'POST');
  allowOptions(ctx, []);
  const a = access(ctx, mb);
  if (a === 'none') throw accessDenied();
  const body = jsonObject(ctx.body);
  const addresses = member(body, 'EmailAddresses');
  if (
    !Array.isArray(addresses) ||
    addresses.length === 0 ||
    addresses.some((x) => typeof x !== 'string')
  ) {
    throw badRequest("'EmailAddresses' must be a non-empty array of strings.");
  }
  if (addresses.length > MAX_RECIPIENTS) {
    throw badRequest(`At most ${MAX_RECIPIENTS} addresses in one request.`);
  }
  const optionText = member(body, 'MailTipsOptions');
  if (typeof optionText !== 'string' || optionText.trim() === '') {
    throw badRequest("'MailTipsOptions' is required.");
  }
  const options = optionText
    .split(',')
    .map((o) => readEnum(o.trim(), 'MailTipsOptions', MAIL_TIP_OPTIONS));
  const now = ctx.now.getTime();
  // Whose tenant the recipients must be in: the caller's (an application's: the mailbox's).
  const home = tenant(ctx) ?? mb.user.profile;
  const value = (addresses as string[]).map((raw) => {
    const address = raw.trim();
    const user = /^[^\s@]+@[^\s@]+$/.test(address) ? ctx.store.user(address) : undefined;
    const target = user && user.profile === home ? ctx.store.mailbox(user.mail) : undefined;
    const emailAddress = { name: '', address };
    if (!target) {
      return {
        emailAddress,
        error: {
          message: `The recipient '${address}' could not be found in the directory.`,
          code: 'ErrorRecipientNotFound',
        },
      };
    }
    const tip: Record<string, unknown> = {
      emailAddress: { name: target.user.displayName, address: target.address },
    };
    for (const o of options) {
      if (o === 'automaticReplies') {
        const r = ctx.store.autoReply(target);
        const on = replyActive(r, now);
        tip['automaticReplies'] = on
          ? {
              message: r.internalReplyMessage,
              messageLanguage: LANGUAGE[target.user.language],
              ...(r.status === 'scheduled'
                ? {
                    scheduledStartTime: toDateTimeTimeZone(
                      r.scheduledStartDateTime as number,
                      'UTC',
                    ),
                    scheduledEndTime: toDateTimeTimeZone(r.scheduledEndDateTime as number, 'UTC'),
                  }
                : {}),
            }
          : { message: '' };
      } else if (o === 'mailboxFullStatus') {
        tip['mailboxFull'] = false;
      } else if (o === 'recipientScope') {
        tip['recipientScope'] = 'internal';
      } else if (o === 'maxMessageSize') {
        tip['maxMessageSize'] = 37_748_736;
      }
    }
    return tip;
  });
  return ok({ '@odata.context': ctxUrl(ctx, 'Collection(microsoft.graph.mailTips)'), value });
}

// ---------------------------------------------------------------- calendarView

const EVENT_SELECTABLE = [
  'id',
  'subject',
  'start',
  'end',
  'isAllDay',
  'showAs',
  'isCancelled',
  'type',
  'organizer',
] as const;
const MAX_TOP = 1000;

function eventJson(
  mb: MailboxRecord,
  e: EventRecord,
  select: readonly string[] | null,
  zone: string,
): Record<string, unknown> {
  const all: Record<string, unknown> = {
    id: e.id,
    subject: e.subject,
    start: toDateTimeTimeZone(e.start, zone),
    end: toDateTimeTimeZone(e.end, zone),
    isAllDay: e.isAllDay,
    showAs: e.showAs,
    isCancelled: false,
    type: 'singleInstance',
    organizer: { emailAddress: { name: mb.user.displayName, address: mb.address } },
  };
  const out: Record<string, unknown> = { '@odata.etag': `W/"${e.changeKey}"` };
  for (const k of select ?? Object.keys(all)) out[k] = all[k];
  out['id'] = e.id;
  return out;
}

function windowEdge(ctx: Ctx, name: string): number {
  const text = q(ctx, name.toLowerCase());
  if (text === null || text.trim() === '') {
    throw new GraphError(
      400,
      'ErrorInvalidParameter',
      'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
    );
  }
  try {
    return fromDateTimeTimeZone({ dateTime: text.trim(), timeZone: 'UTC' }, name);
  } catch {
    throw new GraphError(
      400,
      'ErrorInvalidParameter',
      `The value '${text}' of parameter '${name}' is invalid.`,
    );
  }
}

/** `GET /users/{id}/calendarView?startDateTime=…&endDateTime=…`. */
export function calendarView(ctx: Ctx, mb: MailboxRecord): Answer {
  requireMethod(ctx, 'GET');
  allowOptions(ctx, ['$select', '$top', '$skip', '$orderby']);
  if (access(ctx, mb) === 'none') throw accessDenied();
  const from = windowEdge(ctx, 'startDateTime');
  const to = windowEdge(ctx, 'endDateTime');
  if (to <= from) {
    throw new GraphError(
      400,
      'ErrorInvalidParameter',
      'The end of the time window must be after its start.',
    );
  }
  const order = q(ctx, '$orderby');
  if (order !== null && !/^\s*start\/dateTime(\s+asc)?\s*$/i.test(order)) {
    throw badRequest(`The emulator orders calendarView only by start/dateTime, not '${order}'.`);
  }
  const select = parseSelect(q(ctx, '$select'), EVENT_SELECTABLE, 'event');
  const top = intOption('$top', q(ctx, '$top'), 10, 1, MAX_TOP);
  const skip = intOption('$skip', q(ctx, '$skip'), 0, 0, Number.MAX_SAFE_INTEGER);
  const prefs = preferences(ctx);
  const all = (ctx.store.events.get(mb.address.toLowerCase()) ?? [])
    .filter((e) => e.start < to && e.end > from)
    .sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
  const page = all.slice(skip, skip + top);
  return ok(
    {
      '@odata.context': ctxUrl(ctx, `${usersRef(mb)}/calendarView`),
      value: page.map((e) => eventJson(mb, e, select, prefs.zone)),
      ...(skip + top < all.length
        ? { '@odata.nextLink': nextLink(ctx, '$skip', String(skip + top)) }
        : {}),
    },
    prefs.applied,
  );
}
