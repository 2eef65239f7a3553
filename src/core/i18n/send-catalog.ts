/**
 * The messages the send check shows, and nothing else: this is what goes into
 * the send-runtime bundle, which has a size budget. Reports, classification,
 * the calendar and profile errors use the full catalog (`catalog.ts`).
 */
import { attachmentMessages } from '../attachments/messages';
import { composeMessages } from '../compose/messages';
import { labelMessages } from './labels';
import { translator } from './translator';

export const SEND_TABLES = [composeMessages, labelMessages, attachmentMessages] as const;

export const { t: tSend, has: hasSendMessage } = translator(SEND_TABLES);
