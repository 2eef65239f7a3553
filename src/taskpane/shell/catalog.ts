/**
 * The engine's texts as the pane shows them (read pane, case panel): the
 * core catalogs for findings, classification, calendar, profile and status,
 * joined here for the pane. Core's catalogs do not know each other; the
 * send check uses only its own smaller translator (core/compose/send-catalog).
 */
import { attachmentMessages } from '../../core/attachments/messages';
import { calendarMessages } from '../../core/calendar/messages';
import { classifyMessages } from '../../core/classify/messages';
import { labelMessages } from '../../core/compose/labels';
import { composeMessages } from '../../core/compose/messages';
import { describer } from '../../core/i18n/describe';
import { createTranslator } from '../../core/i18n/types';
import { ID_MESSAGES } from '../../core/ids/messages';
import { keywordMessages } from '../../core/keywords/messages';
import { profileMessages } from '../../core/profile/messages';
import { stateMessages } from '../../core/state/messages';

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

/** The pane's one boundary from an engine code (a plain string) to its text. */
export const describeCode = describer(t);
