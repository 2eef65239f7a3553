/** `npm run bench`: every benchmark, one table, one JSON file per run. */
import { benchBundles } from './bundles.bench';
import { benchEngine } from './engine.bench';
import { benchFiling } from './filing.bench';
import { benchPane } from './pane.bench';
import { benchReaders } from './readers.bench';
import { benchSend } from './send.bench';
import { printTable, writeJson } from './util';

async function main(): Promise<void> {
  // `npm run bench -- readers`: only the worst-case readers (issue 10).
  if (process.argv.slice(2).includes('readers')) {
    const rows = await benchReaders();
    printTable(rows);
    const file = writeJson('readers', rows);
    console.log(`\nWritten: bench/results/${file.slice(file.lastIndexOf('/') + 1)}`);
    return;
  }
  // The engine first, on a quiet machine; then the browser measurements.
  const engine = await benchEngine();
  const readers = await benchReaders();
  const pane = await benchPane();
  const rows = [...benchBundles(), ...pane, ...(await benchSend()), ...engine, ...readers];
  rows.push(...(await benchFiling()));
  printTable(rows);
  const file = writeJson('bench', rows);
  console.log(`\nWritten: bench/results/${file.slice(file.lastIndexOf('/') + 1)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
