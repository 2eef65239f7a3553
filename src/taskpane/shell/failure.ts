/**
 * What went wrong, for the pane: the one place a sign-in or Graph failure
 * becomes a sentence in the user's language. Every panel (case, filing,
 * send-on, registrar) describes failures through this, so the same failure
 * reads the same everywhere.
 */
import type { Lang } from '../../core/model';
import { AuthFailure } from '../../core/auth';
import { format } from '../../core/i18n/types';
import { GraphFailure } from '../../services/graph/errors';
import { graphMessages } from '../../services/graph/messages';
import { tc } from '../case/messages';

/**
 * `about`: what the request was for. Graph answers 404 both for a message
 * that is gone and for a mailbox that does not exist or is out of reach
 * (Exchange hides which); reading a whole mailbox, only the second can be.
 */
export function failureText(
  error: unknown,
  lang: Lang,
  about: 'message' | 'mailbox' = 'message',
): string {
  if (error instanceof AuthFailure)
    return tc(lang, `case.auth.${error.kind}`, { code: error.code });
  if (error instanceof GraphFailure && about === 'mailbox' && error.kind === 'not-found') {
    return graphMessages[lang]['graph.error.mailbox-not-found'];
  }
  if (error instanceof GraphFailure) {
    return format(graphMessages[lang][`graph.error.${error.kind}`], {
      code: error.code || String(error.status),
    });
  }
  return format(graphMessages[lang]['graph.error.unknown'], { code: 'client' });
}
