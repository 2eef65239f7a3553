/**
 * R9 (seed 000 §4: "Dersom det i medhold av lov stilles krav om underskrift,
 * skal e-post avvises"): does a received message need a signature it does
 * not carry, and the reply that asks for a signed version.
 *
 * What needs a signature is the organisation's (profile `signature`): kinds
 * of document, each with the words that show it and its legal basis. A
 * signed PDF among the attachments (attachment inspection says `signed`) is
 * the signed version: nothing is flagged.
 *
 * Linear: the subject, the head of the text and the attachment names are
 * folded once and read once; at each word start only the profile's phrases
 * beginning with that character are compared (their number and length are
 * bounded by the profile's schema).
 */
import { formatInstantDate } from '../calendar/format';
import { LANGS } from '../model';
import type { Lang } from '../model';
import type { LocalText, Profile, SignatureSettings } from '../profile/types';
import { normalizeText } from '../text/normalize';
import { escapeHtml, isWordChar } from '../text/word';

/** Characters of the text read: where a message says what it is. */
export const SIGNATURE_HEAD_CHARS = 100_000;

/** What the rule reads of a message. */
export interface SignatureInput {
  readonly subject: string;
  readonly body: string;
  readonly attachments: readonly { readonly name: string; readonly inline?: boolean }[];
  /** An attachment is a signed PDF: the message carries its signature. */
  readonly signed: boolean;
  /** Lower-case header names (Content-Language names the sender's language). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** Why a message needs a signature it does not carry. */
export interface SignatureRequirement {
  /** The kind of document, as the profile names it: "Klage på vedtak". */
  readonly kind: string;
  /** The phrase or document word found, as the profile writes it. */
  readonly phrase: string;
  readonly where: 'subject' | 'body' | 'attachment';
  /** The attachment whose name showed it. */
  readonly attachment?: string;
  /** The legal basis, as the profile cites it. */
  readonly basis: string;
  /** The reply's language: the sender's where the message says it (and a template has it), else the organisation's. */
  readonly replyLang: Lang;
}

interface Phrase {
  /** Folded: lower case, whitespace runs as one space. */
  readonly folded: string;
  readonly phrase: string;
  readonly rule: number;
}

/** Lower case, look-alikes folded (core/text), every run of whitespace one space. */
function fold(text: string): string {
  return normalizeText(text).lower.replace(/\s+/g, ' ');
}

/** Phrases by their first character. */
function byFirst(list: readonly Phrase[]): Map<number, Phrase[]> {
  const map = new Map<number, Phrase[]>();
  for (const p of list) {
    if (p.folded === '') continue;
    const key = p.folded.charCodeAt(0);
    const bucket = map.get(key) ?? [];
    bucket.push(p);
    map.set(key, bucket);
  }
  // The longest first: "klage på vedtak" is named rather than "klage".
  for (const bucket of map.values()) bucket.sort((a, b) => b.folded.length - a.folded.length);
  return map;
}

/** The first phrase that starts a word in `text` (folded), or null. One pass. */
function firstMatch(text: string, phrases: Map<number, Phrase[]>): Phrase | null {
  if (phrases.size === 0) return null;
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && isWordChar(text.charCodeAt(i - 1))) continue;
    const bucket = phrases.get(text.charCodeAt(i));
    if (bucket === undefined) continue;
    for (const p of bucket) if (text.startsWith(p.folded, i)) return p;
  }
  return null;
}

const head = (s: string): string =>
  s.length > SIGNATURE_HEAD_CHARS ? s.slice(0, SIGNATURE_HEAD_CHARS) : s;

/** The settings' phrases and document words, folded once per settings object. */
const compiled = new WeakMap<
  SignatureSettings,
  { phrases: Map<number, Phrase[]>; documents: Map<number, Phrase[]> }
>();

function compile(settings: SignatureSettings): {
  phrases: Map<number, Phrase[]>;
  documents: Map<number, Phrase[]>;
} {
  const known = compiled.get(settings);
  if (known) return known;
  const phrases: Phrase[] = [];
  const documents: Phrase[] = [];
  settings.rules.forEach((r, rule) => {
    for (const phrase of r.phrases) phrases.push({ folded: fold(phrase).trim(), phrase, rule });
    for (const phrase of r.documents ?? [])
      documents.push({ folded: fold(phrase).trim(), phrase, rule });
  });
  const out = { phrases: byFirst(phrases), documents: byFirst(documents) };
  compiled.set(settings, out);
  return out;
}

/**
 * The language a reply to this message is written in: the Content-Language
 * the sender's mail program set, when a template has it; else the
 * organisation's ("no" is the organisation's Norwegian, or bokmål).
 */
export function replyLanguage(
  headers: Readonly<Record<string, string>> | undefined,
  profile: Pick<Profile, 'language' | 'signature'>,
): Lang {
  const templates = profile.signature?.templates ?? {};
  const header = headers?.['content-language'] ?? '';
  // "nb-NO", "sv-SE, en": the first tag's primary language.
  const primary = /^\s*([a-z]{2,3})\b/i.exec(header.slice(0, 64))?.[1]?.toLowerCase() ?? '';
  let lang: Lang | null = null;
  if ((LANGS as readonly string[]).includes(primary)) lang = primary as Lang;
  else if (primary === 'no' || primary === 'nob') lang = profile.language === 'nn' ? 'nn' : 'nb';
  else if (primary === 'nno') lang = 'nn';
  else if (primary === 'swe') lang = 'sv';
  else if (primary === 'eng') lang = 'en';
  if (lang !== null && templates[lang] !== undefined) return lang;
  return profile.language;
}

/**
 * Null when the message carries a signature or names nothing that needs one;
 * else what needs one, where it was found, and its legal basis.
 */
export function signatureRequirement(
  input: SignatureInput,
  profile: Pick<Profile, 'language' | 'signature'>,
): SignatureRequirement | null {
  const settings = profile.signature;
  if (settings === undefined || input.signed) return null;
  const { phrases, documents } = compile(settings);
  const found = (
    p: Phrase,
    where: SignatureRequirement['where'],
    attachment?: string,
  ): SignatureRequirement => {
    const rule = settings.rules[p.rule];
    return {
      kind: rule?.kind ?? '',
      phrase: p.phrase,
      where,
      ...(attachment !== undefined ? { attachment } : {}),
      basis: rule?.basis ?? '',
      replyLang: replyLanguage(input.headers, profile),
    };
  };
  const inSubject = firstMatch(fold(head(input.subject)), phrases);
  if (inSubject) return found(inSubject, 'subject');
  const inBody = firstMatch(fold(head(input.body)), phrases);
  if (inBody) return found(inBody, 'body');
  for (const a of input.attachments) {
    if (a.inline === true) continue;
    // "Fullmakt_Ola.pdf": the name's words, separators as spaces.
    const name = fold(head(a.name).replace(/[_.\-+]/g, ' '));
    const doc = firstMatch(name, documents);
    if (doc) return found(doc, 'attachment', a.name);
  }
  return null;
}

// ---------------------------------------------------------------------------
// The reply.

/** Characters of a sender's name or a subject put into a reply; longer ones are cut. */
export const MAX_FILLED_CHARS = 300;

export interface SignatureReplyFacts {
  /** The sender's display name, or the address. */
  readonly senderName: string;
  readonly subject: string;
  /** When the message arrived (ms or ISO), written as the reply's language writes dates. */
  readonly received: number | string | null;
}

/** One text for `lang`: its own, the organisation's, or the first there is. */
export function localText(text: LocalText | undefined, lang: Lang, orgLang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return (
    text[lang] ?? text[orgLang] ?? LANGS.map((l) => text[l]).find((t) => t !== undefined) ?? ''
  );
}

function cut(s: string): string {
  // No line breaks out of a sender's name or a subject: one line in the reply.
  const line = s.replace(/[\r\n\t\u2028\u2029]+/g, ' ').trim();
  return line.length > MAX_FILLED_CHARS ? `${line.slice(0, MAX_FILLED_CHARS - 1)}…` : line;
}

/** A plain https address becomes a link; anything else is text. */
function linkOrText(value: string): string {
  const escaped = escapeHtml(value);
  return /^https:\/\/[^\s"'<>]+$/.test(value) ? `<a href="${escaped}">${escaped}</a>` : escaped;
}

export interface FilledReply {
  readonly lang: Lang;
  /** The reply as plain text (tests, logs). */
  readonly text: string;
  /** The reply as HTML for Outlook's reply form: every value escaped. */
  readonly html: string;
}

/**
 * The profile's reply template in `lang` (else the organisation's), its
 * placeholders filled. The template is plain text: all of it is escaped for
 * HTML, values included, and line breaks become paragraphs and breaks.
 * Null when the profile has no signature settings or no template.
 */
export function fillSignatureReply(
  profile: Pick<Profile, 'language' | 'signature' | 'name' | 'timeZone'>,
  lang: Lang,
  facts: SignatureReplyFacts,
): FilledReply | null {
  const settings = profile.signature;
  if (!settings) return null;
  const org = profile.language;
  const chosen: Lang | undefined = settings.templates[lang]
    ? lang
    : settings.templates[org]
      ? org
      : LANGS.find((l) => settings.templates[l] !== undefined);
  if (chosen === undefined) return null;
  const template = settings.templates[chosen] ?? '';
  const received =
    facts.received === null ? null : formatInstantDate(facts.received, chosen, profile.timeZone);
  const values: Readonly<Record<string, string>> = {
    senderName: cut(facts.senderName),
    subject: cut(facts.subject),
    received: received ?? '',
    organisation: profile.name,
    signedTo: localText(settings.signedTo, chosen, org),
    service: localText(settings.service, chosen, org),
  };
  const links: ReadonlySet<string> = new Set(['service', 'signedTo']);
  let text = '';
  let html = '';
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    const name = m[1] ?? '';
    const at = m.index ?? 0;
    const before = template.slice(last, at);
    text += before;
    html += escapeHtml(before);
    const value = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
    if (value === undefined) {
      // Unknown placeholders stay visible (the profile check names them).
      text += m[0];
      html += escapeHtml(m[0]);
    } else {
      text += value;
      html += links.has(name) ? linkOrText(value) : escapeHtml(value);
    }
    last = at + m[0].length;
  }
  text += template.slice(last);
  html += escapeHtml(template.slice(last));
  const paragraphs = html
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`);
  return { lang: chosen, text, html: paragraphs.join('') };
}
