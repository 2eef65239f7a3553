/// <reference types="office-js" />
/**
 * An emulation of the Outlook Office.js mailbox API, for the workbench and
 * for tests: `Office.onReady`, `Office.context` (display language,
 * requirement sets, platform, mailbox, the current item in read or compose
 * mode), the enums, `Office.actions.associate` and launch events.
 *
 * Like Outlook, it answers every `*Async` call later, with an AsyncResult
 * (`status`, `value`, `error { code, name, message }`, `asyncContext`), throws
 * at once on bad arguments, and leaves out what the configured Mailbox
 * requirement set does not have. A controller drives it: it sets the item,
 * plays the user's edits, injects failures and fires launch events.
 *
 * DOM-free: the workbench loads it before the add-in, as Outlook injects
 * office.js; jest runs it in node. *
 * One class, kept whole: EmulatorController and the Office surface it builds share its item state.
 */
import { escapeHtml, htmlDocument, textToHtmlFragment } from './body';
import { ItemRuntime } from './common';
import type { ItemEnv, NotificationRecord } from './common';
import {
  bodyAsSent,
  changedRecipientFields,
  composeAttachmentDetails,
  composeBodyText,
  composeData,
  composeItem,
  composeState,
  recipientOf,
} from './compose';
import type { ComposeData, RecipientField } from './compose';
import {
  AsyncResultStatus,
  CoercionType,
  EventType,
  HostType,
  InitializationReason,
  MailboxEnums,
  PlatformType,
} from './enums';
import { DialogHost, dialogOffice } from './dialog';
import type { OpenDialog } from './dialog';
import { ERR, sysError } from './errors';
import type { ErrorSpec } from './errors';
import { Host, fail, ok, parseCommonArgs, requireString, since } from './host';
import type { EmulatedMethod } from './host';
import { Actions, runLaunchEvent, smartAlertOutcome } from './launch';
import { AuthBridgeController } from './naa';
import type { AuthBridge } from './naa';
import type { LaunchEventResult, SendOutcome } from './launch';
import { normalizeSubject, readData, readItem } from './read';
import type { ReadData, ReplyFormRequest } from './read';
import { formatInstant } from '../../src/core/calendar/format';
import { emulatorText, langOfTag } from './strings';
import type {
  AttachmentState,
  ComposeItemState,
  EmailAddress,
  EmulatorOptions,
  ItemState,
  LaunchEventType,
  MailboxIdentity,
  Platform,
  ReadItemState,
  RecipientInput,
  SendMode,
} from './types';
import { compareVersions, ewsId } from './util';
import type { MailboxVersion } from './util';

export * from './types';
export type { EmulatedMethod, EmulatedAsyncResult } from './host';
export { EMULATED_METHODS } from './host';
export type { ErrorSpec, OfficeErrorShape } from './errors';
export { officeError } from './errors';
export type { CompletedOptions, LaunchEventResult, SendOutcome, SmartAlertButton } from './launch';
export { parseLaunchEvents, reviewCompletion, smartAlertOutcome } from './launch';
export type { NotificationRecord } from './common';
export { EMULATOR_STRINGS, langOfTag } from './strings';
export type { EmulatorStrings } from './strings';
export {
  MAILBOX_VERSIONS,
  compareVersions,
  decodeBase64,
  encodeBase64,
  tenantIdOf,
  toEwsId,
  toRestId,
  userObjectId,
} from './util';
export { DialogHost, OpenDialog } from './dialog';
export type { DialogRequest } from './dialog';
export { AuthBridgeController, BRIDGE_STATUS, createAuthBridge, jwtClaims } from './naa';
export type {
  AuthBridge,
  AuthBridgeOptions,
  AuthRequestRecord,
  BridgeStatus,
  Consent,
  InteractiveRequest,
} from './naa';

/** What the user changes in the compose window. */
export interface ComposePatch {
  readonly subject?: string;
  /** The body in the item's current format (HTML or text). */
  readonly body?: string;
  /** The body as plain text; converted to HTML when the item is HTML. */
  readonly text?: string;
  readonly from?: EmailAddress;
  readonly to?: readonly RecipientInput[];
  readonly cc?: readonly RecipientInput[];
  readonly bcc?: readonly RecipientInput[];
}

export interface FireOptions {
  /** The associated function to run; default: the one the manifest registers for the event. */
  readonly functionName?: string;
  readonly timeoutMs?: number;
  /** Extra members of the event object. */
  readonly eventArgs?: Readonly<Record<string, unknown>>;
}

type Current =
  | {
      readonly mode: 'compose';
      readonly data: ComposeData;
      readonly rt: ItemRuntime;
      surface: Record<string, unknown>;
    }
  | {
      readonly mode: 'read';
      readonly data: ReadData;
      readonly rt: ItemRuntime;
      surface: Record<string, unknown>;
    };

const ROAMING_LIMIT = 32 * 1024;

export class EmulatorController {
  /** The emulated `Office` namespace. */
  readonly Office: typeof Office;
  /** Messages that left, with appendOnSend text applied. */
  readonly sent: ComposeItemState[] = [];
  /** Item ids the add-in opened with displayMessageForm(Async), as it gave them (EWS ids). */
  readonly displayedMessages: string[] = [];
  /** Replies the add-in opened with displayReplyForm / displayReplyAllForm (…Async), as it asked. */
  readonly replyForms: ReplyFormRequest[] = [];
  /** The task pane's dialogs (displayDialogAsync): the one open, and every one opened. */
  readonly dialogs: DialogHost;
  private readonly messageFormListeners: Array<(itemId: string) => void> = [];
  private readonly replyFormListeners: Array<(request: ReplyFormRequest) => void> = [];
  private readonly host: Host;
  private readonly actions = new Actions();
  private readonly mailboxHandlers = new Map<string, Array<(args: unknown) => void>>();
  private readonly roaming: Record<string, unknown> = {};
  private current: Current | null = null;
  /** OnMessageSend is running: Send does nothing until it has answered. */
  private sending = false;
  private mailboxSurface: Record<string, unknown>;
  private displayLanguage: string;
  private mailbox: MailboxIdentity;
  private user: { readonly emailAddress: string; readonly displayName: string };
  private platform: Platform;
  private items = 0;
  private uninstall: (() => void) | undefined;
  private readonly env: ItemEnv;
  private auth: AuthBridgeController | null = null;

  constructor(private readonly options: EmulatorOptions) {
    this.host = new Host(options.maxMailboxVersion ?? '1.15', options.latencyMs ?? 0);
    this.displayLanguage = options.displayLanguage;
    this.mailbox = { ...options.mailbox };
    this.user = options.user ?? {
      emailAddress: options.mailbox.emailAddress,
      displayName: options.mailbox.displayName,
    };
    this.platform = options.platform ?? 'OfficeOnline';
    this.env = {
      host: this.host,
      mailbox: () => this.mailbox,
      user: () => this.user,
      organizationDomains: () => this.organizationDomains(),
      platform: () => this.platform,
      fireItemEvent: (type, args) => this.fireItemEvent(type, args),
    };
    this.dialogs = new DialogHost(this.host, () => options.dialogOrigin ?? null);
    this.mailboxSurface = this.buildMailbox();
    this.Office = this.buildOffice();
    this.setItem(options.item, false);
    // office.js calls Office.initialize once it has loaded, if the add-in set it.
    this.host.later(null, () => {
      const init = (this.Office as unknown as { initialize?: unknown }).initialize;
      if (typeof init === 'function') this.host.guard(() => init(InitializationReason.Inserted));
    });
  }

  /** Methods called so far, in order. */
  get calls(): readonly EmulatedMethod[] {
    return this.host.calls;
  }

  /** What add-in callbacks and handlers threw (Outlook swallows it). */
  get uncaught(): readonly unknown[] {
    return this.host.uncaught;
  }

  get mailboxVersion(): MailboxVersion {
    return this.host.version;
  }

  // ---- the item ---------------------------------------------------------

  /** Show another item (a pinned task pane gets ItemChanged). */
  setItem(item: ItemState | null, notify = true): void {
    this.items += 1;
    const seed = `${this.mailbox.emailAddress}:${this.items}`;
    if (item === null) {
      this.current = null;
    } else if (item.mode === 'compose') {
      const rt = new ItemRuntime(item.categories, item.initializationContext ?? '');
      const data = composeData(item, this.mailbox, seed);
      this.current = { mode: 'compose', data, rt, surface: composeItem(this.env, data, rt) };
    } else {
      const rt = new ItemRuntime(item.categories);
      const data = readData(item);
      this.current = {
        mode: 'read',
        data,
        rt,
        surface: readItem(this.env, data, rt, (req) => this.openReplyForm(req)),
      };
    }
    if (notify) this.fireMailboxEvent(EventType.ItemChanged, {});
  }

  /** A new message from the current mailbox. */
  newMessage(init: Omit<ComposeItemState, 'mode'> = {}): void {
    this.setItem({ mode: 'compose', ...init });
  }

  /** Reply (or reply all) to a received message, from the mailbox it is in. */
  reply(
    original: ReadItemState,
    options: { readonly all?: boolean; readonly htmlBody?: string } = {},
  ): void {
    const text = emulatorText(this.displayLanguage);
    const self = this.mailbox.emailAddress.toLowerCase();
    const first =
      original.replyTo && original.replyTo.length > 0
        ? original.replyTo
        : original.from
          ? [original.from]
          : [];
    const to: EmailAddress[] = [...first];
    const cc: EmailAddress[] = [];
    if (options.all) {
      const seen = new Set(to.map((a) => a.emailAddress.toLowerCase()));
      seen.add(self);
      const take = (list: readonly EmailAddress[], into: EmailAddress[]): void => {
        for (const a of list) {
          const key = a.emailAddress.toLowerCase();
          if (seen.has(key)) continue;
          seen.add(key);
          into.push(a);
        }
      };
      take(original.to, to);
      take(original.cc, cc);
    }
    this.setItem({
      mode: 'compose',
      composeType: MailboxEnums.ComposeType.Reply,
      bodyType: 'html',
      subject: `${text.replyPrefix} ${normalizeSubject(original.subject)}`,
      body: htmlDocument(`<div>${options.htmlBody ?? '<br>'}</div>${this.quoted(original, false)}`),
      from: { emailAddress: this.mailbox.emailAddress, displayName: this.mailbox.displayName },
      to,
      cc,
      attachments: original.attachments.filter((a) => a.isInline).map(({ id: _id, ...a }) => a),
      conversationId: original.conversationId,
      inReplyTo: original.internetMessageId,
    });
  }

  /** Forward a received message, attachments included. */
  forward(original: ReadItemState): void {
    const text = emulatorText(this.displayLanguage);
    this.setItem({
      mode: 'compose',
      composeType: MailboxEnums.ComposeType.Forward,
      bodyType: 'html',
      subject: `${text.forwardPrefix} ${normalizeSubject(original.subject)}`,
      body: htmlDocument(`<div><br></div>${this.quoted(original, true)}`),
      from: { emailAddress: this.mailbox.emailAddress, displayName: this.mailbox.displayName },
      attachments: original.attachments.map(({ id: _id, ...a }) => a),
      conversationId: original.conversationId,
    });
  }

  private quoted(original: ReadItemState, forward: boolean): string {
    const t = emulatorText(this.displayLanguage);
    const who = (a: EmailAddress): string =>
      escapeHtml(a.displayName ? `${a.displayName} <${a.emailAddress}>` : a.emailAddress);
    const line = (label: string, value: string): string => `<b>${label}:</b> ${value}<br>`;
    // Outlook writes the header in its display language; the zone is the
    // mailbox's (a Windows zone name here, so the region's IANA zone).
    const lang = langOfTag(this.displayLanguage);
    const zone = lang === 'sv' ? 'Europe/Stockholm' : 'Europe/Oslo';
    const sent =
      formatInstant(original.dateTimeCreated, lang, this.options.timeZone ?? zone) ??
      formatInstant(original.dateTimeCreated, lang, zone) ??
      '';
    const head =
      (forward ? `<div>---------- ${escapeHtml(t.forwarded)} ----------</div>` : '') +
      line(t.from, original.from ? who(original.from) : '') +
      line(t.sent, escapeHtml(sent)) +
      line(t.to, original.to.map(who).join('; ')) +
      (original.cc.length > 0 ? line(t.cc, original.cc.map(who).join('; ')) : '') +
      line(t.subject, escapeHtml(original.subject));
    const body =
      original.body.html !== undefined
        ? stripDocument(original.body.html)
        : textToHtmlFragment(original.body.text);
    return `<hr><div id="divRplyFwdMsg">${head}</div><div>${body}</div>`;
  }

  private openReplyForm(req: ReplyFormRequest): void {
    const c = this.current;
    if (c?.mode !== 'read') return;
    this.replyForms.push(req);
    this.reply(c.data.state, { all: req.all, htmlBody: req.htmlBody });
    for (const l of this.replyFormListeners)
      this.host.later(null, () => this.host.guard(() => l(req)));
  }

  /** Called whenever the add-in opens a reply form (the reply is then the current item). */
  onReplyForm(listener: (request: ReplyFormRequest) => void): void {
    this.replyFormListeners.push(listener);
  }

  /** The message being written, as a full copy. Throws in read mode. */
  getComposeState(): ReturnType<typeof composeState> {
    const c = this.composeOrThrow();
    return composeState(c.data, c.rt);
  }

  /** The body of the message being written, as plain text. */
  getComposeText(): string {
    return composeBodyText(this.composeOrThrow().data);
  }

  /** The received message on screen, or null in compose mode. */
  getReadState(): ReadItemState | null {
    return this.current?.mode === 'read' ? this.current.data.state : null;
  }

  get mode(): 'compose' | 'read' | null {
    return this.current?.mode ?? null;
  }

  /** Notifications the add-in has put on the current item. */
  notifications(): NotificationRecord[] {
    return this.current ? [...this.current.rt.notifications.values()] : [];
  }

  /**
   * The user edits the message. Item events (RecipientsChanged) reach the
   * task pane's handlers, and registered launch events run; the promise
   * resolves with their results.
   */
  updateCompose(patch: ComposePatch): Promise<LaunchEventResult[]> {
    const { data } = this.composeOrThrow();
    if (patch.subject !== undefined) data.subject = patch.subject;
    if (patch.body !== undefined) data.body = patch.body;
    if (patch.text !== undefined)
      data.body =
        data.bodyType === 'html' ? htmlDocument(textToHtmlFragment(patch.text)) : patch.text;
    const runs: Array<Promise<LaunchEventResult>> = [];
    if (
      patch.from !== undefined &&
      patch.from.emailAddress.toLowerCase() !== data.from.emailAddress.toLowerCase()
    ) {
      data.from = { ...patch.from };
      if (this.registration('OnMessageFromChanged'))
        runs.push(this.fireLaunchEvent('OnMessageFromChanged'));
    } else if (patch.from !== undefined) {
      data.from = { ...patch.from };
    }
    const changed: RecipientField[] = [];
    for (const field of ['to', 'cc', 'bcc'] as const) {
      const list = patch[field];
      if (list === undefined) continue;
      data[field] = list.map(recipientOf);
      changed.push(field);
    }
    if (changed.length > 0) {
      const args = { changedRecipientFields: changedRecipientFields(changed) };
      this.fireItemEvent(EventType.RecipientsChanged, args);
      if (this.registration('OnMessageRecipientsChanged'))
        runs.push(
          this.fireLaunchEvent('OnMessageRecipientsChanged', {
            eventArgs: { type: EventType.RecipientsChanged, ...args },
          }),
        );
    }
    return Promise.all(runs);
  }

  /** The user attaches a file (or an item, or a cloud link). Resolves with the new id and launch results. */
  addAttachment(
    attachment: AttachmentState,
  ): Promise<{ id: string; launches: LaunchEventResult[] }> {
    const { data } = this.composeOrThrow();
    data.added += 1;
    const id =
      attachment.id ?? ewsId('attachment', `${data.seed}:user:${data.added}:${attachment.name}`);
    const record = { ...attachment, id };
    data.attachments.push(record);
    return this.attachmentsChanged(
      MailboxEnums.AttachmentStatus.Added,
      composeAttachmentDetails(record),
    ).then((launches) => ({ id, launches }));
  }

  removeAttachment(id: string): Promise<LaunchEventResult[]> {
    const { data } = this.composeOrThrow();
    const i = data.attachments.findIndex((a) => a.id === id);
    const removed = data.attachments[i];
    if (!removed) return Promise.reject(new Error(`No attachment ${id}`));
    data.attachments.splice(i, 1);
    return this.attachmentsChanged(
      MailboxEnums.AttachmentStatus.Removed,
      composeAttachmentDetails(removed),
    );
  }

  private attachmentsChanged(
    status: string,
    attachmentDetails: Record<string, unknown>,
  ): Promise<LaunchEventResult[]> {
    const args = { attachmentStatus: status, attachmentDetails };
    this.fireItemEvent(EventType.AttachmentsChanged, args);
    if (!this.registration('OnMessageAttachmentsChanged')) return Promise.resolve([]);
    return this.fireLaunchEvent('OnMessageAttachmentsChanged', {
      eventArgs: { type: EventType.AttachmentsChanged, ...args },
    }).then((r) => [r]);
  }

  private composeOrThrow(): Extract<Current, { mode: 'compose' }> {
    const c = this.current;
    if (c?.mode !== 'compose')
      throw new Error('No message is being written (the item is not in compose mode).');
    return c;
  }

  // ---- failures, timing, environment -------------------------------------

  /** The next `times` calls of `method` fail with `error` (a code, a name, or { code, name, message }). */
  failNext(method: EmulatedMethod, error: ErrorSpec, times = 1): void {
    this.host.failNext(method, error, times);
  }

  clearFailures(): void {
    this.host.clearFailures();
  }

  /** Delay before callbacks run: a number of ms, or one per method. */
  setLatency(latency: number | ((method: EmulatedMethod) => number)): void {
    this.host.latency = latency;
  }

  /** Resolves once every pending callback has run. */
  idle(): Promise<void> {
    return this.host.idle();
  }

  setDisplayLanguage(tag: string): void {
    this.displayLanguage = tag;
  }

  /** Pretend to be a client with another Mailbox requirement set; the item is rebuilt. */
  setMailboxVersion(version: MailboxVersion): void {
    this.host.version = version;
    this.mailboxSurface = this.buildMailbox();
    this.rebuildSurface();
  }

  setPlatform(platform: Platform): void {
    this.platform = platform;
    this.mailboxSurface = this.buildMailbox();
  }

  /** Open another mailbox (e.g. the function mailbox); the item stays until setItem. */
  setMailbox(
    mailbox: MailboxIdentity,
    user?: { readonly emailAddress: string; readonly displayName: string },
  ): void {
    this.mailbox = { ...mailbox };
    this.user =
      user ??
      (mailbox.kind === 'personal'
        ? { emailAddress: mailbox.emailAddress, displayName: mailbox.displayName }
        : this.user);
    this.mailboxSurface = this.buildMailbox();
  }

  private rebuildSurface(): void {
    const c = this.current;
    if (!c) return;
    c.surface =
      c.mode === 'compose'
        ? composeItem(this.env, c.data, c.rt)
        : readItem(this.env, c.data, c.rt, (req) => this.openReplyForm(req));
  }

  private organizationDomains(): readonly string[] {
    if (this.options.organizationDomains) return this.options.organizationDomains;
    const at = this.mailbox.emailAddress.lastIndexOf('@');
    return at < 0 ? [] : [this.mailbox.emailAddress.slice(at + 1).toLowerCase()];
  }

  // ---- nested app authentication -----------------------------------------

  /**
   * Outlook's side of nested app authentication for the signed-in user:
   * consent, availability and the request log. null when the client does
   * not advertise the NestedAppAuth requirement set. Opening a mailbox as
   * another user gives a new one (consent is the user's); availability and
   * the consent prompt carry over.
   */
  authController(): AuthBridgeController | null {
    if (!this.isSetSupported('NestedAppAuth')) return null;
    const current = this.auth;
    if (current?.user.emailAddress.toLowerCase() === this.user.emailAddress.toLowerCase())
      return current;
    current?.dispose();
    const options = this.options.auth ?? {};
    this.auth = new AuthBridgeController({
      latencyMs: this.options.latencyMs ?? 0,
      ...options,
      user: this.user,
      ...(current ? { available: current.available, onInteractive: current.onInteractive } : {}),
    });
    return this.auth;
  }

  /**
   * A new `window.nestedAppAuthBridge` for one page of the add-in (Outlook
   * gives each frame its own); null without the NestedAppAuth requirement set.
   */
  authBridge(): AuthBridge | null {
    return this.authController()?.bridge() ?? null;
  }

  // ---- dialogs and message forms -----------------------------------------

  /**
   * The `Office` for the page inside the open dialog (`messageParent`,
   * the display language), or null when no dialog is open.
   */
  dialogOffice(dialog: OpenDialog | null = this.dialogs.open): typeof Office | null {
    if (!dialog) return null;
    const office = dialogOffice(
      dialog,
      this.host,
      {
        displayLanguage: () => this.displayLanguage,
        isSetSupported: (name, minVersion) => this.isSetSupported(name, minVersion),
      },
      {
        AsyncResultStatus,
        CoercionType,
        EventType,
        HostType,
        PlatformType,
        InitializationReason,
        MailboxEnums,
      },
    );
    return office as unknown as typeof Office;
  }

  /** Called with the id whenever the add-in opens a message with displayMessageForm(Async). */
  onDisplayMessage(listener: (itemId: string) => void): void {
    this.messageFormListeners.push(listener);
  }

  private displayMessage(itemId: string): void {
    this.displayedMessages.push(itemId);
    for (const l of this.messageFormListeners)
      this.host.later(null, () => this.host.guard(() => l(itemId)));
  }

  // ---- events -------------------------------------------------------------

  private fireItemEvent(type: string, args: Record<string, unknown>): void {
    const handlers = this.current?.rt.handlers.get(type) ?? [];
    for (const h of handlers)
      this.host.later(null, () => this.host.guard(() => h({ type, ...args })));
  }

  private fireMailboxEvent(type: string, args: Record<string, unknown>): void {
    for (const h of this.mailboxHandlers.get(type) ?? [])
      this.host.later(null, () => this.host.guard(() => h({ type, ...args })));
  }

  private registration(
    event: LaunchEventType,
  ): { functionName: string; sendMode?: SendMode } | undefined {
    return this.options.launchEvents?.find((r) => r.type === event);
  }

  /** Names given to Office.actions.associate so far. */
  associatedActions(): string[] {
    return [...this.actions.handlers.keys()];
  }

  /**
   * Fire a launch event at the associated handler and wait for
   * `event.completed`. The handler is the one the manifest registers
   * (options.launchEvents), `functionName`, or one associated under the
   * event's own name.
   */
  fireLaunchEvent(event: LaunchEventType, fire: FireOptions = {}): Promise<LaunchEventResult> {
    const name =
      fire.functionName ??
      this.registration(event)?.functionName ??
      (this.actions.handlers.has(event) ? event : null);
    return runLaunchEvent({
      event,
      functionName: name,
      handler: name === null ? undefined : this.actions.handlers.get(name),
      eventArgs: fire.eventArgs ?? {},
      timeoutMs: fire.timeoutMs ?? this.options.launchEventTimeoutMs ?? 300_000,
      version: this.host.version,
      onUncaught: (e) => this.host.uncaught.push(e),
    });
  }

  /**
   * The user presses Send: OnMessageSend runs, and Outlook either sends or
   * shows the Smart Alerts dialog for the manifest's SendMode. A sent
   * message is recorded in `sent`; after "Send Anyway" call `commitSend`.
   */
  async send(options: { readonly sendMode?: SendMode } & FireOptions = {}): Promise<SendOutcome> {
    this.composeOrThrow();
    // One send at a time: a second press while the handler runs does nothing.
    if (this.sending) return { action: 'ignored' };
    const registered = this.registration('OnMessageSend');
    this.sending = true;
    let result: LaunchEventResult;
    try {
      result = await this.fireLaunchEvent('OnMessageSend', options);
    } finally {
      this.sending = false;
    }
    const outcome = smartAlertOutcome(
      result,
      options.sendMode ?? registered?.sendMode ?? 'softBlock',
      emulatorText(this.displayLanguage),
      this.options.addinName ?? 'Arkivpost',
    );
    if (outcome.action === 'send') this.commitSend();
    return outcome;
  }

  /** Record the message as sent (appendOnSend text applied). */
  commitSend(): ComposeItemState {
    const c = this.composeOrThrow();
    const state = { ...composeState(c.data, c.rt), body: bodyAsSent(c.data) };
    this.sent.push(state);
    return state;
  }

  /** Open the task pane as Smart Alerts' Take Action does: getInitializationContextAsync returns `contextData`. */
  openTaskPane(contextData?: unknown): void {
    const c = this.current;
    if (!c) return;
    c.rt.initializationContext =
      contextData === undefined
        ? ''
        : typeof contextData === 'string'
          ? contextData
          : JSON.stringify(contextData);
    this.fireItemEvent(EventType.InitializationContextChanged, {
      initializationContext: c.rt.initializationContext,
    });
  }

  // ---- the Office namespace ----------------------------------------------

  private isSetSupported(name: unknown, minVersion?: unknown): boolean {
    if (typeof name !== 'string') return false;
    const wanted = minVersion === undefined || minVersion === null ? undefined : String(minVersion);
    let have: string | undefined;
    if (name.toLowerCase() === 'mailbox') have = this.host.version;
    else {
      const key = Object.keys(this.options.extraRequirementSets ?? {}).find(
        (k) => k.toLowerCase() === name.toLowerCase(),
      );
      have = key === undefined ? undefined : this.options.extraRequirementSets?.[key];
    }
    if (have === undefined) return false;
    return wanted === undefined || compareVersions(wanted, have) <= 0;
  }

  private buildOffice(): typeof Office {
    const platform = (): string => PlatformType[this.platform];
    const context = withGetters(
      {
        host: HostType.Outlook,
        requirements: {
          isSetSupported: (name: unknown, minVersion?: unknown) =>
            this.isSetSupported(name, minVersion),
        },
        roamingSettings: this.roamingSettings(),
        ui: {
          displayDialogAsync: (startAddress: unknown, ...rest: unknown[]) =>
            this.dialogs.displayDialogAsync(startAddress, ...rest),
        },
        touchEnabled: false,
        commerceAllowed: true,
      },
      {
        displayLanguage: () => this.displayLanguage,
        contentLanguage: () => this.displayLanguage,
        platform,
        diagnostics: () => ({
          host: HostType.Outlook,
          platform: platform(),
          version: hostVersion(this.platform),
        }),
        mailbox: () => this.mailboxSurface,
      },
    );
    const office = {
      context,
      actions: {
        associate: (actionId: string, fn: (event: unknown) => unknown) =>
          this.actions.associate(actionId, fn),
      },
      onReady: (callback?: (info: { host: string; platform: string }) => void) =>
        new Promise<{ host: string; platform: string }>((resolve) => {
          this.host.later(null, () => {
            const info = { host: HostType.Outlook, platform: platform() };
            if (typeof callback === 'function') this.host.guard(() => callback(info));
            resolve(info);
          });
        }),
      initialize: undefined as unknown,
      AsyncResultStatus,
      CoercionType,
      EventType,
      HostType,
      PlatformType,
      InitializationReason,
      MailboxEnums,
      Promise,
    };
    return office as unknown as typeof Office;
  }

  private buildMailbox(): Record<string, unknown> {
    const self = {
      user: this.user,
      platform: this.platform,
      options: this.options,
      mailboxHandlers: this.mailboxHandlers,
      openNewMessageForm: (parameters: unknown) => this.openNewMessageForm(parameters),
      displayMessage: (itemId: string) => this.displayMessage(itemId),
    };
    const host = this.host;
    const mailbox: Record<string, unknown> = withGetters(
      {},
      { item: () => this.current?.surface ?? null },
    );
    Object.assign(mailbox, {
      userProfile: {
        accountType: 'enterprise',
        displayName: self.user.displayName,
        emailAddress: self.user.emailAddress,
        timeZone: self.options.timeZone ?? 'W. Europe Standard Time',
      },
      diagnostics: {
        hostName: self.platform === 'OfficeOnline' ? 'OutlookWebApp' : 'Outlook',
        hostVersion: hostVersion(self.platform),
        ...(self.platform === 'OfficeOnline' ? { OWAView: 'ThreeColumns' } : {}),
      },
      ewsUrl: 'https://outlook.office365.com/EWS/Exchange.asmx',
      getCallbackTokenAsync(...rest: unknown[]): void {
        // Exchange Online has turned legacy tokens off; add-ins use nested app authentication.
        const args = parseCommonArgs(rest, true, true);
        host.answer('mailbox.getCallbackTokenAsync', args, () => fail(ERR.genericTokenError));
      },
      getUserIdentityTokenAsync(...rest: unknown[]): void {
        const args = parseCommonArgs(rest, true, true);
        host.answer('mailbox.getUserIdentityTokenAsync', args, () => fail(ERR.genericTokenError));
      },
      displayNewMessageForm(parameters: unknown): void {
        self.openNewMessageForm(parameters);
      },
      displayMessageForm(itemId: unknown): void {
        const id = requireString('itemId', itemId);
        if (id.length > 32 * 1024) throw sysError('Sys.ArgumentOutOfRangeException', 'itemId');
        self.displayMessage(id);
      },
    });
    since(host, mailbox, '1.3', {
      convertToRestId: (id: unknown, version: unknown) => convertId(id, version, 'rest'),
      convertToEwsId: (id: unknown, version: unknown) => convertId(id, version, 'ews'),
    });
    since(host, mailbox, '1.5', {
      restUrl: 'https://outlook.office.com/api',
      addHandlerAsync(eventType: unknown, handler: unknown, ...rest: unknown[]): void {
        const args = parseCommonArgs(rest, false);
        const type = requireString('eventType', eventType);
        if (typeof handler !== 'function') throw sysError('Sys.ArgumentTypeException', 'handler');
        host.answer('mailbox.addHandlerAsync', args, () => {
          if (
            type !== EventType.ItemChanged &&
            type !== EventType.OfficeThemeChanged &&
            type !== EventType.SelectedItemsChanged
          )
            return fail(ERR.eventRegistration);
          const list = self.mailboxHandlers.get(type) ?? [];
          list.push(handler as (args: unknown) => void);
          self.mailboxHandlers.set(type, list);
          return ok();
        });
      },
      removeHandlerAsync(eventType: unknown, ...rest: unknown[]): void {
        const args = parseCommonArgs(rest, false);
        const type = requireString('eventType', eventType);
        host.answer('mailbox.removeHandlerAsync', args, () => {
          self.mailboxHandlers.delete(type);
          return ok();
        });
      },
    });
    since(host, mailbox, '1.9', {
      displayMessageFormAsync(itemId: unknown, ...rest: unknown[]): void {
        const id = requireString('itemId', itemId);
        const args = parseCommonArgs(rest, false);
        host.answer('mailbox.displayMessageFormAsync', args, () => {
          self.displayMessage(id);
          return ok();
        });
      },
      displayNewMessageFormAsync(parameters: unknown, ...rest: unknown[]): void {
        const args = parseCommonArgs(rest, false);
        self.openNewMessageForm(parameters);
        host.answer('mailbox.displayNewMessageFormAsync', args, () => ok());
      },
    });
    return mailbox;
  }

  private openNewMessageForm(parameters: unknown): void {
    const p = (typeof parameters === 'object' && parameters !== null ? parameters : {}) as Record<
      string,
      unknown
    >;
    const list = (v: unknown, name: string): string[] => {
      if (v === undefined || v === null) return [];
      if (!Array.isArray(v)) throw sysError('Sys.ArgumentTypeException', name);
      if (v.length > 100) throw sysError('Sys.ArgumentOutOfRangeException', `${name}.length`);
      return v.map((x: unknown) =>
        typeof x === 'string' ? x : String((x as { emailAddress?: unknown }).emailAddress),
      );
    };
    const subject = typeof p['subject'] === 'string' ? p['subject'] : '';
    if (subject.length > 255) throw sysError('Sys.ArgumentOutOfRangeException', 'subject');
    const htmlBody = typeof p['htmlBody'] === 'string' ? p['htmlBody'] : '';
    if (htmlBody.length > 32 * 1024) throw sysError('Sys.ArgumentOutOfRangeException', 'htmlBody');
    this.newMessage({
      subject,
      body: htmlBody,
      to: list(p['toRecipients'], 'toRecipients'),
      cc: list(p['ccRecipients'], 'ccRecipients'),
      bcc: list(p['bccRecipients'], 'bccRecipients'),
    });
  }

  private roamingSettings(): Record<string, unknown> {
    const roaming = this.roaming;
    const host = this.host;
    return {
      get: (name: string): unknown => roaming[name],
      set: (name: string, value: unknown): void => {
        roaming[name] = value;
      },
      remove: (name: string): void => {
        delete roaming[name];
      },
      saveAsync(...rest: unknown[]): void {
        const args = parseCommonArgs(rest, false, true);
        host.answer('roamingSettings.saveAsync', args, () =>
          JSON.stringify(roaming).length > ROAMING_LIMIT ? fail(ERR.settingsTooLarge) : ok(),
        );
      },
    };
  }

  /** Cancel pending callbacks and remove an installed global. */
  dispose(): void {
    this.dialogs.closeAll();
    this.host.dispose();
    this.auth?.dispose();
    this.uninstall?.();
    this.uninstall = undefined;
  }

  /** @internal installOffice records how to undo itself. */
  setUninstall(fn: () => void): void {
    this.uninstall = fn;
  }
}

/** Add live, enumerable getters to `target` (Office's context reads current values). */
function withGetters<T extends object>(target: T, getters: Record<string, () => unknown>): T {
  for (const [name, get] of Object.entries(getters))
    Object.defineProperty(target, name, { get, enumerable: true, configurable: true });
  return target;
}

function hostVersion(platform: Platform): string {
  return platform === 'OfficeOnline' ? '20250401011.08' : '16.0.18526.20168';
}

function stripDocument(html: string): string {
  const m = /<body\b[^>]*>([\s\S]*?)<\/body\s*>/i.exec(html);
  return m?.[1] ?? html;
}

/** EWS ids use `/` and `+`; REST ids `-` and `_` (office.js does exactly this). */
function convertId(id: unknown, version: unknown, to: 'rest' | 'ews'): string {
  if (id === null || id === undefined) throw sysError('Sys.ArgumentNullException', 'itemId');
  if (typeof id !== 'string') throw sysError('Sys.ArgumentTypeException', 'itemId');
  const versions: unknown[] = Object.values(MailboxEnums.RestVersion);
  if (!versions.includes(version)) throw sysError('Sys.ArgumentException', 'restVersion');
  return to === 'rest'
    ? id.replace(/\//g, '-').replace(/\+/g, '_')
    : id.replace(/-/g, '/').replace(/_/g, '+');
}

export interface EmulatedOffice {
  readonly Office: typeof Office;
  readonly controller: EmulatorController;
}

/** An emulated `Office` and the controller that drives it. */
export function createOffice(options: EmulatorOptions): EmulatedOffice {
  const controller = new EmulatorController(options);
  return { Office: controller.Office, controller };
}

/**
 * Put the emulated `Office` on `target` (globalThis, or a frame's window),
 * as office.js does when Outlook loads an add-in. `dispose()` removes it.
 */
export function installOffice(target: object, options: EmulatorOptions): EmulatorController {
  const controller = new EmulatorController(options);
  const t = target as Record<string, unknown>;
  const had = Object.prototype.hasOwnProperty.call(t, 'Office');
  const before = t['Office'];
  t['Office'] = controller.Office;
  controller.setUninstall(() => {
    if (t['Office'] !== controller.Office) return;
    if (had) t['Office'] = before;
    else delete t['Office'];
  });
  return controller;
}
