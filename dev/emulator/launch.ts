/**
 * Event-based activation: `Office.actions.associate`, launch events fired the
 * way Outlook fires them, and what Outlook does with a Smart Alerts answer
 * (send, or the dialog with its buttons) for the manifest's SendMode.
 */
import { MailboxEnums } from './enums';
import type { EmulatorStrings } from './strings';
import type { LaunchEventRegistration, LaunchEventType, SendMode } from './types';
import { compareVersions } from './util';

export type ActionHandler = (event: unknown) => unknown;

/** `Office.actions`: the functions the manifest names, by name. */
export class Actions {
  readonly handlers = new Map<string, ActionHandler>();

  associate(actionId: string, actionFunction: ActionHandler): void {
    if (typeof actionId !== 'string' || actionId === '') throw new TypeError('actionId');
    if (typeof actionFunction !== 'function') throw new TypeError('actionFunction');
    this.handlers.set(actionId, actionFunction);
  }
}

/** What `event.completed` was given, as Office.SmartAlertsEventCompletedOptions. */
export interface CompletedOptions {
  readonly allowEvent?: boolean;
  readonly cancelLabel?: string;
  readonly commandId?: string;
  readonly contextData?: unknown;
  readonly errorMessage?: string;
  readonly errorMessageMarkdown?: string;
  readonly sendModeOverride?: string;
}

export interface LaunchEventResult {
  readonly event: LaunchEventType;
  /** The associated function that ran; null when none was found. */
  readonly functionName: string | null;
  /** True when the handler called `event.completed` in time. */
  readonly completed: boolean;
  /** The options passed to `event.completed`, exactly as given. */
  readonly options: CompletedOptions | undefined;
  /** The options Outlook acts on: members above the client's requirement set dropped. */
  readonly effective: CompletedOptions | undefined;
  /** Outlook stopped waiting (launchEventTimeoutMs). */
  readonly timedOut: boolean;
  /** What the handler threw or rejected with, or why it could not run. */
  readonly error?: unknown;
  readonly elapsedMs: number;
  /** Rules the handler broke (limits, versions, completing twice); for tests and the workbench console. */
  readonly violations: readonly string[];
}

const SMART_ALERT_FIELDS: ReadonlyArray<readonly [keyof CompletedOptions, string]> = [
  ['allowEvent', '1.12'],
  ['errorMessage', '1.12'],
  ['cancelLabel', '1.14'],
  ['commandId', '1.14'],
  ['contextData', '1.14'],
  ['sendModeOverride', '1.14'],
  ['errorMessageMarkdown', '1.15'],
];

/** Check a completion against the documented limits; drop what the client does not support. */
export function reviewCompletion(
  options: CompletedOptions | undefined,
  version: string,
): { effective: CompletedOptions | undefined; violations: string[] } {
  const violations: string[] = [];
  if (options === undefined) return { effective: undefined, violations };
  if (typeof options !== 'object' || options === null) {
    violations.push('event.completed was given something other than an options object');
    return { effective: undefined, violations };
  }
  const effective: Record<string, unknown> = {};
  for (const [key, since] of SMART_ALERT_FIELDS) {
    if (options[key] === undefined) continue;
    if (compareVersions(since, version) > 0) {
      violations.push(`${key} needs Mailbox ${since}; this client (${version}) ignores it`);
      continue;
    }
    effective[key] = options[key];
  }
  if (typeof options.errorMessage === 'string' && options.errorMessage.length > 500)
    violations.push(`errorMessage is ${options.errorMessage.length} characters; the limit is 500`);
  if (typeof options.errorMessageMarkdown === 'string' && options.errorMessageMarkdown.length > 500)
    violations.push(
      `errorMessageMarkdown is ${options.errorMessageMarkdown.length} characters; the limit is 500`,
    );
  if (typeof options.cancelLabel === 'string' && options.cancelLabel.length > 20)
    violations.push(`cancelLabel is ${options.cancelLabel.length} characters; the limit is 20`);
  if (options.contextData !== undefined && options.commandId === undefined)
    violations.push('contextData without commandId is ignored');
  if (
    options.sendModeOverride !== undefined &&
    options.sendModeOverride !== MailboxEnums.SendModeOverride.PromptUser
  )
    violations.push(
      `sendModeOverride "${options.sendModeOverride}" is not a SendModeOverride value`,
    );
  return { effective: effective as CompletedOptions, violations };
}

export interface RunOptions {
  readonly event: LaunchEventType;
  readonly functionName: string | null;
  readonly handler: ActionHandler | undefined;
  /** Members of the event object besides `completed` (e.g. changedRecipientFields). */
  readonly eventArgs: Readonly<Record<string, unknown>>;
  readonly timeoutMs: number;
  readonly version: string;
  readonly onUncaught: (e: unknown) => void;
}

/** Run one launch event and wait for `event.completed`, an exception, or the timeout. */
export function runLaunchEvent(o: RunOptions): Promise<LaunchEventResult> {
  const started = Date.now();
  const violations: string[] = [];
  type Ending = Omit<LaunchEventResult, 'event' | 'functionName' | 'elapsedMs' | 'violations'>;
  const result = (r: Ending): LaunchEventResult => ({
    event: o.event,
    functionName: o.functionName,
    elapsedMs: Date.now() - started,
    violations,
    ...r,
  });
  const handler = o.handler;
  if (!handler) {
    const why =
      o.functionName === null
        ? `No function is registered for ${o.event}`
        : `No function is associated with "${o.functionName}" (Office.actions.associate)`;
    return Promise.resolve(
      result({
        completed: false,
        options: undefined,
        effective: undefined,
        timedOut: false,
        error: new Error(why),
      }),
    );
  }
  return new Promise((resolve) => {
    let settled = false;
    let completions = 0;
    let asyncError: unknown;
    const withError = (): { error?: unknown } =>
      asyncError !== undefined ? { error: asyncError } : {};
    const timer = setTimeout(
      () =>
        finish({
          completed: false,
          options: undefined,
          effective: undefined,
          timedOut: true,
          ...withError(),
        }),
      o.timeoutMs,
    );
    function finish(r: Ending): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result(r));
    }
    const event = {
      ...o.eventArgs,
      completed(options?: CompletedOptions): void {
        completions += 1;
        if (completions > 1) {
          violations.push('event.completed was called more than once; Outlook uses the first call');
          return;
        }
        if (settled) {
          violations.push('event.completed came after Outlook had stopped waiting');
          return;
        }
        const review = reviewCompletion(options, o.version);
        violations.push(...review.violations);
        finish({
          completed: true,
          options,
          effective: review.effective,
          timedOut: false,
          ...withError(),
        });
      },
    };
    try {
      const r = handler(event);
      if (r instanceof Promise)
        r.catch((e: unknown) => {
          // A rejected promise does not end the event: Outlook waits for completed() or the timeout.
          asyncError = e;
          o.onUncaught(e);
        });
    } catch (e) {
      o.onUncaught(e);
      if (completions === 0)
        finish({
          completed: false,
          options: undefined,
          effective: undefined,
          timedOut: false,
          error: e,
        });
    }
  });
}

export interface SmartAlertButton {
  readonly kind: 'dont-send' | 'send-anyway' | 'take-action';
  readonly label: string;
  /** take-action: the task pane or function to open. */
  readonly commandId?: string;
  /** take-action: what getInitializationContextAsync then returns. */
  readonly contextData?: unknown;
}

export type SendOutcome =
  | { readonly action: 'send'; readonly result: LaunchEventResult }
  /** Send pressed again while the handler still runs: Outlook sends one message at a time. */
  | { readonly action: 'ignored' }
  | {
      readonly action: 'dialog';
      readonly result: LaunchEventResult;
      /** blocked: the handler said no; unavailable: it failed, timed out or was missing. */
      readonly reason: 'blocked' | 'unavailable';
      readonly message: string;
      /** Present when the message is Markdown (errorMessageMarkdown, Mailbox 1.15). */
      readonly markdown?: string;
      readonly sendMode: SendMode;
      readonly buttons: readonly SmartAlertButton[];
    };

/**
 * What Outlook on the web and new Outlook show for a Smart Alerts answer.
 *
 * - allowEvent true (or completed without options): the message is sent.
 * - allowEvent false: a dialog with the add-in's message and "Don't Send";
 *   "Take Action" when a commandId is given (labelled with cancelLabel);
 *   "Send Anyway" only when the effective send mode is promptUser, which
 *   sendModeOverride can lower to but never raise from.
 * - No answer (error, timeout, no handler): promptUser and softBlock let the
 *   user send anyway ("if the add-in is unavailable, the message is sent"),
 *   block does not.
 */
export function smartAlertOutcome(
  result: LaunchEventResult,
  manifestMode: SendMode,
  text: EmulatorStrings,
  addinName: string,
): SendOutcome {
  const dontSend: SmartAlertButton = { kind: 'dont-send', label: text.dontSend };
  const sendAnyway: SmartAlertButton = { kind: 'send-anyway', label: text.sendAnyway };
  if (!result.completed) {
    return {
      action: 'dialog',
      result,
      reason: 'unavailable',
      message: text.unavailable.replace('{addin}', addinName),
      sendMode: manifestMode,
      buttons: manifestMode === 'block' ? [dontSend] : [sendAnyway, dontSend],
    };
  }
  const o = result.effective ?? {};
  if (o.allowEvent !== false) return { action: 'send', result };
  const mode: SendMode =
    o.sendModeOverride === MailboxEnums.SendModeOverride.PromptUser ? 'promptUser' : manifestMode;
  const buttons: SmartAlertButton[] = [];
  if (mode === 'promptUser') buttons.push(sendAnyway);
  buttons.push(dontSend);
  if (typeof o.commandId === 'string' && o.commandId !== '') {
    buttons.push({
      kind: 'take-action',
      label: o.cancelLabel ?? text.takeAction,
      commandId: o.commandId,
      ...(o.contextData !== undefined ? { contextData: o.contextData } : {}),
    });
  }
  const markdown = typeof o.errorMessageMarkdown === 'string' ? o.errorMessageMarkdown : undefined;
  return {
    action: 'dialog',
    result,
    reason: 'blocked',
    message: markdown ?? o.errorMessage ?? text.blocked.replace('{addin}', addinName),
    ...(markdown !== undefined ? { markdown } : {}),
    sendMode: mode,
    buttons,
  };
}

const LAUNCH_EVENT_TYPES: readonly LaunchEventType[] = [
  'OnNewMessageCompose',
  'OnMessageSend',
  'OnMessageRecipientsChanged',
  'OnMessageAttachmentsChanged',
  'OnMessageFromChanged',
  'OnSensitivityLabelChanged',
];

const SEND_MODES: Record<string, SendMode> = {
  promptuser: 'promptUser',
  softblock: 'softBlock',
  block: 'block',
};

/**
 * The `<LaunchEvent Type=… FunctionName=… SendMode=…/>` elements of an XML
 * manifest, read with a regular expression so that it runs without a DOM.
 */
export function parseLaunchEvents(manifestXml: string): LaunchEventRegistration[] {
  const out: LaunchEventRegistration[] = [];
  for (const m of manifestXml.matchAll(/<LaunchEvent\b([^>]*)\/?>/g)) {
    const attrs: Record<string, string> = {};
    for (const a of (m[1] ?? '').matchAll(/([A-Za-z]+)\s*=\s*"([^"]*)"/g))
      attrs[a[1] ?? ''] = a[2] ?? '';
    const type = LAUNCH_EVENT_TYPES.find((t) => t === attrs['Type']);
    const functionName = attrs['FunctionName'];
    if (!type || !functionName) continue;
    const sendMode = SEND_MODES[(attrs['SendMode'] ?? '').toLowerCase()];
    out.push({ type, functionName, ...(sendMode ? { sendMode } : {}) });
  }
  return out;
}
