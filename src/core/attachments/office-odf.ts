/**
 * OpenDocument files (office.ts): the content, styles and metadata parts,
 * with their tracked changes, annotations and text.
 */

import type { Meter } from '../metering/meter';
import { decodeEntities } from './decode';
import type { Collector } from './collector';
import { scanPackageEntries } from './archive';
import { MarkupTokenizer } from './markup';
import { tidy } from './text';
import type { RevisionKind } from './types';
import type { ZipDirectory } from './zip';
import { Parts } from './office-parts';

/** ODF elements whose end starts a new line, or a new cell. */
const ODF_LINE_ENDS = new Set(['p', 'h', 'table-row', 'list-item']);

const ODF_HEADERS = new Set([
  'header',
  'footer',
  'header-left',
  'footer-left',
  'header-first',
  'footer-first',
]);

/** One pass over an OpenDocument XML part: text, comments and tracked changes. */
function readOdfPart(
  xml: string,
  meter: Meter,
  onlyHeaders: boolean,
): { text: string; comments: number; revisions: Record<RevisionKind, number> } {
  const t = new MarkupTokenizer(xml, false, meter);
  const out: string[] = [];
  const revisions: Record<RevisionKind, number> = { ins: 0, del: 0, move: 0, format: 0 };
  let comments = 0;
  let headers = 0;
  for (let k = t.next(); k !== 'end'; k = t.next()) {
    const shown = !onlyHeaders || headers > 0;
    if (k === 'text') {
      if (shown) out.push(t.raw ? t.text() : decodeEntities(t.text(), meter));
      continue;
    }
    const local = t.local;
    if (k === 'open') {
      if (onlyHeaders && ODF_HEADERS.has(local) && !t.selfClosing) headers++;
      if (local === 'annotation') comments++;
      else if (local === 'insertion') revisions.ins++;
      else if (local === 'deletion') revisions.del++;
      else if (local === 'format-change') revisions.format++;
      if (!shown) continue;
      if (local === 's') out.push(' ');
      else if (local === 'tab') out.push('\t');
      else if (local === 'line-break') out.push('\n');
    } else {
      if (onlyHeaders && ODF_HEADERS.has(local)) headers = Math.max(0, headers - 1);
      if (!shown) continue;
      if (local === 'table-cell') out.push('\t');
      else if (ODF_LINE_ENDS.has(local)) out.push('\n');
    }
  }
  return { text: tidy(out.join(''), meter), comments, revisions };
}

/**
 * An OpenDocument file (.odt, .ods, .odp): its text, headers and footers,
 * comments and tracked changes as draft markers, macros (Basic/, Scripts/),
 * and the objects embedded in it ("Object 1", judged like Office's).
 */
export function inspectOdfInto(bytes: Uint8Array, dir: ZipDirectory, c: Collector): void {
  const parts = new Parts(bytes, dir, c);
  const meter = parts.meter;
  c.kind = 'other';
  if (dir.damaged) c.add('attachment.truncated');
  if (dir.tooMany) c.notInspected('parts');
  if (dir.entries.some((e) => e.encrypted)) c.markEncrypted('ZIP');
  const names = parts.names();
  if (names.some((n) => n.startsWith('basic/') || n.startsWith('scripts/')))
    c.risk('macro', { type: 'ODF' });
  scanPackageEntries(bytes, dir, c, { nesting: 0, path: '' });
  if (c.budget.bomb) return;
  const body = readOdfPart(parts.xml('content.xml'), meter, false);
  const styles = readOdfPart(parts.xml('styles.xml'), meter, true);
  const total = body.revisions.ins + body.revisions.del + body.revisions.format;
  if (total > 0) {
    const kinds = (['ins', 'del', 'format'] as const).filter((k) => body.revisions[k] > 0);
    c.markers.push({ type: 'revisions', count: total, kinds });
    c.add('attachment.draft.revisions', {
      count: total,
      insertions: body.revisions.ins,
      deletions: body.revisions.del,
      moves: 0,
      formatting: body.revisions.format,
    });
  }
  if (body.comments > 0) {
    c.markers.push({ type: 'comments', count: body.comments });
    c.add('attachment.draft.comments', { count: body.comments });
  }
  c.text(body.text);
  c.text(styles.text);
}
