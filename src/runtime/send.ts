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
import { tSend } from '../core/i18n/send-catalog';
import type { Lang } from '../core/model';
import type { Profile } from '../core/profile/types';
import { scanText } from '../core/scan';
import { readComposeSnapshot } from '../host/office/compose';
import { displayLang, supportsMailbox } from '../host/office/context';
import bakedProfile from 'arkivpost:profile';

/** The compose task pane's control id in manifest.xml ("Take action" opens it). */
export const COMPOSE_PANE_ID = 'ArkivpostComposePane';

import { MAX_ATTACHMENT_BYTES, SEND_BUDGET_MS, WATCHDOG_MS } from '../core/compose/limits';

export { MAX_ATTACHMENT_BYTES, SEND_BUDGET_MS, WATCHDOG_MS };

export interface SendDeps {
  readonly profile: Profile;
  readonly lang: Lang;
  readonly item: Office.MessageCompose;
  readonly now: () => number;
  /** Mailbox requirement set support, e.g. has('1.14'). */
  readonly has: (version: string) => boolean;
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
    options.contextData = JSON.stringify({
      decision: result.decision,
      codes: result.findings.map((f) => f.code),
    });
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

export async function decideSend(deps: SendDeps): Promise<Office.SmartAlertsEventCompletedOptions> {
  const started = deps.now();
  const snapshot = await readComposeSnapshot(deps.item, {
    maxAttachmentBytes: MAX_ATTACHMENT_BYTES,
    deadline: started + SEND_BUDGET_MS,
    now: deps.now,
  });
  const result = await checkCompose(snapshot, deps.profile, {
    budgetMs: SEND_BUDGET_MS,
    clock: { now: () => new Date(deps.now()) },
    limits: { maxScanBytes: MAX_ATTACHMENT_BYTES },
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
  return new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      complete(completionOnError(deps.profile, deps.lang, 'timeout'));
      resolve();
    }, watchdogMs);
    decideSend(deps)
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
