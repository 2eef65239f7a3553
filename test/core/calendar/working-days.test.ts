import {
  addDays,
  addWorkingDays,
  formatLocalDate,
  isWorkingDay,
  nonWorkingReason,
  parseLocalDate,
  workingDaysBetween,
} from '../../../src/core/calendar';
import type { CalendarOptions, LocalDate } from '../../../src/core/calendar';

function d(iso: string): LocalDate {
  const x = parseLocalDate(iso);
  if (!x) throw new Error(`bad fixture date ${iso}`);
  return x;
}

const NO: CalendarOptions = { country: 'NO' };
const NO_EVES_OFF: CalendarOptions = { country: 'NO', christmasEveOff: true };
const SE: CalendarOptions = { country: 'SE' };

describe('addWorkingDays', () => {
  it.each<[string, CalendarOptions, string, number, string]>([
    ['a message on a Friday is due on Tuesday', NO, '2025-03-07', 2, '2025-03-11'],
    ['a message on a Saturday is due on Tuesday too', NO, '2025-03-08', 2, '2025-03-11'],
    ['a message on a Sunday is due on Tuesday too', SE, '2025-03-09', 2, '2025-03-11'],
    ['moves the deadline past 17 May', NO, '2022-05-16', 2, '2022-05-19'],
    ['17 May on a Saturday gives no day in lieu', NO, '2025-05-16', 2, '2025-05-20'],
    [
      'a message on the Wednesday before Easter in Norway is due on the Wednesday after',
      NO,
      '2025-04-16',
      2,
      '2025-04-23',
    ],
    [
      'a message on the Wednesday before Easter in Sweden is due on the Tuesday after, as skärtorsdag is a working day',
      SE,
      '2025-04-16',
      2,
      '2025-04-22',
    ],
    [
      'a message on Good Friday is due on the Wednesday after Easter',
      NO,
      '2025-04-18',
      2,
      '2025-04-23',
    ],
    [
      'a Swedish message on skärtorsdag 2024 is due after annandag påsk',
      SE,
      '2024-03-28',
      2,
      '2024-04-03',
    ],
    ['the Friday after Ascension Day is a working day by law', SE, '2025-05-28', 1, '2025-05-30'],
    ['in Sweden midsommarafton counts as a Sunday', SE, '2025-06-19', 2, '2025-06-24'],
    [
      'in Norway the Friday of Swedish midsummer is an ordinary day',
      NO,
      '2025-06-19',
      2,
      '2025-06-23',
    ],
    ['in Sweden julafton counts as a Sunday', SE, '2025-12-22', 2, '2025-12-29'],
    ['in Norway julaften is a working day by law', NO, '2025-12-22', 2, '2025-12-24'],
    [
      'in Norway julaften is free when the profile says so',
      NO_EVES_OFF,
      '2025-12-22',
      2,
      '2025-12-29',
    ],
    ['in Sweden nyårsafton and trettondedag jul are skipped', SE, '2025-12-30', 3, '2026-01-07'],
    ['in Norway nyttårsaften is a working day by law', NO, '2025-12-30', 2, '2026-01-02'],
    [
      'in Norway nyttårsaften is free when the profile says so',
      NO_EVES_OFF,
      '2025-12-30',
      2,
      '2026-01-05',
    ],
    [
      'a Swedish profile cannot make julafton a working day',
      { country: 'SE', christmasEveOff: false },
      '2025-12-23',
      1,
      '2025-12-29',
    ],
    [
      'skips an extra day off from the profile',
      { country: 'NO', extraHolidays: ['2025-05-02'] },
      '2025-04-30',
      2,
      '2025-05-06',
    ],
    ['without that extra day the Friday counts', NO, '2025-04-30', 2, '2025-05-05'],
    [
      'ignores a malformed extra day instead of failing',
      { country: 'NO', extraHolidays: ['2025-5-2', 'fredag'] },
      '2025-04-30',
      2,
      '2025-05-05',
    ],
    ['zero days leaves the date as it is, even a Saturday', NO, '2025-03-08', 0, '2025-03-08'],
    ['ten working days over Whitsun', NO, '2025-06-02', 10, '2025-06-17'],
    ['counts backwards over Easter', NO, '2025-04-22', -1, '2025-04-16'],
    ['counts over the turn of a year', SE, '2026-12-30', 1, '2027-01-04'],
  ])('%s', (_name, cal, from, days, expected) => {
    expect(formatLocalDate(addWorkingDays(d(from), days, cal))).toBe(expected);
  });

  it.each([
    ['a fraction of a day', 1.5],
    ['more than ten years of days', 5000],
    ['NaN', Number.NaN],
  ])('refuses %s', (_name, days) => {
    expect(() => addWorkingDays(d('2025-01-02'), days, NO)).toThrow(RangeError);
  });
});

describe('isWorkingDay and nonWorkingReason', () => {
  it.each<[string, CalendarOptions, string, string | null]>([
    ['an ordinary Tuesday', NO, '2025-03-11', null],
    ['a Saturday', NO, '2025-03-08', 'calendar.weekend'],
    ['a Sunday', SE, '2025-03-09', 'calendar.weekend'],
    [
      '17 May on a Saturday, named as the holiday',
      NO,
      '2025-05-17',
      'calendar.holiday.constitution-day',
    ],
    ['Easter Monday', SE, '2025-04-21', 'calendar.holiday.easter-monday'],
    ['skärtorsdag in Sweden', SE, '2025-04-17', null],
    ['skjærtorsdag in Norway', NO, '2025-04-17', 'calendar.holiday.maundy-thursday'],
    ['the Swedish national day', SE, '2025-06-06', 'calendar.holiday.national-day'],
    ['6 June in Norway', NO, '2025-06-06', null],
    ['midsommarafton', SE, '2025-06-20', 'calendar.holiday.midsummer-eve'],
    ['julafton in Sweden', SE, '2025-12-24', 'calendar.holiday.christmas-eve'],
    ['julaften in Norway', NO, '2025-12-24', null],
    [
      'julaften in Norway with christmasEveOff',
      NO_EVES_OFF,
      '2025-12-24',
      'calendar.holiday.christmas-eve',
    ],
    [
      'nyttårsaften in Norway with christmasEveOff',
      NO_EVES_OFF,
      '2025-12-31',
      'calendar.holiday.new-years-eve',
    ],
    [
      'an extra day off',
      { country: 'SE', extraHolidays: ['2025-05-30'] },
      '2025-05-30',
      'calendar.extra-holiday',
    ],
    [
      'an extra day off written with spaces around it',
      { country: 'SE', extraHolidays: [' 2025-05-30 '] },
      '2025-05-30',
      'calendar.extra-holiday',
    ],
  ])('%s', (_name, cal, date, reason) => {
    expect(nonWorkingReason(d(date), cal)).toBe(reason);
    expect(isWorkingDay(d(date), cal)).toBe(reason === null);
  });
});

describe('workingDaysBetween', () => {
  it.each<[string, CalendarOptions, string, string, number]>([
    ['two working days over Easter', NO, '2025-04-16', '2025-04-23', 2],
    ['the same day is zero', NO, '2025-04-16', '2025-04-16', 0],
    ['a deadline passed two working days ago is minus two', NO, '2025-04-23', '2025-04-16', -2],
    ['a weekend alone is zero', SE, '2025-03-07', '2025-03-09', 0],
  ])('%s', (_name, cal, from, to, expected) => {
    expect(workingDaysBetween(d(from), d(to), cal)).toBe(expected);
  });

  it('agrees with addWorkingDays from every day of a year', () => {
    const wrong: string[] = [];
    for (let n = 0; n < 365; n++) {
      const base = addDays(d('2025-01-01'), n);
      const to = addWorkingDays(base, 5, SE);
      if (workingDaysBetween(base, to, SE) !== 5 || workingDaysBetween(to, base, SE) !== -5) {
        wrong.push(formatLocalDate(base));
      }
    }
    expect(wrong).toEqual([]);
  });
});
