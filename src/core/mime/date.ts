/**
 * Dates as mail carries them: RFC 5322 ("Tue, 3 Mar 2026 08:15:00 +0100"),
 * its obsolete forms (two- and three-digit years, named zones such as EST
 * or CEST, military letters, no seconds, comments), ctime ("Tue Mar  3
 * 08:15:00 2026") and ISO 8601 ("2026-03-03T08:15:00Z"). Any year from 1 to
 * 9999 and any offset up to ±99:59 is a date; anything else is null, never
 * an exception. Only the first 256 characters are looked at.
 */

const MAX_CHARS = 256;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Nordic month names mailers sometimes write (mai, okt, des; maj, okt, dec). */
const MONTH_ALIASES: Readonly<Record<string, number>> = { mai: 4, maj: 4, okt: 9, des: 11 };

/** Named zones, in minutes east of UTC (RFC 5322 §4.3, and the European ones mailers write). */
const ZONES: Readonly<Record<string, number>> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  wet: 0,
  west: 60,
  bst: 60,
  cet: 60,
  cest: 120,
  met: 60,
  mest: 120,
  eet: 120,
  eest: 180,
};

type Tok =
  | { readonly t: 'num'; readonly v: string }
  | { readonly t: 'word'; readonly v: string }
  | { readonly t: 'sign'; readonly v: '+' | '-' }
  | { readonly t: 'colon' }
  | { readonly t: 'other' };

function tokens(s: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  let depth = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 0x28) {
      depth++;
      i++;
      continue;
    }
    if (c === 0x29 && depth > 0) {
      depth--;
      i++;
      continue;
    }
    if (depth > 0) {
      i++;
      continue;
    }
    if (c >= 0x30 && c <= 0x39) {
      const from = i;
      while (i < s.length && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39) i++;
      out.push({ t: 'num', v: s.slice(from, i) });
      continue;
    }
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
      const from = i;
      while (i < s.length) {
        const d = s.charCodeAt(i) | 0x20;
        if (d < 0x61 || d > 0x7a) break;
        i++;
      }
      out.push({ t: 'word', v: s.slice(from, i).toLowerCase() });
      continue;
    }
    if (c === 0x2b || c === 0x2d) out.push({ t: 'sign', v: c === 0x2b ? '+' : '-' });
    else if (c === 0x3a) out.push({ t: 'colon' });
    else if (c !== 0x20 && c !== 0x09 && c !== 0x2c && c !== 0x0d && c !== 0x0a && c !== 0x2e)
      out.push({ t: 'other' });
    i++;
  }
  return out;
}

function monthOf(word: string): number {
  const k = MONTHS.indexOf(word.slice(0, 3));
  if (k >= 0 && word.length >= 3) return k;
  const alias = MONTH_ALIASES[word];
  return alias === undefined ? -1 : alias;
}

function daysIn(year: number, month: number): number {
  if (month === 1) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 3 || month === 5 || month === 8 || month === 10 ? 30 : 31;
}

/** Two-digit years are 1950–2049, three-digit years count from 1900 (RFC 5322 §4.3). */
function fullYear(v: string): number {
  const n = Number(v);
  if (v.length === 2) return n < 50 ? 2000 + n : 1900 + n;
  if (v.length === 3) return 1900 + n;
  return n;
}

/** Milliseconds since the epoch for a UTC wall time, for years 1–9999 (Date.UTC maps 0–99 to 19xx). */
export function utcMs(y: number, mo: number, d: number, h: number, mi: number, s: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, mo, d);
  date.setUTCHours(h, mi, s, 0);
  return date.getTime();
}

function build(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  offsetMin: number,
): Date | null {
  if (!(y >= 1 && y <= 9999) || mo < 0 || mo > 11 || d < 1 || d > daysIn(y, mo)) return null;
  if (h > 24 || mi > 59 || s > 60 || (h === 24 && (mi > 0 || s > 0))) return null;
  // A leap second is the last second of its minute here.
  const ms = utcMs(y, mo, d, h, mi, Math.min(s, 59)) - offsetMin * 60000;
  return Number.isFinite(ms) ? new Date(ms) : null;
}

/** "+0100", "-05:30", "+01": minutes east of UTC, or null when not an offset. */
function offsetFrom(sign: '+' | '-', digits: string, more?: string): number | null {
  let hh: number;
  let mm: number;
  if (digits.length === 4) {
    hh = Number(digits.slice(0, 2));
    mm = Number(digits.slice(2));
  } else if (digits.length <= 2) {
    hh = Number(digits);
    mm = more !== undefined && more.length === 2 ? Number(more) : 0;
  } else return null;
  if (mm > 59) return null;
  return (sign === '-' ? -1 : 1) * (hh * 60 + mm);
}

function iso(s: string): Date | null {
  const m =
    /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?)?\s*(?:([Zz])|([+-])(\d{2}):?(\d{2})?)?\s*$/.exec(
      s,
    );
  if (!m) return null;
  let offset = 0;
  if (m[8] !== undefined) {
    const o = offsetFrom(m[8] as '+' | '-', m[9] as string, m[10]);
    if (o === null) return null;
    offset = o;
  }
  return build(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
    offset,
  );
}

/**
 * The instant a mail date names, or null when it names none (missing,
 * garbage, 30 February, hour 25). A date without a zone is read as UTC.
 */
export function parseMailDate(value: string | undefined | null): Date | null {
  if (value === undefined || value === null) return null;
  const s = value.length > MAX_CHARS ? value.slice(0, MAX_CHARS) : value;
  if (/^\s*\d{4}-\d/.test(s)) return iso(s);
  const toks = tokens(s);
  let day = -1;
  let month = -1;
  let year = '';
  let h = 0;
  let mi = 0;
  let sec = 0;
  let haveTime = false;
  let offset: number | null = null;
  const nums: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (t.t === 'num') {
      const next = toks[i + 1];
      if (!haveTime && next?.t === 'colon' && toks[i + 2]?.t === 'num' && t.v.length <= 2) {
        // hh:mm[:ss]
        h = Number(t.v);
        mi = Number((toks[i + 2] as { v: string }).v);
        i += 2;
        if (toks[i + 1]?.t === 'colon' && toks[i + 2]?.t === 'num') {
          sec = Number((toks[i + 2] as { v: string }).v);
          i += 2;
        }
        haveTime = true;
        continue;
      }
      nums.push(t.v);
      continue;
    }
    if (t.t === 'sign') {
      const next = toks[i + 1];
      // "+0100" after the time; "-" between day, month and year is only a separator.
      if (haveTime && offset === null && next?.t === 'num' && next.v.length >= 2) {
        const more =
          toks[i + 2]?.t === 'colon' ? (toks[i + 3] as { v?: string } | undefined) : undefined;
        const o = offsetFrom(t.v, next.v, more?.v);
        if (o === null) return null;
        offset = o;
        i += more?.v !== undefined ? 3 : 1;
      }
      continue;
    }
    if (t.t === 'word') {
      const mo = month < 0 ? monthOf(t.v) : -1;
      if (mo >= 0 && t.v.length <= 9) {
        month = mo;
        continue;
      }
      if (haveTime && offset === null) {
        const z = ZONES[t.v];
        if (z !== undefined) offset = z;
        // Military zones are "-0000" (RFC 5322 §4.3): no information.
        else if (t.v.length === 1) offset = 0;
      }
    }
  }
  if (month < 0) return null;
  // Day and year: "3 Mar 2026", "Mar 3 2026" (ctime), "3-Mar-26".
  for (const v of nums) {
    if (day < 0 && v.length <= 2 && Number(v) >= 1 && Number(v) <= 31) day = Number(v);
    else if (year === '' && v.length >= 2 && v.length <= 4) year = v;
  }
  if (day < 0 || year === '') return null;
  return build(fullYear(year), month, day, h, mi, sec, offset ?? 0);
}
