/**
 * The send check (Smart Alerts, OnMessageSend). Built into one file with no
 * imports at run time (scripts/build-send.mjs): classic Outlook on Windows
 * runs it in a JavaScript-only runtime with no DOM, and before build 2403
 * nothing newer than ES2016.
 *
 * The manifest declares SendMode SoftBlock: if the add-in is unavailable the
 * message is still sent, and for warnings the handler lowers the mode to
 * PromptUser ("Send anyway"), which Outlook allows only in that direction.
 */
import { checkCompose } from '../core/compose/decide';
import type { ComposeResult } from '../core/compose/decide';
import { ALERT_MAX_CHARS, renderAlert } from '../core/compose/render';
import { tSend } from '../core/compose/send-catalog';
import type { Lang } from '../core/model';
import type { Profile } from '../core/profile/types';
import { scanText } from '../core/scan';
import { readComposeSnapshot } from '../host/office/compose';
import { displayLang, supportsMailbox } from '../host/office/context';
import bakedProfile from 'arkivpost:profile';

/** The compose task pane's control id in manifest.xml ("Take action" opens it). */
export const COMPOSE_PANE_ID = 'ArkivpostComposePane';

import {
  MAX_ATTACHMENT_BYTES,
  SEND_BUDGET_MS,
  SEND_FETCH_MS,
  WATCHDOG_MS,
} from '../core/compose/limits';

export { MAX_ATTACHMENT_BYTES, SEND_BUDGET_MS, SEND_FETCH_MS, WATCHDOG_MS };

export interface SendDeps {
  readonly profile: Profile;
  readonly lang: Lang;
  readonly item: Office.MessageCompose;
  readonly now: () => number;
  /** Mailbox requirement set support, e.g. has('1.14'). */
  readonly has: (version: string) => boolean;
  /** Time for the whole check from the start of the send (default SEND_BUDGET_MS). */
  readonly budgetMs?: number;
  /** Attachments are fetched until this long after the start (default SEND_FETCH_MS). */
  readonly fetchMs?: number;
  /** Hands control back to the event loop (default: a macrotask, setTimeout 0). */
  readonly yield?: () => Promise<void>;
}

/** The distinct codes `contextData` names at most; the rest are counted. */
export const CONTEXT_CODES = 20;

/**
 * What the details button hands the task pane (Smart Alerts `contextData`),
 * bounded whatever the message: the decision, the distinct finding codes
 * (at most CONTEXT_CODES, in order of first appearance) and how many more
 * there were. Codes are the engine's own words, never names or text from the
 * message, so nothing of it leaves the check. The pane checks the message
 * again on opening and does not depend on it.
 */
export function contextDataFor(result: ComposeResult): string {
  const codes: string[] = [];
  const seen = new Set<string>();
  for (const f of result.findings) {
    if (f.severity === 'info' || seen.has(f.code)) continue;
    seen.add(f.code);
    if (codes.length < CONTEXT_CODES) codes.push(f.code);
  }
  const more = seen.size - codes.length;
  return JSON.stringify({ decision: result.decision, codes, ...(more > 0 ? { more } : {}) });
}

/** The last moment a Date can hold (ms since 1970). */
const END_OF_TIME = 8.64e15;

/** A macrotask: lets timers (the watchdog) and Outlook's own callbacks run. */
function macrotask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** What the check found, as Smart Alerts options for `event.completed`. */
export function completionFor(
  result: ComposeResult,
  lang: Lang,
  has: (version: string) => boolean,
): Office.SmartAlertsEventCompletedOptions {
  if (result.decision === 'allow') return { allowEvent: true };
  // Before Mailbox 1.14 a warning cannot offer "Send anyway": SoftBlock would
  // trap the user with a problem only they may judge. Let it go.
  if (result.decision === 'warn' && !has('1.14')) return { allowEvent: true };
  const alert = renderAlert(result, lang, ALERT_MAX_CHARS);
  const options: Office.SmartAlertsEventCompletedOptions = {
    allowEvent: false,
    errorMessage: alert.text,
  };
  if (has('1.15')) options.errorMessageMarkdown = alert.markdown;
  if (has('1.14')) {
    options.cancelLabel = tSend(lang, 'alert.details');
    options.commandId = COMPOSE_PANE_ID;
    options.contextData = contextDataFor(result);
    if (result.decision === 'warn')
      options.sendModeOverride = Office.MailboxEnums.SendModeOverride.PromptUser;
  }
  return options;
}

/**
 * When the check itself fails (Office error, a bug): the profile decides.
 * Fail-open is the default (docs/adr/0006): Smart Alerts are help, not
 * enforcement, and a stopped mail system is a worse failure for a
 * municipality than one unchecked message.
 */
export function completionOnError(
  profile: Profile,
  lang: Lang,
  reason: string,
): Office.SmartAlertsEventCompletedOptions {
  if (profile.onError === 'block') {
    return {
      allowEvent: false,
      errorMessage: tSend(lang, 'alert.failed', { reason }).slice(0, ALERT_MAX_CHARS),
    };
  }
  return { allowEvent: true };
}

/**
 * Read the message and decide. Every stage hands control back to the event
 * loop, and the work is abandoned at the deadline (start + budget): readers
 * count their steps on a meter that looks at the clock, so even a hostile
 * attachment stops in time and is named as not inspected.
 */
export async function decideSend(deps: SendDeps): Promise<Office.SmartAlertsEventCompletedOptions> {
  const started = deps.now();
  const snapshot = await readComposeSnapshot(deps.item, {
    maxAttachmentBytes: MAX_ATTACHMENT_BYTES,
    deadline: started + (deps.fetchMs ?? SEND_FETCH_MS),
    now: deps.now,
  });
  const result = await checkCompose(snapshot, deps.profile, {
    clock: { now: () => new Date(deps.now()) },
    deadline: started + (deps.budgetMs ?? SEND_BUDGET_MS),
    limits: { maxScanBytes: MAX_ATTACHMENT_BYTES },
    yield: deps.yield ?? macrotask,
  });
  return completionFor(result, deps.lang, deps.has);
}

function describeError(e: unknown): string {
  if (e instanceof Error) return e.message.slice(0, 120);
  return String(e).slice(0, 120);
}

/**
 * Complete the event exactly once: with the decision, with the error
 * policy when the check throws, or by the watchdog if nothing answers.
 */
export function handleSend(
  event: Office.AddinCommands.Event,
  deps: SendDeps,
  watchdogMs = WATCHDOG_MS,
): Promise<void> {
  let done = false;
  const complete = (options: Office.SmartAlertsEventCompletedOptions): void => {
    if (done) return;
    done = true;
    event.completed(options);
  };
  // Once the event is completed, the check's clock reads as past every
  // deadline (the last time a Date can hold), so whatever is still running
  // stops at its next look at it.
  const running: SendDeps = { ...deps, now: () => (done ? END_OF_TIME : deps.now()) };
  return new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      complete(completionOnError(deps.profile, deps.lang, 'timeout'));
      resolve();
    }, watchdogMs);
    decideSend(running)
      .then(complete, (e: unknown) =>
        complete(completionOnError(deps.profile, deps.lang, describeError(e))),
      )
      .then(() => {
        clearTimeout(timer);
        resolve();
      });
  });
}

function depsFromOffice(): SendDeps {
  return {
    profile: bakedProfile,
    lang: displayLang(),
    item: Office.context.mailbox.item as Office.MessageCompose,
    now: () => Date.now(),
    has: supportsMailbox,
  };
}

export function onMessageSendHandler(event: Office.AddinCommands.Event): void {
  let deps: SendDeps;
  try {
    deps = depsFromOffice();
  } catch (e) {
    event.completed(completionOnError(bakedProfile, 'en', describeError(e)));
    return;
  }
  void handleSend(event, deps);
}

/**
 * Recipients, attachments or From changed: warm up what the send check will
 * need (the keyword dictionary is compiled on first use), so Send is quick.
 */
export function onComposeChangedHandler(event: Office.AddinCommands.Event): void {
  try {
    scanText('arkivpost');
  } finally {
    event.completed();
  }
}

// Outlook finds the handlers by these names (manifest.xml LaunchEvent FunctionName).
if (typeof Office !== 'undefined' && Office.actions) {
  Office.actions.associate('onMessageSendHandler', onMessageSendHandler);
  Office.actions.associate('onComposeChangedHandler', onComposeChangedHandler);
}
