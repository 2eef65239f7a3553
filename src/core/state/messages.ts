import type { Messages } from '../i18n/types';

export type StateMessageKey =
  | 'state.status.new'
  | 'state.status.in-progress'
  | 'state.status.done'
  | 'state.status.sent-to-registrar'
  | 'state.status.archived'
  | 'state.category.assigned'
  | 'state.category.in-progress'
  | 'state.category.done'
  | 'state.category.sent-to-registrar'
  | 'state.category.archived'
  | 'state.category.archived-ref'
  | 'state.category.archive-worthy'
  | 'state.change.status'
  | 'state.change.assigned'
  | 'state.change.unassigned'
  | 'state.change.class'
  | 'state.change.class-confirmed'
  | 'state.change.class-cleared'
  | 'state.change.due'
  | 'state.change.due-cleared'
  | 'state.change.archive-ref'
  | 'state.change.archive-ref-cleared'
  | 'state.change.sent-to'
  | 'state.change.sent-to-cleared'
  | 'state.change.original-unmarked'
  | 'state.change.original-unmarked-cleared'
  | 'state.standing.sent'
  | 'state.standing.registered'
  | 'state.standing.archived'
  | 'state.standing.archived-ref'
  | 'state.standing.original-unmarked'
  | 'state.someone'
  | 'state.when.time'
  | 'state.when.date-time'
  | 'state.field.status'
  | 'state.field.assignee'
  | 'state.field.class'
  | 'state.field.due'
  | 'state.field.archiveRef'
  | 'state.field.sentTo'
  | 'state.field.originalUnmarked'
  | 'state.and'
  | 'state.conflict'
  | 'state.merged'
  | 'state.due'
  | 'state.overdue'
  | 'state.refused.unchanged'
  | 'state.refused.archived'
  | 'state.refused.archive-only-by-archiving'
  | 'state.refused.sent-only-by-sending'
  | 'state.refused.invalid-registry'
  | 'state.refused.invalid-transition'
  | 'state.refused.invalid-assignee'
  | 'state.refused.invalid-class'
  | 'state.refused.invalid-due'
  | 'state.refused.invalid-archive-ref'
  | 'state.refused.invalid-actor'
  | 'state.refused.invalid-time'
  | 'state.refused.unknown-action'
  | 'state.notice.archive-worthy-not-archived'
  | 'state.notice.not-assigned'
  | 'state.category.hold'
  | 'state.category.disposable'
  | 'state.category.rejected-signature'
  | 'state.category.evidence'
  | 'state.hold.access-request'
  | 'state.hold.evidence'
  | 'state.change.hold'
  | 'state.change.hold-lifted'
  | 'state.change.disposable'
  | 'state.change.disposable-cleared'
  | 'state.change.evidence'
  | 'state.change.notified'
  | 'state.change.rejected'
  | 'state.change.field-cleared'
  | 'state.mark.hold'
  | 'state.mark.hold-lifted'
  | 'state.mark.disposable'
  | 'state.mark.evidence'
  | 'state.mark.notified'
  | 'state.mark.rejected'
  | 'state.field.hold'
  | 'state.field.holdLifted'
  | 'state.field.disposableFrom'
  | 'state.field.evidence'
  | 'state.field.notified'
  | 'state.field.rejected'
  | 'state.refused.on-hold'
  | 'state.refused.invalid-hold'
  | 'state.refused.invalid-disposable'
  | 'state.refused.invalid-evidence'
  | 'state.refused.invalid-recipient'
  | 'state.refused.invalid-reason';

/**
 * Texts for the shared case-handling state.
 *
 * `state.category.*` are the names of Outlook categories. They are written
 * in the ORGANISATION's language (profile.language), never the reader's, so
 * everyone in a shared mailbox sees the same list; they are also the names
 * the admin script creates as master categories (scripts/admin/categories.json
 * is generated from them). Renaming one orphans the categories already on
 * messages and in master lists: add the old name to LEGACY_CATEGORY_NAMES in
 * categories.ts so it is still recognised and replaced.
 */
export const stateMessages = {
  nb: {
    'state.status.new': 'Ny',
    'state.status.in-progress': 'Under behandling',
    'state.status.done': 'Ferdig',
    'state.status.sent-to-registrar': 'Sendt til registrator',
    'state.status.archived': 'Arkivert',
    'state.category.assigned': 'Tildelt: {name}',
    'state.category.in-progress': 'Under behandling',
    'state.category.done': 'Ferdig',
    'state.category.sent-to-registrar': 'Sendt til registrator',
    'state.category.archived': 'Arkivert',
    'state.category.archived-ref': 'Arkivert {ref}',
    'state.category.archive-worthy': 'Arkivverdig',
    'state.change.status': '{name} satte status til «{status}» {when}.',
    'state.change.assigned': '{name} tildelte meldingen til {assignee} {when}.',
    'state.change.unassigned': '{name} fjernet tildelingen {when}.',
    'state.change.class': '{name} satte klassen til «{class}» {when}.',
    'state.change.class-confirmed': '{name} bekreftet klassen «{class}» {when}.',
    'state.change.class-cleared': '{name} fjernet klassen {when}.',
    'state.change.due': '{name} satte svarfristen til {due} {when}.',
    'state.change.due-cleared': '{name} fjernet svarfristen {when}.',
    'state.change.archive-ref': '{name} arkiverte meldingen som {ref} {when}.',
    'state.change.archive-ref-cleared': '{name} fjernet arkivreferansen {when}.',
    'state.change.sent-to': '{name} sendte meldingen til registrator {to} {when}.',
    'state.change.sent-to-cleared': '{name} fjernet sendingen til registrator {when}.',
    'state.change.original-unmarked':
      '{name} registrerte meldingen, men kunne ikke merke den opprinnelige e-posten i {mailbox} {when}.',
    'state.change.original-unmarked-cleared': '{name} merket den opprinnelige e-posten {when}.',
    'state.standing.sent':
      'Sendt til registrator {to} {when}. Meldingen merkes som arkivert når registrator har registrert den.',
    'state.standing.registered': 'Registrert som {ref}.',
    'state.standing.archived': 'Arkivert.',
    'state.standing.archived-ref': 'Arkivert som {ref}.',
    'state.standing.original-unmarked':
      'Den opprinnelige e-posten i {mailbox} er ikke merket: Arkivpost fikk ikke tilgang til den postkassen. Noen med tilgang kan registrere på nytt her.',
    'state.someone': 'Noen',
    'state.when.time': 'kl. {time}',
    'state.when.date-time': '{date} kl. {time}',
    'state.field.status': 'status',
    'state.field.assignee': 'tildelingen',
    'state.field.class': 'klassen',
    'state.field.due': 'svarfristen',
    'state.field.archiveRef': 'arkivreferansen',
    'state.field.sentTo': 'sendingen til registrator',
    'state.field.originalUnmarked': 'merkingen av den opprinnelige e-posten',
    'state.and': 'og',
    'state.conflict':
      'Noen andre endret {fields} samtidig med deg. Se endringene nedenfor og prøv igjen.',
    'state.merged': 'Noen andre endret meldingen mens du arbeidet. Endringene dine er lagt til.',
    'state.due': 'Svarfrist {due}',
    'state.overdue': 'Forfalt: svarfrist {due}',
    'state.refused.unchanged': 'Meldingen har allerede denne verdien.',
    'state.refused.archived':
      'Meldingen er arkivert og kan ikke endres her. Gjør endringer i saksarkivet.',
    'state.refused.archive-only-by-archiving':
      'Status «Arkivert» settes bare ved å arkivere meldingen.',
    'state.refused.sent-only-by-sending':
      'Status «Sendt til registrator» settes bare når meldingen sendes til registrator.',
    'state.refused.invalid-registry':
      'Registratorens adresse eller tidspunktet for sendingen er ugyldig.',
    'state.refused.invalid-transition': 'Status kan ikke gå fra «{from}» til «{to}».',
    'state.refused.invalid-assignee': 'Velg en person med gyldig e-postadresse.',
    'state.refused.invalid-class': 'Ukjent klasse.',
    'state.refused.invalid-due': 'Svarfristen må være en gyldig dato.',
    'state.refused.invalid-archive-ref': 'Arkivreferansen er tom, for lang eller har linjeskift.',
    'state.refused.invalid-actor': 'Vi vet ikke hvem du er. Logg inn på nytt og prøv igjen.',
    'state.refused.invalid-time': 'Klokken på maskinen ga ikke en gyldig tid. Prøv igjen.',
    'state.refused.unknown-action': 'Ukjent handling.',
    'state.notice.archive-worthy-not-archived':
      'Meldingen er arkivverdig, men ikke arkivert. Husk å arkivere den.',
    'state.notice.not-assigned': 'Ingen er tildelt meldingen.',
    'state.category.hold': 'Innsynskrav pågår – må ikke slettes',
    'state.category.disposable': 'Kan slettes',
    'state.category.rejected-signature': 'Avvist – krever underskrift',
    'state.category.evidence': 'Bevis',
    'state.hold.access-request': 'innsynskrav pågår',
    'state.hold.evidence': 'bevis',
    'state.change.hold': '{name} sperret meldingen mot sletting ({reason}) {when}.',
    'state.change.hold-lifted': '{name} opphevet sperren mot sletting {when}.',
    'state.change.disposable': '{name} merket at meldingen kan slettes fra {date} {when}.',
    'state.change.disposable-cleared': '{name} fjernet merket «Kan slettes» {when}.',
    'state.change.evidence': '{name} tok vare på meldingen som bevis {when}.',
    'state.change.notified': '{name} sendte meldingen til {to} {when}.',
    'state.change.rejected': '{name} avviste meldingen fordi den krever underskrift {when}.',
    'state.change.field-cleared': '{name} fjernet {field} {when}.',
    'state.mark.hold': 'Sperret mot sletting ({reason}) av {name} {when}.',
    'state.mark.hold-lifted': 'Sperren mot sletting ble opphevet av {name} {when}.',
    'state.mark.disposable': 'Kan slettes fra {date}.',
    'state.mark.evidence': 'Tatt vare på som bevis av {name} {when}.',
    'state.mark.notified': 'Sendt til {to} av {name} {when}.',
    'state.mark.rejected': 'Avvist fordi den krever underskrift, av {name} {when}.',
    'state.field.hold': 'sperren mot sletting',
    'state.field.holdLifted': 'opphevingen av sperren',
    'state.field.disposableFrom': 'datoen meldingen kan slettes fra',
    'state.field.evidence': 'beviset',
    'state.field.notified': 'sendingen til leder',
    'state.field.rejected': 'avvisningen',
    'state.refused.on-hold': 'Meldingen er sperret mot sletting. Opphev sperren først.',
    'state.refused.invalid-hold': 'Ukjent grunn til sperre.',
    'state.refused.invalid-disposable': 'Datoen meldingen kan slettes fra må være en gyldig dato.',
    'state.refused.invalid-evidence': 'Beviset mangler en gyldig kontrollsum.',
    'state.refused.invalid-recipient': 'Mottakeren har ikke en gyldig e-postadresse.',
    'state.refused.invalid-reason': 'Ukjent grunn til avvisning.',
  },
  nn: {
    'state.status.new': 'Ny',
    'state.status.in-progress': 'Under behandling',
    'state.status.done': 'Ferdig',
    'state.status.sent-to-registrar': 'Sendt til registrator',
    'state.status.archived': 'Arkivert',
    'state.category.assigned': 'Tildelt: {name}',
    'state.category.in-progress': 'Under behandling',
    'state.category.done': 'Ferdig',
    'state.category.sent-to-registrar': 'Sendt til registrator',
    'state.category.archived': 'Arkivert',
    'state.category.archived-ref': 'Arkivert {ref}',
    'state.category.archive-worthy': 'Arkivverdig',
    'state.change.status': '{name} sette status til «{status}» {when}.',
    'state.change.assigned': '{name} tildelte meldinga til {assignee} {when}.',
    'state.change.unassigned': '{name} fjerna tildelinga {when}.',
    'state.change.class': '{name} sette klassen til «{class}» {when}.',
    'state.change.class-confirmed': '{name} stadfesta klassen «{class}» {when}.',
    'state.change.class-cleared': '{name} fjerna klassen {when}.',
    'state.change.due': '{name} sette svarfristen til {due} {when}.',
    'state.change.due-cleared': '{name} fjerna svarfristen {when}.',
    'state.change.archive-ref': '{name} arkiverte meldinga som {ref} {when}.',
    'state.change.archive-ref-cleared': '{name} fjerna arkivreferansen {when}.',
    'state.change.sent-to': '{name} sende meldinga til registrator {to} {when}.',
    'state.change.sent-to-cleared': '{name} fjerna sendinga til registrator {when}.',
    'state.change.original-unmarked':
      '{name} registrerte meldinga, men kunne ikkje merkje den opphavlege e-posten i {mailbox} {when}.',
    'state.change.original-unmarked-cleared': '{name} merkte den opphavlege e-posten {when}.',
    'state.standing.sent':
      'Sendt til registrator {to} {when}. Meldinga blir merkt som arkivert når registrator har registrert ho.',
    'state.standing.registered': 'Registrert som {ref}.',
    'state.standing.archived': 'Arkivert.',
    'state.standing.archived-ref': 'Arkivert som {ref}.',
    'state.standing.original-unmarked':
      'Den opphavlege e-posten i {mailbox} er ikkje merkt: Arkivpost fekk ikkje tilgang til den postkassa. Nokon med tilgang kan registrere på nytt her.',
    'state.someone': 'Nokon',
    'state.when.time': 'kl. {time}',
    'state.when.date-time': '{date} kl. {time}',
    'state.field.status': 'status',
    'state.field.assignee': 'tildelinga',
    'state.field.class': 'klassen',
    'state.field.due': 'svarfristen',
    'state.field.archiveRef': 'arkivreferansen',
    'state.field.sentTo': 'sendinga til registrator',
    'state.field.originalUnmarked': 'merkinga av den opphavlege e-posten',
    'state.and': 'og',
    'state.conflict':
      'Nokon andre endra {fields} samtidig med deg. Sjå endringane nedanfor og prøv igjen.',
    'state.merged': 'Nokon andre endra meldinga medan du arbeidde. Endringane dine er lagde til.',
    'state.due': 'Svarfrist {due}',
    'state.overdue': 'Forfallen: svarfrist {due}',
    'state.refused.unchanged': 'Meldinga har allereie denne verdien.',
    'state.refused.archived':
      'Meldinga er arkivert og kan ikkje endrast her. Gjer endringar i saksarkivet.',
    'state.refused.archive-only-by-archiving':
      'Status «Arkivert» blir berre sett når meldinga blir arkivert.',
    'state.refused.sent-only-by-sending':
      'Status «Sendt til registrator» blir berre sett når meldinga blir send til registrator.',
    'state.refused.invalid-registry':
      'Adressa til registrator eller tidspunktet for sendinga er ugyldig.',
    'state.refused.invalid-transition': 'Status kan ikkje gå frå «{from}» til «{to}».',
    'state.refused.invalid-assignee': 'Vel ein person med gyldig e-postadresse.',
    'state.refused.invalid-class': 'Ukjend klasse.',
    'state.refused.invalid-due': 'Svarfristen må vere ein gyldig dato.',
    'state.refused.invalid-archive-ref': 'Arkivreferansen er tom, for lang eller har linjeskift.',
    'state.refused.invalid-actor': 'Vi veit ikkje kven du er. Logg inn på nytt og prøv igjen.',
    'state.refused.invalid-time': 'Klokka på maskina gav ikkje ei gyldig tid. Prøv igjen.',
    'state.refused.unknown-action': 'Ukjend handling.',
    'state.notice.archive-worthy-not-archived':
      'Meldinga er arkivverdig, men ikkje arkivert. Hugs å arkivere ho.',
    'state.notice.not-assigned': 'Ingen er tildelt meldinga.',
    'state.category.hold': 'Innsynskrav pågår – må ikkje slettast',
    'state.category.disposable': 'Kan slettast',
    'state.category.rejected-signature': 'Avvist – krev underskrift',
    'state.category.evidence': 'Bevis',
    'state.hold.access-request': 'innsynskrav pågår',
    'state.hold.evidence': 'bevis',
    'state.change.hold': '{name} sperra meldinga mot sletting ({reason}) {when}.',
    'state.change.hold-lifted': '{name} oppheva sperra mot sletting {when}.',
    'state.change.disposable': '{name} merkte at meldinga kan slettast frå {date} {when}.',
    'state.change.disposable-cleared': '{name} fjerna merket «Kan slettast» {when}.',
    'state.change.evidence': '{name} tok vare på meldinga som bevis {when}.',
    'state.change.notified': '{name} sende meldinga til {to} {when}.',
    'state.change.rejected': '{name} avviste meldinga fordi ho krev underskrift {when}.',
    'state.change.field-cleared': '{name} fjerna {field} {when}.',
    'state.mark.hold': 'Sperra mot sletting ({reason}) av {name} {when}.',
    'state.mark.hold-lifted': 'Sperra mot sletting blei oppheva av {name} {when}.',
    'state.mark.disposable': 'Kan slettast frå {date}.',
    'state.mark.evidence': 'Teken vare på som bevis av {name} {when}.',
    'state.mark.notified': 'Sendt til {to} av {name} {when}.',
    'state.mark.rejected': 'Avvist fordi ho krev underskrift, av {name} {when}.',
    'state.field.hold': 'sperra mot sletting',
    'state.field.holdLifted': 'opphevinga av sperra',
    'state.field.disposableFrom': 'datoen meldinga kan slettast frå',
    'state.field.evidence': 'beviset',
    'state.field.notified': 'sendinga til leiar',
    'state.field.rejected': 'avvisinga',
    'state.refused.on-hold': 'Meldinga er sperra mot sletting. Opphev sperra først.',
    'state.refused.invalid-hold': 'Ukjend grunn til sperre.',
    'state.refused.invalid-disposable': 'Datoen meldinga kan slettast frå må vere ein gyldig dato.',
    'state.refused.invalid-evidence': 'Beviset manglar ein gyldig kontrollsum.',
    'state.refused.invalid-recipient': 'Mottakaren har ikkje ei gyldig e-postadresse.',
    'state.refused.invalid-reason': 'Ukjend grunn til avvising.',
  },
  sv: {
    'state.status.new': 'Ny',
    'state.status.in-progress': 'Under handläggning',
    'state.status.done': 'Klar',
    'state.status.sent-to-registrar': 'Skickad till registrator',
    'state.status.archived': 'Diarieförd',
    'state.category.assigned': 'Tilldelad: {name}',
    'state.category.in-progress': 'Under handläggning',
    'state.category.done': 'Klar',
    'state.category.sent-to-registrar': 'Skickad till registrator',
    'state.category.archived': 'Diarieförd',
    'state.category.archived-ref': 'Diarieförd {ref}',
    'state.category.archive-worthy': 'Ska diarieföras',
    'state.change.status': '{name} ändrade status till ”{status}” {when}.',
    'state.change.assigned': '{name} tilldelade meddelandet till {assignee} {when}.',
    'state.change.unassigned': '{name} tog bort tilldelningen {when}.',
    'state.change.class': '{name} ändrade klassningen till ”{class}” {when}.',
    'state.change.class-confirmed': '{name} bekräftade klassningen ”{class}” {when}.',
    'state.change.class-cleared': '{name} tog bort klassningen {when}.',
    'state.change.due': '{name} ändrade svarsdatum till {due} {when}.',
    'state.change.due-cleared': '{name} tog bort svarsdatumet {when}.',
    'state.change.archive-ref': '{name} diarieförde meddelandet som {ref} {when}.',
    'state.change.archive-ref-cleared': '{name} tog bort diarienumret {when}.',
    'state.change.sent-to': '{name} skickade meddelandet till registrator {to} {when}.',
    'state.change.sent-to-cleared': '{name} tog bort sändningen till registrator {when}.',
    'state.change.original-unmarked':
      '{name} registrerade meddelandet men kunde inte märka det ursprungliga e-postmeddelandet i {mailbox} {when}.',
    'state.change.original-unmarked-cleared':
      '{name} märkte det ursprungliga e-postmeddelandet {when}.',
    'state.standing.sent':
      'Skickad till registrator {to} {when}. Meddelandet märks som diariefört när registratorn har registrerat det.',
    'state.standing.registered': 'Registrerad som {ref}.',
    'state.standing.archived': 'Diarieförd.',
    'state.standing.archived-ref': 'Diarieförd som {ref}.',
    'state.standing.original-unmarked':
      'Det ursprungliga e-postmeddelandet i {mailbox} är inte märkt: Arkivpost fick inte åtkomst till den brevlådan. Någon med åtkomst kan registrera på nytt här.',
    'state.someone': 'Någon',
    'state.when.time': 'kl. {time}',
    'state.when.date-time': '{date} kl. {time}',
    'state.field.status': 'status',
    'state.field.assignee': 'tilldelningen',
    'state.field.class': 'klassningen',
    'state.field.due': 'svarsdatumet',
    'state.field.archiveRef': 'diarienumret',
    'state.field.sentTo': 'sändningen till registrator',
    'state.field.originalUnmarked': 'märkningen av det ursprungliga e-postmeddelandet',
    'state.and': 'och',
    'state.conflict':
      'Någon annan ändrade {fields} samtidigt som du. Se ändringarna nedan och försök igen.',
    'state.merged':
      'Någon annan ändrade meddelandet medan du arbetade. Dina ändringar är tillagda.',
    'state.due': 'Svara senast {due}',
    'state.overdue': 'Försenad: svara senast {due}',
    'state.refused.unchanged': 'Meddelandet har redan det värdet.',
    'state.refused.archived':
      'Meddelandet är diariefört och kan inte ändras här. Gör ändringar i diariet.',
    'state.refused.archive-only-by-archiving':
      'Status ”Diarieförd” sätts bara när meddelandet diarieförs.',
    'state.refused.sent-only-by-sending':
      'Status ”Skickad till registrator” sätts bara när meddelandet skickas till registratorn.',
    'state.refused.invalid-registry': 'Registratorns adress eller tiden för sändningen är ogiltig.',
    'state.refused.invalid-transition': 'Status kan inte ändras från ”{from}” till ”{to}”.',
    'state.refused.invalid-assignee': 'Välj en person med en giltig e-postadress.',
    'state.refused.invalid-class': 'Okänd klassning.',
    'state.refused.invalid-due': 'Svarsdatumet måste vara ett giltigt datum.',
    'state.refused.invalid-archive-ref': 'Diarienumret är tomt, för långt eller har radbrytningar.',
    'state.refused.invalid-actor': 'Vi vet inte vem du är. Logga in igen och försök på nytt.',
    'state.refused.invalid-time': 'Datorns klocka gav ingen giltig tid. Försök igen.',
    'state.refused.unknown-action': 'Okänd åtgärd.',
    'state.notice.archive-worthy-not-archived':
      'Meddelandet ska diarieföras men är inte diariefört. Kom ihåg att diarieföra det.',
    'state.notice.not-assigned': 'Meddelandet är inte tilldelat någon.',
    'state.category.hold': 'Begäran om utlämnande pågår – får inte gallras',
    'state.category.disposable': 'Får gallras',
    'state.category.rejected-signature': 'Avvisad – kräver underskrift',
    'state.category.evidence': 'Bevis',
    'state.hold.access-request': 'begäran om utlämnande pågår',
    'state.hold.evidence': 'bevis',
    'state.change.hold': '{name} spärrade meddelandet mot gallring ({reason}) {when}.',
    'state.change.hold-lifted': '{name} hävde spärren mot gallring {when}.',
    'state.change.disposable': '{name} markerade att meddelandet får gallras från {date} {when}.',
    'state.change.disposable-cleared': '{name} tog bort markeringen ”Får gallras” {when}.',
    'state.change.evidence': '{name} sparade meddelandet som bevis {when}.',
    'state.change.notified': '{name} skickade meddelandet till {to} {when}.',
    'state.change.rejected': '{name} avvisade meddelandet eftersom det kräver underskrift {when}.',
    'state.change.field-cleared': '{name} tog bort {field} {when}.',
    'state.mark.hold': 'Spärrad mot gallring ({reason}) av {name} {when}.',
    'state.mark.hold-lifted': 'Spärren mot gallring hävdes av {name} {when}.',
    'state.mark.disposable': 'Får gallras från {date}.',
    'state.mark.evidence': 'Sparad som bevis av {name} {when}.',
    'state.mark.notified': 'Skickad till {to} av {name} {when}.',
    'state.mark.rejected': 'Avvisad eftersom det kräver underskrift, av {name} {when}.',
    'state.field.hold': 'spärren mot gallring',
    'state.field.holdLifted': 'hävningen av spärren',
    'state.field.disposableFrom': 'datumet meddelandet får gallras från',
    'state.field.evidence': 'beviset',
    'state.field.notified': 'sändningen till chef',
    'state.field.rejected': 'avvisningen',
    'state.refused.on-hold': 'Meddelandet är spärrat mot gallring. Häv spärren först.',
    'state.refused.invalid-hold': 'Okänt skäl till spärr.',
    'state.refused.invalid-disposable':
      'Datumet meddelandet får gallras från måste vara ett giltigt datum.',
    'state.refused.invalid-evidence': 'Beviset saknar en giltig kontrollsumma.',
    'state.refused.invalid-recipient': 'Mottagaren har ingen giltig e-postadress.',
    'state.refused.invalid-reason': 'Okänt skäl till avvisning.',
  },
  en: {
    'state.status.new': 'New',
    'state.status.in-progress': 'In progress',
    'state.status.done': 'Done',
    'state.status.sent-to-registrar': 'Sent to registrar',
    'state.status.archived': 'Archived',
    'state.category.assigned': 'Assigned: {name}',
    'state.category.in-progress': 'In progress',
    'state.category.done': 'Done',
    'state.category.sent-to-registrar': 'Sent to registrar',
    'state.category.archived': 'Archived',
    'state.category.archived-ref': 'Archived {ref}',
    'state.category.archive-worthy': 'To be archived',
    'state.change.status': '{name} set the status to “{status}” {when}.',
    'state.change.assigned': '{name} assigned the message to {assignee} {when}.',
    'state.change.unassigned': '{name} removed the assignment {when}.',
    'state.change.class': '{name} set the class to “{class}” {when}.',
    'state.change.class-confirmed': '{name} confirmed the class “{class}” {when}.',
    'state.change.class-cleared': '{name} removed the class {when}.',
    'state.change.due': '{name} set the answer-by date to {due} {when}.',
    'state.change.due-cleared': '{name} removed the answer-by date {when}.',
    'state.change.archive-ref': '{name} archived the message as {ref} {when}.',
    'state.change.archive-ref-cleared': '{name} removed the archive reference {when}.',
    'state.change.sent-to': '{name} sent the message to the registrar {to} {when}.',
    'state.change.sent-to-cleared': '{name} removed the sending to the registrar {when}.',
    'state.change.original-unmarked':
      '{name} registered the message but could not mark the original e-mail in {mailbox} {when}.',
    'state.change.original-unmarked-cleared': '{name} marked the original e-mail {when}.',
    'state.standing.sent':
      'Sent to registrar {to} {when}. The message is marked as archived once the registrar has registered it.',
    'state.standing.registered': 'Registered as {ref}.',
    'state.standing.archived': 'Archived.',
    'state.standing.archived-ref': 'Archived as {ref}.',
    'state.standing.original-unmarked':
      'The original e-mail in {mailbox} is not marked: Arkivpost could not reach that mailbox. Someone with access can register it again here.',
    'state.someone': 'Someone',
    'state.when.time': 'at {time}',
    'state.when.date-time': 'on {date} at {time}',
    'state.field.status': 'the status',
    'state.field.assignee': 'the assignment',
    'state.field.class': 'the class',
    'state.field.due': 'the answer-by date',
    'state.field.archiveRef': 'the archive reference',
    'state.field.sentTo': 'the sending to the registrar',
    'state.field.originalUnmarked': 'the marking of the original e-mail',
    'state.and': 'and',
    'state.conflict':
      'Someone else changed {fields} at the same time as you. Look at the changes below and try again.',
    'state.merged': 'Someone else changed the message while you worked. Your changes were added.',
    'state.due': 'Answer by {due}',
    'state.overdue': 'Overdue: answer by {due}',
    'state.refused.unchanged': 'The message already has that value.',
    'state.refused.archived':
      'The message has been archived and cannot be changed here. Make changes in the case archive.',
    'state.refused.archive-only-by-archiving':
      'The status “Archived” is only set by archiving the message.',
    'state.refused.sent-only-by-sending':
      'The status “Sent to registrar” is only set by sending the message to the registrar.',
    'state.refused.invalid-registry':
      'The registrar’s address or the time it was sent is not valid.',
    'state.refused.invalid-transition': 'The status cannot go from “{from}” to “{to}”.',
    'state.refused.invalid-assignee': 'Choose a person with a valid e-mail address.',
    'state.refused.invalid-class': 'Unknown class.',
    'state.refused.invalid-due': 'The answer-by date must be a valid date.',
    'state.refused.invalid-archive-ref':
      'The archive reference is empty, too long or contains a line break.',
    'state.refused.invalid-actor': 'We do not know who you are. Sign in again and try again.',
    'state.refused.invalid-time': 'The device clock gave no valid time. Try again.',
    'state.refused.unknown-action': 'Unknown action.',
    'state.notice.archive-worthy-not-archived':
      'The message is to be archived but has not been. Remember to archive it.',
    'state.notice.not-assigned': 'Nobody is assigned to the message.',
    'state.category.hold': 'Access request pending – do not delete',
    'state.category.disposable': 'May be deleted',
    'state.category.rejected-signature': 'Rejected – signature required',
    'state.category.evidence': 'Evidence',
    'state.hold.access-request': 'access request pending',
    'state.hold.evidence': 'evidence',
    'state.change.hold': '{name} placed a hold on the message ({reason}) {when}.',
    'state.change.hold-lifted': '{name} lifted the hold {when}.',
    'state.change.disposable':
      '{name} marked the message as one that may be deleted from {date} {when}.',
    'state.change.disposable-cleared': '{name} removed the mark “May be deleted” {when}.',
    'state.change.evidence': '{name} kept the message as evidence {when}.',
    'state.change.notified': '{name} sent the message to {to} {when}.',
    'state.change.rejected': '{name} rejected the message because it needs a signature {when}.',
    'state.change.field-cleared': '{name} removed {field} {when}.',
    'state.mark.hold': 'On hold ({reason}), placed by {name} {when}.',
    'state.mark.hold-lifted': 'Hold lifted by {name} {when}.',
    'state.mark.disposable': 'May be deleted from {date}.',
    'state.mark.evidence': 'Kept as evidence by {name} {when}.',
    'state.mark.notified': 'Sent to {to} by {name} {when}.',
    'state.mark.rejected': 'Rejected because it needs a signature, by {name} {when}.',
    'state.field.hold': 'the hold',
    'state.field.holdLifted': 'the lifting of the hold',
    'state.field.disposableFrom': 'the date it may be deleted from',
    'state.field.evidence': 'the evidence',
    'state.field.notified': 'the notice to the manager',
    'state.field.rejected': 'the rejection',
    'state.refused.on-hold': 'The message is on hold. Lift the hold first.',
    'state.refused.invalid-hold': 'Unknown reason for a hold.',
    'state.refused.invalid-disposable': 'The date it may be deleted from must be a valid date.',
    'state.refused.invalid-evidence': 'The evidence has no valid checksum.',
    'state.refused.invalid-recipient': 'The recipient has no valid e-mail address.',
    'state.refused.invalid-reason': 'Unknown reason for a rejection.',
  },
} as const satisfies Messages<StateMessageKey>;
