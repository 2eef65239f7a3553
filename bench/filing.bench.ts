/**
 * Filing a message with 25 MB of attachments (10 + 10 + 5 MB) through each
 * archive connector against the local emulators, beside copying the same
 * bytes over loopback HTTP in the same run: wall time of one `file(…)` and
 * the client's peak memory above its level before the filing.
 *
 * The emulators and the copy's receiver run in a child process
 * (bench/filing-child.ts) on 127.0.0.1, the connectors and the copy's sender
 * here, so only the client's copies of the bytes are counted.
 *
 * What is sent:
 *   Noark 5, SharePoint   the .eml (the message as Exchange holds it, its
 *                         attachments in base64 inside) and the three
 *                         attachments as files of their own, as filing does
 *   registry mailbox      the .eml alone, as one attachment sent on
 * The copy sends each connector's bytes in its pieces: a file up to the
 * connector's one-request limit whole, a larger one in its chunk or range size,
 * one `fetch` PUT at a time to a plain node:http server.
 *
 * Each connector and each copy: a warm-up run, three timed runs (the median
 * is the figure) and three more with memory sampled (reading it takes time);
 * a fresh .eml, Message-ID and case every run, the emulators emptied before
 * each. Where the time goes is kept beside it: the round trips, the CPU
 * time here (the client: the connector, its hashing, fetch), the emulators'
 * time (wall time with a request in hand, and CPU, measured in the child),
 * and the client's share: its CPU time against the copy's time, whose aim
 * is the same ≤ 2× as the filing's.
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type * as Esbuild from 'esbuild';
import { testToken } from '../dev/graph';
import { noarkToken } from '../dev/noark';
import { buildEml } from '../src/core/mime/write';
import type { ArchiveConnector, ArchiveDocument, FilingRequest } from '../src/core/ports';
import {
  NOARK5_DEFAULTS,
  SHAREPOINT_DEFAULTS,
  createNoark5Connector,
  createRegistryConnector,
  createSharePointConnector,
} from '../src/services/archive';
import { memoryDocument } from '../src/services/filing';
import { RANGE_SIZE, SMALL_ATTACHMENT_LIMIT } from '../src/services/forward';
import { systemClock } from '../src/services/clock';
import { createGraphClient } from '../src/services/graph/client';
import type { FilingChildReady, FilingChildRequest, FilingChildTotals } from './filing-child';
import { ROOT, median, randomBytes } from './util';
import type { Row } from './util';

/** Timed runs per connector and per copy after one warm-up run; as many again with memory sampled. */
const RUNS = 3;
const ATTACHMENTS = [
  { name: 'Ritning plan 1.pdf', contentType: 'application/pdf', size: 10_000_000 },
  { name: 'Ritning fasader.pdf', contentType: 'application/pdf', size: 10_000_000 },
  { name: 'Foto av tomten.jpg', contentType: 'image/jpeg', size: 5_000_000 },
] as const;
const KARI = 'kari.nordmann@ha.kommune.no';
const ANNA = { name: 'Anna Andersson', address: 'anna.andersson@vara.se' };
const ERIK = 'erik.johansson@mellerud.se';

// ---------------------------------------------------------------- peak memory

export interface MemoryReading {
  readonly rss: number;
  readonly heapUsed: number;
  readonly external: number;
}

export interface PeakAbove {
  /** Resident set size: what the operating system gives the process. */
  readonly rssMb: number;
  /** V8's heap in use and the memory outside it (ArrayBuffers, Buffers, native objects). */
  readonly liveMb: number;
}

/**
 * Node's `external` holds `arrayBuffers` already (Buffers and ArrayBuffers
 * are allocated outside V8's heap and reported in both): adding the two
 * would count every byte of a file twice.
 */
const live = (m: MemoryReading): number => m.heapUsed + m.external;

/**
 * The peak of a stretch of work above the level it started from: read on
 * every tick of a short timer and whenever the work calls `sample()` (before
 * and after each request), since a timer cannot fire while synchronous work
 * (hashing, base64) holds the thread. A level below the start counts as none.
 */
export class PeakMemory {
  private readonly start: MemoryReading;
  private rss: number;
  private live: number;
  private readonly timer: ReturnType<typeof setInterval> | null;

  constructor(
    private readonly read: () => MemoryReading = () => process.memoryUsage(),
    intervalMs = 2,
  ) {
    this.start = read();
    this.rss = this.start.rss;
    this.live = live(this.start);
    this.timer = intervalMs > 0 ? setInterval(() => this.sample(), intervalMs) : null;
  }

  sample(): void {
    const m = this.read();
    this.rss = Math.max(this.rss, m.rss);
    this.live = Math.max(this.live, live(m));
  }

  /** Samples once more, stops the timer; the peaks above the start, in MB. */
  stop(): PeakAbove {
    if (this.timer !== null) clearInterval(this.timer);
    this.sample();
    return {
      rssMb: (this.rss - this.start.rss) / 1e6,
      liveMb: (this.live - live(this.start)) / 1e6,
    };
  }
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

interface Measured extends PeakAbove {
  readonly ms: number;
  /** CPU time of this process and of the emulators' during the run. */
  readonly clientCpuMs: number;
  readonly serverCpuMs: number;
  /** Wall time the emulators had a request in hand (the child measures it). */
  readonly emulatorMs: number;
  /** Requests sent: to the emulators, or to the copy's receiver. */
  readonly roundTrips: number;
}

// ---------------------------------------------------------------- the far side

interface Child {
  readonly ready: FilingChildReady;
  /** Archive and mailboxes emptied; the child's totals so far. */
  reset(): Promise<FilingChildTotals>;
  close(): Promise<void>;
}

/** The child's bundle, built beside this one (dist/bench) with the esbuild that built it. */
async function buildChild(): Promise<string> {
  const esbuild = createRequire(join(ROOT, 'package.json'))('esbuild') as typeof Esbuild;
  const outfile = join(ROOT, 'dist', 'bench', 'filing-child.cjs');
  await esbuild.build({
    entryPoints: [join(ROOT, 'bench', 'filing-child.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
  return outfile;
}

async function startChild(): Promise<Child> {
  const proc: ChildProcess = fork(await buildChild(), [], {
    cwd: ROOT,
    execArgv: [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = <T>(type: string): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (m: { type: string }): void => {
        if (m.type !== type) return;
        proc.off('exit', onExit);
        proc.off('message', onMessage);
        resolve(m as T);
      };
      const onExit = (code: number | null): void => {
        proc.off('message', onMessage);
        reject(new Error(`the emulators' process ended (${String(code)})`));
      };
      proc.on('message', onMessage);
      proc.once('exit', onExit);
    });
  const send = (m: FilingChildRequest): void => void proc.send(m);
  const ready = await next<FilingChildReady>('ready');
  return {
    ready,
    async reset() {
      const answer = next<FilingChildTotals>('reset');
      send({ type: 'reset' });
      return answer;
    },
    async close() {
      if (proc.exitCode !== null) return;
      const exited = once(proc, 'exit');
      send({ type: 'close' });
      await exited;
    },
  };
}

// ---------------------------------------------------------------- the message

/** A fetch that samples memory as each request goes out and as its answer comes back. */
function sampling(
  sample: () => void,
): (input: RequestInfo | URL, init?: RequestInit) => Promise<Response> {
  return async (input, init) => {
    sample();
    const response = await fetch(input, init);
    sample();
    return response;
  };
}

interface Message {
  readonly messageId: string;
  readonly eml: Uint8Array;
  readonly attachments: readonly Uint8Array[];
}

/** Files of the same bytes every run; the .eml is new each run (its Message-ID, the case). */
function message(attachments: readonly Uint8Array[], run: string): Message {
  const messageId = `<filing-bench-${run}@mail.example.se>`;
  const eml = buildEml({
    from: { name: 'Anders Lund', address: 'anders.lund@example.se' },
    to: [{ name: 'Kommunen', address: 'kommunen@example.se' }],
    cc: [],
    subject: `Ansökan om bygglov Storgatan ${run}`,
    text: 'Hej! Här kommer ansökan om bygglov med ritningar och foto av tomten.\r\n',
    attachments: ATTACHMENTS.map((a, i) => ({
      name: a.name,
      contentType: a.contentType,
      bytes: attachments[i] as Uint8Array,
    })),
    date: new Date('2026-03-02T06:55:00Z'),
    messageId,
  });
  return { messageId, eml, attachments };
}

/** The files a connector is given: the .eml, and the attachments where it files them apart. */
function files(
  m: Message,
  withAttachments: boolean,
): { name: string; type: string; bytes: Uint8Array }[] {
  const eml = { name: 'Ansökan om bygglov.eml', type: 'message/rfc822', bytes: m.eml };
  if (!withAttachments) return [eml];
  return [
    eml,
    ...ATTACHMENTS.map((a, i) => ({
      name: a.name,
      type: a.contentType,
      bytes: m.attachments[i] as Uint8Array,
    })),
  ];
}

function request(m: Message, run: string, documents: ArchiveDocument[]): FilingRequest {
  return {
    messageId: m.messageId,
    case: { kind: 'new', title: `Bygglov Storgatan ${run}` },
    documentType: 'I',
    title: `Ansökan om bygglov Storgatan ${run}`,
    parties: [
      { name: 'Anders Lund', address: 'anders.lund@example.se', role: 'sender' },
      { name: 'Kommunen', address: 'kommunen@example.se', role: 'recipient' },
    ],
    documents,
    date: '2026-03-02T06:55:00.000Z',
  };
}

// ---------------------------------------------------------------- the connectors

interface Subject {
  readonly name: string;
  /** Whether the attachments go as files of their own beside the .eml. */
  readonly attachments: boolean;
  /** Bytes of one request for a file of `size` bytes. */
  readonly piece: (size: number) => number;
  readonly connector: (
    ready: FilingChildReady,
    fetch: ReturnType<typeof sampling>,
  ) => ArchiveConnector;
}

const SUBJECTS: readonly Subject[] = [
  {
    name: 'Noark 5',
    attachments: true,
    piece: (size) => (size <= NOARK5_DEFAULTS.singleUploadLimit ? size : NOARK5_DEFAULTS.chunkSize),
    connector: (ready, fetch) =>
      createNoark5Connector({
        baseUrl: ready.noark,
        token: async () => noarkToken(KARI),
        fetch,
        clock: systemClock,
      }),
  },
  {
    name: 'registry mailbox',
    attachments: false,
    piece: (size) => (size < SMALL_ATTACHMENT_LIMIT ? size : RANGE_SIZE),
    connector: (ready, fetch) =>
      createRegistryConnector({
        graph: createGraphClient({
          clock: systemClock,
          baseUrl: ready.graph,
          token: async () => testToken(ANNA.address),
          fetch,
        }),
        to: 'arkivet@vara.se',
        lang: 'sv',
        by: ANNA,
        clock: systemClock,
      }),
  },
  {
    name: 'SharePoint',
    attachments: true,
    piece: (size) =>
      size <= SHAREPOINT_DEFAULTS.simpleUploadLimit ? size : SHAREPOINT_DEFAULTS.rangeSize,
    connector: (ready, fetch) =>
      createSharePointConnector({
        graph: createGraphClient({
          clock: systemClock,
          baseUrl: ready.graph,
          token: async () => testToken(ERIK),
          fetch,
        }),
        site: 'mellerud.sharepoint.com:/sites/diarium',
        library: 'Ärenden',
        clock: systemClock,
      }),
  },
];

type Fetch = ReturnType<typeof sampling>;

/**
 * One run from a collected heap, timed, or with its memory sampled: reading
 * the memory costs about a tenth of a millisecond a time, so the timed runs
 * go without it.
 */
async function measure(
  child: Child,
  sampled: boolean,
  work: (fetch: Fetch) => Promise<void>,
): Promise<Measured> {
  const serverBefore = await child.reset();
  gc();
  gc();
  const cpu = process.cpuUsage();
  const peak = sampled ? new PeakMemory() : null;
  const t0 = performance.now();
  await work(peak ? sampling(() => peak.sample()) : fetch);
  const ms = performance.now() - t0;
  const memory = peak?.stop() ?? { rssMb: NaN, liveMb: NaN };
  const used = process.cpuUsage(cpu);
  const serverAfter = await child.reset();
  const requests = (t: FilingChildTotals): number => t.emulatorRequests + t.sinkRequests;
  return {
    ms,
    ...memory,
    clientCpuMs: (used.user + used.system) / 1000,
    serverCpuMs: serverAfter.cpuMs - serverBefore.cpuMs,
    emulatorMs: serverAfter.busyMs - serverBefore.busyMs,
    roundTrips: requests(serverAfter) - requests(serverBefore),
  };
}

/** The copy: each file in the connector's pieces, one PUT after another. */
async function copy(
  sink: string,
  list: readonly { bytes: Uint8Array }[],
  piece: (size: number) => number,
  fetch: Fetch,
): Promise<void> {
  for (const [i, f] of list.entries()) {
    const size = piece(f.bytes.length);
    for (let at = 0; at < f.bytes.length; at += size) {
      const body = f.bytes.subarray(at, Math.min(f.bytes.length, at + size));
      const response = await fetch(`${sink}/copy/${i}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/octet-stream' },
        body: body as Uint8Array<ArrayBuffer>,
      });
      const { received } = (await response.json()) as { received: number };
      if (received !== body.length) {
        throw new Error(`the copy lost bytes: ${received} of ${body.length}`);
      }
    }
  }
}

interface Runs {
  readonly filed: Measured[];
  readonly copied: Measured[];
  /** The .eml's size, and all that was sent. */
  readonly messageBytes: number;
  readonly sentBytes: number;
}

/** A warm-up, `RUNS` timed and `RUNS` sampled, each a filing and then the copy of its bytes. */
async function runs(
  child: Child,
  s: Subject,
  attachments: readonly Uint8Array[],
  next: () => string,
): Promise<Runs> {
  const timed = { filed: [] as Measured[], copied: [] as Measured[] };
  const sampled = { filed: [] as Measured[], copied: [] as Measured[] };
  let messageBytes = 0;
  let sentBytes = 0;
  for (let i = 0; i <= 2 * RUNS; i++) {
    const run = next();
    const m = message(attachments, run);
    const list = files(m, s.attachments);
    messageBytes = m.eml.length;
    sentBytes = list.reduce((n, f) => n + f.bytes.length, 0);
    const req = request(
      m,
      run,
      list.map((f, k) => memoryDocument(f.name, f.type, k === 0 ? 'main' : 'attachment', f.bytes)),
    );
    // The first run warms up (the JIT, connections, the emulators' first answers).
    const into = i === 0 ? null : i <= RUNS ? timed : sampled;
    const f = await measure(child, into === sampled, async (fetch) => {
      const outcome = await s.connector(child.ready, fetch).file(req);
      if (outcome.kind === 'already-filed') throw new Error(`${s.name}: already filed`);
    });
    const c = await measure(child, into === sampled, (fetch) =>
      copy(child.ready.sink, list, s.piece, fetch),
    );
    into?.filed.push(f);
    into?.copied.push(c);
  }
  // Times from the timed runs; memory from the sampled ones.
  const merge = (t: Measured[], m: Measured[]): Measured[] =>
    t.map((x, k) => ({ ...x, rssMb: m[k]?.rssMb ?? NaN, liveMb: m[k]?.liveMb ?? NaN }));
  return {
    filed: merge(timed.filed, sampled.filed),
    copied: merge(timed.copied, sampled.copied),
    messageBytes,
    sentBytes,
  };
}

const round = (x: number): number => Math.round(x * 10) / 10;
const HOW = `median of ${RUNS} after a warm-up, a new case and Message-ID each run; emulators in a child process on 127.0.0.1`;

function rowsOf(name: string, r: Runs): Row[] {
  const pick = (xs: Measured[], k: keyof Measured): number => median(xs.map((x) => x[k]));
  const ms = pick(r.filed, 'ms');
  const copyMs = pick(r.copied, 'ms');
  const live = pick(r.filed, 'liveMb');
  const messageMb = r.messageBytes / 1e6;
  // The client's own share: its CPU time for the filing against the copy's wall time.
  const clientShare = pick(r.filed, 'clientCpuMs') / copyMs;
  return [
    {
      name: `filing 25 MB of attachments, ${name}`,
      value: ms,
      unit: 'ms',
      baseline: copyMs,
      ratio: ms / copyMs,
      target: '≤ 2× copy over loopback HTTP',
      ok: ms / copyMs <= 2,
      extra: {
        how: HOW,
        sentMb: round(r.sentBytes / 1e6),
        peakMemoryMb: round(live),
        minMs: Math.min(...r.filed.map((x) => x.ms)),
        maxMs: Math.max(...r.filed.map((x) => x.ms)),
        // Where the time goes: round trips, CPU here (the connector), the emulators' time
        // (wall time with a request in hand, and CPU), and the copy's.
        roundTrips: pick(r.filed, 'roundTrips'),
        clientCpuMs: round(pick(r.filed, 'clientCpuMs')),
        emulatorMs: round(pick(r.filed, 'emulatorMs')),
        emulatorCpuMs: round(pick(r.filed, 'serverCpuMs')),
        clientShare: Math.round(clientShare * 100) / 100,
        clientShareTarget: '≤ 2× copy',
        clientShareOk: clientShare <= 2,
        copyRoundTrips: pick(r.copied, 'roundTrips'),
        copyClientCpuMs: round(pick(r.copied, 'clientCpuMs')),
      },
    },
    // The figure held against 3× is heapUsed + external: what the filing
    // keeps alive, and what it has let go but the collector has not taken
    // back yet (a piece and its copy in the request body, for instance),
    // measured from a collected heap, so it belongs to this filing alone.
    // RSS is given beside it: it also reflects pages the allocator and V8
    // keep from earlier runs and reuse, so it says more about the process
    // than about one filing, and can be lower than the live figure.
    {
      name: `filing peak memory, ${name}`,
      value: live,
      unit: 'MB',
      baseline: messageMb,
      ratio: live / messageMb,
      target: '< 3× the message (.eml)',
      ok: live / messageMb < 3,
      extra: {
        how: `heapUsed + external above the level before the filing, sampled every 2 ms and at each request; ${HOW}`,
        messageMb: round(messageMb),
        peakMemoryMb: round(live),
        maxMb: round(Math.max(...r.filed.map((x) => x.liveMb))),
        rssMb: round(pick(r.filed, 'rssMb')),
        copyPeakMb: round(pick(r.copied, 'liveMb')),
        copyRssMb: round(pick(r.copied, 'rssMb')),
      },
    },
  ];
}

export async function benchFiling(): Promise<Row[]> {
  const child = await startChild();
  try {
    const attachments = ATTACHMENTS.map((a, i) => randomBytes(a.size, 50 + i));
    let counter = 0;
    const next = (): string => String(++counter).padStart(4, '0');
    const rows: Row[] = [];
    for (const s of SUBJECTS) rows.push(...rowsOf(s.name, await runs(child, s, attachments, next)));
    return rows;
  } finally {
    await child.close();
  }
}
