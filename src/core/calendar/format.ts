/**
 * Dates and times as the user reads them: one format per language, for
 * everything the add-in shows (see docs/terminology.md, "Dates and times").
 *
 *   nb, nn  04.03.2026   04.03.2026 kl. 09.22
 *   sv      2026-03-04   2026-03-04 kl. 09.22
 *   en      4 March 2026 4 March 2026 at 09:22
 *
 * Built from numbers and our own month names, not from the host's locale
 * data: browsers ship only some locales (Chromium has no Nynorsk, and falls
 * back to American English for it), so `Intl`'s own words and patterns would
 * differ from machine to machine. `Intl` is used only for the time zone, with
 * a fixed locale (core/calendar/time-zone).
 */
import type { Lang } from '../model';
import type { LocalDate } from './local-date';
import { isValidLocalDate } from './local-date';
import { localDateTimeIn } from './time-zone';
import type { LocalDateTime } from './time-zone';

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number): string => String(n).padStart(4, '0');

/** Bokmål and nynorsk write the months alike. */
const NORWEGIAN_MONTHS: readonly string[] = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];

/** Month names, January first, as written inside a sentence. */
export const MONTH_NAMES: Readonly<Record<Lang, readonly string[]>> = {
  nb: NORWEGIAN_MONTHS,
  nn: NORWEGIAN_MONTHS,
  sv: [
    'januari',
    'februari',
    'mars',
    'april',
    'maj',
    'juni',
    'juli',
    'augusti',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** Short weekday names, Monday first (ISO order), for a calendar's column heads. */
export const WEEKDAY_SHORT: Readonly<Record<Lang, readonly string[]>> = {
  nb: ['ma', 'ti', 'on', 'to', 'fr', 'lø', 'sø'],
  nn: ['må', 'ty', 'on', 'to', 'fr', 'la', 'su'],
  sv: ['mån', 'tis', 'ons', 'tor', 'fre', 'lör', 'sön'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};

/** How each language writes a date for someone to type it: shown as the field's placeholder. */
export const DATE_PATTERN: Readonly<Record<Lang, string>> = {
  nb: 'dd.mm.åååå',
  nn: 'dd.mm.åååå',
  sv: 'åååå-mm-dd',
  en: 'd Month yyyy',
};

/** A calendar date: 04.03.2026, 2026-03-04, 4 March 2026. */
export function formatDate(date: LocalDate, lang: Lang): string {
  switch (lang) {
    case 'nb':
    case 'nn':
      return `${pad2(date.d)}.${pad2(date.m)}.${pad4(date.y)}`;
    case 'sv':
      return `${pad4(date.y)}-${pad2(date.m)}-${pad2(date.d)}`;
    case 'en':
      return `${date.d} ${MONTH_NAMES.en[date.m - 1] ?? ''} ${date.y}`;
  }
}

/** A month and year, for a calendar's heading: "mars 2026", "March 2026". */
export function formatMonth(year: number, month: number, lang: Lang): string {
  return `${MONTH_NAMES[lang][month - 1] ?? ''} ${year}`;
}

/** Clock time, 24-hour: "09.22" in Norwegian and Swedish, "09:22" in English. */
export function formatTime(hour: number, minute: number, lang: Lang): string {
  return `${pad2(hour)}${lang === 'en' ? ':' : '.'}${pad2(minute)}`;
}

/** A local date and time: "04.03.2026 kl. 09.22", "4 March 2026 at 09:22". */
export function formatLocalDateTime(t: LocalDateTime, lang: Lang): string {
  const date = formatDate(t, lang);
  const time = formatTime(t.hour, t.minute, lang);
  return lang === 'en' ? `${date} at ${time}` : `${date} kl. ${time}`;
}

function instantMs(at: string | number | Date): number {
  if (typeof at === 'number') return at;
  if (typeof at === 'string') return at.trim() === '' ? Number.NaN : Date.parse(at);
  return at.getTime();
}

/** `show` of an instant's local time in `timeZone`; null for an unreadable instant or an unknown zone. */
function inZone(
  at: string | number | Date,
  timeZone: string,
  show: (t: ReturnType<typeof localDateTimeIn>) => string,
): string | null {
  const ms = instantMs(at);
  if (!Number.isFinite(ms)) return null;
  try {
    return show(localDateTimeIn(ms, timeZone));
  } catch {
    return null;
  }
}

/**
 * An instant as people read it in the organisation's time zone. Null for an
 * unreadable instant or an unknown zone: never the raw ISO text.
 */
export function formatInstant(
  at: string | number | Date,
  lang: Lang,
  timeZone: string,
): string | null {
  return inZone(at, timeZone, (t) => formatLocalDateTime(t, lang));
}

/** The date alone of an instant in the organisation's zone; null as for `formatInstant`. */
export function formatInstantDate(
  at: string | number | Date,
  lang: Lang,
  timeZone: string,
): string | null {
  return inZone(at, timeZone, (t) => formatDate(t, lang));
}

/** The clock time alone of an instant in the organisation's zone ("09.22", "09:22"); null as for `formatInstant`. */
export function formatInstantTime(
  at: string | number | Date,
  lang: Lang,
  timeZone: string,
): string | null {
  return inZone(at, timeZone, (t) => formatTime(t.hour, t.minute, lang));
}

function valid(y: number, m: number, d: number): LocalDate | null {
  return isValidLocalDate(y, m, d) ? { y, m, d } : null;
}

/** A two-digit year is this century's. */
const fullYear = (text: string): number => (text.length <= 2 ? 2000 + Number(text) : Number(text));

function monthByName(name: string): number | null {
  const n = name.toLowerCase().replace(/\.$/, '');
  if (n.length < 3) return null;
  for (const lang of ['en', 'sv', 'nb'] as const) {
    const i = MONTH_NAMES[lang].findIndex((full) => full.toLowerCase().startsWith(n));
    if (i >= 0) return i + 1;
  }
  return null;
}

/**
 * A date as the user typed it, in their language's way or as ISO
 * (2026-03-04, which every language accepts): nb/nn "4.3.2026", "04.03.26";
 * sv "2026-03-04", "20260304"; en "4 March 2026", "4 Mar 2026", "04/03/2026"
 * (day first). Null for anything else or a day that does not exist. Input
 * over 40 characters is refused unread.
 */
export function parseDate(text: string, lang: Lang): LocalDate | null {
  if (text.length > 40) return null;
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  if (lang === 'nb' || lang === 'nn') {
    m = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(s);
    if (m) return valid(fullYear(m[3] ?? ''), Number(m[2]), Number(m[1]));
    return null;
  }
  if (lang === 'sv') {
    m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
    if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
    return null;
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(s);
  if (m) return valid(fullYear(m[3] ?? ''), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\s+([A-Za-z]{3,9}\.?),?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = monthByName(m[2] ?? '');
    return month === null ? null : valid(Number(m[3]), month, Number(m[1]));
  }
  return null;
}
