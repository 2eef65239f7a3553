/** Bundle sizes (raw and gzip) against their budgets. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Row } from './util';

const ROOT = join(__dirname, '..', '..');

function size(file: string): { raw: number; gzip: number } {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export function benchBundles(): Row[] {
  const rows: Row[] = [];
  const runtime = join(ROOT, 'dist', 'addin', 'runtime.js');
  if (existsSync(runtime)) {
    const s = size(runtime);
    rows.push({
      name: 'send-check bundle (runtime.js)',
      value: s.raw / 1024,
      unit: 'KB',
      target: '≤ 150 KB minified',
      ok: s.raw <= 150 * 1024,
      extra: { gzipKb: s.gzip / 1024 },
    });
  }
  const addin = join(ROOT, 'dist', 'addin');
  if (existsSync(join(addin, 'taskpane.js'))) {
    // Initial JavaScript: the entry file; lazily loaded chunks are counted apart.
    const entry = size(join(addin, 'taskpane.js'));
    const chunks = readdirSync(addin).filter(
      (f) => f.endsWith('.js') && f !== 'taskpane.js' && f !== 'runtime.js',
    );
    const lazy = chunks.reduce((sum, f) => sum + size(join(addin, f)).gzip, 0);
    rows.push({
      name: 'task pane initial JS (taskpane.js)',
      value: entry.gzip / 1024,
      unit: 'KB gz',
      extra: { rawKb: entry.raw / 1024, lazyChunksGzipKb: lazy / 1024, lazyChunks: chunks.length },
    });
  }
  return rows;
}
