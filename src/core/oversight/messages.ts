/**
 * Oversight's words (R21–R23) in four languages: the overview's counts and
 * columns (the command line's table, the digest), where the log came from
 * and why, and why a member is away.
 */
import type { Messages } from '../i18n/types';

export type OversightKey =
  | 'count.unassigned'
  | 'count.notStarted'
  | 'count.overdue'
  | 'count.notArchived'
  | 'count.awaitingRegistration'
  | 'count.onHold'
  | 'count.disposable'
  | 'col.mailbox'
  | 'col.received'
  | 'col.subject'
  | 'col.from'
  | 'col.due'
  | 'col.assignee'
  | 'col.open'
  | 'col.overdue'
  | 'digest.subject'
  | 'digest.intro'
  | 'digest.overdue'
  | 'digest.none-overdue'
  | 'digest.more'
  | 'digest.workload'
  | 'digest.failed'
  | 'digest.footer'
  | 'digest.file'
  | 'source.message-trace'
  | 'source.folders'
  | 'refusal.too-old'
  | 'refusal.forbidden'
  | 'refusal.empty-period'
  | 'refusal.no-client'
  | 'absence.auto-reply'
  | 'absence.calendar';

export const oversightMessages: Messages<OversightKey> = {
  nb: {
    'count.unassigned': 'Ikke tildelt',
    'count.notStarted': 'Ikke påbegynt',
    'count.overdue': 'Forfalt',
    'count.notArchived': 'Ikke arkivert',
    'count.awaitingRegistration': 'Hos registrator',
    'count.onHold': 'Må ikke slettes',
    'count.disposable': 'Kan slettes',
    'col.mailbox': 'Postkasse',
    'col.received': 'Mottatt',
    'col.subject': 'Emne',
    'col.from': 'Fra',
    'col.due': 'Svarfrist',
    'col.assignee': 'Tildelt til',
    'col.open': 'Åpne',
    'col.overdue': 'Forfalt',
    'digest.subject': 'Tilsyn {date}: {overdue} forfalt, {unassigned} ikke tildelt',
    'digest.intro': 'Tilsyn med funksjonspostkassene, {date}.',
    'digest.overdue': 'Forfalt',
    'digest.none-overdue': 'Ingen meldinger har passert svarfristen.',
    'digest.more': '… og {count} til.',
    'digest.workload': 'Åpne meldinger per saksbehandler',
    'digest.failed': '{mailbox} kunne ikke leses: {reason}',
    'digest.footer': 'Sendt av Arkivpost. Hele oversikten finner du under Tilsyn i Outlook.',
    'digest.file': 'tilsyn',
    'source.message-trace': 'Kilde: meldingssporingen i Exchange.',
    'source.folders':
      'Kilde: postkassens egne mapper (Innboks, Sendte elementer, Slettede elementer). Det som er slettet for godt, er ikke med.',
    'refusal.too-old': 'Meldingssporingen når bare 90 dager tilbake.',
    'refusal.forbidden':
      'Appen har ikke tilgang til meldingssporingen (ExchangeMessageTrace.Read.All).',
    'refusal.empty-period': 'Perioden har ikke begynt ennå.',
    'refusal.no-client': 'Meldingssporingen ble ikke spurt: ingen appinnlogging.',
    'absence.auto-reply': 'autosvar på',
    'absence.calendar': 'fraværende i kalenderen i dag',
  },
  nn: {
    'count.unassigned': 'Ikkje tildelt',
    'count.notStarted': 'Ikkje påbyrja',
    'count.overdue': 'Forfalne',
    'count.notArchived': 'Ikkje arkivert',
    'count.awaitingRegistration': 'Hos registrator',
    'count.onHold': 'Må ikkje slettast',
    'count.disposable': 'Kan slettast',
    'col.mailbox': 'Postkasse',
    'col.received': 'Motteke',
    'col.subject': 'Emne',
    'col.from': 'Frå',
    'col.due': 'Svarfrist',
    'col.assignee': 'Tildelt til',
    'col.open': 'Opne',
    'col.overdue': 'Forfalne',
    'digest.subject': 'Tilsyn {date}: {overdue} forfalne, {unassigned} ikkje tildelte',
    'digest.intro': 'Tilsyn med funksjonspostkassene, {date}.',
    'digest.overdue': 'Forfalne',
    'digest.none-overdue': 'Ingen meldingar har passert svarfristen.',
    'digest.more': '… og {count} til.',
    'digest.workload': 'Opne meldingar per saksbehandlar',
    'digest.failed': '{mailbox} kunne ikkje lesast: {reason}',
    'digest.footer': 'Sendt av Arkivpost. Heile oversikta finn du under Tilsyn i Outlook.',
    'digest.file': 'tilsyn',
    'source.message-trace': 'Kjelde: meldingssporinga i Exchange.',
    'source.folders':
      'Kjelde: mappene i postkassa (Innboks, Sende element, Sletta element). Det som er sletta for godt, er ikkje med.',
    'refusal.too-old': 'Meldingssporinga når berre 90 dagar tilbake.',
    'refusal.forbidden':
      'Appen har ikkje tilgang til meldingssporinga (ExchangeMessageTrace.Read.All).',
    'refusal.empty-period': 'Perioden har ikkje byrja enno.',
    'refusal.no-client': 'Meldingssporinga blei ikkje spurd: inga app-innlogging.',
    'absence.auto-reply': 'autosvar på',
    'absence.calendar': 'fråverande i kalenderen i dag',
  },
  sv: {
    'count.unassigned': 'Ej tilldelade',
    'count.notStarted': 'Ej påbörjade',
    'count.overdue': 'Försenade',
    'count.notArchived': 'Ej diarieförda',
    'count.awaitingRegistration': 'Hos registrator',
    'count.onHold': 'Får inte gallras',
    'count.disposable': 'Får gallras',
    'col.mailbox': 'Brevlåda',
    'col.received': 'Mottaget',
    'col.subject': 'Ämne',
    'col.from': 'Från',
    'col.due': 'Svarsfrist',
    'col.assignee': 'Tilldelad',
    'col.open': 'Öppna',
    'col.overdue': 'Försenade',
    'digest.subject': 'Tillsyn {date}: {overdue} försenade, {unassigned} ej tilldelade',
    'digest.intro': 'Tillsyn över funktionsbrevlådorna, {date}.',
    'digest.overdue': 'Försenade',
    'digest.none-overdue': 'Inga meddelanden har passerat svarsfristen.',
    'digest.more': '… och {count} till.',
    'digest.workload': 'Öppna meddelanden per handläggare',
    'digest.failed': '{mailbox} kunde inte läsas: {reason}',
    'digest.footer': 'Skickat av Arkivpost. Hela översikten finns under Tillsyn i Outlook.',
    'digest.file': 'tillsyn',
    'source.message-trace': 'Källa: meddelandespårningen i Exchange.',
    'source.folders':
      'Källa: brevlådans egna mappar (Inkorgen, Skickat, Borttaget). Det som tagits bort permanent kommer inte med.',
    'refusal.too-old': 'Meddelandespårningen når bara 90 dagar bakåt.',
    'refusal.forbidden':
      'Appen har inte behörighet till meddelandespårningen (ExchangeMessageTrace.Read.All).',
    'refusal.empty-period': 'Perioden har inte börjat än.',
    'refusal.no-client': 'Meddelandespårningen tillfrågades inte: ingen appinloggning.',
    'absence.auto-reply': 'autosvar på',
    'absence.calendar': 'frånvarande enligt kalendern i dag',
  },
  en: {
    'count.unassigned': 'Unassigned',
    'count.notStarted': 'Not started',
    'count.overdue': 'Overdue',
    'count.notArchived': 'Not archived',
    'count.awaitingRegistration': 'With the registrar',
    'count.onHold': 'On hold',
    'count.disposable': 'Disposable',
    'col.mailbox': 'Mailbox',
    'col.received': 'Received',
    'col.subject': 'Subject',
    'col.from': 'From',
    'col.due': 'Answer by',
    'col.assignee': 'Assigned to',
    'col.open': 'Open',
    'col.overdue': 'Overdue',
    'digest.subject': 'Oversight {date}: {overdue} overdue, {unassigned} unassigned',
    'digest.intro': 'Oversight of the function mailboxes, {date}.',
    'digest.overdue': 'Overdue',
    'digest.none-overdue': 'No message has passed its answer-by date.',
    'digest.more': '… and {count} more.',
    'digest.workload': 'Open messages per case officer',
    'digest.failed': '{mailbox} could not be read: {reason}',
    'digest.footer': 'Sent by Arkivpost. The whole overview is under Oversight in Outlook.',
    'digest.file': 'oversight',
    'source.message-trace': 'Source: Exchange’s message trace.',
    'source.folders':
      'Source: the mailbox’s own folders (Inbox, Sent Items, Deleted Items). What was deleted for good is missing.',
    'refusal.too-old': 'The message trace reaches only 90 days back.',
    'refusal.forbidden':
      'The application may not read the message trace (ExchangeMessageTrace.Read.All).',
    'refusal.empty-period': 'The period has not begun yet.',
    'refusal.no-client': 'The message trace was not asked: no application sign-in.',
    'absence.auto-reply': 'automatic reply on',
    'absence.calendar': 'out of office in the calendar today',
  },
};
