import type { Messages } from '../../src/core/i18n/types';

export type WorkbenchKey =
  | 'title'
  | 'profile'
  | 'language'
  | 'mailbox'
  | 'version'
  | 'inbox'
  | 'sent'
  | 'empty-folder'
  | 'select-message'
  | 'new-message'
  | 'reply'
  | 'reply-all'
  | 'forward'
  | 'open-pane'
  | 'close-pane'
  | 'pane'
  | 'from'
  | 'to'
  | 'cc'
  | 'subject'
  | 'body'
  | 'attachments'
  | 'add-attachment'
  | 'remove'
  | 'send'
  | 'discard'
  | 'sending'
  | 'sent-ok'
  | 'no-subject'
  | 'loading'
  | 'error';

export const workbenchMessages = {
  nb: {
    title: 'Arkivpost – arbeidsbenk',
    profile: 'Kommune',
    language: 'Visningsspråk i Outlook',
    mailbox: 'Postkasse',
    version: 'Outlook (Mailbox)',
    inbox: 'Innboks',
    sent: 'Sendte elementer',
    'empty-folder': 'Ingen meldinger.',
    'select-message': 'Velg en melding, eller skriv en ny.',
    'new-message': 'Ny melding',
    reply: 'Svar',
    'reply-all': 'Svar alle',
    forward: 'Videresend',
    'open-pane': 'Arkivpost',
    'close-pane': 'Lukk Arkivpost',
    pane: 'Arkivpost-panel',
    from: 'Fra',
    to: 'Til',
    cc: 'Kopi',
    subject: 'Emne',
    body: 'Melding',
    attachments: 'Vedlegg',
    'add-attachment': 'Legg ved fil',
    remove: 'Fjern {name}',
    send: 'Send',
    discard: 'Forkast',
    sending: 'Sender …',
    'sent-ok': 'Meldingen er sendt.',
    'no-subject': '(uten emne)',
    loading: 'Laster …',
    error: 'Noe gikk galt: {message}',
  },
  nn: {
    title: 'Arkivpost – arbeidsbenk',
    profile: 'Kommune',
    language: 'Visingsspråk i Outlook',
    mailbox: 'Postkasse',
    version: 'Outlook (Mailbox)',
    inbox: 'Innboks',
    sent: 'Sende element',
    'empty-folder': 'Ingen meldingar.',
    'select-message': 'Vel ei melding, eller skriv ei ny.',
    'new-message': 'Ny melding',
    reply: 'Svar',
    'reply-all': 'Svar alle',
    forward: 'Vidaresend',
    'open-pane': 'Arkivpost',
    'close-pane': 'Lukk Arkivpost',
    pane: 'Arkivpost-panel',
    from: 'Frå',
    to: 'Til',
    cc: 'Kopi',
    subject: 'Emne',
    body: 'Melding',
    attachments: 'Vedlegg',
    'add-attachment': 'Legg ved fil',
    remove: 'Fjern {name}',
    send: 'Send',
    discard: 'Forkast',
    sending: 'Sender …',
    'sent-ok': 'Meldinga er send.',
    'no-subject': '(utan emne)',
    loading: 'Lastar …',
    error: 'Noko gjekk gale: {message}',
  },
  sv: {
    title: 'Arkivpost – arbetsbänk',
    profile: 'Kommun',
    language: 'Visningsspråk i Outlook',
    mailbox: 'Brevlåda',
    version: 'Outlook (Mailbox)',
    inbox: 'Inkorgen',
    sent: 'Skickat',
    'empty-folder': 'Inga meddelanden.',
    'select-message': 'Välj ett meddelande eller skriv ett nytt.',
    'new-message': 'Nytt meddelande',
    reply: 'Svara',
    'reply-all': 'Svara alla',
    forward: 'Vidarebefordra',
    'open-pane': 'Arkivpost',
    'close-pane': 'Stäng Arkivpost',
    pane: 'Arkivpost-panel',
    from: 'Från',
    to: 'Till',
    cc: 'Kopia',
    subject: 'Ämne',
    body: 'Meddelande',
    attachments: 'Bilagor',
    'add-attachment': 'Bifoga fil',
    remove: 'Ta bort {name}',
    send: 'Skicka',
    discard: 'Ta bort utkast',
    sending: 'Skickar …',
    'sent-ok': 'Meddelandet har skickats.',
    'no-subject': '(inget ämne)',
    loading: 'Läser in …',
    error: 'Något gick fel: {message}',
  },
  en: {
    title: 'Arkivpost workbench',
    profile: 'Organisation',
    language: 'Outlook display language',
    mailbox: 'Mailbox',
    version: 'Outlook (Mailbox)',
    inbox: 'Inbox',
    sent: 'Sent Items',
    'empty-folder': 'No messages.',
    'select-message': 'Select a message, or write a new one.',
    'new-message': 'New message',
    reply: 'Reply',
    'reply-all': 'Reply all',
    forward: 'Forward',
    'open-pane': 'Arkivpost',
    'close-pane': 'Close Arkivpost',
    pane: 'Arkivpost pane',
    from: 'From',
    to: 'To',
    cc: 'Cc',
    subject: 'Subject',
    body: 'Message',
    attachments: 'Attachments',
    'add-attachment': 'Attach file',
    remove: 'Remove {name}',
    send: 'Send',
    discard: 'Discard',
    sending: 'Sending …',
    'sent-ok': 'The message was sent.',
    'no-subject': '(no subject)',
    loading: 'Loading …',
    error: 'Something went wrong: {message}',
  },
} as const satisfies Messages<WorkbenchKey>;
