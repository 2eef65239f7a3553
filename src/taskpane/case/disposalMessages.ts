/**
 * The disposal and hold part of the case panel (R13), in the reader's
 * language. Words from docs/terminology.md: nb/nn "slette", "sperre mot
 * sletting"; sv "gallra", "ta bort", "spärr mot gallring"; en "delete", "hold".
 */
import { createTranslator } from '../../core/i18n/types';
import type { Messages } from '../../core/i18n/types';

export type DisposalKey =
  | 'disposal.heading'
  | 'disposal.hold'
  | 'disposal.release'
  | 'disposal.mark'
  | 'disposal.unmark'
  | 'disposal.delete-copy'
  | 'disposal.delete-message'
  | 'disposal.held-hint'
  | 'disposal.confirm.title-copy'
  | 'disposal.confirm.title-message'
  | 'disposal.confirm.archived'
  | 'disposal.confirm.archived-ref'
  | 'disposal.confirm.disposable'
  | 'disposal.cancel'
  | 'disposal.deleted'
  | 'disposal.refused.on-hold'
  | 'disposal.refused.not-archived'
  | 'disposal.refused.not-yet'
  | 'disposal.held-meanwhile'
  | 'disposal.held-meanwhile-stuck'
  | 'disposal.gone'
  | 'disposal.failed'
  | 'disposal.deleted-items';

export const disposalMessages: Messages<DisposalKey> = {
  nb: {
    'disposal.heading': 'Sletting',
    'disposal.hold': 'Innsynskrav pågår – må ikke slettes',
    'disposal.release': 'Opphev sperren',
    'disposal.mark': 'Merk «Kan slettes» fra {date}',
    'disposal.unmark': 'Fjern merket «Kan slettes»',
    'disposal.delete-copy': 'Slett e-postkopien',
    'disposal.delete-message': 'Slett meldingen',
    'disposal.held-hint': 'Meldingen kan ikke slettes så lenge sperren gjelder.',
    'disposal.confirm.title-copy': 'Slette e-postkopien?',
    'disposal.confirm.title-message': 'Slette meldingen?',
    'disposal.confirm.archived': 'Meldingen er arkivert. E-postkopien flyttes til {folder}.',
    'disposal.confirm.archived-ref':
      'Meldingen er arkivert som {ref}. E-postkopien flyttes til {folder}.',
    'disposal.confirm.disposable':
      'Meldingen er merket «Kan slettes» fra {date}. Den flyttes til {folder}.',
    'disposal.cancel': 'Avbryt',
    'disposal.deleted': 'Flyttet til {folder}.',
    'disposal.refused.on-hold': 'Ikke slettet: meldingen er sperret mot sletting.',
    'disposal.refused.not-archived': 'Ikke slettet: meldingen er ikke arkivert.',
    'disposal.refused.not-yet': 'Ikke slettet: meldingen kan først slettes fra {date}.',
    'disposal.held-meanwhile':
      'Noen sperret meldingen mot sletting mens du slettet den. Den er lagt tilbake der den var.',
    'disposal.held-meanwhile-stuck':
      'Noen sperret meldingen mot sletting mens du slettet den, og den kunne ikke legges tilbake. Flytt den tilbake fra {folder}.',
    'disposal.gone': 'Meldingen er ikke lenger her: noen har flyttet eller slettet den.',
    'disposal.failed': 'Ikke slettet',
    'disposal.deleted-items': 'Slettede elementer',
  },
  nn: {
    'disposal.heading': 'Sletting',
    'disposal.hold': 'Innsynskrav pågår – må ikkje slettast',
    'disposal.release': 'Opphev sperra',
    'disposal.mark': 'Merk «Kan slettast» frå {date}',
    'disposal.unmark': 'Fjern merket «Kan slettast»',
    'disposal.delete-copy': 'Slett e-postkopien',
    'disposal.delete-message': 'Slett meldinga',
    'disposal.held-hint': 'Meldinga kan ikkje slettast så lenge sperra gjeld.',
    'disposal.confirm.title-copy': 'Slette e-postkopien?',
    'disposal.confirm.title-message': 'Slette meldinga?',
    'disposal.confirm.archived': 'Meldinga er arkivert. E-postkopien blir flytta til {folder}.',
    'disposal.confirm.archived-ref':
      'Meldinga er arkivert som {ref}. E-postkopien blir flytta til {folder}.',
    'disposal.confirm.disposable':
      'Meldinga er merkt «Kan slettast» frå {date}. Ho blir flytta til {folder}.',
    'disposal.cancel': 'Avbryt',
    'disposal.deleted': 'Flytta til {folder}.',
    'disposal.refused.on-hold': 'Ikkje sletta: meldinga er sperra mot sletting.',
    'disposal.refused.not-archived': 'Ikkje sletta: meldinga er ikkje arkivert.',
    'disposal.refused.not-yet': 'Ikkje sletta: meldinga kan først slettast frå {date}.',
    'disposal.held-meanwhile':
      'Nokon sperra meldinga mot sletting medan du sletta ho. Ho er lagd tilbake der ho var.',
    'disposal.held-meanwhile-stuck':
      'Nokon sperra meldinga mot sletting medan du sletta ho, og ho kunne ikkje leggjast tilbake. Flytt ho tilbake frå {folder}.',
    'disposal.gone': 'Meldinga er ikkje lenger her: nokon har flytta eller sletta ho.',
    'disposal.failed': 'Ikkje sletta',
    'disposal.deleted-items': 'Sletta element',
  },
  sv: {
    'disposal.heading': 'Gallring',
    'disposal.hold': 'Begäran om utlämnande pågår – får inte gallras',
    'disposal.release': 'Häv spärren',
    'disposal.mark': 'Markera ”Får gallras” från {date}',
    'disposal.unmark': 'Ta bort markeringen ”Får gallras”',
    'disposal.delete-copy': 'Ta bort e-postkopian',
    'disposal.delete-message': 'Ta bort meddelandet',
    'disposal.held-hint': 'Meddelandet kan inte tas bort så länge spärren gäller.',
    'disposal.confirm.title-copy': 'Ta bort e-postkopian?',
    'disposal.confirm.title-message': 'Ta bort meddelandet?',
    'disposal.confirm.archived': 'Meddelandet är diariefört. E-postkopian flyttas till {folder}.',
    'disposal.confirm.archived-ref':
      'Meddelandet är diariefört som {ref}. E-postkopian flyttas till {folder}.',
    'disposal.confirm.disposable':
      'Meddelandet är markerat ”Får gallras” från {date}. Det flyttas till {folder}.',
    'disposal.cancel': 'Avbryt',
    'disposal.deleted': 'Flyttat till {folder}.',
    'disposal.refused.on-hold': 'Inte borttaget: meddelandet är spärrat mot gallring.',
    'disposal.refused.not-archived': 'Inte borttaget: meddelandet är inte diariefört.',
    'disposal.refused.not-yet': 'Inte borttaget: meddelandet får gallras först från {date}.',
    'disposal.held-meanwhile':
      'Någon spärrade meddelandet mot gallring medan du tog bort det. Det har lagts tillbaka där det låg.',
    'disposal.held-meanwhile-stuck':
      'Någon spärrade meddelandet mot gallring medan du tog bort det, och det kunde inte läggas tillbaka. Flytta tillbaka det från {folder}.',
    'disposal.gone': 'Meddelandet finns inte längre här: någon har flyttat eller tagit bort det.',
    'disposal.failed': 'Inte borttaget',
    'disposal.deleted-items': 'Borttaget',
  },
  en: {
    'disposal.heading': 'Deletion',
    'disposal.hold': 'Access request pending – do not delete',
    'disposal.release': 'Lift hold',
    'disposal.mark': 'Mark “May be deleted” from {date}',
    'disposal.unmark': 'Remove the mark “May be deleted”',
    'disposal.delete-copy': 'Delete the mail copy',
    'disposal.delete-message': 'Delete the message',
    'disposal.held-hint': 'The message cannot be deleted while the hold is on.',
    'disposal.confirm.title-copy': 'Delete the mail copy?',
    'disposal.confirm.title-message': 'Delete the message?',
    'disposal.confirm.archived': 'The message is archived. The mail copy is moved to {folder}.',
    'disposal.confirm.archived-ref':
      'The message is archived as {ref}. The mail copy is moved to {folder}.',
    'disposal.confirm.disposable':
      'The message is marked “May be deleted” from {date}. It is moved to {folder}.',
    'disposal.cancel': 'Cancel',
    'disposal.deleted': 'Moved to {folder}.',
    'disposal.refused.on-hold': 'Not deleted: the message is on hold.',
    'disposal.refused.not-archived': 'Not deleted: the message has not been archived.',
    'disposal.refused.not-yet': 'Not deleted: the message may only be deleted from {date}.',
    'disposal.held-meanwhile':
      'Someone placed a hold on the message while you deleted it. It was put back where it was.',
    'disposal.held-meanwhile-stuck':
      'Someone placed a hold on the message while you deleted it, and it could not be put back. Move it back from {folder}.',
    'disposal.gone': 'The message is no longer here: someone moved or deleted it.',
    'disposal.failed': 'Not deleted',
    'disposal.deleted-items': 'Deleted Items',
  },
};

export const td = createTranslator(disposalMessages);
