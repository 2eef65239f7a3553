/**
 * The words on a card, in the user's language: codes in, text out. The
 * findings' sentences are the send check's own (`describeFinding`, which
 * comes with the engine: see app/compose-engine.ts), so the pane and the Smart Alert
 * never disagree; the pane's card catalog (cardMessages.ts) adds the title, the advice and the
 * button labels.
 */
import { distinctSentences } from '../../app/finding-groups';
import { isolateName } from '../../core/compose/names';
import type { Lang } from '../../core/model';
import { tCard } from './cardMessages';
import type { DescribeFn } from '../../app/compose-engine';
import { fileList } from '../shell/fileList';
import { tFiles } from '../shell/filesMessages';
import { tp } from '../shell/messages';
import type { Card, PaneAction } from '../../app/compose-plan';

export interface CardText {
  readonly title: string;
  /** The findings' sentences, each once (a sentence two findings share is said once). */
  readonly sentences: readonly string[];
  /** "The same goes for «b», «c» and 20 more." when the card is about several files. */
  readonly same: string | null;
  /** "Found in 3 places." when one sentence stands for several findings. */
  readonly occurrences: string | null;
  readonly advice: string | null;
  readonly actions: readonly { readonly action: PaneAction; readonly label: string }[];
  /** The name of the card's group of buttons ("What you can do"). */
  readonly actionsName: string;
}

export function cardTitle(card: Card, lang: Lang): string {
  switch (card.part) {
    case 'from':
      return tCard(lang, 'title.from');
    case 'subject':
      return tCard(lang, 'title.subject');
    case 'recipients':
      return tCard(lang, 'title.recipients');
    case 'body':
      return tCard(lang, 'title.body');
    case 'attachment':
    case 'attachment-name':
      if (card.attachments && card.attachments.length > 1) {
        return tFiles(lang, 'title.attachments', { count: card.attachments.length });
      }
      return card.attachment !== undefined
        ? tp(lang, 'title.attachment.named', { attachment: isolateName(card.attachment) })
        : tCard(lang, 'title.attachment');
  }
}

export function actionLabel(action: PaneAction, lang: Lang): string {
  switch (action.kind) {
    case 'remove-from-subject':
      return tCard(lang, 'action.remove-from-subject', { text: action.text });
    case 'add-subject-tag':
      return tCard(lang, 'action.add-subject-tag', { tag: action.tag });
    case 'remove-attachment':
      return tCard(lang, 'action.remove-attachment', { name: isolateName(action.name) });
    case 'file-before-send':
      return tCard(lang, 'action.file-before-send');
  }
}

export function cardText(card: Card, lang: Lang, describe: DescribeFn): CardText {
  const files = card.attachments ?? [];
  // Several files with the same problems: the first one's sentences stand for all.
  const told =
    files.length > 1
      ? card.findings.filter((f) => f.attachment === card.attachment)
      : card.findings;
  const sentences = distinctSentences(told.map((f) => describe(f, lang)));
  const repeated = files.length <= 1 && sentences.length === 1 && card.findings.length > 1;
  return {
    title: cardTitle(card, lang),
    sentences,
    same:
      files.length > 1 ? tCard(lang, 'card.same', { names: fileList(files.slice(1), lang) }) : null,
    occurrences: repeated ? tCard(lang, 'card.occurrences', { count: card.findings.length }) : null,
    advice: card.advice ? tCard(lang, card.advice.key, card.advice.params) : null,
    actions: card.actions.map((action) => ({ action, label: actionLabel(action, lang) })),
    actionsName: tCard(lang, 'card.actions'),
  };
}
