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
  | 'error'
  | 'refresh'
  | 'list-error'
  | 'open-error'
  | 'deliver-error'
  | 'flag'
  | 'flag-due'
  | 'flag-complete'
  | 'consent-title'
  | 'consent-message'
  | 'consent-account'
  | 'consent-allow'
  | 'consent-cancel'
  | 'dialog'
  | 'close-dialog'
  | 'message-opened';

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
    refresh: 'Oppdater',
    'list-error': 'Fikk ikke lest postkassen: {message}',
    'open-error': 'Fikk ikke åpnet meldingen: {message}',
    'deliver-error': 'Meldingen kom ikke fram til postkassene: {message}',
    flag: 'Til oppfølging',
    'flag-due': 'Frist {date}',
    'flag-complete': 'Fullført',
    'consent-title': 'Arkivpost trenger tillatelse',
    'consent-message':
      'Arkivpost ber om å lese og oppdatere e-post i postkassene du har tilgang til, og å lese katalogen.',
    'consent-account': 'Logget på som {name}',
    'consent-allow': 'Tillat',
    'consent-cancel': 'Avbryt',
    dialog: 'Arkivpost – dialogboks',
    'close-dialog': 'Lukk dialogboksen',
    'message-opened': 'Outlook åpner meldingen i et eget vindu.',
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
    refresh: 'Oppdater',
    'list-error': 'Fekk ikkje lese postkassa: {message}',
    'open-error': 'Fekk ikkje opna meldinga: {message}',
    'deliver-error': 'Meldinga kom ikkje fram til postkassene: {message}',
    flag: 'Til oppfølging',
    'flag-due': 'Frist {date}',
    'flag-complete': 'Fullført',
    'consent-title': 'Arkivpost treng løyve',
    'consent-message':
      'Arkivpost ber om å lese og oppdatere e-post i postkassene du har tilgang til, og å lese katalogen.',
    'consent-account': 'Logga på som {name}',
    'consent-allow': 'Tillat',
    'consent-cancel': 'Avbryt',
    dialog: 'Arkivpost – dialogboks',
    'close-dialog': 'Lukk dialogboksen',
    'message-opened': 'Outlook opnar meldinga i eit eige vindauge.',
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
    refresh: 'Uppdatera',
    'list-error': 'Det gick inte att läsa brevlådan: {message}',
    'open-error': 'Det gick inte att öppna meddelandet: {message}',
    'deliver-error': 'Meddelandet kom inte fram till brevlådorna: {message}',
    flag: 'Uppföljning',
    'flag-due': 'Förfaller {date}',
    'flag-complete': 'Slutförd',
    'consent-title': 'Arkivpost behöver behörighet',
    'consent-message':
      'Arkivpost begär att få läsa och uppdatera e-post i de brevlådor du kan öppna och att läsa katalogen.',
    'consent-account': 'Inloggad som {name}',
    'consent-allow': 'Tillåt',
    'consent-cancel': 'Avbryt',
    dialog: 'Arkivpost – dialogruta',
    'close-dialog': 'Stäng dialogrutan',
    'message-opened': 'Outlook öppnar meddelandet i ett eget fönster.',
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
    refresh: 'Refresh',
    'list-error': 'Could not read the mailbox: {message}',
    'open-error': 'Could not open the message: {message}',
    'deliver-error': 'The message did not reach the mailboxes: {message}',
    flag: 'Flagged',
    'flag-due': 'Due {date}',
    'flag-complete': 'Completed',
    'consent-title': 'Arkivpost needs permission',
    'consent-message':
      'Arkivpost asks to read and update mail in the mailboxes you can open, and to read the directory.',
    'consent-account': 'Signed in as {name}',
    'consent-allow': 'Allow',
    'consent-cancel': 'Cancel',
    dialog: 'Arkivpost – dialog',
    'close-dialog': 'Close the dialog',
    'message-opened': 'Outlook opens the message in a window of its own.',
  },
} as const satisfies Messages<WorkbenchKey>;
