/**
 * The filing fault fuzz (issue 11, item 5): seeded and repeatable. Each run
 * puts a new message in a mailbox of the Graph emulator and files it with
 * the real `fileMessage` and the real connector against the in-process
 * emulators (Graph for mail and the SharePoint library and the registry
 * mailbox, Noark 5 for the archive), with 1–4 faults from the emulators'
 * fault rules at random requests: 429 with Retry-After, 503 and 504 before
 * or after the server acted, connections dropped before or after, answers
 * slower than the client waits. A filing that did not finish is tried again
 * up to six times, each from a newly made Graph client and connector (a
 * pane opened again: nothing in memory carried over) with `reopen`, else
 * from the same ones; the last try has no faults, so a correct client
 * always finishes. One run in eight then files a second, different message
 * with the same Message-ID.
 *
 * After each run the emulators' stores are read directly and counted:
 *
 *   duplicates    any case, record, document, file or folder made twice or
 *                 left empty (an empty case folder, a journalpost without
 *                 documents, two records of one message, a second forward,
 *                 a folder inside a case folder, a draft left behind)
 *   falselyFiled  messages marked archived whose documents the archive does
 *                 not hold, byte for byte, where the mark's reference says
 *   unfinished    filings not finished after every try
 *   faultsHit     faults that fired (a rule whose request never came does not count)
 *
 * Timeouts and waits are short (the client's sleep is instant, its timeout
 * TIMEOUT_MS), so a run takes milliseconds unless an answer is slow. A
 * request the client gave up on is let finish on the server before the
 * client hears of it, so that a run does not depend on the machine's speed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGraphEmulator, testToken } from '../../dev/graph';
import type { GraphEmulator } from '../../dev/graph';
import { drivesOf } from '../../dev/graph/drive-store';
import type { DriveRecord, ItemRecord } from '../../dev/graph/drive-store';
import type { FaultRule } from '../../dev/graph/faults';
import { writeMime } from '../../dev/graph/mime';
import type { MailboxRecord, MessageRecord } from '../../dev/graph/store';
import { createNoarkEmulator } from '../../dev/noark';
import type { NoarkEmulator } from '../../dev/noark';
import type { Lang } from '../../src/core/model';
import type { ArchiveConnector, ItemAddress } from '../../src/core/ports';
import {
  createNoark5Connector,
  createRegistryConnector,
  createSharePointConnector,
} from '../../src/services/archive';
import { fileMessage } from '../../src/services/filing';
import type { FilingChoice, FilingResult } from '../../src/services/filing';
import { systemClock } from '../../src/services/clock';
import { createGraphClient } from '../../src/services/graph/client';
import type { GraphClient } from '../../src/services/graph/client';
import { readItemState } from '../../src/services/item-state';
import { between, pick, prng } from '../adversarial/prng';
import type { Rng } from '../adversarial/prng';

export const CONNECTORS = ['noark5', 'registry', 'sharepoint'] as const;
export type ConnectorName = (typeof CONNECTORS)[number];

/** How long the client waits for an answer; a slow fault answers later than this. */
export const TIMEOUT_MS = 100;
const SLOW_MS = 160;
/** Tries after the first; the last of them without faults. */
export const RETRIES = 6;
/** One run in this many files a second, different message with the same Message-ID. */
export const SAME_ID_EVERY = 8;
const NOW = new Date('2026-03-02T09:00:00Z');
const GRAPH_BASE = 'http://graph.emulator.invalid/graph';
const NOARK_ORIGIN = 'http://arkiv.emulator.invalid';

export interface FuzzOptions {
  readonly connector: ConnectorName;
  readonly runs: number;
  readonly seed: number;
  /** Every try from a new client and connector (a pane opened again). */
  readonly reopen: boolean;
  /** Only this run (1-based), as the report names it: to replay a bad one. */
  readonly onlyRun?: number;
}

export interface Counts {
  runs: number;
  faultsHit: number;
  duplicates: number;
  falselyFiled: number;
  unfinished: number;
}

export interface RunReport extends Counts {
  readonly run: number;
  /** What went wrong, as sentences. */
  readonly problems: string[];
}

export interface FuzzReport {
  readonly options: FuzzOptions;
  readonly totals: Counts;
  /** The runs with a problem. */
  readonly bad: RunReport[];
}

// ---------------------------------------------------------------- the people and places

interface Site {
  readonly mailbox: string;
  readonly shared: boolean;
  readonly actor: { readonly name: string; readonly address: string };
  readonly lang: Lang;
  readonly timeZone: string;
  readonly to: { readonly name: string; readonly address: string };
}

const SITES: Readonly<Record<ConnectorName, Site>> = {
  noark5: {
    mailbox: 'post@ha.kommune.no',
    shared: true,
    actor: { name: 'Kari Nordmann', address: 'kari.nordmann@ha.kommune.no' },
    lang: 'nn',
    timeZone: 'Europe/Oslo',
    to: { name: 'Hå kommune', address: 'post@ha.kommune.no' },
  },
  registry: {
    mailbox: 'anna.andersson@vara.se',
    shared: false,
    actor: { name: 'Anna Andersson', address: 'anna.andersson@vara.se' },
    lang: 'sv',
    timeZone: 'Europe/Stockholm',
    to: { name: 'Anna Andersson', address: 'anna.andersson@vara.se' },
  },
  sharepoint: {
    mailbox: 'erik.johansson@mellerud.se',
    shared: false,
    actor: { name: 'Erik Johansson', address: 'erik.johansson@mellerud.se' },
    lang: 'sv',
    timeZone: 'Europe/Stockholm',
    to: { name: 'Erik Johansson', address: 'erik.johansson@mellerud.se' },
  },
};
const REGISTRY = 'arkivet@vara.se';
const SP_SITE = 'mellerud.sharepoint.com:/sites/diarium';
const SP_LIBRARY = 'Ärenden';

// ---------------------------------------------------------------- faults

type Target = {
  readonly at: 'graph' | 'noark';
  readonly method?: string;
  readonly path?: string;
  /** Matching requests to let through at most before the fault. */
  readonly skip: number;
};

/** Reading the item, its MIME and marking it: every filing's own requests. */
const MAIL: readonly Target[] = [
  { at: 'graph', method: 'GET', path: '/messages/[^/]+$', skip: 2 },
  { at: 'graph', method: 'GET', path: '/\\$value$', skip: 1 },
  { at: 'graph', method: 'PATCH', path: '/messages/[^/]+$', skip: 1 },
];

const TARGETS: Readonly<Record<ConnectorName, readonly Target[]>> = {
  sharepoint: [
    ...MAIL,
    { at: 'graph', method: 'GET', skip: 30 },
    { at: 'graph', method: 'POST', skip: 3 },
    { at: 'graph', method: 'PUT', skip: 6 },
    { at: 'graph', method: 'PATCH', skip: 8 },
    { at: 'graph', method: 'GET', path: '^/sites/.*/items$', skip: 2 },
    { at: 'graph', method: 'GET', path: '/children$', skip: 8 },
    { at: 'graph', method: 'POST', path: '/children$', skip: 1 },
    { at: 'graph', method: 'PATCH', path: '/items/[^/]+$', skip: 1 },
    { at: 'graph', method: 'PUT', path: '/content$', skip: 3 },
    { at: 'graph', method: 'PATCH', path: '/fields$', skip: 5 },
    { at: 'graph', method: 'POST', path: '/createUploadSession$', skip: 0 },
    { at: 'graph', method: 'PUT', path: '^/upload/', skip: 1 },
  ],
  registry: [
    ...MAIL,
    { at: 'graph', method: 'GET', skip: 15 },
    { at: 'graph', method: 'POST', skip: 4 },
    { at: 'graph', method: 'PATCH', skip: 3 },
    { at: 'graph', method: 'POST', path: '/messages$', skip: 0 },
    { at: 'graph', method: 'POST', path: '/attachments', skip: 1 },
    { at: 'graph', method: 'POST', path: '/send$', skip: 0 },
    { at: 'graph', method: 'PUT', path: '^/upload/', skip: 1 },
  ],
  noark5: [
    ...MAIL,
    { at: 'noark', method: 'GET', skip: 25 },
    { at: 'noark', method: 'POST', skip: 8 },
    { at: 'noark', method: 'PUT', skip: 4 },
    { at: 'noark', method: 'PATCH', skip: 3 },
    { at: 'noark', method: 'GET', path: '/journalpost$', skip: 1 },
    { at: 'noark', method: 'GET', path: '/dokumentbeskrivelse$', skip: 1 },
    { at: 'noark', method: 'POST', path: 'ny-saksmappe$', skip: 0 },
    { at: 'noark', method: 'POST', path: 'ny-journalpost$', skip: 0 },
    { at: 'noark', method: 'POST', path: 'ny-dokumentbeskrivelse$', skip: 3 },
  ],
};

type FaultKindRule = Omit<FaultRule, 'method' | 'path' | 'skip' | 'times'>;

function randomKind(r: Rng): FaultKindRule {
  switch (between(r, 0, 7)) {
    case 0:
      return { kind: 'throttle', retryAfter: between(r, 0, 3) };
    case 1:
      return {
        kind: 'unavailable',
        when: 'before',
        ...(r() < 0.5 ? { retryAfter: between(r, 0, 2) } : {}),
      };
    case 2:
      return { kind: 'unavailable', when: 'after' };
    case 3:
      return { kind: 'gateway-timeout', when: 'before' };
    case 4:
      return { kind: 'gateway-timeout', when: 'after' };
    case 5:
      return { kind: 'drop', when: 'before' };
    case 6:
      return { kind: 'drop', when: 'after' };
    default:
      return { kind: 'slow', delayMs: SLOW_MS };
  }
}

interface PlannedFault {
  readonly at: 'graph' | 'noark';
  readonly rule: FaultRule;
}

function plan(r: Rng, connector: ConnectorName): PlannedFault[] {
  const out: PlannedFault[] = [];
  for (let i = between(r, 1, 4); i > 0; i--) {
    const t = pick(r, TARGETS[connector]);
    out.push({
      at: t.at,
      rule: {
        ...randomKind(r),
        ...(t.method !== undefined ? { method: t.method } : {}),
        ...(t.path !== undefined ? { path: t.path } : {}),
        skip: between(r, 0, t.skip),
        // Mostly one request; now and then a few in a row, more than the client repeats.
        times: r() < 0.7 ? 1 : between(r, 2, 4),
      },
    });
  }
  return out;
}

const describeFault = (f: PlannedFault): string =>
  `${f.rule.kind}${f.rule.when ? `/${f.rule.when}` : ''} ${f.rule.method ?? '*'} ${f.rule.path ?? '*'} skip ${f.rule.skip ?? 0} times ${String(f.rule.times ?? 1)} (${f.at})`;

// ---------------------------------------------------------------- transports

/**
 * The emulator's fetch, with the client's timeout honoured as the network
 * does it (the client stops waiting; the server goes on), except that the
 * client hears of its timeout only once the server has finished: what a
 * slow request did is done before the client does anything else. Every
 * request under way is kept, so a run can wait for them all.
 */
class Transport {
  private readonly pending = new Set<Promise<unknown>>();

  wrap(
    send: (input: string, init?: RequestInit) => Promise<Response>,
  ): (input: RequestInfo | string, init?: RequestInit) => Promise<Response> {
    return (input, init) => {
      const url = typeof input === 'string' ? input : (input as Request).url;
      const signal = init?.signal ?? null;
      const work = send(url, init ? { ...init, signal: null } : init);
      const settled = work.then(
        () => undefined,
        () => undefined,
      );
      this.pending.add(settled);
      void settled.then(() => this.pending.delete(settled));
      if (signal === null) return work;
      return new Promise<Response>((resolve, reject) => {
        let aborted = false;
        const onAbort = (): void => {
          aborted = true;
          void settled.then(() => reject(signal.reason));
        };
        if (signal.aborted) onAbort();
        else signal.addEventListener('abort', onAbort, { once: true });
        work.then(
          (res) => {
            if (aborted) return;
            signal.removeEventListener('abort', onAbort);
            resolve(res);
          },
          (e: unknown) => {
            if (aborted) return;
            signal.removeEventListener('abort', onAbort);
            reject(e);
          },
        );
      });
    };
  }

  /** Until no request is under way. */
  async quiet(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }
}

// ---------------------------------------------------------------- the world of one fuzz

interface World {
  readonly graph: GraphEmulator;
  readonly noark: NoarkEmulator | null;
  readonly transport: Transport;
  close(): void;
}

async function world(connector: ConnectorName): Promise<World> {
  const graph = await createGraphEmulator({ now: () => NOW });
  const dir = connector === 'noark5' ? mkdtempSync(join(tmpdir(), 'arkivpost-fuzz-')) : null;
  const noark = dir !== null ? createNoarkEmulator({ dir, now: () => NOW }) : null;
  return {
    graph,
    noark,
    transport: new Transport(),
    close() {
      graph.close();
      noark?.close();
      if (dir !== null) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What one pane has: a Graph client and a connector, made new when the pane is opened again. */
interface Pane {
  readonly graph: GraphClient;
  readonly connector: ArchiveConnector;
}

function graphClient(w: World, upn: string): GraphClient {
  return createGraphClient({
    clock: systemClock,
    baseUrl: GRAPH_BASE,
    token: async () => testToken(upn),
    fetch: w.transport.wrap((input, init) => w.graph.fetch(input, init)),
    sleep: async () => undefined,
    timeoutMs: TIMEOUT_MS,
  });
}

function openPane(w: World, name: ConnectorName): Pane {
  const site = SITES[name];
  const graph = graphClient(w, site.actor.address);
  switch (name) {
    case 'noark5': {
      const noark = w.noark as NoarkEmulator;
      return {
        graph,
        connector: createNoark5Connector({
          baseUrl: `${NOARK_ORIGIN}/noark5v5/`,
          token: async () => `test:${site.actor.address}`,
          fetch: w.transport.wrap((input, init) =>
            noark.fetch(input.replace(NOARK_ORIGIN, ''), init),
          ),
          sleep: async () => undefined,
          timeoutMs: TIMEOUT_MS,
          clock: { now: () => NOW },
        }),
      };
    }
    case 'registry':
      return {
        graph,
        connector: createRegistryConnector({
          graph,
          to: REGISTRY,
          lang: site.lang,
          by: site.actor,
          clock: { now: () => NOW },
        }),
      };
    case 'sharepoint':
      return {
        graph,
        connector: createSharePointConnector({
          graph,
          site: SP_SITE,
          library: SP_LIBRARY,
          clock: { now: () => NOW },
          // Small, so that upload sessions are part of the mix.
          simpleUploadLimit: 64 * 1024,
        }),
      };
  }
}

// ---------------------------------------------------------------- messages

const TITLES = [
  'Bygglov Storgatan 1',
  'Søknad om startlån',
  'Strandskydd Kasen 1:23',
  'Klage på vedtak',
  'Begäran om allmän handling',
  'Skjenkeløyve Sommarfest',
];
const NAMES = ['Søknad.pdf', 'Ritning.pdf', 'vedlegg.pdf', 'Foto: tomten?.jpg', 'Kart.png'];

function bytesOf(r: Rng, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(r() * 256);
  return out;
}

function attachmentSize(r: Rng): number {
  const x = r();
  if (x < 0.1) return 0;
  if (x < 0.85) return between(r, 1, 8 * 1024);
  if (x < 0.95) return between(r, 40 * 1024, 120 * 1024);
  // Above the simple-upload limit and a range: an upload session of two ranges or more.
  return between(r, 330 * 1024, 700 * 1024);
}

interface Filing {
  readonly label: string;
  readonly message: MessageRecord;
  readonly item: ItemAddress;
  readonly choice: FilingChoice;
}

function newMessage(
  w: World,
  r: Rng,
  name: ConnectorName,
  run: number,
  messageId: string,
  n: number,
): MessageRecord {
  const site = SITES[name];
  const mb = w.graph.store.mailbox(site.mailbox) as MailboxRecord;
  const attachments = [];
  for (let i = between(r, 0, 3); i > 0; i--) {
    const size = attachmentSize(r);
    const fileName = pick(r, NAMES);
    attachments.push({
      name: fileName,
      contentType: fileName.endsWith('.pdf') ? 'application/pdf' : 'application/octet-stream',
      size,
      isInline: false,
      bytes: bytesOf(r, size),
    });
  }
  const subject = `${pick(r, TITLES)} (${run}.${n})`;
  return w.graph.store.addMessage(mb, {
    folder: 'inbox',
    subject,
    text: `Melding ${run}.${n}: ${Array.from(bytesOf(r, 24), (b) => b.toString(16)).join('')}\n`,
    from: { name: 'Ola Innbygger', address: 'ola.innbygger@example.net' },
    toRecipients: [site.to],
    receivedDateTime: NOW.getTime() - 3_600_000 + n * 60_000,
    internetMessageId: messageId,
    attachments,
  });
}

function choiceFor(r: Rng, name: ConnectorName, m: MessageRecord): FilingChoice {
  const chosen = m.attachments
    .map((a, i) => ({
      name: a.name,
      occurrence: m.attachments.slice(0, i).filter((b) => b.name === a.name).length,
    }))
    .filter(() => r() < 0.8);
  let theCase: FilingChoice['case'] = { kind: 'new', title: pick(r, TITLES) };
  if (r() < 0.25) {
    if (name === 'sharepoint') {
      theCase = {
        kind: 'existing',
        case: { id: '', number: '2026/7', title: 'Gatubelysning Storgatan' },
      };
    } else if (name === 'registry') {
      theCase = { kind: 'existing', case: { id: 'c1', number: 'KS 2026/123', title: 'Begäran' } };
    }
  }
  return { case: theCase, documentType: 'I', title: m.subject, attachments: chosen };
}

// ---------------------------------------------------------------- one run

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

function mimeOf(m: MessageRecord): Uint8Array {
  return m.mime ?? writeMime(m);
}

/** The bytes the archive must hold for the filing: the .eml, then each chosen attachment. */
function expected(f: Filing): Uint8Array[] {
  const out = [mimeOf(f.message)];
  const seen = new Map<string, number>();
  for (const a of f.message.attachments) {
    const n = seen.get(a.name) ?? 0;
    seen.set(a.name, n + 1);
    if (f.choice.attachments.some((c) => c.name === a.name && c.occurrence === n)) {
      out.push(a.bytes);
    }
  }
  return out;
}

/**
 * Every wanted byte string among `held` (each held one used once); an empty
 * file is held by any archive (SharePoint keeps none: the .eml has it).
 */
function holds(held: readonly Uint8Array[], wanted: readonly Uint8Array[]): boolean {
  const left = new Map<string, number>();
  for (const h of held) left.set(sha(h), (left.get(sha(h)) ?? 0) + 1);
  return wanted.every((w) => {
    if (w.byteLength === 0) return true;
    const k = sha(w);
    const n = left.get(k) ?? 0;
    if (n === 0) return false;
    left.set(k, n - 1);
    return true;
  });
}

/** How many of `files` are beyond what `wanted` asks for (each wanted one used once). */
function extras(files: readonly Uint8Array[], wanted: readonly Uint8Array[]): number {
  const left = new Map<string, number>();
  for (const w of wanted) left.set(sha(w), (left.get(sha(w)) ?? 0) + 1);
  let extra = 0;
  for (const f of files) {
    const k = sha(f);
    const n = left.get(k) ?? 0;
    if (n === 0) extra++;
    else left.set(k, n - 1);
  }
  return extra;
}

const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));

/** The run's own generator, from the seed, the connector and the run: a run replays alone. */
function runRng(seed: number, name: ConnectorName, run: number): Rng {
  const h = createHash('sha256').update(`${seed}:${name}:${run}`).digest();
  return prng(h.readUInt32LE(0));
}

function complete(result: FilingResult | null): boolean {
  if (result === null) return false;
  return result.kind === 'already-archived' || result.markError === undefined;
}

async function runOnce(w: World, o: FuzzOptions, run: number): Promise<RunReport> {
  const r = runRng(o.seed, o.connector, run);
  const name = o.connector;
  const site = SITES[name];
  w.graph.reset();
  w.noark?.reset();
  const seedItems = new Set(libraryItems(w).map((i) => i.id));
  const problems: string[] = [];
  const filings: Filing[] = [];
  let unfinished = 0;
  let pane = openPane(w, name);
  const messageId = `<fuzz.${o.seed}.${run}.${between(r, 0, 1e9)}@example.net>`;
  const twice = r() < 1 / SAME_ID_EVERY;
  for (let n = 1; n <= (twice ? 2 : 1); n++) {
    const message = newMessage(w, r, name, run, messageId, n);
    const item: ItemAddress = { mailbox: site.mailbox, restId: message.id, shared: site.shared };
    let choice = choiceFor(r, name, message);
    if (choice.case.kind === 'existing' && name === 'sharepoint') {
      // The library's own case 2026/7, by the id the library gave its folder.
      const folder = ärenden(w).root.children.get('2026-7 gatubelysning storgatan') as ItemRecord;
      choice = {
        ...choice,
        case: { kind: 'existing', case: { ...choice.case.case, id: folder.id } },
      };
    }
    const filing: Filing = { label: `message ${n}`, message, item, choice };
    filings.push(filing);
    // The journal lives on the item; time for its leases moves only when a pane waits.
    let now = NOW.getTime();
    const clock = { now: () => new Date(now) };
    const sleep = async (ms: number): Promise<void> => void (now += ms);
    let paneNo = 0;
    const faults = plan(r, name);
    for (const f of faults)
      (f.at === 'graph' ? w.graph : (w.noark as NoarkEmulator)).faults.add(f.rule);
    let result: FilingResult | null = null;
    const errors: string[] = [];
    for (let attempt = 0; attempt <= RETRIES && !complete(result); attempt++) {
      if (attempt === RETRIES) {
        w.graph.faults.clear();
        w.noark?.faults.clear();
      }
      if (attempt > 0 && o.reopen) {
        pane = openPane(w, name);
        paneNo++;
      }
      try {
        result = await fileMessage({
          graph: pane.graph,
          connector: pane.connector,
          pane: `fuzz-pane-${paneNo}`,
          clock,
          sleep,
          item,
          choice: filing.choice,
          change: {
            actor: site.actor,
            now: NOW,
            orgLang: site.lang,
            timeZone: site.timeZone,
          },
        });
        if (result.kind === 'done' && result.markError !== undefined) {
          errors.push(`try ${attempt + 1}: marking failed: ${errorText(result.markError)}`);
        }
      } catch (e) {
        result = null;
        errors.push(`try ${attempt + 1}: ${errorText(e)}`);
      }
      await w.transport.quiet();
    }
    w.graph.faults.clear();
    w.noark?.faults.clear();
    if (!complete(result)) {
      unfinished++;
      problems.push(
        `${filing.label} not filed after ${RETRIES + 1} tries (faults: ${faults.map(describeFault).join('; ')}): ${errors.join(' | ')}`,
      );
    } else if (errors.length > 0 && o.onlyRun !== undefined) {
      problems.push(`${filing.label}: ${errors.join(' | ')}`);
    }
  }
  const faultsHit =
    w.graph.log.filter((e) => e.fault !== null).length +
    (w.noark?.log.filter((e) => e.fault !== null).length ?? 0);

  // ------------------------------------------------ what the archive holds
  const check = inspect(w, name, filings, seedItems);
  problems.push(...check.problems);
  let falselyFiled = 0;
  const clean = graphClient(w, site.actor.address);
  for (const f of filings) {
    const state = await readItemState(clean, f.item);
    if (state.state.status !== 'archived') continue;
    const ref = state.state.archiveRef ?? '';
    if (!check.holdsAt(ref, expected(f))) {
      falselyFiled++;
      problems.push(
        `${f.label} is marked "${ref}" but the archive does not hold its ${expected(f).length} documents byte for byte there`,
      );
    }
  }
  return {
    run,
    runs: 1,
    faultsHit,
    duplicates: check.duplicates,
    falselyFiled,
    unfinished,
    problems,
  };
}

function errorText(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

// ---------------------------------------------------------------- reading the archives

interface Inspection {
  readonly duplicates: number;
  readonly problems: string[];
  /** The archive holds these bytes under the reference `ref`. */
  holdsAt(ref: string, wanted: readonly Uint8Array[]): boolean;
}

function inspect(
  w: World,
  name: ConnectorName,
  filings: readonly Filing[],
  seedItems: ReadonlySet<string>,
): Inspection {
  switch (name) {
    case 'noark5':
      return inspectNoark(w.noark as NoarkEmulator, filings);
    case 'sharepoint':
      return inspectSharePoint(w, filings, seedItems);
    case 'registry':
      return inspectRegistry(w, filings);
  }
}

function inspectNoark(noark: NoarkEmulator, filings: readonly Filing[]): Inspection {
  const s = noark.store;
  const problems: string[] = [];
  let duplicates = 0;
  const dup = (n: number, what: string): void => {
    if (n <= 0) return;
    duplicates += n;
    problems.push(what);
  };
  const fileBytes = (doc: { systemID: string }): Uint8Array[] =>
    s
      .children(doc.systemID, 'dokumentobjekt')
      .map((o) => s.filePath(o))
      .filter((p): p is string => p !== null && existsSync(p))
      .map((p) => new Uint8Array(readFileSync(p)));
  const recordOf = new Map<string, Uint8Array[]>();
  for (const c of s.all('saksmappe')) {
    const id = `${String(c.fields['saksaar'])}/${String(c.fields['sakssekvensnummer'])}`;
    dup(
      s.children(c.systemID, 'journalpost').length === 0 ? 1 : 0,
      `case ${id} has no journalpost`,
    );
  }
  for (const jp of s.all('journalpost')) {
    const ref = String(jp.fields['registreringsID'] ?? jp.systemID);
    const docs = s.children(jp.systemID, 'dokumentbeskrivelse');
    dup(docs.length === 0 ? 1 : 0, `journalpost ${ref} has no documents`);
    const held: Uint8Array[] = [];
    for (const d of docs) {
      const objects = s.children(d.systemID, 'dokumentobjekt');
      const files = fileBytes(d);
      dup(files.length === 0 ? 1 : 0, `a document of ${ref} has no file`);
      dup(objects.length - 1, `a document of ${ref} has ${objects.length} objects`);
      held.push(...files);
    }
    recordOf.set(ref, held);
  }
  for (const f of filings) {
    const mime = mimeOf(f.message);
    const records = [...recordOf].filter(([, held]) => held.some((b) => same(b, mime)));
    dup(
      records.length - 1,
      `${f.label} is in ${records.length} journalposts: ${records.map(([ref]) => ref).join(', ')}`,
    );
    for (const [ref, held] of records) {
      dup(extras(held, expected(f)), `journalpost ${ref} holds documents of ${f.label} twice`);
    }
  }
  return {
    duplicates,
    problems,
    holdsAt: (ref, wanted) => holds(recordOf.get(ref) ?? [], wanted),
  };
}

function ärenden(w: World): DriveRecord {
  return drivesOf(w.graph.store).sites[0]?.drives[1] as DriveRecord;
}

function libraryItems(w: World): ItemRecord[] {
  return [...ärenden(w).items.values()];
}

const CASE_FOLDER = /^(\d{4})-(\d+)(?: |$)/;
const RECORD_FILE = /^(\d{4}-\d+-\d+)(?=[ .]|$)/;

function inspectSharePoint(
  w: World,
  filings: readonly Filing[],
  seedItems: ReadonlySet<string>,
): Inspection {
  const store = drivesOf(w.graph.store);
  const root = ärenden(w).root;
  const problems: string[] = [];
  let duplicates = 0;
  const dup = (n: number, what: string): void => {
    if (n <= 0) return;
    duplicates += n;
    problems.push(what);
  };
  const mine = (i: ItemRecord): boolean => !seedItems.has(i.id);
  const files = (f: ItemRecord): ItemRecord[] =>
    [...f.children.values()].filter((c) => c.kind === 'file');
  for (const item of libraryItems(w).filter(mine)) {
    const path = store.pathOf(item);
    if (item.kind === 'folder') {
      if (item.parent !== root) dup(1, `folder ${path} is inside another folder`);
      else if (files(item).length === 0) dup(1, `folder ${path} is empty`);
    } else if (item.parent === root) {
      dup(1, `file ${path} is outside any case folder`);
    }
  }
  // Each message's .eml once; each record's files once.
  const all = libraryItems(w).filter((i) => i.kind === 'file');
  for (const f of filings) {
    const mime = mimeOf(f.message);
    const copies = all.filter((i) => same(i.content, mime));
    dup(
      copies.length - 1,
      `${f.label}'s .eml is in the library ${copies.length} times: ${copies.map((i) => store.pathOf(i)).join(', ')}`,
    );
  }
  for (const folder of libraryItems(w).filter((i) => i.kind === 'folder')) {
    const groups = new Map<string, ItemRecord[]>();
    for (const file of files(folder).filter(mine)) {
      const key = RECORD_FILE.exec(file.name)?.[1] ?? '';
      groups.set(key, [...(groups.get(key) ?? []), file]);
    }
    for (const [key, group] of groups) {
      const where = `${store.pathOf(folder)} ${key || '(no number)'}`;
      const owner = filings.find((f) => group.some((i) => same(i.content, mimeOf(f.message))));
      if (!owner || key === '') {
        dup(group.length, `${where}: ${group.length} files of no message's record`);
        continue;
      }
      dup(
        extras(
          group.map((i) => i.content),
          expected(owner),
        ),
        `${where}: files of ${owner.label} twice`,
      );
    }
  }
  return {
    duplicates,
    problems,
    holdsAt(ref, wanted) {
      const m = /^(\d{4})\/(\d+)-(\d+)$/.exec(ref);
      if (!m) return false;
      const cases = [...root.children.values()].filter((c) => {
        const n = CASE_FOLDER.exec(c.name);
        return c.kind === 'folder' && n !== null && n[1] === m[1] && n[2] === m[2];
      });
      const prefix = `${m[1]}-${m[2]}-${m[3]}`;
      return cases.some((c) =>
        holds(
          files(c)
            .filter((i) => RECORD_FILE.exec(i.name)?.[1] === prefix)
            .map((i) => i.content),
          wanted,
        ),
      );
    },
  };
}

function inspectRegistry(w: World, filings: readonly Filing[]): Inspection {
  const problems: string[] = [];
  let duplicates = 0;
  const registry = w.graph.store.mailbox(REGISTRY) as MailboxRecord;
  const sender = w.graph.store.mailbox(SITES.registry.mailbox) as MailboxRecord;
  const arrived = [...registry.messages.values()];
  for (const f of filings) {
    const mime = mimeOf(f.message);
    const forwards = arrived.filter((m) => m.attachments.some((a) => same(a.bytes, mime)));
    if (forwards.length > 1) {
      duplicates += forwards.length - 1;
      problems.push(`${f.label} reached ${REGISTRY} ${forwards.length} times`);
    }
  }
  const drafts = [...sender.messages.values()].filter(
    (m) => m.isDraft && m.toRecipients.some((t) => t.address.toLowerCase() === REGISTRY),
  );
  if (drafts.length > 0) {
    duplicates += drafts.length;
    problems.push(`${drafts.length} draft(s) to ${REGISTRY} left in ${sender.address}`);
  }
  return {
    duplicates,
    problems,
    holdsAt: (_ref, wanted) =>
      arrived.some((m) =>
        holds(
          m.attachments.map((a) => a.bytes),
          wanted.slice(0, 1),
        ),
      ),
  };
}

// ---------------------------------------------------------------- the fuzz

export async function fuzzFiling(o: FuzzOptions): Promise<FuzzReport> {
  const w = await world(o.connector);
  const totals: Counts = { runs: 0, faultsHit: 0, duplicates: 0, falselyFiled: 0, unfinished: 0 };
  const bad: RunReport[] = [];
  try {
    for (let run = 1; run <= o.runs; run++) {
      if (o.onlyRun !== undefined && run !== o.onlyRun) continue;
      const report = await runOnce(w, o, run);
      totals.runs += 1;
      totals.faultsHit += report.faultsHit;
      totals.duplicates += report.duplicates;
      totals.falselyFiled += report.falselyFiled;
      totals.unfinished += report.unfinished;
      if (
        report.duplicates + report.falselyFiled + report.unfinished > 0 ||
        (o.onlyRun !== undefined && report.problems.length > 0)
      ) {
        bad.push(report);
      }
    }
  } finally {
    w.close();
  }
  return { options: o, totals, bad };
}
