/**
 * R11: what the evidence item in "Arkivpost – bevis" says, and the note that
 * carries a threatening message to the manager or the security contact, in
 * the organisation's language (nb, nn, sv, en).
 */
import type { Messages } from '../core/i18n/types';

export type EvidenceMessageKey =
  | 'evidence.subject'
  | 'evidence.intro'
  | 'evidence.by'
  | 'evidence.at'
  | 'evidence.from'
  | 'evidence.received'
  | 'evidence.original-subject'
  | 'evidence.message-id'
  | 'evidence.sha256'
  | 'evidence.attached'
  | 'notice.subject'
  | 'notice.intro'
  | 'notice.by'
  | 'notice.kept';

export const evidenceMessages: Messages<EvidenceMessageKey> = {
  nb: {
    'evidence.subject': 'Bevis: {subject}',
    'evidence.intro':
      'Denne e-posten er tatt vare på som bevis. Originalen er vedlagt uendret, med alle hoder.',
    'evidence.by': 'Tatt vare på av',
    'evidence.at': 'Tidspunkt',
    'evidence.from': 'Avsender',
    'evidence.received': 'Mottatt',
    'evidence.original-subject': 'Emne',
    'evidence.message-id': 'Meldings-ID',
    'evidence.sha256': 'SHA-256 for originalen',
    'evidence.attached': 'Originalen: {name}.',
    'notice.subject': 'Mulig trussel: {subject}',
    'notice.intro':
      'En e-post som kan være en trussel kom til {mailbox}. Den opprinnelige e-posten er vedlagt uendret som {name}.',
    'notice.by': 'Sendt av',
    'notice.kept': 'Tatt vare på som bevis (SHA-256)',
  },
  nn: {
    'evidence.subject': 'Bevis: {subject}',
    'evidence.intro':
      'Denne e-posten er teken vare på som bevis. Originalen er vedlagd uendra, med alle hovud.',
    'evidence.by': 'Teken vare på av',
    'evidence.at': 'Tidspunkt',
    'evidence.from': 'Avsendar',
    'evidence.received': 'Motteken',
    'evidence.original-subject': 'Emne',
    'evidence.message-id': 'Meldings-ID',
    'evidence.sha256': 'SHA-256 for originalen',
    'evidence.attached': 'Originalen: {name}.',
    'notice.subject': 'Mogleg trugsmål: {subject}',
    'notice.intro':
      'Ein e-post som kan vere eit trugsmål, kom til {mailbox}. Den opphavlege e-posten er vedlagd uendra som {name}.',
    'notice.by': 'Send av',
    'notice.kept': 'Teken vare på som bevis (SHA-256)',
  },
  sv: {
    'evidence.subject': 'Bevis: {subject}',
    'evidence.intro':
      'Det här e-postmeddelandet är sparat som bevis. Originalet är bifogat oförändrat, med alla huvuden.',
    'evidence.by': 'Sparat av',
    'evidence.at': 'Tidpunkt',
    'evidence.from': 'Avsändare',
    'evidence.received': 'Mottaget',
    'evidence.original-subject': 'Ämne',
    'evidence.message-id': 'Meddelande-ID',
    'evidence.sha256': 'SHA-256 för originalet',
    'evidence.attached': 'Originalet: {name}.',
    'notice.subject': 'Möjligt hot: {subject}',
    'notice.intro':
      'Ett e-postmeddelande som kan vara ett hot kom till {mailbox}. Originalet är bifogat oförändrat som {name}.',
    'notice.by': 'Skickat av',
    'notice.kept': 'Sparat som bevis (SHA-256)',
  },
  en: {
    'evidence.subject': 'Evidence: {subject}',
    'evidence.intro':
      'This e-mail was kept as evidence. The original is attached unchanged, with all its headers.',
    'evidence.by': 'Kept by',
    'evidence.at': 'When',
    'evidence.from': 'Sender',
    'evidence.received': 'Received',
    'evidence.original-subject': 'Subject',
    'evidence.message-id': 'Message ID',
    'evidence.sha256': 'SHA-256 of the original',
    'evidence.attached': 'The original: {name}.',
    'notice.subject': 'Possible threat: {subject}',
    'notice.intro':
      'An e-mail that may be a threat arrived in {mailbox}. The original is attached unchanged as {name}.',
    'notice.by': 'Sent by',
    'notice.kept': 'Kept as evidence (SHA-256)',
  },
};
