/**
 * "Svar i sak 2026/123" and "Lagre i same sak": the case panel's words for a
 * reply that belongs to a case, in nb, nn, sv and en. The label and how it
 * was recognised are core's (core/archive/reply-case-messages).
 */
import { createTranslator } from '../../core/i18n/types';
import type { Messages } from '../../core/i18n/types';

export type ReplyKey =
  | 'reply.file'
  | 'reply.retry'
  | 'reply.unchecked'
  | 'reply.archive-failed'
  | 'reply.lookup-failed'
  | 'reply.needs-form'
  | 'reply.case-title';

export const replyMessages: Messages<ReplyKey> = {
  nb: {
    'reply.retry': 'Prøv igjen',
    'reply.file': 'Lagre i samme sak',
    'reply.unchecked':
      'Arkivet kan ikke søkes i herfra, så saksnummeret er ikke kontrollert. Det går til arkivet med meldingen.',
    'reply.archive-failed': 'Fikk ikke sjekket saken i arkivet: {why}',
    'reply.lookup-failed':
      'Sendte elementer kunne ikke leses, så saken er funnet fra emnet eller teksten.',
    'reply.needs-form': 'Tittelen må endres før meldingen kan lagres. Bruk «Lagre i saksarkiv».',
    'reply.case-title': 'Saken heter «{title}» i arkivet.',
  },
  nn: {
    'reply.retry': 'Prøv igjen',
    'reply.file': 'Lagre i same sak',
    'reply.unchecked':
      'Arkivet kan ikkje søkjast i herifrå, så saksnummeret er ikkje kontrollert. Det går til arkivet med meldinga.',
    'reply.archive-failed': 'Fekk ikkje sjekka saka i arkivet: {why}',
    'reply.lookup-failed':
      'Sende element kunne ikkje lesast, så saka er funnen frå emnet eller teksten.',
    'reply.needs-form': 'Tittelen må endrast før meldinga kan lagrast. Bruk «Lagre i saksarkiv».',
    'reply.case-title': 'Saka heiter «{title}» i arkivet.',
  },
  sv: {
    'reply.retry': 'Försök igen',
    'reply.file': 'Spara i samma ärende',
    'reply.unchecked':
      'Diariet kan inte sökas härifrån, så diarienumret är inte kontrollerat. Det följer med meddelandet till diariet.',
    'reply.archive-failed': 'Kunde inte kontrollera ärendet i diariet: {why}',
    'reply.lookup-failed': 'Skickat kunde inte läsas, så ärendet hittades i ämnet eller texten.',
    'reply.needs-form':
      'Rubriken måste ändras innan meddelandet kan sparas. Använd ”Spara i diariet”.',
    'reply.case-title': 'Ärendet heter ”{title}” i diariet.',
  },
  en: {
    'reply.retry': 'Try again',
    'reply.file': 'File in the same case',
    'reply.unchecked':
      'The archive cannot be searched from here, so the case number was not checked. It goes to the archive with the message.',
    'reply.archive-failed': 'Could not check the case in the archive: {why}',
    'reply.lookup-failed':
      'Sent Items could not be read, so the case was found in the subject or the text.',
    'reply.needs-form':
      'The title must be changed before the message can be filed. Use “File in the case archive”.',
    'reply.case-title': 'In the archive the case is called “{title}”.',
  },
};

/** The reply-case words' translator: keys checked by the compiler. */
export const tr = createTranslator(replyMessages);
