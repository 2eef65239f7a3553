/**
 * What the user reads when filing into the archive fails, in nb, nn, sv and
 * en: the one place an archive failure becomes a sentence.
 */
import { format } from '../../core/i18n/types';
import type { Messages } from '../../core/i18n/types';
import type { Lang } from '../../core/model';
import type { ArchiveFailureKey } from './failure-kinds';

export type { ArchiveFailureKey } from './failure-kinds';

export const archiveFailureMessages = {
  nb: {
    'archive.failure.auth':
      'Du er ikke logget inn i arkivet, eller påloggingen har gått ut. Logg inn på nytt og prøv igjen.',
    'archive.failure.forbidden':
      'Arkivet gir deg ikke lov til dette. Spør arkivtjenesten om tilgang.',
    'archive.failure.not-found':
      'Arkivet finner ikke saken eller journalposten. Den kan være flyttet eller slettet.',
    'archive.failure.conflict': 'Noen andre endret det samme i arkivet samtidig. Prøv igjen.',
    'archive.failure.throttled':
      'Arkivet har mye å gjøre akkurat nå. Prøv igjen om litt; det som alt er arkivert, blir ikke arkivert to ganger.',
    'archive.failure.unavailable':
      'Arkivet svarer ikke akkurat nå. Prøv igjen om litt; arkiveringen fortsetter der den stoppet.',
    'archive.failure.timeout':
      'Arkivet brukte for lang tid på å svare. Prøv igjen; arkiveringen fortsetter der den stoppet.',
    'archive.failure.network':
      'Forbindelsen til arkivet ble brutt. Sjekk nettverket og prøv igjen; arkiveringen fortsetter der den stoppet.',
    'archive.failure.bad-request':
      'Arkivet avviste forespørselen ({code}). Kontakt arkivtjenesten.',
    'archive.failure.too-large':
      'Et av dokumentene er for stort for arkivet. Kontakt arkivtjenesten.',
    'archive.failure.unknown':
      'Noe gikk galt i arkivet ({code}). Prøv igjen, eller kontakt arkivtjenesten.',
    'archive.failure.reason.not-noark':
      'Arkivadressen i innstillingene svarer ikke som et Noark 5-arkiv. Kontakt den som administrerer Arkivpost.',
    'archive.failure.reason.relation':
      'Arkivet tilbyr ikke alt Arkivpost trenger for å arkivere e-post ({what}). Kontakt den som administrerer Arkivpost.',
    'archive.failure.reason.arkivdel':
      'Arkivpost vet ikke hvilken arkivdel i arkivet nye saker skal i: innstillingene nevner ingen, eller en som ikke finnes. Kontakt den som administrerer Arkivpost.',
    'archive.failure.reason.restriction-code':
      'Arkivet kjenner ikke tilgangskoden {restriction}. Velg en annen skjerming, eller spør arkivtjenesten.',
    'archive.failure.reason.checksum':
      'En fil kom ikke uskadd fram til arkivet. Prøv igjen; bare det som mangler, blir sendt på nytt.',
    'archive.failure.reason.document-mismatch':
      'Journalpost {reference} i arkivet har andre dokumenter enn denne e-posten. Kontakt arkivtjenesten.',
    'archive.failure.reason.library':
      'Arkivpost finner ikke SharePoint-området eller -biblioteket som innstillingene peker på ({what}). Kontakt den som administrerer Arkivpost.',
    'archive.failure.reason.deleted':
      'Noe arkiveringen allerede hadde laget i arkivet ({what}), er slettet der. Kontakt arkivtjenesten før du arkiverer e-posten på nytt.',
    'archive.failure.reason.identity-taken':
      'En annen e-post med samme Message-ID ligger allerede i arkivet. Prøv igjen; denne blir arkivert som en egen journalpost.',
  },
  nn: {
    'archive.failure.auth':
      'Du er ikkje logga inn i arkivet, eller innlogginga har gått ut. Logg inn på nytt og prøv igjen.',
    'archive.failure.forbidden':
      'Arkivet gjev deg ikkje lov til dette. Spør arkivtenesta om tilgang.',
    'archive.failure.not-found':
      'Arkivet finn ikkje saka eller journalposten. Det kan vere at ho er flytta eller sletta.',
    'archive.failure.conflict': 'Nokon andre endra det same i arkivet samstundes. Prøv igjen.',
    'archive.failure.throttled':
      'Arkivet har mykje å gjere akkurat no. Prøv igjen om litt; det som alt er arkivert, blir ikkje arkivert to gonger.',
    'archive.failure.unavailable':
      'Arkivet svarar ikkje akkurat no. Prøv igjen om litt; arkiveringa held fram der ho stoppa.',
    'archive.failure.timeout':
      'Arkivet brukte for lang tid på å svare. Prøv igjen; arkiveringa held fram der ho stoppa.',
    'archive.failure.network':
      'Sambandet til arkivet blei brote. Sjekk nettverket og prøv igjen; arkiveringa held fram der ho stoppa.',
    'archive.failure.bad-request': 'Arkivet avviste førespurnaden ({code}). Kontakt arkivtenesta.',
    'archive.failure.too-large':
      'Eitt av dokumenta er for stort for arkivet. Kontakt arkivtenesta.',
    'archive.failure.unknown':
      'Noko gjekk gale i arkivet ({code}). Prøv igjen, eller kontakt arkivtenesta.',
    'archive.failure.reason.not-noark':
      'Arkivadressa i innstillingane svarar ikkje som eit Noark 5-arkiv. Kontakt den som administrerer Arkivpost.',
    'archive.failure.reason.relation':
      'Arkivet tilbyr ikkje alt Arkivpost treng for å arkivere e-post ({what}). Kontakt den som administrerer Arkivpost.',
    'archive.failure.reason.arkivdel':
      'Arkivpost veit ikkje kva for ein arkivdel i arkivet nye saker skal i: innstillingane nemner ingen, eller ein som ikkje finst. Kontakt den som administrerer Arkivpost.',
    'archive.failure.reason.restriction-code':
      'Arkivet kjenner ikkje tilgangskoden {restriction}. Vel ei anna skjerming, eller spør arkivtenesta.',
    'archive.failure.reason.checksum':
      'Ei fil kom ikkje uskadd fram til arkivet. Prøv igjen; berre det som manglar, blir sendt på nytt.',
    'archive.failure.reason.document-mismatch':
      'Journalpost {reference} i arkivet har andre dokument enn denne e-posten. Kontakt arkivtenesta.',
    'archive.failure.reason.library':
      'Arkivpost finn ikkje SharePoint-området eller -biblioteket som innstillingane peikar på ({what}). Kontakt den som administrerer Arkivpost.',
    'archive.failure.reason.deleted':
      'Noko arkiveringa alt hadde laga i arkivet ({what}), er sletta der. Kontakt arkivtenesta før du arkiverer e-posten på nytt.',
    'archive.failure.reason.identity-taken':
      'Ein annan e-post med same Message-ID ligg alt i arkivet. Prøv igjen; denne blir arkivert som ein eigen journalpost.',
  },
  sv: {
    'archive.failure.auth':
      'Du är inte inloggad i arkivet eller så har inloggningen gått ut. Logga in igen och försök på nytt.',
    'archive.failure.forbidden':
      'Arkivet tillåter dig inte att göra detta. Be registrator om behörighet.',
    'archive.failure.not-found':
      'Arkivet hittar inte ärendet eller handlingen. Det kan ha flyttats eller tagits bort.',
    'archive.failure.conflict': 'Någon annan ändrade samma sak i arkivet samtidigt. Försök igen.',
    'archive.failure.throttled':
      'Arkivet har mycket att göra just nu. Försök igen om en stund; det som redan är arkiverat arkiveras inte två gånger.',
    'archive.failure.unavailable':
      'Arkivet svarar inte just nu. Försök igen om en stund; arkiveringen fortsätter där den avbröts.',
    'archive.failure.timeout':
      'Arkivet tog för lång tid på sig att svara. Försök igen; arkiveringen fortsätter där den avbröts.',
    'archive.failure.network':
      'Anslutningen till arkivet bröts. Kontrollera nätverket och försök igen; arkiveringen fortsätter där den avbröts.',
    'archive.failure.bad-request': 'Arkivet avvisade begäran ({code}). Kontakta registrator.',
    'archive.failure.too-large':
      'En av handlingarna är för stor för arkivet. Kontakta registrator.',
    'archive.failure.unknown':
      'Något gick fel i arkivet ({code}). Försök igen eller kontakta registrator.',
    'archive.failure.reason.not-noark':
      'Arkivadressen i inställningarna svarar inte som ett Noark 5-arkiv. Kontakta den som administrerar Arkivpost.',
    'archive.failure.reason.relation':
      'Arkivet erbjuder inte allt som Arkivpost behöver för att arkivera e-post ({what}). Kontakta den som administrerar Arkivpost.',
    'archive.failure.reason.arkivdel':
      'Arkivpost vet inte vilken arkivdel i arkivet nya ärenden ska till: inställningarna nämner ingen, eller en som inte finns. Kontakta den som administrerar Arkivpost.',
    'archive.failure.reason.restriction-code':
      'Arkivet känner inte till åtkomstkoden {restriction}. Välj en annan sekretessmarkering eller fråga registrator.',
    'archive.failure.reason.checksum':
      'En fil kom inte oskadd fram till arkivet. Försök igen; bara det som saknas skickas på nytt.',
    'archive.failure.reason.document-mismatch':
      'Handling {reference} i arkivet har andra dokument än det här e-postmeddelandet. Kontakta registrator.',
    'archive.failure.reason.library':
      'Arkivpost hittar inte SharePoint-webbplatsen eller biblioteket som inställningarna anger ({what}). Kontakta den som administrerar Arkivpost.',
    'archive.failure.reason.deleted':
      'Något som diarieföringen redan hade skapat i arkivet ({what}) har tagits bort där. Kontakta registrator innan du diarieför meddelandet på nytt.',
    'archive.failure.reason.identity-taken':
      'Ett annat meddelande med samma Message-ID finns redan i arkivet. Försök igen; det här diarieförs som en egen handling.',
  },
  en: {
    'archive.failure.auth':
      'You are not signed in to the archive, or the sign-in has expired. Sign in again and retry.',
    'archive.failure.forbidden':
      'The archive does not allow you to do this. Ask the records office for access.',
    'archive.failure.not-found':
      'The archive cannot find the case or record. It may have been moved or deleted.',
    'archive.failure.conflict':
      'Someone else changed the same thing in the archive at the same time. Try again.',
    'archive.failure.throttled':
      'The archive is busy right now. Try again shortly; what is already filed will not be filed twice.',
    'archive.failure.unavailable':
      'The archive is not answering right now. Try again shortly; filing continues where it stopped.',
    'archive.failure.timeout':
      'The archive took too long to answer. Try again; filing continues where it stopped.',
    'archive.failure.network':
      'The connection to the archive was lost. Check the network and try again; filing continues where it stopped.',
    'archive.failure.bad-request':
      'The archive refused the request ({code}). Contact the records office.',
    'archive.failure.too-large':
      'One of the documents is too large for the archive. Contact the records office.',
    'archive.failure.unknown':
      'Something went wrong in the archive ({code}). Try again, or contact the records office.',
    'archive.failure.reason.not-noark':
      'The archive address in the settings does not answer as a Noark 5 archive. Contact whoever administers Arkivpost.',
    'archive.failure.reason.relation':
      'The archive does not offer everything Arkivpost needs to file e-mail ({what}). Contact whoever administers Arkivpost.',
    'archive.failure.reason.arkivdel':
      'Arkivpost does not know which series (arkivdel) of the archive new cases go into: the settings name none, or one that does not exist. Contact whoever administers Arkivpost.',
    'archive.failure.reason.restriction-code':
      'The archive does not know the access code {restriction}. Choose another restriction, or ask the records office.',
    'archive.failure.reason.checksum':
      'A file did not reach the archive intact. Try again; only what is missing is sent again.',
    'archive.failure.reason.document-mismatch':
      'Record {reference} in the archive has other documents than this e-mail. Contact the records office.',
    'archive.failure.reason.library':
      'Arkivpost cannot find the SharePoint site or library the settings name ({what}). Contact whoever administers Arkivpost.',
    'archive.failure.reason.deleted':
      'Something the filing had already made in the archive ({what}) has been deleted there. Contact the records office before filing the message again.',
    'archive.failure.reason.identity-taken':
      'Another message with the same Message-ID is already in the archive. Try again; this one is filed as a record of its own.',
  },
} as const satisfies Messages<ArchiveFailureKey>;

/** What an archive failure carries for its sentence (ArchiveFailure has it). */
export interface DescribableArchiveFailure {
  readonly key: ArchiveFailureKey;
  /** The short code for support the sentences may show: "HTTP 400", "checksum". */
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The sentence the user reads for an archive failure, in `lang`. */
export function describeArchiveFailure(f: DescribableArchiveFailure, lang: Lang): string {
  return format(archiveFailureMessages[lang][f.key], { code: f.code, ...f.params });
}
