import { splitPrefix } from '../../../src/core/compose/prefix';

describe('reply and forward prefixes', () => {
  it.each([
    ['SV: Søknad', 'SV: ', 'Søknad', false],
    ['Sv: RE:  Søknad', 'Sv: RE:  ', 'Søknad', false],
    ['VS: SV: Søknad', 'VS: SV: ', 'Søknad', true],
    ['Fwd: Beslut', 'Fwd: ', 'Beslut', true],
    ['AW: Re[2]: Antrag', 'AW: Re[2]: ', 'Antrag', false],
    ['\u200fRE: طلب', '\u200fRE: ', 'طلب', false],
    ['Svar på søknad', '', 'Svar på søknad', false],
    ['Sverige: reise', '', 'Sverige: reise', false],
    ['Tr: ', 'Tr: ', '', true],
  ])('splits %j', (subject, prefix, rest, forward) => {
    expect(splitPrefix(subject)).toEqual({ prefix, rest, forward });
  });
});
