/**
 * Worst-case readers (issue 10): each reader of untrusted input — text scan,
 * MIME, HTML, Office XML in a zip, PDF, alert rendering, profile validation
 * — timed on its worst input (test/adversarial/hostile.ts) at 1 MB and at
 * 8 MB. A linear reader takes about as long per MB at both sizes; the target
 * is at most 2.5 times the time per MB for eight times the input.
 *
 * Each measurement runs in a child process (bench/readers-child.ts) that is
 * stopped at its limit: a reader that is not linear would otherwise hold the
 * bench for minutes or hours at 8 MB. It is then reported over the limit.
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Esbuild from 'esbuild';
import type { Reader, ReadersAnswer, ReadersRequest } from './readers-child';
import { median, ROOT } from './util';
import type { Row } from './util';

const MB = 1024 * 1024;
/** Wall-clock limit for one measurement (warm-up and three runs). */
const LIMIT_MS = 60_000;
/** Time per MB at 8 MB over time per MB at 1 MB, at most. */
const MAX_RATIO = 2.5;

const READERS: ReadonlyArray<readonly [Reader, string, string]> = [
  [
    'text',
    'text scan and case references',
    'digit groups, separators and invisibles, "dnr" and spaces, unfinished keywords',
  ],
  ['mime', 'MIME', 'nested multiparts with prefix boundaries, folded encoded-word headers, parts'],
  ['html', 'HTML attachment', 'unclosed tags, runs of "<", comment openers, unclosed end tags'],
  ['ooxml', 'OOXML (stored DOCX)', 'nested revisions, then <w:t start tags with no ">" after them'],
  ['pdf', 'PDF', 'objects with unterminated strings and dictionaries, /ByteRange, %%EOF, trailers'],
  ['alert', 'alert rendering', 'distinct "Unntatt offentlighet" findings, one alert line each'],
  ['profile', 'profile validation', 'duplicate keys and mailboxes with the same address'],
];

async function buildChild(): Promise<string> {
  const esbuild = createRequire(join(ROOT, 'package.json'))('esbuild') as typeof Esbuild;
  const outfile = join(ROOT, 'dist', 'bench', 'readers-child.cjs');
  await esbuild.build({
    entryPoints: [join(ROOT, 'bench', 'readers-child.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
  return outfile;
}

type Measured =
  | {
      readonly kind: 'done';
      readonly ms: number;
      readonly size: number;
      readonly steps: number;
      readonly notes: readonly string[];
    }
  | { readonly kind: 'over'; readonly size: number }
  | { readonly kind: 'failed'; readonly size: number; readonly error: string };

/** One reader at one size, in a child stopped after LIMIT_MS. */
async function measure(child: string, reader: Reader, size: number): Promise<Measured> {
  const proc = fork(child, [], {
    cwd: ROOT,
    execArgv: [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = once(proc, 'exit');
  try {
    const answer = await new Promise<ReadersAnswer | 'over' | string>((resolve) => {
      const timer = setTimeout(() => resolve('over'), LIMIT_MS);
      proc.once('message', (m: ReadersAnswer) => {
        clearTimeout(timer);
        resolve(m);
      });
      proc.once('exit', (code) => {
        clearTimeout(timer);
        resolve(`the measurement ended with exit code ${String(code)}`);
      });
      proc.send({ reader, size, root: ROOT } satisfies ReadersRequest);
    });
    if (answer === 'over') return { kind: 'over', size };
    if (typeof answer === 'string') return { kind: 'failed', size, error: answer };
    // The first run warms up; a run past the child's slow mark was the only one.
    const timed = answer.runs.length > 1 ? answer.runs.slice(1) : answer.runs;
    return {
      kind: 'done',
      ms: median(timed),
      size: answer.size,
      steps: answer.steps,
      notes: answer.notes,
    };
  } finally {
    if (proc.exitCode === null) {
      proc.kill('SIGKILL');
      await exited;
    }
  }
}

function problemOf(m: Measured, at: string): string | null {
  if (m.kind === 'over') return `over the limit (${LIMIT_MS / 1000} s) at ${at}`;
  if (m.kind === 'failed') return `failed at ${at}: ${m.error}`;
  return null;
}

export async function benchReaders(): Promise<Row[]> {
  const child = await buildChild();
  const rows: Row[] = [];
  for (const [reader, name, input] of READERS) {
    const one = await measure(child, reader, MB);
    // Past the limit at 1 MB, 8 MB would be too: not tried.
    const eight: Measured =
      one.kind === 'done' ? await measure(child, reader, 8 * MB) : { kind: 'over', size: 8 * MB };
    const perMb = (m: Measured): number | null => (m.kind === 'done' ? m.ms / (m.size / MB) : null);
    const p1 = perMb(one);
    const p8 = perMb(eight);
    const ratio = p1 !== null && p8 !== null && p1 > 0 ? p8 / p1 : undefined;
    const problem = problemOf(one, '1 MB') ?? problemOf(eight, '8 MB');
    const done = (m: Measured): Extract<Measured, { kind: 'done' }> | null =>
      m.kind === 'done' ? m : null;
    const d1 = done(one);
    const d8 = done(eight);
    rows.push({
      name: `worst case, ${name}: ms per MB at 8 MB${problem ? `, ${problem}` : ''}`,
      // Past the limit at 8 MB: the time per MB is at least the limit's share.
      value: p8 ?? LIMIT_MS / 8,
      unit: 'ms/MB',
      ...(p1 !== null ? { baseline: p1 } : {}),
      ...(ratio !== undefined ? { ratio } : {}),
      target: `≤ ${MAX_RATIO}× the time per MB at 1 MB`,
      ok: ratio !== undefined && ratio <= MAX_RATIO,
      extra: {
        input,
        sizeMb1: one.size / MB,
        sizeMb8: eight.size / MB,
        ms1: d1?.ms ?? null,
        ms8: d8?.ms ?? null,
        msPerMb1: p1,
        msPerMb8: p8,
        mbPerS8: p8 !== null && p8 > 0 ? 1000 / p8 : null,
        steps1: d1?.steps ?? null,
        steps8: d8?.steps ?? null,
        stepsRatio: d1 && d8 && d1.steps > 0 ? d8.steps / d1.steps : null,
        // What the reader said it left unread: less work at 8 MB than the size says.
        notes1: d1 ? d1.notes.join(', ') : null,
        notes8: d8 ? d8.notes.join(', ') : null,
        problem,
        limitMs: LIMIT_MS,
      },
    });
  }
  return rows;
}
