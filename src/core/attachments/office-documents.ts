/**
 * The main parts of Word, Excel and PowerPoint files (office.ts): tracked
 * changes, comments, watermarks and the text that is scanned, read from
 * each application's own parts.
 */

import { Meter } from '../metering/meter';
import { decodeEntities } from './decode';
import type { Collector } from './collector';
import { MarkupTokenizer } from './markup';
import { OoxmlText, tidy, sheetValues } from './text';
import type { RevisionKind } from './types';
import type { Parts } from './office-parts';
import { countElements, isDraftWord, numberedPart, partIn } from './office-parts';

/** Tracked-change elements of WordprocessingML, by local name. */
const REVISIONS: ReadonlyMap<string, RevisionKind> = new Map<string, RevisionKind>(
  Object.entries({
    ins: 'ins',
    cellIns: 'ins',
    del: 'del',
    cellDel: 'del',
    moveFrom: 'move',
    moveTo: 'move',
    cellMerge: 'format',
    rPrChange: 'format',
    pPrChange: 'format',
    sectPrChange: 'format',
    tblPrChange: 'format',
    tblPrExChange: 'format',
    trPrChange: 'format',
    tcPrChange: 'format',
    tblGridChange: 'format',
    numberingChange: 'format',
  } as const),
);

/** What one pass over a WordprocessingML part finds. */
interface WordPart {
  readonly text: string;
  readonly revisions: Record<RevisionKind, number>;
  readonly watermarks: string[];
  /** Elements named `count` (comments). */
  readonly counted: number;
}

/**
 * One pass over a Word part: its text, its tracked changes, its watermarks
 * (VML text paths, and DrawingML shapes Word names "PowerPlusWaterMarkObject")
 * and, when asked, the number of elements of one name.
 */
function readWordPart(xml: string, meter: Meter, count?: string): WordPart {
  const t = new MarkupTokenizer(xml, false, meter);
  const text = new OoxmlText(meter);
  const revisions: Record<RevisionKind, number> = { ins: 0, del: 0, move: 0, format: 0 };
  const watermarks: string[] = [];
  let counted = 0;
  let drawing = 0;
  let drawingText: OoxmlText | null = null;
  let marked = false;
  for (let k = t.next(); k !== 'end'; k = t.next()) {
    text.take(t, k);
    if (drawingText) drawingText.take(t, k);
    if (k === 'text') {
      if (drawing > 0 && !marked && t.text().indexOf('WaterMark') >= 0) marked = true;
      continue;
    }
    const local = t.local;
    if (k === 'open') {
      const kind = REVISIONS.get(local);
      if (kind !== undefined) revisions[kind]++;
      if (local === count) counted++;
      if (local === 'textpath') {
        const value = t.attr('string');
        if (value !== undefined) {
          const mark = decodeEntities(value, meter).trim();
          if (mark) watermarks.push(mark);
        }
      }
      if (local === 'drawing' && !t.selfClosing) {
        if (drawing === 0) {
          drawingText = new OoxmlText(meter);
          marked = false;
        }
        drawing++;
      }
      if (drawing > 0 && !marked) {
        for (let i = 0; i < t.attributeCount; i++) {
          if (t.attributeValue(i).indexOf('WaterMark') >= 0) marked = true;
        }
      }
    } else if (local === 'drawing' && drawing > 0) {
      drawing--;
      if (drawing === 0 && drawingText) {
        const mark = drawingText.result();
        if (marked && mark) watermarks.push(mark);
        drawingText = null;
      }
    }
  }
  return { text: text.result(), revisions, watermarks, counted };
}

/** Watermark texts in a header: VML text paths and DrawingML shapes Word names "PowerPlusWaterMarkObject". */
export function watermarkTexts(xml: string, meter: Meter = new Meter()): string[] {
  return readWordPart(xml, meter).watermarks;
}

export function inspectWord(parts: Parts, main: string, c: Collector): void {
  const meter = parts.meter;
  const folder = main.slice(0, main.lastIndexOf('/') + 1).toLowerCase();
  const body = readWordPart(parts.xml(main), meter);
  const headers = parts
    .matching((n) => numberedPart(n, folder + 'header'))
    .map((h) => readWordPart(parts.xml(h), meter));
  const footers = parts
    .matching((n) => numberedPart(n, folder + 'footer'))
    .map((f) => readWordPart(parts.xml(f), meter));
  const notes = [folder + 'footnotes.xml', folder + 'endnotes.xml'].map((n) =>
    readWordPart(parts.xml(n), meter),
  );
  const comments = readWordPart(parts.xml(folder + 'comments.xml'), meter, 'comment');

  // Tracked changes of every kind, wherever they are.
  const counts: Record<RevisionKind, number> = { ins: 0, del: 0, move: 0, format: 0 };
  for (const part of [body, ...headers, ...footers, ...notes]) {
    for (const k of ['ins', 'del', 'move', 'format'] as const) counts[k] += part.revisions[k];
  }
  const total = counts.ins + counts.del + counts.move + counts.format;
  if (total > 0) {
    const order: RevisionKind[] = ['ins', 'del', 'move', 'format'];
    c.markers.push({
      type: 'revisions',
      count: total,
      kinds: order.filter((k) => counts[k] > 0),
    });
    c.add('attachment.draft.revisions', {
      count: total,
      insertions: counts.ins,
      deletions: counts.del,
      moves: counts.move,
      formatting: counts.format,
    });
  }

  // An empty comments part (Word leaves one behind) is not a comment.
  if (comments.counted > 0) {
    c.markers.push({ type: 'comments', count: comments.counted });
    c.add('attachment.draft.comments', { count: comments.counted });
  }

  const marks: string[] = [];
  for (const h of headers) marks.push(...h.watermarks);
  for (const text of marks) {
    if (isDraftWord(text) && !c.markers.some((x) => x.type === 'watermark' && x.text === text)) {
      c.markers.push({ type: 'watermark', text });
      c.add('attachment.draft.watermark', { text });
    }
  }

  c.text(body.text);
  for (const part of [...headers, ...footers, ...notes, comments]) c.text(part.text);
  // A watermark such as "KONFIDENSIELT" is text the detectors should see.
  if (marks.length > 0) c.text(tidy(marks.join('\n'), meter));
}

export function inspectExcel(parts: Parts, c: Collector): void {
  const meter = parts.meter;
  const legacy = parts
    .matching((n) => numberedPart(n, 'xl/comments'))
    .reduce((n, p) => n + countElements(parts.xml(p), 'comment', meter), 0);
  const threaded = parts
    .matching((n) => partIn(n, 'xl/threadedcomments/'))
    .reduce((n, p) => n + countElements(parts.xml(p), 'threadedComment', meter), 0);
  // Excel writes a legacy copy of every threaded comment: count the larger.
  const count = Math.max(legacy, threaded);
  if (count > 0) {
    c.markers.push({ type: 'comments', count });
    c.add('attachment.draft.comments', { count });
  }
  c.text(readWordPart(parts.xml('xl/sharedStrings.xml'), meter).text);
  for (const sheet of parts.matching((n) => numberedPart(n, 'xl/worksheets/sheet')))
    c.text(sheetValues(parts.xml(sheet), meter));
}

export function inspectPowerPoint(parts: Parts, c: Collector): void {
  const meter = parts.meter;
  const count = parts
    .matching((n) => partIn(n, 'ppt/comments/'))
    .reduce((n, p) => n + countElements(parts.xml(p), 'cm', meter), 0);
  if (count > 0) {
    c.markers.push({ type: 'comments', count });
    c.add('attachment.draft.comments', { count });
  }
  for (const slide of parts.matching((n) => numberedPart(n, 'ppt/slides/slide')))
    c.text(readWordPart(parts.xml(slide), meter).text);
  for (const note of parts.matching((n) => numberedPart(n, 'ppt/notesslides/notesslide')))
    c.text(readWordPart(parts.xml(note), meter).text);
}
