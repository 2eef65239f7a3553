/**
 * Every date a message can carry is read or reported as no date, never an
 * exception: RFC 5322 and its obsolete forms, ctime and ISO 8601, years 1
 * to 9999, far time zones. Regression for issue 10: a message dated 1900 or
 * 2100 ended in a RangeError.
 */
import { classifyMessage } from '../../../src/core/classify/classify';
import { parseMailDate } from '../../../src/core/mime/date';
import { parseEml } from '../../../src/core/mime/eml';
import { loadProfile } from '../../support/profiles';

describe('mail dates', () => {
  it.each<[string, string, string]>([
    ['RFC 5322', 'Tue, 03 Mar 2026 09:30:00 +0100', '2026-03-03T08:30:00.000Z'],
    ['no day of the week, one-digit day', '3 Mar 2026 09:30:00 +0100', '2026-03-03T08:30:00.000Z'],
    ['no seconds', 'Tue, 3 Mar 2026 09:30 -0000', '2026-03-03T09:30:00.000Z'],
    [
      'a comment after the zone',
      'Tue, 3 Mar 2026 09:30:00 +0100 (CET)',
      '2026-03-03T08:30:00.000Z',
    ],
    ['a named zone (EST)', 'Tue, 3 Mar 2026 09:30:00 EST', '2026-03-03T14:30:00.000Z'],
    ['a European zone name (CEST)', 'Tue, 3 Mar 2026 09:30:00 CEST', '2026-03-03T07:30:00.000Z'],
    ['GMT', 'Tue, 3 Mar 2026 09:30:00 GMT', '2026-03-03T09:30:00.000Z'],
    [
      'a military zone letter (read as -0000)',
      'Tue, 3 Mar 2026 09:30:00 Q',
      '2026-03-03T09:30:00.000Z',
    ],
    ['no zone (read as UTC)', 'Tue, 3 Mar 2026 09:30:00', '2026-03-03T09:30:00.000Z'],
    ['a two-digit year after 50', '3 Mar 99 09:30 +0000', '1999-03-03T09:30:00.000Z'],
    ['a two-digit year before 50', '3 Mar 26 09:30 +0000', '2026-03-03T09:30:00.000Z'],
    ['a three-digit year', '3 Mar 126 09:30 +0000', '2026-03-03T09:30:00.000Z'],
    ['dashes between the parts', '3-Mar-2026 09:30:00 +0100', '2026-03-03T08:30:00.000Z'],
    ['a full month name', 'Tuesday, 3 March 2026 09:30:00 +0100', '2026-03-03T08:30:00.000Z'],
    ['a Norwegian month', '17 mai 2026 12:00 +0200', '2026-05-17T10:00:00.000Z'],
    ['ctime', 'Tue Mar  3 09:30:00 2026', '2026-03-03T09:30:00.000Z'],
    ['ISO 8601', '2026-03-03T09:30:00+01:00', '2026-03-03T08:30:00.000Z'],
    ['ISO 8601 with Z and fractions', '2026-03-03 09:30:00.123Z', '2026-03-03T09:30:00.000Z'],
    ['a leap day', 'Sat, 29 Feb 2028 12:00:00 +0000', '2028-02-29T12:00:00.000Z'],
    ['a leap second', 'Wed, 31 Dec 2016 23:59:60 +0000', '2016-12-31T23:59:59.000Z'],
    ['1900', 'Mon, 1 Jan 1900 00:00:00 +0000', '1900-01-01T00:00:00.000Z'],
    ['2100', 'Fri, 31 Dec 2100 23:59:59 +0000', '2100-12-31T23:59:59.000Z'],
    ['the year 1', 'Mon, 1 Jan 0001 00:00:00 +0000', '0001-01-01T00:00:00.000Z'],
    ['the year 9999', 'Fri, 31 Dec 9999 23:59:59 +0000', '9999-12-31T23:59:59.000Z'],
    ['the year 9999 in the far west', '31 Dec 9999 23:59:59 -9959', '+010000-01-05T03:58:59.000Z'],
    ['the year 1 in the far east', '1 Jan 0001 00:00:00 +9959', '0000-12-27T20:01:00.000Z'],
    ['+14:00 (Kiribati)', '1 Jan 2026 00:00 +1400', '2025-12-31T10:00:00.000Z'],
  ])('reads %s', (_name, value, iso) => {
    expect(parseMailDate(value)?.toISOString()).toBe(iso);
  });

  it.each<[string, string | undefined]>([
    ['missing', undefined],
    ['empty', ''],
    ['garbage', 'når det passar'],
    ['only digits', '12345'],
    ['30 February', '30 Feb 2026 10:00 +0000'],
    ['hour 25', '3 Mar 2026 25:00 +0000'],
    ['minute 60 in the zone', '3 Mar 2026 10:00 +0160'],
    ['the year 0', '3 Mar 0000 10:00 +0000'],
    ['a five-digit year', '3 Mar 10000 10:00 +0000'],
    ['a month 13 (ISO)', '2026-13-01'],
    ['a date after 100,000 digits (only the start is read)', `${'9'.repeat(100_000)} 3 Mar 2026`],
  ])('says %s is no date', (_name, value) => {
    expect(parseMailDate(value)).toBeNull();
  });
});

describe('messages with odd dates (issue 10)', () => {
  const ha = loadProfile('ha-kommune');
  const message = (date: string): string =>
    [
      'From: Ola Innbyggjar <ola@example.net>',
      'To: post@ha.kommune.no',
      'Subject: Søknad om byggjeløyve',
      `Date: ${date}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Hei, eg søkjer om løyve til å byggje garasje. Sak 2026/123.',
    ].join('\r\n');

  it.each<[string, string, string | null]>([
    ['1900', 'Mon, 1 Jan 1900 10:00:00 +0100', null],
    ['2100', 'Fri, 31 Dec 2100 10:00:00 +0100', null],
    ['9999', 'Fri, 31 Dec 9999 23:59:59 +0000', null],
    ['the year 1', 'Mon, 1 Jan 0001 00:00:00 +0000', null],
    ['garbage', 'i går', null],
    ['2026', 'Tue, 3 Mar 2026 09:30:00 +0100', '2026-03-05'],
  ])('classifies a message dated %s without an exception', async (_name, date, due) => {
    const msg = await parseEml(message(date));
    const result = await classifyMessage(msg, ha);
    expect(result.class).toBe('archive-worthy');
    expect(result.due?.due ?? null).toBe(due);
  });
});
