/** Shared helpers for the benchmarks: timing, memory, data, output. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { mulberry32 } from '../dev/emulator/util';

export interface Row {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly baseline?: number;
  readonly ratio?: number;
  readonly target?: string;
  readonly ok?: boolean;
  readonly extra?: Readonly<Record<string, string | number | boolean | null>>;
}

/** The repository's root, from the bundle in dist/bench. */
export const ROOT = join(__dirname, '..', '..');

/**
 * Bytes after `gzip -9`, the command peers' figures are measured with (its
 * deflate is about 1% tighter than zlib's); zlib at level 9 where there is
 * no gzip command.
 */
function gzipped(bytes: Buffer): number {
  const cli = spawnSync('gzip', ['-9', '-n', '-c'], { input: bytes, maxBuffer: 1 << 28 });
  return cli.status === 0 ? cli.stdout.length : gzipSync(bytes, { level: 9 }).length;
}

/** A file's size as shipped, raw and gzip -9, in bytes. */
export function fileSize(file: string): { raw: number; gzip: number } {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipped(bytes) };
}

/** Opens the workbench and waits until it has booted: emulator, event runtime, mailbox. */
export async function openWorkbench(page: Page, url: string): Promise<void> {
  await page.goto(url);
  // Its folder shows once the event runtime has registered the send handler.
  await page.locator('#app main').waitFor({ state: 'attached' });
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Milliseconds per run after three warm-up runs (the JIT settles). */
export function timeRuns(runs: number, fn: () => void): number[] {
  for (let i = 0; i < 3; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

export async function timeRunsAsync(runs: number, fn: () => Promise<void>): Promise<number[]> {
  for (let i = 0; i < 3; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function used(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/**
 * Memory the call needed: heap and array buffers in use right after it
 * (nothing collected in between) minus what was in use before, in MB.
 */
export function memoryPeak(fn: () => unknown): number {
  gc();
  const before = used();
  const result = fn();
  const after = used();
  void result;
  return Math.max(0, after - before) / 1e6;
}

export async function memoryPeakAsync(fn: () => Promise<unknown>): Promise<number> {
  gc();
  const before = used();
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, used())), 1);
  await fn();
  clearInterval(timer);
  peak = Math.max(peak, used());
  return Math.max(0, peak - before) / 1e6;
}

export function megabytes(text: string): number {
  return Buffer.byteLength(text, 'utf8') / 1e6;
}

/** Deterministic pseudo-random numbers (mulberry32). */
export const rng = mulberry32;

export function randomBytes(n: number, seed: number): Uint8Array {
  const r = rng(seed);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (r() * 256) | 0;
  return out;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function fnr(r: () => number): string {
  for (;;) {
    const d = 1 + Math.floor(r() * 28);
    const m = 1 + Math.floor(r() * 12);
    const y = Math.floor(r() * 100);
    const i = Math.floor(r() * 500);
    const base = `${pad(d)}${pad(m)}${pad(y)}${pad(i, 3)}`.split('').map(Number);
    const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    let k1 = 11 - (base.reduce((s, x, j) => s + x * (w1[j] as number), 0) % 11);
    if (k1 === 11) k1 = 0;
    if (k1 === 10) continue;
    const with1 = [...base, k1];
    let k2 = 11 - (with1.reduce((s, x, j) => s + x * (w2[j] as number), 0) % 11);
    if (k2 === 11) k2 = 0;
    if (k2 === 10) continue;
    return `${with1.join('')}${k2}`;
  }
}

function pnr(r: () => number): string {
  const body = `${pad(Math.floor(r() * 100))}${pad(1 + Math.floor(r() * 12))}${pad(1 + Math.floor(r() * 28))}${pad(Math.floor(r() * 999) + 1, 3)}`;
  let sum = 0;
  for (let j = 0; j < 9; j++) {
    let v = Number(body[j]) * (j % 2 === 0 ? 2 : 1);
    if (v > 9) v -= 9;
    sum += v;
  }
  return `${body.slice(0, 6)}-${body.slice(6)}${(10 - (sum % 10)) % 10}`;
}

const FILLER = [
  'Kommunen viser til søknaden datert 12. mars og har nå behandlet saken.',
  'Vi har mottatt henvendelsen din og kommer tilbake med svar så snart som mulig.',
  'Møtet i formannskapet er flyttet til torsdag klokka 10 i rådhuset.',
  'Vedlagt følger referat fra møtet i planutvalget, jf. sak 2024/1234-5.',
  'Kommunedirektøren anbefaler at kommunestyret vedtar budsjettet slik det foreligger.',
  'Det vert halde synfaring på eigedomen gnr. 12 bnr. 34 måndag veke 14.',
  'Søknaden om dispensasjon frå reguleringsplanen vert send på høyring til regionale styresmakter.',
  'Kommunen har tatt emot er ansökan om bygglov och handlägger ärendet.',
  'Kommunstyrelsen sammanträder den 15 april kl. 13.00 i Stadshuset.',
  'Vi ber om synpunkter på remissen senast den 30 maj, dnr KS 2024/123.',
  'Faktura 20240315 forfaller til betaling 30 dager etter mottak, kontonummer 1503.25.12345.',
  'Ring oss gjerne på telefon 51 79 41 00 eller +46 70 123 45 67 om du har spørsmål.',
  'Organisasjonsnummer 964 969 590; bankgiro 5050-1055.',
  'Med vennlig hilsen\nHelse og sosial, Hå kommune\nhelse@ha.kommune.no',
  'Socialförvaltningen har öppet vardagar 8–16. Helsestasjonen er stengt i påsken.',
];
const SENSITIVE = [
  'Eleven er innlagt på psykiatrisk avdeling og kjem ikkje på skulen.',
  'Hon är sjukskriven för utmattningssyndrom sedan januari.',
  'Han er sykmeldt og har fått diagnosen depresjon.',
  'Unntatt offentlighet, jf. offl. § 13 jf. fvl. § 13.',
  'Sekretess enligt OSL 26 kap. 1 §.',
  'Forhåndsvarsel om vedtak om pålegg, jf. forvaltningsloven § 16.',
  'Familien mottar økonomisk sosialhjelp og har kontakt med barnevernet etter bekymringsmelding.',
  'Jeg vet hvor du bor, og du kommer til å angre.',
];

/**
 * Municipal-style text of about `bytes` UTF-8 bytes, IDs and keywords
 * scattered through it: `density` is the share of sentences that carry an ID
 * number (a third of them) or a sensitive phrase (two thirds).
 */
export function municipalText(bytes: number, seed: number, density = 0.03): string {
  const r = rng(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const x = r();
    let s: string;
    if (x < density / 3) s = `Gjelder ${r() < 0.5 ? `fnr ${fnr(r)}` : `personnummer ${pnr(r)}`}.`;
    else if (x < density) s = SENSITIVE[Math.floor(r() * SENSITIVE.length)] as string;
    else s = FILLER[Math.floor(r() * FILLER.length)] as string;
    parts.push(s);
    size += Buffer.byteLength(s) + 1;
    if (r() < 0.2) {
      parts.push('\n');
      size += 1;
    }
  }
  return parts.join(' ');
}

/** Columns from `extra` shown only where a row has them (the filing rows: where the time goes). */
const EXTRA_COLUMNS = [
  ['round trips', 'roundTrips', ''],
  ['client CPU ms', 'clientCpuMs', ''],
  ['emulator ms', 'emulatorMs', ''],
  ['client share', 'clientShare', '×'],
] as const;

export function printTable(rows: readonly Row[]): void {
  const fmt = (n: number | undefined): string =>
    n === undefined ? '' : n >= 100 ? n.toFixed(0) : n.toFixed(1);
  const extras = EXTRA_COLUMNS.filter(([, key]) =>
    rows.some((r) => typeof r.extra?.[key] === 'number'),
  );
  const extra = (r: Row, key: string, unit: string): string => {
    const v = r.extra?.[key];
    return typeof v === 'number' ? `${unit === '×' ? v.toFixed(2) : fmt(v)}${unit}` : '';
  };
  const lines = [
    [
      'benchmark',
      'value',
      'unit',
      'baseline',
      'ratio',
      'memory MB',
      ...extras.map(([title]) => title),
      'target',
      'ok',
    ],
    ...rows.map((r) => [
      r.name,
      fmt(r.value),
      r.unit,
      fmt(r.baseline),
      r.ratio === undefined ? '' : `${r.ratio.toFixed(r.ratio < 10 ? 2 : 1)}×`,
      typeof r.extra?.['peakMemoryMb'] === 'number' ? r.extra['peakMemoryMb'].toFixed(1) : '',
      ...extras.map(([, key, unit]) => extra(r, key, unit)),
      r.target ?? '',
      r.ok === undefined ? '' : r.ok ? 'yes' : 'NO',
    ]),
  ];
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => (l[i] ?? '').length)));
  for (const [i, l] of lines.entries()) {
    console.log(
      l.map((c, j) => (j === 0 ? c.padEnd(widths[j]!) : c.padStart(widths[j]!))).join('  '),
    );
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

export function writeJson(name: string, rows: readonly Row[]): string {
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  writeFileSync(
    file,
    JSON.stringify({ when: new Date().toISOString(), node: process.version, rows }, null, 2),
  );
  return file;
}
