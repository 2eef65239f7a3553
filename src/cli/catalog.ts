/**
 * The command line's words: its own catalog, and the engine's catalogs for
 * the reports it prints (findings, classification, the send check's
 * decision). Joined here, at the command line's composition root; core's
 * catalogs do not know each other.
 */
import { attachmentMessages } from '../core/attachments/messages';
import { calendarMessages } from '../core/calendar/messages';
import { classifyMessages } from '../core/classify/messages';
import { labelMessages } from '../core/compose/labels';
import { composeMessages } from '../core/compose/messages';
import { describer } from '../core/i18n/describe';
import { createTranslator } from '../core/i18n/types';
import { ID_MESSAGES } from '../core/ids/messages';
import { keywordMessages } from '../core/keywords/messages';
import { profileMessages } from '../core/profile/messages';
import { stateMessages } from '../core/state/messages';
import { cliMessages } from './messages';
import { oversightCliMessages } from './oversight-messages';

/** The command line's own sentences. */
export const say = createTranslator(cliMessages, oversightCliMessages);

/** The engine's texts, for reports. */
export const t = createTranslator(
  composeMessages,
  labelMessages,
  attachmentMessages,
  classifyMessages,
  ID_MESSAGES,
  keywordMessages,
  calendarMessages,
  profileMessages,
  stateMessages,
);

/** The command line's one boundary from an engine code (a plain string) to its text. */
export const describeCode = describer(t);
