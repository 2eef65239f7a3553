/**
 * Words for several files at once, in nb, nn, sv and en: a card or a
 * warning about many attachments. Both panes use them, so they live apart
 * from the first screen's words (messages.ts) and come with each pane's chunk.
 */
import type { Messages } from '../../core/i18n/types';
import { createTranslator } from '../../core/i18n/types';

export type FilesKey =
  'title.attachments' | 'title.attachments.named' | 'files.name' | 'files.more';

export const filesMessages = {
  nb: {
    'title.attachments': '{count} vedlegg',
    'title.attachments.named': 'Vedlegg: {names}',
    'files.name': '«{name}»',
    'files.more': '{names} og {count} til',
  },
  nn: {
    'title.attachments': '{count} vedlegg',
    'title.attachments.named': 'Vedlegg: {names}',
    'files.name': '«{name}»',
    'files.more': '{names} og {count} til',
  },
  sv: {
    'title.attachments': '{count} bilagor',
    'title.attachments.named': 'Bilagor: {names}',
    'files.name': '”{name}”',
    'files.more': '{names} och {count} till',
  },
  en: {
    'title.attachments': '{count} attachments',
    'title.attachments.named': 'Attachments: {names}',
    'files.name': '“{name}”',
    'files.more': '{names} and {count} more',
  },
} as const satisfies Messages<FilesKey>;

export const tFiles = createTranslator(filesMessages);
