import { lowerSameLength, normalizeText, toOriginalRange } from '../../../src/core/text/normalize';

describe('text that needs no work', () => {
  it.each([
    ['plain ASCII', 'Hello, World 123'],
    ['Norwegian letters', 'Blåbærsyltetøy på Ærøy'],
    ['Swedish letters', 'Ärendet gäller Öland'],
    ['Latin-1 punctuation kept as is', '«Sitat» § 13, 20 °C, ½ time, ©'],
    ['control characters and tabs', 'a\tb\nc\r\n'],
    ['an emoji (a surrogate pair kept as is)', 'Takk 😀'],
    ['the empty string', ''],
  ])('%s comes back unchanged, without a map', (_why, s) => {
    const norm = normalizeText(s);
    expect(norm.text).toBe(s);
    expect(norm.map).toBeNull();
    expect(norm.lower).toBe(s.toLowerCase());
  });
});

describe('characters that are dropped', () => {
  it.each([
    ['soft hyphen', '\u00ad'],
    ['zero-width space', '\u200b'],
    ['zero-width non-joiner', '\u200c'],
    ['zero-width joiner', '\u200d'],
    ['left-to-right mark', '\u200e'],
    ['right-to-left mark', '\u200f'],
    ['left-to-right embedding', '\u202a'],
    ['right-to-left override', '\u202e'],
    ['word joiner', '\u2060'],
    ['invisible separator', '\u2063'],
    ['left-to-right isolate', '\u2066'],
    ['pop directional isolate', '\u2069'],
    ['byte order mark', '\ufeff'],
    ['variation selector 16', '\ufe0f'],
    ['combining grapheme joiner', '\u034f'],
    ['Arabic letter mark', '\u061c'],
    ['Mongolian vowel separator', '\u180e'],
  ])('%s', (_name, ch) => {
    const s = `ab${ch}cd`;
    const norm = normalizeText(s);
    expect(norm.text).toBe('abcd');
    expect(norm.lower).toBe('abcd');
    // A match over "bc" covers the dropped character in the original.
    expect(toOriginalRange(norm, 1, 3)).toEqual({ start: 1, end: 4 });
    expect(toOriginalRange(norm, 2, 4)).toEqual({ start: 3, end: 5 });
  });
});

describe('characters that are replaced one for one', () => {
  it.each([
    ['no-break space', '\u00a0', ' '],
    ['narrow no-break space', '\u202f', ' '],
    ['figure space', '\u2007', ' '],
    ['em space', '\u2003', ' '],
    ['ideographic space', '\u3000', ' '],
    ['line separator', '\u2028', ' '],
    ['hyphen', '\u2010', '-'],
    ['non-breaking hyphen', '\u2011', '-'],
    ['en dash', '\u2013', '-'],
    ['em dash', '\u2014', '-'],
    ['minus sign', '\u2212', '-'],
    ['small hyphen-minus', '\ufe63', '-'],
    ['hyphen bullet', '\u2043', '-'],
    ['full-width digit 7', '\uff17', '7'],
    ['Arabic-Indic digit 5', '\u0665', '5'],
    ['Extended Arabic-Indic digit 4', '\u06f4', '4'],
    ['Devanagari digit 3', '\u0969', '3'],
    ['Bengali digit 9', '\u09ef', '9'],
    ['Thai digit 2', '\u0e52', '2'],
    ['superscript one', '\u00b9', '1'],
    ['superscript two', '\u00b2', '2'],
    ['superscript three', '\u00b3', '3'],
    ['superscript zero', '\u2070', '0'],
    ['superscript six', '\u2076', '6'],
    ['subscript eight', '\u2088', '8'],
    ['circled digit one', '\u2460', '1'],
    ['circled digit nine', '\u2468', '9'],
    ['circled digit zero', '\u24ea', '0'],
    ['full-width capital A', '\uff21', 'A'],
    ['full-width exclamation mark', '\uff01', '!'],
    ['Cyrillic a', '\u0430', 'a'],
    ['Cyrillic capital Es', '\u0421', 'C'],
    ['Greek omicron', '\u03bf', 'o'],
    ['Greek capital Eta', '\u0397', 'H'],
  ])('%s', (_name, ch, expected) => {
    const norm = normalizeText(`x${ch}y`);
    expect(norm.text).toBe(`x${expected}y`);
    expect(norm.map && Array.from(norm.map)).toEqual([0, 1, 2, 3]);
    expect(toOriginalRange(norm, 1, 2)).toEqual({ start: 1, end: 2 });
  });
});

describe('characters outside the Basic Multilingual Plane', () => {
  it.each([
    ['mathematical bold digit 0', 0x1d7ce, '0'],
    ['mathematical double-struck digit 8', 0x1d7e0, '8'],
    ['mathematical monospace digit 9', 0x1d7ff, '9'],
  ])('%s becomes one ASCII digit and maps back to both halves', (_name, cp, digit) => {
    const s = `a${String.fromCodePoint(cp)}b`;
    const norm = normalizeText(s);
    expect(norm.text).toBe(`a${digit}b`);
    expect(toOriginalRange(norm, 1, 2)).toEqual({ start: 1, end: 3 });
    expect(toOriginalRange(norm, 2, 3)).toEqual({ start: 3, end: 4 });
  });

  it('keeps other surrogate pairs, such as an emoji, as they are', () => {
    const s = 'x\u{1f600}\u2013y';
    const norm = normalizeText(s);
    expect(norm.text).toBe('x\u{1f600}-y');
    expect(toOriginalRange(norm, 1, 4)).toEqual({ start: 1, end: 4 });
  });
});

describe('combining marks', () => {
  it.each([
    ['a + ring above', 'a\u030a', 'å'],
    ['o + diaeresis', 'o\u0308', 'ö'],
    ['A + ring above', 'A\u030a', 'Å'],
    ['e + acute', 'e\u0301', 'é'],
  ])('%s is composed into one letter', (_name, decomposed, composed) => {
    const s = `S${decomposed}k`;
    const norm = normalizeText(s);
    expect(norm.text).toBe(`S${composed}k`);
    expect(norm.lower).toBe(`s${composed.toLowerCase()}k`);
    // The composed letter maps back to the letter and its mark.
    expect(toOriginalRange(norm, 1, 2)).toEqual({ start: 1, end: 3 });
    expect(toOriginalRange(norm, 2, 3)).toEqual({ start: 3, end: 4 });
  });

  it('drops a mark that has no composed form', () => {
    const norm = normalizeText('x\u0301y');
    expect(norm.text).toBe('xy');
    expect(toOriginalRange(norm, 0, 1)).toEqual({ start: 0, end: 2 });
  });

  it('drops a mark at the very start of the text', () => {
    expect(normalizeText('\u0301ab').text).toBe('ab');
  });

  it('composes a mark that follows a replaced character', () => {
    // Cyrillic a becomes Latin a, which then takes the ring.
    expect(normalizeText('\u0430\u030a').text).toBe('å');
  });
});

describe('lower case', () => {
  it('has the same length as the text, a dotted capital I read as I', () => {
    const norm = normalizeText('İSTANBUL\u00a0ÆØÅ');
    expect(norm.text).toBe('ISTANBUL ÆØÅ');
    expect(norm.lower).toHaveLength(norm.text.length);
    expect(norm.lower).toBe('istanbul æøå');
  });

  it('keeps a character that would grow in lower case as it is', () => {
    expect(lowerSameLength('Aİb')).toBe('aİb');
  });
});

describe('toOriginalRange', () => {
  it.each([
    ['without a map', 'abc def'],
    ['with a map', 'abc\u00a0def'],
  ])('keeps an empty range empty %s', (_why, s) => {
    const norm = normalizeText(s);
    expect(toOriginalRange(norm, 2, 2)).toEqual({ start: 2, end: 2 });
  });

  it('maps a range that reaches the end of the text', () => {
    const norm = normalizeText('ab\u200bc\u00ad');
    expect(norm.text).toBe('abc');
    expect(toOriginalRange(norm, 0, 3)).toEqual({ start: 0, end: 4 });
    expect(toOriginalRange(norm, 3, 3)).toEqual({ start: 5, end: 5 });
  });

  it('never ends a range inside a surrogate pair', () => {
    const norm = normalizeText('a😀b');
    expect(norm.map).toBeNull();
    expect(toOriginalRange(norm, 0, 2)).toEqual({ start: 0, end: 3 });
  });

  it('maps a copy of a normalised text (which has only the map) the same way', () => {
    const norm = normalizeText('Fnr\u00a0150385\u200b00047');
    const copy = { ...norm };
    expect(copy.map).not.toBeNull();
    expect(toOriginalRange(copy, 4, 15)).toEqual(toOriginalRange(norm, 4, 15));
    expect(toOriginalRange(norm, 4, 15)).toEqual({ start: 4, end: 16 });
  });

  it('does not run past the end on a lone high surrogate', () => {
    const s = 'a\u00a0\ud83d';
    const norm = normalizeText(s);
    expect(toOriginalRange(norm, 2, 3)).toEqual({ start: 2, end: 3 });
  });
});

describe('long texts with the special characters scattered', () => {
  // Each character with what it must become ('' = dropped).
  const table: [string, string][] = [
    ['a', 'a'],
    ['Z', 'Z'],
    ['5', '5'],
    [' ', ' '],
    ['ø', 'ø'],
    ['«', '«'],
    ['§', '§'],
    ['\u00a0', ' '],
    ['\u00ad', ''],
    ['\u200b', ''],
    ['\ufeff', ''],
    ['\u2013', '-'],
    ['\u2019', '\u2019'],
    ['\uff13', '3'],
    ['\u0663', '3'],
    ['\u0430', 'a'],
    ['\u{1d7d7}', '9'],
    ['😀', '😀'],
  ];

  it.each([1, 2, 3])(
    'maps every character of a generated text back to its source (seed %i)',
    (seed) => {
      let state = seed * 2654435761;
      const next = (): number => {
        state = (Math.imul(state, 1103515245) + 12345) >>> 0;
        return state >>> 8;
      };
      let original = '';
      let expected = '';
      const sources: number[] = [];
      for (let k = 0; k < 20_000; k++) {
        // Long plain stretches with a special character now and then.
        const entry = next() % 8 === 0 ? table[next() % table.length] : table[next() % 5];
        if (!entry) continue;
        const [ch, out] = entry;
        for (let u = 0; u < out.length; u++)
          sources.push(original.length + (out.length === 2 ? u : 0));
        original += ch;
        expected += out;
      }
      const norm = normalizeText(original);
      expect(norm.text).toBe(expected);
      expect(norm.lower).toBe(expected.toLowerCase());
      expect(norm.map).not.toBeNull();
      const map = Array.from(norm.map ?? []);
      expect(map.slice(0, -1)).toEqual(sources);
      expect(map[map.length - 1]).toBe(original.length);
      // toOriginalRange works from its own record of the skips: same answers.
      for (let j = 0; j < expected.length; j += 7) {
        expect(toOriginalRange(norm, j, j + 1).start).toBe(sources[j]);
      }
      expect(toOriginalRange(norm, expected.length, expected.length).start).toBe(original.length);
    },
  );
});
