/**
 * One measurement of the readers benchmark (bench/readers.bench.ts), in a
 * process of its own: the bench stops it when it runs past its limit, which
 * is the only way to stop a reader that is not linear (its loop never hands
 * control back). Asked over IPC for a reader and a size, it builds that
 * reader's worst input, times the reader on it and answers.
 */
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspectAttachment } from '../src/core/attachments';
import { findCaseReferences } from '../src/core/compose/case-ref';
import type { ComposeResult } from '../src/core/compose/decide';
import { renderAlert } from '../src/core/compose/render';
import { parseEml } from '../src/core/mime/eml';
import { parseProfileText } from '../src/core/profile';
import { scanText } from '../src/core/scan';
import { Meter } from '../src/core/metering/meter';
import {
  duplicateKeyProfile,
  duplicateMailboxProfile,
  exemptFindings,
  hostileDocx,
  hostileHtml,
  hostileMime,
  hostilePdf,
  hostileText,
} from '../test/adversarial/hostile';

export const READERS = ['text', 'mime', 'html', 'ooxml', 'pdf', 'alert', 'profile'] as const;
export type Reader = (typeof READERS)[number];

export interface ReadersRequest {
  readonly reader: Reader;
  /** Input size in bytes (characters for text). */
  readonly size: number;
  readonly root: string;
}

export interface ReadersAnswer {
  /** Milliseconds of each timed run (the first is the warm-up, not counted). */
  readonly runs: readonly number[];
  /** The input's real size. */
  readonly size: number;
  /** Steps on the reader's meter in one run. */
  readonly steps: number;
  /** What the reader said it did not read (findings, problems), distinct. */
  readonly notes: readonly string[];
}

/** A run that takes this long is timed once: no warm-up, no repeat. */
const SLOW_MS = 2000;

type Run = (meter: Meter) => Promise<readonly string[]>;

/** An attachment inspected once; its findings that say something was not read. */
function inspecting(name: string, bytes: Uint8Array, contentType?: string): Run {
  return async (meter) => {
    const r = await inspectAttachment(
      { name, bytes, size: bytes.length, ...(contentType ? { contentType } : {}) },
      {},
      { meter },
    );
    return r.findings
      .filter(
        (f) => !f.code.startsWith('attachment.risky.') && !f.code.startsWith('attachment.draft.'),
      )
      .map((f) => (f.params?.['reason'] ? `${f.code} (${String(f.params['reason'])})` : f.code));
  };
}

/** The reader's worst input of about `size` bytes, and a call that reads it once. */
function prepare(reader: Reader, size: number, root: string): { size: number; run: Run } {
  switch (reader) {
    case 'text': {
      const text = hostileText(size);
      const scan: (t: string, e: undefined, m: Meter) => unknown = scanText;
      return {
        size: text.length,
        run: async (m) => {
          // The send check reads a body with both: the detectors and the case-reference finder.
          scan(text, undefined, m);
          findCaseReferences(text, m);
          return [];
        },
      };
    }
    case 'mime': {
      const bytes = hostileMime(size);
      return {
        size: bytes.length,
        run: async (m) => (await parseEml(bytes, { meter: m })).problems.map((p) => p.reason),
      };
    }
    case 'html': {
      const bytes = new TextEncoder().encode(hostileHtml(size));
      return { size: bytes.length, run: inspecting('skjema.html', bytes, 'text/html') };
    }
    case 'ooxml': {
      const bytes = hostileDocx(size, 0);
      return { size: bytes.length, run: inspecting('vedtak.docx', bytes) };
    }
    case 'pdf': {
      const bytes = hostilePdf(size);
      return { size: bytes.length, run: inspecting('vedtak.pdf', bytes, 'application/pdf') };
    }
    case 'alert': {
      const result = exemptFindings(size);
      const render: (r: ComposeResult, l: 'nn', max: number, m: Meter) => unknown = renderAlert;
      return {
        size,
        run: async (m) => {
          render(result, 'nn', 500, m);
          return [];
        },
      };
    }
    case 'profile': {
      const base = readFileSync(join(root, 'profiles', 'ha-kommune.json'), 'utf8');
      // Half duplicate keys, half mailboxes with one address.
      const text = duplicateMailboxProfile(
        duplicateKeyProfile(base, Math.round(size / 2 / 25)),
        Math.round(size / 2 / 72),
      );
      const validate: (t: string, m: Meter) => unknown = parseProfileText;
      return {
        size: text.length,
        run: async (m) => {
          validate(text, m);
          return [];
        },
      };
    }
  }
}

async function measure(request: ReadersRequest): Promise<ReadersAnswer> {
  const input = prepare(request.reader, request.size, request.root);
  const runs: number[] = [];
  let steps = 0;
  let notes: readonly string[] = [];
  for (let i = 0; i < 4; i++) {
    const meter = new Meter();
    const t0 = performance.now();
    notes = await input.run(meter);
    const ms = performance.now() - t0;
    runs.push(ms);
    steps = meter.steps;
    if (ms > SLOW_MS) break;
  }
  return { runs, size: input.size, steps, notes: [...new Set(notes)] };
}

process.on('message', (m: ReadersRequest) => {
  measure(m).then(
    (answer) => {
      process.send?.(answer, () => process.exit(0));
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
});
process.on('disconnect', () => process.exit(0));
