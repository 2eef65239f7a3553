/**
 * The few texts Outlook itself shows around an add-in: the Smart Alerts
 * dialog buttons, its fallback messages, and the reply/forward header.
 * Outlook writes them in its display language, so the emulator does too.
 */
import type { Lang } from '../../src/core/model';

export interface EmulatorStrings {
  readonly dontSend: string;
  readonly sendAnyway: string;
  readonly takeAction: string;
  /** Shown when the handler refuses without an errorMessage. */
  readonly blocked: string;
  /** Shown when the handler failed, timed out or was not found. */
  readonly unavailable: string;
  readonly replyPrefix: string;
  readonly forwardPrefix: string;
  readonly from: string;
  readonly sent: string;
  readonly to: string;
  readonly cc: string;
  readonly subject: string;
  readonly forwarded: string;
}

export const EMULATOR_STRINGS = {
  nb: {
    dontSend: 'Ikke send',
    sendAnyway: 'Send likevel',
    takeAction: 'Utfør handling',
    blocked: '{addin} hindrer at denne e-posten blir sendt.',
    unavailable: '{addin} kunne ikke kontrollere meldingen.',
    replyPrefix: 'SV:',
    forwardPrefix: 'VS:',
    from: 'Fra',
    sent: 'Sendt',
    to: 'Til',
    cc: 'Kopi',
    subject: 'Emne',
    forwarded: 'Videresendt melding',
  },
  nn: {
    dontSend: 'Ikkje send',
    sendAnyway: 'Send likevel',
    takeAction: 'Utfør handling',
    blocked: '{addin} hindrar at denne e-posten vert send.',
    unavailable: '{addin} kunne ikkje kontrollere meldinga.',
    replyPrefix: 'SV:',
    forwardPrefix: 'VS:',
    from: 'Frå',
    sent: 'Sendt',
    to: 'Til',
    cc: 'Kopi',
    subject: 'Emne',
    forwarded: 'Vidaresend melding',
  },
  sv: {
    dontSend: 'Skicka inte',
    sendAnyway: 'Skicka ändå',
    takeAction: 'Vidta åtgärd',
    blocked: '{addin} förhindrar att det här e-postmeddelandet skickas.',
    unavailable: '{addin} kunde inte kontrollera meddelandet.',
    replyPrefix: 'SV:',
    forwardPrefix: 'VB:',
    from: 'Från',
    sent: 'Skickat',
    to: 'Till',
    cc: 'Kopia',
    subject: 'Ämne',
    forwarded: 'Vidarebefordrat meddelande',
  },
  en: {
    dontSend: "Don't Send",
    sendAnyway: 'Send Anyway',
    takeAction: 'Take Action',
    blocked: '{addin} is preventing this email from being sent.',
    unavailable: "{addin} couldn't check this message.",
    replyPrefix: 'RE:',
    forwardPrefix: 'FW:',
    from: 'From',
    sent: 'Sent',
    to: 'To',
    cc: 'Cc',
    subject: 'Subject',
    forwarded: 'Forwarded message',
  },
} as const satisfies Record<Lang, EmulatorStrings>;

/** Outlook's display language (a BCP 47 tag such as nn-NO) as one of the four catalogs. */
export function langOfTag(tag: string): Lang {
  const t = tag.toLowerCase();
  if (t.startsWith('nn')) return 'nn';
  if (t.startsWith('nb') || t === 'no' || t.startsWith('no-')) return 'nb';
  if (t.startsWith('sv')) return 'sv';
  return 'en';
}

export function emulatorText(tag: string): EmulatorStrings {
  return EMULATOR_STRINGS[langOfTag(tag)];
}
