/**
 * All of core's message tables in one lookup. Each area owns a typed table
 * (`Messages<Key>`), so a missing translation is a compile error there; this
 * module only joins them. Static imports: the send runtime fetches nothing.
 */
import { attachmentMessages } from '../attachments/messages';
import { calendarMessages } from '../calendar/messages';
import { classifyMessages } from '../classify/messages';
import { composeMessages } from '../compose/messages';
import { ID_MESSAGES } from '../ids/messages';
import { keywordMessages } from '../keywords/messages';
import type { Lang } from '../model';
import { profileMessages } from '../profile/messages';
import { labelMessages } from './labels';
import { format } from './types';

type Table = Readonly<Record<string, string>>;

const TABLES: ReadonlyArray<Readonly<Record<Lang, Table>>> = [
  composeMessages,
  classifyMessages,
  labelMessages,
  ID_MESSAGES,
  keywordMessages,
  attachmentMessages,
  calendarMessages,
  profileMessages,
];

let merged: Record<Lang, Record<string, string>> | null = null;

function catalog(): Record<Lang, Record<string, string>> {
  if (merged) return merged;
  const out: Record<Lang, Record<string, string>> = { nb: {}, nn: {}, sv: {}, en: {} };
  for (const table of TABLES) {
    for (const lang of Object.keys(out) as Lang[]) Object.assign(out[lang], table[lang]);
  }
  merged = out;
  return out;
}

export function hasMessage(lang: Lang, key: string): boolean {
  return key in catalog()[lang];
}

/**
 * The text for a key in a language, placeholders filled. An unknown key is
 * returned as is, so a gap shows up as a code rather than as nothing (a test
 * checks that every code the engine emits has text in all four languages).
 */
export function t(lang: Lang, key: string, params?: Readonly<Record<string, string | number>>): string {
  const template = catalog()[lang][key];
  return format(template ?? key, params);
}
