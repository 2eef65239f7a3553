/**
 * The messages the send check shows, and nothing else: this is what goes into
 * the send-runtime bundle, which has a size budget. Reports, classification,
 * the calendar and profile errors are joined by the surfaces that show them
 * (the command line, the read pane), not here.
 */
import { attachmentMessages } from '../attachments/messages';
import { describer } from '../i18n/describe';
import { createTranslator } from '../i18n/types';
import { labelMessages } from './labels';
import { composeMessages } from './messages';

export const SEND_TABLES = [composeMessages, labelMessages, attachmentMessages] as const;

/** The send check's translator: keys of the three tables, checked by the compiler. */
export const tSend = createTranslator(composeMessages, labelMessages, attachmentMessages);

/** The send check's one boundary from a finding's plain-string code to its text. */
export const describeSendCode = describer(tSend);
