/** The log review's export: column headings and the status of each row, in four languages. */
import type { Messages } from '../i18n/types';

type Key =
  | 'col.time'
  | 'col.from'
  | 'col.to'
  | 'col.subject'
  | 'col.messageId'
  | 'col.status'
  | 'col.reference'
  | 'status.neverRegistered'
  | 'status.registered'
  | 'status.internal'
  | 'status.ephemeral'
  | 'status.private';

export const logExportMessages: Messages<Key> = {
  nb: {
    'col.time': 'Tid',
    'col.from': 'Fra',
    'col.to': 'Til',
    'col.subject': 'Emne',
    'col.messageId': 'Message-ID',
    'col.status': 'Status',
    'col.reference': 'Referanse',
    'status.neverRegistered': 'Ikke journalført',
    'status.registered': 'Journalført',
    'status.internal': 'Intern',
    'status.ephemeral': 'Uten arkivverdi',
    'status.private': 'Privat',
  },
  nn: {
    'col.time': 'Tid',
    'col.from': 'Frå',
    'col.to': 'Til',
    'col.subject': 'Emne',
    'col.messageId': 'Message-ID',
    'col.status': 'Status',
    'col.reference': 'Referanse',
    'status.neverRegistered': 'Ikkje journalført',
    'status.registered': 'Journalført',
    'status.internal': 'Intern',
    'status.ephemeral': 'Utan arkivverdi',
    'status.private': 'Privat',
  },
  sv: {
    'col.time': 'Tid',
    'col.from': 'Från',
    'col.to': 'Till',
    'col.subject': 'Ämne',
    'col.messageId': 'Message-ID',
    'col.status': 'Status',
    'col.reference': 'Referens',
    'status.neverRegistered': 'Ej diarieförd',
    'status.registered': 'Diarieförd',
    'status.internal': 'Intern',
    'status.ephemeral': 'Av tillfällig betydelse',
    'status.private': 'Privat',
  },
  en: {
    'col.time': 'Time',
    'col.from': 'From',
    'col.to': 'To',
    'col.subject': 'Subject',
    'col.messageId': 'Message-ID',
    'col.status': 'Status',
    'col.reference': 'Reference',
    'status.neverRegistered': 'Never registered',
    'status.registered': 'Registered',
    'status.internal': 'Internal',
    'status.ephemeral': 'Ephemeral',
    'status.private': 'Private',
  },
};
