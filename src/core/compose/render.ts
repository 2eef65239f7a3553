/**
 * Smart Alerts text for the send check. Outlook shows `errorMessage` as
 * plain text (at most 500 characters) and, from Mailbox 1.15,
 * `errorMessageMarkdown` (also at most 500): bold, italics, bullets.
 *
 * What the user or a sender wrote (file names, addresses, quoted text) is
 * never trusted in a sentence: it is put on one line, stripped of direction
 * controls and wrapped in Unicode isolates (FSI … PDI), so a right-to-left
 * override in a file name cannot turn the rest of the alert around; in the
 * Markdown every character the renderer could read as formatting, a link or
 * HTML is escaped. Our own sentences hold no Markdown characters at all (a
 * test keeps it so), so escaping what goes into them is enough.
 */
import { hasKey } from '../i18n/describe';
import type { Describe } from '../i18n/describe';
import { describeSendCode, tSend as t } from './send-catalog';
import type { Finding, Lang } from '../model';
import { Meter } from '../metering/meter';
import type { ComposeResult } from './decide';
import { FSI, PDI, escapeMarkdown, oneLine } from './names';

export { escapeMarkdown, isolateName, oneLine } from './names';

export const ALERT_MAX_CHARS = 500;

/** Attachment names listed in one grouped alert line before "and N more". */
const MAX_GROUP_NAMES = 3;

/** How someone else's text is put into a sentence: plain, or for Markdown. */
type Style = (value: string) => string;
const PLAIN: Style = oneLine;
const MARKDOWN: Style = (v) => escapeMarkdown(oneLine(v));

/** Params that name something (a file, an address, quoted text): isolated. */
const NAME_PARAMS: ReadonlySet<string> = new Set([
  'attachment',
  'entry',
  'text',
  'from',
  'mailbox',
  'mailboxName',
  'reference',
  'value',
  'name',
  'names',
  'shown',
  'real',
  'basis',
  'recordedIn',
]);

function styledParams(
  params: Readonly<Record<string, string | number>>,
  style: Style,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const key of Object.keys(params)) {
    const v = params[key];
    if (typeof v !== 'string') {
      if (v !== undefined) out[key] = v;
      continue;
    }
    out[key] = NAME_PARAMS.has(key) ? FSI + style(v) + PDI : style(v);
  }
  return out;
}

function capitalise(s: string): string {
  // A sentence may begin with a name (FSI first): capitalise the first letter after it.
  const i = s.charAt(0) === FSI ? 1 : 0;
  return s.length <= i ? s : s.slice(0, i) + s.charAt(i).toLocaleUpperCase() + s.slice(i + 1);
}

/** Why something was not inspected, as words in the user's language. */
function reasonOf(
  f: Finding,
  lang: Lang,
  params: Readonly<Record<string, string | number>>,
): string {
  switch (f.code) {
    case 'attachment.too-large':
      return f.params?.['bound'] === 'text'
        ? t(lang, 'reason.too-large.text')
        : t(lang, 'reason.too-large', params);
    case 'attachment.truncated':
      return t(lang, 'reason.truncated');
    case 'attachment.unreadable':
      return t(lang, 'reason.unreadable');
    default: {
      const reason = `reason.${String(f.params?.['reason'] ?? 'other')}`;
      return t(lang, hasKey(t, reason) ? reason : 'reason.other', params);
    }
  }
}

/** The noun phrase for what was found, used inside a check's sentence. */
function whatOf(
  f: Finding,
  lang: Lang,
  params: Readonly<Record<string, string | number>>,
  style: Style,
): string {
  const raw = f.text ?? '';
  const text = FSI + style(raw) + PDI;
  if (f.category === 'confidentiality') {
    const basis = f.params?.['basis'];
    const squash = (x: string): string => x.toLowerCase().replace(/[\s.]+/g, '');
    // Both are short detector matches (a marking and its legal basis).
    const shown =
      basis !== undefined && !squash(raw).includes(squash(String(basis)))
        ? `${text} (${FSI}${style(String(basis))}${PDI})`
        : text;
    return t(lang, 'label.marking', { text: shown });
  }
  const label = `label.${f.code}`;
  if (hasKey(t, label)) return t(lang, label, { ...params, text });
  // Attachment findings have sentences of their own: use them without the full stop.
  return describeSendCode(lang, f.code, params).replace(/[.。]\s*$/, '');
}

/**
 * What a check's sentence adds for the kind of finding it made: which kind of
 * exemption a marking cites; where electronic consent is recorded.
 */
function moreOf(f: Finding, lang: Lang, params: Readonly<Record<string, string | number>>): string {
  const key =
    f.check === 'exempt-external' && f.params?.['exemption'] !== undefined
      ? `exempt.${String(f.params['exemption'])}`
      : f.check === 'electronic-consent' && params['recordedIn'] !== undefined
        ? 'consent.recorded'
        : null;
  return key !== null && hasKey(t, key) ? ` ${t(lang, key, params)}` : '';
}

function describeStyled(f: Finding, lang: Lang, report: Describe, style: Style): string {
  const raw: Record<string, string | number> = { ...(f.params ?? {}) };
  if (f.attachment !== undefined) raw['attachment'] = f.attachment;
  // Where electronic consent is recorded, in the user's language where the profile has it.
  const recordedIn = raw[`recordedIn.${lang}`];
  if (recordedIn !== undefined) raw['recordedIn'] = recordedIn;
  const params = styledParams(raw, style);
  if (f.code === 'attachment.not-inspected' && f.params?.['reason'] !== undefined)
    params['reason'] = reasonOf(f, lang, params);
  if (f.code === 'mailbox.personal') {
    const reason = f.params?.['reason'];
    const key = f.params?.['mailbox']
      ? `mailbox.personal.${String(reason)}`
      : 'mailbox.personal.no-suggestion';
    return describeSendCode(lang, key, params);
  }
  if (f.check === 'uninspected') {
    const where =
      f.params?.['entry'] !== undefined && f.attachment !== undefined
        ? t(lang, 'part.entry', params)
        : describeSendCode(lang, `part.${f.part}`, params);
    return capitalise(t(lang, 'check.uninspected', { what: reasonOf(f, lang, params), where }));
  }
  if (f.check !== undefined && f.check !== 'good-practice') {
    const what = whatOf(f, lang, params, style);
    // The check findings are in the subject, body or attachments; `recipients` and
    // `from` have no `part.*` text (their findings, mailbox.*, have sentences of their own).
    const where = describeSendCode(lang, `part.${f.part}`, params);
    if (f.check === 'electronic-consent') {
      const kind = `consent.${String(f.params?.['kind'])}`;
      params['kind'] = t(lang, hasKey(t, kind) ? kind : 'consent.decision');
    }
    const sentence = describeSendCode(lang, `check.${f.check}`, { ...params, what, where });
    return capitalise(sentence) + moreOf(f, lang, params);
  }
  return capitalise(report(lang, f.code, params));
}

/**
 * One sentence a user understands, for any finding of the send check. A
 * finding outside the send check (a scan report, an incoming message) has
 * its detector's own sentence: pass that surface's `Describe` as `report`.
 * Names in it are isolated (FSI … PDI) and on one line.
 */
export function describeFinding(
  f: Finding,
  lang: Lang,
  report: Describe = describeSendCode,
): string {
  return describeStyled(f, lang, report, PLAIN);
}

/** The same sentence for Markdown: what others wrote is escaped. */
export function describeFindingMarkdown(
  f: Finding,
  lang: Lang,
  report: Describe = describeSendCode,
): string {
  return describeStyled(f, lang, report, MARKDOWN);
}

export interface Alert {
  readonly text: string;
  readonly markdown: string;
}

/** A sentinel that stands for the attachment's name while findings are grouped. */
const SOMEONE = '\u0000';

interface Line {
  /** The sentence, with the first attachment's name. */
  readonly finding: Finding;
  /** Further attachments with the very same sentence. */
  readonly others: string[];
}

/**
 * The distinct problems, blocking ones first, each once: findings that say
 * the same about different attachments share a line. Linear in the findings.
 */
function alertLines(result: ComposeResult, lang: Lang, meter: Meter): Line[] {
  const byKey = new Map<string, Line>();
  const lines: Line[] = [];
  for (const severity of ['block', 'warn'] as const) {
    for (const f of result.findings) {
      meter.tick();
      if (f.severity !== severity) continue;
      const key =
        f.attachment !== undefined
          ? describeFinding({ ...f, attachment: SOMEONE }, lang)
          : describeFinding(f, lang);
      meter.tick(key.length);
      const line = byKey.get(key);
      if (line === undefined) {
        const fresh: Line = { finding: f, others: [] };
        byKey.set(key, fresh);
        lines.push(fresh);
      } else if (f.attachment !== undefined && f.attachment !== line.finding.attachment) {
        line.others.push(f.attachment);
      }
    }
  }
  return lines;
}

function sameFor(others: readonly string[], lang: Lang, style: Style): string {
  const distinct: string[] = [];
  const seen = new Set<string>();
  for (const o of others) {
    if (seen.has(o)) continue;
    seen.add(o);
    distinct.push(o);
  }
  const shown = distinct
    .slice(0, MAX_GROUP_NAMES)
    .map((n) => t(lang, 'alert.name', { name: FSI + style(n) + PDI }))
    .join(', ');
  const rest = distinct.length - MAX_GROUP_NAMES;
  const names = rest > 0 ? t(lang, 'alert.names.more', { names: shown, count: rest }) : shown;
  return t(lang, 'alert.same', { names });
}

function lineText(line: Line, lang: Lang, markdown: boolean): string {
  const style = markdown ? MARKDOWN : PLAIN;
  const sentence = markdown
    ? describeFindingMarkdown(line.finding, lang)
    : describeFinding(line.finding, lang);
  return line.others.length === 0 ? sentence : `${sentence} ${sameFor(line.others, lang, style)}`;
}

/**
 * The alert for a result: a heading, then one line per distinct problem,
 * blocking ones first; what does not fit is counted in a last line. Linear
 * in the findings; `meter` counts the work (for tests).
 */
export function renderAlert(
  result: ComposeResult,
  lang: Lang,
  max = ALERT_MAX_CHARS,
  meter: Meter = new Meter(),
): Alert {
  if (result.decision === 'allow') return { text: '', markdown: '' };
  const lines = alertLines(result, lang, meter);
  const title = t(lang, result.decision === 'block' ? 'alert.block' : 'alert.warn');
  const bullet = (prefix: string, markdown: boolean) => (l: Line) => {
    const s = `${prefix}${lineText(l, lang, markdown)}`;
    meter.tick(s.length + l.others.length);
    return s;
  };
  return {
    text: fit(title, lines, bullet('• ', false), lang, max),
    markdown: fit(`**${title}**`, lines, bullet('- ', true), lang, max),
  };
}

/**
 * As many lines as fit in `max` characters, then the count of the rest.
 * Linear: a line is written only while the text so far still fits (each line
 * is several characters long, so at most `max` lines are ever written), then
 * the longest fitting head is found walking back over those.
 */
function fit(
  title: string,
  lines: readonly Line[],
  bullet: (l: Line) => string,
  lang: Lang,
  max: number,
): string {
  const sep = '\n';
  const more = (count: number): string => sep + t(lang, 'alert.more', { count });
  const parts: string[] = [];
  const lengths: number[] = [title.length];
  let total = title.length;
  for (const line of lines) {
    if (total > max) break;
    const part = sep + bullet(line);
    parts.push(part);
    total += part.length;
    lengths.push(total);
  }
  for (let k = parts.length; k >= 0; k--) {
    const tail = k < lines.length ? more(lines.length - k) : '';
    if ((lengths[k] as number) + tail.length <= max)
      return title + parts.slice(0, k).join('') + tail;
  }
  // Even the title and the count do not fit: cut hard, never exceed the limit,
  // and close every isolate the cut left open.
  let cut = (title + (parts[0] ?? '')).slice(0, Math.max(0, max - 4));
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  let open = 0;
  for (let i = 0; i < cut.length; i++) {
    const c = cut.charAt(i);
    if (c === FSI) open++;
    else if (c === PDI && open > 0) open--;
  }
  return cut + PDI.repeat(Math.min(open, 3)) + '…';
}
