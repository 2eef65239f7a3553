/**
 * The case-handling panel's sentences (assignment, status, class, due date,
 * sign-in), in nb, nn, sv and en. A catalog of its own: the panel is a chunk
 * of its own, loaded after the message has been read.
 */
import type { Lang } from '../../core/model';
import { format } from '../../core/i18n/types';
import type { Messages } from '../../core/i18n/types';
import type { AuthFailureKind } from '../../services/auth/types';

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
  | 'case.class.suggested'
  | 'case.class.confirm'
  | 'case.class.override'
  | 'case.due.heading'
  | 'case.due.label'
  | 'case.due.flag'
  | 'case.due.suggested'
  | 'case.due.clear'
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
    'case.assignee.heading': 'Tildelt til',
    'case.assignee.none': 'Ingen ennå',
    'case.assignee.label': 'Tildel til',
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
    'case.class.suggested': 'Ikke bekreftet ennå. Arkivpost foreslår: {class}.',
    'case.class.confirm': 'Bekreft «{class}»',
    'case.class.override': 'Velg en annen klasse',
    'case.due.heading': 'Svarfrist',
    'case.due.label': 'Svar innen',
    'case.due.flag': 'Fristen vises som oppfølgingsflagg i Outlook.',
    'case.due.suggested': 'Foreslått ut fra mottaksdatoen. Lagres når du endrer noe her.',
    'case.due.clear': 'Fjern fristen',
    'case.saving': 'Lagrer …',
    'case.saved': 'Lagret.',
    'case.theirs': 'Samtidig endret av andre:',
    'case.archived': 'Meldingen er arkivert ({ref}). Endringer gjøres i sakarkivet.',
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
    'case.heading': 'Sakshandsaming',
    'case.loading': 'Hentar status …',
    'case.refresh': 'Oppdater',
    'case.signin.title': 'Logg inn for å dele status',
    'case.signin.body':
      'Tildeling, status, klasse og svarfrist vert lagra på meldinga, så alle som bruker {mailbox} ser det same. Det krev at du loggar inn hos Microsoft 365.',
    'case.signin.button': 'Logg inn',
    'case.unsupported':
      'Denne meldinga kan ikkje få delt status: Outlook oppgjev ikkje kvar ho er lagra.',
    'case.status.heading': 'Status',
    'case.assignee.heading': 'Tildelt til',
    'case.assignee.none': 'Ingen enno',
    'case.assignee.label': 'Tildel til',
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
    'case.notify.failed': 'Tildelinga er lagra, men varselet vart ikkje sendt. {reason}',
    'case.class.heading': 'Klasse',
    'case.class.confirmed': '{class}, stadfesta av {name}',
    'case.class.suggested': 'Ikkje stadfesta enno. Arkivpost føreslår: {class}.',
    'case.class.confirm': 'Stadfest «{class}»',
    'case.class.override': 'Vel ein annan klasse',
    'case.due.heading': 'Svarfrist',
    'case.due.label': 'Svar innan',
    'case.due.flag': 'Fristen vert vist som oppfølgingsflagg i Outlook.',
    'case.due.suggested': 'Føreslått ut frå mottaksdatoen. Vert lagra når du endrar noko her.',
    'case.due.clear': 'Fjern fristen',
    'case.saving': 'Lagrar …',
    'case.saved': 'Lagra.',
    'case.theirs': 'Endra av andre i same augeblink:',
    'case.archived': 'Meldinga er arkivert ({ref}). Endringar vert gjorde i sakarkivet.',
    'case.error.title': 'Ikkje lagra',
    'case.auth.sign-in-required': 'Du må logge inn for å lagre.',
    'case.auth.cancelled': 'Innlogginga vart avbroten. Ingenting er lagra.',
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
    'case.assignee.heading': 'Tilldelat',
    'case.assignee.none': 'Ingen ännu',
    'case.assignee.label': 'Tilldela',
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
    'case.class.suggested': 'Inte bekräftad ännu. Arkivpost föreslår: {class}.',
    'case.class.confirm': 'Bekräfta ”{class}”',
    'case.class.override': 'Välj en annan klass',
    'case.due.heading': 'Svarsfrist',
    'case.due.label': 'Svara senast',
    'case.due.flag': 'Fristen visas som uppföljningsflagga i Outlook.',
    'case.due.suggested': 'Föreslagen utifrån mottagningsdagen. Sparas när du ändrar något här.',
    'case.due.clear': 'Ta bort fristen',
    'case.saving': 'Sparar …',
    'case.saved': 'Sparat.',
    'case.theirs': 'Ändrat av andra samtidigt:',
    'case.archived': 'Meddelandet är diariefört ({ref}). Ändringar görs i diariet.',
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
    'case.assignee.heading': 'Assigned to',
    'case.assignee.none': 'Nobody yet',
    'case.assignee.label': 'Assign to',
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
    'case.class.suggested': 'Not confirmed yet. Arkivpost suggests: {class}.',
    'case.class.confirm': 'Confirm "{class}"',
    'case.class.override': 'Choose another class',
    'case.due.heading': 'Answer by',
    'case.due.label': 'Answer by',
    'case.due.flag': 'The date shows as a follow-up flag in Outlook.',
    'case.due.suggested': 'Suggested from the date received. Saved when you change anything here.',
    'case.due.clear': 'Remove the date',
    'case.saving': 'Saving …',
    'case.saved': 'Saved.',
    'case.theirs': 'Changed by someone else at the same time:',
    'case.archived': 'The message is archived ({ref}). Make changes in the case archive.',
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

export function tc(
  lang: Lang,
  key: CaseKey,
  params?: Readonly<Record<string, string | number>>,
): string {
  return format(caseMessages[lang][key], params);
}
