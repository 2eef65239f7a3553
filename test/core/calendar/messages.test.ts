import { HOLIDAY_KEYS, calendarMessages, holidayName } from '../../../src/core/calendar';
import { LANGS } from '../../../src/core/model';

describe('calendar messages', () => {
  it.each(LANGS.map((l) => [l]))('names every holiday in %s', (lang) => {
    for (const key of HOLIDAY_KEYS) {
      const name = holidayName(key, lang);
      expect(name.trim()).not.toBe('');
      expect(name).not.toMatch(/[{}]/);
    }
  });

  it.each([
    ['whit-monday', 'nn', '2. pinsedag'],
    ['whit-monday', 'sv', 'Annandag pingst'],
    ['christmas-eve', 'nb', 'Julaften'],
    ['christmas-eve', 'nn', 'Julaftan'],
    ['christmas-eve', 'sv', 'Julafton'],
    ['midsummer-eve', 'en', 'Midsummer Eve'],
    ['constitution-day', 'nb', '17. mai'],
  ] as const)('calls %s "%s" in %s', (key, lang, name) => {
    expect(holidayName(key, lang)).toBe(name);
  });

  it('has the same keys in every language', () => {
    const keys = Object.keys(calendarMessages.en).sort();
    for (const lang of LANGS) expect(Object.keys(calendarMessages[lang]).sort()).toEqual(keys);
  });
});
