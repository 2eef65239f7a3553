/**
 * The far side of the filing benchmark (bench/filing.bench.ts), in a process
 * of its own so that its copies of the bytes are not counted with the
 * client's: the Graph emulator, the Noark 5 emulator and a plain node:http
 * server that reads and drops what is PUT to it (the copy baseline), all on
 * 127.0.0.1. It speaks with the bench over IPC: `ready` with the addresses
 * once listening; then `reset` (archive and mailboxes emptied, answered with
 * `reset` and the CPU time this process has used) and `close`.
 */
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGraphEmulator } from '../dev/graph';
import { startNoarkEmulator } from '../dev/noark';

/** What the child tells the bench when it is listening. */
export interface FilingChildReady {
  readonly type: 'ready';
  /** Graph's base (without the version), for createGraphClient. */
  readonly graph: string;
  /** The Noark 5 API root. */
  readonly noark: string;
  /** The plain server's origin: PUT anything under it. */
  readonly sink: string;
}

export type FilingChildRequest = { readonly type: 'reset' } | { readonly type: 'close' };

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'arkivpost-bench-noark-'));
  const graph = await startGraphEmulator({ port: 0 });
  const noark = await startNoarkEmulator({ port: 0, dir });
  // The baseline's receiver: reads the body to its end and answers its length.
  const sink = createServer((req, res) => {
    let received = 0;
    req.on('data', (chunk: Buffer) => (received += chunk.length));
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ received }));
    });
  });
  await once(sink.listen(0, '127.0.0.1'), 'listening');

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      sink.closeAllConnections();
      await Promise.all([graph.close(), noark.close(), once(sink.close(), 'close')]);
      rmSync(dir, { recursive: true, force: true });
    })());

  process.on('message', (m: FilingChildRequest) => {
    if (m.type === 'reset') {
      graph.emulator.reset();
      noark.emulator.reset();
      const cpu = process.cpuUsage();
      process.send?.({ type: 'reset', cpuMs: (cpu.user + cpu.system) / 1000 });
    } else if (m.type === 'close') {
      void close().finally(() => process.exit(0));
    }
  });
  // The bench went away without a word: do not stay behind.
  process.on('disconnect', () => void close().finally(() => process.exit(0)));

  const ready: FilingChildReady = {
    type: 'ready',
    graph: `${graph.origin}${graph.emulator.prefix}`,
    noark: noark.url,
    sink: `http://127.0.0.1:${(sink.address() as AddressInfo).port}`,
  };
  process.send?.(ready);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
