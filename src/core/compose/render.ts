/**
 * Smart Alerts text for the send check. Outlook shows `errorMessage` as
 * plain text (at most 500 characters) and, from Mailbox 1.15,
 * `errorMessageMarkdown` (also at most 500): bold, italics, bullets.
 */
import { hasSendMessage as hasMessage, tSend as t } from '../i18n/send-catalog';
import type { Finding, Lang } from '../model';
import type { ComposeResult } from './decide';

export const ALERT_MAX_CHARS = 500;

function capitalise(s: string): string {
  return s.length === 0 ? s : s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

/** The noun phrase for what was found, used inside a check's sentence. */
function whatOf(f: Finding, lang: Lang, params: Readonly<Record<string, string | number>>): string {
  const text = f.text ?? '';
  if (f.category === 'confidentiality') {
    const basis = f.params?.['basis'];
    const squash = (x: string): string => x.toLowerCase().replace(/[\s.]+/g, '');
    const shown =
      basis !== undefined && !squash(text).includes(squash(String(basis)))
        ? `${text} (${basis})`
        : text;
    return t(lang, 'label.marking', { text: shown });
  }
  const label = `label.${f.code}`;
  if (hasMessage(lang, label)) return t(lang, label, { ...params, text });
  // Attachment findings have sentences of their own: use them without the full stop.
  return t(lang, f.code, params).replace(/[.。]\s*$/, '');
}

type Translate = (
  lang: Lang,
  key: string,
  params?: Readonly<Record<string, string | number>>,
) => string;

/**
 * One sentence a user understands, for any finding of the send check. A
 * finding outside the send check (a scan report, an incoming message) has
 * its detector's own sentence: pass the full catalog's `t` as `report`.
 */
export function describeFinding(f: Finding, lang: Lang, report: Translate = t): string {
  const params: Record<string, string | number> = { ...(f.params ?? {}) };
  if (f.attachment !== undefined) params['attachment'] = f.attachment;
  if (f.code === 'mailbox.personal') {
    const reason = f.params?.['reason'];
    const key = f.params?.['mailbox']
      ? `mailbox.personal.${String(reason)}`
      : 'mailbox.personal.no-suggestion';
    return t(lang, key, params);
  }
  if (f.check !== undefined && f.check !== 'good-practice') {
    const what = whatOf(f, lang, params);
    const where = t(lang, `part.${f.part}`, params);
    return capitalise(t(lang, `check.${f.check}`, { ...params, what, where }));
  }
  return capitalise(report(lang, f.code, params));
}

/**
 * Markdown would read `*`, `_`, `[` … in a file name or a quoted text as
 * formatting. Only the characters that format anywhere in a line are
 * escaped: our lines never start with text of the user's.
 */
function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_[\]])/g, '\\$1');
}

export interface Alert {
  readonly text: string;
  readonly markdown: string;
}

/**
 * The alert for a result: a heading, then one line per distinct problem,
 * blocking ones first; what does not fit is counted in a last line.
 */
export function renderAlert(result: ComposeResult, lang: Lang, max = ALERT_MAX_CHARS): Alert {
  if (result.decision === 'allow') return { text: '', markdown: '' };
  const seen = new Set<string>();
  const lines: string[] = [];
  const ordered = [...result.findings]
    .filter((f) => f.severity !== 'info')
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'block' ? -1 : 1));
  for (const f of ordered) {
    const line = describeFinding(f, lang);
    if (seen.has(line)) continue;
    seen.add(line);
    lines.push(line);
  }
  const title = t(lang, result.decision === 'block' ? 'alert.block' : 'alert.warn');
  return {
    text: fit(title, lines, (l) => `• ${l}`, '\n', lang, max),
    markdown: fit(
      `**${escapeMarkdown(title)}**`,
      lines,
      (l) => `- ${escapeMarkdown(l)}`,
      '\n',
      lang,
      max,
    ),
  };
}

function fit(
  title: string,
  lines: readonly string[],
  bullet: (l: string) => string,
  sep: string,
  lang: Lang,
  max: number,
): string {
  for (let shown = lines.length; shown >= 0; shown--) {
    const parts = [title, ...lines.slice(0, shown).map(bullet)];
    if (shown < lines.length) parts.push(t(lang, 'alert.more', { count: lines.length - shown }));
    const out = parts.join(sep);
    if (out.length <= max) return out;
  }
  // Even the title and the count do not fit: cut hard, never exceed the limit.
  return `${title}${sep}${bullet(lines[0] ?? '')}`.slice(0, max - 1) + '…';
}
