/**
 * Graph's two kinds of time: DateTimeOffset properties (receivedDateTime…)
 * are UTC strings ending in Z; dateTimeTimeZone properties (the follow-up
 * flag's start and due dates) are `{ dateTime, timeZone }` pairs. Outlook
 * stores the pair as an instant and answers it in UTC, or in the zone a
 * `Prefer: outlook.timezone="…"` header asks for; a client that sends
 * "2026-04-07T00:00:00" in "W. Europe Standard Time" reads back
 * "2026-04-06T22:00:00.0000000" in "UTC". Windows and IANA zone names are
 * both accepted, as Graph does.
 */
import { GraphError } from './errors';

/** Windows zone names a Nordic tenant meets, mapped to IANA. */
const WINDOWS_ZONES: Readonly<Record<string, string>> = {
  utc: 'UTC',
  'coordinated universal time': 'UTC',
  'w. europe standard time': 'Europe/Berlin',
  'central europe standard time': 'Europe/Budapest',
  'central european standard time': 'Europe/Warsaw',
  'romance standard time': 'Europe/Paris',
  'gmt standard time': 'Europe/London',
  'greenwich standard time': 'Atlantic/Reykjavik',
  'fle standard time': 'Europe/Helsinki',
  'e. europe standard time': 'Europe/Chisinau',
  'eastern standard time': 'America/New_York',
  'pacific standard time': 'America/Los_Angeles',
};

/** The IANA zone for a Windows or IANA name; null when it is neither. */
export function ianaZone(name: string): string | null {
  const mapped = WINDOWS_ZONES[name.trim().toLowerCase()];
  if (mapped) return mapped;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name.trim() }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

function offsetMs(utcMs: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

const LOCAL =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?(Z|[+-]\d{2}:\d{2})?$/;

const badTime = (message: string): GraphError =>
  new GraphError(400, 'ErrorInvalidRequest', message);

/** A dateTimeTimeZone pair as an instant (ms since the epoch). */
export function fromDateTimeTimeZone(value: unknown, property: string): number {
  if (typeof value !== 'object' || value === null) {
    throw badTime(`${property} must be an object with dateTime and timeZone.`);
  }
  const { dateTime, timeZone } = value as { dateTime?: unknown; timeZone?: unknown };
  if (typeof dateTime !== 'string') throw badTime(`${property}.dateTime is required.`);
  const m = LOCAL.exec(dateTime.trim());
  if (!m) throw badTime(`Cannot convert the literal '${dateTime}' to a date and time.`);
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', offset] = m;
  const wall = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s),
    Number(frac.padEnd(3, '0').slice(0, 3)),
  );
  if (Number.isNaN(wall))
    throw badTime(`Cannot convert the literal '${dateTime}' to a date and time.`);
  if (offset) {
    if (offset === 'Z') return wall;
    const sign = offset.startsWith('-') ? -1 : 1;
    const minutes = Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6));
    return wall - sign * minutes * 60_000;
  }
  const zoneName = typeof timeZone === 'string' && timeZone.trim() !== '' ? timeZone : 'UTC';
  const zone = ianaZone(zoneName);
  if (!zone) throw badTime(`The time zone '${zoneName}' is not valid.`);
  // Local wall time to UTC: guess with the offset at the wall time, then
  // correct once for a DST change between the guess and the answer.
  let utc = wall - offsetMs(wall, zone);
  const again = wall - offsetMs(utc, zone);
  if (again !== utc) utc = again;
  return utc;
}

/** An instant as Graph writes a dateTimeTimeZone: seven fractional digits, no offset. */
export function toDateTimeTimeZone(
  ms: number,
  zoneName: string,
): { dateTime: string; timeZone: string } {
  const zone = ianaZone(zoneName) ?? 'UTC';
  const local = zone === 'UTC' ? ms : ms + offsetMs(ms, zone);
  const iso = new Date(local).toISOString();
  return { dateTime: `${iso.slice(0, 19)}.${iso.slice(20, 23)}0000`, timeZone: zoneName };
}

/** DateTimeOffset as Graph writes it: UTC, seconds, Z (2026-03-02T07:41:17Z). */
export function dateTimeOffset(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}
