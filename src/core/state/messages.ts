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
  | 'state.notice.not-assigned';

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
  },
} as const satisfies Messages<StateMessageKey>;
