import { inspectAttachment } from '../../../src/core/attachments';
import {
  decodeCharset,
  decodeCharsetDetailed,
  decodeEntities,
  detectText,
  looksLikeUtf7,
  resolveCharset,
  sniffEbcdic,
} from '../../../src/core/attachments/decode';

const FNR = '15038500047';

function ascii(s: string): Uint8Array {
  return Uint8Array.from(s, (ch) => ch.charCodeAt(0));
}

function utf16(s: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const start = bom ? 2 : 0;
  const out = new Uint8Array(start + s.length * 2);
  if (bom) out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[start + i * 2 + (littleEndian ? 0 : 1)] = c & 0xff;
    out[start + i * 2 + (littleEndian ? 1 : 0)] = c >> 8;
  }
  return out;
}

/** UTF-7 with every character of `encoded` in one base64 run: "+ADEANQ-". */
function utf7(plain: string, encoded: string, after = ''): Uint8Array {
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let bits = 0;
  let acc = 0;
  let run = '';
  for (let i = 0; i < encoded.length; i++) {
    acc = (acc << 16) | encoded.charCodeAt(i);
    bits += 16;
    while (bits >= 6) {
      bits -= 6;
      run += abc.charAt((acc >> bits) & 63);
    }
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) run += abc.charAt((acc << (6 - bits)) & 63);
  return ascii(`${plain}+${run}-${after}`);
}

/** EBCDIC letters, digits and punctuation (the same in 037, 277, 278 and 500), plus the Nordic letters. */
function ebcdic(s: string, page: '277' | '278'): Uint8Array {
  const nordic: Record<string, Record<string, number>> = {
    '277': { æ: 0xc0, ø: 0x6a, å: 0xd0, Æ: 0x7b, Ø: 0x7c, Å: 0x5b },
    '278': { ä: 0xc0, ö: 0x6a, å: 0xd0, Ä: 0x7b, Ö: 0x7c, Å: 0x5b, é: 0x79 },
  };
  const punct: Record<string, number> = {
    ' ': 0x40,
    '.': 0x4b,
    ',': 0x6b,
    ':': 0x7a,
    '-': 0x60,
    '\n': 0x25,
  };
  return Uint8Array.from(s, (ch) => {
    const n = nordic[page]?.[ch] ?? punct[ch];
    if (n !== undefined) return n;
    const c = ch.charCodeAt(0);
    const rows: Array<[number, number, number]> = [
      [0x61, 0x69, 0x81],
      [0x6a, 0x72, 0x91],
      [0x73, 0x7a, 0xa2],
      [0x41, 0x49, 0xc1],
      [0x4a, 0x52, 0xd1],
      [0x53, 0x5a, 0xe2],
      [0x30, 0x39, 0xf0],
    ];
    for (const [from, to, base] of rows) if (c >= from && c <= to) return base + c - from;
    throw new Error(`no EBCDIC for ${ch}`);
  });
}

const NORWEGIAN = `Fødselsnummer: ${FNR}\nSøker: Åse Ærlig, Bodø\nVedtak om økonomisk sosialhjelp.`;
const SWEDISH = `Personnummer: ${FNR}\nSökande: Åsa Älvén, Växjö\nBeslut om ekonomiskt bistånd.`;

describe('charset names', () => {
  it.each<[string, string | null]>([
    ['UTF-8', 'utf-8'],
    ['"utf8"', 'utf-8'],
    ['utf-8*no', 'utf-8'],
    ['latin1', 'windows-1252'],
    ['US-ASCII', 'windows-1252'],
    ['ISO_8859-2:1987', 'iso-8859-2'],
    ['x-mac-ukrainian', 'x-mac-cyrillic'],
    ['iso-8859-8-i', 'iso-8859-8'],
    ['tis-620', 'windows-874'],
    ['windows-1257', 'windows-1257'],
    ['x-cp1250', 'windows-1250'],
    ['cp1251', 'windows-1251'],
    ['ms932', 'shift_jis'],
    ['x-sjis', 'shift_jis'],
    ['cp936', 'gbk'],
    ['ks_c_5601-1987', 'euc-kr'],
    ['x-euc-jp', 'euc-jp'],
    ['utf-7', 'utf-7'],
    ['UNICODE-1-1-UTF-7', 'utf-7'],
    ['IBM277', 'ibm277'],
    ['cp278', 'ibm278'],
    ['ebcdic-cp-no', 'ibm277'],
    ['EBCDIC-CP-SE', 'ibm278'],
    ['IBM-1142', 'ibm1142'],
    ['CCSID00037', 'ibm037'],
    ['cp500', 'ibm500'],
    ['20277', 'ibm277'],
    ['cp865', 'ibm865'],
    ['unknown-8bit', 'auto'],
    ['', 'auto'],
    ['iso-2022-kr', 'replacement'],
    ['klingon-1', null],
    ['x'.repeat(100), null],
  ])('%j names %j', (label, expected) => {
    expect(resolveCharset(label)).toBe(expected);
  });
});

describe('single-byte charsets decode like TextDecoder, without it', () => {
  const labels = [
    'ibm866',
    'iso-8859-2',
    'iso-8859-3',
    'iso-8859-4',
    'iso-8859-5',
    'iso-8859-6',
    'iso-8859-7',
    'iso-8859-8',
    'iso-8859-10',
    'iso-8859-13',
    'iso-8859-14',
    'iso-8859-15',
    'koi8-r',
    'koi8-u',
    'macintosh',
    'windows-874',
    'windows-1250',
    'windows-1251',
    // windows-1252 is left out: Node decodes it as Latin-1 (see text.test.ts).
    'windows-1253',
    'windows-1254',
    'windows-1255',
    'windows-1256',
    'windows-1257',
    'windows-1258',
    'x-mac-cyrillic',
  ];
  const high = Uint8Array.from({ length: 128 }, (_x, i) => 0x80 + i);
  const low = ascii('Vedtak 15038500047 {}[]~');

  it.each(labels)('%s', (label) => {
    expect(decodeCharset(high, label)).toBe(new TextDecoder(label).decode(high));
    expect(decodeCharset(low, label)).toBe('Vedtak 15038500047 {}[]~');
  });

  it('decodes ISO-8859-16, which Node cannot', () => {
    expect(decodeCharset(new Uint8Array([0xa1, 0xa2, 0xa4, 0xaa]), 'iso-8859-16')).toBe('Ąą€Ș');
  });

  it('reads DOS code page 865 (Nordic)', () => {
    expect(decodeCharset(new Uint8Array([0x91, 0x9b, 0x86, 0x92, 0x9d, 0x8f]), 'cp865')).toBe(
      'æøåÆØÅ',
    );
  });
});

describe('UTF-16, UTF-7 and EBCDIC cannot hide an ID number (issue 10)', () => {
  it.each<[string, Uint8Array, string]>([
    ['UTF-16 LE with BOM, labelled utf-8', utf16(NORWEGIAN, true, true), 'utf-8'],
    ['UTF-16 BE with BOM, labelled us-ascii', utf16(NORWEGIAN, false, true), 'us-ascii'],
    ['UTF-16 LE without BOM, labelled iso-8859-1', utf16(NORWEGIAN, true, false), 'iso-8859-1'],
    ['UTF-16 BE without BOM, labelled utf-16', utf16(NORWEGIAN, false, false), 'utf-16'],
    ['UTF-16 without BOM, labelled utf-16le', utf16(NORWEGIAN, true, false), 'utf-16le'],
    ['EBCDIC 277, labelled', ebcdic(NORWEGIAN, '277'), 'IBM277'],
    ['EBCDIC 277 with the euro, labelled', ebcdic(NORWEGIAN, '277'), 'ibm01142'],
    ['EBCDIC 277, labelled the Windows way', ebcdic(NORWEGIAN, '277'), 'x-ebcdic-denmarknorway'],
  ])('%s', (_name, bytes, label) => {
    const r = decodeCharsetDetailed(bytes, label);
    if (label === 'x-ebcdic-denmarknorway') {
      // Not a label we know: the bytes are still read, and the caller warns.
      expect(r.ok).toBe(false);
      expect(r.text).toBe(NORWEGIAN);
      return;
    }
    expect(r.ok).toBe(true);
    expect(r.text).toBe(NORWEGIAN);
  });

  it('reads UTF-7 when it is declared', () => {
    const bytes = utf7('Fødselsnummer: '.replace('ø', 'o'), FNR);
    expect(decodeCharset(bytes, 'utf-7')).toBe(`Fodselsnummer: ${FNR}`);
    expect(decodeCharset(ascii('1+-1=2 +AOU-'), 'UTF-7')).toBe('1+1=2 å');
  });

  it.each<[string, Uint8Array, string, string]>([
    ['UTF-16 LE without BOM', utf16(NORWEGIAN, true, false), 'utf-16le', NORWEGIAN],
    ['UTF-7 with every digit encoded', utf7('Fnr ', FNR, ' takk'), 'utf-7', `Fnr ${FNR} takk`],
    ['UTF-7 with a BOM', ascii('+/v8-Hei +AOU-'), 'utf-7', 'Hei å'],
    ['EBCDIC 277 (Norwegian)', ebcdic(NORWEGIAN, '277'), 'ibm277', NORWEGIAN],
    ['EBCDIC 278 (Swedish)', ebcdic(SWEDISH, '278'), 'ibm278', SWEDISH],
    ['UTF-8', new TextEncoder().encode(NORWEGIAN), 'utf-8', NORWEGIAN],
  ])('recognises %s from the bytes alone', (_name, bytes, encoding, text) => {
    const r = detectText(bytes);
    expect(r.encoding).toBe(encoding);
    expect(r.text).toBe(text);
  });

  it.each<[string, string]>([
    ['C++ and a+b', 'a plus sign in prose'],
    ['Ring +47 22 00 00 00 i dag', 'a phone number'],
    ['kari+nyhetsbrev@hå.kommune.no', 'an address with a tag'],
    ['+AAA-', 'a run that leaves bits over'],
    ['Totalt: +ABC', 'a run that decodes to a control character'],
  ])('does not call %j UTF-7 (%s)', (text) => {
    expect(looksLikeUtf7(ascii(text))).toBe(false);
  });

  it.each<[string, Uint8Array]>([
    ['ASCII', ascii('Hello world, this is plain text with no surprises. 1234567890')],
    [
      'windows-1252 Norwegian',
      Uint8Array.from('Søknad om økonomisk støtte, Åse', (c) => c.charCodeAt(0)),
    ],
    ['random bytes', Uint8Array.from({ length: 4000 }, (_x, i) => (i * 7919) % 251)],
    [
      'a base64 blob',
      ascii('QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5eg'),
    ],
  ])('does not take %s for EBCDIC', (_name, bytes) => {
    expect(sniffEbcdic(bytes)).toBeNull();
  });
});

describe('charsets that need TextDecoder', () => {
  it.each<[string, number[], string]>([
    ['shift_jis', [0x82, 0xa0, 0x31, 0x32], 'あ12'],
    ['big5', [0xa4, 0xa4, 0x31], '中1'],
    ['gb18030', [0xd6, 0xd0, 0x31], '中1'],
    ['euc-kr', [0xb0, 0xa1, 0x31], '가1'],
    ['euc-jp', [0xa4, 0xa2, 0x31], 'あ1'],
  ])('decodes %s where the runtime has it', (label, bytes, text) => {
    expect(decodeCharsetDetailed(new Uint8Array(bytes), label)).toEqual({
      text,
      ok: true,
      encoding: label,
    });
  });

  it('says so when the runtime lacks it, and still reads the ASCII in it', async () => {
    const saved = globalThis.TextDecoder;
    (globalThis as { TextDecoder?: unknown }).TextDecoder = undefined;
    try {
      // A fresh module: its decoder cache has not yet seen TextDecoder.
      await jest.isolateModulesAsync(async () => {
        const fresh = await import('../../../src/core/attachments/decode');
        expect(fresh.decodeCharsetDetailed).not.toBe(decodeCharsetDetailed);
        const r = fresh.decodeCharsetDetailed(ascii(`Fnr ${FNR}`), 'shift_jis');
        expect(r.ok).toBe(false);
        expect(r.text).toBe(`Fnr ${FNR}`);
        expect(fresh.decodeCharset(new Uint8Array([0xe6, 0xf8, 0xe5]), 'windows-1252')).toBe('æøå');
        expect(fresh.decodeCharset(new TextEncoder().encode('Søknad'), 'utf-8')).toBe('Søknad');
      });
    } finally {
      globalThis.TextDecoder = saved;
    }
  });

  it('reads the replacement charsets (ISO-2022-KR...) as a best guess and says so', () => {
    const r = decodeCharsetDetailed(ascii(`Fnr ${FNR}`), 'iso-2022-kr');
    expect(r.ok).toBe(false);
    expect(r.text).toBe(`Fnr ${FNR}`);
  });
});

describe('character references', () => {
  it.each<[string, string, string]>([
    ['numeric, decimal and hex', '&#49;&#x35;&#X30;', '150'],
    ['numeric without the semicolon', '&#49&#53&#48', '150'],
    ['leading zeros', '&#0000049;', '1'],
    ['windows-1252 numbers', '&#128;&#150;', '€–'],
    ['out of range', '&#99999999999; &#xD800;', '\ufffd \ufffd'],
    ['letters from the WHATWG list', '&Uopf;&nopf;&oslash;&aring;', '𝕌𝕟øå'],
    ['invisible characters', '1&ZeroWidthSpace;5&NoBreak;0', '1\u200b5\u20600'],
    ['legacy names without the semicolon', '&copy2024 &amp &lt;', '©2024 & <'],
    ['unknown names left as written', '&foo; &x', '&foo; &x'],
    ['a run of ampersands', '&&&&#49;', '&&&1'],
  ])('%s', (_name, input, output) => {
    expect(decodeEntities(input)).toBe(output);
  });
});

describe('text attachments in any charset (issue 10)', () => {
  it.each<[string, Uint8Array, string | undefined]>([
    ['UTF-16 with BOM', utf16(NORWEGIAN, true, true), undefined],
    ['UTF-16 without BOM, no extension', utf16(NORWEGIAN, true, false), undefined],
    ['UTF-7 sniffed', utf7('Fnr: ', FNR), undefined],
    ['UTF-7 declared', utf7('Fnr: ', FNR), 'text/plain; charset=utf-7'],
    ['EBCDIC sniffed', ebcdic(NORWEGIAN, '277'), undefined],
    ['EBCDIC declared', ebcdic(SWEDISH, '278'), 'text/plain; charset="IBM278"'],
    ['UTF-16 labelled us-ascii', utf16(NORWEGIAN, false, false), 'text/plain; charset=us-ascii'],
  ])('finds the ID number in %s', async (_name, bytes, contentType) => {
    const r = await inspectAttachment({
      name: contentType ? 'notat.txt' : 'NOTAT',
      bytes,
      ...(contentType ? { contentType } : {}),
    });
    expect(r.kind).toBe('text');
    expect(r.text).toContain(FNR);
    expect(r.findings).toEqual([]);
  });

  it('reads an HTML page in the charset its meta tag names', async () => {
    const page = Uint8Array.from(
      '<html><head><meta charset="koi8-r"></head><body>\xf0\xd2\xc9\xd7\xc5\xd4 15038500047</body></html>',
      (c) => c.charCodeAt(0),
    );
    const r = await inspectAttachment({ name: 'side.html', bytes: page });
    expect(r.text).toBe('Привет 15038500047');
  });

  it('warns about a text file in a charset it cannot decode', async () => {
    const r = await inspectAttachment({
      name: 'notat.txt',
      contentType: 'text/plain; charset=x-klingon',
      bytes: Uint8Array.from([0xa4, 0xa4, 0xff, 0xfe, 0x31]),
    });
    expect(r.findings).toContainEqual({
      code: 'attachment.not-inspected',
      params: { reason: 'encoding' },
    });
  });

  it('reads an ID number after 2,000,000 characters, with nothing left unread', async () => {
    const text = 'Lang logg uten noe spesielt.\n'.repeat(70_000) + `Fnr ${FNR}\n`;
    expect(text.length).toBeGreaterThan(2_000_000);
    const r = await inspectAttachment({ name: 'logg.txt', bytes: ascii(text) });
    expect(r.text?.slice(-20)).toContain(`Fnr ${FNR}`);
    expect(r.findings).toEqual([]);
  });

  it('says a text file past the scan limit was not all inspected', async () => {
    const r = await inspectAttachment(
      { name: 'logg.txt', bytes: ascii('x'.repeat(3000) + FNR) },
      { maxScanBytes: 1000 },
    );
    expect(r.findings).toContainEqual({
      code: 'attachment.not-inspected',
      params: { reason: 'size' },
    });
  });
});
