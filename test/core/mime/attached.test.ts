/**
 * Attached messages as the send runtime and the read pane read them
 * (readMessageSimple): messages in messages read in one go, within the
 * reader's limits, and what lies past them said.
 */
import { inspectAttachment } from '../../../src/core/attachments';
import { looksLikeMessage, readMessageSimple } from '../../../src/core/attachments/message';
import type { ParsedMessage } from '../../../src/core/attachments/message';
import { MIME_LIMITS } from '../../../src/core/mime/read';
import { Meter } from '../../../src/core/metering/meter';

const CRLF = '\r\n';
const FNR = '13097248022';
const bytes = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

/** A message forwarded `depth` times: each level has a line of text and the level below attached. */
function chain(depth: number, bottom: string): string {
  let eml = `Subject: Lag ${depth}${CRLF}Content-Type: text/plain${CRLF}${CRLF}${bottom}`;
  for (let level = depth - 1; level >= 1; level--) {
    eml = [
      `Subject: Lag ${level}`,
      `Content-Type: multipart/mixed; boundary="lag${level}"`,
      '',
      `--lag${level}`,
      'Content-Type: text/plain',
      '',
      `Videresendt, lag ${level}.`,
      `--lag${level}`,
      'Content-Type: message/rfc822',
      `Content-Disposition: attachment; filename="lag-${level + 1}.eml"`,
      '',
      eml,
      `--lag${level}--`,
    ].join(CRLF);
  }
  return eml;
}

/** The innermost message of a chain read by readMessageSimple, and how deep it is. */
function bottomOf(m: ParsedMessage): { message: ParsedMessage; depth: number } {
  let message = m;
  let depth = 1;
  for (;;) {
    const next = message.attachments.find((a) => a.message !== undefined)?.message;
    if (!next) return { message, depth };
    message = next;
    depth++;
  }
}

describe('messages attached to attached messages', () => {
  it('reads a chain 12 deep in one go, down to the ID number at the bottom', () => {
    const m = readMessageSimple(bytes(chain(12, `Fnr ${FNR}`)));
    const { message, depth } = bottomOf(m);
    expect(depth).toBe(12);
    expect(message.subject).toBe('Lag 12');
    expect(message.body).toBe(`Fnr ${FNR}`);
    expect(m.findings).toBeUndefined();
  });

  it('stops a chain 60 deep at the nesting limit and says so, without reading it again', () => {
    const m = readMessageSimple(bytes(chain(60, `Fnr ${FNR}`)));
    const { message, depth } = bottomOf(m);
    // The message and fifty levels of messages in it are read; below them is
    // the placeholder that says why not.
    expect(depth).toBe(1 + MIME_LIMITS.maxMessages + 1);
    expect(m.findings).toEqual([
      { code: 'attachment.not-inspected', params: { reason: 'nesting' } },
    ]);
    expect(message.findings).toEqual([
      { code: 'attachment.not-inspected', params: { reason: 'nesting' } },
    ]);
    expect(message.attachments).toEqual([]);
  });

  it('shares the part limit between a message and the messages in it', () => {
    const many = (n: number): string =>
      [
        'Subject: Mange',
        'Content-Type: multipart/mixed; boundary=p',
        '',
        ...Array.from(
          { length: n },
          (_, i) => `--p${CRLF}Content-Type: text/plain${CRLF}${CRLF}${i}`,
        ),
        '--p--',
      ].join(CRLF);
    const outer = [
      'Subject: Ytre',
      'Content-Type: multipart/mixed; boundary=o',
      '',
      ...Array.from(
        { length: 3 },
        () => `--o${CRLF}Content-Type: message/rfc822${CRLF}${CRLF}${many(4000)}`,
      ),
      '--o--',
    ].join(CRLF);
    const m = readMessageSimple(bytes(outer));
    expect(m.findings).toContainEqual({
      code: 'attachment.not-inspected',
      params: { reason: 'parts' },
    });
  });

  it('gives the inspector the program and the ID number 12 levels down, named', async () => {
    const program = Buffer.from('MZ\u0090\u0000\u0003\u0000\u0000\u0000').toString('base64');
    const bottom = [`Fnr ${FNR}`].join(CRLF);
    const eml = chain(12, bottom).replace(
      `Subject: Lag 12${CRLF}Content-Type: text/plain${CRLF}${CRLF}${bottom}`,
      [
        'Subject: Lag 12',
        'Content-Type: multipart/mixed; boundary=botn',
        '',
        '--botn',
        'Content-Type: text/plain',
        '',
        bottom,
        '--botn',
        'Content-Type: application/octet-stream; name=faktura.exe',
        'Content-Disposition: attachment; filename=faktura.exe',
        'Content-Transfer-Encoding: base64',
        '',
        program,
        '--botn--',
      ].join(CRLF),
    );
    const r = await inspectAttachment({ name: 'videresendt.eml', bytes: bytes(eml) });
    expect(r.text).toContain(`Fnr ${FNR}`);
    const risky = r.findings.find((f) => f.code === 'attachment.risky.executable');
    expect(String(risky?.params?.['entry'])).toMatch(/faktura\.exe$/);
  });

  it('reads a chain with work linear in its size when the chain grows deeper', () => {
    const steps = (depth: number): number => {
      const meter = new Meter();
      readMessageSimple(bytes(chain(depth, `Fnr ${FNR}`)), { meter });
      return meter.steps;
    };
    // Every level is read in the same pass: no level reads the ones below it again.
    expect(steps(40) / steps(10)).toBeLessThanOrEqual(4.5);
  });

  it('reads a chain with work linear in its size', () => {
    const steps = (n: number): number => {
      const meter = new Meter();
      readMessageSimple(bytes(chain(10, `${'Linje med tekst.\r\n'.repeat(n)}Fnr ${FNR}`)), {
        meter,
      });
      return meter.steps;
    };
    expect(steps(40_000) / steps(10_000)).toBeLessThanOrEqual(4.5);
  });
});

describe('what looks like a message when it has no name or type', () => {
  it.each<[string, string, boolean]>([
    ['two fields, one every mail has', 'From: a@example.net\r\nX-Mailer: x\r\n\r\nHei', true],
    ['fields with LF line ends and a folded one', 'Subject: a\n b\nTo: c@d.no\n\nx', true],
    ['one field only', 'Subject: a\r\n\r\nx', false],
    ['two fields no mail has', 'X-A: 1\r\nX-B: 2\r\n\r\n', false],
    ['plain text', 'Hei, her er teksten.\r\nMed to linjer.', false],
    ['a continuation line first', ' Subject: a\r\nTo: b\r\n', false],
    ['binary', '\u0000\u0001\u0002From: a', false],
  ])('%s', (_name, text, expected) => {
    expect(looksLikeMessage(bytes(text))).toBe(expected);
  });
});
