import {
  dueDate,
  dueDateParts,
  endOfLocalDay,
  formatLocalDate,
  isValidTimeZone,
  localDateIn,
  localDateTimeIn,
  offsetAt,
} from '../../../src/core/calendar';
import type { DueDate, DueDateOptions } from '../../../src/core/calendar';

const OSLO: DueDateOptions = { country: 'NO', timeZone: 'Europe/Oslo', days: 2 };
const STOCKHOLM: DueDateOptions = { country: 'SE', timeZone: 'Europe/Stockholm', days: 2 };

describe('dueDate', () => {
  it.each<[string, DueDateOptions, string, DueDate]>([
    [
      'a message at 23:30 on the last Sunday in March (summer time began that night) counts from that Sunday',
      OSLO,
      '2025-03-30T21:30:00Z',
      { received: '2025-03-30', due: '2025-04-01', dueAt: '2025-04-01T21:59:59.999Z' },
    ],
    [
      'a message at 23:30 on the last Sunday in October (winter time began that night) counts from that Sunday',
      STOCKHOLM,
      '2025-10-26T22:30:00Z',
      { received: '2025-10-26', due: '2025-10-28', dueAt: '2025-10-28T22:59:59.999Z' },
    ],
    [
      'a message at 23:30 on Easter Sunday 2024, the night summer time began, is due on Wednesday',
      OSLO,
      '2024-03-31T21:30:00Z',
      { received: '2024-03-31', due: '2024-04-03', dueAt: '2024-04-03T21:59:59.999Z' },
    ],
    [
      'a deadline across the change to summer time ends at midnight summer time',
      OSLO,
      '2025-03-28T09:00:00Z',
      { received: '2025-03-28', due: '2025-04-01', dueAt: '2025-04-01T21:59:59.999Z' },
    ],
    [
      'a deadline across the change to winter time ends at midnight winter time',
      STOCKHOLM,
      '2025-10-24T08:00:00Z',
      { received: '2025-10-24', due: '2025-10-28', dueAt: '2025-10-28T22:59:59.999Z' },
    ],
    [
      'a message at 00:30 local time counts from that day although it is still the day before in UTC',
      OSLO,
      '2025-06-12T22:30:00Z',
      { received: '2025-06-13', due: '2025-06-17', dueAt: '2025-06-17T21:59:59.999Z' },
    ],
    [
      'a message one millisecond before local midnight counts from the day it was sent',
      OSLO,
      '2025-06-12T21:59:59.999Z',
      { received: '2025-06-12', due: '2025-06-16', dueAt: '2025-06-16T21:59:59.999Z' },
    ],
    [
      'a Swedish message on skärtorsdag is due after annandag påsk',
      STOCKHOLM,
      '2024-03-28T11:00:00Z',
      { received: '2024-03-28', due: '2024-04-03', dueAt: '2024-04-03T21:59:59.999Z' },
    ],
    [
      'a Norwegian message the Friday before 17 May on a Saturday is due on Tuesday',
      OSLO,
      '2025-05-16T10:00:00Z',
      { received: '2025-05-16', due: '2025-05-20', dueAt: '2025-05-20T21:59:59.999Z' },
    ],
    [
      'a message on julaften is due after the Christmas days in Sweden',
      STOCKHOLM,
      '2025-12-24T09:00:00Z',
      { received: '2025-12-24', due: '2025-12-30', dueAt: '2025-12-30T22:59:59.999Z' },
    ],
    [
      'the profile can make julaften and nyttårsaften free in Norway',
      { ...OSLO, christmasEveOff: true },
      '2025-12-23T09:00:00Z',
      { received: '2025-12-23', due: '2025-12-30', dueAt: '2025-12-30T22:59:59.999Z' },
    ],
    [
      'an extra day off from the profile moves the deadline',
      { ...OSLO, extraHolidays: ['2025-05-02'] },
      '2025-04-30T10:00:00Z',
      { received: '2025-04-30', due: '2025-05-06', dueAt: '2025-05-06T21:59:59.999Z' },
    ],
    [
      'an organisation in UTC counts in UTC',
      { country: 'NO', timeZone: 'UTC', days: 1 },
      '2025-06-12T22:30:00Z',
      { received: '2025-06-12', due: '2025-06-13', dueAt: '2025-06-13T23:59:59.999Z' },
    ],
    [
      'a message from 1960 uses the winter offset Norway had then',
      { country: 'NO', timeZone: 'Europe/Oslo', days: 1 },
      '1960-07-01T10:00:00Z',
      { received: '1960-07-01', due: '1960-07-04', dueAt: '1960-07-04T22:59:59.999Z' },
    ],
    [
      'zero days means the end of the day it arrived',
      { ...STOCKHOLM, days: 0 },
      '2025-03-08T10:00:00Z',
      { received: '2025-03-08', due: '2025-03-08', dueAt: '2025-03-08T22:59:59.999Z' },
    ],
  ])('%s', (_name, options, received, expected) => {
    expect(dueDate(new Date(received), options)).toEqual(expected);
  });

  it('gives the same dates as LocalDate values through dueDateParts', () => {
    const p = dueDateParts(new Date('2025-03-30T21:30:00Z'), OSLO);
    expect(p.received).toEqual({ y: 2025, m: 3, d: 30 });
    expect(p.due).toEqual({ y: 2025, m: 4, d: 1 });
    expect(new Date(p.dueAt).toISOString()).toBe('2025-04-01T21:59:59.999Z');
  });

  it.each<[string, Date, DueDateOptions]>([
    ['an invalid date', new Date('not a date'), OSLO],
    [
      'an unknown time zone',
      new Date('2025-01-02T10:00:00Z'),
      { ...OSLO, timeZone: 'Europe/Olso' },
    ],
    ['a negative number of days', new Date('2025-01-02T10:00:00Z'), { ...OSLO, days: -1 }],
    ['a fraction of a day', new Date('2025-01-02T10:00:00Z'), { ...OSLO, days: 1.5 }],
    ['a year outside 1950–2100', new Date('2101-03-01T10:00:00Z'), OSLO],
  ])('refuses %s', (_name, received, options) => {
    expect(() => dueDate(received, options)).toThrow(RangeError);
  });
});

describe('time zones', () => {
  it.each([
    ['Europe/Oslo', true],
    ['Europe/Stockholm', true],
    ['UTC', true],
    ['Europe/Olso', false],
    ['', false],
    ['+01:00 Oslo', false],
  ])('knows whether %j is a time zone', (zone, known) => {
    expect(isValidTimeZone(zone)).toBe(known);
  });

  it.each([
    ['Oslo in winter', '2025-01-15T12:00:00Z', 'Europe/Oslo', 3_600_000],
    ['Oslo in summer', '2025-07-15T12:00:00Z', 'Europe/Oslo', 7_200_000],
    ['New York in winter', '2025-01-15T12:00:00Z', 'America/New_York', -18_000_000],
    ['Kolkata, a half-hour zone', '2025-01-15T12:00:00Z', 'Asia/Kolkata', 19_800_000],
  ])('finds the offset of %s', (_name, instant, zone, offset) => {
    expect(offsetAt(Date.parse(instant), zone)).toBe(offset);
  });

  it('reads the wall clock of an instant in a zone', () => {
    expect(localDateTimeIn(new Date('2025-03-30T00:59:59Z'), 'Europe/Oslo')).toEqual({
      y: 2025,
      m: 3,
      d: 30,
      hour: 1,
      minute: 59,
      second: 59,
    });
    expect(localDateTimeIn(Date.parse('2025-03-30T01:00:00Z'), 'Europe/Oslo').hour).toBe(3);
    expect(formatLocalDate(localDateIn(new Date('2025-06-12T22:30:00Z'), 'Asia/Tokyo'))).toBe(
      '2025-06-13',
    );
  });

  it.each([
    [
      'an ordinary summer day in Oslo',
      'Europe/Oslo',
      { y: 2025, m: 7, d: 1 },
      '2025-07-01T21:59:59.999Z',
    ],
    [
      'the day summer time begins',
      'Europe/Oslo',
      { y: 2025, m: 3, d: 30 },
      '2025-03-30T21:59:59.999Z',
    ],
    [
      'the day winter time begins',
      'Europe/Oslo',
      { y: 2025, m: 10, d: 26 },
      '2025-10-26T22:59:59.999Z',
    ],
    [
      'a day whose midnight was skipped (São Paulo, 2018)',
      'America/Sao_Paulo',
      { y: 2018, m: 11, d: 3 },
      '2018-11-04T02:59:59.999Z',
    ],
    [
      'a day the zone skipped altogether (Samoa, 30 December 2011) ends with the day before',
      'Pacific/Apia',
      { y: 2011, m: 12, d: 30 },
      '2011-12-30T09:59:59.999Z',
    ],
  ])('ends %s at the last millisecond of the local day', (_name, zone, date, expected) => {
    expect(new Date(endOfLocalDay(date, zone)).toISOString()).toBe(expected);
  });
});
