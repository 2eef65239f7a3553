/**
 * The readers of attachments are linear in their input (issue 10): for the
 * worst inputs we know of, the steps they count on the meter for 4n units
 * stay within 4.5 times the steps for n, and within a constant times n.
 * Nothing here measures time.
 */
import { strToU8, zipSync } from 'fflate';
import { inspectAttachment } from '../../../src/core/attachments';
import { readCfb } from '../../../src/core/attachments/cfb';
import {
  decodeCharset,
  decodeEntities,
  decodeTextDetailed,
} from '../../../src/core/attachments/decode';
import { Budget, inflateBounded } from '../../../src/core/attachments/inflate';
import { InspectionOutOfTime } from '../../../src/core/attachments/inspect';
import { htmlToTextMetered, ooxmlText, sheetValues } from '../../../src/core/attachments/text';
import { DEFAULT_LIMITS } from '../../../src/core/attachments/types';
import { readZipDirectory } from '../../../src/core/attachments/zip';
import { Meter, OutOfTime } from '../../../src/core/metering/meter';
import {
  buildCfb,
  buildDoc,
  buildDocx,
  buildXls,
  deflatedZeros,
  ole10Native,
  rawZip,
} from '../../support/docx-builder';

function steps(run: (meter: Meter) => void): number {
  const meter = new Meter();
  run(meter);
  return meter.steps;
}

interface Row<T> {
  readonly name: string;
  /** The input for size n, and its size in units (characters or bytes). */
  readonly make: (n: number) => T;
  readonly size: (input: T) => number;
}

/** Assert linear step counts for n and 4n; steps ≤ c per unit of input. */
function expectLinear<T>(row: Row<T>, run: (input: T, meter: Meter) => void, n: number, c: number) {
  const small = row.make(n);
  const large = row.make(4 * n);
  const s1 = steps((m) => run(small, m));
  const s4 = steps((m) => run(large, m));
  expect(s1).toBeGreaterThan(0);
  expect(s4 / s1).toBeLessThanOrEqual(4.5);
  expect(s1).toBeLessThanOrEqual(c * row.size(small));
  expect(s4).toBeLessThanOrEqual(c * row.size(large));
}

const text = (name: string, make: (n: number) => string): Row<string> => ({
  name,
  make,
  size: (s) => s.length,
});

/** Worst cases for a markup tokenizer, as text of about n characters. */
const MARKUP: Row<string>[] = [
  text('unclosed tags', (n) => '<a '.repeat(n / 3)),
  text('an unclosed tag with a long name', (n) => '<' + 'a'.repeat(n)),
  text('runs of <', (n) => '<'.repeat(n)),
  text('runs of </', (n) => '</'.repeat(n / 2)),
  text('runs of <!', (n) => '<!'.repeat(n / 2)),
  text('a long attribute value', (n) => `<a href="${'x'.repeat(n)}">y</a>`),
  text('an unterminated attribute value', (n) => `<a href="${'x'.repeat(n)}`),
  text('many attributes', (n) => '<a ' + 'b=c '.repeat(n / 4) + '>'),
  text('an unterminated comment of dashes', (n) => '<!--' + '-'.repeat(n)),
  text('an unterminated comment', (n) => '<!--' + 'a-'.repeat(n / 2)),
  text('many comments', (n) => '<!---->'.repeat(n / 7)),
  text('an unterminated CDATA section', (n) => '<![CDATA[' + ']'.repeat(n)),
  text('entity runs', (n) => '&#1'.repeat(n / 3)),
  text('ampersands', (n) => '&'.repeat(n)),
  text('a long entity name', (n) => '&' + 'a'.repeat(n)),
  text('legacy entities', (n) => '&amp'.repeat(n / 4)),
  text('deep nesting', (n) => '<div>'.repeat(n / 5)),
  text('script with many end-tag starts', (n) => '<script>' + '</scrip'.repeat(n / 7)),
  text('blank runs', (n) => ' \t'.repeat(n / 4) + '\n \n'.repeat(n / 8) + 'x'),
  text('processing instructions', (n) => '<?x'.repeat(n / 3)),
];

describe('HTML to text is linear', () => {
  it.each(MARKUP.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    expectLinear(row, (s, m) => htmlToTextMetered(s, m), 20_000, 12);
  });
});

/** Worst cases for the Office XML readers. */
const OOXML: Row<string>[] = [
  ...MARKUP,
  text('text runs full of <', (n) => '<w:t>' + '<'.repeat(n)),
  text('many tracked changes', (n) => '<w:ins w:id="1"><w:del w:id="2">'.repeat(n / 32)),
  text('many text elements', (n) => '<w:t>1</w:t>'.repeat(n / 12)),
  text('entities in text', (n) => '<w:t>' + 'a&#49;'.repeat(n / 6) + '</w:t>'),
  text('drawings with a watermark', (n) => '<w:drawing a="WaterMark"><w:t>x</w:t>'.repeat(n / 37)),
  text('a long text path', (n) => `<v:textpath string="${'x'.repeat(n)}"/>`),
  text('cells', (n) => '<c t="s"><v>1</v></c>'.repeat(n / 21)),
  text('rows', (n) => '<row>'.repeat(n / 5)),
];

describe('Office XML text is linear', () => {
  it.each(OOXML.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    expectLinear(row, (s, m) => ooxmlText(s, m), 20_000, 12);
    expectLinear(row, (s, m) => sheetValues(s, m), 20_000, 12);
  });
});

describe('a Word document is read in linear time (issue 10)', () => {
  const DOCX: Row<Uint8Array>[] = OOXML.map((r) => ({
    name: r.name,
    make: (n: number) => buildDocx({ body: r.make(n), headers: [r.make(n)] }),
    size: (_b: Uint8Array) => 0,
  }));

  it.each(DOCX.map((r, i) => [r.name, r, OOXML[i] as Row<string>] as const))(
    '%s',
    async (_name, row, xml) => {
      const run = async (n: number): Promise<number> => {
        const meter = new Meter();
        await inspectAttachment({ name: 'vedtak.docx', bytes: row.make(n) }, {}, { meter });
        return meter.steps;
      };
      const n = 20_000;
      const s1 = await run(n);
      const s4 = await run(4 * n);
      expect(s4 / s1).toBeLessThanOrEqual(4.5);
      // The XML is read from body and header: twice its characters, and some.
      expect(s4).toBeLessThanOrEqual(40 * xml.make(4 * n).length + 50_000);
    },
  );
});

describe('decoding is linear', () => {
  const BYTES: Row<Uint8Array>[] = [
    { name: 'UTF-7 runs', make: (n) => strToU8('+AGE-'.repeat(n / 5)), size: (b) => b.length },
    { name: 'plus signs', make: (n) => strToU8('+'.repeat(n)), size: (b) => b.length },
    { name: 'zeros', make: (n) => new Uint8Array(n), size: (b) => b.length },
    {
      name: 'EBCDIC letters',
      make: (n) => new Uint8Array(n).fill(0xc1),
      size: (b) => b.length,
    },
    {
      name: 'broken UTF-8',
      make: (n) => new Uint8Array(n).fill(0xe2),
      size: (b) => b.length,
    },
  ];
  it.each(BYTES.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    expectLinear(row, (b, m) => decodeTextDetailed(b, undefined, m), 50_000, 4);
    expectLinear(row, (b, m) => decodeCharset(b, 'utf-7', m), 50_000, 4);
  });

  it.each(MARKUP.map((r) => [r.name, r] as const))('character references: %s', (_n, row) => {
    expectLinear(row, (s, m) => decodeEntities(s, m), 20_000, 40);
  });
});

describe('zips and compound files are read in linear time', () => {
  const many = (n: number): Uint8Array => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < n; i++) files[`mappe/fil${i}.pdf.exe`] = strToU8('MZ');
    return zipSync(files, { level: 0 });
  };

  it('lists a zip with many entries', () => {
    expectLinear(
      { name: 'entries', make: many, size: (b: Uint8Array) => b.length },
      (b, m) => readZipDirectory(b, 1_000_000, m),
      500,
      4,
    );
  });

  it('lists a zip without its central directory, from local headers with data descriptors', () => {
    const cut = (n: number): Uint8Array =>
      rawZip(
        Array.from({ length: n }, (_x, i) => ({
          name: `f${i}.txt`,
          data: strToU8('data'),
          method: 0,
          size: 4,
          flags: 0x808,
        })),
        { centralDirectory: false },
      );
    expectLinear(
      { name: 'local headers', make: cut, size: (b: Uint8Array) => b.length },
      (b, m) => readZipDirectory(b, 1_000_000, m),
      500,
      4,
    );
  });

  it('inspects an archive with many risky entries', async () => {
    const run = async (n: number): Promise<number> => {
      const meter = new Meter();
      await inspectAttachment({ name: 'pakke.zip', bytes: many(n) }, {}, { meter });
      return meter.steps;
    };
    const s1 = await run(500);
    const s4 = await run(2000);
    expect(s4 / s1).toBeLessThanOrEqual(4.5);
    expect(s4).toBeLessThanOrEqual(20 * many(2000).length);
  });

  it('reads a compound file with many OLE Package objects', () => {
    const cfb = (n: number): Uint8Array =>
      buildCfb(
        Array.from({ length: n }, (_x, i) => ({
          name: '\u0001Ole10Native',
          data: ole10Native(`fil${i}.exe`, new Uint8Array(10)),
        })),
      );
    expectLinear(
      { name: 'packages', make: cfb, size: (b: Uint8Array) => b.length },
      (b, m) => {
        const f = readCfb(b, m);
        for (const e of f?.entries ?? []) f?.read(e, 1 << 20);
      },
      40,
      8,
    );
  });

  it.each<[string, (n: number) => Uint8Array]>([
    ['a .doc with a long text', (n) => buildDoc('Avsnitt\x13 KODE \x14 resultat\x15\r'.repeat(n))],
    [
      'an .xls with many strings and numbers',
      (n) =>
        buildXls(
          Array.from({ length: n }, (_x, i) => `Streng ${i}`),
          Array.from({ length: n }, (_x, i) => i),
        ),
    ],
  ])('reads %s in linear work', async (_name, make) => {
    const run = async (n: number): Promise<number> => {
      const meter = new Meter();
      await inspectAttachment({ name: 'fil.doc', bytes: make(n) }, {}, { meter });
      return meter.steps;
    };
    const s1 = await run(500);
    const s4 = await run(2000);
    expect(s4 / s1).toBeLessThanOrEqual(4.5);
    expect(s4).toBeLessThanOrEqual(20 * make(2000).length);
  });

  it('stops inflating a bomb after a bounded amount of work, whatever its size', () => {
    const work = (size: number): number =>
      steps((m) => inflateBounded(deflatedZeros(size), 1 << 30, new Budget(DEFAULT_LIMITS, m)));
    const small = work(64 * 1024 * 1024);
    const large = work(1024 * 1024 * 1024);
    expect(large).toBeLessThanOrEqual(small * 1.5);
    expect(large).toBeLessThanOrEqual(12 * 1024 * 1024);
  });
});

describe('running out of time (issue 10)', () => {
  /** A meter whose clock moves one millisecond per look, with a deadline 50 looks away. */
  function hurried(): Meter {
    let t = 0;
    return new Meter({ now: () => t++, deadline: 50, checkEvery: 1000 });
  }

  it('stops a large document with OutOfTime, keeping what the cheap checks found', async () => {
    const body = Array.from(
      { length: 20_000 },
      (_x, i) => `<w:p><w:r><w:t>Avsnitt ${i} ${(i * 2654435761) % 1000003}</w:t></w:r></w:p>`,
    ).join('');
    const run = inspectAttachment(
      { name: 'vedtak.docm', bytes: buildDocx({ body }) },
      {},
      { meter: hurried() },
    );
    await expect(run).rejects.toBeInstanceOf(OutOfTime);
    const e = await run.catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InspectionOutOfTime);
    const partial = (e as InspectionOutOfTime).partial;
    expect(partial.name).toBe('vedtak.docm');
    expect(partial.findings).toContainEqual({
      code: 'attachment.risky.macro',
      params: { type: 'DOCM' },
    });
    expect(partial.findings).toContainEqual({
      code: 'attachment.not-inspected',
      params: { reason: 'time' },
    });
  });

  it('passes OutOfTime on from inflation instead of calling the stream broken', () => {
    const late = new Meter({ now: () => 100, deadline: 0, checkEvery: 1 });
    const budget = new Budget(DEFAULT_LIMITS, late);
    expect(() => inflateBounded(deflatedZeros(10 * 1024 * 1024), 1 << 30, budget)).toThrow(
      OutOfTime,
    );
  });
});
