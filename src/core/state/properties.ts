/**
 * Where the shared state lives: Microsoft Graph single-value extended
 * properties on the message, in Arkivpost's own property set.
 *
 * Why not Office custom properties or open extensions: `item.loadCustomPropertiesAsync`
 * fails in shared mailboxes (error 9020) and is invisible to other add-ins
 * and clients; named MAPI properties travel with the item, are visible to
 * every user of the mailbox and are written in one PATCH together with the
 * categories and the follow-up flag.
 *
 * Id format (Graph "singleValueLegacyExtendedProperty"):
 *   `String {GUID} Name Arkivpost.Status`
 * Graph answers with the GUID in lower case; names are matched exactly in
 * Graph's `$filter`, so the names below never change.
 *
 * Graph has no way to delete one extended property, so an absent value is
 * written as the empty string and read back as absent.
 *
 * Holds, disposal, evidence, the notice and the rejection (R9, R11, R13)
 * are one property each, a small JSON object ({"reason","by","name","at"}),
 * so who and when travel with what in one value and the `$expand` filter
 * stays short. The disposable date is a plain `YYYY-MM-DD`.
 *
 * Versions: these are NEW names, and no existing value changed its format,
 * so SCHEMA_VERSION stays 2. An older Arkivpost reads the new names as
 * `unknown-name` (reported, not used) and, when it writes, sends only the
 * names it knows: a PATCH of singleValueExtendedProperties sets the ids it
 * lists and leaves every other property on the message as it was, so a
 * hold placed by this version survives an older client's status change.
 * (Its categories survive too: an older client does not recognise the new
 * category names as its own and keeps them like a user's.) Bumping the
 * version would gain nothing: an older client would only report
 * `newer-version` and then write "2" back. See test/core/state/properties-r13.test.ts.
 */
import type { MessageClass } from '../classify/classify';
import type {
  ClassState,
  Evidence,
  Hold,
  ItemState,
  Notified,
  Person,
  Rejected,
  SentTo,
  Stamp,
  Status,
} from './types';
import {
  MAX_TEXT,
  isAddress,
  isCleanText,
  isDueDate,
  isHoldReason,
  isMessageClass,
  isRejectReason,
  isSha256,
  isStatus,
  normaliseInstant,
} from './values';

/** Arkivpost's property set (namespace). Made once for Arkivpost; never change it. */
export const PROPERTY_SET_ID = 'C33CCEFE-306D-433F-ABA4-AA7D6B0A745C';

/** Bumped when a value's format changes incompatibly (2: the status `sent-to-registrar`). */
export const SCHEMA_VERSION = 2;

export const PROPERTY_NAMES = {
  version: 'Arkivpost.Version',
  status: 'Arkivpost.Status',
  assignee: 'Arkivpost.Assignee',
  assigneeName: 'Arkivpost.AssigneeName',
  class: 'Arkivpost.Class',
  classConfirmed: 'Arkivpost.ClassConfirmed',
  due: 'Arkivpost.Due',
  archiveRef: 'Arkivpost.ArchiveRef',
  sentTo: 'Arkivpost.SentTo',
  sentAt: 'Arkivpost.SentAt',
  originalUnmarked: 'Arkivpost.OriginalUnmarked',
  updatedBy: 'Arkivpost.UpdatedBy',
  updatedByName: 'Arkivpost.UpdatedByName',
  updatedAt: 'Arkivpost.UpdatedAt',
  hold: 'Arkivpost.Hold',
  holdLifted: 'Arkivpost.HoldLifted',
  disposableFrom: 'Arkivpost.DisposableFrom',
  evidence: 'Arkivpost.Evidence',
  notified: 'Arkivpost.Notified',
  rejected: 'Arkivpost.Rejected',
} as const;
export type PropertyKey = keyof typeof PROPERTY_NAMES;

/** The Graph id of one of Arkivpost's properties. */
export function propertyId(key: PropertyKey): string {
  return `String {${PROPERTY_SET_ID}} Name ${PROPERTY_NAMES[key]}`;
}

const KEYS = Object.keys(PROPERTY_NAMES) as PropertyKey[];

/** Every property id, in a fixed order. */
export const PROPERTY_IDS: readonly string[] = Object.freeze(KEYS.map(propertyId));

/**
 * The `$expand` that brings Arkivpost's properties with a message:
 * `GET /users/{mailbox}/messages/{id}?$expand=<this>` (URL-encode it).
 * Graph leaves `singleValueExtendedProperties` out when none of them is set.
 */
export const STATE_EXPAND = `singleValueExtendedProperties($filter=${PROPERTY_IDS.map(
  (id) => `id eq '${id}'`,
).join(' or ')})`;

export interface ExtendedProperty {
  readonly id: string;
  readonly value: string;
}

/**
 * All of Arkivpost's properties for a state, ready for
 * `PATCH … { "singleValueExtendedProperties": [...] }`. Every property is
 * written, absent values as "", so an earlier value is always overwritten.
 */
export function toExtendedProperties(state: ItemState): ExtendedProperty[] {
  const values: Record<PropertyKey, string> = {
    version: String(SCHEMA_VERSION),
    status: state.status,
    assignee: state.assignee?.address ?? '',
    assigneeName: state.assignee?.name ?? '',
    class: state.class?.value ?? '',
    classConfirmed: state.class ? String(state.class.confirmed) : '',
    due: state.due ?? '',
    archiveRef: state.archiveRef ?? '',
    sentTo: state.sentTo?.address ?? '',
    sentAt: state.sentTo?.at ?? '',
    originalUnmarked: state.originalUnmarked ?? '',
    updatedBy: state.updatedBy?.address ?? '',
    updatedByName: state.updatedBy?.name ?? '',
    updatedAt: state.updatedAt ?? '',
    hold: state.hold ? stampText(state.hold, { reason: state.hold.reason }) : '',
    holdLifted: state.holdLifted ? stampText(state.holdLifted, {}) : '',
    disposableFrom: state.disposableFrom ?? '',
    evidence: state.evidence ? stampText(state.evidence, { sha256: state.evidence.sha256 }) : '',
    notified: state.notified ? stampText(state.notified, { to: state.notified.to }) : '',
    rejected: state.rejected ? stampText(state.rejected, { reason: state.rejected.reason }) : '',
  };
  return KEYS.map((key) => ({ id: propertyId(key), value: values[key] }));
}

/** `{"reason":…,"by":"kari@…","name":"Kari Nordmann","at":"2026-…Z"}`: what, then who and when. */
function stampText(stamp: Stamp, what: Record<string, string>): string {
  return JSON.stringify({ ...what, by: stamp.by.address, name: stamp.by.name, at: stamp.at });
}

/** Longest stamp value read; anything longer is refused before it is parsed. */
const MAX_STAMP = 4 * MAX_TEXT;

/** Who and when from a stamp value, or null when it does not read. */
function readStamp(text: string): { stamp: Stamp; fields: Record<string, unknown> } | null {
  if (text.length > MAX_STAMP) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const o = parsed as Record<string, unknown>;
  const name = typeof o.name === 'string' ? o.name.replace(/\s+/g, ' ').trim() : '';
  const at = normaliseInstant(o.at);
  if (!isAddress(o.by) || at === null || (name !== '' && !isCleanText(name))) return null;
  return { stamp: { by: { address: o.by, name }, at }, fields: o };
}

export type IgnoreReason =
  /** Not an object with a string id and a string value. */
  | 'malformed'
  /** In Arkivpost's property set but not a name this version knows. */
  | 'unknown-name'
  /** The same property twice; the first is kept. */
  | 'duplicate'
  /** A value this version cannot use (unknown status, bad address, bad date …). */
  | 'invalid-value'
  /** A value that only means something with another that is missing (a name without an address). */
  | 'orphan'
  /** Written by a newer version of Arkivpost; the rest is read as well as this version can. */
  | 'newer-version';

export interface IgnoredProperty {
  /** The property id as found, or "" when there was none. */
  readonly id: string;
  /** The value as found, cut to 256 characters. */
  readonly value: string;
  readonly reason: IgnoreReason;
}

export interface ReadState {
  readonly state: ItemState;
  /** What was found but not used. Never thrown: a garbled value must not stop the pane. */
  readonly ignored: readonly IgnoredProperty[];
  /** True when at least one of Arkivpost's properties held a value. */
  readonly found: boolean;
}

const ID_SHAPE = /^\s*String\s+\{([0-9a-fA-F-]{36})\}\s+Name\s+(\S+)\s*$/i;
const BY_NAME = new Map<string, PropertyKey>(KEYS.map((k) => [PROPERTY_NAMES[k].toLowerCase(), k]));

function shown(value: unknown): string {
  const s = typeof value === 'string' ? value : value === undefined ? '' : safeString(value);
  return s.length > MAX_TEXT ? s.slice(0, MAX_TEXT) : s;
}

function safeString(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Which of our properties an id names, null for another property set. */
function keyOf(id: string): PropertyKey | 'unknown' | null {
  const m = ID_SHAPE.exec(id);
  if (!m || (m[1] ?? '').toUpperCase() !== PROPERTY_SET_ID) return null;
  return BY_NAME.get((m[2] ?? '').toLowerCase()) ?? 'unknown';
}

/**
 * Read the state from a message's `singleValueExtendedProperties` (or
 * whatever came in its place). Properties of other property sets are
 * skipped silently; anything of ours that cannot be used is reported in
 * `ignored`. Never throws.
 */
export function fromExtendedProperties(props: unknown): ReadState {
  const ignored: IgnoredProperty[] = [];
  const raw = new Map<PropertyKey, { id: string; value: string }>();
  if (props !== undefined && props !== null) {
    if (!Array.isArray(props)) {
      ignored.push({ id: '', value: shown(props), reason: 'malformed' });
    } else {
      for (const entry of props as unknown[]) {
        const e = (typeof entry === 'object' && entry !== null ? entry : {}) as {
          id?: unknown;
          value?: unknown;
        };
        if (typeof e.id !== 'string' || (e.value !== null && typeof e.value !== 'string')) {
          // Someone else's malformed entry is not ours to report.
          if (typeof e.id !== 'string' || keyOf(e.id) !== null) {
            ignored.push({
              id: typeof e.id === 'string' ? e.id : '',
              value: shown(e.value),
              reason: 'malformed',
            });
          }
          continue;
        }
        const key = keyOf(e.id);
        if (key === null) continue;
        const value = e.value ?? '';
        if (key === 'unknown') {
          if (value !== '') ignored.push({ id: e.id, value: shown(value), reason: 'unknown-name' });
          continue;
        }
        if (raw.has(key)) {
          ignored.push({ id: e.id, value: shown(value), reason: 'duplicate' });
          continue;
        }
        raw.set(key, { id: e.id, value });
      }
    }
  }

  const found = [...raw.values()].some((r) => r.value.trim() !== '');
  const reject = (key: PropertyKey, reason: IgnoreReason): void => {
    const r = raw.get(key);
    if (r) ignored.push({ id: r.id, value: shown(r.value), reason });
  };
  /** The trimmed value, or undefined when absent or empty. */
  const get = (key: PropertyKey): string | undefined => {
    const v = raw.get(key)?.value.trim();
    return v === undefined || v === '' ? undefined : v;
  };

  const version = get('version');
  if (version !== undefined) {
    const n = Number(version);
    if (!Number.isInteger(n) || n < 1) reject('version', 'invalid-value');
    else if (n > SCHEMA_VERSION) reject('version', 'newer-version');
  }

  let status: Status = 'new';
  const s = get('status')?.toLowerCase();
  if (s !== undefined) {
    if (isStatus(s)) status = s;
    else reject('status', 'invalid-value');
  }

  const person = (addressKey: PropertyKey, nameKey: PropertyKey): Person | undefined => {
    const address = get(addressKey);
    const name = get(nameKey)?.replace(/\s+/g, ' ');
    if (address === undefined) {
      if (name !== undefined) reject(nameKey, 'orphan');
      return undefined;
    }
    if (!isAddress(address)) {
      reject(addressKey, 'invalid-value');
      if (name !== undefined) reject(nameKey, 'orphan');
      return undefined;
    }
    if (name !== undefined && !isCleanText(name)) {
      reject(nameKey, 'invalid-value');
      return { address, name: '' };
    }
    return { address, name: name ?? '' };
  };
  const assignee = person('assignee', 'assigneeName');
  const updatedBy = person('updatedBy', 'updatedByName');

  let cls: ClassState | undefined;
  const c = get('class')?.toLowerCase();
  const confirmedText = get('classConfirmed')?.toLowerCase();
  if (c !== undefined) {
    if (isMessageClass(c)) {
      let confirmed = false;
      if (confirmedText === 'true') confirmed = true;
      else if (confirmedText !== undefined && confirmedText !== 'false')
        reject('classConfirmed', 'invalid-value');
      cls = { value: c as MessageClass, confirmed };
    } else {
      reject('class', 'invalid-value');
      if (confirmedText !== undefined) reject('classConfirmed', 'orphan');
    }
  } else if (confirmedText !== undefined) {
    reject('classConfirmed', 'orphan');
  }

  let due: string | undefined;
  const d = get('due');
  if (d !== undefined) {
    if (isDueDate(d)) due = d;
    else reject('due', 'invalid-value');
  }

  let archiveRef: string | undefined;
  const a = get('archiveRef');
  if (a !== undefined) {
    if (isCleanText(a)) archiveRef = a;
    else reject('archiveRef', 'invalid-value');
  }

  let sentTo: SentTo | undefined;
  const to = get('sentTo');
  const sentAtText = get('sentAt');
  if (to !== undefined) {
    const sentAt = sentAtText === undefined ? null : normaliseInstant(sentAtText);
    if (!isAddress(to)) {
      reject('sentTo', 'invalid-value');
      if (sentAtText !== undefined) reject('sentAt', 'orphan');
    } else if (sentAt === null) {
      // Where without when is not what "sent to the registrar" says: neither is used.
      reject(
        sentAtText === undefined ? 'sentTo' : 'sentAt',
        sentAtText === undefined ? 'orphan' : 'invalid-value',
      );
    } else sentTo = { address: to, at: sentAt };
  } else if (sentAtText !== undefined) {
    reject('sentAt', 'orphan');
  }

  let originalUnmarked: string | undefined;
  const o = get('originalUnmarked');
  if (o !== undefined) {
    if (isAddress(o)) originalUnmarked = o;
    else reject('originalUnmarked', 'invalid-value');
  }

  let updatedAt: string | undefined;
  const u = get('updatedAt');
  if (u !== undefined) {
    const n = normaliseInstant(u);
    if (n !== null) updatedAt = n;
    else reject('updatedAt', 'invalid-value');
  }

  /**
   * A stamped value: `make` turns who/when and the parsed fields into the value, or null.
   * (A function declaration: the pane's bundler reads `<T>(` in an arrow as JSX.)
   */
  function stamped<T>(
    key: PropertyKey,
    make: (stamp: Stamp, fields: Record<string, unknown>) => T | null,
  ): T | undefined {
    const text = get(key);
    if (text === undefined) return undefined;
    const r = readStamp(text);
    const value = r ? make(r.stamp, r.fields) : null;
    if (value === null) {
      reject(key, 'invalid-value');
      return undefined;
    }
    return value;
  }
  const hold = stamped<Hold>('hold', (st, f) =>
    isHoldReason(f.reason) ? { reason: f.reason, ...st } : null,
  );
  const holdLifted = stamped<Stamp>('holdLifted', (st) => st);
  const evidence = stamped<Evidence>('evidence', (st, f) =>
    isSha256(f.sha256) ? { ...st, sha256: f.sha256 } : null,
  );
  const notified = stamped<Notified>('notified', (st, f) =>
    isAddress(f.to) ? { ...st, to: f.to } : null,
  );
  const rejected = stamped<Rejected>('rejected', (st, f) =>
    isRejectReason(f.reason) ? { ...st, reason: f.reason } : null,
  );
  let disposableFrom: string | undefined;
  const df = get('disposableFrom');
  if (df !== undefined) {
    if (isDueDate(df)) disposableFrom = df;
    else reject('disposableFrom', 'invalid-value');
  }

  const state: ItemState = {
    status,
    ...(assignee ? { assignee } : {}),
    ...(cls ? { class: cls } : {}),
    ...(due !== undefined ? { due } : {}),
    ...(archiveRef !== undefined ? { archiveRef } : {}),
    ...(sentTo ? { sentTo } : {}),
    ...(originalUnmarked !== undefined ? { originalUnmarked } : {}),
    ...(hold ? { hold } : {}),
    ...(holdLifted ? { holdLifted } : {}),
    ...(disposableFrom !== undefined ? { disposableFrom } : {}),
    ...(evidence ? { evidence } : {}),
    ...(notified ? { notified } : {}),
    ...(rejected ? { rejected } : {}),
    ...(updatedBy ? { updatedBy } : {}),
    ...(updatedAt !== undefined ? { updatedAt } : {}),
  };
  return { state, ignored, found };
}
