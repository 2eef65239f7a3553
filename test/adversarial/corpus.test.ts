/**
 * Issue 10: the adversarial corpus through both ways a message is checked.
 *
 * - In Outlook: the message in the Office.js emulator's compose form, Send
 *   pressed, the manifest's OnMessageSend handler completing the event.
 * - On the command line: the same message as an .eml through
 *   `arkivpost check` (and `classify` where the date is the point).
 *
 * For each message: the decision the check owes (never "allow" when
 * something was hidden), the findings that explain it, the same answer on
 * both paths, an alert that cannot be injected, an answer within Outlook's
 * watchdog, and the check's work (steps on its meter) bounded by the
 * message's size. Jobs run in a worker with a wall-clock limit, so a reader
 * that freezes fails its case in seconds instead of holding the suite.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WATCHDOG_MS } from '../../src/core/compose/limits';
import { markdownProblems, textProblems } from './alert';
import { ADDRESSES, adversarialCorpus, adversarialProfiles, FAMILIES } from './corpus';
import type { AdversarialCase, CodeExpectation, ExpectedDecision, Required } from './corpus';
import type { AddinResult, CheckResult, CliResult, ProfileResult } from './harness';
import { buildHarness, Harness, ROOT } from './pool';
import type { Outcome } from './pool';

/** Every message is decided within this much wall time (the issue's measure), on either path. */
const ANSWER_MS = 5000;
/** contextData stays small whatever the number of findings (it was 75 KB with 3,000). */
const MAX_CONTEXT_CHARS = 8192;
/** Steps of the whole check per byte of the message, with a floor for small messages. */
const STEPS_PER_BYTE = 100;
const STEP_FLOOR_BYTES = 64 * 1024;

const PROFILE = join(ROOT, 'profiles', 'ha-kommune.json');
const corpus = adversarialCorpus();

let built: { file: string; dispose: () => void };
let outlook: Harness;
let commandLine: Harness;
let dir: string;

beforeAll(async () => {
  built = await buildHarness();
  outlook = new Harness(built.file);
  commandLine = new Harness(built.file);
  dir = mkdtempSync(join(tmpdir(), 'arkivpost-corpus-'));
}, 60_000);

afterAll(async () => {
  await outlook?.close();
  await commandLine?.close();
  built?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Seen {
  readonly decision: string;
  /** Finding codes, with params and severity where the path shows them. */
  readonly findings: ReadonlyArray<{
    code: string;
    severity?: string;
    params?: Record<string, unknown>;
  }>;
  readonly text: string;
  readonly markdown: string;
  /** Distinct codes Outlook's contextData left out (it names at most a few). */
  readonly more: number;
}

function matches(f: Seen['findings'][number], e: CodeExpectation, withParams: boolean): boolean {
  const ok = e.code.endsWith('*') ? f.code.startsWith(e.code.slice(0, -1)) : f.code === e.code;
  if (!ok || !withParams || !e.params) return ok;
  return Object.entries(e.params).every(([k, v]) => String(f.params?.[k] ?? '').includes(v));
}

function describeRequired(r: Required): string {
  const list = Array.isArray(r) ? r : [r as CodeExpectation];
  return list
    .map((e) => (e.params ? `${e.code} ${JSON.stringify(e.params)}` : e.code))
    .join(' or ');
}

function decisionProblems(path: string, decision: string, expected: ExpectedDecision): string[] {
  if (expected === 'not-allow') return decision === 'allow' ? [`${path}: allowed the message`] : [];
  return decision === expected ? [] : [`${path}: decided ${decision}, expected ${expected}`];
}

function findingProblems(
  path: string,
  seen: Seen,
  c: AdversarialCase,
  withParams: boolean,
): string[] {
  const out: string[] = [];
  for (const r of c.expect.findings) {
    const list = Array.isArray(r) ? r : [r as CodeExpectation];
    if (!seen.findings.some((f) => list.some((e) => matches(f, e, withParams))))
      out.push(
        `${path}: no ${describeRequired(r)} among ${[...new Set(seen.findings.map((f) => f.code))].join(', ') || 'no findings'}`,
      );
  }
  return out;
}

function fromOutlook(r: AddinResult): Seen {
  const o = r.options ?? { allowEvent: true };
  const decision = o.allowEvent ? 'allow' : o.sendModeOverride === 'promptUser' ? 'warn' : 'block';
  let codes: string[] = [];
  let more = 0;
  if (o.contextData) {
    const data = JSON.parse(o.contextData) as { codes?: unknown; more?: unknown };
    if (Array.isArray(data.codes))
      codes = data.codes.filter((x): x is string => typeof x === 'string');
    if (typeof data.more === 'number') more = data.more;
  }
  return {
    decision,
    findings: codes.map((code) => ({ code })),
    text: o.errorMessage ?? '',
    markdown: o.errorMessageMarkdown ?? '',
    more,
  };
}

interface CheckJson {
  decision: string;
  findings: Array<{ code: string; severity?: string; params?: Record<string, unknown> }>;
  message: string;
  markdown: string;
}

function fromCommandLine(r: CliResult): Seen | string {
  if (r.crash !== null) return `command line: crashed (exit 70): ${r.crash.split('\n')[0] ?? ''}`;
  if (r.code !== 0) return `command line: exit ${String(r.code)}: ${r.stderr.split('\n')[0] ?? ''}`;
  try {
    const j = JSON.parse(r.stdout) as CheckJson;
    return {
      decision: j.decision,
      findings: j.findings,
      text: j.message,
      markdown: j.markdown,
      more: 0,
    };
  } catch {
    return `command line: no JSON answer: ${r.stdout.slice(0, 120)}`;
  }
}

function overLimit<T extends AddinResult | CliResult | CheckResult | ProfileResult>(
  path: string,
  o: Outcome<T>,
): string | null {
  if (o.status === 'over-limit') return `${path}: no answer within ${ANSWER_MS / 1000} s (frozen)`;
  if (o.status === 'failed') return `${path}: failed: ${o.error.split('\n')[0] ?? ''}`;
  return null;
}

function sizeOf(c: AdversarialCase): number {
  const m = c.message;
  return m.subject.length + m.body.length + m.attachments.reduce((n, a) => n + a.bytes.length, 0);
}

/** Everything wrong with one case, in plain words; empty when it holds. */
async function problemsOf(c: AdversarialCase): Promise<string[]> {
  const problems: string[] = [];
  const file = join(dir, `${c.id.replace(/[^a-z0-9.-]+/gi, '_')}.eml`);
  writeFileSync(file, c.eml);
  const checkArgs = [
    'check',
    file,
    '--profile',
    PROFILE,
    '--from',
    ADDRESSES[c.message.sender],
    '--json',
    '--lang',
    'nn',
  ];
  const [a, l] = await Promise.all([
    outlook.run<AddinResult>({ kind: 'addin', message: c.message }, ANSWER_MS),
    commandLine.run<CliResult>({ kind: 'cli', args: checkArgs }, ANSWER_MS),
  ]);

  let inOutlook: Seen | null = null;
  const aStop = overLimit('Outlook', a);
  if (aStop) problems.push(aStop);
  else if (a.status === 'done') {
    const r = a.value;
    if (!r.completed)
      problems.push(
        `Outlook: event.completed was never called${r.error ? ` (${r.error.split('\n')[0]})` : ''}`,
      );
    else if (r.elapsedMs >= WATCHDOG_MS)
      problems.push(
        `Outlook: answered after ${r.elapsedMs} ms, past the ${WATCHDOG_MS} ms watchdog`,
      );
    for (const v of r.violations) problems.push(`Outlook: ${v}`);
    inOutlook = fromOutlook(r);
    const context = r.options?.contextData;
    if (context !== undefined && context.length > MAX_CONTEXT_CHARS)
      problems.push(
        `Outlook: contextData is ${context.length} characters (bound ${MAX_CONTEXT_CHARS})`,
      );
  }

  let onCommandLine: Seen | null = null;
  const lStop = overLimit('command line', l);
  if (lStop) problems.push(lStop);
  else if (l.status === 'done') {
    const seen = fromCommandLine(l.value);
    if (typeof seen === 'string') problems.push(seen);
    else onCommandLine = seen;
  }

  for (const [path, seen, withParams] of [
    ['Outlook', inOutlook, false],
    ['command line', onCommandLine, true],
  ] as const) {
    if (!seen) continue;
    problems.push(...decisionProblems(path, seen.decision, c.expect.decision));
    problems.push(...findingProblems(path, seen, c, withParams));
    const isolated = c.expect.isolated ?? [];
    for (const p of [
      ...textProblems(seen.text, isolated),
      ...markdownProblems(seen.markdown, isolated),
    ])
      problems.push(`${path} alert ${p}`);
  }
  if (onCommandLine) {
    for (const entry of c.expect.entries ?? []) {
      if (!onCommandLine.findings.some((f) => JSON.stringify(f.params ?? {}).includes(entry)))
        problems.push(`command line: no finding names the inner file ${entry}`);
    }
  }

  if (inOutlook && onCommandLine) {
    const agree =
      c.expect.decision === 'not-allow'
        ? (inOutlook.decision === 'allow') === (onCommandLine.decision === 'allow')
        : inOutlook.decision === onCommandLine.decision;
    if (!agree)
      problems.push(
        `paths disagree: Outlook ${inOutlook.decision}, command line ${onCommandLine.decision}`,
      );
    // What each path names as a problem (contextData leaves out info findings,
    // and names at most a few codes: then Outlook's must be among the command line's).
    const codes = (s: Seen): string[] =>
      [...new Set(s.findings.filter((f) => f.severity !== 'info').map((f) => f.code))]
        .filter((x) => c.expect.decision !== 'not-allow' || x !== 'attachment.not-inspected')
        .sort();
    const outlookCodes = codes(inOutlook);
    const cliCodes = codes(onCommandLine);
    const same =
      inOutlook.more > 0
        ? outlookCodes.every((x) => cliCodes.includes(x))
        : outlookCodes.join() === cliCodes.join();
    if (!same)
      problems.push(
        `paths find different things: Outlook [${outlookCodes.join(', ')}], command line [${cliCodes.join(', ')}]`,
      );
  }

  if (c.classify) {
    const k = await commandLine.run<CliResult>(
      { kind: 'cli', args: ['classify', file, '--profile', PROFILE, '--json'] },
      ANSWER_MS,
    );
    const stop = overLimit('arkivpost classify', k);
    if (stop) problems.push(stop);
    else if (k.status === 'done' && k.value.crash !== null)
      problems.push(`arkivpost classify: crashed (exit 70): ${k.value.crash.split('\n')[0] ?? ''}`);
    else if (k.status === 'done' && k.value.code !== 0)
      problems.push(
        `arkivpost classify: exit ${String(k.value.code)}: ${k.value.stderr.split('\n')[0] ?? ''}`,
      );
  }

  // The work is bounded by the message, counted on the check's meter (only
  // worth asking of a check that answered at all).
  if (!aStop && !lStop) {
    const s = await outlook.run<CheckResult>({ kind: 'check', message: c.message }, ANSWER_MS);
    const stop = overLimit('steps', s);
    if (stop) problems.push(stop);
    else if (s.status === 'done') {
      const bound = STEPS_PER_BYTE * Math.max(sizeOf(c), STEP_FLOOR_BYTES);
      if (s.value.steps === 0) problems.push('steps: the check counted no steps on its meter');
      else if (s.value.steps > bound)
        problems.push(
          `steps: the check took ${s.value.steps} steps, more than ${bound} for ${sizeOf(c)} bytes`,
        );
    }
  }
  return problems;
}

describe.each(FAMILIES)('adversarial messages: %s', (family) => {
  const cases = corpus.filter((c) => c.family === family);
  it.each(cases.map((c) => [c.title, c] as const))(
    '%s',
    async (_title, c) => {
      expect(await problemsOf(c)).toEqual([]);
    },
    4 * ANSWER_MS,
  );
});

describe('adversarial profiles', () => {
  const base = readFileSync(PROFILE, 'utf8');
  it.each(adversarialProfiles(base).map((p) => [p.title, p] as const))(
    'are validated in linear work: %s',
    async (_title, p) => {
      const problems: string[] = [];
      const file = join(dir, `${p.id.replace(/[^a-z0-9.-]+/gi, '_')}.json`);
      writeFileSync(file, p.text);
      const [v, l] = await Promise.all([
        outlook.run<ProfileResult>({ kind: 'profile', text: p.text }, ANSWER_MS),
        commandLine.run<CliResult>(
          { kind: 'cli', args: ['profile', 'validate', file, '--json'] },
          ANSWER_MS,
        ),
      ]);
      const vStop = overLimit('validator', v);
      if (vStop) problems.push(vStop);
      else if (v.status === 'done') {
        if (v.value.ok !== p.valid)
          problems.push(`validator: valid ${String(v.value.ok)}, expected ${String(p.valid)}`);
        if (p.error && !v.value.errorCodes.includes(p.error))
          problems.push(`validator: no ${p.error} among ${v.value.errorCodes.join(', ')}`);
        if (v.value.steps === 0) problems.push('validator: counted no steps on its meter');
        if (v.value.steps > 64 * p.text.length)
          problems.push(`validator: ${v.value.steps} steps for ${p.text.length} characters`);
      }
      const lStop = overLimit('arkivpost profile validate', l);
      if (lStop) problems.push(lStop);
      else if (l.status === 'done') {
        if (l.value.crash !== null)
          problems.push(
            `arkivpost profile validate: crashed: ${l.value.crash.split('\n')[0] ?? ''}`,
          );
        else if (l.value.code !== (p.valid ? 0 : 1))
          problems.push(
            `arkivpost profile validate: exit ${String(l.value.code)}, expected ${p.valid ? 0 : 1}`,
          );
      }
      expect(problems).toEqual([]);
    },
    3 * ANSWER_MS,
  );
});

describe('odd dates on the command line', () => {
  it.each([
    ['9999-12-31T23:59', 'NO'],
    ['1900-01-01', 'SE'],
    ['2100-12-24T12:00', 'NO'],
    ['0001-01-01', 'SE'],
  ])(
    'arkivpost deadline %s --country %s answers without a crash',
    async (when, country) => {
      const r = await commandLine.run<CliResult>(
        { kind: 'cli', args: ['deadline', when, '--country', country, '--json'] },
        ANSWER_MS,
      );
      expect(r.status).toBe('done');
      if (r.status !== 'done') return;
      expect(r.value.crash).toBeNull();
      // An answer, or a clear refusal of a time out of range: never a stack trace.
      expect([0, 2]).toContain(r.value.code);
    },
    2 * ANSWER_MS,
  );
});
