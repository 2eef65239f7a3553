import type { Messages } from '../i18n/types';

export type ClassifyKey =
  | 'class.archive-worthy'
  | 'class.official'
  | 'class.internal'
  | 'class.ephemeral'
  | 'class.private'
  | 'class.reason.delivery-report'
  | 'class.reason.auto-reply'
  | 'class.reason.newsletter'
  | 'class.reason.bulk'
  | 'class.reason.advertising'
  | 'class.reason.internal'
  | 'class.reason.private'
  | 'class.reason.external'
  | 'class.reason.official'
  | 'class.reason.access-request'
  | 'class.reason.case-reference'
  | 'class.reason.case-word'
  | 'class.reason.documents'
  | 'class.reason.sensitive'
  | 'class.reason.threat'
  | 'class.reason.se-main-rule'
  | 'class.due'
  | 'class.disposable'
  | 'class.must-not-dispose';

export const classifyMessages = {
  nb: {
    'class.archive-worthy': 'Arkivverdig',
    'class.official': 'Offisiell, ikke arkivverdig',
    'class.internal': 'Intern arbeidspost',
    'class.ephemeral': 'Uten betydning for saksbehandlingen',
    'class.private': 'Privat',
    'class.reason.delivery-report': 'Leveringsrapport eller lesekvittering.',
    'class.reason.auto-reply': 'Automatisk svar.',
    'class.reason.newsletter': 'Nyhetsbrev eller e-postliste (kan meldes av).',
    'class.reason.bulk': 'Masseutsendelse.',
    'class.reason.advertising': 'Reklame («{word}»).',
    'class.reason.internal': 'Sendt mellom kolleger i kommunen.',
    'class.reason.private': 'Ser privat ut («{word}»).',
    'class.reason.external': 'Fra ekstern avsender til kommunen: offentlig dokument.',
    'class.reason.official': 'Offisiell henvendelse.',
    'class.reason.access-request': 'Innsynskrav («{word}»): skal behandles og kan ikke slettes.',
    'class.reason.case-reference': 'Viser til en sak ({reference}).',
    'class.reason.case-word': 'Gjelder en sak («{word}»).',
    'class.reason.documents': 'Har {count} dokumentvedlegg.',
    'class.reason.sensitive': 'Inneholder personopplysninger som hører hjemme i saksarkivet.',
    'class.reason.threat': 'Kan være en trussel: ta vare på den som bevis.',
    'class.reason.se-main-rule': 'All inngående e-post til en myndighet er allmenn handling.',
    'class.due': 'Svarfrist {due}',
    'class.disposable': 'Kan slettes når den ikke lenger trengs.',
    'class.must-not-dispose': 'Må ikke slettes.',
  },
  nn: {
    'class.archive-worthy': 'Arkivverdig',
    'class.official': 'Offisiell, ikkje arkivverdig',
    'class.internal': 'Intern arbeidspost',
    'class.ephemeral': 'Utan betydning for saksbehandlinga',
    'class.private': 'Privat',
    'class.reason.delivery-report': 'Leveringsrapport eller lesekvittering.',
    'class.reason.auto-reply': 'Automatisk svar.',
    'class.reason.newsletter': 'Nyheitsbrev eller e-postliste (kan meldast av).',
    'class.reason.bulk': 'Masseutsending.',
    'class.reason.advertising': 'Reklame («{word}»).',
    'class.reason.internal': 'Send mellom kollegaer i kommunen.',
    'class.reason.private': 'Ser privat ut («{word}»).',
    'class.reason.external': 'Frå ekstern avsendar til kommunen: offentleg dokument.',
    'class.reason.official': 'Offisiell førespurnad.',
    'class.reason.access-request': 'Innsynskrav («{word}»): skal behandlast og kan ikkje slettast.',
    'class.reason.case-reference': 'Viser til ei sak ({reference}).',
    'class.reason.case-word': 'Gjeld ei sak («{word}»).',
    'class.reason.documents': 'Har {count} dokumentvedlegg.',
    'class.reason.sensitive': 'Inneheld personopplysningar som høyrer heime i saksarkivet.',
    'class.reason.threat': 'Kan vere eit trugsmål: ta vare på meldinga som bevis.',
    'class.reason.se-main-rule': 'All inngåande e-post til ei styresmakt er allmenn handling.',
    'class.due': 'Svarfrist {due}',
    'class.disposable': 'Kan slettast når han ikkje lenger trengst.',
    'class.must-not-dispose': 'Må ikkje slettast.',
  },
  sv: {
    'class.archive-worthy': 'Ska registreras',
    'class.official': 'Allmän handling, registreras inte',
    'class.internal': 'Internt arbetsmaterial',
    'class.ephemeral': 'Av ringa eller tillfällig betydelse',
    'class.private': 'Privat',
    'class.reason.delivery-report': 'Leveransrapport eller läskvitto.',
    'class.reason.auto-reply': 'Autosvar.',
    'class.reason.newsletter': 'Nyhetsbrev eller e-postlista (går att avregistrera).',
    'class.reason.bulk': 'Massutskick.',
    'class.reason.advertising': 'Reklam (”{word}”).',
    'class.reason.internal': 'Skickat mellan kollegor inom kommunen.',
    'class.reason.private': 'Ser privat ut (”{word}”).',
    'class.reason.external': 'Från extern avsändare till kommunen: allmän handling.',
    'class.reason.official': 'Officiell förfrågan.',
    'class.reason.access-request':
      'Begäran om allmän handling (”{word}”): får inte gallras förrän ärendet är avslutat.',
    'class.reason.case-reference': 'Hänvisar till ett ärende ({reference}).',
    'class.reason.case-word': 'Gäller ett ärende (”{word}”).',
    'class.reason.documents': 'Har {count} bifogade dokument.',
    'class.reason.sensitive': 'Innehåller personuppgifter som hör hemma i diariet.',
    'class.reason.threat': 'Kan vara ett hot: spara det som bevis.',
    'class.reason.se-main-rule':
      'Huvudregeln: all inkommande e-post till en myndighet är allmän handling och ska registreras.',
    'class.due': 'Svara senast {due}',
    'class.disposable': 'Får gallras när det inte längre behövs.',
    'class.must-not-dispose': 'Får inte gallras.',
  },
  en: {
    'class.archive-worthy': 'To be archived',
    'class.official': 'Official, not archived',
    'class.internal': 'Internal working mail',
    'class.ephemeral': 'Of little or temporary importance',
    'class.private': 'Private',
    'class.reason.delivery-report': 'Delivery report or read receipt.',
    'class.reason.auto-reply': 'Automatic reply.',
    'class.reason.newsletter': 'Newsletter or mailing list (can be unsubscribed).',
    'class.reason.bulk': 'Bulk mailing.',
    'class.reason.advertising': 'Advertising (“{word}”).',
    'class.reason.internal': 'Sent between colleagues in the organisation.',
    'class.reason.private': 'Looks private (“{word}”).',
    'class.reason.external': 'From an external sender to a public body: a public record.',
    'class.reason.official': 'Official enquiry.',
    'class.reason.access-request':
      'Request for access to documents (“{word}”): must be handled and must not be deleted.',
    'class.reason.case-reference': 'Refers to a case ({reference}).',
    'class.reason.case-word': 'Concerns a case (“{word}”).',
    'class.reason.documents': 'Has {count} document attachments.',
    'class.reason.sensitive': 'Contains personal data that belongs in the case archive.',
    'class.reason.threat': 'May be a threat: keep it as evidence.',
    'class.reason.se-main-rule':
      'Main rule in Sweden: all incoming mail to a public body is a public record to register.',
    'class.due': 'Answer by {due}',
    'class.disposable': 'May be deleted when no longer needed.',
    'class.must-not-dispose': 'Must not be deleted.',
  },
} as const satisfies Messages<ClassifyKey>;
