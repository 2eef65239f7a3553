/**
 * The filing's sentences in the user's language: what the filing session
 * and the journal view hold as keys and values (app/filing-text) becomes
 * text here. Instants are written in the organisation's time zone with the
 * one date-and-time format (never raw ISO); failures of the filing's own
 * kinds are said here, and every other failure by the pane's one describer
 * (shell/failure).
 */
import { describeArchiveFailure } from '../../services/archive/messages';
import type { FilingActivity } from '../../app/filing-session';
import type { FilingLine, FilingParam } from '../../app/filing-text';
import { LOCALES } from '../../core/i18n/locale';
import type { Lang } from '../../core/model';
import { describeConflict, describeRefusal, formatDateTime, statusLabel } from '../../core/state';
import { ArchiveFailure } from '../../services/archive/errors';
import { MarkRefused } from '../../services/filing';
import { failureText } from '../shell/failure';
import { tf } from './messages';

/** An instant as the user reads it: date and time in their language, in the organisation's zone. */
export function whenText(iso: string, lang: Lang, timeZone: string): string {
  return formatDateTime(iso, lang, timeZone) ?? '';
}

/** Why a filing failed, in the user's language. */
export function filingFailureText(e: unknown, lang: Lang): string {
  if (e instanceof ArchiveFailure) return describeArchiveFailure(e, lang);
  if (e instanceof MarkRefused)
    return e.outcome.kind === 'refused'
      ? describeRefusal(e.outcome.refusal, lang)
      : describeConflict(e.outcome.fields, lang);
  return failureText(e, lang);
}

function paramText(p: FilingParam, lang: Lang, timeZone: string): string | number {
  if (typeof p === 'string' || typeof p === 'number') return p;
  if ('instant' in p) return whenText(p.instant, lang, timeZone);
  if ('status' in p) return statusLabel(p.status, lang);
  return filingFailureText(p.failure, lang);
}

/** A sentence of the filing, or a failure, in the user's language. */
export function filingText(line: FilingLine, lang: Lang, timeZone: string): string {
  if (!('key' in line)) return filingFailureText(line.failure, lang);
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(line.params ?? {}))
    params[name] = paramText(value, lang, timeZone);
  return tf(lang, line.key, params);
}

/** A size as people read it: "5,0 MB", "340 kB"; `fixed` keeps one decimal below 10 MB (progress). */
export function sizeText(bytes: number, lang: Lang, fixed = false): string {
  const locale = LOCALES[lang];
  if (bytes < 1024 * 1024 && !fixed)
    return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(locale)} kB`;
  const value = bytes / (1024 * 1024);
  const digits = value < 10 ? 1 : 0;
  return `${value.toLocaleString(locale, {
    minimumFractionDigits: fixed ? digits : 0,
    maximumFractionDigits: fixed ? digits : 1,
  })} MB`;
}

/**
 * "340 kB av 900 kB", "4,0 MB av 12 MB": both in the unit the total is
 * best read in, kB below 1 MB, numbers as the language writes them.
 */
export function progressSizes(
  bytes: number,
  totalBytes: number,
  lang: Lang,
): { done: string; total: string } {
  const locale = LOCALES[lang];
  if (totalBytes < 1024 * 1024) {
    const kb = (n: number): string =>
      `${Math.round(Math.max(0, n) / 1024).toLocaleString(locale)} kB`;
    // A file under 1 kB is still "1 kB" in all, never "0 kB av 0 kB".
    return {
      done: kb(bytes),
      total:
        totalBytes > 0
          ? `${Math.max(1, Math.round(totalBytes / 1024)).toLocaleString(locale)} kB`
          : kb(0),
    };
  }
  return { done: sizeText(bytes, lang, true), total: sizeText(totalBytes, lang, true) };
}

/** What a running filing is doing, as the progress bar says it. */
export function activityText(a: FilingActivity, lang: Lang, timeZone: string): string {
  switch (a.step) {
    case 'reading':
      return tf(lang, 'filing.progress.reading');
    case 'case':
      return tf(lang, 'filing.progress.case');
    case 'record':
      return tf(lang, 'filing.progress.record');
    case 'documents':
      return tf(lang, 'filing.progress.documents', progressSizes(a.bytes, a.totalBytes, lang));
    case 'waiting':
      return tf(lang, 'filing.waiting', { by: a.by, when: whenText(a.at, lang, timeZone) });
    case 'sign-in':
      return tf(lang, 'filing.progress.sign-in');
  }
}
