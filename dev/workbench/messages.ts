import type { Messages } from '../../src/core/i18n/types';

export type WorkbenchKey =
  | 'title'
  | 'intro'
  | 'profile'
  | 'language'
  | 'compose'
  | 'from'
  | 'personal'
  | 'to'
  | 'subject'
  | 'body'
  | 'attachments'
  | 'encrypted'
  | 'send'
  | 'checking'
  | 'sent'
  | 'findings'
  | 'no-findings'
  | 'scan'
  | 'scan-text'
  | 'scan-run'
  | 'deadline'
  | 'received'
  | 'due'
  | 'error';

export const workbenchMessages = {
  nb: {
    title: 'Arkivpost – arbeidsbenk',
    intro: 'Prøv policymotoren med en eksempelprofil: skriv en melding og trykk Send.',
    profile: 'Profil',
    language: 'Språk',
    compose: 'Ny melding',
    from: 'Fra',
    personal: 'personlig postkasse',
    to: 'Til (skill med komma)',
    subject: 'Emne',
    body: 'Melding',
    attachments: 'Vedlegg',
    encrypted: 'Krypter meldingen',
    send: 'Send',
    checking: 'Kontrollerer …',
    sent: 'Meldingen kan sendes.',
    findings: 'Funn',
    'no-findings': 'Ingen funn.',
    scan: 'Tekstsøk',
    'scan-text': 'Tekst',
    'scan-run': 'Søk',
    deadline: 'Svarfrist',
    received: 'Mottatt',
    due: 'Svar innen',
    error: 'Noe gikk galt: {message}',
  },
  nn: {
    title: 'Arkivpost – arbeidsbenk',
    intro: 'Prøv policymotoren med ein eksempelprofil: skriv ei melding og trykk Send.',
    profile: 'Profil',
    language: 'Språk',
    compose: 'Ny melding',
    from: 'Frå',
    personal: 'personleg postkasse',
    to: 'Til (skil med komma)',
    subject: 'Emne',
    body: 'Melding',
    attachments: 'Vedlegg',
    encrypted: 'Krypter meldinga',
    send: 'Send',
    checking: 'Kontrollerer …',
    sent: 'Meldinga kan sendast.',
    findings: 'Funn',
    'no-findings': 'Ingen funn.',
    scan: 'Tekstsøk',
    'scan-text': 'Tekst',
    'scan-run': 'Søk',
    deadline: 'Svarfrist',
    received: 'Motteken',
    due: 'Svar innan',
    error: 'Noko gjekk gale: {message}',
  },
  sv: {
    title: 'Arkivpost – arbetsbänk',
    intro: 'Prova policymotorn med en exempelprofil: skriv ett meddelande och tryck Skicka.',
    profile: 'Profil',
    language: 'Språk',
    compose: 'Nytt meddelande',
    from: 'Från',
    personal: 'individuell brevlåda',
    to: 'Till (skilj med komma)',
    subject: 'Ämne',
    body: 'Meddelande',
    attachments: 'Bilagor',
    encrypted: 'Kryptera meddelandet',
    send: 'Skicka',
    checking: 'Kontrollerar …',
    sent: 'Meddelandet kan skickas.',
    findings: 'Fynd',
    'no-findings': 'Inga fynd.',
    scan: 'Textsökning',
    'scan-text': 'Text',
    'scan-run': 'Sök',
    deadline: 'Svarsdatum',
    received: 'Inkom',
    due: 'Svara senast',
    error: 'Något gick fel: {message}',
  },
  en: {
    title: 'Arkivpost workbench',
    intro: 'Try the policy engine with an example profile: write a message and press Send.',
    profile: 'Profile',
    language: 'Language',
    compose: 'New message',
    from: 'From',
    personal: 'personal mailbox',
    to: 'To (comma separated)',
    subject: 'Subject',
    body: 'Message',
    attachments: 'Attachments',
    encrypted: 'Encrypt the message',
    send: 'Send',
    checking: 'Checking …',
    sent: 'The message can be sent.',
    findings: 'Findings',
    'no-findings': 'Nothing found.',
    scan: 'Text scan',
    'scan-text': 'Text',
    'scan-run': 'Scan',
    deadline: 'Deadline',
    received: 'Received',
    due: 'Answer by',
    error: 'Something went wrong: {message}',
  },
} as const satisfies Messages<WorkbenchKey>;
