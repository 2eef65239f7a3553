/**
 * The text scan is linear in its input by construction (issue 10): for each
 * of the worst inputs below, the steps counted on the meter stay under a
 * constant times the input's length, and four times the input costs at most
 * 4.5 times the steps. Nothing here is timed.
 */
import type { ExtraKeywords } from '../../src/core/profile/types';
import { scanText } from '../../src/core/scan';
import { Meter, OutOfTime } from '../../src/core/metering/meter';

const N = 20_000;
/** Steps per character of input at most. */
const PER_CHAR = 64;
const GROWTH = 4.5;

/** `unit` repeated to at least `n` characters. */
function fill(unit: string, n: number): string {
  return unit.repeat(Math.ceil(n / unit.length));
}

function steps(text: string, extra?: ExtraKeywords): number {
  const meter = new Meter();
  scanText(text, extra, meter);
  return meter.steps;
}

const EXTRA: ExtraKeywords = { confidentiality: ['hemmelig prosjekt', 'U.off', 'gradert'] };

const WORST: ReadonlyArray<readonly [string, (n: number) => string]> = [
  ['one long run of spaces between two digits', (n) => `Fnr 1${' '.repeat(n)}2`],
  ['"dnr" and spaces', (n) => `dnr${' '.repeat(n)}`],
  ['one run of digits', (n) => '1'.repeat(n)],
  ['single digits spaced apart', (n) => fill('1 ', n)],
  ['digit groups and every separator', (n) => fill('12 34.56-78+90/12\t34\n56  - 78 ', n)],
  ['digit groups over line breaks', (n) => fill('130972\n48022\n', n)],
  ['digits with invisible characters', (n) => fill('1\u200b3\u{e0020}0\ufe0f9\u3164', n)],
  ['digits with combining marks', (n) => fill('1\u03013\u20e3', n)],
  ['digits of other scripts', (n) => fill('\u{1e951}\u{1e953}\u0661\u1c51 ', n)],
  ['valid numbers back to back', (n) => fill('13097248022 ', n)],
  ['valid numbers in the 3-3-3-2 grouping', (n) => fill('130 972 480 22 ', n)],
  ['one long word', (n) => 'a'.repeat(n)],
  ['one long word after a trigger', (n) => `sykmeld${'t'.repeat(n)}`],
  ['a repeated keyword prefix in one word', (n) => fill('syk', n)],
  ['a keyword over and over', (n) => fill('sykmeldt ', n)],
  ['a phrase over and over, no sentence ends', (n) => fill('innlagt på psykiatrisk avdeling, ', n)],
  [
    'distinct "Unntatt offentlighet" lines',
    (n) =>
      Array.from({ length: Math.ceil(n / 30) }, (_, i) => `Unntatt offentlighet ${i}`).join('\n'),
  ],
  ['legal references with long gaps', (n) => fill(`offl.${' '.repeat(200)}§ 13 `, n)],
  ['a marking and a long gap', (n) => `Unntatt offentlighet, jf.${' '.repeat(n)}offl. § 13`],
  ['the one-letter trigger "u"', (n) => fill('u ', n)],
  ['"u" and a long gap', (n) => `u${' '.repeat(n)}.off`],
  ['letters spaced apart', (n) => fill('a ', n)],
  ['a keyword spaced apart', (n) => fill('t a u s h e t s b e l a g t  ', n)],
  ['letters dotted apart, no spaces', (n) => fill('s.e.k.', n)],
  ['dots and top-level domains in one chunk', (n) => fill('a.no.', n)],
  ['addresses', (n) => fill('x@y ', n)],
  ['right-to-left overrides', (n) => fill('\u202e1234\u202c ', n)],
  ['nested bidi controls never closed', (n) => fill('\u2067\u202e\u202b1', n)],
  ['one override over everything', (n) => `\u202e${fill('22084279031 ', n)}`],
  ['mathematical letters', (n) => fill('𝐬𝐲𝐤𝐦𝐞𝐥𝐝𝐭 ', n)],
  ['small capitals and dotless i', (n) => fill('ꜱʏᴋᴍᴇʟᴅᴛ ınnlagt ', n)],
  ['lines of spaces and line breaks', (n) => fill(' \n \n', n)],
];

describe('issue 10: the text scan counts its work, and it grows linearly', () => {
  it.each(WORST)('%s', (_name, make) => {
    const small = make(N);
    const large = make(4 * N);
    const a = steps(small);
    const b = steps(large);
    expect(a).toBeGreaterThan(0);
    expect(a).toBeLessThanOrEqual(PER_CHAR * small.length);
    expect(b).toBeLessThanOrEqual(PER_CHAR * large.length);
    expect(b / a).toBeLessThanOrEqual(GROWTH * (large.length / small.length / 4));
  });

  it.each([
    ['the profile’s own keywords over and over', (n: number) => fill('hemmelig prosjekt ', n)],
    [
      'their punctuation with long gaps',
      (n: number) => fill(`U${' '.repeat(30)}.${' '.repeat(30)}off `, n),
    ],
  ])('%s', (_name, make) => {
    const a = steps(make(N), EXTRA);
    const b = steps(make(4 * N), EXTRA);
    expect(a).toBeLessThanOrEqual(PER_CHAR * make(N).length);
    expect(b / a).toBeLessThanOrEqual(GROWTH);
  });
});

describe('a deadline', () => {
  it('abandons the scan: OutOfTime comes through', () => {
    let now = 0;
    const meter = new Meter({ now: () => now, deadline: 10, checkEvery: 1000 });
    now = 11;
    expect(() =>
      scanText(fill('Eleven er sykmeldt, fnr 13097248022. ', 200_000), undefined, meter),
    ).toThrow(OutOfTime);
    // It stopped early: far fewer steps than the whole text costs.
    expect(meter.steps).toBeLessThan(200_000);
  });

  it('does not stop a scan that is in time', () => {
    const meter = new Meter({ now: () => 0, deadline: 10, checkEvery: 1000 });
    expect(scanText('Eleven er sykmeldt, fnr 13097248022.', undefined, meter)).toHaveLength(2);
  });
});

describe('findings are the same with a meter and without one', () => {
  it('for a text with every kind of finding', () => {
    const text =
      'Unntatt offentlighet, jf. offl. § 13\nEleven er sykmeldt, fnr 130972  48022, ' +
      '\u202e22084279031\u202c og t a u s h e t s b e l a g t.';
    expect(scanText(text, EXTRA, new Meter())).toEqual(scanText(text, EXTRA));
  });
});
