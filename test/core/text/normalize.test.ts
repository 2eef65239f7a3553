import {
  lowerSameLength,
  normalizeText,
  toOriginalRange,
  visualText,
} from '../../../src/core/text/normalize';

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

describe('invisible characters of every family are dropped, and belong to the match around them', () => {
  it.each([
    ['tag space U+E0020', '\u{e0020}'],
    ['tag letter U+E0041', '\u{e0041}'],
    ['language tag U+E0001', '\u{e0001}'],
    ['cancel tag U+E007F', '\u{e007f}'],
    ['variation selector U+FE00', '\ufe00'],
    ['variation selector 16 U+FE0F', '\ufe0f'],
    ['variation selector 17 U+E0100', '\u{e0100}'],
    ['variation selector 256 U+E01EF', '\u{e01ef}'],
    ['Hangul choseong filler U+115F', '\u115f'],
    ['Hangul jungseong filler U+1160', '\u1160'],
    ['Hangul filler U+3164', '\u3164'],
    ['half-width Hangul filler U+FFA0', '\uffa0'],
    ['Mongolian free variation selector U+180B', '\u180b'],
    ['Mongolian vowel separator U+180E', '\u180e'],
    ['Mongolian free variation selector four U+180F', '\u180f'],
    ['Khmer inherent vowel U+17B4', '\u17b4'],
    ['Khmer inherent vowel U+17B5', '\u17b5'],
    ['unassigned special U+FFF0', '\ufff0'],
    ['unassigned special U+FFF8', '\ufff8'],
    ['interlinear annotation anchor U+FFF9', '\ufff9'],
    ['interlinear annotation separator U+FFFA', '\ufffa'],
    ['interlinear annotation terminator U+FFFB', '\ufffb'],
    ['zero-width space U+200B', '\u200b'],
    ['word joiner U+2060', '\u2060'],
    ['invisible times U+2062', '\u2062'],
    ['inhibit symmetric swapping U+206A', '\u206a'],
    ['right-to-left override U+202E', '\u202e'],
    ['first strong isolate U+2068', '\u2068'],
    ['shorthand format letter overlap U+1BCA0', '\u{1bca0}'],
    ['musical symbol begin beam U+1D173', '\u{1d173}'],
  ])('%s', (_name, ch) => {
    const s = `12${ch}34`;
    const norm = normalizeText(s);
    expect(norm.text).toBe('1234');
    expect(toOriginalRange(norm, 0, 4)).toEqual({ start: 0, end: s.length });
    expect(toOriginalRange(norm, 2, 4)).toEqual({ start: 2 + ch.length, end: s.length });
  });

  it('reads the Braille blank as a space', () => {
    expect(normalizeText('130972\u280048022').text).toBe('130972 48022');
  });
});

describe('combining marks inside digit runs', () => {
  it.each([
    ['acute accent U+0301', '\u0301'],
    ['combining enclosing keycap U+20E3', '\u20e3'],
    ['combining long stroke overlay U+0336', '\u0336'],
    ['combining enclosing circle U+20DD', '\u20dd'],
    ['Devanagari sign nukta U+093C', '\u093c'],
    ['combining ligature left half U+FE20', '\ufe20'],
    ['combining dotted grave U+1DC0', '\u1dc0'],
    ['Adlam hamza U+1E944', '\u{1e944}'],
  ])('%s after every digit is dropped', (_name, mark) => {
    const s = [...'130972'].map((d) => d + mark).join('');
    const norm = normalizeText(s);
    expect(norm.text).toBe('130972');
    expect(toOriginalRange(norm, 0, 6)).toEqual({ start: 0, end: s.length });
  });
});

describe('letters that read as other letters, for keywords', () => {
  const bold = (s: string): string =>
    [...s].map((c) => String.fromCodePoint(0x1d41a + c.charCodeAt(0) - 0x61)).join('');
  it.each([
    ['dotless i', 'taushetsplıkt', 'taushetsplikt'],
    ['dotted capital I', 'İNNLAGT', 'INNLAGT'],
    ['long s', 'ſykmeldt', 'sykmeldt'],
    ['small capitals', 'ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡʏᴢ', 'abcdefghijklmnopqrstuvwyz'],
    ['mathematical bold', bold('sekretess'), 'sekretess'],
    ['mathematical italic', '𝑠𝑒𝑘𝑟𝑒𝑡𝑒𝑠𝑠', 'sekretess'],
    ['mathematical script', '𝓈𝑒𝓀𝓇𝑒𝓉𝑒𝓈𝓈', 'sekretess'],
    ['mathematical fraktur', '𝔰𝔢𝔨𝔯𝔢𝔱𝔢𝔰𝔰', 'sekretess'],
    ['mathematical double-struck', '𝕤𝕖𝕜𝕣𝕖𝕥𝕖𝕤𝕤', 'sekretess'],
    ['mathematical sans-serif bold', '𝘀𝗲𝗸𝗿𝗲𝘁𝗲𝘀𝘀', 'sekretess'],
    ['mathematical monospace', '𝚜𝚎𝚔𝚛𝚎𝚝𝚎𝚜𝚜', 'sekretess'],
    ['mathematical bold capitals', '𝐒𝐄𝐊𝐑𝐄𝐓𝐄𝐒𝐒', 'SEKRETESS'],
    ['letterlike symbols', 'ℌℑℜℭ', 'HIRC'],
    ['circled letters', 'ⓢⓔⓚⓡⓔⓣⓔⓢⓢ', 'sekretess'],
    ['full-width letters', 'ｓｅｋｒｅｔｅｓｓ', 'sekretess'],
    ['modifier letters', 'ʰᵉⁱ', 'hei'],
    ['Cyrillic look-alikes', 'sеkrеtеss', 'sekretess'],
    ['Greek capitals', 'ΑΒΕΗΙΚΜΝΟΡΤΧ', 'ABEHIKMNOPTX'],
  ])('%s', (_name, written, read) => {
    const norm = normalizeText(written);
    expect(norm.text).toBe(read);
    expect(toOriginalRange(norm, 0, read.length)).toEqual({ start: 0, end: written.length });
  });

  it('leaves ligatures and fractions that would grow the text as they are', () => {
    expect(normalizeText('ﬁ ½').text).toBe('ﬁ ½');
  });
});

describe('the display order behind right-to-left controls', () => {
  it('is not made for a text without right-to-left controls', () => {
    expect(visualText('Fnr 13097248022, \u202aok\u202c')).toBeNull();
  });

  it.each([
    ['an override to its pop', 'Fnr \u202e22084279031\u202c.', 'Fnr 13097248022.', [5, 16]],
    [
      'an override to the end of the line',
      'Fnr \u202e22084279031\nok',
      'Fnr 13097248022\nok',
      [5, 16],
    ],
    [
      'an override inside an isolate',
      'Fnr \u2067\u202e22084279031\u202c\u2069.',
      'Fnr 13097248022.',
      [6, 17],
    ],
    [
      'groups of digits in an isolate',
      'Fnr \u206748022 130972\u2069.',
      'Fnr 130972 48022.',
      [5, 17],
    ],
    [
      'groups of digits in an embedding',
      'Fnr \u202b48022 130972\u202c.',
      'Fnr 130972 48022.',
      [5, 17],
    ],
    ['words in an override', '\u202etkilpstehsuat\u202c', 'taushetsplikt', [1, 14]],
  ])('undoes %s', (_what, written, seen, [start, end]) => {
    const v = visualText(written);
    expect(v?.text).toBe(seen);
    const from = seen.search(/[0-9t]/);
    const to = seen.length - (seen.endsWith('.') ? 1 : seen.endsWith('ok') ? 3 : 0);
    expect(v && toOriginalRange(v, from, to)).toEqual({ start, end });
  });

  it('keeps left-to-right text and a number after it in an isolate in order', () => {
    expect(visualText('\u2067Fnr 130972 48022\u2069')?.text).toBe('Fnr 130972 48022');
  });
});

describe('Latin letters with marks the Nordic languages do not write', () => {
  it.each([
    ['a dot below', 'ạ', 'a'],
    ['a cedilla', 'ç', 'c'],
    ['a tilde', 'ñ', 'n'],
    ['a grave accent', 'è', 'e'],
    ['a caron', 'Š', 'S'],
    ['a comma below', 'ț', 't'],
    ['a t with a combining dot below', 't\u0323', 't'],
  ])('%s is read as the letter', (_name, written, read) => {
    const norm = normalizeText(`x${written}y`);
    expect(norm.text).toBe(`x${read}y`);
    expect(toOriginalRange(norm, 1, 2)).toEqual({ start: 1, end: 1 + written.length });
  });

  it.each(['å', 'Å', 'ä', 'Ä', 'ö', 'Ö', 'ü', 'Ü', 'é', 'É', 'æ', 'ø'])(
    '%s stays a letter of its own',
    (ch) => {
      expect(normalizeText(`x${ch}y`).text).toBe(`x${ch}y`);
    },
  );
});
