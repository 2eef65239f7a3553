/**
 * The four seed routines (../shared/seeds, read in place) are municipal
 * e-mail rules. They talk ABOUT taushetsbelagte opplysninger, unntatt
 * offentlighet, sekretess, "uppgifter om någons hälsa", "Hot och
 * trakasserier": none of that is a marking or a person's data, so sending the
 * routine itself must not raise special-category, confidentiality or threat
 * findings. Routine 000 quotes the legal-form triggers ("krav om
 * underskrift", "forhåndsvarsel etter forvaltningsloven §16") and gets those
 * two warnings, on purpose.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { findKeywords } from '../../../src/core/keywords';
import { normalizeText } from '../../../src/core/text/normalize';
import { describeExternal, externalPath } from '../../support/external';

// The seeds sit beside the test data: ../shared/seeds.
const SEEDS = '../seeds';

describeExternal('keywords on the seed routines', SEEDS, () => {
  const expected: Record<string, string[]> = {
    '000': ['legal-form.signature-required', 'legal-form.advance-notice'],
    '001': [],
    '003': [],
    '004': [],
  };
  const files = readdirSync(externalPath(SEEDS)).filter((f) => f.endsWith('.txt'));

  it('has the four routines', () => {
    expect(files.map((f) => f.slice(0, 3)).sort()).toEqual(Object.keys(expected));
  });

  it.each(files)('%s raises only the findings it should', (file) => {
    const text = readFileSync(externalPath(SEEDS, file), 'utf8');
    const found = findKeywords(normalizeText(text)).map((m) => m.code);
    expect(found).toEqual(expected[file.slice(0, 3)]);
  });
});
