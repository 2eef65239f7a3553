import { SPECIAL_CATEGORY } from '../../../src/core/keywords/dictionary/special-category';
import { compileDictionary } from '../../../src/core/keywords/find';
import {
  expandBraces,
  parsePattern,
  parseToken,
  tokMatches,
} from '../../../src/core/keywords/pattern';

describe('the dictionary pattern language', () => {
  it.each([
    ['sykmeld{t,te,ing*}', ['sykmeldt', 'sykmeldte', 'sykmelding*']],
    ['kreft{,en}', ['kreft', 'kreften']],
    ['{a,b}{1,2}', ['a1', 'a2', 'b1', 'b2']],
    ['plain', ['plain']],
  ])('expands %s', (src, expected) => {
    expect(expandBraces(src)).toEqual(expected);
  });

  it.each([
    ['an exact word', 'kreft', 'kreft', true],
    ['an exact word with more letters', 'kreft', 'krefter', false],
    ['a stem with an ending', 'sykmeld*', 'sykmeldingen', true],
    ['a stem alone', 'sykmeld*', 'sykmeld', true],
    ['a compound head', '*kreft', 'lungekreft', true],
    ['a head that is the whole word', '*kreft', 'kreft', false],
    ['any word', '_', 'hva-som-helst', true],
  ])('matches %s', (_what, token, word, expected) => {
    expect(tokMatches(parseToken(token), word)).toBe(expected);
  });

  it('takes the bracketed word as trigger and reads the words before it nearest first', () => {
    const p = parsePattern('jeg|vi skal nok? [drepe] deg');
    expect([...p.trigger.exact]).toEqual(['drepe']);
    expect(p.before.map((t) => [[...t.exact], t.optional])).toEqual([
      [['nok'], true],
      [['skal'], false],
      [['jeg', 'vi'], false],
    ]);
    expect(p.after.map((t) => [...t.exact])).toEqual([['deg']]);
  });

  it('takes the first word as trigger when none is bracketed', () => {
    expect([...parsePattern('kreft behandling').trigger.exact]).toEqual(['kreft']);
  });

  it.each([
    ['an unclosed brace', 'sykmeld{t,te'],
    ['an upper-case word', 'Kreft'],
    ['a hyphenated word (the scanner splits it)', 'hiv-positiv'],
    ['a word with a dot', 'u.off'],
    ['an optional trigger', '[kreft?] behandling'],
    ['a wildcard trigger', 'om [_]'],
    ['an empty alternative', 'a||b'],
  ])('rejects %s', (_what, src) => {
    expect(() => parsePattern(src)).toThrow();
  });

  it('accepts a wildcard trigger in a suppression pattern', () => {
    expect(parsePattern('kurs om [_]', true).trigger.any).toBe(true);
  });

  it('compiles the whole built-in dictionary', () => {
    const d = compileDictionary();
    expect(d.entries.length).toBeGreaterThan(100);
    expect(d.fwd.empty).toBe(false);
    expect(d.rev.empty).toBe(false);
  });

  it('every special-category rule has patterns', () => {
    for (const rule of SPECIAL_CATEGORY) expect(rule.patterns.length).toBeGreaterThan(0);
  });
});
