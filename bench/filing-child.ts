/**
 * The far side of the filing benchmark (bench/filing.bench.ts), in a process
 * of its own so that its copies of the bytes are not counted with the
 * client's: the Graph emulator, the Noark 5 emulator and a plain node:http
 * server that reads and drops what is PUT to it (the copy baseline), all on
 * 127.0.0.1, on one server that keeps how long the emulators had a request
 * in hand and how many they were sent. It speaks with the bench over IPC:
 * `ready` with the addresses once listening; then `reset` (archive and
 * mailboxes emptied, answered with `reset` and the totals so far: CPU time,
 * the emulators' busy time, requests) and `close`.
 */
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createGraphEmulator } from '../dev/graph';
import { createNoarkEmulator } from '../dev/noark';

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

/** The answer to `reset`: totals since the child started. */
export interface FilingChildTotals {
  readonly type: 'reset';
  /** CPU time of this process (emulators and sink), ms. */
  readonly cpuMs: number;
  /** Wall time during which the emulators had a request in hand (from its arrival to its answer's end), ms. */
  readonly busyMs: number;
  /** Requests the emulators and the sink were sent: round trips. */
  readonly emulatorRequests: number;
  readonly sinkRequests: number;
}

/** The baseline's receiver: reads the body to its end and answers its length. */
function sink(req: IncomingMessage, res: ServerResponse): void {
  let received = 0;
  req.on('data', (chunk: Buffer) => (received += chunk.length));
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ received }));
  });
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'arkivpost-bench-noark-'));
  const graph = await createGraphEmulator({});
  const noark = createNoarkEmulator({ dir });
  let busyMs = 0;
  let inHand = 0;
  let since = 0;
  let emulatorRequests = 0;
  let sinkRequests = 0;
  // One server: the emulators under their prefixes, the sink under /copy.
  const server = createServer((req, res) => {
    if ((req.url ?? '').startsWith('/copy/')) {
      sinkRequests++;
      return sink(req, res);
    }
    emulatorRequests++;
    if (inHand++ === 0) since = performance.now();
    res.once('close', () => {
      if (--inHand === 0) busyMs += performance.now() - since;
    });
    if (graph.handle(req, res) || noark.handle(req, res)) return;
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  });
  await once(server.listen(0, '127.0.0.1'), 'listening');
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      graph.close();
      noark.close();
      server.closeAllConnections();
      await once(server.close(), 'close');
      rmSync(dir, { recursive: true, force: true });
    })());

  process.on('message', (m: FilingChildRequest) => {
    if (m.type === 'reset') {
      graph.reset();
      noark.reset();
      const cpu = process.cpuUsage();
      const totals: FilingChildTotals = {
        type: 'reset',
        cpuMs: (cpu.user + cpu.system) / 1000,
        busyMs,
        emulatorRequests,
        sinkRequests,
      };
      process.send?.(totals);
    } else if (m.type === 'close') {
      void close().finally(() => process.exit(0));
    }
  });
  // The bench went away without a word: do not stay behind.
  process.on('disconnect', () => void close().finally(() => process.exit(0)));

  const ready: FilingChildReady = {
    type: 'ready',
    graph: `${origin}${graph.prefix}`,
    noark: `${origin}${noark.prefix}/`,
    sink: origin,
  };
  process.send?.(ready);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
