/**
 * Our archive reference in a subject (R19, seed 000 §7: "Etter journalføring
 * kan forsendelsen gå ut … helst påført nødvendige arkivreferanser").
 *
 * The label, by language:
 * - nb, nn: "Vår ref." — what Norwegian letters and e-mail carry, paired with
 *   the recipient's "Deres ref." / "Dykkar ref.";
 * - sv: "Vårt dnr" — the reference is the diarienummer, and Swedish letters
 *   pair "Vårt dnr" with "Ert dnr". "Vår referens" is not used: in Swedish
 *   letters it usually names the person handling the matter, not the number;
 * - en: "Our ref.".
 *
 * `withOurReference` puts the reference first, after any reply or forward
 * prefixes ("SV: Vår ref. 2026/123-4 – Svar på søknad om …"), so it survives
 * the replies that follow and is what the mail log shows first. A subject is
 * at most 255 characters in Outlook: the rest of the subject is shortened,
 * never the reference.
 */
import { splitPrefix } from '../compose/prefix';
import { format } from '../i18n/types';
import type { Messages } from '../i18n/types';
import type { Lang } from '../model';

/** The longest subject Outlook accepts (UTF-16 code units). */
export const MAX_SUBJECT = 255;
/** References are short ("2026/1234-12", "BOU 2021.456"); longer input is a mistake. */
export const MAX_REFERENCE = 60;

export const OUR_REFERENCE_LABEL: Readonly<Record<Lang, string>> = {
  nb: 'Vår ref.',
  nn: 'Vår ref.',
  sv: 'Vårt dnr',
  en: 'Our ref.',
};

// A reference: an optional series code (KS, BOU, "Sak"), then something that
// starts with a digit and runs on without spaces: 2026/123-4, 2024.456, 24/117.
const TOKEN = '(?:[A-Za-zÆØÅæøåÄÖäöÉé]{1,8}[ .-]?)?[0-9][0-9A-Za-z./:_-]*';
const LABEL =
  '(?:v[åa]r\\s+ref(?:eranse|erens|erence)?|v[åa]rt\\s+(?:dnr|diarienr|diarienummer)|our\\s+ref(?:erence)?)\\.?';
// Our label, then the reference; the first group is the character before the label.
const OURS = new RegExp(
  `(^|[^0-9A-Za-zÀ-ɏ])${LABEL}[ \\t\\u00a0]*[:.]?[ \\t\\u00a0]*(${TOKEN})`,
  'gi',
);
const REFERENCE = new RegExp(`^${TOKEN}$`);
const LEADING_LABEL = new RegExp(`^${LABEL}\\s*[:.]?\\s*`, 'i');
// Line breaks, controls and direction overrides have no place in a reference:
// an override would show "2026/123-4" as "4-321/6202".
// eslint-disable-next-line no-control-regex -- reason: control characters are what it looks for
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export type ReferenceProblem =
  | { readonly code: 'reference.empty' }
  | { readonly code: 'reference.too-long'; readonly max: number }
  | { readonly code: 'reference.invalid'; readonly text: string };

/** An archive reference that cannot be put in a subject. */
export class InvalidReference extends Error {
  constructor(readonly problem: ReferenceProblem) {
    super(problem.code);
    this.name = 'InvalidReference';
  }
}

/** The reference as it will be written: trimmed, and without a label the user typed with it. */
function tidy(reference: string): string {
  return reference
    .trim()
    .replace(LEADING_LABEL, '')
    .replace(/[./:_-]+$/, '')
    .replace(/\s+/g, ' ');
}

/** What is wrong with a reference, or null when it can go in a subject. */
export function checkReference(reference: string): ReferenceProblem | null {
  const ref = tidy(reference);
  if (ref === '') return { code: 'reference.empty' };
  if (UNSAFE.test(reference.trim())) return { code: 'reference.invalid', text: ref };
  if (ref.length > MAX_REFERENCE) return { code: 'reference.too-long', max: MAX_REFERENCE };
  if (!REFERENCE.test(ref)) return { code: 'reference.invalid', text: ref };
  return null;
}

/** The reference as it is recorded ("KS 2026/123" from " Vårt dnr KS 2026/123 "), or null when it is not one. */
export function normaliseReference(reference: string): string | null {
  return checkReference(reference) === null ? tidy(reference) : null;
}

interface Found {
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

/** Our labelled references in a text, in reading order. */
function findOurs(text: string): Found[] {
  const out: Found[] = [];
  OURS.lastIndex = 0;
  for (let m = OURS.exec(text); m; m = OURS.exec(text)) {
    const raw = m[2] ?? '';
    const value = raw.replace(/[./:_-]+$/, '');
    const start = m.index + (m[1] ?? '').length;
    out.push({ start, end: m.index + m[0].length - (raw.length - value.length), value });
  }
  return out;
}

/** Our reference in a subject ("2026/123-4" from "SV: Vår ref. 2026/123-4 – …"), or null. */
export function ourReferenceOf(subject: string): string | null {
  return findOurs(subject)[0]?.value ?? null;
}

function same(a: string, b: string): boolean {
  const key = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').toLowerCase();
  return key(a) === key(b);
}

const SEPARATOR_BEFORE = /[ \t]*[–—|-]?[ \t]*$/;
const SEPARATOR_AFTER = /^[ \t]*[–—|:-]?[ \t]*/;

/** The text without [start, end), and the separator that went with it. */
function cut(text: string, start: number, end: number): string {
  const left = text.slice(0, start).replace(SEPARATOR_BEFORE, '');
  const right = text.slice(end).replace(SEPARATOR_AFTER, '');
  if (left === '' || right === '') return left + right;
  return `${left} – ${right}`;
}

function isMark(c: number): boolean {
  return (
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe20 && c <= 0xfe2f) ||
    (c >= 0xfe00 && c <= 0xfe0f) || // variation selectors
    c === 0x200d // zero-width joiner
  );
}

function isRegionalIndicator(s: string, i: number): boolean {
  const lo = s.charCodeAt(i + 1);
  return s.charCodeAt(i) === 0xd83c && lo >= 0xdde6 && lo <= 0xddff;
}

/** True when the character at i belongs to the one before it (same user-perceived character). */
function continues(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 0xdc00 && c <= 0xdfff) return true; // low surrogate
  if (isMark(c) || s.charCodeAt(i - 1) === 0x200d) return true;
  const lo = s.charCodeAt(i + 1);
  if (c === 0xd83c && lo >= 0xdffb && lo <= 0xdfff) return true; // skin tone
  if (c === 0xdb40 && lo >= 0xdc20 && lo <= 0xdc7f) return true; // emoji tag
  if (isRegionalIndicator(s, i)) {
    // Flags are pairs: the second of a pair continues the first.
    let n = 0;
    for (let j = i - 2; j >= 0 && isRegionalIndicator(s, j); j -= 2) n++;
    return n % 2 === 1;
  }
  return false;
}

/** Direction embeddings and isolates left open in a text, closed. */
function closers(s: string): string {
  let embeddings = 0;
  let isolates = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x202a || c === 0x202b || c === 0x202d || c === 0x202e) embeddings++;
    else if (c === 0x202c) embeddings = Math.max(0, embeddings - 1);
    else if (c >= 0x2066 && c <= 0x2068) isolates++;
    else if (c === 0x2069) isolates = Math.max(0, isolates - 1);
  }
  return '\u202c'.repeat(embeddings) + '\u2069'.repeat(isolates);
}

/** The text cut to at most max code units, whole characters only, marked with "…". */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let i = max - 1;
  for (;;) {
    while (i > 0 && continues(text, i)) i--;
    const kept = text.slice(0, i).replace(/[\s–—|:,;-]+$/, '');
    if (kept === '') return '';
    const out = `${kept}…${closers(kept)}`;
    if (out.length <= max) return out;
    i -= out.length - max;
  }
}

/**
 * The subject with our reference first (after "SV:", "RE:" and the like).
 * Unchanged when it already carries this reference; another reference of
 * ours is replaced. Throws `InvalidReference` for a reference that cannot go
 * in a subject (see `checkReference`), leaving the subject as it was.
 */
export function withOurReference(subject: string, reference: string, lang: Lang): string {
  const problem = checkReference(reference);
  if (problem) throw new InvalidReference(problem);
  const ref = tidy(reference);
  const flat = subject.replace(/[\r\n\t]+/g, ' ');
  const existing = findOurs(flat);
  if (
    flat === subject &&
    subject.length <= MAX_SUBJECT &&
    existing.some((f) => same(f.value, ref))
  ) {
    return subject;
  }
  const outer = splitPrefix(flat);
  let rest = outer.rest;
  const inRest = findOurs(rest);
  for (let k = inRest.length - 1; k >= 0; k--) {
    const f = inRest[k] as Found;
    rest = cut(rest, f.start, f.end);
  }
  // A reference in front of a prefix ("Vår ref. 1 – SV: …") leaves that prefix first.
  const inner = splitPrefix(rest);
  let prefix = (outer.prefix + inner.prefix).replace(/\s+$/, '');
  rest = inner.rest.trim();
  let head = `${prefix === '' ? '' : `${prefix} `}${OUR_REFERENCE_LABEL[lang]} ${ref}`;
  if (head.length > MAX_SUBJECT) {
    // Dozens of "SV: SV: …": one is enough.
    prefix = /^[^:]*:/.exec(prefix)?.[0] ?? '';
    head = `${prefix} ${OUR_REFERENCE_LABEL[lang]} ${ref}`;
  }
  if (rest === '') return head;
  const tail = shorten(rest, MAX_SUBJECT - head.length - 3);
  return tail === '' ? head : `${head} – ${tail}`;
}

const referenceTexts = {
  nb: {
    'reference.empty': 'Referansen er tom. Skriv saksnummeret, for eksempel 2026/123-4.',
    'reference.too-long': 'Referansen kan ha høyst {max} tegn.',
    'reference.invalid':
      '«{text}» ser ikke ut som en arkivreferanse. Skriv den for eksempel som 2026/123-4 eller KS 2024/123.',
  },
  nn: {
    'reference.empty': 'Referansen er tom. Skriv saksnummeret, til dømes 2026/123-4.',
    'reference.too-long': 'Referansen kan ha høgst {max} teikn.',
    'reference.invalid':
      '«{text}» ser ikkje ut som ein arkivreferanse. Skriv han til dømes som 2026/123-4 eller KS 2024/123.',
  },
  sv: {
    'reference.empty': 'Diarienumret är tomt. Skriv det, till exempel KS 2024/123.',
    'reference.too-long': 'Diarienumret får ha högst {max} tecken.',
    'reference.invalid':
      '”{text}” ser inte ut som ett diarienummer. Skriv det till exempel som KS 2024/123 eller 2026/123-4.',
  },
  en: {
    'reference.empty': 'The reference is empty. Write the case number, for example 2026/123-4.',
    'reference.too-long': 'The reference can have at most {max} characters.',
    'reference.invalid':
      '“{text}” does not look like an archive reference. Write it as, for example, 2026/123-4 or KS 2024/123.',
  },
} as const;

export const referenceMessages: Messages<ReferenceProblem['code']> = referenceTexts;

/** A reference problem as a sentence; what the user wrote is shown without controls or overrides. */
export function describeReferenceProblem(problem: ReferenceProblem, lang: Lang): string {
  const params: Record<string, string | number> = {};
  if (problem.code === 'reference.too-long') params['max'] = problem.max;
  if (problem.code === 'reference.invalid')
    params['text'] = problem.text.replace(new RegExp(UNSAFE.source, 'g'), '');
  return format(referenceMessages[lang][problem.code], params);
}
