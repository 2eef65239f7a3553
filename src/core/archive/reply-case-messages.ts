/** "Svar i sak 2026/123" and why, in nb, nn, sv and en (see ./reply-case). */
import { format } from '../i18n/types';
import type { Messages } from '../i18n/types';
import type { Lang } from '../model';
import type { ReplyCase, ReplyVia } from './reply-case';

type Key = 'reply.label' | `reply.via.${ReplyVia}`;

export const replyCaseMessages: Messages<Key> = {
  nb: {
    'reply.label': 'Svar i sak {case}',
    'reply.via.in-reply-to': 'Meldingen svarer på en e-post som ble arkivert i saken.',
    'reply.via.references':
      'Meldingen hører til en e-posttråd med en e-post som ble arkivert i saken.',
    'reply.via.reference-phrase': 'Avsenderen viser til saken: «{phrase} {reference}».',
    'reply.via.quoted-reference': 'Meldingen siterer vår referanse: «{phrase} {reference}».',
  },
  nn: {
    'reply.label': 'Svar i sak {case}',
    'reply.via.in-reply-to': 'Meldinga svarar på ein e-post som blei arkivert i saka.',
    'reply.via.references':
      'Meldinga høyrer til ein e-posttråd med ein e-post som blei arkivert i saka.',
    'reply.via.reference-phrase': 'Avsendaren viser til saka: «{phrase} {reference}».',
    'reply.via.quoted-reference': 'Meldinga siterer referansen vår: «{phrase} {reference}».',
  },
  sv: {
    'reply.label': 'Svar i ärende {case}',
    'reply.via.in-reply-to':
      'Meddelandet svarar på ett e-postmeddelande som diariefördes i ärendet.',
    'reply.via.references':
      'Meddelandet hör till en e-posttråd med ett meddelande som diariefördes i ärendet.',
    'reply.via.reference-phrase': 'Avsändaren hänvisar till ärendet: ”{phrase} {reference}”.',
    'reply.via.quoted-reference': 'Meddelandet citerar vårt diarienummer: ”{phrase} {reference}”.',
  },
  en: {
    'reply.label': 'Reply in case {case}',
    'reply.via.in-reply-to': 'The message replies to an e-mail that was filed in the case.',
    'reply.via.references':
      'The message belongs to a thread with an e-mail that was filed in the case.',
    'reply.via.reference-phrase': 'The sender refers to the case: “{phrase} {reference}”.',
    'reply.via.quoted-reference': 'The message quotes our reference: “{phrase} {reference}”.',
  },
};

/** The label ("Svar i sak 2026/123") and the reason, in `lang`. */
export function describeReplyCase(
  found: ReplyCase,
  lang: Lang,
): { readonly label: string; readonly reason: string } {
  const words = replyCaseMessages[lang];
  return {
    label: format(words['reply.label'], { case: found.case }),
    reason: format(words[`reply.via.${found.via}`], {
      phrase: found.phrase ?? '',
      reference: found.reference ?? '',
    }),
  };
}
