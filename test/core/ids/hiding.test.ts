/**
 * Issue 10: an identity number a reader still sees is found however it is
 * hidden, and the finding points at what the user wrote. Each case below
 * writes a valid number one way; the scan must report it once, with its
 * code and its offsets in the text as written.
 */
import { validateNorwegian, validateSwedish } from '../../../src/core/ids';
import type { TextMatch } from '../../../src/core/model';
import { scanText } from '../../../src/core/scan';

const FNR = '13097248022';
const PNR = '8507091232';
const PNR12 = '198507091240';

function ids(text: string): TextMatch[] {
  return scanText(text).filter((m) => m.category === 'national-id');
}

/** The text, and where in it the number is: the part between `[` and `]`. */
function marked(template: string): { text: string; start: number; end: number } {
  const start = template.indexOf('[');
  const end = template.indexOf(']') - 1;
  return { text: template.replace('[', '').replace(']', ''), start, end };
}

function expectFound(template: string, code: string): void {
  const { text, start, end } = marked(template);
  expect(ids(text)).toEqual([
    expect.objectContaining({ code, start, end, text: text.slice(start, end) }),
  ]);
}

function spaced(digits: string, sizes: readonly number[], sep: string): string {
  const out: string[] = [];
  let at = 0;
  for (const n of sizes) {
    out.push(digits.slice(at, at + n));
    at += n;
  }
  return out.join(sep);
}

function inScript(digits: string, zero: number): string {
  return [...digits].map((d) => String.fromCodePoint(zero + Number(d))).join('');
}

const reversed = (s: string): string => [...s].reverse().join('');

describe('the numbers used here', () => {
  it('are valid', () => {
    expect(validateNorwegian(FNR)).toBe('fnr');
    expect(validateSwedish(PNR)).toBe('pnr');
    expect(validateSwedish(PNR12)).toBe('pnr');
  });
});

describe('white space between the groups', () => {
  it.each([
    ['two spaces', spaced(FNR, [6, 5], '  ')],
    ['several spaces', spaced(FNR, [6, 5], '      ')],
    ['a tab', spaced(FNR, [6, 5], '\t')],
    ['a tab and spaces', spaced(FNR, [6, 5], ' \t ')],
    ['a line break', spaced(FNR, [6, 5], '\n')],
    ['a Windows line break', spaced(FNR, [6, 5], '\r\n')],
    ['a line break and indentation', spaced(FNR, [6, 5], '\n    ')],
    ['a no-break space', spaced(FNR, [6, 5], '\u00a0')],
    ['a Braille blank', spaced(FNR, [6, 5], '\u2800')],
    ['tabs in 2 2 2 5', spaced(FNR, [2, 2, 2, 5], '\t')],
    ['two spaces in 6 3 2', spaced(FNR, [6, 3, 2], '  ')],
    ['a line break anywhere in the number', spaced(FNR, [4, 7], '\n')],
    ['a line break after the first digit', spaced(FNR, [1, 10], '\n')],
    ['a hyphen with spaces around it', spaced(FNR, [6, 5], ' - ')],
    ['a dot with a space after it', spaced(FNR, [6, 5], '. ')],
  ])('%s', (_why, written) => {
    expectFound(`Søker: [${written}], se vedlegg.`, 'national-id.no.fnr');
  });

  it('a blank line ends the number: the groups are two numbers', () => {
    expect(ids(`Søker: ${spaced(FNR, [6, 5], '\n\n')}`)).toEqual([]);
  });
});

describe('the 3-3-3-2 grouping', () => {
  it.each([
    ['spaces', ' '],
    ['two spaces', '  '],
    ['dots', '.'],
    ['hyphens', '-'],
    ['tabs', '\t'],
  ])('with %s', (_why, sep) => {
    expectFound(`Fnr. [${spaced(FNR, [3, 3, 3, 2], sep)}] er registrert.`, 'national-id.no.fnr');
  });

  it('the example of the issue, 010 211 482 25', () => {
    expect(validateNorwegian('01021148225')).not.toBeNull();
    expectFound('Søkers nummer er [010 211 482 25].', 'national-id.no.fnr');
  });
});

describe('Swedish personnummer in the forms people write', () => {
  it.each([
    ['YYMMDD-NNNC', `${PNR.slice(0, 6)}-${PNR.slice(6)}`],
    ['YYMMDD+NNNC (100 years or older)', `${PNR.slice(0, 6)}+${PNR.slice(6)}`],
    ['YYMMDD NNNC', `${PNR.slice(0, 6)} ${PNR.slice(6)}`],
    ['YYMMDD  NNNC (two spaces)', `${PNR.slice(0, 6)}  ${PNR.slice(6)}`],
    ['YYMMDD - NNNC', `${PNR.slice(0, 6)} - ${PNR.slice(6)}`],
    ['YYMMDD–NNNC (an en dash)', `${PNR.slice(0, 6)}\u2013${PNR.slice(6)}`],
    ['YYMMDD, a tab, NNNC', `${PNR.slice(0, 6)}\t${PNR.slice(6)}`],
    ['YYMMDDNNNC', PNR],
    ['YYYYMMDD-NNNC', `${PNR12.slice(0, 8)}-${PNR12.slice(8)}`],
    ['YYYYMMDDNNNC', PNR12],
    ['YYYY-MM-DD-NNNC', spaced(PNR12, [4, 2, 2, 4], '-')],
    ['YYYYMMDD NNNC across a line break', `${PNR12.slice(0, 8)}\n${PNR12.slice(8)}`],
  ])('%s', (_why, written) => {
    expectFound(`Ärendet gäller [${written}] enligt ansökan.`, 'national-id.se.pnr');
  });
});

describe('invisible characters between the digits', () => {
  it.each([
    ['tag characters', '\u{e0031}'],
    ['a cancel tag', '\u{e007f}'],
    ['variation selector 16', '\ufe0f'],
    ['variation selector 17', '\u{e0100}'],
    ['the Hangul filler', '\u3164'],
    ['the Hangul choseong filler', '\u115f'],
    ['the half-width Hangul filler', '\uffa0'],
    ['the Mongolian vowel separator', '\u180e'],
    ['a Mongolian free variation selector', '\u180b'],
    ['a Khmer inherent vowel', '\u17b4'],
    ['an interlinear annotation anchor', '\ufff9'],
    ['a zero-width space', '\u200b'],
    ['a zero-width joiner', '\u200d'],
    ['a word joiner', '\u2060'],
    ['a soft hyphen', '\u00ad'],
    ['a left-to-right mark', '\u200e'],
    ['the Arabic letter mark', '\u061c'],
    ['the combining grapheme joiner', '\u034f'],
  ])('%s after every digit', (_why, ch) => {
    const written = [...FNR].join(ch);
    expectFound(`Fnr [${written}] oppgitt.`, 'national-id.no.fnr');
  });

  it('a Braille blank after every digit is a space: each digit spaced out', () => {
    expectFound(`Fnr [${[...FNR].join('\u2800')}] oppgitt.`, 'national-id.no.fnr');
  });
});

describe('combining marks on the digits', () => {
  it.each([
    ['an acute accent', '\u0301'],
    ['a long stroke overlay', '\u0336'],
    ['a low line', '\u0332'],
    ['an enclosing keycap', '\u20e3'],
    ['an enclosing circle', '\u20dd'],
    ['a Devanagari nukta', '\u093c'],
    ['a combining half mark', '\ufe20'],
  ])('%s on every digit', (_why, mark) => {
    const written = [...FNR].map((d) => d + mark).join('');
    expectFound(`Fnr [${written}] oppgitt.`, 'national-id.no.fnr');
  });
});

describe('decimal digits of other scripts', () => {
  it.each([
    ['Arabic-Indic', 0x0660],
    ['extended Arabic-Indic', 0x06f0],
    ['N’Ko', 0x07c0],
    ['Devanagari', 0x0966],
    ['Bengali', 0x09e6],
    ['Tamil', 0x0be6],
    ['Thai', 0x0e50],
    ['Tibetan', 0x0f20],
    ['Myanmar', 0x1040],
    ['Khmer', 0x17e0],
    ['Mongolian', 0x1810],
    ['Balinese', 0x1b50],
    ['Sundanese', 0x1bb0],
    ['Ol Chiki', 0x1c50],
    ['Javanese', 0xa9d0],
    ['Meetei Mayek', 0xabf0],
    ['full-width', 0xff10],
    ['Osmanya', 0x104a0],
    ['Brahmi', 0x11066],
    ['Adlam', 0x1e950],
    ['mathematical bold', 0x1d7ce],
    ['mathematical double-struck', 0x1d7d8],
    ['mathematical sans-serif', 0x1d7e2],
    ['mathematical monospace', 0x1d7f6],
    ['segmented', 0x1fbf0],
  ])('%s digits', (_why, zero) => {
    expectFound(`Fnr [${inScript(FNR, zero)}] oppgitt.`, 'national-id.no.fnr');
  });

  it('Arabic-Indic digits grouped 6+5', () => {
    expectFound(`Fnr [${spaced(inScript(FNR, 0x0660), [6, 5], ' ')}].`, 'national-id.no.fnr');
  });

  it('digits of different scripts in one number', () => {
    const mixed = [...FNR]
      .map((d, i) => String.fromCodePoint([0x30, 0x0966, 0x1e950, 0xff10][i % 4]! + Number(d)))
      .join('');
    expectFound(`Fnr [${mixed}] oppgitt.`, 'national-id.no.fnr');
  });
});

describe('written backwards behind a right-to-left control', () => {
  it.each([
    ['an override and its pop', (n: string) => `\u202e${reversed(n)}\u202c`],
    ['an override to the end of the line', (n: string) => `\u202e${reversed(n)}`],
    [
      'an override inside a right-to-left isolate',
      (n: string) => `\u2067\u202e${reversed(n)}\u202c\u2069`,
    ],
    [
      'an override inside a first-strong isolate',
      (n: string) => `\u2068\u202e${reversed(n)}\u202c\u2069`,
    ],
    [
      'an override of the grouped number',
      (n: string) => `\u202e${reversed(spaced(n, [6, 5], ' '))}\u202c`,
    ],
  ])('%s', (_why, hide) => {
    const hidden = hide(FNR);
    const text = `Fnr ${hidden} oppgitt.`;
    const found = ids(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.code).toBe('national-id.no.fnr');
    // The finding covers the digits as written (the controls may stay outside).
    const at = found[0]!;
    expect(text.slice(at.start, at.end).replace(/[^0-9]/g, '')).toBe(
      reversed(FNR).replace(/ /g, ''),
    );
  });

  it('groups in a right-to-left isolate, shown in the other order', () => {
    // Shown as "130972 48022", written "48022 130972".
    expectFound(
      `Fnr \u2067[${FNR.slice(6)} ${FNR.slice(0, 6)}]\u2069 oppgitt.`,
      'national-id.no.fnr',
    );
  });

  it('a number inside an override is still found as written', () => {
    // Shown reversed, but copied out as written: reported all the same.
    expectFound(`Fnr \u202e[${FNR}]\u202c.`, 'national-id.no.fnr');
  });
});

describe('several tricks at once', () => {
  it('Adlam digits, a tag character and two spaces in one number', () => {
    const a = inScript(FNR.slice(0, 6), 0x1e950);
    const b = [...FNR.slice(6)].join('\u{e0020}');
    expectFound(`Fnr [${a}  ${b}] oppgitt.`, 'national-id.no.fnr');
  });

  it('every number in a text with each trick once', () => {
    const text = [
      spaced(FNR, [6, 5], '\t'),
      spaced(FNR, [3, 3, 3, 2], ' '),
      inScript(FNR, 0x1c50),
      [...FNR].join('\u3164'),
      `\u202e${reversed(FNR)}\u202c`,
    ].join(' og ');
    expect(ids(text).map((m) => m.code)).toEqual(Array(5).fill('national-id.no.fnr'));
  });
});
