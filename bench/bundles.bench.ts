/**
 * The send-check bundle's size against its budget. The task pane's
 * JavaScript is measured by pane.bench.ts, as the pane loads it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileSize, ROOT } from './util';
import type { Row } from './util';

export function benchBundles(): Row[] {
  const runtime = join(ROOT, 'dist', 'addin', 'runtime.js');
  if (!existsSync(runtime)) return [];
  const s = fileSize(runtime);
  return [
    {
      name: 'send-check bundle (runtime.js)',
      value: s.raw / 1024,
      unit: 'KB',
      target: '≤ 150 KB minified',
      ok: s.raw <= 150 * 1024,
      extra: { gzipKb: s.gzip / 1024 },
    },
  ];
}
