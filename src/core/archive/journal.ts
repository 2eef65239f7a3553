/**
 * The filing journal (R5, R26): what a filing is about to make in an
 * archive, and what it made, written on the message itself (an extended
 * property of Arkivpost's) before and after each step that creates
 * something. Any pane, in any Outlook, reads it and takes the filing up
 * where the last one stopped; a step recorded as "about to be made" but
 * not as "made" is looked up with its key, and a lookup that fails is
 * retried or reported, never taken as "not there".
 *
 * A connector names its own steps ("case", "record", "document:2",
 * "forward", "folder", …); this module only keeps them.
 */
import type { FilingRequest } from '../ports';
import type { FilingJournalPort, JournalEntry } from './journal-port';

export type { FilingJournalPort, JournalEntry } from './journal-port';

export const JOURNAL_VERSION = 1;

/** Who a message is: more than its Message-ID (see ./identity). */
export interface MessageIdentity {
  /** The Internet-Message-ID as the header gives it (or a stand-in when there is none). */
  readonly messageId: string;
  /** SHA-256 (hex) over what makes the message this message (./identity messageFingerprint). */
  readonly fingerprint: string;
  /** The external id the archive records: the Message-ID, or one derived from it and the fingerprint. */
  readonly externalId: string;
}

/** What the user chose in the form, so that a later pane can finish without it. */
export interface JournalChoice {
  readonly case: FilingRequest['case'];
  readonly documentType: FilingRequest['documentType'];
  readonly title: string;
  readonly restriction?: FilingRequest['restriction'];
  readonly attachments: readonly { readonly name: string; readonly occurrence: number }[];
}

export interface FilingJournal {
  readonly v: typeof JOURNAL_VERSION;
  readonly connector: 'noark5' | 'registry-mailbox' | 'sharepoint';
  readonly identity: MessageIdentity;
  readonly choice: JournalChoice;
  /** When the filing began (ISO instant) and by whom (an address). */
  readonly started: string;
  readonly by: string;
  /** The latest entry of each step, in the order the steps were first taken. */
  readonly steps: readonly JournalEntry[];
  /**
   * The pane filing now (a random id per pane), and when it last wrote the
   * journal (ISO instant): another pane waits while that keeps moving, and
   * takes the filing up once it stops (see services/filing-journal).
   */
  readonly pane?: string;
  readonly at?: string;
}

// ---------------------------------------------------------------------------
// The journal as the item keeps it: one single-value extended property of
// Arkivpost's (docs/adr/0007), its value the journal as compact JSON; "" when
// there is none (Graph cannot delete an extended property).

/** The property's name in Arkivpost's property set; never change it. */
export const JOURNAL_PROPERTY_NAME = 'Arkivpost.FilingJournal';

/**
 * The longest journal written or read. A filing of a message with fifty
 * attachments stays far below it: a finished document keeps only its id.
 */
export const MAX_JOURNAL_CHARS = 32_000;
const MAX_STEPS = 400;
const MAX_FIELD = 2_000;
const MAX_KEYS = 16;
const CONNECTORS: readonly FilingJournal['connector'][] = [
  'noark5',
  'registry-mailbox',
  'sharepoint',
];

/** A journal that decodeJournal would not read back (too long, a field out of bounds). */
export class JournalUnwritable extends Error {
  constructor(detail: string) {
    super(`the filing journal cannot be written: ${detail}`);
    this.name = 'JournalUnwritable';
  }
}

/**
 * The journal as the property's value: compact JSON, fields in a fixed
 * order, so that two encodings of one journal are the same string. Throws
 * JournalUnwritable for what decodeJournal would refuse: a journal is
 * never written that cannot be read back.
 */
export function encodeJournal(journal: FilingJournal): string {
  let text: string;
  try {
    text = JSON.stringify(canonical(journal));
  } catch (e) {
    if (e instanceof Bad) throw new JournalUnwritable('a field is out of bounds');
    throw e;
  }
  if (text.length > MAX_JOURNAL_CHARS) throw new JournalUnwritable(`${text.length} characters`);
  if (decodeJournal(text) === null) throw new JournalUnwritable('it would not read back');
  return text;
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown, max = MAX_FIELD): string | undefined {
  return typeof v === 'string' && v.length <= max ? v : undefined;
}

class Bad extends Error {}

function need<T>(v: T | undefined): T {
  if (v === undefined) throw new Bad();
  return v;
}

function entryOf(v: unknown): JournalEntry {
  if (!isObj(v)) throw new Bad();
  const step = need(str(v['step'], 200));
  let key: Record<string, string> | undefined;
  if (v['key'] !== undefined) {
    if (!isObj(v['key'])) throw new Bad();
    const names = Object.keys(v['key']);
    if (names.length > MAX_KEYS) throw new Bad();
    key = {};
    for (const name of names) {
      if (name.length > 100) throw new Bad();
      key[name] = need(str(v['key'][name]));
    }
  }
  let made: JournalEntry['made'];
  if (v['made'] !== undefined) {
    const m = v['made'];
    if (!isObj(m)) throw new Bad();
    const ref = m['ref'] === undefined ? undefined : need(str(m['ref']));
    const href = m['href'] === undefined ? undefined : need(str(m['href']));
    made = {
      id: need(str(m['id'])),
      ...(ref !== undefined ? { ref } : {}),
      ...(href !== undefined ? { href } : {}),
    };
  }
  const confirmed = v['confirmed'];
  if (confirmed !== undefined && typeof confirmed !== 'boolean') throw new Bad();
  return {
    step,
    ...(key !== undefined ? { key } : {}),
    ...(made !== undefined ? { made } : {}),
    ...(confirmed === true ? { confirmed } : {}),
  };
}

function isInstant(s: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/.test(s) &&
    !Number.isNaN(Date.parse(s))
  );
}

function choiceOf(v: unknown): JournalChoice {
  if (!isObj(v)) throw new Bad();
  const c = v['case'];
  if (!isObj(c)) throw new Bad();
  let theCase: JournalChoice['case'];
  if (c['kind'] === 'new') {
    theCase = { kind: 'new', title: need(str(c['title'])) };
  } else if (c['kind'] === 'existing' && isObj(c['case'])) {
    const k = c['case'];
    theCase = {
      kind: 'existing',
      case: {
        id: need(str(k['id'])),
        number: need(str(k['number'])),
        title: need(str(k['title'])),
      },
    };
  } else throw new Bad();
  const type = v['documentType'];
  if (type !== 'I' && type !== 'U' && type !== 'N') throw new Bad();
  let restriction: JournalChoice['restriction'];
  const r = v['restriction'];
  if (r !== undefined) {
    if (!isObj(r)) throw new Bad();
    const words = r['screenedWords'];
    if (words !== undefined && (!Array.isArray(words) || words.length > 50)) throw new Bad();
    restriction = {
      code: need(str(r['code'], 100)),
      basis: need(str(r['basis'])),
      ...(words !== undefined
        ? { screenedWords: (words as unknown[]).map((w) => need(str(w))) }
        : {}),
    };
  }
  const list = v['attachments'];
  if (!Array.isArray(list) || list.length > MAX_STEPS) throw new Bad();
  const attachments = list.map((a: unknown) => {
    if (!isObj(a)) throw new Bad();
    const occurrence = a['occurrence'];
    if (typeof occurrence !== 'number' || !Number.isInteger(occurrence) || occurrence < 0)
      throw new Bad();
    return { name: need(str(a['name'])), occurrence };
  });
  return {
    case: theCase,
    documentType: type,
    title: need(str(v['title'])),
    ...(restriction !== undefined ? { restriction } : {}),
    attachments,
  };
}

/** The journal with its fields in the order encodeJournal writes them (and nothing else). */
function canonical(j: FilingJournal): FilingJournal {
  return {
    v: JOURNAL_VERSION,
    connector: j.connector,
    identity: {
      messageId: j.identity.messageId,
      fingerprint: j.identity.fingerprint,
      externalId: j.identity.externalId,
    },
    choice: choiceOf(j.choice),
    started: j.started,
    by: j.by,
    steps: j.steps.map(entryOf),
    ...(j.pane !== undefined ? { pane: j.pane } : {}),
    ...(j.at !== undefined ? { at: j.at } : {}),
  };
}

/**
 * The journal a property holds, or null: none (""), not a journal, another
 * version's, too long, or corrupt in any way. Never throws; linear in the
 * value (one JSON.parse, one walk of what it expects, each part bounded).
 */
export function decodeJournal(value: unknown): FilingJournal | null {
  if (typeof value !== 'string' || value === '' || value.length > MAX_JOURNAL_CHARS) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    return null;
  }
  try {
    if (!isObj(raw) || raw['v'] !== JOURNAL_VERSION) return null;
    const connector = raw['connector'];
    if (!CONNECTORS.includes(connector as FilingJournal['connector'])) return null;
    const id = raw['identity'];
    if (!isObj(id)) return null;
    const fingerprint = need(str(id['fingerprint'], 64));
    if (!/^[0-9a-f]{64}$/.test(fingerprint)) return null;
    const identity: MessageIdentity = {
      messageId: need(str(id['messageId'])),
      fingerprint,
      externalId: need(str(id['externalId'])),
    };
    const started = need(str(raw['started'], 40));
    if (!isInstant(started)) return null;
    const steps = raw['steps'];
    if (!Array.isArray(steps) || steps.length > MAX_STEPS) return null;
    const entries = steps.map(entryOf);
    if (new Set(entries.map((e) => e.step)).size !== entries.length) return null;
    const pane = raw['pane'] === undefined ? undefined : need(str(raw['pane'], 100));
    const at = raw['at'] === undefined ? undefined : need(str(raw['at'], 40));
    if (at !== undefined && !isInstant(at)) return null;
    return {
      v: JOURNAL_VERSION,
      connector: connector as FilingJournal['connector'],
      identity,
      choice: choiceOf(raw['choice']),
      started,
      by: need(str(raw['by'], 320)),
      steps: entries,
      ...(pane !== undefined ? { pane } : {}),
      ...(at !== undefined ? { at } : {}),
    };
  } catch (e) {
    if (e instanceof Bad) return null;
    throw e;
  }
}

/**
 * The journal with `entry` as its step's latest: the earlier entry of the
 * same step replaced where it stood, a new step added at the end.
 */
export function withEntry(journal: FilingJournal, entry: JournalEntry): FilingJournal {
  const at = journal.steps.findIndex((e) => e.step === entry.step);
  const steps =
    at < 0 ? [...journal.steps, entry] : journal.steps.map((e, i) => (i === at ? entry : e));
  return { ...journal, steps };
}

/** The entry of a step, or undefined. */
export function journalEntry(journal: FilingJournal, step: string): JournalEntry | undefined {
  return journal.steps.find((e) => e.step === step);
}

/** The journal is for this message (its Message-ID and fingerprint). */
export function isJournalOf(journal: FilingJournal, identity: MessageIdentity): boolean {
  return (
    journal.identity.messageId === identity.messageId &&
    journal.identity.fingerprint === identity.fingerprint
  );
}

/** An entry that says the step was begun (a key) or done (made): one with neither is a step undone. */
export function isBegun(entry: JournalEntry | undefined): boolean {
  return entry !== undefined && (entry.key !== undefined || entry.made !== undefined);
}

/** Something was begun or made: the journal's choice and identity are what the archive may hold. */
export function hasProgress(journal: FilingJournal): boolean {
  return journal.steps.some(isBegun);
}

/** Steps that made something in the archive, for the pane ("Saken 2026/7 er opprettet …"). */
export function madeSteps(journal: FilingJournal): readonly JournalEntry[] {
  return journal.steps.filter((e) => e.made !== undefined);
}

/**
 * A journal in memory: what a connector uses when it is given none (a
 * draft filed from compose, a test), so that a retry on the same connector
 * still takes up what the last attempt made.
 */
export class MemoryJournal implements FilingJournalPort {
  private readonly entries = new Map<string, JournalEntry>();

  get(step: string): JournalEntry | undefined {
    return this.entries.get(step);
  }

  note(entry: JournalEntry): Promise<void> {
    this.entries.set(entry.step, entry);
    return Promise.resolve();
  }

  defer(entry: JournalEntry): void {
    this.entries.set(entry.step, entry);
  }
}
