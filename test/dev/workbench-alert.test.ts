/**
 * The workbench's Smart Alerts dialog reads the add-in's alert as Outlook
 * does: Markdown (Mailbox 1.15) with CommonMark's backslash escapes, so a file
 * name shows as it is; plain text (1.12–1.14) with its line breaks.
 */
import { checkCompose } from '../../src/core/compose/decide';
import { renderAlert } from '../../src/core/compose/render';
import { alertText, inlineMarkdown, markdownAlert, plainAlert } from '../../dev/workbench/alert';
import { loadProfile } from '../support/profiles';
import { snapshot } from '../support/snapshot';

const ha = loadProfile('ha-kommune');

/** A program's first bytes, so the attachment is risky whatever its name. */
const PROGRAM = (() => {
  const b = new Uint8Array(256);
  b.set([0x4d, 0x5a, 0x90, 0x00]);
  b[0x3c] = 0x80;
  b.set([0x50, 0x45, 0, 0], 0x80);
  return b;
})();

const strip = (s: string): string => s.replace(/[\u2068\u2069]/g, '');

describe('the Markdown alert', () => {
  it.each([
    'dss__pdf_utkast.exe',
    'a\\b\\\\c.exe',
    '**fet** _skrå_ *x*.exe',
    'snake_case_name.exe',
    '130972*****.exe',
    'post@ha.kommune.no www.example.no.exe',
  ])('shows the file name %s exactly as it is, as the plain alert does', async (name) => {
    const r = await checkCompose(
      snapshot({ attachments: [{ name, size: PROGRAM.length, bytes: PROGRAM }] }),
      ha,
    );
    const alert = renderAlert(r, 'nn');
    const shown = strip(alertText(markdownAlert(alert.markdown)));
    expect(shown).toContain(name);
    // Word for word what the plain text alert says.
    expect(shown).toBe(strip(alertText(plainAlert(alert.text))));
  });

  it('makes the title bold and each problem a list item', () => {
    const blocks = markdownAlert('**Arkivpost stoppa sendinga:**\n- Éin\n- To _her_\n… og 2 til');
    expect(blocks.map((b) => b.kind)).toEqual(['p', 'ul', 'p']);
    expect(blocks[0]).toEqual({
      kind: 'p',
      lines: [
        [{ kind: 'strong', children: [{ kind: 'text', text: 'Arkivpost stoppa sendinga:' }] }],
      ],
    });
    expect(blocks[1]).toEqual({
      kind: 'ul',
      items: [
        [{ kind: 'text', text: 'Éin' }],
        [
          { kind: 'text', text: 'To ' },
          { kind: 'em', children: [{ kind: 'text', text: 'her' }] },
        ],
      ],
    });
  });

  it('reads escapes, intraword underscores and unclosed delimiters as text', () => {
    expect(inlineMarkdown('dss\\_\\_pdf')).toEqual([{ kind: 'text', text: 'dss__pdf' }]);
    expect(inlineMarkdown('dss__pdf')).toEqual([{ kind: 'text', text: 'dss__pdf' }]);
    expect(inlineMarkdown('**open and _shut_')).toEqual([
      { kind: 'text', text: '**open and ' },
      { kind: 'em', children: [{ kind: 'text', text: 'shut' }] },
    ]);
    expect(inlineMarkdown('a \\\\ b \\x')).toEqual([{ kind: 'text', text: 'a \\ b \\x' }]);
  });

  it('numbers a numbered list', () => {
    expect(alertText(markdownAlert('1. ein\n2. to'))).toBe('1. ein\n2. to');
  });

  it('reads a long hostile line in linear time', () => {
    const line = '*_'.repeat(200_000) + '\\';
    const start = Date.now();
    expect(alertText(markdownAlert(line)).length).toBe(line.length);
    expect(Date.now() - start).toBeLessThan(2_000);
  });
});

describe('the plain text alert (Mailbox 1.12–1.14)', () => {
  it('keeps every line on a line of its own, and formats nothing', async () => {
    const r = await checkCompose(
      snapshot({
        subject: 'Vedtak for 13097248022',
        attachments: [{ name: 'dss__pdf.exe', size: PROGRAM.length, bytes: PROGRAM }],
      }),
      ha,
    );
    const alert = renderAlert(r, 'nn');
    const blocks = plainAlert(alert.text);
    expect(blocks).toHaveLength(1);
    const lines = blocks[0]?.kind === 'p' ? blocks[0].lines : [];
    expect(lines.length).toBe(alert.text.split('\n').length);
    expect(lines.length).toBeGreaterThan(2);
    expect(alertText(blocks)).toBe(alert.text);
  });

  it('starts a new paragraph at a blank line', () => {
    expect(plainAlert('a\nb\n\nc').map((b) => (b.kind === 'p' ? b.lines.length : 0))).toEqual([
      2, 1,
    ]);
  });
});
