/**
 * `arkivpost oversight <overview|log-review|absence>`: oversight of the
 * function mailboxes for administrators and scheduled runs, signed in as
 * the application (client credentials, src/cli/credentials.ts) or, with
 * `--graph` pointing at the local Graph emulator, with its application
 * test token. `--json` prints exactly the shapes; otherwise a
 * table in the user's language. Exit 0 when done (a mailbox that could not
 * be read is said on stderr), 2 on bad usage, 3 when Microsoft 365 or the
 * case archive failed (or no mailbox could be read).
 */
import { writeFileSync } from 'node:fs';
import {
  findAbsence,
  loadOverview,
  NoDigestSender,
  runLogReview,
  sendDigests,
} from '../app/oversight';
import type { OversightDeps } from '../app/oversight';
import { formatInstant } from '../core/calendar/format';
import { createTranslator } from '../core/i18n/types';
import type { Lang } from '../core/model';
import { COUNT_KEYS, countLabel, oversightText } from '../core/oversight/digest';
import { logReviewCsv, logReviewJson } from '../core/oversight/export';
import { logExportMessages } from '../core/oversight/export-messages';
import { overviewJson } from '../core/oversight';
import { checkPeriod, MAX_PERIOD_DAYS } from '../core/oversight/period';
import type { Profile } from '../core/profile/types';
import type { ArchiveConnector } from '../core/ports';
import { connectArchive } from '../services/archive/connect';
import { ArchiveFailure } from '../services/archive/errors';
import { describeArchiveFailure } from '../services/archive/messages';
import { createGraphClient } from '../services/graph/client';
import type { GraphClient } from '../services/graph/client';
import { GraphFailure } from '../services/graph/errors';
import { graphMessages } from '../services/graph/messages';
import { groupMembers } from '../services/people';
import type { Parsed } from './args';
import { stringOption, UsageError } from './args';
import { say } from './catalog';
import { appTokens, credentialsFromEnv, GRAPH_SCOPE, SignInFailure } from './credentials';
import type { Io } from './io';

const SUBCOMMANDS = ['overview', 'log-review', 'absence'] as const;
type Sub = (typeof SUBCOMMANDS)[number];

/** The emulator's application token (dev/graph): client credentials, every mailbox. */
const EMULATOR_APP_TOKEN = 'test-app:arkivpost-cli';
/** The Noark 5 emulator's token (dev/noark). */
const EMULATOR_ARCHIVE_TOKEN = 'test:arkivpost-cli';
const GRAPH_ROOT = 'https://graph.microsoft.com';

const graphText = createTranslator(graphMessages);
const exportText = createTranslator(logExportMessages);

/** Why a mailbox could not be read, in `lang`. */
function mailboxFailure(e: unknown, lang: Lang): string {
  if (e instanceof GraphFailure && e.kind === 'not-found')
    return say(lang, 'cli.oversight.reason.no-mailbox');
  if (e instanceof GraphFailure && e.kind === 'forbidden')
    return say(lang, 'cli.oversight.reason.forbidden');
  return failureSentence(e, lang);
}

/** A failure as one sentence in `lang`. */
export function failureSentence(e: unknown, lang: Lang): string {
  if (e instanceof GraphFailure) {
    const base = graphText(lang, `graph.error.${e.kind}`, { code: e.code || String(e.status) });
    return e.code && !base.includes(e.code) ? `${base} (${e.code})` : base;
  }
  if (e instanceof ArchiveFailure) {
    return say(lang, 'cli.oversight.error.archive', { reason: describeArchiveFailure(e, lang) });
  }
  if (e instanceof SignInFailure)
    return say(lang, 'cli.oversight.error.sign-in', { reason: e.reason });
  return e instanceof Error ? e.message : String(e);
}

function httpUrl(value: string, option: string): URL {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    throw new UsageError('cli.oversight.error.url', { value, option });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    throw new UsageError('cli.oversight.error.url', { value, option });
  return u;
}

function notFor(p: Parsed, sub: Sub, options: readonly string[]): void {
  for (const o of options) {
    if (p.options.has(o))
      throw new UsageError('cli.oversight.error.not-for', { option: `--${o}`, command: sub });
  }
}

/** The mailboxes asked for: --mailbox (one the profile names), else the profile's function mailboxes. */
function mailboxesOf(p: Parsed, profile: Profile, sub: Sub): string[] {
  const asked = stringOption(p, 'mailbox');
  if (asked !== undefined) {
    const entry = profile.mailboxes.find(
      (m) => m.address.toLowerCase() === asked.trim().toLowerCase(),
    );
    if (!entry) {
      throw new UsageError('cli.oversight.error.mailbox', {
        address: asked,
        known: profile.mailboxes.map((m) => m.address).join(', '),
      });
    }
    return [entry.address];
  }
  const fn = profile.mailboxes.filter((m) => m.kind === 'function');
  if (sub === 'log-review') {
    // The profile's first function mailbox: the organisation's main one in every example.
    const one = fn[0];
    if (!one) throw new UsageError('cli.oversight.error.no-mailbox');
    return [one.address];
  }
  if (fn.length === 0) throw new UsageError('cli.oversight.error.no-mailbox');
  return fn.map((m) => m.address);
}

function periodOf(p: Parsed, profile: Profile): { from: string; to: string } {
  const from = stringOption(p, 'from');
  const to = stringOption(p, 'to');
  if (from === undefined || to === undefined)
    throw new UsageError('cli.oversight.error.period-missing');
  const c = checkPeriod(from, to, profile.timeZone);
  if (!c.ok) {
    switch (c.problem) {
      case 'bad-from':
        throw new UsageError('cli.oversight.error.bad-from', { value: from });
      case 'bad-to':
        throw new UsageError('cli.oversight.error.bad-to', { value: to });
      case 'reversed':
        throw new UsageError('cli.oversight.error.reversed', { from, to });
      case 'too-long': {
        const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
        throw new UsageError('cli.oversight.error.too-long', { days, max: MAX_PERIOD_DAYS });
      }
    }
  }
  return { from: from.trim(), to: to.trim() };
}

interface Wiring {
  readonly graph: GraphClient;
  readonly connector: () => ArchiveConnector | null;
}

/** Graph and the archive, signed in as the application (or the emulators' test tokens). */
function wire(p: Parsed, profile: Profile, io: Io): Wiring {
  const graphOpt = stringOption(p, 'graph');
  const noarkOpt = stringOption(p, 'noark');
  const graphUrl = graphOpt !== undefined ? httpUrl(graphOpt, '--graph') : null;
  const noarkUrl = noarkOpt !== undefined ? httpUrl(noarkOpt, '--noark') : null;
  const tokenFor: (scope: string) => Promise<string> =
    graphUrl !== null
      ? async (scope) => (scope === GRAPH_SCOPE ? EMULATOR_APP_TOKEN : EMULATOR_ARCHIVE_TOKEN)
      : appTokens(credentialsFromEnv(io.env));
  const baseUrl =
    graphUrl !== null ? graphUrl.href.replace(/\/v1\.0\/?$/, '').replace(/\/+$/, '') : GRAPH_ROOT;
  const fetcher = (input: RequestInfo, init?: RequestInit): Promise<Response> =>
    globalThis.fetch(input, init);
  const graph = createGraphClient({
    baseUrl,
    token: () => tokenFor(GRAPH_SCOPE),
    fetch: fetcher,
    clock: io.clock,
  });
  const archive = profile.archive;
  const setting =
    archive?.kind === 'noark5' && noarkUrl !== null ? { ...archive, url: noarkUrl.href } : archive;
  const scope =
    setting?.kind === 'noark5'
      ? (setting.scope ??
        (graphUrl !== null ? 'emulator' : `${new URL(setting.url, GRAPH_ROOT).origin}/.default`))
      : GRAPH_SCOPE;
  const registry = profile.mailboxes.find((m) => m.registry === true)?.address;
  return {
    graph,
    connector: () =>
      setting
        ? connectArchive(
            { ...profile, archive: setting },
            {
              graph,
              tokens: { token: () => tokenFor(scope) },
              fetch: fetcher,
              base: graphUrl !== null ? graphUrl.origin + '/' : 'https://localhost:3000/',
              user: {
                name: 'Arkivpost',
                address: profile.oversight?.digestSender ?? registry ?? 'arkivpost@invalid',
              },
              clock: io.clock,
            },
          )
        : null,
  };
}

function table(
  rows: readonly (readonly string[])[],
  right: ReadonlySet<number> = new Set(),
): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  return rows.map((r) =>
    r
      .map((c, i) => {
        const pad = (widths[i] ?? 0) - [...c].length;
        return right.has(i) ? ' '.repeat(pad) + c : c + ' '.repeat(pad);
      })
      .join('  ')
      .trimEnd(),
  );
}

async function overviewCommand(
  p: Parsed,
  lang: Lang,
  io: Io,
  profile: Profile,
  deps: OversightDeps,
  mailboxes: string[],
): Promise<number> {
  const result = await loadOverview(deps, mailboxes);
  const failed = result.loads.filter((l) => l.failure !== undefined);
  for (const l of failed) {
    io.stderr(
      say(lang, 'cli.oversight.failed', {
        address: l.address,
        reason: mailboxFailure(l.failure, lang),
      }),
    );
  }
  if (p.options.has('json')) {
    io.stdout(JSON.stringify(overviewJson(result.overview), null, 2));
  } else {
    const rows: string[][] = [
      [oversightText(lang, 'col.mailbox'), ...COUNT_KEYS.map((k) => countLabel(k, lang))],
      ...result.overview.mailboxes.map((m) => [
        m.counts.address,
        ...COUNT_KEYS.map((k) => String(m.counts[k])),
      ]),
    ];
    for (const line of table(rows, new Set(COUNT_KEYS.map((_, i) => i + 1)))) io.stdout(line);
  }
  let code = failed.length === result.loads.length ? 3 : 0;
  if (failed.length === result.loads.length) io.stderr(say(lang, 'cli.oversight.none-read'));
  if (p.options.has('digest') && code === 0) {
    const report = await sendDigests(
      { ...deps, describe: (f) => mailboxFailure(f, profile.language) },
      result,
    );
    // The report goes to stderr under --json, so stdout stays the one object.
    const out = p.options.has('json') ? io.stderr : io.stdout;
    if (report.sent.length === 0 && report.failed.length === 0)
      out(say(lang, 'cli.oversight.digest.none'));
    if (report.sent.length > 0) {
      out(
        say(lang, 'cli.oversight.digest.sent', {
          sender: report.sender,
          list: report.sent.map((s) => s.to).join(', '),
        }),
      );
    }
    for (const f of report.failed) {
      io.stderr(
        say(lang, 'cli.oversight.digest.failed', {
          to: f.to,
          reason: failureSentence(f.failure, lang),
        }),
      );
      code = 3;
    }
  }
  return code;
}

async function logReviewCommand(
  p: Parsed,
  lang: Lang,
  io: Io,
  profile: Profile,
  deps: OversightDeps,
  wiring: Wiring,
  mailbox: string,
): Promise<number> {
  const period = periodOf(p, profile);
  // A registry-mailbox archive: its forwards are in the forwarders' Sent Items, read as the application.
  const archive = profile.archive;
  const registry =
    archive?.kind === 'registry-mailbox'
      ? (archive.address ?? profile.mailboxes.find((m) => m.registry === true)?.address)
      : undefined;
  const group = profile.mailboxes.find(
    (m) => m.address.toLowerCase() === mailbox.toLowerCase(),
  )?.accessGroup;
  const forwarders =
    registry !== undefined && group !== undefined
      ? (await groupMembers(deps.graph, group)).map((c) => c.address)
      : [];
  const connector = registry !== undefined ? null : wiring.connector();
  const r = await runLogReview(
    {
      ...deps,
      traceGraph: deps.graph,
      connector,
      ...(registry !== undefined ? { registryForwards: { forwarders, registry } } : {}),
    },
    { mailbox, ...period },
  );
  const csv = stringOption(p, 'csv');
  if (csv !== undefined) {
    try {
      writeFileSync(csv, logReviewCsv(r.review, lang, profile.timeZone), 'utf8');
    } catch (e) {
      throw new UsageError('cli.oversight.error.csv', {
        file: csv,
        reason: (e as NodeJS.ErrnoException).code ?? String(e),
      });
    }
  }
  if (p.options.has('json')) {
    io.stdout(JSON.stringify(logReviewJson(r.review, r.source), null, 2));
    if (csv !== undefined) io.stderr(say(lang, 'cli.oversight.csv-written', { file: csv }));
    return 0;
  }
  io.stdout(
    oversightText(lang, r.source === 'message-trace' ? 'source.message-trace' : 'source.folders'),
  );
  if (r.traceRefusal) io.stdout(oversightText(lang, `refusal.${r.traceRefusal}`));
  if (!connector && registry === undefined) io.stdout(say(lang, 'cli.oversight.log.no-archive'));
  const v = r.review;
  io.stdout(
    say(lang, 'cli.oversight.log.summary', {
      rows: r.rows,
      never: v.neverRegistered.length,
      registered: v.registered.length,
      internal: v.internal.length,
      ephemeral: v.ephemeral.length,
      private: v.private.length,
      hygiene: v.subjectHygiene.length,
    }),
  );
  if (v.neverRegistered.length > 0) {
    const masked = new Map(v.subjectHygiene.map((h) => [h.row, h.maskedSubject]));
    io.stdout('');
    io.stdout(say(lang, 'cli.oversight.log.never-heading'));
    const rows: string[][] = [
      (['col.time', 'col.from', 'col.to', 'col.subject'] as const).map((k) => exportText(lang, k)),
      ...v.neverRegistered.map((row) => [
        formatInstant(row.time, lang, profile.timeZone) ?? row.time,
        row.from,
        row.to.join(', '),
        masked.get(row) ?? row.subject,
      ]),
    ];
    for (const line of table(rows)) io.stdout(`  ${line}`);
  }
  if (csv !== undefined) io.stdout(say(lang, 'cli.oversight.csv-written', { file: csv }));
  return 0;
}

async function absenceCommand(
  p: Parsed,
  lang: Lang,
  io: Io,
  deps: OversightDeps,
  mailboxes: string[],
): Promise<number> {
  const r = await findAbsence({ ...deps, mode: 'application' }, mailboxes);
  for (const f of r.failures) {
    io.stderr(
      say(lang, 'cli.oversight.failed', {
        address: f.address,
        reason: mailboxFailure(f.failure, lang),
      }),
    );
  }
  if (r.unknown.length > 0)
    io.stderr(say(lang, 'cli.oversight.absence.unknown', { list: r.unknown.join(', ') }));
  if (p.options.has('json')) {
    io.stdout(
      JSON.stringify(
        {
          mailboxesWithoutAutoReply: r.mailboxesWithoutAutoReply,
          absentMembers: r.absentMembers.map((m) => ({
            address: m.address,
            assignedOpen: m.assignedOpen.length,
          })),
        },
        null,
        2,
      ),
    );
    return 0;
  }
  io.stdout(
    r.mailboxesWithoutAutoReply.length > 0
      ? say(lang, 'cli.oversight.absence.without', { list: r.mailboxesWithoutAutoReply.join(', ') })
      : say(lang, 'cli.oversight.absence.all-have'),
  );
  if (r.absentMembers.length === 0) io.stdout(say(lang, 'cli.oversight.absence.none-away'));
  for (const m of r.absentMembers) {
    io.stdout(
      say(lang, 'cli.oversight.absence.member', {
        name: m.name,
        address: m.address,
        reason: oversightText(
          lang,
          m.reason === 'auto-reply' ? 'absence.auto-reply' : 'absence.calendar',
        ),
        count: m.assignedOpen.length,
      }),
    );
    const rows = m.assignedOpen.map((row) => [
      formatInstant(row.received, lang, deps.profile.timeZone) ?? row.received,
      row.from,
      row.subject,
    ]);
    for (const line of table(rows)) io.stdout(`  ${line}`);
  }
  return 0;
}

export async function cmdOversight(
  p: Parsed,
  lang: Lang,
  io: Io,
  loadProfile: (file: string) => Profile,
): Promise<number> {
  const sub = p.positional[1];
  if (sub === undefined)
    throw new UsageError('cli.error.missing-argument', { what: 'overview|log-review|absence' });
  if (!(SUBCOMMANDS as readonly string[]).includes(sub))
    throw new UsageError('cli.oversight.error.subcommand', { command: sub });
  if (p.positional.length > 2)
    throw new UsageError('cli.error.too-many-arguments', {
      extra: p.positional.slice(2).join(' '),
    });
  const command = sub as Sub;
  if (command !== 'log-review') notFor(p, command, ['from', 'to', 'csv']);
  if (command !== 'overview') notFor(p, command, ['digest']);
  const file = stringOption(p, 'profile');
  if (file === undefined) throw new UsageError('cli.error.missing-argument', { what: '--profile' });
  const profile = loadProfile(file);
  const mailboxes = mailboxesOf(p, profile, command);
  if (command === 'log-review') periodOf(p, profile);
  if (p.options.has('digest') && !profile.oversight?.digestSender)
    throw new UsageError('cli.oversight.error.no-sender');
  const wiring = wire(p, profile, io);
  const deps: OversightDeps = { graph: wiring.graph, clock: io.clock, profile };
  try {
    switch (command) {
      case 'overview':
        return await overviewCommand(p, lang, io, profile, deps, mailboxes);
      case 'log-review':
        return await logReviewCommand(p, lang, io, profile, deps, wiring, mailboxes[0] as string);
      case 'absence':
        return await absenceCommand(p, lang, io, deps, mailboxes);
    }
  } catch (e) {
    if (e instanceof NoDigestSender) throw new UsageError('cli.oversight.error.no-sender');
    if (e instanceof GraphFailure || e instanceof ArchiveFailure || e instanceof SignInFailure) {
      io.stderr(`${say(lang, 'cli.error.prefix')}: ${failureSentence(e, lang)}`);
      return 3;
    }
    throw e;
  }
}
