import { ID_CODES, ID_MESSAGES, findNationalIds } from '../../../src/core/ids';
import { format } from '../../../src/core/i18n/types';
import { LANGS } from '../../../src/core/model';
import { normalizeText } from '../../../src/core/text/normalize';

const rows = LANGS.flatMap((lang) => ID_CODES.map((code) => ({ lang, code })));

describe('messages for identity number findings', () => {
  it.each(rows)('$lang has a text for $code that shows the masked number', ({ lang, code }) => {
    const text = ID_MESSAGES[lang][code];
    expect(text.length).toBeGreaterThan(20);
    expect(text.match(/\{[a-zA-Z0-9_]+\}/g)).toEqual(['{masked}']);
  });

  it.each(ID_CODES)('%s reads differently in nb, nn, sv and en', (code) => {
    const texts = LANGS.map((lang) => ID_MESSAGES[lang][code]);
    expect(new Set(texts).size).toBe(LANGS.length);
  });

  it.each(LANGS)('%s has no text for a code the detector does not have', (lang) => {
    expect(Object.keys(ID_MESSAGES[lang]).sort()).toEqual([...ID_CODES].sort());
  });

  it('fills the placeholder from a finding without repeating the number', () => {
    const [m] = findNationalIds(normalizeText('Fnr 15038500047'));
    expect(m).toBeDefined();
    const text = format(ID_MESSAGES.nb['national-id.no.fnr'], m?.params);
    expect(text).toBe('Teksten inneholder et fødselsnummer (150385*****).');
    expect(text).not.toContain('15038500047');
  });
});
