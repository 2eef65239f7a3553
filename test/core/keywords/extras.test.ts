import { compileExtras, findKeywords } from '../../../src/core/keywords';
import type { ExtraKeywords } from '../../../src/core/profile/types';
import { normalizeText } from '../../../src/core/text/normalize';

const EXTRA: ExtraKeywords = {
  'special-category': ['introduksjonsprogram', 'Tolk på tigrinja'],
  confidentiality: ['Gradert', 'U.off', 'Skjermet § 9-2'],
  'legal-form': ['Nabovarsel'],
  threat: ['kjem og tek deg'],
};

function find(text: string, extra: ExtraKeywords = EXTRA) {
  return findKeywords(normalizeText(text), extra);
}

describe("the organisation's own keywords", () => {
  it.each([
    ['Han deltar i introduksjonsprogram.', 'special-category.custom', 'introduksjonsprogram'],
    ['Dokumentet er GRADERT.', 'confidentiality.custom', 'Gradert'],
    ['Nabovarsel er sendt ut.', 'legal-form.custom', 'Nabovarsel'],
    ['Eg kjem og tek deg.', 'threat.custom', 'kjem og tek deg'],
  ])('"%s" yields %s with the configured keyword', (text, code, keyword) => {
    expect(find(text).map((m) => [m.code, m.category, m.params])).toEqual([
      [code, code.slice(0, code.indexOf('.')), { keyword }],
    ]);
  });

  it.each([
    ['upper case', 'BESTILL TOLK PÅ TIGRINJA', 'TOLK PÅ TIGRINJA'],
    ['a line break between the words', 'Vi trenger tolk\npå tigrinja.', 'tolk\npå tigrinja'],
    ['extra spaces', 'Tolk   på  tigrinja er bestilt.', 'Tolk   på  tigrinja'],
    ['the punctuation written in the keyword', 'Merket U. off i arkivet', 'U. off'],
    ['a leading section sign', 'Skjermet §9-2 etter sikkerhetsloven', 'Skjermet §9-2'],
  ])('matches a phrase written with %s', (_what, text, span) => {
    const [m, ...rest] = find(text);
    expect(rest).toEqual([]);
    expect(m?.text).toBe(span);
  });

  it.each([
    ['inside a longer word', 'Gradertbygg er ikke et ord.'],
    ['with other punctuation than configured', 'Merket U-off i arkivet'],
    ['across a blank line', 'Tolk\n\npå tigrinja'],
    ['in an e-mail address', 'Skriv til nabovarsel@ha.kommune.no'],
    ['when only part of the phrase is there', 'Eg kjem og tek bussen.'],
  ])('does not match %s', (_what, text) => {
    expect(find(text)).toEqual([]);
  });

  it('reports the built-in and the custom finding side by side', () => {
    const found = find('Gradert. Han er sykmeldt.');
    expect(found.map((m) => m.code)).toEqual(['confidentiality.custom', 'special-category.health']);
  });

  it('ignores blank and punctuation-only keywords', () => {
    const extra: ExtraKeywords = { threat: ['', '   ', '§', '!!'] };
    expect(compileExtras(extra).phrases).toEqual([]);
    expect(find('§ !! tekst', extra)).toEqual([]);
  });

  it('compiles each profile object once', () => {
    const a = compileExtras(EXTRA);
    expect(compileExtras(EXTRA)).toBe(a);
    expect(compileExtras({ ...EXTRA })).not.toBe(a);
  });

  it('finds nothing custom without extra keywords', () => {
    expect(findKeywords(normalizeText('Gradert nabovarsel'))).toEqual([]);
  });
});
