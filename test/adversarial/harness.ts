/**
 * The far side of the adversarial tests: a worker thread that runs one job
 * at a time through the real code, so that a reader that freezes can be
 * stopped from outside (a synchronous loop cannot be interrupted from its
 * own thread). Bundled with esbuild by `pool.ts`; the test thread sends
 * jobs and gives each a wall-clock limit.
 *
 * Jobs:
 * - `addin`: the message put into the Office.js emulator's compose form and
 *   Send pressed: the manifest's OnMessageSend handler (src/runtime/send)
 *   runs as Outlook runs it, with Hå kommune's profile compiled in.
 * - `cli`: `arkivpost` with the given arguments, in-process.
 * - `inspect`: one attachment through `inspectAttachment` with a work meter.
 * - `scan`: the text scanner with a work meter.
 * - `profile`: the profile validator.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { Io } from '../../src/cli/main';
import type { AttachmentInput, AttachmentReport } from '../../src/core/attachments';
import type { ComposeResult } from '../../src/core/compose/decide';
import type { Alert } from '../../src/core/compose/render';
import type { TextMatch } from '../../src/core/model';
import type { ExtraKeywords } from '../../src/core/profile/types';
import { Meter } from '../../src/core/metering/meter';
import type { Outgoing } from './corpus';

export interface HarnessData {
  /** The repository's root. */
  readonly root: string;
}

export type Job =
  | { readonly kind: 'addin'; readonly message: Outgoing }
  | { readonly kind: 'cli'; readonly args: readonly string[] }
  | { readonly kind: 'inspect'; readonly input: AttachmentInput }
  /** A whole .eml read as `arkivpost check` reads the message it is given. */
  | { readonly kind: 'mime'; readonly bytes: Uint8Array }
  | { readonly kind: 'scan'; readonly text: string }
  | { readonly kind: 'profile'; readonly text: string }
  | { readonly kind: 'check'; readonly message: Outgoing }
  /** The Smart Alert for a result, in nynorsk, at most 500 characters. */
  | { readonly kind: 'render'; readonly result: ComposeResult };

export interface AddinResult {
  readonly completed: boolean;
  readonly timedOut: boolean;
  /** From Send to event.completed, as the emulator measured it. */
  readonly elapsedMs: number;
  readonly options: Office.SmartAlertsEventCompletedOptions | null;
  readonly violations: readonly string[];
  readonly error: string | null;
}

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** What run() threw: the installed command would print it and exit 70. */
  readonly crash: string | null;
}

export interface InspectResult {
  readonly steps: number;
  readonly codes: readonly string[];
  readonly kind: AttachmentReport['kind'];
  readonly signature: AttachmentReport['signature'];
}

export interface ScanResult {
  readonly steps: number;
  readonly codes: readonly string[];
}

export interface ProfileResult {
  readonly steps: number;
  readonly ok: boolean;
  readonly errorCodes: readonly string[];
  readonly errors: number;
}

/** The whole send check (core's checkCompose, as the add-in calls it) with a work meter. */
export interface CheckResult {
  readonly steps: number;
  readonly decision: string;
  readonly codes: readonly string[];
}

export type JobResult =
  AddinResult | CliResult | InspectResult | ScanResult | ProfileResult | CheckResult;

export type ToWorker = { readonly id: number; readonly job: Job };
export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly id: number; readonly ok: true; readonly value: JobResult }
  | { readonly id: number; readonly ok: false; readonly error: string };

const DISPLAY = 'nn-NO';
const ADDRESSES = {
  function: {
    emailAddress: 'post@ha.kommune.no',
    displayName: 'Hå kommune – post',
    kind: 'shared',
  },
  personal: {
    emailAddress: 'kari.nordmann@ha.kommune.no',
    displayName: 'Kari Nordmann',
    kind: 'personal',
  },
} as const;

function describe(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('the harness runs in a worker thread');
  const { root } = workerData as HarnessData;

  const { installOffice } = await import('../../dev/emulator');
  const { parseLaunchEvents } = await import('../../dev/emulator/launch');
  const controller = installOffice(globalThis, {
    displayLanguage: DISPLAY,
    mailbox: ADDRESSES.function,
    user: { emailAddress: 'kari.nordmann@ha.kommune.no', displayName: 'Kari Nordmann' },
    organizationDomains: ['ha.kommune.no'],
    item: null,
    launchEvents: parseLaunchEvents(readFileSync(join(root, 'manifest.xml'), 'utf8')),
  });
  // The handler registers itself with Office.actions when its module loads.
  await import('../../src/runtime/send');
  const { run } = await import('../../src/cli/main');
  const { inspectAttachment } = await import('../../src/core/attachments');
  const { parseEml } = await import('../../src/core/mime/eml');
  const { scanText } = await import('../../src/core/scan');
  const { parseProfileText } = await import('../../src/core/profile');
  const { checkCompose } = await import('../../src/core/compose/decide');
  const { renderAlert } = await import('../../src/core/compose/render');
  const { findCaseReferences } = await import('../../src/core/compose/case-ref');
  const ha = parseProfileText(readFileSync(join(root, 'profiles', 'ha-kommune.json'), 'utf8'));
  if (!ha.ok) throw new Error('the example profile ha-kommune is not valid');
  const haProfile = ha.profile;

  async function addin(message: Outgoing): Promise<AddinResult> {
    controller.setMailbox(ADDRESSES[message.sender]);
    controller.setDisplayLanguage(DISPLAY);
    controller.setMailboxVersion('1.15');
    controller.newMessage({
      bodyType: 'text',
      subject: message.subject,
      body: message.body,
      to: [{ emailAddress: 'ola.innbyggjar@example.net', displayName: 'Ola Innbyggjar' }],
      attachments: message.attachments.map((a) =>
        a.item
          ? {
              attachmentType: 'item' as const,
              name: a.name,
              eml: Buffer.from(a.bytes).toString('latin1'),
              size: a.bytes.length,
            }
          : {
              attachmentType: 'file' as const,
              name: a.name,
              bytes: a.bytes,
              ...(a.contentType !== undefined ? { contentType: a.contentType } : {}),
            },
      ),
    });
    const r = await controller.fireLaunchEvent('OnMessageSend', { timeoutMs: 60_000 });
    return {
      completed: r.completed,
      timedOut: r.timedOut,
      elapsedMs: r.elapsedMs,
      options: (r.options as Office.SmartAlertsEventCompletedOptions | undefined) ?? null,
      violations: r.violations,
      error: r.error === undefined ? null : describe(r.error),
    };
  }

  async function cli(args: readonly string[]): Promise<CliResult> {
    const out: string[] = [];
    const err: string[] = [];
    const io: Io = {
      stdout: (s) => out.push(s),
      stderr: (s) => err.push(s),
      readStdin: async () => new Uint8Array(0),
      clock: { now: () => new Date() },
      env: {},
    };
    try {
      const code = await run(args, io);
      return { code, stdout: out.join('\n'), stderr: err.join('\n'), crash: null };
    } catch (e) {
      return { code: null, stdout: out.join('\n'), stderr: err.join('\n'), crash: describe(e) };
    }
  }

  async function inspect(input: AttachmentInput): Promise<InspectResult> {
    const meter = new Meter();
    const report = await inspectAttachment(input, {}, { meter });
    return {
      steps: meter.steps,
      codes: report.findings.map((f) => f.code),
      kind: report.kind,
      signature: report.signature,
    };
  }

  async function mime(bytes: Uint8Array): Promise<ScanResult> {
    const meter = new Meter();
    // The reader takes the meter in its options where it counts its work.
    const metered: (
      raw: Uint8Array,
      o: { meter: Meter },
    ) => Promise<{ readonly attachments: readonly unknown[] }> = parseEml;
    const m = await metered(bytes, { meter });
    return { steps: meter.steps, codes: [`attachments:${m.attachments.length}`] };
  }

  function render(result: ComposeResult): ScanResult {
    const meter = new Meter();
    // The renderer takes the meter after the length limit where it counts its work.
    const metered: (r: ComposeResult, l: 'nn', max: number, m: Meter) => Alert = renderAlert;
    const alert = metered(result, 'nn', 500, meter);
    return { steps: meter.steps, codes: [alert.text, alert.markdown] };
  }

  function scan(text: string): ScanResult {
    const meter = new Meter();
    // The scanner takes the meter after the profile's keywords where it counts its work.
    const metered: (t: string, extra: ExtraKeywords | undefined, m: Meter) => TextMatch[] =
      scanText;
    const matches = metered(text, undefined, meter);
    // The send check reads a body for case references too ("Vår ref.", "dnr").
    const refs = findCaseReferences(text, meter);
    return {
      steps: meter.steps,
      codes: [...matches.map((m) => m.code), ...refs.map(() => 'case-ref')],
    };
  }

  function profile(text: string): ProfileResult {
    const meter = new Meter();
    // The validator takes a meter after the text where it counts its work.
    const metered: (t: string, m: Meter) => ReturnType<typeof parseProfileText> = parseProfileText;
    const r = metered(text, meter);
    return r.ok
      ? { steps: meter.steps, ok: true, errorCodes: [], errors: 0 }
      : {
          steps: meter.steps,
          ok: false,
          errorCodes: [...new Set(r.errors.map((e) => e.code))],
          errors: r.errors.length,
        };
  }

  async function check(message: Outgoing): Promise<CheckResult> {
    const meter = new Meter();
    const result = await checkCompose(
      {
        from: { address: ADDRESSES[message.sender].emailAddress },
        to: [{ address: 'ola.innbyggjar@example.net' }],
        cc: [],
        bcc: [],
        subject: message.subject,
        body: message.body,
        attachments: message.attachments.map((a) => ({
          name: a.item ? `${a.name.replace(/\.eml$/i, '')}.eml` : a.name,
          size: a.bytes.length,
          bytes: a.bytes,
          ...(a.contentType !== undefined ? { contentType: a.contentType } : {}),
        })),
      },
      haProfile,
      { meter },
    );
    return {
      steps: meter.steps,
      decision: result.decision,
      codes: result.findings.map((f) => f.code),
    };
  }

  async function perform(job: Job): Promise<JobResult> {
    switch (job.kind) {
      case 'addin':
        return addin(job.message);
      case 'cli':
        return cli(job.args);
      case 'inspect':
        return inspect(job.input);
      case 'mime':
        return mime(job.bytes);
      case 'scan':
        return scan(job.text);
      case 'profile':
        return profile(job.text);
      case 'check':
        return check(job.message);
      case 'render':
        return render(job.result);
    }
  }

  port.on('message', (m: ToWorker) => {
    perform(m.job).then(
      (value) => port.postMessage({ id: m.id, ok: true, value } satisfies FromWorker),
      (e: unknown) =>
        port.postMessage({ id: m.id, ok: false, error: describe(e) } satisfies FromWorker),
    );
  });
  port.postMessage({ type: 'ready' } satisfies FromWorker);
}

if (parentPort) {
  main().catch((e: unknown) => {
    // Without a harness there is nothing to answer: say why and stop.
    process.stderr.write(`adversarial harness: ${describe(e)}\n`);
    process.exit(1);
  });
}
