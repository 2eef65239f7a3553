/**
 * The filing panel's sentences ("Lagre i saksarkiv", R5, R13, R26), in nb,
 * nn, sv and en. A catalog of its own: the panel is a chunk loaded on demand.
 */
import { createTranslator } from '../../core/i18n/types';
import type { Messages } from '../../core/i18n/types';

export type FilingKey =
  | 'filing.heading'
  | 'filing.open'
  | 'filing.loading'
  | 'filing.unavailable'
  | 'filing.unconfigured'
  | 'filing.case.heading'
  | 'filing.case.existing'
  | 'filing.case.new'
  | 'filing.case.search'
  | 'filing.case.searching'
  | 'filing.case.none-found'
  | 'filing.case.choose'
  | 'filing.case.chosen'
  | 'filing.case.title'
  | 'filing.case.number'
  | 'filing.case.number.hint'
  | 'filing.case.number.invalid'
  | 'filing.type.heading'
  | 'filing.type.I'
  | 'filing.type.U'
  | 'filing.type.N'
  | 'filing.title'
  | 'filing.title.hint'
  | 'filing.restriction'
  | 'filing.restriction.none'
  | 'filing.restriction.suggested'
  | 'filing.public.warning'
  | 'filing.public.confirm'
  | 'filing.attachments'
  | 'filing.attachments.main'
  | 'filing.attachments.none'
  | 'filing.attachments.whole'
  | 'filing.submit'
  | 'filing.submit.registry'
  | 'filing.cancel'
  | 'filing.progress.reading'
  | 'filing.progress.case'
  | 'filing.progress.record'
  | 'filing.progress.documents'
  | 'filing.progress.marking'
  | 'filing.progress.sign-in'
  | 'filing.done'
  | 'filing.done.no-case'
  | 'filing.already'
  | 'filing.already.unknown'
  | 'filing.forwarded'
  | 'filing.forwarded.earlier'
  | 'filing.marked'
  | 'filing.marked.sent'
  | 'filing.forwarded.earlier.date'
  | 'filing.subject-failed'
  | 'filing.draft.attachment'
  | 'filing.draft.unavailable'
  | 'filing.attachments.draft'
  | 'filing.subject'
  | 'filing.mark-failed'
  | 'filing.failed.title'
  | 'filing.failed.safe'
  | 'filing.failed.missing'
  | 'filing.failed.unreadable'
  | 'filing.retry'
  | 'filing.remove-reminder'
  | 'filing.archived'
  | 'filing.reused-id'
  | 'filing.resumed'
  | 'filing.unfinished.title'
  | 'filing.unfinished.begun'
  | 'filing.unfinished.case'
  | 'filing.unfinished.record'
  | 'filing.unfinished.documents'
  | 'filing.unfinished.nothing'
  | 'filing.finish'
  | 'filing.waiting'
  | 'filing.in-progress'
  | 'filing.taken-over'
  | 'filing.draft.warning.title'
  | 'filing.draft.warning'
  | 'filing.draft.continue';

export const filingMessages: Messages<FilingKey> = {
  nb: {
    'filing.subject-failed':
      'Arkivet har dokumentet, men emnet kunne ikke endres: {reason} Prøv igjen for å få referansen i emnet; ingenting arkiveres to ganger.',
    'filing.draft.attachment':
      'Vedlegget «{name}» kunne ikke leses helt, så e-posten er ikke arkivert. Lagre utkastet og prøv igjen.',
    'filing.draft.unavailable':
      'Denne versjonen av Outlook gir ikke tilgang til hele utkastet. Send e-posten og arkiver den fra Sendte elementer.',
    'filing.attachments.draft': 'E-posten og alle vedleggene arkiveres slik de er nå.',
    'filing.subject': 'Emnet er nå «{subject}». Send e-posten når du er klar.',
    'filing.loading': 'Kobler til arkivet …',
    'filing.unavailable':
      'Arkivet kunne ikke nås herfra. Prøv igjen, eller meld fra til administrator.',
    'filing.heading': 'Lagre i saksarkiv',
    'filing.open': 'Lagre i saksarkiv …',
    'filing.unconfigured':
      'Organisasjonen har ikke satt opp et saksarkiv for Arkivpost («archive» i profilen).',
    'filing.case.heading': 'Sak',
    'filing.case.existing': 'Eksisterende sak',
    'filing.case.new': 'Ny sak',
    'filing.case.search': 'Søk på saksnummer eller tittel',
    'filing.case.searching': 'Søker …',
    'filing.case.none-found': 'Ingen saker funnet for «{query}».',
    'filing.case.choose': 'Velg en sak fra søket, eller opprett en ny.',
    'filing.case.chosen': 'Valgt: {number} {title}',
    'filing.case.title': 'Sakstittel',
    'filing.case.number': 'Saksnummer (valgfritt)',
    'filing.case.number.hint':
      'Uten saksnummer legger arkivet e-posten i en sak eller oppretter en ny.',
    'filing.case.number.invalid': 'Skriv saksnummeret som 2026/123.',
    'filing.type.heading': 'Dokumenttype',
    'filing.type.I': 'I – inngående',
    'filing.type.U': 'U – utgående',
    'filing.type.N': 'N – organinternt notat',
    'filing.title': 'Tittel',
    'filing.title.hint': 'Tittelen står i den offentlige journalen.',
    'filing.restriction': 'Skjerming',
    'filing.restriction.none': 'Ingen skjerming (offentlig)',
    'filing.restriction.suggested': 'Foreslått fordi: {found}.',
    'filing.public.warning':
      'Uten skjerming kan journalposten og dokumentet bli publisert, for eksempel på eInnsyn.',
    'filing.public.confirm':
      'Jeg har sjekket funnene ({found}) og bekrefter at dokumentet skal være offentlig.',
    'filing.attachments': 'Vedlegg som arkiveres',
    'filing.attachments.main': 'Selve e-posten (.eml) arkiveres alltid, som hoveddokument.',
    'filing.attachments.none': 'E-posten har ingen vedlegg.',
    'filing.attachments.whole': 'Hele e-posten går uendret, med alle vedlegg, til {to}.',
    'filing.submit': 'Lagre i saksarkiv',
    'filing.submit.registry': 'Send til arkivet',
    'filing.cancel': 'Avbryt',
    'filing.progress.reading': 'Henter e-posten …',
    'filing.progress.case': 'Oppretter saken …',
    'filing.progress.record': 'Oppretter journalposten …',
    'filing.progress.documents': 'Laster opp: {done} av {total}',
    'filing.progress.marking': 'Merker e-posten som arkivert …',
    'filing.progress.sign-in':
      'Venter på at du logger inn i vinduet som er åpnet. Ingenting er lagret ennå.',
    'filing.done': 'Arkivert som {ref} i sak {case} «{title}».',
    'filing.done.no-case': 'Arkivert som {ref}.',
    'filing.already': 'Allerede arkivert som {ref}. Ingenting ble lagret på nytt.',
    'filing.already.unknown': 'Allerede arkivert. Ingenting ble lagret på nytt.',
    'filing.forwarded': 'Sendt uendret til {to} for journalføring.',
    'filing.forwarded.earlier': 'Allerede sendt til {to}. Ingenting ble sendt på nytt.',
    'filing.marked': 'E-posten er merket «{category}» og har status {status}.',
    'filing.marked.sent':
      'E-posten er merket «{category}». Den merkes som arkivert når registrator har registrert den.',
    'filing.forwarded.earlier.date': 'Allerede sendt til {to} {date}. Ingenting ble sendt på nytt.',
    'filing.mark-failed':
      'Arkivet har dokumentet, men merkingen i Outlook feilet: {reason} Prøv igjen for å merke e-posten; ingenting arkiveres to ganger.',
    'filing.failed.title': 'Ikke arkivert',
    'filing.failed.safe':
      'E-posten er ikke merket som arkivert. Prøv igjen: det som alt er lagret, lagres ikke to ganger.',
    'filing.failed.missing':
      'Disse vedleggene finnes ikke lenger i e-posten: {names}. Åpne e-posten på nytt.',
    'filing.failed.unreadable':
      'E-posten kunne ikke leses som MIME ({code}), så den er ikke arkivert.',
    'filing.retry': 'Prøv igjen',
    'filing.remove-reminder':
      'Når saken ikke lenger trenger e-posten, skal kopien i postkassen slettes: e-post er ikke et langtidslager for personopplysninger.',
    'filing.archived': 'Arkivert: {ref}',
    'filing.reused-id':
      'En annen e-post i arkivet har samme Message-ID. Denne er arkivert som en egen journalpost, med ekstern ID {id}.',
    'filing.resumed': 'Arkiveringen som {by} begynte {when}, er fullført.',
    'filing.unfinished.title': 'Arkiveringen er ikke fullført',
    'filing.unfinished.begun': '{by} begynte å arkivere e-posten {when}.',
    'filing.unfinished.case': 'Sak {ref} er opprettet.',
    'filing.unfinished.record': 'Journalpost {ref} er opprettet.',
    'filing.unfinished.documents': '{done} av {total} dokumenter er lastet opp.',
    'filing.unfinished.nothing': 'Ingenting er lagret i arkivet ennå.',
    'filing.finish': 'Fullfør arkiveringen',
    'filing.waiting': 'Venter på arkiveringen i et annet vindu ({by}, sist aktiv {when}) …',
    'filing.in-progress':
      'E-posten arkiveres nå fra et annet vindu ({by}, sist aktiv {when}). Vent til det er ferdig, og prøv igjen.',
    'filing.taken-over':
      'Et annet vindu har overtatt arkiveringen av denne e-posten. Oppdater panelet for å se hvordan det gikk.',
    'filing.draft.warning.title': 'Utkast blir arkivert som under redigering',
    'filing.draft.warning':
      '{names} har spor av utkast (sporede endringer, kommentarer eller «utkast»). De arkiveres med dokumentstatus «under redigering» (B), ikke som ferdigstilt.',
    'filing.draft.continue': 'Arkiver likevel',
  },
  nn: {
    'filing.subject-failed':
      'Arkivet har dokumentet, men emnet kunne ikkje endrast: {reason} Prøv igjen for å få referansen i emnet; ingenting blir arkivert to gonger.',
    'filing.draft.attachment':
      'Vedlegget «{name}» kunne ikkje lesast heilt, så e-posten er ikkje arkivert. Lagre utkastet og prøv igjen.',
    'filing.draft.unavailable':
      'Denne versjonen av Outlook gir ikkje tilgang til heile utkastet. Send e-posten og arkiver han frå Sende element.',
    'filing.attachments.draft': 'E-posten og alle vedlegga blir arkiverte slik dei er no.',
    'filing.subject': 'Emnet er no «{subject}». Send e-posten når du er klar.',
    'filing.loading': 'Koplar til arkivet …',
    'filing.unavailable':
      'Arkivet kunne ikkje nåast herifrå. Prøv igjen, eller meld frå til administrator.',
    'filing.heading': 'Lagre i saksarkiv',
    'filing.open': 'Lagre i saksarkiv …',
    'filing.unconfigured':
      'Organisasjonen har ikkje sett opp eit saksarkiv for Arkivpost («archive» i profilen).',
    'filing.case.heading': 'Sak',
    'filing.case.existing': 'Eksisterande sak',
    'filing.case.new': 'Ny sak',
    'filing.case.search': 'Søk på saksnummer eller tittel',
    'filing.case.searching': 'Søkjer …',
    'filing.case.none-found': 'Ingen saker funne for «{query}».',
    'filing.case.choose': 'Vel ei sak frå søket, eller opprett ei ny.',
    'filing.case.chosen': 'Vald: {number} {title}',
    'filing.case.title': 'Sakstittel',
    'filing.case.number': 'Saksnummer (valfritt)',
    'filing.case.number.hint':
      'Utan saksnummer legg arkivet e-posten i ei sak eller opprettar ei ny.',
    'filing.case.number.invalid': 'Skriv saksnummeret som 2026/123.',
    'filing.type.heading': 'Dokumenttype',
    'filing.type.I': 'I – inngåande',
    'filing.type.U': 'U – utgåande',
    'filing.type.N': 'N – organinternt notat',
    'filing.title': 'Tittel',
    'filing.title.hint': 'Tittelen står i den offentlege journalen.',
    'filing.restriction': 'Skjerming',
    'filing.restriction.none': 'Inga skjerming (offentleg)',
    'filing.restriction.suggested': 'Føreslått fordi: {found}.',
    'filing.public.warning':
      'Utan skjerming kan journalposten og dokumentet bli publiserte, til dømes på eInnsyn.',
    'filing.public.confirm':
      'Eg har sjekka funna ({found}) og stadfestar at dokumentet skal vere offentleg.',
    'filing.attachments': 'Vedlegg som blir arkiverte',
    'filing.attachments.main': 'Sjølve e-posten (.eml) blir alltid arkivert, som hovuddokument.',
    'filing.attachments.none': 'E-posten har ingen vedlegg.',
    'filing.attachments.whole': 'Heile e-posten går uendra, med alle vedlegg, til {to}.',
    'filing.submit': 'Lagre i saksarkiv',
    'filing.submit.registry': 'Send til arkivet',
    'filing.cancel': 'Avbryt',
    'filing.progress.reading': 'Hentar e-posten …',
    'filing.progress.case': 'Opprettar saka …',
    'filing.progress.record': 'Opprettar journalposten …',
    'filing.progress.documents': 'Lastar opp: {done} av {total}',
    'filing.progress.marking': 'Merkjer e-posten som arkivert …',
    'filing.progress.sign-in':
      'Ventar på at du loggar inn i vindauget som er opna. Ingenting er lagra enno.',
    'filing.done': 'Arkivert som {ref} i sak {case} «{title}».',
    'filing.done.no-case': 'Arkivert som {ref}.',
    'filing.already': 'Allereie arkivert som {ref}. Ingenting blei lagra på nytt.',
    'filing.already.unknown': 'Allereie arkivert. Ingenting blei lagra på nytt.',
    'filing.forwarded': 'Sendt uendra til {to} for journalføring.',
    'filing.forwarded.earlier': 'Allereie sendt til {to}. Ingenting blei sendt på nytt.',
    'filing.marked': 'E-posten er merkt «{category}» og har status {status}.',
    'filing.marked.sent':
      'E-posten er merkt «{category}». Han blir merkt som arkivert når registrator har registrert han.',
    'filing.forwarded.earlier.date':
      'Allereie sendt til {to} {date}. Ingenting blei sendt på nytt.',
    'filing.mark-failed':
      'Arkivet har dokumentet, men merkinga i Outlook feila: {reason} Prøv igjen for å merkje e-posten; ingenting blir arkivert to gonger.',
    'filing.failed.title': 'Ikkje arkivert',
    'filing.failed.safe':
      'E-posten er ikkje merkt som arkivert. Prøv igjen: det som alt er lagra, blir ikkje lagra to gonger.',
    'filing.failed.missing':
      'Desse vedlegga finst ikkje lenger i e-posten: {names}. Opne e-posten på nytt.',
    'filing.failed.unreadable':
      'E-posten kunne ikkje lesast som MIME ({code}), så han er ikkje arkivert.',
    'filing.retry': 'Prøv igjen',
    'filing.remove-reminder':
      'Når saka ikkje lenger treng e-posten, skal kopien i postkassa slettast: e-post er ikkje eit langtidslager for personopplysningar.',
    'filing.archived': 'Arkivert: {ref}',
    'filing.reused-id':
      'Ein annan e-post i arkivet har same Message-ID. Denne er arkivert som ein eigen journalpost, med ekstern ID {id}.',
    'filing.resumed': 'Arkiveringa som {by} byrja {when}, er fullført.',
    'filing.unfinished.title': 'Arkiveringa er ikkje fullført',
    'filing.unfinished.begun': '{by} byrja å arkivere e-posten {when}.',
    'filing.unfinished.case': 'Sak {ref} er oppretta.',
    'filing.unfinished.record': 'Journalpost {ref} er oppretta.',
    'filing.unfinished.documents': '{done} av {total} dokument er lasta opp.',
    'filing.unfinished.nothing': 'Ingenting er lagra i arkivet enno.',
    'filing.finish': 'Fullfør arkiveringa',
    'filing.waiting': 'Ventar på arkiveringa i eit anna vindauge ({by}, sist aktiv {when}) …',
    'filing.in-progress':
      'E-posten blir arkivert no frå eit anna vindauge ({by}, sist aktiv {when}). Vent til det er ferdig, og prøv igjen.',
    'filing.taken-over':
      'Eit anna vindauge har teke over arkiveringa av denne e-posten. Oppdater panelet for å sjå korleis det gjekk.',
    'filing.draft.warning.title': 'Utkast blir arkiverte som under redigering',
    'filing.draft.warning':
      '{names} har spor av utkast (spora endringar, kommentarar eller «utkast»). Dei blir arkiverte med dokumentstatus «under redigering» (B), ikkje som ferdigstilte.',
    'filing.draft.continue': 'Arkiver likevel',
  },
  sv: {
    'filing.subject-failed':
      'Diariet har handlingen, men ämnet kunde inte ändras: {reason} Försök igen för att få referensen i ämnet; inget diarieförs två gånger.',
    'filing.draft.attachment':
      'Bilagan ”{name}” kunde inte läsas helt, så e-posten är inte diarieförd. Spara utkastet och försök igen.',
    'filing.draft.unavailable':
      'Den här versionen av Outlook ger inte tillgång till hela utkastet. Skicka e-posten och diarieför den från Skickat.',
    'filing.attachments.draft': 'E-posten och alla bilagor diarieförs som de ser ut nu.',
    'filing.subject': 'Ämnet är nu ”{subject}”. Skicka e-posten när du är klar.',
    'filing.loading': 'Ansluter till diariet …',
    'filing.unavailable':
      'Diariet kunde inte nås härifrån. Försök igen, eller kontakta administratören.',
    'filing.heading': 'Spara i diariet',
    'filing.open': 'Spara i diariet …',
    'filing.unconfigured':
      'Organisationen har inte angett något diarium för Arkivpost (”archive” i profilen).',
    'filing.case.heading': 'Ärende',
    'filing.case.existing': 'Befintligt ärende',
    'filing.case.new': 'Nytt ärende',
    'filing.case.search': 'Sök på diarienummer eller ärendemening',
    'filing.case.searching': 'Söker …',
    'filing.case.none-found': 'Inga ärenden hittades för ”{query}”.',
    'filing.case.choose': 'Välj ett ärende i sökningen, eller skapa ett nytt.',
    'filing.case.chosen': 'Valt: {number} {title}',
    'filing.case.title': 'Ärendemening',
    'filing.case.number': 'Diarienummer (valfritt)',
    'filing.case.number.hint':
      'Utan diarienummer lägger registratorn e-posten i ett ärende eller skapar ett nytt.',
    'filing.case.number.invalid': 'Skriv diarienumret som 2026/123.',
    'filing.type.heading': 'Handlingstyp',
    'filing.type.I': 'I – inkommande',
    'filing.type.U': 'U – utgående',
    'filing.type.N': 'N – intern handling',
    'filing.title': 'Rubrik',
    'filing.title.hint': 'Rubriken syns i diariet, som är offentligt.',
    'filing.restriction': 'Sekretess',
    'filing.restriction.none': 'Ingen sekretess (offentlig)',
    'filing.restriction.suggested': 'Föreslås på grund av: {found}.',
    'filing.public.warning':
      'Utan sekretessmarkering lämnas handlingen ut till den som begär att få ta del av den.',
    'filing.public.confirm':
      'Jag har granskat fynden ({found}) och bekräftar att handlingen ska vara offentlig.',
    'filing.attachments': 'Bilagor som diarieförs',
    'filing.attachments.main': 'Själva e-posten (.eml) diarieförs alltid, som huvudhandling.',
    'filing.attachments.none': 'E-posten har inga bilagor.',
    'filing.attachments.whole': 'Hela e-posten går oförändrad, med alla bilagor, till {to}.',
    'filing.submit': 'Spara i diariet',
    'filing.submit.registry': 'Skicka till registratorn',
    'filing.cancel': 'Avbryt',
    'filing.progress.reading': 'Hämtar e-posten …',
    'filing.progress.case': 'Skapar ärendet …',
    'filing.progress.record': 'Registrerar handlingen …',
    'filing.progress.documents': 'Laddar upp: {done} av {total}',
    'filing.progress.marking': 'Märker e-posten som diarieförd …',
    'filing.progress.sign-in':
      'Väntar på att du loggar in i fönstret som har öppnats. Inget är sparat ännu.',
    'filing.done': 'Diarieförd som {ref} i ärende {case} ”{title}”.',
    'filing.done.no-case': 'Diarieförd som {ref}.',
    'filing.already': 'Redan diarieförd som {ref}. Inget sparades på nytt.',
    'filing.already.unknown': 'Redan diarieförd. Inget sparades på nytt.',
    'filing.forwarded': 'Skickad oförändrad till {to} för diarieföring.',
    'filing.forwarded.earlier': 'Redan skickad till {to}. Inget skickades på nytt.',
    'filing.marked': 'E-posten är märkt ”{category}” och har status {status}.',
    'filing.marked.sent':
      'E-posten är märkt ”{category}”. Den märks som diarieförd när registratorn har registrerat den.',
    'filing.forwarded.earlier.date': 'Redan skickad till {to} {date}. Inget skickades på nytt.',
    'filing.mark-failed':
      'Diariet har handlingen, men märkningen i Outlook misslyckades: {reason} Försök igen för att märka e-posten; inget diarieförs två gånger.',
    'filing.failed.title': 'Inte diarieförd',
    'filing.failed.safe':
      'E-posten är inte märkt som diarieförd. Försök igen: det som redan sparats sparas inte två gånger.',
    'filing.failed.missing':
      'De här bilagorna finns inte längre i e-posten: {names}. Öppna e-posten på nytt.',
    'filing.failed.unreadable':
      'E-posten kunde inte läsas som MIME ({code}), så den är inte diarieförd.',
    'filing.retry': 'Försök igen',
    'filing.remove-reminder':
      'När ärendet inte längre behöver e-posten ska kopian i brevlådan tas bort: e-post är inget långtidslager för personuppgifter.',
    'filing.archived': 'Diarieförd: {ref}',
    'filing.reused-id':
      'Ett annat meddelande i arkivet har samma Message-ID. Det här är diariefört som en egen handling, med externt id {id}.',
    'filing.resumed': 'Diarieföringen som {by} påbörjade {when} är slutförd.',
    'filing.unfinished.title': 'Diarieföringen är inte slutförd',
    'filing.unfinished.begun': '{by} började diarieföra meddelandet {when}.',
    'filing.unfinished.case': 'Ärende {ref} är skapat.',
    'filing.unfinished.record': 'Handling {ref} är registrerad.',
    'filing.unfinished.documents': '{done} av {total} dokument är uppladdade.',
    'filing.unfinished.nothing': 'Inget har sparats i arkivet ännu.',
    'filing.finish': 'Slutför diarieföringen',
    'filing.waiting': 'Väntar på diarieföringen i ett annat fönster ({by}, senast aktiv {when}) …',
    'filing.in-progress':
      'Meddelandet diarieförs just nu från ett annat fönster ({by}, senast aktiv {when}). Vänta tills det är klart och försök igen.',
    'filing.taken-over':
      'Ett annat fönster har tagit över diarieföringen av det här meddelandet. Uppdatera fönstret för att se hur det gick.',
    'filing.draft.warning.title': 'Utkast diarieförs som under redigering',
    'filing.draft.warning':
      '{names} har spår av utkast (spårade ändringar, kommentarer eller ”utkast”). De diarieförs med dokumentstatus ”under redigering” (B), inte som färdigställda.',
    'filing.draft.continue': 'Diarieför ändå',
  },
  en: {
    'filing.subject-failed':
      'The archive has it, but the subject could not be changed: {reason} Try again to put the reference in the subject; nothing is filed twice.',
    'filing.draft.attachment':
      'The attachment “{name}” could not be read whole, so the message was not filed. Save the draft and try again.',
    'filing.draft.unavailable':
      'This version of Outlook does not give the whole draft. Send the message and file it from Sent Items.',
    'filing.attachments.draft': 'The message and all its attachments are filed as they are now.',
    'filing.subject': 'The subject is now “{subject}”. Send the message when you are ready.',
    'filing.loading': 'Connecting to the archive …',
    'filing.unavailable':
      'The archive could not be reached from here. Try again, or tell your administrator.',
    'filing.heading': 'File in the case archive',
    'filing.open': 'File in the case archive …',
    'filing.unconfigured':
      'The organisation has not set up a case archive for Arkivpost (“archive” in the profile).',
    'filing.case.heading': 'Case',
    'filing.case.existing': 'Existing case',
    'filing.case.new': 'New case',
    'filing.case.search': 'Search by case number or title',
    'filing.case.searching': 'Searching …',
    'filing.case.none-found': 'No cases found for “{query}”.',
    'filing.case.choose': 'Choose a case from the search, or create a new one.',
    'filing.case.chosen': 'Chosen: {number} {title}',
    'filing.case.title': 'Case title',
    'filing.case.number': 'Case number (optional)',
    'filing.case.number.hint':
      'Without a case number, the registrar files it in a case or opens a new one.',
    'filing.case.number.invalid': 'Write the case number as 2026/123.',
    'filing.type.heading': 'Document type',
    'filing.type.I': 'I – incoming',
    'filing.type.U': 'U – outgoing',
    'filing.type.N': 'N – internal note',
    'filing.title': 'Title',
    'filing.title.hint': 'The title appears in the public journal.',
    'filing.restriction': 'Access restriction',
    'filing.restriction.none': 'None (public)',
    'filing.restriction.suggested': 'Suggested because of: {found}.',
    'filing.public.warning':
      'Without a restriction, the record and the document may be published or handed out on request.',
    'filing.public.confirm':
      'I have checked what was found ({found}) and confirm that the document is to be public.',
    'filing.attachments': 'Attachments to file',
    'filing.attachments.main': 'The message itself (.eml) is always filed, as the main document.',
    'filing.attachments.none': 'The message has no attachments.',
    'filing.attachments.whole':
      'The whole message goes unchanged, with all its attachments, to {to}.',
    'filing.submit': 'File it',
    'filing.submit.registry': 'Send to the registrar',
    'filing.cancel': 'Cancel',
    'filing.progress.reading': 'Fetching the message …',
    'filing.progress.case': 'Creating the case …',
    'filing.progress.record': 'Creating the record …',
    'filing.progress.documents': 'Uploading: {done} of {total}',
    'filing.progress.marking': 'Marking the message as filed …',
    'filing.progress.sign-in':
      'Waiting for you to sign in in the window that opened. Nothing is stored yet.',
    'filing.done': 'Filed as {ref} in case {case} “{title}”.',
    'filing.done.no-case': 'Filed as {ref}.',
    'filing.already': 'Already filed as {ref}. Nothing was filed again.',
    'filing.already.unknown': 'Already filed. Nothing was filed again.',
    'filing.forwarded': 'Sent unchanged to {to} for registration.',
    'filing.forwarded.earlier': 'Already sent to {to}. Nothing was sent again.',
    'filing.marked': 'The message is marked “{category}” and its status is {status}.',
    'filing.marked.sent':
      'The message is marked “{category}”. It is marked as archived once the registrar has registered it.',
    'filing.forwarded.earlier.date': 'Already sent to {to} on {date}. Nothing was sent again.',
    'filing.mark-failed':
      'The archive has it, but marking it in Outlook failed: {reason} Try again to mark the message; nothing is filed twice.',
    'filing.failed.title': 'Not filed',
    'filing.failed.safe':
      'The message is not marked as filed. Try again: what is already stored is not stored twice.',
    'filing.failed.missing':
      'These attachments are no longer in the message: {names}. Open the message again.',
    'filing.failed.unreadable':
      'The message could not be read as MIME ({code}), so it was not filed.',
    'filing.retry': 'Try again',
    'filing.remove-reminder':
      'Once the case no longer needs the message, delete the mailbox copy: mail is not a long-term store for personal data.',
    'filing.archived': 'Filed: {ref}',
    'filing.reused-id':
      'Another message in the archive has the same Message-ID. This one is filed as a record of its own, with the external id {id}.',
    'filing.resumed': 'The filing {by} began on {when} is finished.',
    'filing.unfinished.title': 'The filing is not finished',
    'filing.unfinished.begun': '{by} began filing the message on {when}.',
    'filing.unfinished.case': 'Case {ref} has been created.',
    'filing.unfinished.record': 'Record {ref} has been created.',
    'filing.unfinished.documents': '{done} of {total} documents uploaded.',
    'filing.unfinished.nothing': 'Nothing has been stored in the archive yet.',
    'filing.finish': 'Finish filing',
    'filing.waiting': 'Waiting for the filing in another window ({by}, last active {when}) …',
    'filing.in-progress':
      'The message is being filed from another window ({by}, last active {when}). Wait until it is done and try again.',
    'filing.taken-over':
      'Another window has taken over filing this message. Refresh the pane to see how it went.',
    'filing.draft.warning.title': 'Drafts are filed as in progress',
    'filing.draft.warning':
      '{names} carry draft markers (tracked changes, comments or “draft”). They are filed with the document status “under redigering” (B, in progress), not as finished.',
    'filing.draft.continue': 'File anyway',
  },
};

/** The filing form's translator: keys checked by the compiler. */
export const tf = createTranslator(filingMessages);
