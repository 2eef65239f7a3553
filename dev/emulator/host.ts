/**
 * The asynchronous heart of the emulator: every `*Async` call is checked at
 * once (bad arguments throw, as in Office.js), then answered on a later
 * macrotask with an AsyncResult, like Outlook answering over its host
 * channel. Failures can be injected per method; every call is logged.
 */
import { AsyncResultStatus } from './enums';
import { officeError, sysError } from './errors';
import type { ErrorSpec, OfficeErrorShape } from './errors';
import { compareVersions } from './util';
import type { MailboxVersion } from './util';

/** Every asynchronous method the emulator answers, named by its path from the item. */
export const EMULATED_METHODS = [
  'subject.getAsync',
  'subject.setAsync',
  'body.getAsync',
  'body.setAsync',
  'body.prependAsync',
  'body.setSelectedDataAsync',
  'body.getTypeAsync',
  'body.appendOnSendAsync',
  'to.getAsync',
  'to.setAsync',
  'to.addAsync',
  'cc.getAsync',
  'cc.setAsync',
  'cc.addAsync',
  'bcc.getAsync',
  'bcc.setAsync',
  'bcc.addAsync',
  'from.getAsync',
  'getAttachmentsAsync',
  'getAttachmentContentAsync',
  'addFileAttachmentFromBase64Async',
  'removeAttachmentAsync',
  'getComposeTypeAsync',
  'getItemIdAsync',
  'saveAsync',
  'getSelectedDataAsync',
  'setSelectedDataAsync',
  'isClientSignatureEnabledAsync',
  'disableClientSignatureAsync',
  'getAllInternetHeadersAsync',
  'getInitializationContextAsync',
  'getSharedPropertiesAsync',
  'addHandlerAsync',
  'removeHandlerAsync',
  'displayReplyFormAsync',
  'displayReplyAllFormAsync',
  'notificationMessages.addAsync',
  'notificationMessages.replaceAsync',
  'notificationMessages.removeAsync',
  'notificationMessages.getAllAsync',
  'sessionData.getAsync',
  'sessionData.getAllAsync',
  'sessionData.setAsync',
  'sessionData.removeAsync',
  'sessionData.clearAsync',
  'internetHeaders.getAsync',
  'internetHeaders.setAsync',
  'internetHeaders.removeAsync',
  'categories.getAsync',
  'categories.addAsync',
  'categories.removeAsync',
  'mailbox.addHandlerAsync',
  'mailbox.removeHandlerAsync',
  'mailbox.getCallbackTokenAsync',
  'mailbox.getUserIdentityTokenAsync',
  'mailbox.displayNewMessageFormAsync',
  'roamingSettings.saveAsync',
  'ui.displayDialogAsync',
  'mailbox.displayMessageFormAsync',
] as const;
export type EmulatedMethod = (typeof EMULATED_METHODS)[number];

/** The AsyncResult an Office.js callback receives. `error` exists only on failure. */
export interface EmulatedAsyncResult {
  readonly status: (typeof AsyncResultStatus)[keyof typeof AsyncResultStatus];
  readonly value: unknown;
  readonly error?: OfficeErrorShape;
  readonly asyncContext: unknown;
  readonly diagnostics: unknown;
}

export type Callback = (result: EmulatedAsyncResult) => void;

export interface CommonArgs {
  readonly callback?: Callback;
  readonly options?: Readonly<Record<string, unknown>>;
  readonly asyncContext?: unknown;
}

/**
 * The trailing `(options?, callback?)` arguments, parsed the way Office.js
 * does: one argument is a callback or an options object, two are options
 * then callback, anything else throws. `legacy` accepts the old
 * `(callback, userContext)` form of the token and custom-property methods.
 */
export function parseCommonArgs(
  args: readonly unknown[],
  callbackRequired: boolean,
  legacy = false,
): CommonArgs {
  if (legacy && (args.length === 1 || args.length === 2) && typeof args[0] === 'function') {
    const callback = args[0] as Callback;
    return args.length === 2 ? { callback, asyncContext: args[1] } : { callback };
  }
  let callback: Callback | undefined;
  let options: Record<string, unknown> | undefined;
  if (args.length === 1) {
    if (typeof args[0] === 'function') callback = args[0] as Callback;
    else if (typeof args[0] === 'object' && args[0] !== null)
      options = args[0] as Record<string, unknown>;
    else throw sysError('Sys.ArgumentTypeException');
  } else if (args.length === 2) {
    if (typeof args[0] !== 'object' || args[0] === null)
      throw sysError('Sys.ArgumentException', 'options');
    if (typeof args[1] !== 'function') throw sysError('Sys.ArgumentException', 'callback');
    options = args[0] as Record<string, unknown>;
    callback = args[1] as Callback;
  } else if (args.length !== 0) {
    throw sysError(
      'Sys.ParameterCountException',
      undefined,
      'The given parameters do not match the expected format.',
    );
  }
  if (callbackRequired && !callback) throw sysError('Sys.ArgumentNullException', 'callback');
  // Office.js passes asyncContext on only when it is truthy.
  const asyncContext = options?.['asyncContext'] ? options['asyncContext'] : undefined;
  return {
    ...(callback ? { callback } : {}),
    ...(options ? { options } : {}),
    ...(asyncContext !== undefined ? { asyncContext } : {}),
  };
}

/** What an operation produces when it runs: a value, or an Outlook error. */
export type Outcome = { readonly value: unknown } | { readonly error: ErrorSpec };

export const ok = (value?: unknown): Outcome => ({ value });
export const fail = (error: ErrorSpec): Outcome => ({ error });

interface Injected {
  readonly error: ErrorSpec;
  remaining: number;
}

export class Host {
  /** Methods called, in order, e.g. `subject.getAsync`. */
  readonly calls: EmulatedMethod[] = [];
  /** Exceptions thrown by add-in callbacks and event handlers (Outlook swallows them). */
  readonly uncaught: unknown[] = [];
  latency: number | ((method: EmulatedMethod) => number);
  version: MailboxVersion;
  private readonly failures = new Map<EmulatedMethod, Injected[]>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private idleWaiters: Array<() => void> = [];
  private disposed = false;

  constructor(version: MailboxVersion, latency: number) {
    this.version = version;
    this.latency = latency;
  }

  /** True when the client supports Mailbox `version`. */
  has(version: string): boolean {
    return compareVersions(version, this.version) <= 0;
  }

  failNext(method: EmulatedMethod, error: ErrorSpec, times = 1): void {
    officeError(error); // reject unknown names now, not at call time
    const list = this.failures.get(method) ?? [];
    list.push({ error, remaining: times });
    this.failures.set(method, list);
  }

  clearFailures(): void {
    this.failures.clear();
  }

  private takeFailure(method: EmulatedMethod): ErrorSpec | undefined {
    const list = this.failures.get(method);
    const first = list?.[0];
    if (!list || !first) return undefined;
    first.remaining -= 1;
    if (first.remaining <= 0) list.shift();
    return first.error;
  }

  /** Run `fn` on a later macrotask, after the configured latency. */
  later(method: EmulatedMethod | null, fn: () => void): void {
    if (this.disposed) return;
    const delay =
      method === null
        ? 0
        : typeof this.latency === 'function'
          ? this.latency(method)
          : this.latency;
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        try {
          fn();
        } finally {
          if (this.timers.size === 0) this.flushIdle();
        }
      },
      Math.max(0, delay),
    );
    this.timers.add(timer);
  }

  /**
   * Answer one call: log it, take an injected failure if any, and on a later
   * tick run `operation` (which changes state) and hand its outcome to the
   * callback.
   */
  answer(method: EmulatedMethod, args: CommonArgs, operation: () => Outcome): void {
    this.calls.push(method);
    const injected = this.takeFailure(method);
    this.later(method, () => {
      let outcome: Outcome;
      if (injected !== undefined) {
        outcome = fail(injected);
      } else {
        try {
          outcome = operation();
        } catch (e) {
          this.uncaught.push(e);
          outcome = fail(9020);
        }
      }
      this.deliver(args, outcome);
    });
  }

  /** Call an add-in callback; what it throws is recorded, as Outlook would swallow it. */
  deliver(args: CommonArgs, outcome: Outcome): void {
    if (!args.callback) return;
    const result: EmulatedAsyncResult =
      'error' in outcome
        ? {
            status: AsyncResultStatus.Failed,
            value: undefined,
            error: { ...officeError(outcome.error) },
            asyncContext: args.asyncContext,
            diagnostics: undefined,
          }
        : {
            status: AsyncResultStatus.Succeeded,
            value: outcome.value,
            asyncContext: args.asyncContext,
            diagnostics: undefined,
          };
    this.guard(() => args.callback?.(result));
  }

  guard(fn: () => unknown): void {
    try {
      const r = fn();
      if (r instanceof Promise) r.catch((e: unknown) => this.uncaught.push(e));
    } catch (e) {
      this.uncaught.push(e);
    }
  }

  /** Resolves once no callback is waiting to run. */
  idle(): Promise<void> {
    if (this.timers.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private flushIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  dispose(): void {
    this.disposed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.flushIdle();
  }
}

/** Define `key` on `target` only when the client supports Mailbox `version`. */
export function since(
  host: Host,
  target: Record<string, unknown>,
  version: string,
  members: Record<string, unknown>,
): void {
  if (!host.has(version)) return;
  for (const [k, v] of Object.entries(members)) target[k] = v;
}

/** A required, non-empty string argument, validated as Office.js does. */
export function requireString(name: string, value: unknown): string {
  if (value === null || value === undefined || value === '')
    throw sysError('Sys.ArgumentNullException', name);
  if (typeof value !== 'string') throw sysError('Sys.ArgumentTypeException', name);
  return value;
}

export function maxLength(name: string, value: string, max: number): void {
  if (value.length > max) throw sysError('Sys.ArgumentOutOfRangeException', name);
}
