/**
 * Runs harness jobs in a worker thread with a wall-clock limit each. A job
 * that does not answer in time is reported as over the limit and its worker
 * is stopped (terminate() ends even a synchronous loop); the next job gets
 * a fresh worker. So a reader that freezes fails its test in seconds
 * instead of holding the whole suite for minutes.
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FromWorker, HarnessData, Job, JobResult, ToWorker } from './harness';

export const ROOT = resolve(__dirname, '..', '..');

export type Outcome<T extends JobResult> =
  | { readonly status: 'done'; readonly value: T; readonly ms: number }
  | { readonly status: 'over-limit'; readonly ms: number }
  | { readonly status: 'failed'; readonly error: string; readonly ms: number };

/** Bundle the harness (and the code it runs) into one CommonJS file. */
export async function buildHarness(): Promise<{ file: string; dispose: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'arkivpost-adversarial-'));
  const file = join(dir, 'harness.cjs');
  await build({
    entryPoints: [join(ROOT, 'test', 'adversarial', 'harness.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'silent',
    plugins: [
      {
        name: 'profile',
        setup(b) {
          // The add-in compiles its organisation profile in; these tests use Hå kommune's.
          b.onResolve({ filter: /^arkivpost:profile$/ }, () => ({
            path: join(ROOT, 'profiles', 'ha-kommune.json'),
          }));
        },
      },
    ],
  });
  return { file, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export class Harness {
  private worker: Worker | null = null;
  private ready: Promise<Worker> | null = null;
  private next = 1;

  constructor(private readonly file: string) {}

  private start(): Promise<Worker> {
    if (this.ready) return this.ready;
    const data: HarnessData = { root: ROOT };
    const worker = new Worker(this.file, { workerData: data });
    this.worker = worker;
    this.ready = new Promise<Worker>((ok, fail) => {
      const onMessage = (m: FromWorker): void => {
        if ('type' in m && m.type === 'ready') {
          worker.off('message', onMessage);
          worker.off('error', fail);
          ok(worker);
        }
      };
      worker.on('message', onMessage);
      worker.once('error', fail);
    });
    return this.ready;
  }

  private stop(): void {
    const w = this.worker;
    this.worker = null;
    this.ready = null;
    if (w) void w.terminate();
  }

  /** Run a job; after `limitMs` without an answer the worker is stopped. */
  async run<T extends JobResult>(job: Job, limitMs: number): Promise<Outcome<T>> {
    const worker = await this.start();
    const id = this.next++;
    const started = Date.now();
    return new Promise<Outcome<T>>((resolve) => {
      const finish = (o: Outcome<T>): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve(o);
      };
      const onMessage = (m: FromWorker): void => {
        if ('type' in m || m.id !== id) return;
        const ms = Date.now() - started;
        finish(
          m.ok
            ? { status: 'done', value: m.value as T, ms }
            : { status: 'failed', error: m.error, ms },
        );
      };
      const onError = (e: Error): void => {
        this.stop();
        finish({ status: 'failed', error: e.stack ?? e.message, ms: Date.now() - started });
      };
      const onExit = (code: number): void => {
        this.stop();
        finish({ status: 'failed', error: `the worker ended (${code})`, ms: Date.now() - started });
      };
      const timer = setTimeout(() => {
        this.stop();
        finish({ status: 'over-limit', ms: Date.now() - started });
      }, limitMs);
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage({ id, job } satisfies ToWorker);
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    this.ready = null;
    if (w) await w.terminate();
  }
}
