/**
 * Outlook categories that mirror the shared state, so the message list
 * shows it in every client ("Tildelt: Kari Nordmann", "Ferdig").
 *
 * - Names are in the ORGANISATION's language (the profile's), never the
 *   reader's: everyone in a shared mailbox must see the same words.
 * - The extended properties are the truth; categories are only a mirror
 *   and are rewritten from the state on every change.
 * - Delegates cannot add master categories (Office.js masterCategories and
 *   Graph alike), so the fixed names are created in each function mailbox
 *   by the admin script (scripts/admin/New-ArkivpostCategories.ps1) from
 *   scripts/admin/categories.json, which is generated from `categoryCatalog()`.
 *   A name that is not in the master list still shows in Outlook, without
 *   colour: that is how "Tildelt: <person>" and "Arkivert <ref>" appear
 *   unless the administrator pre-creates them.
 * - Only the class that asks for action gets a category ("Arkivverdig": seed
 *   001 asks the supervisor to make sure archive-worthy mail reaches the
 *   case system). Plain words such as "Privat" or "Intern" would clash with
 *   categories users already have, and mergeCategories would remove theirs.
 */
import { format } from '../i18n/types';
import type { Lang } from '../model';
import { LANGS } from '../model';
import { stateMessages } from './messages';
import type { StateMessageKey } from './messages';
import type { ItemState, Person, Status } from './types';

/** Outlook's category colours (Graph `outlookCategory.color`, Office.js CategoryColor). */
export type CategoryColor = `preset${number}` | 'none';

/** The categories with a fixed name, created as master categories by the admin script. */
export const FIXED_CATEGORIES = [
  'in-progress',
  'done',
  'sent-to-registrar',
  'archived',
  'archive-worthy',
  'hold',
  'disposable',
  'rejected-signature',
  'evidence',
] as const;
export type FixedCategory = (typeof FIXED_CATEGORIES)[number];

/**
 * Colours as Outlook on the web and Windows show them: preset1 orange,
 * preset4 green, preset5 teal, preset7 blue, preset8 purple, preset9 cranberry,
 * preset0 red (a hold: stop), preset15 dark red (evidence of a threat),
 * preset12 grey (may be deleted), preset3 yellow (rejected, waits for a signed copy).
 */
export const CATEGORY_COLORS: { readonly [K in FixedCategory | 'assigned']: CategoryColor } = {
  'in-progress': 'preset1',
  done: 'preset4',
  'sent-to-registrar': 'preset5',
  archived: 'preset7',
  'archive-worthy': 'preset9',
  hold: 'preset0',
  disposable: 'preset12',
  'rejected-signature': 'preset3',
  evidence: 'preset15',
  assigned: 'preset8',
};

/** Outlook's longest category name. */
export const MAX_CATEGORY_LENGTH = 255;

/**
 * Names Arkivpost used before and must still recognise (and replace) on
 * messages. Empty so far; add a name here whenever a category text in
 * messages.ts changes.
 */
export const LEGACY_CATEGORY_NAMES: readonly string[] = [];

function text(lang: Lang, key: StateMessageKey, params?: Record<string, string>): string {
  return format(stateMessages[lang][key], params);
}

/** The fixed text before a placeholder: "Tildelt: {name}" → "Tildelt: ". */
function prefixOf(template: string): string {
  const i = template.indexOf('{');
  return i < 0 ? template : template.slice(0, i);
}

/**
 * A name or reference made safe for a category: Outlook for Windows splits
 * category lists on the list separator, so commas and semicolons go. A
 * directory name written "Nordmann, Kari" becomes "Kari Nordmann".
 */
export function categoryText(value: string): string {
  let s = value.replace(/\s+/g, ' ').trim();
  const parts = s.split(',');
  if (parts.length === 2 && !s.includes(';')) {
    const last = (parts[0] ?? '').trim();
    const first = (parts[1] ?? '').trim();
    if (last !== '' && first !== '') s = `${first} ${last}`;
  }
  // eslint-disable-next-line no-control-regex -- reason: control characters never belong in a category name
  s = s.replace(/[,;\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
  return s.replace(/\s+/g, ' ').trim();
}

function fit(prefix: string, value: string): string {
  const room = MAX_CATEGORY_LENGTH - prefix.length;
  return prefix + (value.length > room ? value.slice(0, room).trim() : value);
}

/** The name of a fixed category in a language. */
export function fixedCategoryName(key: FixedCategory, lang: Lang): string {
  return text(lang, `state.category.${key}`);
}

/** "Tildelt: Kari Nordmann" in the organisation's language. */
export function assignedCategory(person: Person, lang: Lang): string {
  const name = categoryText(person.name) || categoryText(person.address);
  return fit(prefixOf(stateMessages[lang]['state.category.assigned']), name);
}

/** "Arkivert 2026/123-4", or "Arkivert" without a reference. */
export function archivedCategory(archiveRef: string | undefined, lang: Lang): string {
  const ref = archiveRef === undefined ? '' : categoryText(archiveRef);
  if (ref === '') return fixedCategoryName('archived', lang);
  return fit(prefixOf(stateMessages[lang]['state.category.archived-ref']), ref);
}

const STATUS_CATEGORY: { readonly [S in Status]: FixedCategory | null } = {
  new: null,
  'in-progress': 'in-progress',
  done: 'done',
  'sent-to-registrar': 'sent-to-registrar',
  archived: 'archived',
};

/**
 * The categories a message in this state carries, in the organisation's
 * language `lang`. A new message carries none: what has no category has not
 * been looked at.
 *
 * R13: a hold on an access request shows "Innsynskrav pågår – må ikkje
 * slettast"; evidence shows "Bevis" (its hold needs no second category);
 * "Kan slettast" only while no hold is on, since a held message may not go.
 */
export function categoriesFor(state: ItemState, lang: Lang): string[] {
  const out: string[] = [];
  if (state.assignee) out.push(assignedCategory(state.assignee, lang));
  const key = STATUS_CATEGORY[state.status];
  if (key === 'archived') out.push(archivedCategory(state.archiveRef, lang));
  else if (key) out.push(fixedCategoryName(key, lang));
  if (
    state.class?.confirmed === true &&
    state.class.value === 'archive-worthy' &&
    state.status !== 'archived' &&
    state.status !== 'sent-to-registrar'
  ) {
    out.push(fixedCategoryName('archive-worthy', lang));
  }
  if (state.hold?.reason === 'access-request') out.push(fixedCategoryName('hold', lang));
  if (state.evidence || state.hold?.reason === 'evidence') {
    out.push(fixedCategoryName('evidence', lang));
  }
  if (state.disposableFrom !== undefined && !state.hold) {
    out.push(fixedCategoryName('disposable', lang));
  }
  if (state.rejected?.reason === 'signature-required') {
    out.push(fixedCategoryName('rejected-signature', lang));
  }
  return out;
}

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

interface Recogniser {
  readonly exact: ReadonlyMap<string, FixedCategory | 'legacy'>;
  /** Folded prefixes of "Tildelt: …" in every language. */
  readonly assigned: readonly string[];
  /** Folded prefixes of "Arkivert …" in every language. */
  readonly archived: readonly string[];
}

let recogniser: Recogniser | null = null;

function recognise(): Recogniser {
  if (recogniser) return recogniser;
  const exact = new Map<string, FixedCategory | 'legacy'>();
  const assigned = new Set<string>();
  const archived = new Set<string>();
  for (const lang of LANGS) {
    for (const key of FIXED_CATEGORIES) exact.set(fold(fixedCategoryName(key, lang)), key);
    // Lower-cased, not folded: folding would trim the space that ends "Tildelt: ".
    assigned.add(prefixOf(stateMessages[lang]['state.category.assigned']).toLowerCase());
    archived.add(prefixOf(stateMessages[lang]['state.category.archived-ref']).toLowerCase());
  }
  for (const name of LEGACY_CATEGORY_NAMES) exact.set(fold(name), 'legacy');
  recogniser = { exact, assigned: [...assigned], archived: [...archived] };
  return recogniser;
}

function startsWithAny(folded: string, prefixes: readonly string[]): string | null {
  for (const p of prefixes) {
    if (folded.length > p.length && folded.startsWith(p)) return p;
  }
  return null;
}

/**
 * True for a category Arkivpost writes, in any of the four languages (a
 * profile may change language; a mailbox may hold messages from before).
 * Case and spacing do not matter, as in Outlook.
 */
export function isArkivpostCategory(name: unknown): boolean {
  if (typeof name !== 'string') return false;
  const f = fold(name);
  if (f === '') return false;
  const r = recognise();
  return (
    r.exact.has(f) || startsWithAny(f, r.assigned) !== null || startsWithAny(f, r.archived) !== null
  );
}

/**
 * The message's categories with Arkivpost's replaced by those for `state`:
 * the user's own categories are kept, in their order; ours follow. Anything
 * that is not a non-empty string is dropped (Graph would refuse it).
 */
export function mergeCategories(existing: unknown, state: ItemState, lang: Lang): string[] {
  const list = Array.isArray(existing) ? (existing as unknown[]) : [];
  const keep: string[] = [];
  const seen = new Set<string>();
  for (const c of list) {
    if (typeof c !== 'string' || c.trim() === '' || isArkivpostCategory(c)) continue;
    const f = fold(c);
    if (seen.has(f)) continue;
    seen.add(f);
    keep.push(c);
  }
  for (const c of categoriesFor(state, lang)) {
    const f = fold(c);
    if (seen.has(f)) continue;
    seen.add(f);
    keep.push(c);
  }
  return keep;
}

/** What a message's categories say, for messages that have no properties yet. */
export interface CategoryHints {
  readonly status?: Exclude<Status, 'new'>;
  readonly assigneeName?: string;
  readonly archiveRef?: string;
  /**
   * R13: a hold category ("Innsynskrav pågår …" or "Bevis") is on the message,
   * e.g. set by hand in Outlook. Whatever the properties say, nothing deletes it.
   */
  readonly held?: true;
}

/**
 * Read the state back from categories alone, e.g. a message someone marked
 * "Ferdig" by hand in Outlook, or from before Arkivpost. The properties win
 * whenever they are present; this only fills in for a message without them.
 */
export function categoryHints(categories: unknown): CategoryHints {
  const list = Array.isArray(categories) ? (categories as unknown[]) : [];
  const r = recognise();
  let status: Exclude<Status, 'new'> | undefined;
  let assigneeName: string | undefined;
  let archiveRef: string | undefined;
  let held = false;
  const rank: Record<Exclude<Status, 'new'>, number> = {
    'in-progress': 1,
    done: 2,
    'sent-to-registrar': 3,
    archived: 4,
  };
  const raise = (s: Exclude<Status, 'new'>): void => {
    if (!status || rank[s] > rank[status]) status = s;
  };
  for (const c of list) {
    if (typeof c !== 'string') continue;
    const f = fold(c);
    const key = r.exact.get(f);
    if (
      key === 'in-progress' ||
      key === 'done' ||
      key === 'sent-to-registrar' ||
      key === 'archived'
    ) {
      raise(key);
      continue;
    }
    if (key === 'hold' || key === 'evidence') {
      held = true;
      continue;
    }
    const clean = c.replace(/\s+/g, ' ').trim();
    const a = startsWithAny(f, r.assigned);
    if (a !== null) {
      if (assigneeName === undefined) assigneeName = clean.slice(a.length).trim();
      continue;
    }
    const p = startsWithAny(f, r.archived);
    if (p !== null) {
      raise('archived');
      if (archiveRef === undefined) archiveRef = clean.slice(p.length).trim();
    }
  }
  return {
    ...(status ? { status } : {}),
    ...(assigneeName ? { assigneeName } : {}),
    ...(archiveRef ? { archiveRef } : {}),
    ...(held ? { held: true as const } : {}),
  };
}

export interface MasterCategory {
  readonly key: FixedCategory;
  readonly displayName: string;
  readonly color: CategoryColor;
}

/** The master categories a function mailbox needs, in the organisation's language. */
export function masterCategories(lang: Lang): MasterCategory[] {
  return FIXED_CATEGORIES.map((key) => ({
    key,
    displayName: fixedCategoryName(key, lang),
    color: CATEGORY_COLORS[key],
  }));
}

export interface CategoryCatalog {
  readonly version: 1;
  readonly languages: {
    readonly [L in Lang]: {
      readonly categories: readonly MasterCategory[];
      /** "Tildelt: " — the admin script may pre-create one per caseworker. */
      readonly assignedPrefix: string;
      readonly assignedColor: CategoryColor;
    };
  };
}

/** Everything the admin script needs, for scripts/admin/categories.json. */
export function categoryCatalog(): CategoryCatalog {
  const entry = (lang: Lang) => ({
    categories: masterCategories(lang),
    assignedPrefix: prefixOf(stateMessages[lang]['state.category.assigned']),
    assignedColor: CATEGORY_COLORS.assigned,
  });
  return {
    version: 1,
    languages: { nb: entry('nb'), nn: entry('nn'), sv: entry('sv'), en: entry('en') },
  };
}
