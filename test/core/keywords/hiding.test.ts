/**
 * Issue 10: a marking or a sensitive phrase a reader still reads is found
 * however its letters are disguised, and the finding covers what the user
 * wrote. The part of each text between `[` and `]` is the finding.
 */
import type { TextMatch } from '../../../src/core/model';
import { scanText } from '../../../src/core/scan';

function keywords(text: string): TextMatch[] {
  return scanText(text).filter((m) => m.category !== 'national-id');
}

function marked(template: string): { text: string; start: number; end: number } {
  const start = template.indexOf('[');
  const end = template.indexOf(']') - 1;
  return { text: template.replace('[', '').replace(']', ''), start, end };
}

function expectFound(template: string, code: string): TextMatch {
  const { text, start, end } = marked(template);
  const found = keywords(text);
  expect(found).toEqual([
    expect.objectContaining({ code, start, end, text: text.slice(start, end) }),
  ]);
  return found[0]!;
}

/** Letters Unicode has outside the mathematical block (its holes there). */
const HOLES: Readonly<Record<number, number>> = { 0x1d455: 0x210e };

/** Lower-case ASCII letters in a mathematical alphabet starting at `a`. */
function math(word: string, a: number): string {
  return [...word]
    .map((c) => {
      if (c < 'a' || c > 'z') return c;
      const cp = a + c.charCodeAt(0) - 0x61;
      return String.fromCodePoint(HOLES[cp] ?? cp);
    })
    .join('');
}

const SECRET = 'confidentiality.secret';
const HEALTH = 'special-category.health';
const EXEMPT = 'confidentiality.exempt';

describe('letters that look like others', () => {
  it.each([
    ['dotless i', 'Eleven er [ınnlagt på psykıatrısk avdelıng].', HEALTH],
    ['a dotted capital I', 'Eleven er [İNNLAGT PÅ PSYKIATRISK AVDELING].', HEALTH],
    ['small capitals', 'Dette brevet er [ᴛᴀᴜꜱʜᴇᴛꜱʙᴇʟᴀɢᴛ].', SECRET],
    ['small capitals in Swedish', 'Handlingen är [ꜱᴇᴋʀᴇᴛᴇꜱꜱʙᴇʟᴀɢᴅ].', SECRET],
    ['Cyrillic look-alike letters', 'Dette brevet er [tаushеtsbеlаgt].', SECRET],
    ['Greek look-alike capitals', 'Dette brevet er [TAUSHETSBΕLAGT].', SECRET],
    ['full-width letters', 'Dette brevet er [ｔａｕｓｈｅｔｓｂｅｌａｇｔ].', SECRET],
    ['circled letters', 'Dette brevet er [ⓣⓐⓤⓢⓗⓔⓣⓢⓑⓔⓛⓐⓖⓣ].', SECRET],
    ['a long s', 'Han er [ſykmeldt].', HEALTH],
    ['capitals', 'HAN ER [SYKMELDT].', HEALTH],
  ])('%s', (_why, template, code) => {
    expectFound(template, code);
  });

  it.each([
    ['bold', 0x1d41a],
    ['italic', 0x1d44e],
    ['bold italic', 0x1d482],
    ['bold script', 0x1d4ea],
    ['fraktur', 0x1d51e],
    ['double-struck', 0x1d552],
    ['bold fraktur', 0x1d586],
    ['sans-serif', 0x1d5ba],
    ['sans-serif bold', 0x1d5ee],
    ['sans-serif italic', 0x1d622],
    ['sans-serif bold italic', 0x1d656],
    ['monospace', 0x1d68a],
  ])('mathematical %s letters', (_why, a) => {
    expectFound(`Dette brevet er [${math('taushetsbelagt', a)}].`, SECRET);
  });

  it('mathematical letters of different alphabets in one phrase', () => {
    expectFound(
      `Eleven er [${math('innlagt', 0x1d5ee)} på ${math('psykiatrisk', 0x1d622)} avdeling].`,
      HEALTH,
    );
  });
});

describe('letters spaced or dotted apart', () => {
  it.each([
    ['spaces', 'Dette brevet er [t a u s h e t s b e l a g t].', SECRET],
    ['dots', 'Dette brevet er [t.a.u.s.h.e.t.s.b.e.l.a.g.t].', SECRET],
    ['hyphens', 'Dette brevet er [t-a-u-s-h-e-t-s-b-e-l-a-g-t].', SECRET],
    ['underscores', 'Dette brevet er [t_a_u_s_h_e_t_s_b_e_l_a_g_t].', SECRET],
    ['middle dots', 'Dette brevet er [t·a·u·s·h·e·t·s·b·e·l·a·g·t].', SECRET],
    ['capitals with spaces', 'Dette brevet er [T A U S H E T S B E L A G T].', SECRET],
    ['dots, in Swedish', 'Handlingen är [s.e.k.r.e.t.e.s.s.b.e.l.a.g.d].', SECRET],
    ['one word of a phrase', 'Han er [s y k m e l d t].', HEALTH],
    ['the words of a phrase, two spaces apart', '[u n n t a t t  o f f e n t l i g h e t]', EXEMPT],
    [
      'one word of a phrase, the other as usual',
      'Dokumentet er [u.n.n.t.a.t.t offentlighet].',
      EXEMPT,
    ],
    ['small capitals spaced apart', 'Dette brevet er [ᴛ ᴀ ᴜ ꜱ ʜ ᴇ ᴛ ꜱ ʙ ᴇ ʟ ᴀ ɢ ᴛ].', SECRET],
  ])('%s', (_why, template, code) => {
    expectFound(template, code);
  });

  it('keeps the legal basis of a spaced-out marking', () => {
    const m = expectFound('[U n n t a t t  o f f e n t l i g h e t, jf. offl. § 13].', EXEMPT);
    expect(m.params).toEqual({ basis: 'Offl. § 13' });
  });

  it.each([
    ['abbreviations of three letters', 'Gjelder f.o.m. 1. mai t.o.m. 31. mai, o.s.v.'],
    ['more abbreviations', 'Dvs. i morgen, d.v.s. p.g.a. vær, m.a.o. utsatt.'],
    ['an enumeration', 'Velg a, b, c eller d.'],
    ['letters that spell nothing', 'Rekkene a b c d e f g h er fulle.'],
    ['initials', 'Brevet er signert av J. R. R. T. Hansen.'],
  ])('finds nothing in %s', (_why, text) => {
    expect(keywords(text)).toEqual([]);
  });
});

describe('invisible characters and marks inside words', () => {
  it.each([
    ['a zero-width space', '\u200b'],
    ['a soft hyphen', '\u00ad'],
    ['a tag character', '\u{e0020}'],
    ['a variation selector', '\ufe0f'],
    ['the Hangul filler', '\u3164'],
    ['a Mongolian free variation selector', '\u180b'],
    ['a Khmer inherent vowel', '\u17b4'],
    ['an interlinear annotation anchor', '\ufff9'],
    ['a word joiner', '\u2060'],
  ])('%s between every letter', (_why, ch) => {
    expectFound(`Dette brevet er [${[...'taushetsbelagt'].join(ch)}].`, SECRET);
  });

  it.each([
    ['a long stroke overlay', '\u0336'],
    ['a low line', '\u0332'],
    ['a combining dot below', '\u0323'],
  ])('%s on every letter', (_why, mark) => {
    expectFound(
      `Dette brevet er [${[...'taushetsbelagt'].map((c) => c + mark).join('')}].`,
      SECRET,
    );
  });
});

describe('written backwards behind a right-to-left override', () => {
  it('a word', () => {
    const text = 'Dette brevet er \u202etgalebstehsuat\u202c.';
    const found = keywords(text);
    expect(found).toEqual([expect.objectContaining({ code: SECRET })]);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('tgalebstehsuat');
  });
});

describe('legal references however they are spaced', () => {
  it.each([
    ['tabs and several spaces', 'Unntatt offentlighet jf.\t\t\toffl.   §   13', 'Offl. § 13'],
    ['a long run of spaces', `Unntatt offentlighet, jf. offl.${' '.repeat(300)}§ 13`, 'Offl. § 13'],
    ['a line break', 'Unntatt offentlighet\n   Hjemmel:      Offl. § 13', 'Offl. § 13'],
    ['capitals', 'UNNTATT OFFENTLIGHET JF. OFFL. § 13', 'Offl. § 13'],
    ['Swedish, spaced', 'Sekretess  enligt   OSL   26   kap.   1   §', 'OSL 26 kap. 1 §'],
  ])('%s', (_why, text, basis) => {
    const found = keywords(text);
    expect(found).toEqual([expect.objectContaining({ code: EXEMPT, params: { basis } })]);
  });

  it('a blank line ends a marking: the basis after it is not its', () => {
    const [marking] = keywords('Unntatt offentlighet\n\n\nOffl. § 13 gjelder ikke her.');
    expect(marking).toEqual(
      expect.objectContaining({ code: EXEMPT, text: 'Unntatt offentlighet' }),
    );
    expect(marking?.params).toBeUndefined();
  });
});
