/**
 * Archives (R12: "öppna inte ... komprimerade filer från okända avsändare").
 * An archive is risky in itself; what is inside is named too, so the warning
 * can say "contains faktura.pdf.exe". Nested zips are opened down to the
 * depth limit; zip bombs (huge ratio, overlapping entries, endless nesting)
 * are reported instead of being unpacked.
 */
import { Budget } from './inflate';
import type { Collector } from './collector';
import { analyzeName } from './names';
import type { ZipDirectory } from './zip';
import { probeEntry, readEntry, readZipDirectory } from './zip';

/** Entries probed for a bomb ratio per archive. */
const MAX_PROBES = 64;

export function inspectZipArchiveInto(
  bytes: Uint8Array,
  dir: ZipDirectory,
  c: Collector,
  nesting: number,
): void {
  const limits = c.budget.limits;
  if (dir.damaged) c.add('attachment.truncated');
  if (dir.tooMany) c.tooLarge(bytes.length, 'scan', bytes.length);
  if (dir.overlapping) {
    c.bomb();
    return;
  }
  const probeBudget = new Budget(limits);
  const seen = new Set<string>();
  let probes = 0;
  for (const e of dir.entries) {
    if (c.budget.bomb) return;
    if (e.name.endsWith('/')) continue;
    if (e.encrypted) c.markEncrypted('ZIP');
    const base = e.name.slice(e.name.lastIndexOf('/') + 1);
    const name = analyzeName(base);
    for (const reason of name.reasons) {
      c.risk(reason, { type: (name.ext || '?').toUpperCase(), entry: e.name });
    }
    // Declared sizes are only a hint, but a declared ratio past the limit is
    // already enough to call it a bomb.
    if (e.size >= limits.minBombBytes && e.size > limits.maxRatio * Math.max(1, e.compressedSize)) {
      c.bomb();
      return;
    }
    if (name.ext === 'zip') {
      if (nesting + c.depth + 1 > limits.maxDepth) {
        // 42.zip nests five levels deep; real mail does not.
        c.bomb();
        return;
      }
      // Identical copies (a classic bomb layout) are opened once.
      const key = `${e.crc}:${e.compressedSize}:${e.size}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const r = readEntry(bytes, e, limits.maxPartBytes, c.budget);
      if (r.stop === 'bomb') {
        c.bomb();
        return;
      }
      if (r.stop === 'cap') c.tooLarge(limits.maxPartBytes, 'part', e.size);
      if (r.stop === 'budget') c.tooLarge(limits.maxTotalInflatedBytes, 'scan', e.size);
      const inner = readZipDirectory(r.data, limits.maxEntries);
      if (inner) inspectZipArchiveInto(r.data, inner, c, nesting + 1);
      continue;
    }
    if (probes < MAX_PROBES) {
      probes++;
      if (probeEntry(bytes, e, probeBudget) === 'bomb') {
        c.bomb();
        return;
      }
    }
  }
}
