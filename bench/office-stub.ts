/**
 * The peers' figures were measured with "Office.js replaced by a stub"
 * (../shared/anchors/taskpane-peers.json), and so is the task pane here
 * (pane.bench.ts): this script is served where taskpane.html names
 * Microsoft's office.js. It is the least Office the pane needs for its first
 * screen and its first result, answering at once: no host round trips, no
 * Office.js of its own to load and run.
 *
 * `?mode=compose` opens the pane on a message being written, `?mode=read` on
 * a received one. Built into a script of its own by scripts/bench.mjs.
 */

type Result<T> =
  | { status: 'succeeded'; value: T }
  | { status: 'failed'; error: { code: number; name: string; message: string } };
type Callback<T> = (result: Result<T>) => void;

/** Outlook calls back later, never during the call; the callback is the last function passed. */
function later<T>(args: readonly unknown[], result: Result<T>): void {
  const callback = [...args].reverse().find((a) => typeof a === 'function') as Callback<T>;
  if (callback) setTimeout(() => callback(result), 0);
}

/** An Office async method that succeeds with `value`. */
function answer<T>(value: T) {
  return (...args: unknown[]): void => later(args, { status: 'succeeded', value });
}

/** An Office async method the stub does not offer. */
function unavailable(...args: unknown[]): void {
  later(args, {
    status: 'failed',
    error: { code: 5000, name: 'NotAvailable', message: 'Not in the stub.' },
  });
}

/** Mailbox requirement sets up to 1.14, as in current Outlook on the web. */
function isSetSupported(name: string, version = '1.1'): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return name.toLowerCase() === 'mailbox' && major === 1 && minor <= 14;
}

const subject = 'Svar på søknad om løyve til tiltak';
const citizen = { emailAddress: 'ola.innbyggjar@example.net', displayName: 'Ola Innbyggjar' };
const post = { emailAddress: 'post@ha.kommune.no', displayName: 'Hå kommune – post' };
const field = <T>(value: T) => ({ getAsync: answer(value), setAsync: answer(undefined) });

const compose = {
  itemType: 'message',
  subject: field(subject),
  body: {
    getAsync: answer(
      'Vår ref. 2026/1234-5\n\nKommunen viser til søknaden din om løyve til tiltak på gnr. 12 bnr. 34 og har no ' +
        'behandla saka etter plan- og bygningslova. Vedtaket ligg ved.\n\nMed helsing\nTeknisk',
    ),
  },
  from: field(post),
  to: field([citizen]),
  cc: field([]),
  bcc: field([]),
  getComposeTypeAsync: answer({ composeType: 'newMail', coercionType: 'text' }),
  getAttachmentsAsync: answer([]),
  getAttachmentContentAsync: unavailable,
  removeAttachmentAsync: unavailable,
  addHandlerAsync: answer(undefined),
  removeHandlerAsync: answer(undefined),
};

const read = {
  itemType: 'message',
  itemId: 'AAMkAGI2-stub-1',
  internetMessageId: '<stub-1@example.net>',
  conversationId: 'stub',
  subject: `SV: ${subject}`,
  from: citizen,
  to: [post],
  cc: [],
  dateTimeCreated: new Date(),
  attachments: [],
  body: { getAsync: answer('Takk for svaret. Når kan eg starte arbeidet?\n\nOla') },
  getAllInternetHeadersAsync: answer(''),
  getAttachmentContentAsync: unavailable,
};

const mode = new URLSearchParams(location.search).get('mode');

const office = {
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  CoercionType: { Text: 'text', Html: 'html' },
  EventType: {
    ItemChanged: 'olkItemSelectedChanged',
    RecipientsChanged: 'olkRecipientsChanged',
    AttachmentsChanged: 'olkAttachmentsChanged',
    OfficeThemeChanged: 'officeThemeChanged',
    DialogMessageReceived: 'dialogMessageReceived',
    DialogEventReceived: 'dialogEventReceived',
  },
  MailboxEnums: {
    AttachmentContentFormat: { Base64: 'base64', Url: 'url', Eml: 'eml', ICalendar: 'iCalendar' },
    AttachmentType: { File: 'file', Item: 'item', Cloud: 'cloud' },
    RestVersion: { v1_0: 'v1.0', v2_0: 'v2.0', Beta: 'beta' },
  },
  context: {
    displayLanguage: 'nn-NO',
    requirements: { isSetSupported },
    officeTheme: { bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#000000' },
    ui: { displayDialogAsync: unavailable },
    mailbox: {
      item: mode === 'read' ? read : compose,
      userProfile: {
        emailAddress: 'kari.nordmann@ha.kommune.no',
        displayName: 'Kari Nordmann',
        timeZone: 'W. Europe Standard Time',
      },
      convertToRestId: (id: string) => id,
      addHandlerAsync: answer(undefined),
      removeHandlerAsync: answer(undefined),
    },
  },
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    const info = { host: 'Outlook', platform: 'OfficeOnline' };
    callback?.(info);
    return Promise.resolve(info);
  },
};

(window as unknown as { Office: typeof office }).Office = office;
