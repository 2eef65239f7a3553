/**
 * Parse the `deadline` command's DATETIME. Without an offset the time is
 * read as local time in the given zone, which is what a caseworker means by
 * "the message came at 14:30".
 */
const PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** Offset of `zone` from UTC at `instant`, in minutes. */
export function zoneOffsetMinutes(instant: Date, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

export function parseDateTime(text: string, zone: string): Date | null {
  const m = PATTERN.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const naive = Date.UTC(y, mo - 1, d, h, mi, s);
  // Reject 31 February and friends.
  if (new Date(naive).getUTCDate() !== d) return null;
  const off = m[7];
  if (off !== undefined) {
    if (off.toUpperCase() === 'Z') return new Date(naive);
    const sign = off.startsWith('-') ? -1 : 1;
    const digits = off.slice(1).replace(':', '');
    const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
    return new Date(naive - sign * minutes * 60000);
  }
  // Local wall time: guess with the offset at the naive instant, then correct once (DST).
  let guess = naive - zoneOffsetMinutes(new Date(naive), zone) * 60000;
  guess = naive - zoneOffsetMinutes(new Date(guess), zone) * 60000;
  return new Date(guess);
}
