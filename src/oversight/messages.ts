/**
 * The oversight page's sentences (Tilsyn / Tillsyn / Oversight), in nb, nn,
 * sv and en; words from docs/terminology.md. In the page's own bundle.
 */
import { createTranslator } from '../core/i18n/types';
import type { Messages } from '../core/i18n/types';

export type OversightKey =
  | 'ov.title'
  | 'ov.heading'
  | 'ov.tab.overview'
  | 'ov.tab.log'
  | 'ov.tab.absence'
  | 'ov.loading'
  | 'ov.refresh'
  | 'ov.retry'
  | 'ov.updated'
  | 'ov.refresh.failed'
  | 'ov.no-mailbox'
  | 'ov.failed.all'
  | 'ov.failed.mailbox'
  | 'ov.failed.partial'
  | 'ov.cards'
  | 'ov.filter.mailbox'
  | 'ov.filter.list'
  | 'ov.filter.assignee'
  | 'ov.filter.text'
  | 'ov.filter.all'
  | 'ov.filter.nobody'
  | 'ov.col.received'
  | 'ov.col.subject'
  | 'ov.col.from'
  | 'ov.col.status'
  | 'ov.col.assignee'
  | 'ov.col.due'
  | 'ov.col.mailbox'
  | 'ov.col.age'
  | 'ov.rows'
  | 'ov.rows.empty'
  | 'ov.open.hint'
  | 'ov.open.failed'
  | 'ov.open.label'
  | 'ov.workload.heading'
  | 'ov.workload.person'
  | 'ov.workload.open'
  | 'ov.workload.overdue'
  | 'ov.workload.empty'
  | 'ov.chart.heading'
  | 'ov.chart.received'
  | 'ov.chart.answeredInTime'
  | 'ov.chart.overdue'
  | 'ov.chart.archived'
  | 'ov.chart.summary'
  | 'ov.chart.table'
  | 'ov.chart.day'
  | 'ov.chart.show-table'
  | 'ov.log.mailbox'
  | 'ov.log.from'
  | 'ov.log.to'
  | 'ov.log.run'
  | 'ov.log.running'
  | 'ov.log.bad-period'
  | 'ov.log.failed'
  | 'ov.log.source.trace'
  | 'ov.log.source.folders'
  | 'ov.log.folders.caveat'
  | 'ov.log.why.forbidden'
  | 'ov.log.why.too-old'
  | 'ov.log.why.empty-period'
  | 'ov.log.why.no-client'
  | 'ov.log.rows'
  | 'ov.log.list.count'
  | 'ov.log.hygiene.heading'
  | 'ov.log.hygiene.count'
  | 'ov.log.download.csv'
  | 'ov.log.download.json'
  | 'ov.log.col.time'
  | 'ov.log.col.to'
  | 'ov.log.col.reference'
  | 'ov.abs.auto.heading'
  | 'ov.abs.auto.none'
  | 'ov.abs.members.heading'
  | 'ov.abs.members.none'
  | 'ov.abs.reason.auto-reply'
  | 'ov.abs.reason.calendar'
  | 'ov.abs.loading'
  | 'ov.abs.failed'
  | 'ov.abs.open'
  | 'ov.abs.open.none'
  | 'ov.abs.to'
  | 'ov.abs.reassign'
  | 'ov.abs.reassigning'
  | 'ov.abs.reassigned'
  | 'ov.abs.reassign.failed'
  | 'ov.abs.no-members'
  | 'ov.signin.heading'
  | 'ov.signin.button'
  | 'ov.signin.redirecting'
  | 'ov.signin.failed'
  | 'ov.signin.unconfigured';

export const oversightPageMessages: Messages<OversightKey> = {
  nb: {
    'ov.title': 'Tilsyn',
    'ov.heading': 'Tilsyn med {mailboxes}',
    'ov.tab.overview': 'Oversikt',
    'ov.tab.log': 'Loggkontroll',
    'ov.tab.absence': 'Fravær',
    'ov.loading': 'Henter meldingene i postkassene …',
    'ov.refresh': 'Oppdater',
    'ov.retry': 'Prøv igjen',
    'ov.updated': 'Oppdatert {time}',
    'ov.refresh.failed': 'Tilsynet kunne ikke oppdateres; tallene er fra {time}. {reason}',
    'ov.no-mailbox':
      'Ingen funksjonspostkasse er valgt. Åpne tilsynet fra en melding i en funksjonspostkasse.',
    'ov.failed.all': 'Tilsynet kunne ikke hentes. {reason}',
    'ov.failed.mailbox': '{mailbox} kunne ikke leses. {reason}',
    'ov.failed.partial': 'Noen postkasser mangler i oversikten',
    'ov.cards': 'Antall per liste',
    'ov.filter.mailbox': 'Postkasse',
    'ov.filter.list': 'Liste',
    'ov.filter.assignee': 'Tildelt',
    'ov.filter.text': 'Søk i emne og avsender',
    'ov.filter.all': 'Alle',
    'ov.filter.nobody': 'Ingen',
    'ov.col.received': 'Mottatt',
    'ov.col.subject': 'Emne',
    'ov.col.from': 'Fra',
    'ov.col.status': 'Status',
    'ov.col.assignee': 'Tildelt',
    'ov.col.due': 'Frist',
    'ov.col.mailbox': 'Postkasse',
    'ov.col.age': 'Alder (arbeidsdager)',
    'ov.rows': '{count} meldinger',
    'ov.rows.empty': 'Ingen meldinger i denne listen.',
    'ov.open.hint': 'Velg en rad for å åpne meldingen i Outlook.',
    'ov.open.failed': 'Meldingen kunne ikke åpnes. {reason}',
    'ov.open.label': 'Åpne «{subject}»',
    'ov.workload.heading': 'Arbeidsmengde per saksbehandler',
    'ov.workload.person': 'Saksbehandler',
    'ov.workload.open': 'Åpne',
    'ov.workload.overdue': 'Forfalt',
    'ov.workload.empty': 'Ingen har åpne meldinger tildelt.',
    'ov.chart.heading': 'De siste {days} dagene',
    'ov.chart.received': 'Mottatt',
    'ov.chart.answeredInTime': 'Besvart i tide',
    'ov.chart.overdue': 'Forfalt',
    'ov.chart.archived': 'Arkivert',
    'ov.chart.summary':
      '{from}–{to}: mottatt {received}, besvart i tide {answered}, over fristen {overdue}, arkivert {archived}. Største dag: {peak} mottatt.',
    'ov.chart.table': 'Tallene per dag',
    'ov.chart.day': 'Dag',
    'ov.chart.show-table': 'Vis som tabell',
    'ov.log.mailbox': 'Postkasse',
    'ov.log.from': 'Fra og med',
    'ov.log.to': 'Til og med',
    'ov.log.run': 'Kontroller loggen',
    'ov.log.running': 'Leser loggen og saksarkivet …',
    'ov.log.bad-period': 'Velg en periode der første dag ikke er etter siste.',
    'ov.log.failed': 'Loggkontrollen kunne ikke gjøres. {reason}',
    'ov.log.source.trace': 'Kilde: meldingssporingen i Exchange.',
    'ov.log.source.folders':
      'Kilde: postkassens egne mapper (Innboks, Sendte elementer, Slettede elementer).',
    'ov.log.folders.caveat':
      'Mappene viser ikke det som er slettet for godt: meldingssporingen var ikke tilgjengelig ({why}).',
    'ov.log.why.forbidden': 'mangler tilgang',
    'ov.log.why.too-old': 'perioden er eldre enn 90 dager',
    'ov.log.why.empty-period': 'perioden er tom',
    'ov.log.why.no-client': 'siden har ikke tilgang til den',
    'ov.log.rows': '{rows} meldinger i perioden.',
    'ov.log.list.count': '{label} ({count})',
    'ov.log.hygiene.heading': 'Emner i den offentlige loggen',
    'ov.log.hygiene.count':
      '{count} emner har fødselsnummer eller ord om særlige kategorier (vist maskert).',
    'ov.log.download.csv': 'Last ned CSV',
    'ov.log.download.json': 'Last ned JSON',
    'ov.log.col.time': 'Tid',
    'ov.log.col.to': 'Til',
    'ov.log.col.reference': 'Referanse',
    'ov.abs.auto.heading': 'Postkasser uten autosvar',
    'ov.abs.auto.none': 'Alle postkassene har autosvar på.',
    'ov.abs.members.heading': 'Medlemmer som er borte',
    'ov.abs.members.none': 'Ingen medlemmer er borte i dag.',
    'ov.abs.reason.auto-reply': 'autosvar er på',
    'ov.abs.reason.calendar': 'borte ifølge kalenderen',
    'ov.abs.loading': 'Ser etter fravær …',
    'ov.abs.failed': 'Fraværet kunne ikke leses. {reason}',
    'ov.abs.open': '{count} åpne meldinger tildelt',
    'ov.abs.open.none': 'Ingen åpne meldinger tildelt.',
    'ov.abs.to': 'Tildel til',
    'ov.abs.reassign': 'Tildel',
    'ov.abs.reassigning': 'Tildeler …',
    'ov.abs.reassigned': '«{subject}» er nå tildelt {name}.',
    'ov.abs.reassign.failed': 'Tildelingen ble ikke gjort. {reason}',
    'ov.abs.no-members': 'Ingen andre medlemmer å tildele til.',
    'ov.signin.heading': 'Logg inn for å se tilsynet',
    'ov.signin.button': 'Logg inn',
    'ov.signin.redirecting': 'Sender deg til innloggingen …',
    'ov.signin.failed': 'Innloggingen mislyktes. {reason}',
    'ov.signin.unconfigured': 'Organisasjonsprofilen har ingen innlogging (signIn).',
  },
  nn: {
    'ov.title': 'Tilsyn',
    'ov.heading': 'Tilsyn med {mailboxes}',
    'ov.tab.overview': 'Oversikt',
    'ov.tab.log': 'Loggkontroll',
    'ov.tab.absence': 'Fråvær',
    'ov.loading': 'Hentar meldingane i postkassene …',
    'ov.refresh': 'Oppdater',
    'ov.retry': 'Prøv igjen',
    'ov.updated': 'Oppdatert {time}',
    'ov.refresh.failed': 'Tilsynet kunne ikkje oppdaterast; tala er frå {time}. {reason}',
    'ov.no-mailbox':
      'Ingen funksjonspostkasse er vald. Opne tilsynet frå ei melding i ei funksjonspostkasse.',
    'ov.failed.all': 'Tilsynet kunne ikkje hentast. {reason}',
    'ov.failed.mailbox': '{mailbox} kunne ikkje lesast. {reason}',
    'ov.failed.partial': 'Nokre postkasser manglar i oversikta',
    'ov.cards': 'Tal per liste',
    'ov.filter.mailbox': 'Postkasse',
    'ov.filter.list': 'Liste',
    'ov.filter.assignee': 'Tildelt',
    'ov.filter.text': 'Søk i emne og avsendar',
    'ov.filter.all': 'Alle',
    'ov.filter.nobody': 'Ingen',
    'ov.col.received': 'Motteke',
    'ov.col.subject': 'Emne',
    'ov.col.from': 'Frå',
    'ov.col.status': 'Status',
    'ov.col.assignee': 'Tildelt',
    'ov.col.due': 'Frist',
    'ov.col.mailbox': 'Postkasse',
    'ov.col.age': 'Alder (arbeidsdagar)',
    'ov.rows': '{count} meldingar',
    'ov.rows.empty': 'Ingen meldingar i denne lista.',
    'ov.open.hint': 'Vel ei rad for å opne meldinga i Outlook.',
    'ov.open.failed': 'Meldinga kunne ikkje opnast. {reason}',
    'ov.open.label': 'Opne «{subject}»',
    'ov.workload.heading': 'Arbeidsmengd per saksbehandlar',
    'ov.workload.person': 'Saksbehandlar',
    'ov.workload.open': 'Opne',
    'ov.workload.overdue': 'Forfalne',
    'ov.workload.empty': 'Ingen har opne meldingar tildelt.',
    'ov.chart.heading': 'Dei siste {days} dagane',
    'ov.chart.received': 'Motteke',
    'ov.chart.answeredInTime': 'Svart i tide',
    'ov.chart.overdue': 'Forfalne',
    'ov.chart.archived': 'Arkivert',
    'ov.chart.summary':
      '{from}–{to}: motteke {received}, svart i tide {answered}, over fristen {overdue}, arkivert {archived}. Største dag: {peak} motteke.',
    'ov.chart.table': 'Tala per dag',
    'ov.chart.day': 'Dag',
    'ov.chart.show-table': 'Vis som tabell',
    'ov.log.mailbox': 'Postkasse',
    'ov.log.from': 'Frå og med',
    'ov.log.to': 'Til og med',
    'ov.log.run': 'Kontroller loggen',
    'ov.log.running': 'Les loggen og saksarkivet …',
    'ov.log.bad-period': 'Vel ein periode der første dag ikkje er etter siste.',
    'ov.log.failed': 'Loggkontrollen kunne ikkje gjerast. {reason}',
    'ov.log.source.trace': 'Kjelde: meldingssporinga i Exchange.',
    'ov.log.source.folders':
      'Kjelde: postkassa sine eigne mapper (Innboks, Sende element, Sletta element).',
    'ov.log.folders.caveat':
      'Mappene viser ikkje det som er sletta for godt: meldingssporinga var ikkje tilgjengeleg ({why}).',
    'ov.log.why.forbidden': 'manglar tilgang',
    'ov.log.why.too-old': 'perioden er eldre enn 90 dagar',
    'ov.log.why.empty-period': 'perioden er tom',
    'ov.log.why.no-client': 'sida har ikkje tilgang til ho',
    'ov.log.rows': '{rows} meldingar i perioden.',
    'ov.log.list.count': '{label} ({count})',
    'ov.log.hygiene.heading': 'Emne i den offentlege loggen',
    'ov.log.hygiene.count':
      '{count} emne har fødselsnummer eller ord om særlege kategoriar (vist maskert).',
    'ov.log.download.csv': 'Last ned CSV',
    'ov.log.download.json': 'Last ned JSON',
    'ov.log.col.time': 'Tid',
    'ov.log.col.to': 'Til',
    'ov.log.col.reference': 'Referanse',
    'ov.abs.auto.heading': 'Postkasser utan autosvar',
    'ov.abs.auto.none': 'Alle postkassene har autosvar på.',
    'ov.abs.members.heading': 'Medlemmar som er borte',
    'ov.abs.members.none': 'Ingen medlemmar er borte i dag.',
    'ov.abs.reason.auto-reply': 'autosvar er på',
    'ov.abs.reason.calendar': 'borte etter kalenderen',
    'ov.abs.loading': 'Ser etter fråvær …',
    'ov.abs.failed': 'Fråværet kunne ikkje lesast. {reason}',
    'ov.abs.open': '{count} opne meldingar tildelt',
    'ov.abs.open.none': 'Ingen opne meldingar tildelt.',
    'ov.abs.to': 'Tildel til',
    'ov.abs.reassign': 'Tildel',
    'ov.abs.reassigning': 'Tildeler …',
    'ov.abs.reassigned': '«{subject}» er no tildelt {name}.',
    'ov.abs.reassign.failed': 'Tildelinga blei ikkje gjord. {reason}',
    'ov.abs.no-members': 'Ingen andre medlemmer å tildele til.',
    'ov.signin.heading': 'Logg inn for å sjå tilsynet',
    'ov.signin.button': 'Logg inn',
    'ov.signin.redirecting': 'Sender deg til innlogginga …',
    'ov.signin.failed': 'Innlogginga mislukkast. {reason}',
    'ov.signin.unconfigured': 'Organisasjonsprofilen har inga innlogging (signIn).',
  },
  sv: {
    'ov.title': 'Tillsyn',
    'ov.heading': 'Tillsyn över {mailboxes}',
    'ov.tab.overview': 'Översikt',
    'ov.tab.log': 'Loggkontroll',
    'ov.tab.absence': 'Frånvaro',
    'ov.loading': 'Hämtar meddelandena i brevlådorna …',
    'ov.refresh': 'Uppdatera',
    'ov.retry': 'Försök igen',
    'ov.updated': 'Uppdaterad {time}',
    'ov.refresh.failed': 'Tillsynet kunde inte uppdateras; siffrorna är från {time}. {reason}',
    'ov.no-mailbox':
      'Ingen funktionsbrevlåda är vald. Öppna tillsynet från ett meddelande i en funktionsbrevlåda.',
    'ov.failed.all': 'Tillsynet kunde inte hämtas. {reason}',
    'ov.failed.mailbox': '{mailbox} kunde inte läsas. {reason}',
    'ov.failed.partial': 'Några brevlådor saknas i översikten',
    'ov.cards': 'Antal per lista',
    'ov.filter.mailbox': 'Brevlåda',
    'ov.filter.list': 'Lista',
    'ov.filter.assignee': 'Tilldelad',
    'ov.filter.text': 'Sök i ämne och avsändare',
    'ov.filter.all': 'Alla',
    'ov.filter.nobody': 'Ingen',
    'ov.col.received': 'Mottaget',
    'ov.col.subject': 'Ämne',
    'ov.col.from': 'Från',
    'ov.col.status': 'Status',
    'ov.col.assignee': 'Tilldelad',
    'ov.col.due': 'Svara senast',
    'ov.col.mailbox': 'Brevlåda',
    'ov.col.age': 'Ålder (arbetsdagar)',
    'ov.rows': '{count} meddelanden',
    'ov.rows.empty': 'Inga meddelanden i den här listan.',
    'ov.open.hint': 'Välj en rad för att öppna meddelandet i Outlook.',
    'ov.open.failed': 'Meddelandet kunde inte öppnas. {reason}',
    'ov.open.label': 'Öppna ”{subject}”',
    'ov.workload.heading': 'Arbetsbelastning per handläggare',
    'ov.workload.person': 'Handläggare',
    'ov.workload.open': 'Öppna',
    'ov.workload.overdue': 'Försenade',
    'ov.workload.empty': 'Ingen har öppna meddelanden tilldelade.',
    'ov.chart.heading': 'De senaste {days} dagarna',
    'ov.chart.received': 'Mottagna',
    'ov.chart.answeredInTime': 'Besvarade i tid',
    'ov.chart.overdue': 'Försenade',
    'ov.chart.archived': 'Diarieförda',
    'ov.chart.summary':
      '{from}–{to}: mottagna {received}, besvarade i tid {answered}, försenade {overdue}, diarieförda {archived}. Största dag: {peak} mottagna.',
    'ov.chart.table': 'Siffrorna per dag',
    'ov.chart.day': 'Dag',
    'ov.chart.show-table': 'Visa som tabell',
    'ov.log.mailbox': 'Brevlåda',
    'ov.log.from': 'Från och med',
    'ov.log.to': 'Till och med',
    'ov.log.run': 'Granska loggen',
    'ov.log.running': 'Läser loggen och diariet …',
    'ov.log.bad-period': 'Välj en period där första dagen inte är efter den sista.',
    'ov.log.failed': 'Loggkontrollen kunde inte göras. {reason}',
    'ov.log.source.trace': 'Källa: meddelandespårningen i Exchange.',
    'ov.log.source.folders': 'Källa: brevlådans egna mappar (Inkorgen, Skickat, Borttaget).',
    'ov.log.folders.caveat':
      'Mapparna visar inte det som är borttaget för gott: meddelandespårningen var inte tillgänglig ({why}).',
    'ov.log.why.forbidden': 'saknar behörighet',
    'ov.log.why.too-old': 'perioden är äldre än 90 dagar',
    'ov.log.why.empty-period': 'perioden är tom',
    'ov.log.why.no-client': 'sidan har inte behörighet till den',
    'ov.log.rows': '{rows} meddelanden under perioden.',
    'ov.log.list.count': '{label} ({count})',
    'ov.log.hygiene.heading': 'Ämnen i den allmänna loggen',
    'ov.log.hygiene.count':
      '{count} ämnen har personnummer eller ord om särskilda kategorier (visas maskerade).',
    'ov.log.download.csv': 'Ladda ned CSV',
    'ov.log.download.json': 'Ladda ned JSON',
    'ov.log.col.time': 'Tid',
    'ov.log.col.to': 'Till',
    'ov.log.col.reference': 'Referens',
    'ov.abs.auto.heading': 'Brevlådor utan autosvar',
    'ov.abs.auto.none': 'Alla brevlådor har autosvar på.',
    'ov.abs.members.heading': 'Medlemmar som är borta',
    'ov.abs.members.none': 'Inga medlemmar är borta i dag.',
    'ov.abs.reason.auto-reply': 'autosvar är på',
    'ov.abs.reason.calendar': 'borta enligt kalendern',
    'ov.abs.loading': 'Söker efter frånvaro …',
    'ov.abs.failed': 'Frånvaron kunde inte läsas. {reason}',
    'ov.abs.open': '{count} öppna meddelanden tilldelade',
    'ov.abs.open.none': 'Inga öppna meddelanden tilldelade.',
    'ov.abs.to': 'Tilldela till',
    'ov.abs.reassign': 'Tilldela',
    'ov.abs.reassigning': 'Tilldelar …',
    'ov.abs.reassigned': '”{subject}” är nu tilldelat {name}.',
    'ov.abs.reassign.failed': 'Tilldelningen gjordes inte. {reason}',
    'ov.abs.no-members': 'Inga andra medlemmar att tilldela till.',
    'ov.signin.heading': 'Logga in för att se tillsynet',
    'ov.signin.button': 'Logga in',
    'ov.signin.redirecting': 'Skickar dig till inloggningen …',
    'ov.signin.failed': 'Inloggningen misslyckades. {reason}',
    'ov.signin.unconfigured': 'Organisationsprofilen har ingen inloggning (signIn).',
  },
  en: {
    'ov.title': 'Oversight',
    'ov.heading': 'Oversight of {mailboxes}',
    'ov.tab.overview': 'Overview',
    'ov.tab.log': 'Log review',
    'ov.tab.absence': 'Absence',
    'ov.loading': 'Reading the mailboxes …',
    'ov.refresh': 'Refresh',
    'ov.retry': 'Try again',
    'ov.updated': 'Refreshed {time}',
    'ov.refresh.failed':
      'The overview could not be refreshed; the figures are from {time}. {reason}',
    'ov.no-mailbox':
      'No function mailbox is chosen. Open the oversight from a message in a function mailbox.',
    'ov.failed.all': 'The overview could not be read. {reason}',
    'ov.failed.mailbox': '{mailbox} could not be read. {reason}',
    'ov.failed.partial': 'Some mailboxes are missing from the overview',
    'ov.cards': 'Counts per list',
    'ov.filter.mailbox': 'Mailbox',
    'ov.filter.list': 'List',
    'ov.filter.assignee': 'Assigned to',
    'ov.filter.text': 'Search subject and sender',
    'ov.filter.all': 'All',
    'ov.filter.nobody': 'Nobody',
    'ov.col.received': 'Received',
    'ov.col.subject': 'Subject',
    'ov.col.from': 'From',
    'ov.col.status': 'Status',
    'ov.col.assignee': 'Assigned to',
    'ov.col.due': 'Answer by',
    'ov.col.mailbox': 'Mailbox',
    'ov.col.age': 'Age (working days)',
    'ov.rows': '{count} messages',
    'ov.rows.empty': 'No messages in this list.',
    'ov.open.hint': 'Choose a row to open the message in Outlook.',
    'ov.open.failed': 'The message could not be opened. {reason}',
    'ov.open.label': 'Open “{subject}”',
    'ov.workload.heading': 'Workload per case officer',
    'ov.workload.person': 'Case officer',
    'ov.workload.open': 'Open',
    'ov.workload.overdue': 'Overdue',
    'ov.workload.empty': 'Nobody has open messages assigned.',
    'ov.chart.heading': 'The last {days} days',
    'ov.chart.received': 'Received',
    'ov.chart.answeredInTime': 'Answered in time',
    'ov.chart.overdue': 'Overdue',
    'ov.chart.archived': 'Archived',
    'ov.chart.summary':
      '{from}–{to}: received {received}, answered in time {answered}, overdue {overdue}, archived {archived}. Busiest day: {peak} received.',
    'ov.chart.table': 'The figures per day',
    'ov.chart.day': 'Day',
    'ov.chart.show-table': 'Show as a table',
    'ov.log.mailbox': 'Mailbox',
    'ov.log.from': 'From',
    'ov.log.to': 'To',
    'ov.log.run': 'Review the log',
    'ov.log.running': 'Reading the log and the case archive …',
    'ov.log.bad-period': 'Choose a period whose first day is not after its last.',
    'ov.log.failed': 'The log review could not be done. {reason}',
    'ov.log.source.trace': 'Source: Exchange message trace.',
    'ov.log.source.folders':
      'Source: the mailbox’s own folders (Inbox, Sent Items, Deleted Items).',
    'ov.log.folders.caveat':
      'The folders miss what was deleted for good: message trace was not available ({why}).',
    'ov.log.why.forbidden': 'no permission',
    'ov.log.why.too-old': 'the period is older than 90 days',
    'ov.log.why.empty-period': 'the period is empty',
    'ov.log.why.no-client': 'the page has no access to it',
    'ov.log.rows': '{rows} messages in the period.',
    'ov.log.list.count': '{label} ({count})',
    'ov.log.hygiene.heading': 'Subjects in the public log',
    'ov.log.hygiene.count':
      '{count} subjects carry identity numbers or special-category words (shown masked).',
    'ov.log.download.csv': 'Download CSV',
    'ov.log.download.json': 'Download JSON',
    'ov.log.col.time': 'Time',
    'ov.log.col.to': 'To',
    'ov.log.col.reference': 'Reference',
    'ov.abs.auto.heading': 'Mailboxes without an automatic reply',
    'ov.abs.auto.none': 'Every mailbox has its automatic reply on.',
    'ov.abs.members.heading': 'Members who are away',
    'ov.abs.members.none': 'No member is away today.',
    'ov.abs.reason.auto-reply': 'automatic reply on',
    'ov.abs.reason.calendar': 'away by the calendar',
    'ov.abs.loading': 'Looking for absence …',
    'ov.abs.failed': 'Absence could not be read. {reason}',
    'ov.abs.open': '{count} open messages assigned',
    'ov.abs.open.none': 'No open messages assigned.',
    'ov.abs.to': 'Assign to',
    'ov.abs.reassign': 'Assign',
    'ov.abs.reassigning': 'Assigning …',
    'ov.abs.reassigned': '“{subject}” is now assigned to {name}.',
    'ov.abs.reassign.failed': 'The assignment was not made. {reason}',
    'ov.abs.no-members': 'No other member to assign to.',
    'ov.signin.heading': 'Sign in to see the overview',
    'ov.signin.button': 'Sign in',
    'ov.signin.redirecting': 'Taking you to sign-in …',
    'ov.signin.failed': 'Sign-in failed. {reason}',
    'ov.signin.unconfigured': 'The organisation profile has no sign-in (signIn).',
  },
};

/** A sentence of the oversight page. */
export const tov = createTranslator(oversightPageMessages);
