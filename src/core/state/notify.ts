/**
 * "Varsle" (seed 001): the mail that tells a person a message has been
 * assigned to them. Written in the organisation's language (like the
 * categories: the mail is about the function mailbox, not the sender's
 * screen), with a link that opens the message.
 *
 * The subject of the original message is repeated, but never a national ID
 * number in it: those are masked, as the send check would ask.
 */
import { findNationalIds } from '../ids';
import { format } from '../i18n/types';
import type { Messages } from '../i18n/types';
import type { Lang } from '../model';
import { normalizeText } from '../text/normalize';
import { formatDue } from './describe';
import type { Person } from './types';
import { displayName } from './values';
import { escapeHtml } from '../text/word';

type NotifyKey =
  | 'notify.subject'
  | 'notify.assigned'
  | 'notify.from'
  | 'notify.received'
  | 'notify.due'
  | 'notify.open'
  | 'notify.no-link'
  | 'notify.footer'
  | 'notify.no-subject';

export const notifyMessages: Messages<NotifyKey> = {
  nb: {
    'notify.subject': 'Tildelt deg: {subject}',
    'notify.assigned': '{actor} har tildelt deg en melding i {mailbox}.',
    'notify.from': 'Fra: {from}',
    'notify.received': 'Mottatt: {date}',
    'notify.due': 'Svarfrist: {due}',
    'notify.open': 'Åpne meldingen',
    'notify.no-link': 'Du finner meldingen i {mailbox} i Outlook.',
    'notify.footer': 'Sendt med Arkivpost. Meldingen har kategorien «{category}».',
    'notify.no-subject': '(uten emne)',
  },
  nn: {
    'notify.subject': 'Tildelt deg: {subject}',
    'notify.assigned': '{actor} har tildelt deg ei melding i {mailbox}.',
    'notify.from': 'Frå: {from}',
    'notify.received': 'Motteken: {date}',
    'notify.due': 'Svarfrist: {due}',
    'notify.open': 'Opne meldinga',
    'notify.no-link': 'Du finn meldinga i {mailbox} i Outlook.',
    'notify.footer': 'Sendt med Arkivpost. Meldinga har kategorien «{category}».',
    'notify.no-subject': '(utan emne)',
  },
  sv: {
    'notify.subject': 'Tilldelat dig: {subject}',
    'notify.assigned': '{actor} har tilldelat dig ett meddelande i {mailbox}.',
    'notify.from': 'Från: {from}',
    'notify.received': 'Mottaget: {date}',
    'notify.due': 'Svara senast: {due}',
    'notify.open': 'Öppna meddelandet',
    'notify.no-link': 'Du hittar meddelandet i {mailbox} i Outlook.',
    'notify.footer': 'Skickat med Arkivpost. Meddelandet har kategorin ”{category}”.',
    'notify.no-subject': '(inget ämne)',
  },
  en: {
    'notify.subject': 'Assigned to you: {subject}',
    'notify.assigned': '{actor} has assigned you a message in {mailbox}.',
    'notify.from': 'From: {from}',
    'notify.received': 'Received: {date}',
    'notify.due': 'Answer by: {due}',
    'notify.open': 'Open the message',
    'notify.no-link': 'You will find the message in {mailbox} in Outlook.',
    'notify.footer': 'Sent with Arkivpost. The message has the category “{category}”.',
    'notify.no-subject': '(no subject)',
  },
};

export interface AssignmentNotice {
  readonly assignee: Person;
  readonly actor: Person;
  /** The function mailbox's name (or address) the message is in. */
  readonly mailbox: string;
  /** The original message's subject. */
  readonly subject: string;
  /** The original sender, as shown. */
  readonly from?: string;
  /** Received, `YYYY-MM-DD` in the organisation's time zone. */
  readonly received?: string;
  /** Answer by, `YYYY-MM-DD`. */
  readonly due?: string;
  /** A link that opens the message (Graph's `webLink`); only https links are used. */
  readonly link?: string;
  /** The category the message now carries ("Tildelt: Per Hansen"). */
  readonly category: string;
}

export interface NoticeMail {
  readonly subject: string;
  /** HTML body (Graph `body.contentType: html`). */
  readonly html: string;
}

const MAX_SUBJECT = 200;

/** The subject without national ID numbers (replaced by ***) and line breaks. */
export function safeSubject(subject: string): string {
  let out = '';
  let at = 0;
  for (const m of findNationalIds(normalizeText(subject))) {
    out += subject.slice(at, m.start) + '***';
    at = m.end;
  }
  out += subject.slice(at);
  const tidy = out.replace(/[\r\n\t]+/g, ' ').trim();
  return tidy.length > MAX_SUBJECT ? `${tidy.slice(0, MAX_SUBJECT - 1)}…` : tidy;
}

function httpsLink(link: string | undefined): string | null {
  // No URL class in core: an https link without spaces, quotes or angle brackets.
  return link !== undefined && /^https:\/\/[^\s"'<>]+$/.test(link) ? link : null;
}

/** The notification mail for an assignment, in `lang` (the profile's language). */
export function assignmentMail(notice: AssignmentNotice, lang: Lang): NoticeMail {
  const m = notifyMessages[lang];
  const t = (key: NotifyKey, params?: Record<string, string>): string =>
    escapeHtml(format(m[key], params));
  const subject = safeSubject(notice.subject) || format(m['notify.no-subject']);
  const link = httpsLink(notice.link);
  const lines: string[] = [
    `<p>${t('notify.assigned', { actor: displayName(notice.actor), mailbox: notice.mailbox })}</p>`,
    `<p><strong>${escapeHtml(subject)}</strong></p>`,
    '<ul>',
  ];
  if (notice.from) lines.push(`<li>${t('notify.from', { from: notice.from })}</li>`);
  if (notice.received) {
    lines.push(`<li>${t('notify.received', { date: formatDue(notice.received, lang) })}</li>`);
  }
  if (notice.due) lines.push(`<li>${t('notify.due', { due: formatDue(notice.due, lang) })}</li>`);
  lines.push('</ul>');
  lines.push(
    link
      ? `<p><a href="${escapeHtml(link)}">${t('notify.open')}</a></p>`
      : `<p>${t('notify.no-link', { mailbox: notice.mailbox })}</p>`,
  );
  lines.push(`<p style="color:#616161">${t('notify.footer', { category: notice.category })}</p>`);
  return {
    subject: format(m['notify.subject'], { subject }),
    html: lines.join('\n'),
  };
}
