/**
 * `arkivpost`: the policy engine on the command line, for administrators
 * testing a profile and for scripts. Exit 0 when the analysis completed,
 * 1 when a profile is not valid, 2 on bad usage or unreadable input.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { inspectAttachment } from '../core/attachments';
import type { AttachmentReport } from '../core/attachments';
import { dueDate, isValidTimeZone, localDateIn, MAX_YEAR, MIN_YEAR } from '../core/calendar';
import { classifyMessage } from '../core/classify/classify';
import { checkCompose, defaultSeverityOfMatch } from '../core/compose/decide';
import type { ComposeResult } from '../core/compose/decide';
import { severityOf, worst } from '../core/compose/checks';
import { MAX_ATTACHMENT_BYTES, SEND_BUDGET_MS } from '../core/compose/limits';
import { renderAlert, describeFinding } from '../core/compose/render';
import type { Country, Finding, Lang, Severity } from '../core/model';
import { COUNTRIES, LANGS } from '../core/model';
import { incomingMessage, MimeError, readEml } from '../core/mime/eml';
import type { ParsedEml } from '../core/mime/eml';
import type { MimeMessage, MimeProblem } from '../core/mime/read';
import { formatProfileErrors, parseProfileText } from '../core/profile';
import type { Profile } from '../core/profile/types';
import { scanText } from '../core/scan';
import { parseArgs, stringOption, UsageError } from './args';
import type { Parsed } from './args';
import { describeCode, say, t } from './catalog';
import type { CliKey } from './messages';
import { parseDateTime } from './datetime';
import { formatDue } from '../core/state/describe';
import { outlookCheckOptions, snapshotFromEml } from './snapshot';

import type { Io } from './io';
import { cmdOversight } from './oversight';

export type { Io } from './io';

/** Input that could not be read: exit 2 with a clear message. */
class InputError extends Error {
  constructor(
    readonly key: CliKey,
    readonly params: Readonly<Record<string, string | number>>,
  ) {
    super(key);
  }
}

class ProfileInvalid extends Error {
  constructor(
    readonly file: string,
    readonly lines: string[],
  ) {
    super('profile invalid');
  }
}

function langFrom(p: Parsed, env: Io['env']): Lang {
  const explicit = stringOption(p, 'lang');
  if (explicit !== undefined) {
    if (!(LANGS as readonly string[]).includes(explicit)) {
      throw new UsageError('cli.error.lang', { value: explicit });
    }
    return explicit as Lang;
  }
  return envLangOf(env);
}

/** The language the environment asks for (LC_ALL, LC_MESSAGES, LANG); English otherwise. */
function envLangOf(env: Io['env']): Lang {
  const envLang = (env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '').toLowerCase();
  if (/^(nb|no)/.test(envLang)) return 'nb';
  if (envLang.startsWith('nn')) return 'nn';
  if (envLang.startsWith('sv')) return 'sv';
  return 'en';
}

function readInput(file: string): Uint8Array {
  try {
    // A view of the file's bytes, not a copy: a large message is held once.
    const b = readFileSync(file);
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new InputError('cli.error.unreadable', { file, reason });
  }
}

function loadProfile(p: Parsed, lang: Lang): Profile {
  const file = stringOption(p, 'profile');
  if (file === undefined) throw new UsageError('cli.error.missing-argument', { what: '--profile' });
  return loadProfileFile(file, lang);
}

function loadProfileFile(file: string, lang: Lang): Profile {
  const text = new TextDecoder().decode(readInput(file));
  const result = parseProfileText(text);
  if (!result.ok) throw new ProfileInvalid(file, formatProfileErrors(result.errors, lang));
  return result.profile;
}

/** Read an .eml with core's MIME reader, as filing and the read pane do. */
function loadMime(file: string, maxAttachmentBytes?: number): MimeMessage {
  const bytes = readInput(file);
  try {
    return readEml(bytes, maxAttachmentBytes !== undefined ? { maxAttachmentBytes } : {});
  } catch (e) {
    if (e instanceof MimeError) {
      throw new InputError('cli.error.not-a-message', { file, reason: e.message });
    }
    throw e;
  }
}

function loadMessage(file: string): ParsedEml {
  return incomingMessage(loadMime(file));
}

function one(p: Parsed, what: string, optional = false): string | undefined {
  const rest = p.positional.slice(1);
  if (rest.length > 1)
    throw new UsageError('cli.error.too-many-arguments', { extra: rest.slice(1).join(' ') });
  if (rest.length === 0 && !optional) throw new UsageError('cli.error.missing-argument', { what });
  return rest[0];
}

function findingLine(f: Finding, lang: Lang): string {
  const where =
    f.start !== undefined
      ? ` [${f.part}${f.attachment ? `: ${f.attachment}` : ''} ${f.start}–${f.end}]`
      : '';
  return `  ${f.severity.padEnd(5)} ${f.code}${where}  ${describeFinding(f, lang, describeCode)}`;
}

function jsonFinding(f: Finding): Record<string, unknown> {
  return { ...f };
}

async function cmdScan(p: Parsed, lang: Lang, io: Io): Promise<number> {
  const file = one(p, 'FILE', true);
  const bytes = file === undefined || file === '-' ? await io.readStdin() : readInput(file);
  const text = new TextDecoder('utf-8').decode(bytes);
  const findings = scanText(text).map((m) => ({
    code: m.code,
    category: m.category,
    severity: defaultSeverityOfMatch(m),
    start: m.start,
    end: m.end,
    text: m.text,
    ...(m.params ? { params: m.params } : {}),
  }));
  if (p.options.has('json')) {
    io.stdout(JSON.stringify({ findings }, null, 2));
    return 0;
  }
  io.stdout(
    findings.length === 0
      ? say(lang, 'cli.scan.none')
      : say(lang, 'cli.scan.count', { count: findings.length }),
  );
  for (const f of findings) {
    io.stdout(findingLine({ ...f, part: 'body' }, lang) + `  «${f.text}»`);
  }
  return 0;
}

function reportJson(r: AttachmentReport): Record<string, unknown> {
  const { text, ...rest } = r;
  return { ...rest, textLength: text?.length ?? 0 };
}

async function cmdInspect(p: Parsed, lang: Lang, io: Io): Promise<number> {
  const file = one(p, 'FILE') as string;
  const bytes = readInput(file);
  const report = await inspectAttachment({ name: basename(file), bytes, size: bytes.length });
  if (p.options.has('json')) {
    io.stdout(JSON.stringify(reportJson(report), null, 2));
    return 0;
  }
  io.stdout(`${report.name} (${report.kind}, ${report.size} B)`);
  io.stdout(
    report.signature === null
      ? say(lang, 'cli.inspect.no-signature')
      : say(lang, 'cli.inspect.signature', {
          state: say(lang, `cli.signature.${report.signature}`),
        }),
  );
  io.stdout(
    report.draft
      ? say(lang, 'cli.inspect.draft', {
          markers: report.draftMarkers.map((m) => m.type).join(', '),
        })
      : say(lang, 'cli.inspect.not-draft'),
  );
  io.stdout(say(lang, report.risky ? 'cli.inspect.risky' : 'cli.inspect.not-risky'));
  if (report.encrypted) io.stdout(say(lang, 'cli.inspect.encrypted'));
  for (const f of report.findings)
    io.stdout(`  ${f.code}  ${describeCode(lang, f.code, f.params)}`);
  return 0;
}

async function cmdClassify(p: Parsed, lang: Lang, io: Io): Promise<number> {
  const file = one(p, 'MESSAGE.eml') as string;
  const profile = loadProfile(p, lang);
  const msg = loadMessage(file);
  const result = await classifyMessage(msg, profile);
  if (p.options.has('json')) {
    io.stdout(
      JSON.stringify(
        {
          class: result.class,
          reasons: result.reasons,
          findings: result.findings.map(jsonFinding),
          due: result.due?.due ?? null,
          dueAt: result.due?.dueAt ?? null,
          disposable: result.disposable,
          mustNotDispose: result.mustNotDispose,
          notRead: msg.problems,
        },
        null,
        2,
      ),
    );
    return 0;
  }
  io.stdout(say(lang, 'cli.classify.class', { class: t(lang, `class.${result.class}`) }));
  for (const r of result.reasons) io.stdout(`  – ${describeCode(lang, r.code, r.params)}`);
  io.stdout(
    result.due
      ? t(lang, 'class.due', { due: formatDue(result.due.due, lang) })
      : say(lang, 'cli.classify.no-due'),
  );
  const year = msg.receivedAt?.getUTCFullYear();
  if (year !== undefined && !(year >= MIN_YEAR && year <= MAX_YEAR)) {
    io.stdout(say(lang, 'cli.classify.date-range', { year, min: MIN_YEAR, max: MAX_YEAR }));
  }
  for (const problem of msg.problems) io.stdout(`  ${notReadLine(problem, lang)}`);
  if (result.mustNotDispose) io.stdout(t(lang, 'class.must-not-dispose'));
  else if (result.disposable) io.stdout(t(lang, 'class.disposable'));
  for (const f of result.findings) io.stdout(findingLine(f, lang));
  return 0;
}

/** A line saying what part of the message could not be read. */
function notReadLine(p: MimeProblem, lang: Lang): string {
  return capitalise(
    t(lang, 'check.uninspected', {
      where: t(lang, 'part.body'),
      what: t(lang, `reason.${p.reason}`),
    }),
  );
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * What the reader could not read in the message itself (Outlook reads the
 * message it sends on its own): a finding of the `uninspected` check, at
 * least a warning, so nothing unread passes as checked.
 */
function withUnread(
  result: ComposeResult,
  problems: readonly MimeProblem[],
  profile: Profile,
): ComposeResult {
  const severity = severityOf(profile, 'uninspected');
  if (problems.length === 0 || severity === null) return result;
  const findings: Finding[] = [...result.findings];
  let top: Severity | null = result.decision === 'allow' ? null : result.decision;
  for (const p of problems) {
    findings.push({
      code: 'attachment.not-inspected',
      category: 'attachment',
      check: 'uninspected',
      severity,
      part: 'body',
      params: p.entry !== undefined ? { reason: p.reason, entry: p.entry } : { reason: p.reason },
    });
    top = worst(top, severity);
  }
  return { ...result, findings, decision: top === 'block' || top === 'warn' ? top : 'allow' };
}

/** The time limit asked for: `--outlook` is the send handler's, `--budget MS` any other. */
function budgetFrom(p: Parsed): number | undefined {
  const value = stringOption(p, 'budget');
  if (value !== undefined) {
    if (!/^\d{1,6}$/.test(value) || Number(value) < 1 || Number(value) > 600_000) {
      throw new UsageError('cli.error.budget', { value });
    }
    return Number(value);
  }
  return p.options.has('outlook') ? SEND_BUDGET_MS : undefined;
}

async function cmdCheck(p: Parsed, lang: Lang, io: Io): Promise<number> {
  const file = one(p, 'MESSAGE.eml') as string;
  const profile = loadProfile(p, lang);
  const budget = budgetFrom(p);
  const mime = loadMime(file, MAX_ATTACHMENT_BYTES);
  const snapshot = snapshotFromEml(mime, stringOption(p, 'from'));
  const checked = await checkCompose(snapshot, profile, outlookCheckOptions(budget));
  const result = withUnread(checked, mime.problems, profile);
  const alert = renderAlert(result, lang);
  if (p.options.has('json')) {
    io.stdout(
      JSON.stringify(
        {
          decision: result.decision,
          findings: result.findings.map(jsonFinding),
          message: alert.text,
          markdown: alert.markdown,
          notRead: mime.problems,
          ...(budget !== undefined ? { budgetMs: budget } : {}),
        },
        null,
        2,
      ),
    );
    return 0;
  }
  io.stdout(say(lang, 'cli.check.decision', { decision: t(lang, `decision.${result.decision}`) }));
  if (budget !== undefined) io.stdout(say(lang, 'cli.check.budget', { ms: budget }));
  if (alert.text) io.stdout(alert.text);
  for (const f of result.findings) io.stdout(findingLine(f, lang));
  return 0;
}

const DEFAULT_ZONE: Readonly<Record<Country, string>> = {
  NO: 'Europe/Oslo',
  SE: 'Europe/Stockholm',
};

async function cmdDeadline(p: Parsed, lang: Lang, io: Io): Promise<number> {
  const when = one(p, 'DATETIME') as string;
  const countryOpt = stringOption(p, 'country');
  if (countryOpt === undefined)
    throw new UsageError('cli.error.missing-argument', { what: '--country NO|SE' });
  const country = countryOpt.toUpperCase();
  if (!(COUNTRIES as readonly string[]).includes(country)) {
    throw new UsageError('cli.error.country', { value: countryOpt });
  }
  const daysOpt = stringOption(p, 'days') ?? '2';
  if (!/^\d{1,3}$/.test(daysOpt) || Number(daysOpt) > 365) {
    throw new UsageError('cli.error.days', { value: daysOpt });
  }
  const zone = stringOption(p, 'time-zone') ?? DEFAULT_ZONE[country as Country];
  if (!isValidTimeZone(zone)) throw new UsageError('cli.error.time-zone', { value: zone });
  const instant = parseDateTime(when, zone);
  if (instant === null) throw new UsageError('cli.error.datetime', { value: when });
  const outOfRange = new UsageError('cli.error.datetime-range', {
    value: when,
    min: MIN_YEAR,
    max: MAX_YEAR,
  });
  const year = localDateIn(instant, zone).y;
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) throw outOfRange;
  let due;
  try {
    due = dueDate(instant, { country: country as Country, timeZone: zone, days: Number(daysOpt) });
  } catch (e) {
    // The answer-by date itself falls after the last year the calendar knows.
    if (e instanceof RangeError) throw outOfRange;
    throw e;
  }
  if (p.options.has('json')) {
    io.stdout(JSON.stringify({ due: due.due, dueAt: due.dueAt, received: due.received }, null, 2));
  } else {
    io.stdout(say(lang, 'cli.deadline.due', { due: formatDue(due.due, lang) }));
  }
  return 0;
}

async function cmdProfile(p: Parsed, lang: Lang, io: Io): Promise<number> {
  if (p.positional[1] !== 'validate') {
    throw new UsageError('cli.error.unknown-command', {
      command: p.positional.slice(0, 2).join(' '),
    });
  }
  const rest = p.positional.slice(2);
  if (rest.length === 0)
    throw new UsageError('cli.error.missing-argument', { what: 'PROFILE.json' });
  if (rest.length > 1)
    throw new UsageError('cli.error.too-many-arguments', { extra: rest.slice(1).join(' ') });
  const file = rest[0] as string;
  const text = new TextDecoder().decode(readInput(file));
  const result = parseProfileText(text);
  if (p.options.has('json')) {
    io.stdout(
      JSON.stringify(
        result.ok
          ? { valid: true, errors: [] }
          : {
              valid: false,
              errors: result.errors.map((e, i) => ({
                ...e,
                message: formatProfileErrors([e], lang)[0] ?? String(i),
              })),
            },
        null,
        2,
      ),
    );
    return result.ok ? 0 : 1;
  }
  if (result.ok) {
    io.stdout(say(lang, 'cli.profile.valid', { name: result.profile.name }));
    return 0;
  }
  io.stdout(say(lang, 'cli.profile.invalid', { count: result.errors.length }));
  for (const line of formatProfileErrors(result.errors, lang)) io.stdout(`  – ${line}`);
  return 1;
}

const COMMANDS: Readonly<Record<string, (p: Parsed, lang: Lang, io: Io) => Promise<number>>> = {
  scan: cmdScan,
  inspect: cmdInspect,
  classify: cmdClassify,
  check: cmdCheck,
  deadline: cmdDeadline,
  profile: cmdProfile,
  oversight: (p, lang, io) => cmdOversight(p, lang, io, (file) => loadProfileFile(file, lang)),
};

export async function run(argv: readonly string[], io: Io): Promise<number> {
  // Until --lang is read (or when it names no language we have), the environment's.
  let lang: Lang = envLangOf(io.env);
  try {
    const p = parseArgs(argv);
    lang = langFrom(p, io.env);
    const command = p.positional[0];
    if (p.options.has('help') || command === undefined || command === 'help') {
      io.stdout(say(lang, 'cli.usage', { budget: SEND_BUDGET_MS }));
      return command === undefined && !p.options.has('help') ? 2 : 0;
    }
    const handler = COMMANDS[command];
    if (!handler) throw new UsageError('cli.error.unknown-command', { command });
    return await handler(p, lang, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError) {
      io.stderr(`${say(lang, 'cli.error.prefix')}: ${say(lang, e.key, e.params)}`);
      if (e instanceof UsageError) io.stderr(say(lang, 'cli.usage').split('\n')[0] ?? '');
      return 2;
    }
    if (e instanceof ProfileInvalid) {
      io.stderr(
        `${say(lang, 'cli.error.prefix')}: ${say(lang, 'cli.error.profile-invalid', { file: e.file })}`,
      );
      for (const line of e.lines) io.stderr(`  – ${line}`);
      return 2;
    }
    throw e;
  }
}
