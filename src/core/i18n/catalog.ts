/**
 * All of core's message tables in one lookup. Each area owns a typed table
 * (`Messages<Key>`), so a missing translation is a compile error there; this
 * module only joins them. Static imports: nothing is fetched at run time.
 */
import { calendarMessages } from '../calendar/messages';
import { classifyMessages } from '../classify/messages';
import { ID_MESSAGES } from '../ids/messages';
import { keywordMessages } from '../keywords/messages';
import { profileMessages } from '../profile/messages';
import { stateMessages } from '../state/messages';
import { SEND_TABLES } from './send-catalog';
import { translator } from './translator';

export const { t, has: hasMessage } = translator([
  ...SEND_TABLES,
  classifyMessages,
  ID_MESSAGES,
  keywordMessages,
  calendarMessages,
  profileMessages,
  stateMessages,
]);
