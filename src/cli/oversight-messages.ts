/** `arkivpost oversight …`: the command line's own words for oversight, in four languages. */
import type { Messages } from '../core/i18n/types';

export type OversightCliKey =
  | 'cli.oversight.error.subcommand'
  | 'cli.oversight.error.mailbox'
  | 'cli.oversight.error.no-mailbox'
  | 'cli.oversight.error.not-for'
  | 'cli.oversight.error.period-missing'
  | 'cli.oversight.error.bad-from'
  | 'cli.oversight.error.bad-to'
  | 'cli.oversight.error.reversed'
  | 'cli.oversight.error.too-long'
  | 'cli.oversight.error.url'
  | 'cli.oversight.error.credentials'
  | 'cli.oversight.error.certificate'
  | 'cli.oversight.error.sign-in'
  | 'cli.oversight.error.service'
  | 'cli.oversight.error.archive'
  | 'cli.oversight.error.no-sender'
  | 'cli.oversight.error.csv'
  | 'cli.oversight.failed'
  | 'cli.oversight.reason.no-mailbox'
  | 'cli.oversight.reason.forbidden'
  | 'cli.oversight.none-read'
  | 'cli.oversight.log.summary'
  | 'cli.oversight.log.never-heading'
  | 'cli.oversight.log.no-archive'
  | 'cli.oversight.csv-written'
  | 'cli.oversight.absence.without'
  | 'cli.oversight.absence.all-have'
  | 'cli.oversight.absence.none-away'
  | 'cli.oversight.absence.member'
  | 'cli.oversight.absence.unknown'
  | 'cli.oversight.digest.sent'
  | 'cli.oversight.digest.none'
  | 'cli.oversight.digest.failed';

export const oversightCliMessages = {
  nb: {
    'cli.oversight.error.subcommand':
      'Ukjent oversight-kommando «{command}». Bruk overview, log-review eller absence.',
    'cli.oversight.error.mailbox':
      'Postkassen «{address}» står ikke i profilen som funksjonspostkasse. Kjente: {known}.',
    'cli.oversight.error.no-mailbox':
      'Profilen har ingen funksjonspostkasse å gjennomgå. Oppgi --mailbox ADRESSE.',
    'cli.oversight.error.not-for': 'Valget {option} gjelder ikke «oversight {command}».',
    'cli.oversight.error.period-missing':
      'Loggen gjennomgås for en periode: oppgi både --from DATO og --to DATO (ÅÅÅÅ-MM-DD).',
    'cli.oversight.error.bad-from': 'Forstår ikke datoen «{value}» i --from. Skriv ÅÅÅÅ-MM-DD.',
    'cli.oversight.error.bad-to': 'Forstår ikke datoen «{value}» i --to. Skriv ÅÅÅÅ-MM-DD.',
    'cli.oversight.error.reversed': '--from ({from}) kommer etter --to ({to}).',
    'cli.oversight.error.too-long':
      'Perioden er {days} dager. Loggen gjennomgås for høyst {max} dager om gangen.',
    'cli.oversight.error.url': '«{value}» i {option} er ikke en http- eller https-adresse.',
    'cli.oversight.error.credentials':
      'Appinnlogging mangler: sett {missing} (se docs/admin.md), eller bruk --graph med emulatoren.',
    'cli.oversight.error.certificate':
      'Kan ikke lese sertifikatet eller nøkkelen «{file}»: {reason}',
    'cli.oversight.error.sign-in': 'Appinnloggingen hos Microsoft Entra ID mislyktes: {reason}',
    'cli.oversight.error.service': '{reason}',
    'cli.oversight.error.archive': 'Saksarkivet: {reason}',
    'cli.oversight.error.no-sender':
      'Profilen oppgir ingen avsender for tilsynsoversikten («oversight»: «digestSender»).',
    'cli.oversight.error.csv': 'Kan ikke skrive «{file}»: {reason}',
    'cli.oversight.failed': '{address} kunne ikke leses: {reason}',
    'cli.oversight.reason.no-mailbox': 'Postkassen finnes ikke i Microsoft 365.',
    'cli.oversight.reason.forbidden':
      'Appen har ikke tilgang til postkassen (se Exchange RBAC for Applications i docs/admin.md).',
    'cli.oversight.none-read': 'Ingen av postkassene kunne leses.',
    'cli.oversight.log.summary':
      '{rows} meldinger i loggen: {never} ikke journalført, {registered} journalført, {internal} interne, {ephemeral} uten arkivverdi, {private} private. {hygiene} emner i loggen har fødselsnummer eller særlige kategorier.',
    'cli.oversight.log.never-heading': 'Ikke journalført:',
    'cli.oversight.log.no-archive':
      'Profilen oppgir ikke noe saksarkiv: bare Arkivposts egen merking på meldingene er sjekket.',
    'cli.oversight.csv-written': 'Skrev {file}.',
    'cli.oversight.absence.without': 'Funksjonspostkasser uten autosvar: {list}',
    'cli.oversight.absence.all-have': 'Alle funksjonspostkassene har autosvar på.',
    'cli.oversight.absence.none-away': 'Ingen medlemmer er borte i dag.',
    'cli.oversight.absence.member': '{name} <{address}> ({reason}): {count} åpne meldinger',
    'cli.oversight.absence.unknown': 'Autosvaret kunne ikke leses for: {list}',
    'cli.oversight.digest.sent': 'Tilsynsoversikten er sendt fra {sender} til {list}.',
    'cli.oversight.digest.none':
      'Ingen i profilen fører tilsyn med disse postkassene («supervisors»).',
    'cli.oversight.digest.failed': 'Tilsynsoversikten kunne ikke sendes til {to}: {reason}',
  },
  nn: {
    'cli.oversight.error.subcommand':
      'Ukjend oversight-kommando «{command}». Bruk overview, log-review eller absence.',
    'cli.oversight.error.mailbox':
      'Postkassa «{address}» står ikkje i profilen som funksjonspostkasse. Kjende: {known}.',
    'cli.oversight.error.no-mailbox':
      'Profilen har inga funksjonspostkasse å gå gjennom. Oppgi --mailbox ADRESSE.',
    'cli.oversight.error.not-for': 'Valet {option} gjeld ikkje «oversight {command}».',
    'cli.oversight.error.period-missing':
      'Loggen blir gått gjennom for ein periode: oppgi både --from DATO og --to DATO (ÅÅÅÅ-MM-DD).',
    'cli.oversight.error.bad-from': 'Forstår ikkje datoen «{value}» i --from. Skriv ÅÅÅÅ-MM-DD.',
    'cli.oversight.error.bad-to': 'Forstår ikkje datoen «{value}» i --to. Skriv ÅÅÅÅ-MM-DD.',
    'cli.oversight.error.reversed': '--from ({from}) kjem etter --to ({to}).',
    'cli.oversight.error.too-long':
      'Perioden er {days} dagar. Loggen blir gått gjennom for høgst {max} dagar om gongen.',
    'cli.oversight.error.url': '«{value}» i {option} er ikkje ei http- eller https-adresse.',
    'cli.oversight.error.credentials':
      'App-innlogging manglar: set {missing} (sjå docs/admin.md), eller bruk --graph med emulatoren.',
    'cli.oversight.error.certificate':
      'Kan ikkje lese sertifikatet eller nøkkelen «{file}»: {reason}',
    'cli.oversight.error.sign-in': 'App-innlogginga hos Microsoft Entra ID mislukkast: {reason}',
    'cli.oversight.error.service': '{reason}',
    'cli.oversight.error.archive': 'Saksarkivet: {reason}',
    'cli.oversight.error.no-sender':
      'Profilen oppgir ingen avsendar for tilsynsoversikta («oversight»: «digestSender»).',
    'cli.oversight.error.csv': 'Kan ikkje skrive «{file}»: {reason}',
    'cli.oversight.failed': '{address} kunne ikkje lesast: {reason}',
    'cli.oversight.reason.no-mailbox': 'Postkassa finst ikkje i Microsoft 365.',
    'cli.oversight.reason.forbidden':
      'Appen har ikkje tilgang til postkassa (sjå Exchange RBAC for Applications i docs/admin.md).',
    'cli.oversight.none-read': 'Ingen av postkassene kunne lesast.',
    'cli.oversight.log.summary':
      '{rows} meldingar i loggen: {never} ikkje journalførte, {registered} journalførte, {internal} interne, {ephemeral} utan arkivverdi, {private} private. {hygiene} emne i loggen har fødselsnummer eller særlege kategoriar.',
    'cli.oversight.log.never-heading': 'Ikkje journalført:',
    'cli.oversight.log.no-archive':
      'Profilen oppgir ikkje noko saksarkiv: berre merkinga til Arkivpost på meldingane er sjekka.',
    'cli.oversight.csv-written': 'Skreiv {file}.',
    'cli.oversight.absence.without': 'Funksjonspostkasser utan autosvar: {list}',
    'cli.oversight.absence.all-have': 'Alle funksjonspostkassene har autosvar på.',
    'cli.oversight.absence.none-away': 'Ingen medlemmar er borte i dag.',
    'cli.oversight.absence.member': '{name} <{address}> ({reason}): {count} opne meldingar',
    'cli.oversight.absence.unknown': 'Autosvaret kunne ikkje lesast for: {list}',
    'cli.oversight.digest.sent': 'Tilsynsoversikta er send frå {sender} til {list}.',
    'cli.oversight.digest.none':
      'Ingen i profilen fører tilsyn med desse postkassene («supervisors»).',
    'cli.oversight.digest.failed': 'Tilsynsoversikta kunne ikkje sendast til {to}: {reason}',
  },
  sv: {
    'cli.oversight.error.subcommand':
      'Okänt oversight-kommando ”{command}”. Använd overview, log-review eller absence.',
    'cli.oversight.error.mailbox':
      'Brevlådan ”{address}” finns inte i profilen som funktionsbrevlåda. Kända: {known}.',
    'cli.oversight.error.no-mailbox':
      'Profilen har ingen funktionsbrevlåda att granska. Ange --mailbox ADRESS.',
    'cli.oversight.error.not-for': 'Flaggan {option} gäller inte ”oversight {command}”.',
    'cli.oversight.error.period-missing':
      'Loggen granskas för en period: ange både --from DATUM och --to DATUM (ÅÅÅÅ-MM-DD).',
    'cli.oversight.error.bad-from': 'Förstår inte datumet ”{value}” i --from. Skriv ÅÅÅÅ-MM-DD.',
    'cli.oversight.error.bad-to': 'Förstår inte datumet ”{value}” i --to. Skriv ÅÅÅÅ-MM-DD.',
    'cli.oversight.error.reversed': '--from ({from}) kommer efter --to ({to}).',
    'cli.oversight.error.too-long':
      'Perioden är {days} dagar. Loggen granskas för högst {max} dagar i taget.',
    'cli.oversight.error.url': '”{value}” i {option} är inte en http- eller https-adress.',
    'cli.oversight.error.credentials':
      'Appinloggning saknas: sätt {missing} (se docs/admin.md), eller använd --graph med emulatorn.',
    'cli.oversight.error.certificate':
      'Kan inte läsa certifikatet eller nyckeln ”{file}”: {reason}',
    'cli.oversight.error.sign-in': 'Appinloggningen i Microsoft Entra ID misslyckades: {reason}',
    'cli.oversight.error.service': '{reason}',
    'cli.oversight.error.archive': 'Diariet: {reason}',
    'cli.oversight.error.no-sender':
      'Profilen anger ingen avsändare för tillsynsöversikten (”oversight”: ”digestSender”).',
    'cli.oversight.error.csv': 'Kan inte skriva ”{file}”: {reason}',
    'cli.oversight.failed': '{address} kunde inte läsas: {reason}',
    'cli.oversight.reason.no-mailbox': 'Brevlådan finns inte i Microsoft 365.',
    'cli.oversight.reason.forbidden':
      'Appen har inte behörighet till brevlådan (se Exchange RBAC for Applications i docs/admin.md).',
    'cli.oversight.none-read': 'Ingen av brevlådorna kunde läsas.',
    'cli.oversight.log.summary':
      '{rows} meddelanden i loggen: {never} ej diarieförda, {registered} diarieförda, {internal} interna, {ephemeral} av tillfällig betydelse, {private} privata. {hygiene} ämnen i loggen har personnummer eller känsliga personuppgifter.',
    'cli.oversight.log.never-heading': 'Ej diarieförda:',
    'cli.oversight.log.no-archive':
      'Profilen anger inget diarium: bara Arkivposts egen markering på meddelandena har kontrollerats.',
    'cli.oversight.csv-written': 'Skrev {file}.',
    'cli.oversight.absence.without': 'Funktionsbrevlådor utan autosvar: {list}',
    'cli.oversight.absence.all-have': 'Alla funktionsbrevlådor har autosvar på.',
    'cli.oversight.absence.none-away': 'Inga medlemmar är borta i dag.',
    'cli.oversight.absence.member': '{name} <{address}> ({reason}): {count} öppna meddelanden',
    'cli.oversight.absence.unknown': 'Autosvaret kunde inte läsas för: {list}',
    'cli.oversight.digest.sent': 'Tillsynsöversikten har skickats från {sender} till {list}.',
    'cli.oversight.digest.none':
      'Ingen i profilen har tillsyn över dessa brevlådor (”supervisors”).',
    'cli.oversight.digest.failed': 'Tillsynsöversikten kunde inte skickas till {to}: {reason}',
  },
  en: {
    'cli.oversight.error.subcommand':
      'Unknown oversight command “{command}”. Use overview, log-review or absence.',
    'cli.oversight.error.mailbox':
      'The mailbox “{address}” is not a function mailbox in the profile. Known: {known}.',
    'cli.oversight.error.no-mailbox':
      'The profile has no function mailbox to review. Give --mailbox ADDRESS.',
    'cli.oversight.error.not-for': 'The option {option} does not apply to “oversight {command}”.',
    'cli.oversight.error.period-missing':
      'The log is reviewed for a period: give both --from DATE and --to DATE (YYYY-MM-DD).',
    'cli.oversight.error.bad-from': 'Cannot read the date “{value}” in --from. Write YYYY-MM-DD.',
    'cli.oversight.error.bad-to': 'Cannot read the date “{value}” in --to. Write YYYY-MM-DD.',
    'cli.oversight.error.reversed': '--from ({from}) comes after --to ({to}).',
    'cli.oversight.error.too-long':
      'The period is {days} days. The log is reviewed for at most {max} days at a time.',
    'cli.oversight.error.url': '“{value}” in {option} is not an http or https address.',
    'cli.oversight.error.credentials':
      'No application sign-in: set {missing} (see docs/admin.md), or use --graph with the emulator.',
    'cli.oversight.error.certificate': 'Cannot read the certificate or key “{file}”: {reason}',
    'cli.oversight.error.sign-in':
      'The application’s sign-in with Microsoft Entra ID failed: {reason}',
    'cli.oversight.error.service': '{reason}',
    'cli.oversight.error.archive': 'The case archive: {reason}',
    'cli.oversight.error.no-sender':
      'The profile names no sender for the oversight digest (“oversight”: “digestSender”).',
    'cli.oversight.error.csv': 'Cannot write “{file}”: {reason}',
    'cli.oversight.failed': '{address} could not be read: {reason}',
    'cli.oversight.reason.no-mailbox': 'The mailbox does not exist in Microsoft 365.',
    'cli.oversight.reason.forbidden':
      'The application may not open the mailbox (see Exchange RBAC for Applications in docs/admin.md).',
    'cli.oversight.none-read': 'None of the mailboxes could be read.',
    'cli.oversight.log.summary':
      '{rows} messages in the log: {never} never registered, {registered} registered, {internal} internal, {ephemeral} ephemeral, {private} private. {hygiene} subjects in the log carry identity numbers or special categories.',
    'cli.oversight.log.never-heading': 'Never registered:',
    'cli.oversight.log.no-archive':
      'The profile names no case archive: only Arkivpost’s own mark on the messages was checked.',
    'cli.oversight.csv-written': 'Wrote {file}.',
    'cli.oversight.absence.without': 'Function mailboxes without an automatic reply: {list}',
    'cli.oversight.absence.all-have': 'Every function mailbox has its automatic reply on.',
    'cli.oversight.absence.none-away': 'No member is away today.',
    'cli.oversight.absence.member': '{name} <{address}> ({reason}): {count} open messages',
    'cli.oversight.absence.unknown': 'The automatic reply could not be read for: {list}',
    'cli.oversight.digest.sent': 'The oversight digest was sent from {sender} to {list}.',
    'cli.oversight.digest.none':
      'Nobody in the profile supervises these mailboxes (“supervisors”).',
    'cli.oversight.digest.failed': 'The oversight digest could not be sent to {to}: {reason}',
  },
} as const satisfies Messages<OversightCliKey>;
