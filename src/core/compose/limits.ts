/**
 * The send check's limits, shared by Outlook's send handler, the task pane
 * and `arkivpost check`, so the command line decides exactly as Outlook would.
 */

/**
 * Time for the whole check. Reading and checking a normal message stays well
 * under a second; what is not inspected by then becomes a visible warning
 * naming the attachment.
 */
export const SEND_BUDGET_MS = 800;
/** Each attachment is decoded and inspected up to this many bytes. */
export const MAX_ATTACHMENT_BYTES = 8 * 1024 * 1024;
/** Whatever happens, the event is completed within this time. */
export const WATCHDOG_MS = 4000;
