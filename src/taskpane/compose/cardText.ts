/**
 * The words on a card, in the user's language: codes in, text out. The
 * findings' sentences are the send check's own (`describeFinding`, which
 * comes with the engine: see engine.ts), so the pane and the Smart Alert
 * never disagree; the pane's catalog adds the title, the advice and the
 * button labels.
 */
import { isolateName } from '../../core/compose/names';
import type { Lang } from '../../core/model';
import { tCompose } from './composeMessages';
import type { DescribeFn } from '../../app/compose-engine';
import { tp } from '../shell/messages';
import type { Card, PaneAction } from '../../app/compose-plan';

export interface CardText {
  readonly title: string;
  /** The findings' sentences, each once. */
  readonly sentences: readonly string[];
  /** "Found in 3 places." when one sentence stands for several findings. */
  readonly occurrences: string | null;
  readonly advice: string | null;
  readonly actions: readonly { readonly action: PaneAction; readonly label: string }[];
}

export function cardTitle(card: Card, lang: Lang): string {
  switch (card.part) {
    case 'from':
      return tCompose(lang, 'title.from');
    case 'subject':
      return tCompose(lang, 'title.subject');
    case 'recipients':
      return tCompose(lang, 'title.recipients');
    case 'body':
      return tCompose(lang, 'title.body');
    case 'attachment':
    case 'attachment-name':
      return card.attachment !== undefined
        ? tp(lang, 'title.attachment.named', { attachment: isolateName(card.attachment) })
        : tCompose(lang, 'title.attachment');
  }
}

export function actionLabel(action: PaneAction, lang: Lang): string {
  switch (action.kind) {
    case 'remove-from-subject':
      return tCompose(lang, 'action.remove-from-subject', { text: action.text });
    case 'add-subject-tag':
      return tCompose(lang, 'action.add-subject-tag', { tag: action.tag });
    case 'remove-attachment':
      return tCompose(lang, 'action.remove-attachment', { name: isolateName(action.name) });
    case 'file-before-send':
      return tCompose(lang, 'action.file-before-send');
  }
}

export function cardText(card: Card, lang: Lang, describe: DescribeFn): CardText {
  const sentences = [...new Set(card.findings.map((f) => describe(f, lang)))];
  const repeated = sentences.length === 1 && card.findings.length > 1;
  return {
    title: cardTitle(card, lang),
    sentences,
    occurrences: repeated
      ? tCompose(lang, 'card.occurrences', { count: card.findings.length })
      : null,
    advice: card.advice ? tCompose(lang, card.advice.key, card.advice.params) : null,
    actions: card.actions.map((action) => ({ action, label: actionLabel(action, lang) })),
  };
}
