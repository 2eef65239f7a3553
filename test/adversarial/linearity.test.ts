/**
 * Issue 10: every reader of untrusted input is linear in its input, shown
 * by counting steps on its work meter, not by timing. Each reader gets its
 * worst input (test/adversarial/hostile.ts) at n and at 4n: the work must
 * be counted at all, grow no more than 4.5 times, and stay under a constant
 * per byte. Jobs run in a worker with a wall-clock limit, so a reader that is
 * not linear fails here in seconds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { manyPartsEml, nestedEml } from './corpus';
import type { Job, InspectResult, ProfileResult, ScanResult } from './harness';
import {
  dnrThenSpaces,
  duplicateKeyProfile,
  duplicateMailboxProfile,
  exemptFindings,
  exemptLines,
  hostileDocx,
  hostileHtml,
  hostileMime,
  hostilePdf,
  hostileText,
} from './hostile';
import { latin1Bytes, textPart, utf8Bytes } from './mime';
import { buildHarness, Harness, ROOT } from './pool';

/** Wall-clock limit for one measurement: a linear reader needs a fraction of it. */
const LIMIT_MS = 5000;
/** The smaller input; the larger is four times as big. */
const N = 16 * 1024;
/** Steps per byte (or character) of input, at most. */
const STEPS_PER_BYTE = 64;
/** steps(4n) / steps(n), at most. */
const GROWTH = 4.5;

let built: { file: string; dispose: () => void };
let harness: Harness;

beforeAll(async () => {
  built = await buildHarness();
  harness = new Harness(built.file);
}, 60_000);

afterAll(async () => {
  await harness?.close();
  built?.dispose();
});

interface Input {
  readonly job: Job;
  /** Bytes or characters the reader is given (inflated, for a stored zip). */
  readonly size: number;
}

const file = (name: string, bytes: Uint8Array, contentType?: string): Input => ({
  job: {
    kind: 'inspect',
    input: { name, bytes, size: bytes.length, ...(contentType ? { contentType } : {}) },
  },
  size: bytes.length,
});
const message = (bytes: Uint8Array): Input => ({
  job: { kind: 'mime', bytes },
  size: bytes.length,
});
const text = (t: string): Input => ({ job: { kind: 'scan', text: t }, size: t.length });
const profile = (t: string): Input => ({ job: { kind: 'profile', text: t }, size: t.length });

const haText = readFileSync(join(ROOT, 'profiles', 'ha-kommune.json'), 'utf8');
const bottom = [textPart('Eleven har fnr 13097248022.')];

const READERS: ReadonlyArray<readonly [string, (n: number) => Input]> = [
  [
    'text scan and case references: digits, separators and invisible characters',
    (n) => text(hostileText(n)),
  ],
  ['text scan and case references: "dnr" and spaces', (n) => text(dnrThenSpaces(n))],
  [
    'text scan and case references: distinct "Unntatt offentlighet" lines',
    (n) => text(exemptLines(Math.ceil(n / 36))),
  ],
  [
    'OOXML: a stored DOCX of unclosed <w:t and nested revisions',
    (n) => file('vedtak.docx', hostileDocx(n, 0)),
  ],
  [
    'PDF: objects, strings and dictionaries that never end',
    (n) => file('vedtak.pdf', hostilePdf(n), 'application/pdf'),
  ],
  [
    'HTML: unclosed tags, runs of "<", comment openers',
    (n) => file('skjema.html', utf8Bytes(hostileHtml(n)), 'text/html'),
  ],
  [
    'text attachment: the scanner’s worst text',
    (n) => file('liste.txt', utf8Bytes(hostileText(n)), 'text/plain'),
  ],
  [
    'MIME, an attached message: nested boundaries, folded headers, parts',
    (n) => file('melding.eml', hostileMime(n), 'message/rfc822'),
  ],
  ['MIME, the message arkivpost check is given: the same', (n) => message(hostileMime(n))],
  [
    'MIME: attached messages nested in each other',
    (n) =>
      file(
        'videresendt.eml',
        latin1Bytes(nestedEml(Math.max(2, Math.round(n / 400)), bottom)),
        'message/rfc822',
      ),
  ],
  [
    'MIME: thousands of parts',
    (n) =>
      file(
        'samla.eml',
        latin1Bytes(manyPartsEml(Math.round(n / 160), '13097248022')),
        'message/rfc822',
      ),
  ],
  [
    'alert rendering: distinct "Unntatt offentlighet" findings',
    (n) => ({ job: { kind: 'render', result: exemptFindings(n) }, size: n }),
  ],
  [
    'profile validation: duplicate keys',
    (n) => profile(duplicateKeyProfile(haText, Math.round(n / 25))),
  ],
  [
    'profile validation: duplicate mailboxes',
    (n) => profile(duplicateMailboxProfile(haText, Math.round(n / 72))),
  ],
];

describe('issue 10: readers count their work, and it grows linearly', () => {
  it.each(READERS)(
    '%s',
    async (_name, make) => {
      const problems: string[] = [];
      const steps: number[] = [];
      const sizes: number[] = [];
      for (const n of [N, 4 * N]) {
        const input = make(n);
        sizes.push(input.size);
        const r = await harness.run<InspectResult | ScanResult | ProfileResult>(
          input.job,
          LIMIT_MS,
        );
        if (r.status === 'over-limit') {
          problems.push(`${input.size} bytes: no answer within ${LIMIT_MS / 1000} s`);
          break;
        }
        if (r.status === 'failed') {
          problems.push(`${input.size} bytes: failed: ${r.error.split('\n')[0] ?? ''}`);
          break;
        }
        steps.push(r.value.steps);
        if (r.value.steps === 0)
          problems.push(`${input.size} bytes: no steps counted on the meter`);
        else if (r.value.steps > STEPS_PER_BYTE * input.size)
          problems.push(
            `${input.size} bytes: ${r.value.steps} steps, over ${STEPS_PER_BYTE} per byte`,
          );
      }
      const [small, large] = steps;
      if (small !== undefined && large !== undefined && small > 0) {
        const growth = large / small;
        const inputGrowth = (sizes[1] ?? 0) / (sizes[0] ?? 1);
        // Inputs grow about 4× (whole units of a pattern); the work may grow 4.5× for that.
        if (growth > GROWTH * (inputGrowth / 4))
          problems.push(
            `steps grew ${growth.toFixed(2)}× for ${inputGrowth.toFixed(2)}× the input (${small} → ${large})`,
          );
      }
      expect(problems).toEqual([]);
    },
    3 * LIMIT_MS,
  );
});
