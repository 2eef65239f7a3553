/**
 * The case-handling panel's sentences (assignment, status, class, due date,
 * sign-in), in nb, nn, sv and en. A catalog of its own: the panel is a chunk
 * of its own, loaded after the message has been read.
 */
import { createTranslator } from '../../core/i18n/types';
import type { Messages } from '../../core/i18n/types';
import type { AuthFailureKind } from '../../core/auth';

export type CaseKey =
  | 'case.heading'
  | 'case.loading'
  | 'case.refresh'
  | 'case.signin.title'
  | 'case.signin.body'
  | 'case.signin.button'
  | 'case.unsupported'
  | 'case.status.heading'
  | 'case.assignee.heading'
  | 'case.assignee.none'
  | 'case.assignee.label'
  | 'case.assignee.placeholder'
  | 'case.assignee.members'
  | 'case.assignee.directory'
  | 'case.assignee.searching'
  | 'case.assignee.no-match'
  | 'case.assignee.remove'
  | 'case.assignee.me'
  | 'case.notify.option'
  | 'case.notify.again'
  | 'case.notify.sent'
  | 'case.notify.failed'
  | 'case.class.heading'
  | 'case.class.confirmed'
  | 'case.class.confirmed.unknown'
  | 'case.class.suggested'
  | 'case.class.confirm'
  | 'case.class.override'
  | 'case.due.heading'
  | 'case.due.label'
  | 'case.due.flag'
  | 'case.due.suggested'
  | 'case.due.clear'
  | 'case.due.invalid'
  | 'case.due.calendar'
  | 'case.due.month.previous'
  | 'case.due.month.next'
  | 'case.sendon.heading'
  | 'case.sendon.hint'
  | 'case.sendon.to'
  | 'case.sendon.note'
  | 'case.sendon.button'
  | 'case.sendon.sending'
  | 'case.sendon.failed'
  | 'case.saving'
  | 'case.saved'
  | 'case.theirs'
  | 'case.archived'
  | 'case.registrar.heading'
  | 'case.registrar.hint'
  | 'case.registrar.hint.unknown'
  | 'case.registrar.label'
  | 'case.registrar.button'
  | 'case.registrar.saving'
  | 'case.registrar.done'
  | 'case.registrar.unmarked.no-access'
  | 'case.registrar.unmarked.not-found'
  | 'case.registrar.unmarked.unknown-mailbox'
  | 'case.registrar.unmarked.archived-otherwise'
  | 'case.registrar.unmarked.archived-otherwise.unknown'
  | 'case.registrar.otherwise'
  | 'case.registrar.failed'
  | 'case.registrar.again'
  | 'case.error.title'
  | `case.auth.${AuthFailureKind}`;

export const caseMessages: Messages<CaseKey> = {
  nb: {
    'case.sendon.heading': 'Send til postmottak',
    'case.sendon.hint':
      'E-posten ligger i en personlig postkasse. Offentlig post skal journalføres: send den uendret videre, så tar arkivet den inn.',
    'case.sendon.to': 'Til',
    'case.sendon.note': 'Merknad til arkivet (valgfritt)',
    'case.sendon.button': 'Send uendret',
    'case.sendon.sending': 'Sender …',
    'case.sendon.failed': 'Ikke sendt',
    'case.heading': 'Saksbehandling',
    'case.loading': 'Henter status …',
    'case.refresh': 'Oppdater',
    'case.signin.title': 'Logg inn for å dele status',
    'case.signin.body':
      'Tildeling, status, klasse og svarfrist lagres på meldingen, så alle som bruker {mailbox} ser det samme. Det krever at du logger inn hos Microsoft 365.',
    'case.signin.button': 'Logg inn',
    'case.unsupported':
      'Denne meldingen kan ikke få delt status: Outlook oppgir ikke hvor den er lagret.',
    'case.status.heading': 'Status',
    'case.assignee.heading': 'Saksbehandler',
    'case.assignee.none': 'Ingen ennå',
    'case.assignee.label': 'Velg saksbehandler',
    'case.assignee.placeholder': 'Skriv et navn',
    'case.assignee.members': 'Har tilgang til {mailbox}',
    'case.assignee.directory': 'Andre i organisasjonen',
    'case.assignee.searching': 'Søker …',
    'case.assignee.no-match': 'Ingen treff',
    'case.assignee.remove': 'Fjern tildelingen',
    'case.assignee.me': 'Tildel meg',
    'case.notify.option': 'Varsle med e-post',
    'case.notify.again': 'Varsle {name}',
    'case.notify.sent': 'Varsel sendt til {name}.',
    'case.notify.failed': 'Tildelingen er lagret, men varselet ble ikke sendt. {reason}',
    'case.class.heading': 'Klasse',
    'case.class.confirmed': '{class}, bekreftet av {name}',
    'case.class.confirmed.unknown': '{class}, bekreftet',
    'case.class.suggested': 'Ikke bekreftet ennå. Arkivpost foreslår: {class}.',
    'case.class.confirm': 'Bekreft «{class}»',
    'case.class.override': 'Velg en annen klasse',
    'case.due.heading': 'Svarfrist',
    'case.due.label': 'Svar innen',
    'case.due.flag': 'Fristen vises som oppfølgingsflagg i Outlook.',
    'case.due.suggested': 'Foreslått ut fra mottaksdatoen. Lagres når du endrer noe her.',
    'case.due.clear': 'Fjern fristen',
    'case.due.invalid': 'Skriv datoen som {pattern}.',
    'case.due.calendar': 'Velg dato i kalenderen',
    'case.due.month.previous': 'Forrige måned',
    'case.due.month.next': 'Neste måned',
    'case.saving': 'Lagrer …',
    'case.saved': 'Lagret.',
    'case.theirs': 'Samtidig endret av andre:',
    'case.archived': 'Endringer gjøres i saksarkivet.',
    'case.registrar.heading': 'Registrering',
    'case.registrar.hint':
      'Arkivpost sendte denne e-posten hit fra {mailbox}. Når den er journalført, skriv journalnummeret her, så merkes den opprinnelige e-posten.',
    'case.registrar.hint.unknown':
      'Arkivpost sendte denne e-posten hit. Når den er journalført, skriv journalnummeret her.',
    'case.registrar.label': 'Registrert som',
    'case.registrar.button': 'Merk som registrert',
    'case.registrar.saving': 'Merker …',
    'case.registrar.done':
      'Registrert som {ref}. Den opprinnelige e-posten i {mailbox} er merket som arkivert.',
    'case.registrar.unmarked.no-access':
      'Registrert som {ref}, men den opprinnelige e-posten er ikke merket: du har ikke tilgang til {mailbox}. Det er notert på denne e-posten. Be noen med tilgang om å registrere på nytt her.',
    'case.registrar.unmarked.not-found':
      'Registrert som {ref}, men den opprinnelige e-posten finnes ikke lenger i {mailbox}. Det er notert på denne e-posten.',
    'case.registrar.unmarked.unknown-mailbox':
      'Registrert som {ref}. E-posten sier ikke hvilken postkasse den opprinnelige ligger i, så den er ikke merket.',
    'case.registrar.unmarked.archived-otherwise':
      'Registrert som {ref}, men den opprinnelige e-posten i {mailbox} er allerede arkivert som {other}. Den er ikke endret.',
    'case.registrar.unmarked.archived-otherwise.unknown':
      'Registrert som {ref}, men den opprinnelige e-posten i {mailbox} er allerede arkivert. Den er ikke endret.',
    'case.registrar.otherwise': 'E-posten er allerede registrert som {ref}. Ingenting ble endret.',
    'case.registrar.failed': 'Ikke registrert',
    'case.registrar.again': 'Merk den opprinnelige e-posten på nytt',
    'case.error.title': 'Ikke lagret',
    'case.auth.sign-in-required': 'Du må logge inn for å lagre.',
    'case.auth.cancelled': 'Innloggingen ble avbrutt. Ingenting er lagret.',
    'case.auth.unavailable':
      'Denne Outlook-versjonen kan ikke logge inn tillegg. Bruk nye Outlook eller Outlook på nettet.',
    'case.auth.network': 'Fikk ikke kontakt med Microsoft for å logge inn. Sjekk nettverket.',
    'case.auth.failed':
      'Innloggingen mislyktes ({code}). Be administratoren sjekke oppsettet i docs/admin.md.',
  },
  nn: {
    'case.sendon.heading': 'Send til postmottak',
    'case.sendon.hint':
      'E-posten ligg i ei personleg postkasse. Offentleg post skal journalførast: send han uendra vidare, så tek arkivet han inn.',
    'case.sendon.to': 'Til',
    'case.sendon.note': 'Merknad til arkivet (valfritt)',
    'case.sendon.button': 'Send uendra',
    'case.sendon.sending': 'Sender …',
    'case.sendon.failed': 'Ikkje sendt',
    'case.heading': 'Saksbehandling',
    'case.loading': 'Hentar status …',
    'case.refresh': 'Oppdater',
    'case.signin.title': 'Logg inn for å dele status',
    'case.signin.body':
      'Tildeling, status, klasse og svarfrist blir lagra på meldinga, så alle som bruker {mailbox} ser det same. Det krev at du loggar inn hos Microsoft 365.',
    'case.signin.button': 'Logg inn',
    'case.unsupported':
      'Denne meldinga kan ikkje få delt status: Outlook oppgjev ikkje kvar ho er lagra.',
    'case.status.heading': 'Status',
    'case.assignee.heading': 'Saksbehandlar',
    'case.assignee.none': 'Ingen enno',
    'case.assignee.label': 'Vel saksbehandlar',
    'case.assignee.placeholder': 'Skriv eit namn',
    'case.assignee.members': 'Har tilgang til {mailbox}',
    'case.assignee.directory': 'Andre i organisasjonen',
    'case.assignee.searching': 'Søkjer …',
    'case.assignee.no-match': 'Ingen treff',
    'case.assignee.remove': 'Fjern tildelinga',
    'case.assignee.me': 'Tildel meg',
    'case.notify.option': 'Varsle med e-post',
    'case.notify.again': 'Varsle {name}',
    'case.notify.sent': 'Varsel sendt til {name}.',
    'case.notify.failed': 'Tildelinga er lagra, men varselet blei ikkje sendt. {reason}',
    'case.class.heading': 'Klasse',
    'case.class.confirmed': '{class}, stadfesta av {name}',
    'case.class.confirmed.unknown': '{class}, stadfesta',
    'case.class.suggested': 'Ikkje stadfesta enno. Arkivpost føreslår: {class}.',
    'case.class.confirm': 'Stadfest «{class}»',
    'case.class.override': 'Vel ein annan klasse',
    'case.due.heading': 'Svarfrist',
    'case.due.label': 'Svar innan',
    'case.due.flag': 'Fristen blir vist som oppfølgingsflagg i Outlook.',
    'case.due.suggested': 'Føreslått ut frå mottaksdatoen. Blir lagra når du endrar noko her.',
    'case.due.clear': 'Fjern fristen',
    'case.due.invalid': 'Skriv datoen som {pattern}.',
    'case.due.calendar': 'Vel dato i kalenderen',
    'case.due.month.previous': 'Førre månad',
    'case.due.month.next': 'Neste månad',
    'case.saving': 'Lagrar …',
    'case.saved': 'Lagra.',
    'case.theirs': 'Endra av andre i same augeblink:',
    'case.archived': 'Endringar blir gjorde i saksarkivet.',
    'case.registrar.heading': 'Registrering',
    'case.registrar.hint':
      'Arkivpost sende denne e-posten hit frå {mailbox}. Når han er journalført, skriv journalnummeret her, så blir den opphavlege e-posten merkt.',
    'case.registrar.hint.unknown':
      'Arkivpost sende denne e-posten hit. Når han er journalført, skriv journalnummeret her.',
    'case.registrar.label': 'Registrert som',
    'case.registrar.button': 'Merk som registrert',
    'case.registrar.saving': 'Merkjer …',
    'case.registrar.done':
      'Registrert som {ref}. Den opphavlege e-posten i {mailbox} er merkt som arkivert.',
    'case.registrar.unmarked.no-access':
      'Registrert som {ref}, men den opphavlege e-posten er ikkje merkt: du har ikkje tilgang til {mailbox}. Det er notert på denne e-posten. Be nokon med tilgang om å registrere på nytt her.',
    'case.registrar.unmarked.not-found':
      'Registrert som {ref}, men den opphavlege e-posten finst ikkje lenger i {mailbox}. Det er notert på denne e-posten.',
    'case.registrar.unmarked.unknown-mailbox':
      'Registrert som {ref}. E-posten seier ikkje kva postkasse den opphavlege ligg i, så han er ikkje merkt.',
    'case.registrar.unmarked.archived-otherwise':
      'Registrert som {ref}, men den opphavlege e-posten i {mailbox} er allereie arkivert som {other}. Han er ikkje endra.',
    'case.registrar.unmarked.archived-otherwise.unknown':
      'Registrert som {ref}, men den opphavlege e-posten i {mailbox} er allereie arkivert. Han er ikkje endra.',
    'case.registrar.otherwise': 'E-posten er allereie registrert som {ref}. Ingenting blei endra.',
    'case.registrar.failed': 'Ikkje registrert',
    'case.registrar.again': 'Merk den opphavlege e-posten på nytt',
    'case.error.title': 'Ikkje lagra',
    'case.auth.sign-in-required': 'Du må logge inn for å lagre.',
    'case.auth.cancelled': 'Innlogginga blei avbroten. Ingenting er lagra.',
    'case.auth.unavailable':
      'Denne Outlook-versjonen kan ikkje logge inn tillegg. Bruk nye Outlook eller Outlook på nettet.',
    'case.auth.network': 'Fekk ikkje kontakt med Microsoft for å logge inn. Sjekk nettverket.',
    'case.auth.failed':
      'Innlogginga mislukkast ({code}). Be administratoren sjekke oppsettet i docs/admin.md.',
  },
  sv: {
    'case.sendon.heading': 'Skicka till registratorn',
    'case.sendon.hint':
      'E-posten ligger i en personlig brevlåda. Allmänna handlingar ska diarieföras: skicka den oförändrad vidare, så tar registratorn hand om den.',
    'case.sendon.to': 'Till',
    'case.sendon.note': 'Anteckning till registratorn (valfritt)',
    'case.sendon.button': 'Skicka oförändrad',
    'case.sendon.sending': 'Skickar …',
    'case.sendon.failed': 'Inte skickad',
    'case.heading': 'Handläggning',
    'case.loading': 'Hämtar status …',
    'case.refresh': 'Uppdatera',
    'case.signin.title': 'Logga in för att dela status',
    'case.signin.body':
      'Tilldelning, status, klass och svarsfrist sparas på meddelandet, så att alla som använder {mailbox} ser samma sak. Det kräver att du loggar in i Microsoft 365.',
    'case.signin.button': 'Logga in',
    'case.unsupported':
      'Det här meddelandet kan inte få delad status: Outlook anger inte var det är lagrat.',
    'case.status.heading': 'Status',
    'case.assignee.heading': 'Handläggare',
    'case.assignee.none': 'Ingen ännu',
    'case.assignee.label': 'Välj handläggare',
    'case.assignee.placeholder': 'Skriv ett namn',
    'case.assignee.members': 'Har åtkomst till {mailbox}',
    'case.assignee.directory': 'Andra i organisationen',
    'case.assignee.searching': 'Söker …',
    'case.assignee.no-match': 'Inga träffar',
    'case.assignee.remove': 'Ta bort tilldelningen',
    'case.assignee.me': 'Tilldela mig',
    'case.notify.option': 'Meddela via e-post',
    'case.notify.again': 'Meddela {name}',
    'case.notify.sent': 'Meddelande skickat till {name}.',
    'case.notify.failed': 'Tilldelningen är sparad, men meddelandet skickades inte. {reason}',
    'case.class.heading': 'Klass',
    'case.class.confirmed': '{class}, bekräftad av {name}',
    'case.class.confirmed.unknown': '{class}, bekräftad',
    'case.class.suggested': 'Inte bekräftad ännu. Arkivpost föreslår: {class}.',
    'case.class.confirm': 'Bekräfta ”{class}”',
    'case.class.override': 'Välj en annan klass',
    'case.due.heading': 'Svarsfrist',
    'case.due.label': 'Svara senast',
    'case.due.flag': 'Fristen visas som uppföljningsflagga i Outlook.',
    'case.due.suggested': 'Föreslagen utifrån mottagningsdagen. Sparas när du ändrar något här.',
    'case.due.clear': 'Ta bort fristen',
    'case.due.invalid': 'Skriv datumet som {pattern}.',
    'case.due.calendar': 'Välj datum i kalendern',
    'case.due.month.previous': 'Föregående månad',
    'case.due.month.next': 'Nästa månad',
    'case.saving': 'Sparar …',
    'case.saved': 'Sparat.',
    'case.theirs': 'Ändrat av andra samtidigt:',
    'case.archived': 'Ändringar görs i diariet.',
    'case.registrar.heading': 'Registrering',
    'case.registrar.hint':
      'Arkivpost skickade hit det här e-postmeddelandet från {mailbox}. När det är diariefört, skriv diarienumret här, så märks det ursprungliga e-postmeddelandet.',
    'case.registrar.hint.unknown':
      'Arkivpost skickade hit det här e-postmeddelandet. När det är diariefört, skriv diarienumret här.',
    'case.registrar.label': 'Registrerad som',
    'case.registrar.button': 'Markera som registrerad',
    'case.registrar.saving': 'Märker …',
    'case.registrar.done':
      'Registrerad som {ref}. Det ursprungliga e-postmeddelandet i {mailbox} är märkt som diariefört.',
    'case.registrar.unmarked.no-access':
      'Registrerad som {ref}, men det ursprungliga e-postmeddelandet är inte märkt: du har inte åtkomst till {mailbox}. Det är noterat på det här meddelandet. Be någon med åtkomst att registrera på nytt här.',
    'case.registrar.unmarked.not-found':
      'Registrerad som {ref}, men det ursprungliga e-postmeddelandet finns inte längre i {mailbox}. Det är noterat på det här meddelandet.',
    'case.registrar.unmarked.unknown-mailbox':
      'Registrerad som {ref}. Meddelandet anger inte vilken brevlåda originalet finns i, så det är inte märkt.',
    'case.registrar.unmarked.archived-otherwise':
      'Registrerad som {ref}, men det ursprungliga e-postmeddelandet i {mailbox} är redan diariefört som {other}. Det har inte ändrats.',
    'case.registrar.unmarked.archived-otherwise.unknown':
      'Registrerad som {ref}, men det ursprungliga e-postmeddelandet i {mailbox} är redan diariefört. Det har inte ändrats.',
    'case.registrar.otherwise': 'Meddelandet är redan registrerat som {ref}. Inget ändrades.',
    'case.registrar.failed': 'Inte registrerad',
    'case.registrar.again': 'Märk originalet på nytt',
    'case.error.title': 'Inte sparat',
    'case.auth.sign-in-required': 'Du måste logga in för att spara.',
    'case.auth.cancelled': 'Inloggningen avbröts. Inget har sparats.',
    'case.auth.unavailable':
      'Den här Outlook-versionen kan inte logga in tillägg. Använd nya Outlook eller Outlook på webben.',
    'case.auth.network': 'Fick ingen kontakt med Microsoft för inloggning. Kontrollera nätverket.',
    'case.auth.failed':
      'Inloggningen misslyckades ({code}). Be administratören kontrollera inställningarna i docs/admin.md.',
  },
  en: {
    'case.sendon.heading': 'Send to the registry',
    'case.sendon.hint':
      'The message is in a personal mailbox. Official mail must be registered: send it on unchanged, and the registry takes it in.',
    'case.sendon.to': 'To',
    'case.sendon.note': 'Note for the registry (optional)',
    'case.sendon.button': 'Send unchanged',
    'case.sendon.sending': 'Sending …',
    'case.sendon.failed': 'Not sent',
    'case.heading': 'Case handling',
    'case.loading': 'Fetching status …',
    'case.refresh': 'Refresh',
    'case.signin.title': 'Sign in to share status',
    'case.signin.body':
      'Assignment, status, class and answer-by date are saved on the message, so everyone who uses {mailbox} sees the same. This needs you to sign in to Microsoft 365.',
    'case.signin.button': 'Sign in',
    'case.unsupported':
      'This message cannot have a shared status: Outlook does not say where it is stored.',
    'case.status.heading': 'Status',
    'case.assignee.heading': 'Caseworker',
    'case.assignee.none': 'Nobody yet',
    'case.assignee.label': 'Choose a case officer',
    'case.assignee.placeholder': 'Type a name',
    'case.assignee.members': 'Can open {mailbox}',
    'case.assignee.directory': 'Others in the organisation',
    'case.assignee.searching': 'Searching …',
    'case.assignee.no-match': 'No matches',
    'case.assignee.remove': 'Remove the assignment',
    'case.assignee.me': 'Assign to me',
    'case.notify.option': 'Notify by e-mail',
    'case.notify.again': 'Notify {name}',
    'case.notify.sent': 'Notification sent to {name}.',
    'case.notify.failed': 'The assignment is saved, but the notification was not sent. {reason}',
    'case.class.heading': 'Class',
    'case.class.confirmed': '{class}, confirmed by {name}',
    'case.class.confirmed.unknown': '{class}, confirmed',
    'case.class.suggested': 'Not confirmed yet. Arkivpost suggests: {class}.',
    'case.class.confirm': 'Confirm “{class}”',
    'case.class.override': 'Choose another class',
    'case.due.heading': 'Answer by',
    'case.due.label': 'Answer by',
    'case.due.flag': 'The date shows as a follow-up flag in Outlook.',
    'case.due.suggested': 'Suggested from the date received. Saved when you change anything here.',
    'case.due.clear': 'Remove the date',
    'case.due.invalid': 'Write the date as {pattern}.',
    'case.due.calendar': 'Choose the date in a calendar',
    'case.due.month.previous': 'Previous month',
    'case.due.month.next': 'Next month',
    'case.saving': 'Saving …',
    'case.saved': 'Saved.',
    'case.theirs': 'Changed by someone else at the same time:',
    'case.archived': 'Make changes in the case archive.',
    'case.registrar.heading': 'Registration',
    'case.registrar.hint':
      'Arkivpost sent this e-mail here from {mailbox}. Once it is registered, write the registration number here and the original e-mail is marked.',
    'case.registrar.hint.unknown':
      'Arkivpost sent this e-mail here. Once it is registered, write the registration number here.',
    'case.registrar.label': 'Registered as',
    'case.registrar.button': 'Mark as registered',
    'case.registrar.saving': 'Marking …',
    'case.registrar.done':
      'Registered as {ref}. The original e-mail in {mailbox} is marked as archived.',
    'case.registrar.unmarked.no-access':
      'Registered as {ref}, but the original e-mail is not marked: you have no access to {mailbox}. This is noted on this e-mail. Ask someone with access to register it again here.',
    'case.registrar.unmarked.not-found':
      'Registered as {ref}, but the original e-mail is no longer in {mailbox}. This is noted on this e-mail.',
    'case.registrar.unmarked.unknown-mailbox':
      'Registered as {ref}. The e-mail does not say which mailbox the original is in, so it is not marked.',
    'case.registrar.unmarked.archived-otherwise':
      'Registered as {ref}, but the original e-mail in {mailbox} is already archived as {other}. It was not changed.',
    'case.registrar.unmarked.archived-otherwise.unknown':
      'Registered as {ref}, but the original e-mail in {mailbox} is already archived. It was not changed.',
    'case.registrar.otherwise': 'The e-mail is already registered as {ref}. Nothing was changed.',
    'case.registrar.failed': 'Not registered',
    'case.registrar.again': 'Mark the original again',
    'case.error.title': 'Not saved',
    'case.auth.sign-in-required': 'You need to sign in to save.',
    'case.auth.cancelled': 'Sign-in was cancelled. Nothing was saved.',
    'case.auth.unavailable':
      'This version of Outlook cannot sign add-ins in. Use the new Outlook or Outlook on the web.',
    'case.auth.network': 'Could not reach Microsoft to sign in. Check the network.',
    'case.auth.failed':
      'Sign-in failed ({code}). Ask your administrator to check the set-up in docs/admin.md.',
  },
};

/** The case panel's translator: keys checked by the compiler. */
export const tc = createTranslator(caseMessages);
