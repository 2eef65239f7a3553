/**
 * R25: validate an organisation profile and report every error at once,
 * each with its path (`mailboxes[2].address`) and a code + params, so the
 * administrator can fix the whole file in one go. The shape comes from the
 * zod schema; the rules across fields are checked here on the raw input,
 * so they are reported even when other parts of the file are broken.
 */
import type { z } from 'zod';
import { format } from '../i18n/types';
import type { Lang, Params } from '../model';
import { Meter } from '../metering/meter';
import type { PathSegment, TextPosition } from './json';
import { formatPath, lineIndex, parentPath, parseJson } from './json';
import { domainOf } from './mailboxes';
import type { JsonType, ProfileErrorCode, ProfileWarningCode } from './messages';
import { JSON_TYPES, profileMessages } from './messages';
import {
  DOMAIN,
  MAX_DISPOSAL_DAYS,
  MAX_RESPONSE_DAYS,
  MIN_DISPOSAL_DAYS,
  MIN_RESPONSE_DAYS,
  REFINEMENT,
  profileSchema,
} from './schema';
import type { Profile } from './types';
import { SIGNATURE_PLACEHOLDERS } from './types';

export interface ProfileError {
  readonly code: ProfileErrorCode | ProfileWarningCode;
  /** Where in the profile, e.g. `mailboxes[2].address`; empty for the whole file. */
  readonly path: string;
  readonly params?: Params;
  /** 1-based position in the text, when validated from text (parseProfileText). */
  readonly line?: number;
  readonly column?: number;
}

export type ProfileValidation =
  | { readonly ok: true; readonly profile: Profile; readonly warnings: readonly ProfileError[] }
  | {
      readonly ok: false;
      readonly errors: readonly ProfileError[];
      readonly warnings: readonly ProfileError[];
    };

type Raw = Record<string, unknown>;

function isObject(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let v = root;
  for (const s of path) {
    if (typeof s === 'number') v = Array.isArray(v) ? v[s] : undefined;
    else v = isObject(v) && Object.prototype.hasOwnProperty.call(v, s) ? v[s] : undefined;
  }
  return v;
}

function show(v: unknown): string {
  if (typeof v === 'string') return v;
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/** The keys allowed where an unknown key was found, for "did you mean". */
function knownKeys(path: readonly PathSegment[], input: unknown): readonly string[] {
  const shape = profileSchema.shape;
  const where = path.map((s) => (typeof s === 'number' ? '[]' : s)).join('/');
  if (where === '') return Object.keys(shape);
  if (where === 'mailboxes/[]') return Object.keys(shape.mailboxes.element.shape);
  if (where === 'keywords') return Object.keys(shape.keywords.unwrap().shape);
  if (where === 'checks') return Object.keys(shape.checks.unwrap().shape);
  if (where === 'restrictions') return Object.keys(shape.restrictions.unwrap().shape);
  if (where === 'restrictions/suggest')
    return Object.keys(shape.restrictions.unwrap().shape.suggest.unwrap().shape);
  if (where === 'restrictions/screen')
    return Object.keys(shape.restrictions.unwrap().shape.screen.unwrap().shape);
  if (where.startsWith('restrictions/suggest/'))
    return Object.keys(
      shape.restrictions.unwrap().shape.suggest.unwrap().shape.personal.unwrap().shape,
    );
  if (where === 'signature') return Object.keys(shape.signature.unwrap().shape);
  if (where === 'signature/rules/[]')
    return Object.keys(shape.signature.unwrap().shape.rules.element.shape);
  if (where === 'archive') {
    const kind = isObject(input) && isObject(input.archive) ? input.archive.kind : undefined;
    const option = shape.archive.unwrap().options.find((o) => o.shape.kind.value === kind);
    return option ? Object.keys(option.shape) : [];
  }
  return [];
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j] ?? 0;
      const cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
      row[j] = Math.min(cur + 1, (row[j - 1] ?? 0) + 1, prev + cost);
      prev = cur;
    }
  }
  return row[b.length] ?? 0;
}

/** Keys longer than this are no typo of a known key: no suggestion is looked for. */
const MAX_SUGGESTED_KEY = 64;
/** Unknown keys in one object that get a "did you mean". */
const MAX_SUGGESTIONS = 50;

/** The known key a typo most likely meant ("timezone" → "timeZone"), or null. */
function suggestKey(key: string, known: readonly string[]): string | null {
  if (key.length > MAX_SUGGESTED_KEY) return null;
  const k = key.toLowerCase();
  let best: string | null = null;
  let bestDistance = Math.max(1, Math.min(3, Math.floor(key.length / 3)));
  for (const candidate of known) {
    const d = distance(k, candidate.toLowerCase());
    if (d <= bestDistance && (best === null || d < bestDistance)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function typeName(expected: string): JsonType | null {
  const t = expected === 'int' ? 'integer' : expected;
  return (JSON_TYPES as readonly string[]).includes(t) ? (t as JsonType) : null;
}

type Issue = z.ZodError['issues'][number];

function fromIssue(issue: Issue, input: unknown): ProfileError[] {
  const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
  const at = formatPath(path);
  const value = valueAt(input, path);
  const err = (code: ProfileErrorCode, params?: Params, where = at): ProfileError =>
    params ? { code, path: where, params } : { code, path: where };
  const last = path[path.length - 1];
  const pattern = path.map((s) => (typeof s === 'number' ? '[]' : s)).join('/');

  // A field that is not there at all is "required", whatever the schema
  // would have wanted in it (a missing enum is not a wrong enum value).
  const parent = valueAt(input, path.slice(0, -1));
  if (
    issue.code !== 'unrecognized_keys' &&
    typeof last === 'string' &&
    isObject(parent) &&
    !Object.prototype.hasOwnProperty.call(parent, last)
  ) {
    return [err('profile.error.required', { key: last })];
  }

  switch (issue.code) {
    case 'invalid_type': {
      const t = typeName(issue.expected);
      return [t ? err('profile.error.type', { expected: t }) : err('profile.error.invalid')];
    }
    case 'invalid_format': {
      const v = show(value);
      if (issue.format === 'email') return [err('profile.error.email', { value: v })];
      if (pattern === 'id') return [err('profile.error.id', { value: v })];
      if (pattern === 'domains/[]') {
        const lower = v.trim().toLowerCase();
        return [
          DOMAIN.test(lower)
            ? err('profile.error.domain-case', { value: v, suggestion: lower })
            : err('profile.error.domain', { value: v }),
        ];
      }
      if (pattern === 'extraHolidays/[]') return [err('profile.error.date', { value: v })];
      return [err('profile.error.invalid')];
    }
    case 'invalid_value':
      return [
        err('profile.error.enum', {
          value: show(value),
          allowed: issue.values.map((x) => String(x)).join(', '),
        }),
      ];
    case 'invalid_union':
      // A discriminated union (archive.kind) names the values it knows.
      if ('options' in issue && Array.isArray(issue.options))
        return [
          err('profile.error.enum', {
            value: show(value),
            allowed: issue.options.map((x) => String(x)).join(', '),
          }),
        ];
      return [err('profile.error.invalid')];
    case 'too_small':
    case 'too_big': {
      if (pattern === 'responseDays') {
        return [
          err('profile.error.range', {
            value: show(value),
            min: MIN_RESPONSE_DAYS,
            max: MAX_RESPONSE_DAYS,
          }),
        ];
      }
      if (pattern === 'disposal/ephemeralAfterDays') {
        return [
          err('profile.error.range', {
            value: show(value),
            min: MIN_DISPOSAL_DAYS,
            max: MAX_DISPOSAL_DAYS,
          }),
        ];
      }
      if (issue.code === 'too_small' && issue.origin === 'array') {
        return [err('profile.error.too-few', { min: Number(issue.minimum) })];
      }
      if (issue.code === 'too_small' && issue.origin === 'string')
        return [err('profile.error.empty')];
      return [err('profile.error.invalid')];
    }
    case 'unrecognized_keys': {
      const known = knownKeys(path, input);
      return issue.keys.map((key, i) => {
        const where = formatPath([...path, key]);
        // A few typos get a suggestion; a file of thousands of unknown keys is no typo.
        const suggestion = i < MAX_SUGGESTIONS ? suggestKey(key, known) : null;
        return suggestion
          ? err('profile.error.unknown-key-suggestion', { key, suggestion }, where)
          : err('profile.error.unknown-key', { key }, where);
      });
    }
    case 'custom': {
      const code: unknown = issue.params?.code;
      if (code === REFINEMENT.timeZone)
        return [err('profile.error.time-zone', { value: show(value) })];
      if (code === REFINEMENT.date) return [err('profile.error.date', { value: show(value) })];
      if (code === REFINEMENT.contactAddress) return [err('profile.error.contact-address')];
      return [err('profile.error.invalid')];
    }
    default:
      return [err('profile.error.invalid')];
  }
}

/** A DNS name is at most 253 characters: a longer one is nobody's domain. */
const MAX_DOMAIN = 253;

/**
 * Whether a domain is one of `own` or below one: each of its parent domains
 * looked up once in a set, so the check costs the same for 2 or 20,000
 * organisation domains.
 */
function insideDomains(domain: string, own: ReadonlySet<string>): boolean {
  if (domain.length > MAX_DOMAIN) return false;
  let d = domain;
  for (;;) {
    if (own.has(d)) return true;
    const dot = d.indexOf('.');
    if (dot < 0) return false;
    d = d.slice(dot + 1);
  }
}

/** Rules across fields, run on whatever parts of the input have the right shape. */
function semanticErrors(input: unknown, meter: Meter): ProfileError[] {
  if (!isObject(input) || !Array.isArray(input.mailboxes)) return [];
  const out: ProfileError[] = [];
  const mailboxes: unknown[] = input.mailboxes;
  const domains = Array.isArray(input.domains)
    ? input.domains
        .filter((d): d is string => typeof d === 'string')
        .map((d) => d.trim().toLowerCase())
        .filter((d) => DOMAIN.test(d))
    : [];
  meter.tick(domains.length);
  const own = new Set(domains);
  // Joined once: every error about a mailbox outside the domains names them.
  const domainList = domains.join(', ');

  const firstSeen = new Map<string, string>();
  const registries: string[] = [];
  mailboxes.forEach((m, i) => {
    meter.tick();
    if (!isObject(m)) return;
    const path = formatPath(['mailboxes', i, 'address']);
    if (m.registry === true)
      registries.push(typeof m.address === 'string' ? m.address : `mailboxes[${i}]`);
    if (typeof m.address !== 'string' || m.address.trim() === '') return;
    const address = m.address.trim().toLowerCase();
    const first = firstSeen.get(address);
    // Outlook and Exchange treat addresses case-insensitively.
    if (first !== undefined) {
      out.push({
        code: 'profile.error.duplicate-address',
        path,
        params: { address: m.address, first },
      });
    } else {
      firstSeen.set(address, path);
    }
    const domain = domainOf(address);
    if (domain !== null && domains.length > 0 && !insideDomains(domain, own)) {
      out.push({
        code: 'profile.error.mailbox-domain',
        path,
        params: { address: m.address, domains: domainList },
      });
    }
  });
  // The supervisors and the digest's sender are people and mailboxes of the organisation.
  const outside = (address: unknown, path: string): void => {
    if (typeof address !== 'string') return;
    meter.tick();
    const domain = domainOf(address.trim().toLowerCase());
    if (domain !== null && domains.length > 0 && !insideDomains(domain, own)) {
      out.push({
        code: 'profile.error.oversight-domain',
        path,
        params: { address, domains: domainList },
      });
    }
  };
  mailboxes.forEach((m, i) => {
    if (!isObject(m) || !Array.isArray(m.supervisors)) return;
    m.supervisors.forEach((a: unknown, j: number) =>
      outside(a, formatPath(['mailboxes', i, 'supervisors', j])),
    );
  });
  if (isObject(input.oversight)) {
    outside(input.oversight.digestSender, formatPath(['oversight', 'digestSender']));
  }
  if (registries.length > 1) {
    out.push({
      code: 'profile.error.registry-count',
      path: 'mailboxes',
      params: { count: registries.length, addresses: registries.join(', ') },
    });
  }
  const archive = input.archive;
  if (
    isObject(archive) &&
    archive.kind === 'registry-mailbox' &&
    archive.address === undefined &&
    registries.length === 0
  ) {
    out.push({ code: 'profile.error.archive-no-registry', path: 'archive' });
  }
  // One text per language, but none given: the warning would name nothing.
  const consent = input.electronicConsent;
  if (isObject(consent) && isObject(consent.where) && Object.keys(consent.where).length === 0) {
    out.push({ code: 'profile.error.empty', path: formatPath(['electronicConsent', 'where']) });
  }
  out.push(...signatureErrors(input, meter));
  return out;
}

/**
 * R9: the reply template in the organisation's language (the fallback) must
 * be there, and every `{name}` in a template must be a known placeholder.
 */
function signatureErrors(input: Raw, meter: Meter): ProfileError[] {
  const sig = input.signature;
  if (!isObject(sig) || !isObject(sig.templates)) return [];
  const out: ProfileError[] = [];
  const templates = sig.templates;
  const language = input.language;
  if (typeof language === 'string' && typeof templates[language] !== 'string') {
    out.push({
      code: 'profile.error.signature-template',
      path: formatPath(['signature', 'templates']),
      params: { language },
    });
  }
  const known: ReadonlySet<string> = new Set(SIGNATURE_PLACEHOLDERS);
  const allowed = SIGNATURE_PLACEHOLDERS.map((p) => `{${p}}`).join(', ');
  for (const [lang, text] of Object.entries(templates)) {
    if (typeof text !== 'string') continue;
    meter.tick(text.length);
    for (const m of text.matchAll(/\{(\w+)\}/g)) {
      const name = m[1] ?? '';
      if (known.has(name)) continue;
      out.push({
        code: 'profile.error.signature-placeholder',
        path: formatPath(['signature', 'templates', lang]),
        params: { name: `{${name}}`, allowed },
      });
      break;
    }
  }
  return out;
}

const USUAL: Readonly<Record<string, { languages: readonly string[]; zones: readonly string[] }>> =
  {
    NO: { languages: ['nb', 'nn', 'en'], zones: ['Europe/Oslo', 'Arctic/Longyearbyen'] },
    SE: { languages: ['sv', 'en'], zones: ['Europe/Stockholm'] },
  };

function warningsFor(input: unknown): ProfileError[] {
  if (!isObject(input)) return [];
  const out: ProfileError[] = [];
  const { country, language, timeZone, mailboxes } = input;
  if (Array.isArray(mailboxes) && mailboxes.length > 0) {
    if (!mailboxes.some((m) => isObject(m) && m.registry === true)) {
      out.push({ code: 'profile.warning.no-registry', path: 'mailboxes' });
    }
  }
  const checks = input.checks;
  const uninspected = isObject(checks) ? checks['uninspected'] : undefined;
  if (uninspected === 'off' || uninspected === 'info') {
    out.push({
      code: 'profile.warning.uninspected-floor',
      path: 'checks.uninspected',
      params: { value: uninspected },
    });
  }
  const usual = typeof country === 'string' ? USUAL[country] : undefined;
  if (usual && typeof language === 'string' && !usual.languages.includes(language)) {
    out.push({
      code: 'profile.warning.language-country',
      path: 'language',
      params: { language, country: String(country) },
    });
  }
  if (usual && typeof timeZone === 'string' && !usual.zones.includes(timeZone)) {
    out.push({
      code: 'profile.warning.time-zone-country',
      path: 'timeZone',
      params: { timeZone, country: String(country) },
    });
  }
  out.push(...restrictionWarnings(input));
  return out;
}

/** Words that name the other country's law in a legal basis. */
const FOREIGN_LAW: Readonly<Record<string, RegExp>> = {
  NO: /\bOSL\b|sekretesslag/i,
  SE: /\boffl\b|offentleglova|offentlighetsloven|\bfvl\b|forvaltningslov/i,
};

/** A suggested restriction whose basis names the other country's law (a copied profile). */
function restrictionWarnings(input: Raw): ProfileError[] {
  const foreign = typeof input.country === 'string' ? FOREIGN_LAW[input.country] : undefined;
  const restrictions = input.restrictions;
  if (foreign === undefined || !isObject(restrictions) || !isObject(restrictions.suggest))
    return [];
  const out: ProfileError[] = [];
  for (const [ground, entry] of Object.entries(restrictions.suggest)) {
    if (!isObject(entry) || typeof entry.basis !== 'string') continue;
    // A basis is a line of text: only its head is looked at.
    if (!foreign.test(entry.basis.slice(0, 200))) continue;
    out.push({
      code: 'profile.warning.restriction-country',
      path: formatPath(['restrictions', 'suggest', ground, 'basis']),
      params: { basis: entry.basis.slice(0, 200), country: String(input.country) },
    });
  }
  return out;
}

/** One error per place: "2025-02-30" fails the date pattern check only once, not twice. */
function firstPerPath(errors: readonly ProfileError[]): ProfileError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (seen.has(e.path)) return false;
    seen.add(e.path);
    return true;
  });
}

/**
 * Validate a parsed profile (e.g. from JSON.parse or a fetched object).
 * Linear in the profile's size; `meter` counts the steps (for tests).
 */
export function validateProfile(json: unknown, meter: Meter = new Meter()): ProfileValidation {
  const result = profileSchema.safeParse(json);
  const shapeErrors = result.success
    ? []
    : result.error.issues.flatMap((i) => {
        meter.tick(i.path.length + 1);
        return fromIssue(i, json);
      });
  const errors = firstPerPath([...shapeErrors, ...semanticErrors(json, meter)]);
  const warnings = warningsFor(json);
  if (result.success && errors.length === 0) return { ok: true, profile: result.data, warnings };
  return { ok: false, errors, warnings };
}

function located(
  e: ProfileError,
  at: (offset: number) => TextPosition,
  positions: ReadonlyMap<string, number>,
  meter: Meter,
): ProfileError {
  // A missing field has no position of its own: use the nearest enclosing value.
  let path = e.path;
  let offset = positions.get(path);
  while (offset === undefined && path !== '') {
    meter.tick();
    path = parentPath(path);
    offset = positions.get(path);
  }
  if (offset === undefined) return e;
  const { line, column } = at(offset);
  return { ...e, line, column };
}

/**
 * Errors in the order of the file: put in a bucket per line (the file has at
 * most as many lines as characters), then by column within a line. Stable.
 */
function byPosition(errors: readonly ProfileError[], meter: Meter): ProfileError[] {
  const lines: ProfileError[][] = [];
  for (const e of errors) {
    meter.tick();
    const line = e.line ?? 0;
    (lines[line] ??= []).push(e);
  }
  const out: ProfileError[] = [];
  for (let line = 0; line < lines.length; line++) {
    meter.tick();
    const bucket = lines[line];
    if (bucket === undefined) continue;
    if (bucket.length > 1) bucket.sort((a, b) => (a.column ?? 0) - (b.column ?? 0));
    for (const e of bucket) out.push(e);
  }
  return out;
}

/**
 * Validate the text of a profile file: JSON syntax errors come back as
 * `profile.error.json` with line and column, and every other error carries
 * the line and column of the value it is about.
 */
export function parseProfileText(text: string, meter: Meter = new Meter()): ProfileValidation {
  const parsed = parseJson(text, meter);
  const at = lineIndex(text, meter);
  if (!parsed.ok) {
    const { line, column } = at(parsed.offset);
    const error: ProfileError =
      parsed.found === null
        ? { code: 'profile.error.json-end', path: '', params: { line, column }, line, column }
        : {
            code: 'profile.error.json',
            path: '',
            params: { found: parsed.found, line, column },
            line,
            column,
          };
    return { ok: false, errors: [error], warnings: [] };
  }
  const base = validateProfile(parsed.value, meter);
  const duplicates: ProfileError[] = parsed.duplicates.map((d) => {
    const { line, column } = at(d.offset);
    return {
      code: 'profile.error.duplicate-key',
      path: d.path,
      params: { key: d.key },
      line,
      column,
    };
  });
  const warnings = byPosition(
    base.warnings.map((w) => located(w, at, parsed.positions, meter)),
    meter,
  );
  const errors = byPosition(
    [...(base.ok ? [] : base.errors), ...duplicates].map((e) =>
      e.line === undefined ? located(e, at, parsed.positions, meter) : e,
    ),
    meter,
  );
  if (base.ok && errors.length === 0) return { ok: true, profile: base.profile, warnings };
  return { ok: false, errors, warnings };
}

/** One line of text per error or warning, in the given language. */
export function formatProfileErrors(errors: readonly ProfileError[], lang: Lang): string[] {
  const table = profileMessages[lang];
  return errors.map((e) => {
    let params = e.params;
    if (e.code === 'profile.error.type' && typeof params?.expected === 'string') {
      const t = typeName(params.expected);
      if (t) params = { ...params, expected: table[`profile.type.${t}`] };
    }
    const message = format(table[e.code], params);
    if (e.path === '') return message;
    const where =
      e.line !== undefined && e.column !== undefined
        ? format(table['profile.where'], { path: e.path, line: e.line, column: e.column })
        : e.path;
    return `${where}: ${message}`;
  });
}
