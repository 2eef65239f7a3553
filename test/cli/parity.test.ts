/**
 * `arkivpost check` decides as the send check in Outlook would. The same
 * .eml goes two ways: through the command line (its own snapshot of the
 * .eml), and into the Office.js emulator's compose form, read by the
 * Outlook host adapter (readComposeSnapshot) and checked with the options
 * the send handler passes. Both must give the same decision and findings.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installOffice } from '../../dev/emulator';
import type { EmulatorController } from '../../dev/emulator';
import type { AttachmentState } from '../../dev/emulator/types';
import { outlookCheckOptions } from '../../src/cli/snapshot';
import { run } from '../../src/cli/main';
import type { Io } from '../../src/cli/main';
import { checkCompose } from '../../src/core/compose/decide';
import { MAX_ATTACHMENT_BYTES } from '../../src/core/compose/limits';
import { isInlinePart, isMessagePart, readEml } from '../../src/core/mime/eml';
import { readSubject } from '../../src/core/mime/read';
import { readComposeSnapshot } from '../../src/host/office/compose';
import { loadProfile, PROFILE_DIR } from '../support/profiles';

const ha = loadProfile('ha-kommune');
const POST = {
  emailAddress: 'post@ha.kommune.no',
  displayName: 'Hå kommune',
  kind: 'shared' as const,
};
const FNR = '13097248022';
const CRLF = '\r\n';

let controller: EmulatorController;
let dir: string;

beforeAll(() => {
  controller = installOffice(globalThis, {
    displayLanguage: 'nn-NO',
    mailbox: POST,
    user: { emailAddress: 'kari.nordmann@ha.kommune.no', displayName: 'Kari Nordmann' },
    organizationDomains: ha.domains,
    item: null,
  });
  dir = mkdtempSync(join(tmpdir(), 'arkivpost-parity-'));
});

afterAll(() => {
  controller.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const b64 = (b: Uint8Array | string): string =>
  (typeof b === 'string' ? Buffer.from(b, 'utf8') : Buffer.from(b))
    .toString('base64')
    .replace(/.{76}/g, `$&${CRLF}`);

interface Part {
  readonly headers: readonly string[];
  readonly body: string;
}

const text = (t: string): Part => ({
  headers: ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: base64'],
  body: b64(t),
});
const file = (
  name: string,
  bytes: Uint8Array | string,
  type = 'application/octet-stream',
): Part => ({
  headers: [
    `Content-Type: ${type}; name="${name}"`,
    `Content-Disposition: attachment; filename="${name}"`,
    'Content-Transfer-Encoding: base64',
  ],
  body: b64(bytes),
});
const attached = (eml: string): Part => ({
  headers: ['Content-Type: message/rfc822', 'Content-Disposition: attachment'],
  body: eml,
});

function message(subject: string, parts: readonly Part[], extra: readonly string[] = []): string {
  const head = [
    'From: Hå kommune <post@ha.kommune.no>',
    'To: Ola Innbyggjar <ola.innbyggjar@example.net>',
    `Subject: =?utf-8?B?${Buffer.from(subject).toString('base64')}?=`,
    'Date: Tue, 03 Mar 2026 09:30:00 +0100',
    'Message-ID: <parity@ha.kommune.no>',
    'MIME-Version: 1.0',
    ...extra,
  ];
  const chunks = [...head, 'Content-Type: multipart/mixed; boundary="=_p"', '', ''].join(CRLF);
  return (
    chunks +
    parts.map((p) => `--=_p${CRLF}${p.headers.join(CRLF)}${CRLF}${CRLF}${p.body}${CRLF}`).join('') +
    `--=_p--${CRLF}`
  );
}

/** Multiparts `depth` deep around a text part. */
function nested(depth: number, inner: string): string {
  const lines = ['From: a@example.net', 'Subject: Djupt'];
  for (let i = 0; i < depth; i++)
    lines.push(`Content-Type: multipart/mixed; boundary="n${i}"`, '', `--n${i}`);
  lines.push('Content-Type: text/plain', '', inner);
  for (let i = depth - 1; i >= 0; i--) lines.push(`--n${i}--`);
  return lines.join(CRLF);
}

function manyParts(count: number, last: string): string {
  const lines = [
    'From: a@example.net',
    'Subject: Mange',
    'Content-Type: multipart/mixed; boundary=p',
    '',
  ];
  for (let i = 0; i < count; i++)
    lines.push('--p', 'Content-Type: text/plain', '', i === count - 1 ? last : `${i}`);
  lines.push('--p--');
  return lines.join(CRLF);
}

const utf16 = (s: string): Uint8Array =>
  new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]));
const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1024 * 1024).fill(0x41);

const CASES: ReadonlyArray<readonly [string, string]> = [
  ['an ordinary answer', message('Svar på søknad', [text('Søknaden er motteken.')])],
  ['a fødselsnummer in the subject', message(`Vedtak for ${FNR}`, [text('Sjå vedlegg.')])],
  [
    'health data in the body',
    message('Elev', [text('Eleven er innlagd på psykiatrisk avdeling.')]),
  ],
  [
    'a program attached',
    message('Faktura', [text('Vedlagt.'), file('faktura.pdf.exe', 'MZ\u0090\u0000')]),
  ],
  [
    'an attached message with an ID number',
    message('Vidaresendt', [
      text('Sjå under.'),
      attached(
        `Subject: Søknad${CRLF}Content-Type: text/plain; charset=utf-8${CRLF}${CRLF}Fnr ${FNR}`,
      ),
    ]),
  ],
  [
    'an attached message 60 multiparts deep',
    message('Djup', [text('Sjå vedlegg.'), attached(nested(60, `Fnr ${FNR}`))]),
  ],
  [
    'an attached message with 12,000 parts',
    message('Mange', [text('Sjå vedlegg.'), attached(manyParts(12_000, `Fnr ${FNR}`))]),
  ],
  [
    'a UTF-16 text file',
    message('Liste', [text('Vedlagt.'), file('liste.txt', utf16(`Fnr ${FNR}`), 'text/plain')]),
  ],
  ['an attachment past the size bound', message('Stor', [text('Vedlagt.'), file('stor.bin', big)])],
  [
    'an HTML-only body with an inline image',
    message('Nyheit', [
      {
        headers: ['Content-Type: multipart/related; boundary=r'],
        body: [
          '--r',
          'Content-Type: text/html; charset=utf-8',
          '',
          `<p>Fnr&nbsp;${FNR}</p><img src="cid:logo">`,
          '--r',
          'Content-Type: image/png',
          'Content-ID: <logo>',
          'Content-Disposition: inline; filename="logo.png"',
          'Content-Transfer-Encoding: base64',
          '',
          b64(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
          '--r--',
        ].join(CRLF),
      },
    ]),
  ],
  [
    'a reply to all',
    message(
      'Sv: Søknad',
      [text('Takk for søknaden.')],
      ['Cc: Per <per@example.net>', 'In-Reply-To: <a@example.net>'],
    ),
  ],
];

function cliIo(out: string[]): Io {
  return {
    stdout: (s) => out.push(s),
    stderr: (s) => out.push(s),
    readStdin: async () => new Uint8Array(0),
    clock: { now: () => new Date() },
    env: {},
  };
}

interface Decided {
  readonly decision: string;
  readonly findings: readonly string[];
}

function summary(decision: string, findings: readonly Record<string, unknown>[]): Decided {
  return {
    decision,
    findings: findings
      .map(
        (f) =>
          `${String(f['severity'])} ${String(f['code'])} ${String(f['attachment'] ?? '')} ${JSON.stringify(f['params'] ?? {})}`,
      )
      .sort(),
  };
}

async function viaCli(eml: string, name: string): Promise<Decided> {
  const path = join(dir, `${name.replace(/\W+/g, '-')}.eml`);
  writeFileSync(path, eml, 'utf8');
  const out: string[] = [];
  const code = await run(
    [
      'check',
      path,
      '--profile',
      join(PROFILE_DIR, 'ha-kommune.json'),
      '--from',
      POST.emailAddress,
      '--json',
    ],
    cliIo(out),
  );
  expect(code).toBe(0);
  const r = JSON.parse(out.join('\n')) as { decision: string; findings: Record<string, unknown>[] };
  return summary(r.decision, r.findings);
}

/** The .eml as someone would have written it in Outlook: its fields, body and attachments. */
async function viaOutlook(eml: string): Promise<Decided> {
  const mime = readEml(new Uint8Array(Buffer.from(eml, 'utf8')));
  const attachments: AttachmentState[] = mime.attachments.map((a, i) =>
    isMessagePart(a)
      ? {
          attachmentType: 'item',
          name: readSubject(a.bytes) || a.name || 'message',
          eml: new TextDecoder().decode(a.bytes),
        }
      : {
          attachmentType: 'file',
          name: a.name ?? `attachment-${i + 1}`,
          bytes: a.bytes,
          ...(isInlinePart(a) ? { isInline: true } : {}),
        },
  );
  controller.setMailbox(POST);
  controller.newMessage({
    bodyType: 'text',
    subject: mime.subject,
    body: mime.text,
    to: mime.to.map((a) => ({ emailAddress: a.address, displayName: a.name ?? a.address })),
    cc: mime.cc.map((a) => ({ emailAddress: a.address, displayName: a.name ?? a.address })),
    attachments,
    ...(mime.inReplyTo !== undefined
      ? { composeType: 'reply' as Office.MailboxEnums.ComposeType }
      : {}),
  });
  const snapshot = await readComposeSnapshot(Office.context.mailbox.item as Office.MessageCompose, {
    maxAttachmentBytes: MAX_ATTACHMENT_BYTES,
  });
  const result = await checkCompose(snapshot, ha, outlookCheckOptions());
  return summary(
    result.decision,
    result.findings.map((f) => ({ ...f }) as Record<string, unknown>),
  );
}

describe('the command line and Outlook decide alike', () => {
  it.each(CASES)('%s', async (name, eml) => {
    const outlook = await viaOutlook(eml);
    const cli = await viaCli(eml, name);
    expect(cli).toEqual(outlook);
  });

  it('warns, in both, about what an attached message hides past the reader’s limits', async () => {
    for (const name of [
      'an attached message 60 multiparts deep',
      'an attached message with 12,000 parts',
    ]) {
      const eml = (CASES.find((c) => c[0] === name) as readonly [string, string])[1];
      const cli = await viaCli(eml, name);
      expect(cli.decision).not.toBe('allow');
      expect(cli.findings.some((f) => f.includes('attachment.not-inspected'))).toBe(true);
    }
  });
});
