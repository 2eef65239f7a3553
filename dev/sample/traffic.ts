/**
 * Deterministic sample traffic for the function mailboxes of the four
 * example profiles, so that a supervisor's overview, log review and absence
 * view (R21–R23) show something real the moment `npm start` is up.
 *
 * Days: the fixed quarter SAMPLE_QUARTER and the 91 days ending today (the
 * union), working days only (the organisation's calendar). A day's messages
 * depend only on the day and the mailbox: a PRNG seeded from both, never
 * the clock. `now` decides only which days there are, that nothing after it
 * exists, and how far each message has come: a message is handled a few
 * working days after it came (then archived, done or left with the
 * registrar), and a few are forgotten (open and overdue). Once that time
 * has passed a message never changes again.
 *
 * Each day: citizens' inquiries (external; most registered in the profile's
 * archive — Noark 5 journalposts with the Message-ID as eksternId, the
 * registry mailbox's forward, SharePoint's Message-ID column — some never),
 * mail from colleagues, newsletters (ephemeral, some deleted), a private
 * message now and then, and replies in Sent Items. Some subjects carry an
 * identity number or a special-category word. The states are written as
 * the pane writes them: Arkivpost's extended properties, categories and the
 * follow-up flag (core/state's statePatch).
 *
 * ABSENT_MEMBER (Per Hansen, member of post@ha.kommune.no) is away today:
 * his automatic reply is on and he has an all-day out-of-office event; open
 * items in post@ are assigned to him. CALENDAR_ABSENT_MEMBER (Lars
 * Svensson, vara.kommun@vara.se) is away by his calendar only.
 * post@ha.kommune.no has no automatic reply; vara.kommun@vara.se has one.
 */
import type { CalendarOptions, LocalDate } from '../../src/core/calendar';
import {
  addWorkingDays,
  formatLocalDate,
  fromDayNumber,
  isWorkingDay,
  localDateIn,
  offsetAt,
  parseLocalDate,
  toDayNumber,
} from '../../src/core/calendar';
import type { Country, Lang } from '../../src/core/model';
import { NEW_STATE, statePatch } from '../../src/core/state';
import type { FollowupFlag, ItemState, Person } from '../../src/core/state';
import { SENT_ON_PROPERTY, SENT_ON_REFERENCE } from '../../src/services/send-on';
import { drivesOf } from '../graph/drive-store';
import type { GraphEmulator } from '../graph/emulator-types';
import type {
  FlagRecord,
  FolderName,
  GraphStore,
  MailboxRecord,
  MessageRecord,
  Recipient,
} from '../graph/store';
import { toRestId } from '../graph/store';
import { mulberry32 } from '../emulator/util';
import { ewsId } from '../emulator/util';
import { JournalSeeder } from '../noark/seed-records';
import type { NoarkEmulator } from '../noark/emulator';
import type { NoarkStore } from '../noark/store';
import { TEXTS } from './texts';
import type { SampleTexts } from './texts';
import type { ArchiveSystem, SampleMessage } from './types';
import { WORKBENCH_MAIL } from './workbench-mail';

/** The fixed quarter every sample has, whatever day it is started. */
export const SAMPLE_QUARTER = { from: '2026-01-01', to: '2026-03-31' } as const;
/** How many days back from today the sample also covers (today included). */
export const SAMPLE_RECENT_DAYS = 91;
/** Away today: automatic reply on, an out-of-office event, open items in post@ha.kommune.no. */
export const ABSENT_MEMBER = 'per.hansen@ha.kommune.no';
/** Away today by the calendar only: an out-of-office event, no automatic reply (vara.kommun@vara.se). */
export const CALENDAR_ABSENT_MEMBER = 'lars.svensson@vara.se';

export type { ArchiveSystem, SampleMessage } from './types';

/** A function mailbox of an example profile, and who works in it (dev/graph/store-seed.ts). */
export interface SampleMailbox {
  readonly address: string;
  readonly name: string;
  readonly profile: string;
  readonly lang: Exclude<Lang, 'en'>;
  readonly timeZone: string;
  readonly country: Country;
  readonly domain: string;
  readonly archive: ArchiveSystem;
  /** The profile's registry mailbox (where `sent-to-registrar` sends). */
  readonly registry: string;
  /** Members, the first being the one who opens it in the workbench (and forwards to the registrar). */
  readonly members: readonly Person[];
  /** Noark case numbers of this mailbox's topics start after this (one archive, two profiles). */
  readonly caseBase: number;
  /** The registrar's reference prefix (registry mailbox). */
  readonly refPrefix: string;
}

/** post@ha.kommune.no first. */
export const SAMPLE_MAILBOXES: readonly SampleMailbox[] = [
  {
    address: 'post@ha.kommune.no',
    name: 'Hå kommune – post',
    profile: 'ha-kommune',
    lang: 'nn',
    timeZone: 'Europe/Oslo',
    country: 'NO',
    domain: 'ha.kommune.no',
    archive: 'noark5',
    registry: 'post@ha.kommune.no',
    members: [
      { address: 'kari.nordmann@ha.kommune.no', name: 'Kari Nordmann' },
      { address: ABSENT_MEMBER, name: 'Per Hansen' },
    ],
    caseBase: 100,
    refPrefix: '',
  },
  {
    address: 'postmottak@kommune.example.no',
    name: 'Postmottak',
    profile: 'kommune-nb',
    lang: 'nb',
    timeZone: 'Europe/Oslo',
    country: 'NO',
    domain: 'kommune.example.no',
    archive: 'noark5',
    registry: 'postmottak@kommune.example.no',
    members: [
      { address: 'ola.nordmann@kommune.example.no', name: 'Ola Nordmann' },
      { address: 'ingrid.berg@kommune.example.no', name: 'Ingrid Berg' },
    ],
    caseBase: 200,
    refPrefix: '',
  },
  {
    address: 'vara.kommun@vara.se',
    name: 'Vara kommun',
    profile: 'vara-kommun',
    lang: 'sv',
    timeZone: 'Europe/Stockholm',
    country: 'SE',
    domain: 'vara.se',
    archive: 'registry-mailbox',
    registry: 'arkivet@vara.se',
    members: [
      { address: 'anna.andersson@vara.se', name: 'Anna Andersson' },
      { address: 'lars.svensson@vara.se', name: 'Lars Svensson' },
    ],
    caseBase: 0,
    refPrefix: 'KS ',
  },
  {
    address: 'kommunen@mellerud.se',
    name: 'Melleruds kommun',
    profile: 'melleruds-kommun',
    lang: 'sv',
    timeZone: 'Europe/Stockholm',
    country: 'SE',
    domain: 'mellerud.se',
    archive: 'sharepoint',
    registry: 'kommunen@mellerud.se',
    members: [
      { address: 'erik.johansson@mellerud.se', name: 'Erik Johansson' },
      { address: 'maria.karlsson@mellerud.se', name: 'Maria Karlsson' },
    ],
    caseBase: 100,
    refPrefix: '',
  },
];

/** Melleruds kommun's diarium (profiles/melleruds-kommun.json `archive`). */
export const SHAREPOINT_ARCHIVE = {
  hostname: 'mellerud.sharepoint.com',
  path: '/sites/diarium',
  library: 'Ärenden',
} as const;

/** Working days the organisation has to answer (the profiles' responseDays). */
const RESPONSE_DAYS = 2;

// ---------------------------------------------------------------- randomness

/** FNV-1a of a text: the seed of a day's generator. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const prng = mulberry32;

const pick = <T>(list: readonly T[], r: number): T => list[Math.floor(r * list.length)] as T;

// ---------------------------------------------------------------- time

/** The instant of a wall-clock time on a local day in a zone. */
function instantAt(day: LocalDate, minutes: number, zone: string): number {
  const wall = Date.UTC(day.y, day.m - 1, day.d, Math.floor(minutes / 60), minutes % 60);
  let at = wall - offsetAt(wall, zone);
  const again = wall - offsetAt(at, zone);
  if (again !== at) at = again;
  return at;
}

function calendarOf(mb: SampleMailbox): CalendarOptions {
  return { country: mb.country };
}

/** The days of the sample for a mailbox, oldest first: the quarter and the recent days, working days only. */
export function sampleDays(mb: SampleMailbox, now: Date): LocalDate[] {
  const today = toDayNumber(localDateIn(now, mb.timeZone));
  const qFrom = toDayNumber(parseLocalDate(SAMPLE_QUARTER.from) as LocalDate);
  const qTo = toDayNumber(parseLocalDate(SAMPLE_QUARTER.to) as LocalDate);
  const recentFrom = today - (SAMPLE_RECENT_DAYS - 1);
  const out: LocalDate[] = [];
  const cal = calendarOf(mb);
  for (let n = Math.min(qFrom, recentFrom); n <= Math.max(qTo, today); n++) {
    if (n > today) break;
    if (!((n >= qFrom && n <= qTo) || n >= recentFrom)) continue;
    const d = fromDayNumber(n);
    if (isWorkingDay(d, cal)) out.push(d);
  }
  return out;
}

// ---------------------------------------------------------------- one day

type Kind = 'inquiry' | 'internal' | 'newsletter' | 'private';

/** Everything a message will be, drawn before `now` is looked at (so `now` never shifts the dice). */
interface Draft {
  readonly i: number;
  readonly kind: Kind;
  readonly minute: number;
  readonly pickA: number;
  readonly pickB: number;
  readonly pickC: number;
  readonly registeredRoll: number;
  readonly stateRoll: number;
  readonly handledAfter: number;
  readonly replyRoll: number;
  readonly replyDelay: number;
  readonly sensitiveRoll: number;
  readonly deletedRoll: number;
}

function drafts(mb: SampleMailbox, day: string): Draft[] {
  const rnd = prng(hash(`${mb.address.toLowerCase()}|${day}`));
  const count = 3 + Math.floor(rnd() * 4);
  const out: Draft[] = [];
  for (let i = 0; i < count; i++) {
    const k = rnd();
    const kind: Kind =
      k < 0.64 ? 'inquiry' : k < 0.8 ? 'internal' : k < 0.94 ? 'newsletter' : 'private';
    out.push({
      i,
      kind,
      minute: 7 * 60 + 15 + Math.floor(rnd() * 8 * 60),
      pickA: rnd(),
      pickB: rnd(),
      pickC: rnd(),
      registeredRoll: rnd(),
      stateRoll: rnd(),
      handledAfter: 1 + Math.floor(rnd() * 4),
      replyRoll: rnd(),
      replyDelay: 30 + Math.floor(rnd() * 150),
      sensitiveRoll: rnd(),
      deletedRoll: rnd(),
    });
  }
  return out.sort((a, b) => a.minute - b.minute || a.i - b.i);
}

function ascii(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/å/g, 'a')
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '');
}

const CITIZEN_DOMAINS = ['example.net', 'example.com', 'example.org'];

function compact(day: string): string {
  return day.replace(/-/g, '');
}

function dayOfYear(d: LocalDate): number {
  return toDayNumber(d) - toDayNumber({ y: d.y, m: 1, d: 1 }) + 1;
}

const iso = (ms: number): string => new Date(ms).toISOString();

interface DayContext {
  readonly mb: SampleMailbox;
  readonly texts: SampleTexts;
  readonly day: LocalDate;
  readonly dayText: string;
  readonly now: number;
  /** Working days from the day to today. */
  readonly age: number;
}

/** The registrar's reference of a registered message (deterministic: day and place in it). */
function reference(c: DayContext, d: Draft, topic: number, outgoing: boolean): string {
  const n = dayOfYear(c.day) * 10 + d.i + 1;
  const year = c.day.y;
  switch (c.mb.archive) {
    case 'noark5':
      return `${year}/${c.mb.caseBase + topic + 1}-${n * 2 - (outgoing ? 0 : 1)}`;
    case 'sharepoint':
      return `${year}/${c.mb.caseBase + topic + 1}-${n * 2 - (outgoing ? 0 : 1)}`;
    case 'registry-mailbox':
      return `${c.mb.refPrefix}${year}/${n * 2 - (outgoing ? 0 : 1)}`;
  }
}

function messagesOfDay(c: DayContext): SampleMessage[] {
  const { mb, texts, dayText, now } = c;
  const out: SampleMessage[] = [];
  const self: Recipient = { name: mb.name, address: mb.address };
  const cal = calendarOf(mb);
  const due = formatLocalDate(addWorkingDays(c.day, RESPONSE_DAYS, cal));
  for (const d of drafts(mb, dayText)) {
    const at = instantAt(c.day, d.minute, mb.timeZone);
    if (at > now) continue;
    const member = pick(mb.members, d.pickC);
    const idBase = `${compact(dayText)}.${d.i}.${hash(`${mb.address}|${dayText}|${d.i}`).toString(36)}`;
    if (d.kind === 'inquiry') {
      const sensitive = d.sensitiveRoll < 0.06;
      const s = sensitive ? pick(texts.sensitive, d.pickA) : null;
      const topic = s ? s.topic : Math.floor(d.pickA * texts.topics.length);
      const subject = s
        ? s.subject
        : pick((texts.topics[topic] as { subjects: readonly string[] }).subjects, d.pickB);
      const citizen = pick(texts.citizens, d.pickB);
      const domain = pick(CITIZEN_DOMAINS, d.pickC);
      const from: Recipient = { name: citizen, address: `${ascii(citizen)}@${domain}` };
      const internetMessageId = `<${idBase}@${domain}>`;
      // Handled (archived, done, left with the registrar) this many working days after it came.
      const handledOn = addWorkingDays(c.day, d.handledAfter, cal);
      const handledAt = instantAt(handledOn, 13 * 60 + (d.i % 6) * 10, mb.timeZone);
      const forgotten = d.stateRoll < 0.04;
      const willRegister = !forgotten && d.registeredRoll < 0.78;
      const handled = !forgotten && handledAt <= now;
      const assignee = member;
      const cls = { value: 'archive-worthy' as const, confirmed: true };
      let state: ItemState;
      let registered: SampleMessage['registered'] = null;
      if (!handled) {
        // Open: not yet looked at (unassigned), or with someone. Forgotten ones stay so, past their date.
        state =
          d.stateRoll < 0.02 || (!forgotten && d.stateRoll < 0.4)
            ? { status: 'new', class: { value: 'archive-worthy', confirmed: false }, due }
            : {
                status: 'in-progress',
                assignee,
                class: cls,
                due,
                updatedBy: assignee,
                updatedAt: iso(at + 40 * 60_000),
              };
      } else if (willRegister) {
        const ref = reference(c, d, topic, false);
        registered = { system: mb.archive, ref };
        state =
          mb.archive === 'registry-mailbox' && d.registeredRoll > 0.7
            ? {
                // Forwarded to the registrar, who has not registered it yet.
                status: 'sent-to-registrar',
                assignee,
                class: cls,
                due,
                sentTo: { address: mb.registry, at: iso(handledAt) },
                updatedBy: assignee,
                updatedAt: iso(handledAt),
              }
            : {
                status: 'archived',
                assignee,
                class: cls,
                due,
                archiveRef: ref,
                ...(mb.archive === 'registry-mailbox'
                  ? { sentTo: { address: mb.registry, at: iso(handledAt) } }
                  : {}),
                updatedBy: assignee,
                updatedAt: iso(handledAt),
              };
        if (state.status === 'sent-to-registrar')
          registered = { system: mb.archive, ref: mb.registry };
      } else if (d.registeredRoll < 0.9 && mb.archive !== 'registry-mailbox') {
        // Sent on to the registrar, never registered: waiting there.
        state = {
          status: 'sent-to-registrar',
          assignee,
          class: cls,
          due,
          sentTo: { address: mb.registry, at: iso(handledAt) },
          updatedBy: assignee,
          updatedAt: iso(handledAt),
        };
      } else {
        // Answered and marked done, never registered: what the log review is for.
        state = {
          status: 'done',
          assignee,
          class: d.registeredRoll < 0.95 ? cls : { value: 'official', confirmed: true },
          due,
          updatedBy: assignee,
          updatedAt: iso(handledAt),
        };
      }
      out.push({
        mailbox: mb.address,
        folder: 'inbox',
        internetMessageId,
        from,
        to: [self],
        subject,
        received: iso(at),
        external: true,
        registered,
        state,
        text: texts.inquiryBody(citizen),
      });
      // A reply, the same day, for about half of them.
      if (d.replyRoll < 0.5) {
        const sent = at + d.replyDelay * 60_000;
        if (sent <= now) {
          // The answer to an archived inquiry is registered too (the registry mailbox: forwarded with it).
          const replyRegistered =
            registered !== null && state.status === 'archived'
              ? { system: mb.archive, ref: reference(c, d, topic, true) }
              : null;
          out.push({
            mailbox: mb.address,
            folder: 'sentitems',
            internetMessageId: `<${idBase}.svar@${mb.domain}>`,
            from: self,
            to: [from],
            subject: `${texts.replyPrefix}${subject}`,
            received: iso(sent),
            external: true,
            registered: replyRegistered,
            state: NEW_STATE,
            text: texts.replyBody(mb.name),
          });
        }
      }
      continue;
    }
    if (d.kind === 'internal') {
      const colleague = pick(mb.members, d.pickB);
      out.push({
        mailbox: mb.address,
        folder: d.deletedRoll < 0.1 ? 'deleteditems' : 'inbox',
        internetMessageId: `<${idBase}@${mb.domain}>`,
        from: colleague,
        to: [self],
        subject: pick(texts.internal, d.pickA),
        received: iso(at),
        external: false,
        registered: null,
        state:
          c.age < 1
            ? NEW_STATE
            : {
                status: 'done',
                class: { value: 'internal', confirmed: true },
                updatedBy: colleague,
                updatedAt: iso(at + 3_600_000),
              },
        text: `${texts.internalBody}${colleague.name}\n`,
      });
      continue;
    }
    if (d.kind === 'newsletter') {
      const n = pick(texts.newsletters, d.pickA);
      const host = n.address.split('@')[1] as string;
      out.push({
        mailbox: mb.address,
        folder: d.deletedRoll < 0.3 ? 'deleteditems' : 'inbox',
        internetMessageId: `<${idBase}@${host}>`,
        from: { name: n.name, address: n.address },
        to: [self],
        subject: n.subject,
        received: iso(at),
        external: true,
        registered: null,
        hint: 'ephemeral',
        state:
          c.age < 1
            ? { status: 'new', class: { value: 'ephemeral', confirmed: false } }
            : {
                status: 'done',
                class: { value: 'ephemeral', confirmed: true },
                updatedBy: member,
                updatedAt: iso(at + 2 * 3_600_000),
              },
        text: texts.newsletterBody,
      });
      continue;
    }
    // Private: a member's friend writes to the function mailbox.
    const friend = pick(texts.citizens, d.pickB);
    const host = pick(CITIZEN_DOMAINS, d.pickC);
    out.push({
      mailbox: mb.address,
      folder: 'inbox',
      internetMessageId: `<${idBase}@${host}>`,
      from: { name: friend, address: `${ascii(friend)}@${host}` },
      to: [self],
      subject: pick(texts.privateSubjects, d.pickA),
      received: iso(at),
      external: true,
      registered: null,
      hint: 'private',
      state: {
        status: 'done',
        assignee: member,
        class: { value: 'private', confirmed: true },
        updatedBy: member,
        updatedAt: iso(at + 1_800_000),
      },
      text: texts.privateBody,
    });
  }
  return out;
}

/**
 * The sample's messages for every example function mailbox, as of `now`:
 * post@ha.kommune.no first, each mailbox's oldest first.
 */
export function sampleTraffic(o: { readonly now: Date }): SampleMessage[] {
  const now = o.now.getTime();
  const out: SampleMessage[] = [];
  for (const mb of SAMPLE_MAILBOXES) {
    const cal = calendarOf(mb);
    const days = sampleDays(mb, o.now);
    const today = localDateIn(o.now, mb.timeZone);
    // Working days from each day to today, counted once backwards.
    const ageOf = new Map<number, number>();
    let age = 0;
    for (let n = toDayNumber(today); n >= toDayNumber(days[0] ?? today); n--) {
      ageOf.set(n, age);
      if (isWorkingDay(fromDayNumber(n), cal)) age += 1;
    }
    const own = WORKBENCH_MAIL.filter(
      (m) => m.mailbox === mb.address && Date.parse(m.received) <= now,
    );
    const mine: SampleMessage[] = [];
    for (const day of days) {
      mine.push(
        ...messagesOfDay({
          mb,
          texts: TEXTS[mb.lang],
          day,
          dayText: formatLocalDate(day),
          now,
          age: ageOf.get(toDayNumber(day)) ?? 0,
        }),
      );
    }
    // The workbench's own messages among them, by time (stable: generated ones first).
    out.push(
      ...[...mine, ...own]
        .map((m, i) => ({ m, i, at: Date.parse(m.received) }))
        .sort((a, b) => a.at - b.at || a.i - b.i)
        .map((x) => x.m),
    );
  }
  return out;
}

// ---------------------------------------------------------------- seeding

function eml(m: SampleMessage): string {
  const addr = (r: Recipient): string => `${r.name} <${r.address}>`;
  return [
    `From: ${addr(m.from)}`,
    `To: ${m.to.map(addr).join(', ')}`,
    `Subject: ${m.subject}`,
    `Date: ${new Date(m.received).toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: ${m.internetMessageId}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
    '',
    m.text.replace(/\n/g, '\r\n'),
  ].join('\r\n');
}

function flagRecord(flag: FollowupFlag): FlagRecord {
  const at = (v: { dateTime: string } | undefined): number | null =>
    v === undefined ? null : Date.parse(`${v.dateTime}Z`);
  if (flag.flagStatus === 'flagged') {
    return {
      flagStatus: 'flagged',
      start: at(flag.startDateTime),
      due: at(flag.dueDateTime),
      completed: null,
    };
  }
  if (flag.flagStatus === 'complete') {
    return {
      flagStatus: 'complete',
      start: null,
      due: null,
      completed: at(flag.completedDateTime),
    };
  }
  return { flagStatus: 'notFlagged', start: null, due: null, completed: null };
}

function addOnce(
  store: GraphStore,
  mb: MailboxRecord,
  folder: FolderName,
  m: {
    subject: string;
    text: string;
    from: Recipient;
    to: readonly Recipient[];
    at: number;
    internetMessageId: string;
    isRead: boolean;
    extended?: readonly { id: string; value: string }[];
    categories?: readonly string[];
  },
): MessageRecord | null {
  let itemId = ewsId('item', `sample:${mb.address.toLowerCase()}:${folder}:${m.internetMessageId}`);
  let id = toRestId(itemId);
  const there = mb.messages.get(id);
  if (there) {
    if (there.internetMessageId === m.internetMessageId && there.folder === folder) return null;
    // Two seeds met in the hash: another id, as deterministic.
    itemId = ewsId('item', `sample:${mb.address.toLowerCase()}:${folder}:${m.internetMessageId}:2`);
    id = toRestId(itemId);
    if (mb.messages.has(id)) return null;
  }
  return store.addMessage(mb, {
    folder,
    itemId,
    subject: m.subject,
    text: m.text,
    from: m.from,
    toRecipients: [...m.to],
    receivedDateTime: m.at,
    sentDateTime: m.at,
    internetMessageId: m.internetMessageId,
    isRead: m.isRead,
    ...(m.extended ? { extended: m.extended } : {}),
    ...(m.categories ? { categories: m.categories } : {}),
  });
}

/** An all-day out-of-office event today (local midnight to midnight), once. */
function awayToday(
  store: GraphStore,
  mb: MailboxRecord,
  now: Date,
  zone: string,
  subject: string,
): void {
  const today = localDateIn(now, zone);
  const start = instantAt(today, 0, zone);
  const end = instantAt(fromDayNumber(toDayNumber(today) + 1), 0, zone);
  const events = store.events.get(mb.address.toLowerCase()) ?? [];
  if (events.some((e) => e.start === start && e.showAs === 'oof')) return;
  store.addEvent(mb, { subject, start, end, isAllDay: true, showAs: 'oof', timeZone: zone });
}

/** The sample's mail, states, forwards, automatic replies and calendars into a Graph store. */
export function seedGraphStore(
  store: GraphStore,
  messages: readonly SampleMessage[],
  now: Date,
): void {
  const byAddress = new Map(SAMPLE_MAILBOXES.map((s) => [s.address.toLowerCase(), s]));
  for (const m of messages) {
    const s = byAddress.get(m.mailbox.toLowerCase());
    const mb = store.mailbox(m.mailbox);
    if (!s || !mb || m.origin === 'workbench') continue;
    const at = Date.parse(m.received);
    const written = m.folder !== 'sentitems' && m.state !== NEW_STATE;
    const patch = written ? statePatch(m.state, [], { lang: s.lang, timeZone: s.timeZone }) : null;
    const record = addOnce(store, mb, m.folder, {
      subject: m.subject,
      text: m.text,
      from: m.from,
      to: m.to,
      at,
      internetMessageId: m.internetMessageId,
      isRead: m.folder === 'sentitems' || m.state.status !== 'new',
      ...(patch
        ? { extended: patch.singleValueExtendedProperties, categories: patch.categories }
        : {}),
    });
    if (record && patch) record.flag = flagRecord(patch.flag);
    // The registry mailbox: the forward in the forwarder's Sent Items (where the
    // registry connector looks) and its arrival at the registrar.
    const sentOn =
      m.state.sentTo?.at ??
      (m.folder === 'sentitems' ? new Date(at + 10 * 60_000).toISOString() : undefined);
    if (s.archive === 'registry-mailbox' && m.registered !== null && sentOn !== undefined) {
      const forwarder = s.members[0] as Person;
      const from = store.mailbox(forwarder.address);
      const registry = store.mailbox(s.registry);
      const sentAt = Date.parse(sentOn);
      const reference =
        m.state.archiveRef ?? (m.folder === 'sentitems' ? m.registered.ref : undefined);
      const fwdId = m.internetMessageId.replace(/@/, '.fwd@').replace(/@[^>]*>$/, `@${s.domain}>`);
      const forward = {
        subject: `${TEXTS[s.lang].forwardPrefix}${m.subject}`,
        text: `${m.text}\n`,
        from: forwarder,
        to: [{ name: registry?.user.displayName ?? s.registry, address: s.registry }],
        at: sentAt,
        internetMessageId: fwdId,
        isRead: true,
      };
      if (from) {
        addOnce(store, from, 'sentitems', {
          ...forward,
          extended: [
            { id: SENT_ON_PROPERTY, value: m.internetMessageId },
            ...(reference !== undefined ? [{ id: SENT_ON_REFERENCE, value: reference }] : []),
          ],
        });
      }
      if (registry) {
        addOnce(store, registry, 'inbox', {
          ...forward,
          isRead: m.state.status !== 'sent-to-registrar',
        });
      }
    }
  }
  // Automatic replies and calendars.
  const absent = store.mailbox(ABSENT_MEMBER);
  const ha = SAMPLE_MAILBOXES[0] as SampleMailbox;
  if (absent) {
    store.setAutoReply(absent, {
      status: 'alwaysEnabled',
      externalAudience: 'all',
      internalReplyMessage: TEXTS.nn.awayReply,
      externalReplyMessage: TEXTS.nn.awayReply,
    });
    awayToday(store, absent, now, ha.timeZone, TEXTS.nn.awayEvent);
  }
  // Away by the calendar only: an out-of-office day and no automatic reply.
  const calendarOnly = store.mailbox(CALENDAR_ABSENT_MEMBER);
  if (calendarOnly) awayToday(store, calendarOnly, now, 'Europe/Stockholm', TEXTS.sv.awayEvent);
  for (const s of SAMPLE_MAILBOXES) {
    const opener = store.mailbox((s.members[0] as Person).address);
    if (!opener) continue;
    const today = localDateIn(now, s.timeZone);
    const start = instantAt(today, 9 * 60, s.timeZone);
    const events = store.events.get(opener.address.toLowerCase()) ?? [];
    if (!events.some((e) => e.start === start)) {
      store.addEvent(opener, {
        subject: TEXTS[s.lang].meeting,
        start,
        end: start + 30 * 60_000,
        isAllDay: false,
        showAs: 'busy',
        timeZone: s.timeZone,
      });
    }
  }
  const vara = store.mailbox('vara.kommun@vara.se');
  if (vara) {
    store.setAutoReply(vara, {
      status: 'alwaysEnabled',
      externalAudience: 'all',
      internalReplyMessage: TEXTS.sv.autoReply,
      externalReplyMessage: TEXTS.sv.autoReply,
    });
  }
  // Mellerud's diarium: each registered message a case folder and its document.
  const drives = drivesOf(store);
  for (const m of messages) {
    const s = byAddress.get(m.mailbox.toLowerCase());
    if (!s || s.archive !== 'sharepoint' || m.registered === null) continue;
    const [year, rest] = m.registered.ref.split('/') as [string, string];
    const caseNo = rest.split('-')[0] as string;
    const texts = TEXTS[s.lang];
    const topic = texts.topics[Number(caseNo) - s.caseBase - 1];
    const folder = `${year}-${caseNo} ${topic?.caseTitle ?? caseNo}`;
    const by = (m.state.updatedBy ?? s.members[0]) as Person;
    const filedAt = m.state.updatedAt ?? m.received;
    drives.seedItem(
      SHAREPOINT_ARCHIVE.hostname,
      SHAREPOINT_ARCHIVE.path,
      SHAREPOINT_ARCHIVE.library,
      {
        path: folder,
        kind: 'folder',
        created: filedAt,
        createdBy: by.address,
        fields: { Title: topic?.caseTitle ?? caseNo, ArkivpostCaseNumber: `${year}/${caseNo}` },
      },
    );
    const outgoing = m.folder === 'sentitems';
    const party = outgoing ? (m.to[0] as Recipient) : m.from;
    const name = `${m.registered.ref.replace('/', '-')} ${m.subject}`.replace(
      /[\\/:*?"<>|#%]/g,
      ' ',
    );
    drives.seedItem(
      SHAREPOINT_ARCHIVE.hostname,
      SHAREPOINT_ARCHIVE.path,
      SHAREPOINT_ARCHIVE.library,
      {
        path: `${folder}/${name}.eml`,
        kind: 'file',
        content: eml(m),
        mimeType: 'message/rfc822',
        created: filedAt,
        createdBy: by.address,
        fields: {
          Title: m.subject,
          ArkivpostCaseNumber: `${year}/${caseNo}`,
          ArkivpostDocumentNumber: m.registered.ref,
          ArkivpostDocumentType: outgoing ? 'U' : 'I',
          ArkivpostSender: `${party.name} <${party.address}>`,
          ArkivpostReceived: m.received,
          ArkivpostMessageId: m.internetMessageId,
          ArkivpostAttachments: 0,
        },
      },
    );
  }
}

/** The sample's registered Norwegian mail into a Noark 5 archive (once per Message-ID). */
export function seedNoarkStore(store: NoarkStore, messages: readonly SampleMessage[]): number {
  const seeder = new JournalSeeder(store);
  const byAddress = new Map(SAMPLE_MAILBOXES.map((s) => [s.address.toLowerCase(), s]));
  let added = 0;
  for (const m of messages) {
    const s = byAddress.get(m.mailbox.toLowerCase());
    if (!s || s.archive !== 'noark5' || m.registered === null) continue;
    if (seeder.has(m.internetMessageId)) continue;
    const [yearText, rest] = m.registered.ref.split('/') as [string, string];
    const [caseNo, recordNo] = rest.split('-').map(Number) as [number, number];
    const texts = TEXTS[s.lang];
    const topic = texts.topics[caseNo - s.caseBase - 1];
    const outgoing = m.folder === 'sentitems';
    const by = (m.state.updatedBy ?? s.members[0]) as Person;
    const journaldato = outgoing ? m.received : (m.state.updatedAt ?? m.received);
    const ref = seeder.add({
      caseTitle: topic?.caseTitle ?? String(caseNo),
      tittel: m.subject,
      journaldato,
      journalposttype: outgoing ? 'U' : 'I',
      eksternID: m.internetMessageId,
      correspondent: outgoing ? (m.to[0] as Recipient) : m.from,
      // No file: a finished main document is a whole record, and a quarter's
      // files would slow every start of a fresh archive.
      by: by.address,
      caseYear: Number(yearText),
      caseNumber: caseNo,
      recordNumber: recordNo,
    });
    if (ref !== null) added += 1;
  }
  return added;
}

/**
 * Seed the sample into the emulators as of `now` (the server's start): the
 * Graph store, and the Noark 5 archive once per Message-ID (it is kept on
 * disk: a restart adds only the new days). A reset of either leaves the
 * sample out, as the tests that reset expect; `POST _emulator/sample` (or
 * `repopulate()`) brings it back. `defer`: nothing now, only on asking.
 */
export function seedSample(
  graph: GraphEmulator,
  noark: NoarkEmulator | null,
  o: { readonly now: Date; readonly defer?: boolean },
): void {
  let messages: SampleMessage[] | null = null;
  const traffic = (): SampleMessage[] => (messages ??= sampleTraffic(o));
  const now = o.defer !== true;
  graph.populate((store) => seedGraphStore(store, traffic(), o.now), now);
  noark?.populate((store) => {
    seedNoarkStore(store, traffic());
  }, now);
}
