import type { Messages } from '../i18n/types';
import type { Lang } from '../model';
import type { HolidayKey } from './holidays';
import type { NonWorkingReason } from './working-days';

export type CalendarMessageKey = NonWorkingReason;

/**
 * Holiday names as each country writes them in its own language; in the
 * other Scandinavian language the foreign holiday is named so a reader
 * recognises it (a Norwegian reading a Swedish calendar sees "midtsommeraften").
 */
export const calendarMessages = {
  nb: {
    'calendar.holiday.new-years-day': '1. nyttårsdag',
    'calendar.holiday.epiphany': 'Trettende dag jul',
    'calendar.holiday.annunciation': 'Maria budskapsdag',
    'calendar.holiday.maundy-thursday': 'Skjærtorsdag',
    'calendar.holiday.good-friday': 'Langfredag',
    'calendar.holiday.easter-sunday': '1. påskedag',
    'calendar.holiday.easter-monday': '2. påskedag',
    'calendar.holiday.may-day': '1. mai',
    'calendar.holiday.constitution-day': '17. mai',
    'calendar.holiday.ascension-day': 'Kristi himmelfartsdag',
    'calendar.holiday.whit-sunday': '1. pinsedag',
    'calendar.holiday.whit-monday': '2. pinsedag',
    'calendar.holiday.national-day': 'Sveriges nasjonaldag',
    'calendar.holiday.midsummer-eve': 'Midtsommeraften',
    'calendar.holiday.midsummer-day': 'Midtsommerdagen',
    'calendar.holiday.all-saints-day': 'Allehelgensdag',
    'calendar.holiday.christmas-eve': 'Julaften',
    'calendar.holiday.christmas-day': '1. juledag',
    'calendar.holiday.boxing-day': '2. juledag',
    'calendar.holiday.new-years-eve': 'Nyttårsaften',
    'calendar.weekend': 'Helg',
    'calendar.extra-holiday': 'Fridag i kommunen',
  },
  nn: {
    'calendar.holiday.new-years-day': '1. nyttårsdag',
    'calendar.holiday.epiphany': 'Trettande dag jul',
    'calendar.holiday.annunciation': 'Maria bodskapsdag',
    'calendar.holiday.maundy-thursday': 'Skjærtorsdag',
    'calendar.holiday.good-friday': 'Langfredag',
    'calendar.holiday.easter-sunday': '1. påskedag',
    'calendar.holiday.easter-monday': '2. påskedag',
    'calendar.holiday.may-day': '1. mai',
    'calendar.holiday.constitution-day': '17. mai',
    'calendar.holiday.ascension-day': 'Kristi himmelfartsdag',
    'calendar.holiday.whit-sunday': '1. pinsedag',
    'calendar.holiday.whit-monday': '2. pinsedag',
    'calendar.holiday.national-day': 'Sveriges nasjonaldag',
    'calendar.holiday.midsummer-eve': 'Midtsommaraftan',
    'calendar.holiday.midsummer-day': 'Midtsommardagen',
    'calendar.holiday.all-saints-day': 'Allehelgensdag',
    'calendar.holiday.christmas-eve': 'Julaftan',
    'calendar.holiday.christmas-day': '1. juledag',
    'calendar.holiday.boxing-day': '2. juledag',
    'calendar.holiday.new-years-eve': 'Nyttårsaftan',
    'calendar.weekend': 'Helg',
    'calendar.extra-holiday': 'Fridag i kommunen',
  },
  sv: {
    'calendar.holiday.new-years-day': 'Nyårsdagen',
    'calendar.holiday.epiphany': 'Trettondedag jul',
    'calendar.holiday.annunciation': 'Marie bebådelsedag',
    'calendar.holiday.maundy-thursday': 'Skärtorsdagen',
    'calendar.holiday.good-friday': 'Långfredagen',
    'calendar.holiday.easter-sunday': 'Påskdagen',
    'calendar.holiday.easter-monday': 'Annandag påsk',
    'calendar.holiday.may-day': 'Första maj',
    'calendar.holiday.constitution-day': 'Norges nationaldag (17 maj)',
    'calendar.holiday.ascension-day': 'Kristi himmelsfärdsdag',
    'calendar.holiday.whit-sunday': 'Pingstdagen',
    'calendar.holiday.whit-monday': 'Annandag pingst',
    'calendar.holiday.national-day': 'Sveriges nationaldag',
    'calendar.holiday.midsummer-eve': 'Midsommarafton',
    'calendar.holiday.midsummer-day': 'Midsommardagen',
    'calendar.holiday.all-saints-day': 'Alla helgons dag',
    'calendar.holiday.christmas-eve': 'Julafton',
    'calendar.holiday.christmas-day': 'Juldagen',
    'calendar.holiday.boxing-day': 'Annandag jul',
    'calendar.holiday.new-years-eve': 'Nyårsafton',
    'calendar.weekend': 'Helg',
    'calendar.extra-holiday': 'Ledig dag i kommunen',
  },
  en: {
    'calendar.holiday.new-years-day': 'New Year’s Day',
    'calendar.holiday.epiphany': 'Epiphany',
    'calendar.holiday.annunciation': 'Annunciation Day',
    'calendar.holiday.maundy-thursday': 'Maundy Thursday',
    'calendar.holiday.good-friday': 'Good Friday',
    'calendar.holiday.easter-sunday': 'Easter Sunday',
    'calendar.holiday.easter-monday': 'Easter Monday',
    'calendar.holiday.may-day': 'May Day',
    'calendar.holiday.constitution-day': 'Constitution Day (17 May)',
    'calendar.holiday.ascension-day': 'Ascension Day',
    'calendar.holiday.whit-sunday': 'Whit Sunday',
    'calendar.holiday.whit-monday': 'Whit Monday',
    'calendar.holiday.national-day': 'National Day of Sweden',
    'calendar.holiday.midsummer-eve': 'Midsummer Eve',
    'calendar.holiday.midsummer-day': 'Midsummer Day',
    'calendar.holiday.all-saints-day': 'All Saints’ Day',
    'calendar.holiday.christmas-eve': 'Christmas Eve',
    'calendar.holiday.christmas-day': 'Christmas Day',
    'calendar.holiday.boxing-day': 'Boxing Day',
    'calendar.holiday.new-years-eve': 'New Year’s Eve',
    'calendar.weekend': 'Weekend',
    'calendar.extra-holiday': 'Day off in the municipality',
  },
} as const satisfies Messages<CalendarMessageKey>;

/** A holiday's name in a language, e.g. ("whit-monday", "nn") → "2. pinsedag". */
export function holidayName(key: HolidayKey, lang: Lang): string {
  return calendarMessages[lang][`calendar.holiday.${key}`];
}
