import { inspectAttachment } from '../../../src/core/attachments';
import { readRtf, rtfToText } from '../../../src/core/attachments/rtf';
import { Meter } from '../../../src/core/metering/meter';
import { ole10Native, peFile } from '../../support/docx-builder';

const FNR = '15038500047';

function latin1Bytes(s: string): Uint8Array {
  return Uint8Array.from(s, (ch) => ch.charCodeAt(0) & 0xff);
}

function hex(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

/** An OLE 1.0 embedded object of class Package carrying a file. */
function ole1Package(label: string, data: Uint8Array): Uint8Array {
  const u32 = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24];
  const head = [
    ...u32(0x0501),
    ...u32(2),
    ...u32(8),
    ...Array.from('Package\0', (c) => c.charCodeAt(0)),
    ...u32(0),
    ...u32(0),
  ];
  const native = ole10Native(label, data);
  const out = new Uint8Array(head.length + native.length);
  out.set(head);
  out.set(native, head.length);
  return out;
}

const HEAD =
  '{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Calibri;}}{\\colortbl;\\red0\\green0\\blue0;}';

describe('RTF to text', () => {
  it.each<[string, string, string]>([
    ['plain paragraphs', `${HEAD}\\pard Vedtak\\par Side 2\\par}`, 'Vedtak\nSide 2\n'],
    ['code page escapes', `${HEAD}S\\'f8knad fra \\'c5se\\par}`, 'Søknad fra Åse\n'],
    ['digits split by formatting groups', `${HEAD}Fnr 150{\\b 385}{\\i 00}047}`, `Fnr ${FNR}`],
    [
      'Unicode escapes with their fallback',
      `${HEAD}\\u49?\\u53?\\uc0\\u48 38500047}`,
      `150${'38500047'}`,
    ],
    ['a negative Unicode escape', `${HEAD}\\u-3913?}`, '\uf0b7'],
    [
      'hidden destinations',
      `${HEAD}{\\*\\generator Riched20 10.0;}{\\info{\\title Hemmelig}}Synlig}`,
      'Synlig',
    ],
    [
      'a field shows its result, not its instruction',
      `${HEAD}{\\field{\\*\\fldinst HYPERLINK "https://x"}{\\fldrslt klikk}}}`,
      'klikk',
    ],
    ['binary data is skipped', `${HEAD}A\\bin4 \x00\x01\x02\x03B}`, 'AB'],
    ['table cells', `${HEAD}\\trowd Navn\\cell Kari\\cell\\row}`, 'Navn\tKari\t\n'],
    ['another code page', "{\\rtf1\\ansi\\ansicpg1251 \\'cf\\'f0\\'e8\\'e2\\'e5\\'f2}", 'Привет'],
    ['escaped braces and backslashes', `${HEAD}a\\{b\\}c\\\\d}`, 'a{b}c\\d'],
  ])('%s', (_name, rtf, text) => {
    expect(rtfToText(rtf)).toBe(text);
  });
});

describe('RTF attachments', () => {
  it('finds an ID number in an RTF document', async () => {
    const r = await inspectAttachment({
      name: 'brev.rtf',
      bytes: latin1Bytes(`${HEAD}Personnummer: 150385{\\b\\i 000}47\\par}`),
    });
    expect(r.kind).toBe('text');
    expect(r.text).toContain(`Personnummer: ${FNR}`);
  });

  it('finds a program embedded as an OLE Package, and names it', async () => {
    const object = hex(ole1Package('faktura.exe', peFile()));
    const rtf = `${HEAD}Se vedlegg {\\object\\objemb{\\*\\objclass Package}{\\*\\objdata\n${object}\n}}\\par}`;
    const r = await inspectAttachment({ name: 'faktura.rtf', bytes: latin1Bytes(rtf) });
    expect(r.findings).toContainEqual({
      code: 'attachment.risky.executable',
      params: { type: 'EXE', entry: 'object1/faktura.exe' },
    });
    expect(r.text).toBe('Se vedlegg \n');
  });

  it('reads the objects of an RTF document in one pass', () => {
    const object = hex(ole1Package('a.exe', peFile(4096)));
    const doc = (n: number): string =>
      HEAD + `{\\object{\\*\\objdata ${object}}}`.repeat(n) + '{\\b}'.repeat(n) + '}';
    const steps = (s: string): number => {
      const m = new Meter();
      const r = readRtf(s, m);
      expect(r.objects.length).toBeGreaterThan(0);
      return m.steps;
    };
    const s1 = steps(doc(20));
    const s4 = steps(doc(80));
    expect(s4 / s1).toBeLessThanOrEqual(4.5);
    expect(s4).toBeLessThanOrEqual(2 * doc(80).length);
  });
});
