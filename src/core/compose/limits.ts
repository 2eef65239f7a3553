/**
 * The send check's limits, shared by Outlook's send handler, the task pane
 * and `arkivpost check`, so the command line decides exactly as Outlook would.
 *
 * Time line of a send in Outlook, from the moment Send is pressed:
 *
 *     0 ─ read subject, text, recipients; fetch attachments, smallest first
 *   1.5 s ─ no attachment is fetched any more (the rest: "not inspected")
 *   2.5 s ─ no inspection goes on (what is unfinished: "not inspected")
 *     4 s ─ the watchdog completes the event whatever happens (the profile's
 *           onError decides)
 *
 * Normal messages finish in a fraction of this; the limits only bite on
 * very large or hostile ones, and then visibly.
 */

/**
 * Time for the whole check, counted from the start of the send. Inspection
 * is abandoned at this point: what is not inspected by then becomes a
 * visible warning naming the attachment.
 */
export const SEND_BUDGET_MS = 2500;
/** Attachments are fetched from Outlook until this long after the start of the send. */
export const SEND_FETCH_MS = 1500;
/** Each attachment is decoded and inspected up to this many bytes. */
export const MAX_ATTACHMENT_BYTES = 8 * 1024 * 1024;
/** Whatever happens, the event is completed within this time. */
export const WATCHDOG_MS = 4000;

/**
 * The read pane's time for inspecting a received message, counted from the
 * start of its classification. The pane has no watchdog, but it must not
 * freeze: the work hands control back between stages and attachments, and
 * what is not inspected by then is a visible warning naming it, as in the
 * send check.
 */
export const READ_BUDGET_MS = 3000;
