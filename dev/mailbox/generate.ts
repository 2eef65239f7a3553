/**
 * Writes the sample mailbox (build.ts) to a folder, default dev/mailbox:
 * the .eml files and index.json. .eml files the build no longer makes are
 * removed. Run with `node scripts/make-mailbox.mjs`.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { buildSampleMailbox } from './build';

function emlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...emlFiles(path));
    else if (entry.name.endsWith('.eml')) out.push(path);
  }
  return out;
}

async function main(out: string): Promise<void> {
  const { files, index } = buildSampleMailbox();
  mkdirSync(out, { recursive: true });
  const keep = new Set(Object.keys(files));
  for (const path of emlFiles(out)) {
    if (!keep.has(relative(out, path).split(sep).join('/'))) rmSync(path);
  }
  for (const [path, text] of Object.entries(files)) {
    const target = join(out, ...path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  const indexPath = join(out, 'index.json');
  const options = (await resolveConfig(indexPath)) ?? {};
  writeFileSync(indexPath, await format(JSON.stringify(index), { ...options, parser: 'json' }));
  console.log(`${Object.keys(files).length} messages and index.json written to ${out}`);
}

await main(process.argv[2] ?? join('dev', 'mailbox'));
