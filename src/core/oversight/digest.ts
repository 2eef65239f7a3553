/**
 * The supervisor's daily digest (R21): their function mailboxes' overview
 * as a mail, in HTML and in plain text, in the organisation's language.
 * Everything that came from a mailbox (subjects, names, addresses) is
 * escaped in the HTML; nothing is trusted. Pure: the caller gives the
 * time, the zone and the overview.
 */
import { formatInstant, formatInstantDate } from '../calendar/format';
import { formatLocalDate } from '../calendar/local-date';
import { localDateIn } from '../calendar/time-zone';
import { createTranslator } from '../i18n/types';
import type { Lang } from '../model';
import type { Profile } from '../profile/types';
import { formatDue } from '../state/describe';
import { oversightMessages } from './messages';
import type { OversightKey } from './messages';
import type { MailboxOverview, OverviewRow } from './overview';
import { COUNT_KEYS } from './overview';
import { escapeHtml } from '../text/word';

const t = createTranslator(oversightMessages);

export { COUNT_KEYS } from './overview';

export type CountKey = (typeof COUNT_KEYS)[number];

/** A count's heading in a language. */
export function countLabel(key: CountKey, lang: Lang): string {
  return t(lang, `count.${key}`);
}

/** Oversight's words, for the command line's tables and sentences. */
export function oversightText(
  lang: Lang,
  key: OversightKey,
  params?: Readonly<Record<string, string | number>>,
): string {
  return t(lang, key, params);
}

export { escapeHtml };

/** Who supervises which mailboxes (of those given), each supervisor once, by address without case. */
export function supervisorsOf(
  profile: Pick<Profile, 'mailboxes'>,
  mailboxes: readonly string[],
): { address: string; mailboxes: string[] }[] {
  const asked = new Set(mailboxes.map((m) => m.trim().toLowerCase()));
  const out = new Map<string, { address: string; mailboxes: string[] }>();
  for (const mb of profile.mailboxes) {
    if (!asked.has(mb.address.toLowerCase())) continue;
    for (const s of mb.supervisors ?? []) {
      const key = s.trim().toLowerCase();
      const entry = out.get(key) ?? { address: s.trim(), mailboxes: [] };
      if (!entry.mailboxes.some((m) => m.toLowerCase() === mb.address.toLowerCase()))
        entry.mailboxes.push(mb.address);
      out.set(key, entry);
    }
  }
  return [...out.values()];
}

export interface DigestMailbox {
  readonly address: string;
  /** The profile's name for it. */
  readonly name: string;
  /** Its overview, or null when it could not be read. */
  readonly overview: MailboxOverview | null;
  /** Why it could not be read, already in the digest's language. */
  readonly failure?: string;
}

export interface DigestOptions {
  readonly lang: Lang;
  readonly timeZone: string;
  readonly now: Date;
  /** Overdue messages listed per mailbox (default 10); the rest are counted. */
  readonly maxRows?: number;
}

export interface Digest {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** The plain text's file name, e.g. tilsyn-2026-03-31.txt. */
  readonly fileName: string;
}

const MAX_SUBJECT = 120;

function clip(s: string, max = MAX_SUBJECT): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

function rowCells(r: OverviewRow, o: DigestOptions): string[] {
  return [
    formatInstant(r.received, o.lang, o.timeZone) ?? '',
    clip(r.subject),
    r.from,
    r.due !== undefined ? formatDue(r.due, o.lang) : '',
    r.assignee ? r.assignee.name || r.assignee.address : '',
  ];
}

export function renderDigest(mailboxes: readonly DigestMailbox[], o: DigestOptions): Digest {
  const { lang } = o;
  const date = formatInstantDate(o.now, lang, o.timeZone) ?? '';
  const day = formatLocalDate(localDateIn(o.now, o.timeZone));
  const maxRows = Math.max(0, Math.floor(o.maxRows ?? 10));
  let overdue = 0;
  let unassigned = 0;
  for (const m of mailboxes) {
    overdue += m.overview?.counts.overdue ?? 0;
    unassigned += m.overview?.counts.unassigned ?? 0;
  }
  const subject = t(lang, 'digest.subject', { date, overdue, unassigned });
  const heads = (
    ['col.received', 'col.subject', 'col.from', 'col.due', 'col.assignee'] as const
  ).map((k) => t(lang, k));

  const text: string[] = [t(lang, 'digest.intro', { date }), ''];
  const html: string[] = [
    '<!DOCTYPE html><html><head><meta charset="utf-8"></head>',
    '<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">',
    `<p>${escapeHtml(t(lang, 'digest.intro', { date }))}</p>`,
  ];
  for (const m of mailboxes) {
    const title = m.name && m.name !== m.address ? `${m.name} <${m.address}>` : m.address;
    text.push(title, '-'.repeat(Math.min(title.length, 72)));
    html.push(`<h2 style="font-size:16px">${escapeHtml(title)}</h2>`);
    if (!m.overview) {
      const line = t(lang, 'digest.failed', { mailbox: m.address, reason: m.failure ?? '' });
      text.push(line, '');
      html.push(`<p>${escapeHtml(line)}</p>`);
      continue;
    }
    const c = m.overview.counts;
    const width = Math.max(...COUNT_KEYS.map((k) => countLabel(k, lang).length));
    for (const k of COUNT_KEYS) text.push(`  ${countLabel(k, lang).padEnd(width)}  ${c[k]}`);
    html.push('<table style="border-collapse:collapse">');
    for (const k of COUNT_KEYS) {
      html.push(
        `<tr><th style="text-align:left;padding:2px 12px 2px 0">${escapeHtml(countLabel(k, lang))}</th>` +
          `<td style="text-align:right">${c[k]}</td></tr>`,
      );
    }
    html.push('</table>');

    const late = m.overview.lists.overdue;
    text.push('', `${t(lang, 'digest.overdue')}:`);
    html.push(`<h3 style="font-size:14px">${escapeHtml(t(lang, 'digest.overdue'))}</h3>`);
    if (late.length === 0) {
      text.push(`  ${t(lang, 'digest.none-overdue')}`);
      html.push(`<p>${escapeHtml(t(lang, 'digest.none-overdue'))}</p>`);
    } else {
      html.push(
        '<table style="border-collapse:collapse"><tr>' +
          heads
            .map((h) => `<th style="text-align:left;padding:2px 8px">${escapeHtml(h)}</th>`)
            .join('') +
          '</tr>',
      );
      for (const r of late.slice(0, maxRows)) {
        const cells = rowCells(r, o);
        text.push(`  ${cells.filter((x) => x !== '').join(' · ')}`);
        html.push(
          '<tr>' +
            cells.map((x) => `<td style="padding:2px 8px">${escapeHtml(x)}</td>`).join('') +
            '</tr>',
        );
      }
      html.push('</table>');
      if (late.length > maxRows) {
        const more = t(lang, 'digest.more', { count: late.length - maxRows });
        text.push(`  ${more}`);
        html.push(`<p>${escapeHtml(more)}</p>`);
      }
    }
    if (m.overview.workload.length > 0) {
      text.push('', `${t(lang, 'digest.workload')}:`);
      html.push(`<h3 style="font-size:14px">${escapeHtml(t(lang, 'digest.workload'))}</h3><ul>`);
      for (const w of m.overview.workload) {
        const who = w.assignee.name || w.assignee.address;
        const line = `${who}: ${t(lang, 'col.open')} ${w.open}, ${t(lang, 'col.overdue')} ${w.overdue}`;
        text.push(`  ${line}`);
        html.push(`<li>${escapeHtml(line)}</li>`);
      }
      html.push('</ul>');
    }
    text.push('');
  }
  text.push(t(lang, 'digest.footer'));
  html.push(`<p style="color:#555">${escapeHtml(t(lang, 'digest.footer'))}</p></body></html>`);
  return {
    subject,
    text: text.join('\r\n') + '\r\n',
    html: html.join('\n'),
    fileName: `${t(lang, 'digest.file')}-${day}.txt`,
  };
}
