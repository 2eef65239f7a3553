/** `npm run bench`: every benchmark, one table, one JSON file per run. */
import { benchBundles } from './bundles.bench';
import { benchEngine } from './engine.bench';
import { benchFiling } from './filing.bench';
import { benchOversight } from './oversight.bench';
import { benchPane } from './pane.bench';
import { benchReaders } from './readers.bench';
import { benchSend } from './send.bench';
import { printTable, writeJson } from './util';
import type { Row } from './util';

/** The rows as a table and in bench/results/<name>.json. */
function report(name: string, rows: readonly Row[]): void {
  printTable(rows);
  const file = writeJson(name, rows);
  console.log(`\nWritten: bench/results/${file.slice(file.lastIndexOf('/') + 1)}`);
}

/** Benchmarks that can be run on their own: `npm run bench -- readers`, `-- filing`, `-- pane`, `-- oversight`. */
const ALONE: Readonly<Record<string, () => Promise<Row[]>>> = {
  readers: benchReaders,
  filing: benchFiling,
  oversight: benchOversight,
  pane: async () => [...benchBundles(), ...(await benchPane())],
};

async function main(): Promise<void> {
  const alone = process.argv.slice(2).find((a) => ALONE[a] !== undefined);
  if (alone !== undefined) {
    report(alone, await (ALONE[alone] as () => Promise<Row[]>)());
    return;
  }
  // The engine first, on a quiet machine; then the browser measurements.
  const engine = await benchEngine();
  const readers = await benchReaders();
  const pane = await benchPane();
  const rows = [...benchBundles(), ...pane, ...(await benchSend()), ...engine, ...readers];
  rows.push(...(await benchFiling()));
  rows.push(...(await benchOversight()));
  report('bench', rows);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
