/**
 * R20: good-practice hints from Vara kommun's guidelines (seed 003). They
 * never block: "Skriv en tydlig rubrik", "Undvik svara alla", "Undvik stora
 * grupputskick", "Undvik att bifoga filer inom organisationen", "Använd
 * kommunens gemensamma e-postsignatur".
 */
import type { Finding } from '../model';
import type { ComposeSnapshot } from '../message';
import type { Profile } from '../profile/types';
import { splitPrefix } from './prefix';

type Hint = Omit<Finding, 'severity' | 'check'>;

/** Above this many recipients a message is a mass mailing. */
export const MANY_RECIPIENTS = 25;
/** Reply-all to at least this many people earns a hint. */
export const LARGE_REPLY_ALL = 10;

// Subjects that tell the recipient (and the public mail log) nothing.
const VAGUE = new Set([
  'hei',
  'hallo',
  'hej',
  'hello',
  'hi',
  'heisann',
  'god dag',
  'spørsmål',
  'spørsmål',
  'spursmål',
  'fråga',
  'frågor',
  'question',
  'questions',
  'info',
  'informasjon',
  'information',
  'viktig',
  'viktigt',
  'important',
  'til info',
  'fyi',
  'test',
  'sak',
  'saken',
  'ärende',
  'ärendet',
  'diverse',
  'div',
  'ymse',
  'övrigt',
  'misc',
  'henvendelse',
  'førespurnad',
  'förfrågan',
  'inquiry',
  'melding',
  'meddelande',
  'message',
  'vedlegg',
  'vedlegg til sak',
  'bilaga',
  'bilagor',
  'attachment',
  'dokument',
  'dokumenter',
  'haster',
  'brådskande',
  'urgent',
  'svar',
  'answer',
  'oppfølging',
  'uppföljning',
]);

export function subjectQuality(subject: string): 'empty' | 'vague' | 'ok' {
  const core = splitPrefix(subject)
    .rest.replace(/[\s.!?:;,-]+$/g, '')
    .trim();
  if (core.length === 0) return 'empty';
  if (core.length < 4 || VAGUE.has(core.toLowerCase())) return 'vague';
  return 'ok';
}

export function goodPracticeFindings(
  s: ComposeSnapshot,
  profile: Profile,
  hasExternal: boolean,
): Hint[] {
  const hints: Hint[] = [];
  const quality = subjectQuality(s.subject);
  if (quality !== 'ok') {
    hints.push({ code: `practice.subject-${quality}`, category: 'practice', part: 'subject' });
  }
  const count = s.to.length + s.cc.length + s.bcc.length;
  if (count > MANY_RECIPIENTS) {
    hints.push({
      code: 'practice.many-recipients',
      category: 'practice',
      part: 'recipients',
      params: { count, limit: MANY_RECIPIENTS },
    });
  }
  const original = s.replyTo?.originalRecipients ?? count;
  if (s.replyTo?.replyAll && Math.max(original, count) >= LARGE_REPLY_ALL) {
    hints.push({
      code: 'practice.reply-all',
      category: 'practice',
      part: 'recipients',
      params: { count: Math.max(original, count) },
    });
  }
  const files = s.attachments.filter((a) => a.inline !== true);
  if (!hasExternal && count > 0 && files.length > 0) {
    hints.push({
      code: 'practice.internal-attachments',
      category: 'practice',
      part: 'attachment',
      params: { count: files.length },
    });
  }
  const markers = profile.signatureMarkers ?? [];
  if (markers.length > 0) {
    const body = s.body.toLowerCase();
    if (!markers.some((m) => body.includes(m.toLowerCase()))) {
      hints.push({ code: 'practice.signature-missing', category: 'practice', part: 'body' });
    }
  }
  return hints;
}
