import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText, htmlToText, inspectAttachment } from '../../../src/core/attachments';
import { decodeUtf8Portable, decodeWindows1252 } from '../../../src/core/attachments/decode';
import { MarkupTokenizer } from '../../../src/core/attachments/markup';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'attachments');

function utf16(s: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out[0] = littleEndian ? 0xff : 0xfe;
  out[1] = littleEndian ? 0xfe : 0xff;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + i * 2 + (littleEndian ? 0 : 1)] = c & 0xff;
    out[2 + i * 2 + (littleEndian ? 1 : 0)] = c >> 8;
  }
  return out;
}

/** Windows-1252 bytes: latin1, with € and – at their 0x80–0x9F places. */
function cp1252(s: string): Uint8Array {
  const special: Record<string, number> = { '€': 0x80, '–': 0x96 };
  return Uint8Array.from(s, (ch) => special[ch] ?? ch.charCodeAt(0));
}

const SAMPLE = 'Fødselsnummer;Navn\n15038500047;Åse Ødegård\n€ 1 200,– «sak»';

describe('decoding text files', () => {
  it.each<[string, Uint8Array]>([
    ['UTF-8 without BOM', new TextEncoder().encode(SAMPLE)],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SAMPLE)])],
    ['UTF-16 LE with BOM', utf16(SAMPLE, true)],
    ['UTF-16 BE with BOM', utf16(SAMPLE, false)],
    ['windows-1252 (old Excel CSV export)', cp1252(SAMPLE)],
  ])('reads %s', (_name, bytes) => {
    expect(decodeText(bytes)).toBe(SAMPLE);
  });

  it.each<[string, number[]]>([
    ['ASCII', [0x41, 0x42]],
    ['two-byte sequences', [0xc3, 0xa5, 0xc3, 0x98]],
    ['three-byte sequences', [0xe2, 0x82, 0xac]],
    ['a four-byte sequence (emoji)', [0xf0, 0x9f, 0x93, 0x8e]],
  ])('decodes %s like TextDecoder does', (_name, bytes) => {
    const b = new Uint8Array(bytes);
    expect(decodeUtf8Portable(b, true)).toBe(new TextDecoder('utf-8', { fatal: true }).decode(b));
  });

  it.each<[string, number[]]>([
    ['a lone continuation byte', [0x41, 0x80, 0x42]],
    ['an overlong encoding', [0xc0, 0xaf]],
    ['a surrogate', [0xed, 0xa0, 0x80]],
    ['a cut sequence at the end', [0x41, 0xe2, 0x82]],
  ])('rejects %s in strict mode and replaces it otherwise', (_name, bytes) => {
    const b = new Uint8Array(bytes);
    expect(decodeUtf8Portable(b, true)).toBeNull();
    expect(decodeUtf8Portable(b, false)).toContain('\ufffd');
  });

  it('maps the windows-1252 range 0x80–0x9F to its real characters', () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x93, 0x94, 0x96, 0x9a]))).toBe('€“”–š');
  });
});

describe('HTML to text', () => {
  it.each<[string, string, string]>([
    ['strips tags', '<p>Hei <b>Kari</b></p>', 'Hei Kari'],
    ['puts block elements on their own lines', '<div>En</div><div>To</div><br>Tre', 'En\nTo\nTre'],
    [
      'decodes named and numeric entities',
      'S&oslash;knad &amp; vedtak &#8211; &#x2013; &laquo;x&raquo;&nbsp;!',
      'Søknad & vedtak – – «x» !',
    ],
    [
      'drops scripts and styles',
      '<style>p{color:red}</style><script>alert("x")</script>Tekst',
      'Tekst',
    ],
    ['drops comments', 'A<!-- skjult 15038500047 -->B', 'AB'],
    ['survives an unclosed script', 'Før<script>while(true){}', 'Før'],
    ['keeps an unknown entity as written', 'a &foo; b', 'a &foo; b'],
    ['separates table cells', '<table><tr><td>Navn</td><td>Kari</td></tr></table>', 'Navn\tKari'],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe('HTML to text, read in place (issue 10)', () => {
  it.each<[string, string, string]>([
    ['a numeric reference with many zeros', 'ID &#0000000000000000000000000049;3', 'ID 13'],
    ['a reference without its semicolon at the end of a text', 'a&amp</p>b', 'a&\nb'],
    ['a numeric reference cut by a tag', 'x&#49<b>2</b>', 'x12'],
    ['a name a tag breaks is no reference', '&am<b></b>p;', '&amp;'],
    ['a legacy name followed by digits', '&copy2024', '©2024'],
    ['a reference that stands for a blank', 'a&nbsp;&nbsp; &#9;b', 'a\tb'],
    ['a line break made of references', 'a&#13;&#10;b', 'a\nb'],
    ['blanks at the ends of the page', ' \n <p> \u00a0Tekst&#32;</p>\t ', 'Tekst'],
    ['other white space at the ends', '\u3000Tekst\u2028', 'Tekst'],
    [
      'a title and a text area, their references decoded',
      '<title>A&amp;B</title><textarea>&lt;x</textarea>',
      'A&B\n<x',
    ],
    ['a template, its text left out', 'A<template><p>skjult</p></template>B', 'A\nB'],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('reads only the text a browser shows from a page of embedded pictures, scripts and styles', () => {
    const data = `data:image/png;base64,${'iVBORw0KGgo'.repeat(50_000)}`;
    const page =
      `<html><head><style>body{background:url(${data})}</style></head><body>` +
      `<p>Søknad om løyve</p><img alt="kart" src="${data}"><script>var x = "${data}";</script>` +
      `<p style='background:url(${data})'>Ola 13097248022</p></body></html>`;
    expect(htmlToText(page)).toBe('Søknad om løyve\nOla 13097248022');
  });

  it('keeps text a page writes as a data: address, which a reader sees', () => {
    expect(htmlToText('<p>data:,Ola 13097248022</p>')).toBe('data:,Ola 13097248022');
  });

  it('makes a long text whole across the blocks it is built in', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `ord${i}`);
    const html = `<p>${words.join(' \n\t ')}</p><p>${words.join('&nbsp;')}</p>`;
    expect(htmlToText(html)).toBe(`${words.join('\n')}\n${words.join(' ')}`);
  });

  it('keeps characters outside Latin-1 and outside the basic plane', () => {
    expect(htmlToText('<p>€ – 😀 &#x1F600; &#128;</p>')).toBe('€ – 😀 😀 €');
  });
});

describe('the markup tokenizer without attributes', () => {
  it('reads tags and text alike, and keeps no attribute', () => {
    const src = '<a href="x" title=\'y\' data-z=1>Tekst</a>';
    const read = (attributes: boolean): string[] => {
      const t = new MarkupTokenizer(src, true, undefined, attributes);
      const out: string[] = [];
      for (let k = t.next(); k !== 'end'; k = t.next()) {
        out.push(
          k === 'text'
            ? `text ${t.text()}`
            : `${k} ${t.name} ${t.attributeCount} ${t.attr('href') ?? '-'}`,
        );
      }
      return out;
    };
    expect(read(true)).toEqual(['open a 3 x', 'text Tekst', 'close a 3 x']);
    expect(read(false)).toEqual(['open a 0 -', 'text Tekst', 'close a 0 -']);
  });
});

describe('text attachments', () => {
  it.each<[string, string, string]>([
    ['personliste.csv', 'personliste-windows-1252.csv', 'Åse Ødegård'],
    ['notat.txt', 'notat-utf16le.txt', 'Fødselsnummer 15038500047'],
    ['side.html', 'nettside.html', 'Søknad om barnehageplass'],
  ])('reads %s for the detectors', async (name, fixture, expected) => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, fixture)));
    const r = await inspectAttachment({ name, bytes });
    expect(r.text).toContain(expected);
  });

  it('does not read a script or style of an HTML attachment as text, and flags the page', async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'nettside.html')));
    const r = await inspectAttachment({ name: 'side.html', bytes });
    expect(r.kind).toBe('html');
    expect(r.riskReasons).toEqual(['html']);
    expect(r.text).not.toContain('document.location');
    expect(r.text).not.toContain('font-family');
  });

  it('reads a text file the host cut short, and says it saw only part', async () => {
    const bytes = new TextEncoder().encode('Navn: Kari\n'.repeat(100));
    const r = await inspectAttachment({
      name: 'logg.txt',
      bytes: bytes.subarray(0, 500),
      size: bytes.length,
    });
    expect(r.text?.startsWith('Navn: Kari')).toBe(true);
    expect(r.findings).toContainEqual({
      code: 'attachment.too-large',
      params: { limitMb: 0.1, bound: 'host', sizeMb: 0.1 },
    });
  });
});

describe('drawings', () => {
  it('reads the text an SVG drawing shows', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg"><style>text{font:12px sans-serif}</style>' +
      '<text x="0" y="10">Fnr <tspan>150385</tspan><tspan>00047</tspan></text></svg>';
    const r = await inspectAttachment({ name: 'skjema.svg', bytes: new TextEncoder().encode(svg) });
    expect(r.kind).toBe('image');
    expect(r.riskReasons).toEqual(['html']);
    expect(r.text).toBe('Fnr 15038500047');
  });
});
