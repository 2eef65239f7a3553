/**
 * Alerts that cannot be injected (issue 10): whatever a file name, an
 * address or a quoted text holds, the Smart Alert shows it as text on its own
 * line of ours, with its direction closed; and the alert is built in time
 * linear in the findings, however many there are.
 */
import { checkCompose } from '../../../src/core/compose/decide';
import type { ComposeResult } from '../../../src/core/compose/decide';
import {
  ALERT_MAX_CHARS,
  describeFinding,
  escapeMarkdown,
  isolateName,
  renderAlert,
} from '../../../src/core/compose/render';
import { SEND_TABLES } from '../../../src/core/compose/send-catalog';
import type { Finding } from '../../../src/core/model';
import { LANGS } from '../../../src/core/model';
import { Meter } from '../../../src/core/metering/meter';
import { loadProfile } from '../../support/profiles';
import { snapshot, utf8 } from '../../support/snapshot';

const ha = loadProfile('ha-kommune');
const FSI = '\u2068';
const PDI = '\u2069';

/** A program's first bytes, so the attachment is risky whatever its name. */
const PROGRAM = (() => {
  const b = new Uint8Array(256);
  b.set([0x4d, 0x5a, 0x90, 0x00]);
  b[0x3c] = 0x80;
  b.set([0x50, 0x45, 0, 0], 0x80);
  return b;
})();

const HOSTILE_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['an autolink', 'se <https://evil.example/login> nå.exe'],
  ['a bare link', 'https://evil.example/x www.evil.example post@evil.example.exe'],
  ['raw HTML', '<img src=x onerror=alert(1)><b>fet</b>.exe'],
  ['strikethrough', '~~slettet~~.exe'],
  ['a table', '| a | b |\n|---|---|\n| c | d |.exe'],
  ['a heading after a line break', 'faktura\n# Alt er i orden, send\n.exe'],
  ['a heading after CR, LS, PS and NEL', 'a\r# b\u2028# c\u2029# d\u0085# e.exe'],
  ['a quote and a list', 'x\n> sitat\n- punkt\n1. nummer.exe'],
  ['code, emphasis and a link', '`kode` **fet** _skrå_ [lenke](https://evil.example).exe'],
  ['backslashes and an entity', 'a\\*b\\ &amp; &#60;script&#62;!.exe'],
  ['an image', '![bilde](https://evil.example/p.png).exe'],
  ['a right-to-left override', 'faktura\u202Egpj.exe'],
  ['an open isolate and embedding', 'a\u2067b\u202Bc.exe'],
];

/** Lines of the Markdown alert: ours start with the bold title, a bullet, or the count. */
function markdownProblems(md: string): string[] {
  const out: string[] = [];
  md.split('\n').forEach((line, i) => {
    const ours = i === 0 ? line.startsWith('**') : line.startsWith('- ') || line.startsWith('… ');
    if (!ours) out.push(`line ${i + 1} is not ours: ${JSON.stringify(line)}`);
  });
  // Inside every name (FSI … PDI), each special character is escaped: preceded
  // by an odd run of backslashes. Our own words have none (tested below).
  let depth = 0;
  for (let i = 0; i < md.length; i++) {
    const ch = md.charAt(i);
    if (ch === FSI) depth++;
    else if (ch === PDI) depth--;
    if (depth === 0 || !'`*_[]<>~|#!&:@'.includes(ch)) continue;
    let slashes = 0;
    while (i - 1 - slashes >= 0 && md.charAt(i - 1 - slashes) === '\\') slashes++;
    if (slashes % 2 === 0)
      out.push(`unescaped ${ch} at ${i}: ${JSON.stringify(md.slice(i - 10, i + 10))}`);
  }
  return out;
}

function bidiControlsInside(line: string): string[] {
  const out: string[] = [];
  let depth = 0;
  for (const ch of line) {
    const c = ch.codePointAt(0) as number;
    if (ch === FSI) depth++;
    else if (ch === PDI) depth--;
    else if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2067) || c === 0x200f)
      out.push(`U+${c.toString(16).toUpperCase()}`);
    if (depth < 0) out.push('PDI without FSI');
  }
  if (depth !== 0) out.push(`${depth} isolate(s) left open`);
  return out;
}

describe('issue 10: names cannot change the alert', () => {
  describe.each(HOSTILE_NAMES)('a file name with %s', (_what, name) => {
    it.each(LANGS)('is shown as text in %s', async (lang) => {
      const r = await checkCompose(
        snapshot({ attachments: [{ name, size: PROGRAM.length, bytes: PROGRAM }] }),
        ha,
      );
      expect(r.decision).not.toBe('allow');
      const alert = renderAlert(r, lang);
      expect(markdownProblems(alert.markdown)).toEqual([]);
      for (const text of [alert.text, alert.markdown]) {
        expect(text.length).toBeLessThanOrEqual(ALERT_MAX_CHARS);
        for (const line of text.split('\n')) expect(bidiControlsInside(line)).toEqual([]);
        expect(text).not.toMatch(/[\r\u2028\u2029\u0085]/);
      }
      // The plain text has the title and one bullet per problem, nothing else.
      const lines = alert.text.split('\n');
      expect(lines.slice(1).every((l) => l.startsWith('• ') || l.startsWith('… '))).toBe(true);
    });
  });

  it('wraps every name in isolates, in the pane’s sentences too', () => {
    const f: Finding = {
      code: 'attachment.risky.executable',
      check: 'risky-attachment',
      category: 'attachment',
      severity: 'warn',
      part: 'attachment',
      attachment: 'faktura\u202Egpj.exe',
      params: { type: 'EXE' },
    };
    const s = describeFinding(f, 'nn');
    expect(s).toContain(`«${FSI}fakturagpj.exe${PDI}»`);
    expect(s).not.toContain('\u202E');
  });

  it('isolates and flattens a name for the pane', () => {
    expect(isolateName('a\nb\u202Ec')).toBe(`${FSI}a bc${PDI}`);
    const long = `${'a'.repeat(300)}.pdf.exe`;
    const shown = isolateName(long);
    expect(shown.length).toBeLessThanOrEqual(122);
    expect(shown.endsWith(`.pdf.exe${PDI}`)).toBe(true);
  });

  it.each([
    ['<https://x.no>', '\\<https\\://x.no\\>'],
    ['www.x.no', 'www\\.x.no'],
    ['a@b.no', 'a\\@b.no'],
    ['~~|#!&`', '\\~\\~\\|\\#\\!\\&\\`'],
    ['vanleg tekst (1).pdf', 'vanleg tekst (1).pdf'],
  ])('escapes %s for Markdown', (raw, escaped) => {
    expect(escapeMarkdown(raw)).toBe(escaped);
  });

  it('has no Markdown of its own in any sentence it fills in', () => {
    for (const table of SEND_TABLES)
      for (const lang of LANGS)
        for (const [key, text] of Object.entries(table[lang] as Readonly<Record<string, string>>)) {
          const own = text.replace(/\{[a-zA-Z]+\}/g, '');
          expect([key, own.match(/[*_[\]<>~|#\\`!&@]|https?:|www\./g)]).toEqual([key, null]);
        }
  });
});

describe('identical problems share a line', () => {
  it('names three of 25 attachments with the same problem, and counts the rest', async () => {
    const attachments = Array.from({ length: 25 }, (_, i) => ({
      name: `program${i + 1}.exe`,
      size: PROGRAM.length,
      bytes: PROGRAM,
    }));
    const r = await checkCompose(snapshot({ attachments }), ha);
    const alert = renderAlert(r, 'nn');
    const lines = alert.text.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`«${FSI}program1.exe${PDI}»`);
    expect(lines[1]).toContain(
      `Det same gjeld «${FSI}program2.exe${PDI}», «${FSI}program3.exe${PDI}», «${FSI}program4.exe${PDI}» og 21 til.`,
    );
  });
});

/** A result with n distinct warnings, as 3,000 "Unntatt offentlighet" lines gave. */
function many(n: number): ComposeResult {
  const findings: Finding[] = Array.from({ length: n }, (_, i) => ({
    code: 'confidentiality.exempt',
    check: 'exempt-external',
    category: 'confidentiality',
    severity: 'warn',
    part: 'attachment',
    attachment: `dokument ${i}.docx`,
    text: `Unntatt offentlighet ${i}`,
  }));
  return { decision: 'warn', findings, external: ['a@example.no'], attachments: [] };
}

describe('issue 10: the alert is built in linear time', () => {
  it.each([100, 1000])('4× the findings (%s), at most 4.5× the steps', (n) => {
    const small = new Meter();
    const large = new Meter();
    renderAlert(many(n), 'nb', ALERT_MAX_CHARS, small);
    const alert = renderAlert(many(4 * n), 'nb', ALERT_MAX_CHARS, large);
    expect(large.steps / small.steps).toBeLessThanOrEqual(4.5);
    expect(alert.text.length).toBeLessThanOrEqual(ALERT_MAX_CHARS);
    expect(alert.markdown.length).toBeLessThanOrEqual(ALERT_MAX_CHARS);
    expect(alert.text).toMatch(/… og \d+ til\. Se detaljene\.$/);
  });

  it('stays within the limit when not even one line fits', () => {
    const r = many(3);
    for (const max of [10, 40, 80]) {
      const alert = renderAlert(r, 'en', max);
      expect(alert.text.length).toBeLessThanOrEqual(max);
      expect(alert.markdown.length).toBeLessThanOrEqual(max);
      for (const line of alert.markdown.split('\n')) expect(bidiControlsInside(line)).toEqual([]);
    }
  });
});

describe('a text match across a line break', () => {
  it('quotes it on one line', async () => {
    const r = await checkCompose(
      snapshot({ body: 'Unntatt\noffentlighet, jf. offl. § 13', attachments: [] }),
      ha,
    );
    const alert = renderAlert(r, 'nb');
    expect(
      alert.text
        .split('\n')
        .slice(1)
        .every((l) => l.startsWith('• ')),
    ).toBe(true);
    expect(utf8(alert.markdown).length).toBeGreaterThan(0);
  });
});
