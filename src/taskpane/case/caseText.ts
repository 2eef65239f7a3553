/**
 * The case panel's notes and results as sentences in the user's language:
 * the app layer carries them as data, failures go through the pane's one
 * describer (shell/failure).
 */
import type { CaseLine, CaseNote } from '../../app/case-session';
import type { MessageClass } from '../../core/classify/classify';
import { t } from '../shell/catalog';
import type { Lang } from '../../core/model';
import type { RegistrationResult } from '../../services/registrar';
import { failureText } from '../shell/failure';
import { tc } from './messages';
import type { CaseKey } from './messages';

export function caseLineText(line: CaseLine, lang: Lang): string {
  switch (line.kind) {
    case 'text':
      return line.text;
    case 'saved':
      return tc(lang, 'case.saved');
    case 'theirs':
      return tc(lang, 'case.theirs');
    case 'notified':
      return tc(lang, 'case.notify.sent', { name: line.name });
    case 'notify-failed':
      return tc(lang, 'case.notify.failed', { reason: failureText(line.failure, lang) });
    case 'failure':
      return failureText(line.failure, lang);
  }
}

export function caseNoteTitle(note: CaseNote, lang: Lang): string | undefined {
  return note.title === 'not-saved' ? tc(lang, 'case.error.title') : undefined;
}

export const classLabel = (c: MessageClass, lang: Lang): string => t(lang, `class.${c}`);

export interface RegistrarNote {
  readonly intent: 'success' | 'warning' | 'error';
  readonly title?: string;
  readonly text: string;
}

/** The sentence for a registration's result, with a variant for every missing part. */
export function registrationText(result: RegistrationResult, lang: Lang): RegistrarNote | null {
  switch (result.kind) {
    case 'invalid':
      return null;
    case 'registered-otherwise':
      return {
        intent: 'warning',
        text: tc(lang, 'case.registrar.otherwise', { ref: result.reference }),
      };
    case 'registered':
      return {
        intent: 'success',
        text: tc(lang, 'case.registrar.done', {
          ref: result.reference,
          mailbox: result.mailbox ?? '',
        }),
      };
    case 'original-unmarked': {
      const mailbox = result.mailbox;
      let key: CaseKey;
      if (mailbox === undefined) key = 'case.registrar.unmarked.unknown-mailbox';
      else if (result.reason === 'archived-otherwise')
        key =
          result.otherReference !== undefined
            ? 'case.registrar.unmarked.archived-otherwise'
            : 'case.registrar.unmarked.archived-otherwise.unknown';
      else if (result.reason === 'not-found') key = 'case.registrar.unmarked.not-found';
      else key = 'case.registrar.unmarked.no-access';
      return {
        intent: 'warning',
        text: tc(lang, key, {
          ref: result.reference,
          ...(mailbox !== undefined ? { mailbox } : {}),
          ...(result.otherReference !== undefined ? { other: result.otherReference } : {}),
        }),
      };
    }
  }
}
