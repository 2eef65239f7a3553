/**
 * Policy engine benchmarks (`npm run bench`): text-scan throughput against a
 * naive baseline measured in the same run, and attachment inspection of
 * 25 MB files, with memory. Prints a table and writes bench/results/engine.json.
 */
import { inspectAttachment } from '../src/core/attachments';
import { validateNorwegian, validateSwedish } from '../src/core/ids';
import { expandBraces } from '../src/core/keywords/pattern';
import { CONFIDENTIALITY } from '../src/core/keywords/dictionary/confidentiality';
import { LEGAL_FORM } from '../src/core/keywords/dictionary/legal-form';
import { SPECIAL_CATEGORY } from '../src/core/keywords/dictionary/special-category';
import { THREAT } from '../src/core/keywords/dictionary/threat';
import { scanText } from '../src/core/scan';
import { buildDocx, p } from '../test/support/docx-builder';
import { PdfBuilder } from '../test/support/pdf-builder';
import {
  megabytes,
  median,
  memoryPeak,
  memoryPeakAsync,
  municipalText,
  randomBytes,
  timeRuns,
  timeRunsAsync,
} from './util';
import type { Row } from './util';

/** The baseline: one regular expression per keyword pattern, as a quick tool would do it. */
function naiveRegexes(): RegExp[] {
  const out: RegExp[] = [];
  for (const rule of [...SPECIAL_CATEGORY, ...CONFIDENTIALITY, ...LEGAL_FORM, ...THREAT]) {
    for (const pattern of rule.patterns) {
      const tokens = pattern.split(' ').map((tok) => {
        const optional = tok.endsWith('?');
        const body = tok.replace(/^\[|\]?\??$/g, '').replace(/\]$/, '');
        const alts = body
          .split('|')
          .flatMap((a) => expandBraces(a))
          .map((a) =>
            a === '_'
              ? '\\S+'
              : a === '$'
                ? '(?=[.!?\\n]|$)'
                : a
                    .replace(/[.+?^${}()[\]\\]/g, '\\$&')
                    .replace(/^\\\*|\*$/g, '\\S*')
                    .replace(/^\*/, '\\S*'),
          );
        const group = `(?:${alts.join('|')})`;
        return optional ? `(?:${group}\\s+)?` : group;
      });
      out.push(new RegExp(`(?<![\\p{L}\\d])${tokens.join('\\s+')}`, 'giu'));
    }
  }
  return out;
}

const DIGIT_RUN = /\d[\d .-]{8,14}\d/g;

function naiveScan(text: string, regexes: readonly RegExp[]): number {
  let hits = 0;
  const lower = text.toLowerCase();
  for (const re of regexes) {
    re.lastIndex = 0;
    hits += (lower.match(re) ?? []).length;
  }
  for (const m of text.matchAll(DIGIT_RUN)) {
    const digits = m[0].replace(/[ .-]/g, '');
    if (digits.length === 11 && validateNorwegian(digits)) hits += 1;
    if ((digits.length === 10 || digits.length === 12) && validateSwedish(digits)) hits += 1;
  }
  return hits;
}

/**
 * Text-scan throughput: municipal text, typical (3 % of sentences carry an
 * ID or a sensitive phrase, about one finding per 2 KB) and dense (10 %, one
 * per 500 bytes), against the naive baseline measured in the same run.
 */
export function benchTextScan(): Row[] {
  const rows: Row[] = [];
  const regexes = naiveRegexes();
  for (const [size, density, label] of [
    [1, 0.03, 'typical'],
    [20, 0.03, 'typical'],
    [20, 0.1, 'dense'],
  ] as const) {
    const text = municipalText(size * 1024 * 1024, 42, density);
    const mb = megabytes(text);
    const runs = size === 1 ? 31 : 5;
    let found = 0;
    const ours = timeRuns(runs, () => {
      found = scanText(text).length;
    });
    let naiveHits = 0;
    const naive = timeRuns(size === 1 ? 3 : 1, () => {
      naiveHits = naiveScan(text, regexes);
    });
    const mem = memoryPeak(() => scanText(text));
    const oursMbS = mb / (median(ours) / 1000);
    const naiveMbS = mb / (median(naive) / 1000);
    rows.push({
      name: `text scan ${size} MB, ${label}`,
      value: oursMbS,
      unit: 'MB/s',
      baseline: naiveMbS,
      ratio: oursMbS / naiveMbS,
      target: '≥ 50 MB/s and ≥ 5× baseline',
      ok: oursMbS >= 50 && oursMbS / naiveMbS >= 5,
      extra: {
        ms: median(ours),
        baselineMs: median(naive),
        findings: found,
        baselineHits: naiveHits,
        peakMemoryMb: mem,
        textMb: mb,
      },
    });
  }
  return rows;
}

export async function benchEngine(): Promise<Row[]> {
  const rows: Row[] = benchTextScan();

  // 25 MB attachments: almost all of it an image, as real ones are.
  const pdfBytes = new PdfBuilder()
    .obj(1, '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R] /SigFlags 3 >> >>')
    .obj(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>')
    .obj(
      3,
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [5 0 R] /Resources << /XObject << /Im1 7 0 R >> >> >>',
    )
    .obj(
      7,
      '<< /Type /XObject /Subtype /Image /Width 4000 /Height 3000 /BitsPerComponent 8 /ColorSpace /DeviceRGB /Filter /DCTDecode >>',
      randomBytes(25 * 1024 * 1024 - 100_000, 7),
    )
    .obj(
      5,
      '<< /FT /Sig /T (Signatur1) /V 6 0 R /Type /Annot /Subtype /Widget /Rect [0 0 0 0] /P 3 0 R >>',
    )
    .sig(6)
    .endRevision()
    .bytes();
  // A text-heavy PDF: 60 000 small objects with indirect lengths, the slow
  // shape for a structure reader.
  const heavy = new PdfBuilder()
    .obj(1, '<< /Type /Catalog /Pages 2 0 R >>')
    .obj(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  heavy.obj(3, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>');
  const filler =
    'BT /F1 10 Tf 72 700 Td (Saksbehandlingen følger forvaltningsloven og arkivforskriften.) Tj ET\n'.repeat(
      4,
    );
  for (let n = 10; heavy.length < 25 * 1024 * 1024; n += 2) {
    heavy
      .obj(n, `<< /Length ${n + 1} 0 R >>\nstream\n${filler}\nendstream`)
      .obj(n + 1, String(filler.length));
  }
  const heavyPdf = heavy.endRevision().bytes();
  const docx = buildDocx({
    body: Array.from({ length: 3000 }, (_, i) =>
      p(`Avsnitt ${i}: Saksbehandlingen følger forvaltningsloven.`),
    ).join(''),
    extra: { 'word/media/image1.jpeg': randomBytes(25 * 1024 * 1024 - 150_000, 9) },
  });
  for (const [name, bytes] of [
    ['inspect 25 MB PDF (signed)', pdfBytes],
    ['inspect 25 MB PDF (60 000 objects)', heavyPdf],
    ['inspect 25 MB DOCX', docx],
  ] as const) {
    const file = name.includes('PDF') ? 'vedtak.pdf' : 'vedtak.docx';
    let state = '';
    const resolved = await timeRunsAsync(7, async () => {
      const r = await inspectAttachment({ name: file, bytes, size: bytes.length });
      state = String(r.signature ?? (r.draft ? 'draft' : 'final'));
    });
    const mem = await memoryPeakAsync(() =>
      inspectAttachment({ name: file, bytes, size: bytes.length }),
    );
    rows.push({
      name,
      value: median(resolved),
      unit: 'ms',
      target: '< 200 ms',
      ok: median(resolved) < 200,
      extra: { sizeMb: bytes.length / 1e6, result: state, peakMemoryMb: mem },
    });
  }
  return rows;
}
