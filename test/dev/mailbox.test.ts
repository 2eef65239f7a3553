/**
 * The workbench's sample mailbox (dev/mailbox): every message parses, sits in
 * the mailbox the index says, shows what its tags promise, and is exactly
 * what dev/mailbox/build.ts makes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createOffice } from '../../dev/emulator';
import { readItemFromEml, sampleIdentity } from '../../dev/emulator/mailbox';
import type { SampleMailboxIndex, SampleMessage } from '../../dev/emulator/mailbox';
import { buildSampleMailbox } from '../../dev/mailbox/build';
import { inspectAttachment } from '../../src/core/attachments';
import { classifyMessage } from '../../src/core/classify/classify';
import { checkCompose } from '../../src/core/compose/decide';
import { parseEml } from '../../src/core/mime/eml';
import { scanText } from '../../src/core/scan';
import type { Profile } from '../../src/core/profile/types';

const DIR = join(__dirname, '..', '..', 'dev', 'mailbox');
const index = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8')) as SampleMailboxIndex;

function raw(m: SampleMessage): Buffer {
  return readFileSync(join(DIR, ...m.file.split('/')));
}

function profile(id: string): Profile {
  return JSON.parse(
    readFileSync(join(__dirname, '..', '..', 'profiles', `${id}.json`), 'utf8'),
  ) as Profile;
}

function emlOnDisk(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...emlOnDisk(path));
    else if (e.name.endsWith('.eml')) out.push(relative(DIR, path).split(sep).join('/'));
  }
  return out.sort();
}

function tagged(tag: string): SampleMessage[] {
  return index.messages.filter((m) => m.tags.includes(tag));
}

describe('the sample mailbox', () => {
  it('is exactly what dev/mailbox/build.ts makes (run scripts/make-mailbox.mjs after editing it)', () => {
    const built = buildSampleMailbox();
    expect(emlOnDisk(DIR)).toEqual(Object.keys(built.files).sort());
    for (const [path, text] of Object.entries(built.files)) {
      expect([path, readFileSync(join(DIR, ...path.split('/')), 'latin1')]).toEqual([path, text]);
    }
    expect(index).toEqual(JSON.parse(JSON.stringify(built.index)));
  });

  it.each(['ha-kommune', 'kommune-nb', 'vara-kommun', 'melleruds-kommun'])(
    'has a personal mailbox and the main function mailbox of %s, each with messages',
    (id) => {
      const p = profile(id);
      const boxes = index.mailboxes.filter((m) => m.profile === id);
      const personal = boxes.find((m) => m.kind === 'personal');
      const shared = boxes.find((m) => m.kind === 'shared');
      const main = p.mailboxes.find((m) => m.kind === 'function');
      expect(shared?.address).toBe(main?.address);
      expect(personal?.address.endsWith(`@${p.domains[0]}`)).toBe(true);
      expect(p.mailboxes.map((m) => m.address)).not.toContain(personal?.address);
      for (const b of boxes) {
        expect(b.language).toBe(p.language);
        expect(index.messages.filter((m) => m.mailbox === b.id).length).toBeGreaterThanOrEqual(3);
      }
      expect(sampleIdentity(index, shared?.id ?? '')).toEqual({
        mailbox: {
          emailAddress: shared?.address,
          displayName: shared?.displayName,
          kind: 'shared',
        },
        user: { emailAddress: personal?.address, displayName: personal?.displayName },
      });
    },
  );

  it.each([
    'citizen-request',
    'national-id',
    'threat',
    'private',
    'newsletter',
    'auto-reply',
    'building-application',
    'signature-required',
  ])('has %s messages', (tag) => {
    expect(tagged(tag).length).toBeGreaterThan(0);
  });

  it('has citizens writing in nynorsk, bokmål and Swedish', () => {
    expect(new Set(tagged('citizen-request').map((m) => m.language))).toEqual(
      new Set(['nn', 'nb', 'sv']),
    );
  });
});

describe.each(index.messages.map((m) => [m.file, m] as const))('%s', (_file, m) => {
  it('parses and lands in its mailbox', async () => {
    const bytes = raw(m);
    expect(bytes.length).toBeLessThan(200 * 1024);
    const mb = index.mailboxes.find((b) => b.id === m.mailbox);
    const parsed = await parseEml(new Uint8Array(bytes));
    if (m.folder === 'inbox') {
      expect(parsed.mailbox).toBe(mb?.address);
      expect([...parsed.to, ...parsed.cc].map((a) => a.address)).toContain(mb?.address);
      expect(parsed.receivedAt).toBeInstanceOf(Date);
    } else {
      expect(parsed.from?.address).toBe(mb?.address);
    }
    const item = await readItemFromEml(new Uint8Array(bytes), { id: m.file });
    expect(item.subject).toBe(parsed.subject);
    expect(item.subject.length).toBeGreaterThan(0);
    expect(item.body.text.length).toBeGreaterThan(0);
    expect(item.itemId).toMatch(/^AAMkAD/);
  });

  it('shows what its tags say, and nothing it should not', async () => {
    const parsed = await parseEml(new Uint8Array(raw(m)));
    const found = new Set(scanText(`${parsed.subject}\n${parsed.body}`).map((f) => f.category));
    expect(found.has('national-id')).toBe(m.tags.includes('national-id'));
    expect(found.has('threat')).toBe(m.tags.includes('threat'));
    if (m.tags.includes('newsletter')) {
      expect(parsed.headers['list-unsubscribe']).toMatch(/^<https:\/\//);
      expect(parsed.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    }
    if (m.tags.includes('auto-reply'))
      expect(parsed.headers['auto-submitted']).toBe('auto-replied');
    // R9: only the messages tagged so need a signature they do not carry.
    if (m.folder === 'inbox') {
      const box = index.mailboxes.find((b) => b.id === m.mailbox);
      const result = await classifyMessage(parsed, profile(box?.profile ?? ''));
      expect(result.signature ?? null).toEqual(
        m.tags.includes('signature-required')
          ? expect.objectContaining({ where: 'subject' })
          : null,
      );
    }
  });
});

describe('attachments of the sample messages', () => {
  it.each(tagged('building-application').map((m) => [m.file, m] as const))(
    '%s has a signed and an unsigned PDF (and a draft DOCX where tagged)',
    async (_file, m) => {
      const parsed = await parseEml(new Uint8Array(raw(m)));
      const reports = await Promise.all(
        parsed.attachments.map((a) =>
          inspectAttachment({ name: a.name, bytes: a.bytes ?? new Uint8Array(0), size: a.size }),
        ),
      );
      const signatures = reports.filter((r) => r.kind === 'pdf').map((r) => r.signature);
      expect(signatures).toEqual(['signed', 'unsigned']);
      const docx = reports.filter((r) => r.kind === 'docx');
      expect(docx.map((r) => r.draft)).toEqual(m.tags.includes('draft-docx') ? [true] : []);
    },
  );

  it('warns, forwarded to an outside address, of the draft DOCX and the unsigned PDF, not the signed one (README, "Try it out")', async () => {
    const [m] = tagged('draft-docx');
    if (!m) throw new Error('no sample with a draft DOCX');
    const parsed = await parseEml(new Uint8Array(raw(m)));
    const result = await checkCompose(
      {
        from: { address: 'post@ha.kommune.no' },
        to: [{ address: 'ola.innbyggjar@example.net' }],
        cc: [],
        bcc: [],
        subject: `VS: ${parsed.subject}`,
        body: 'Sjå vedlegga.',
        attachments: parsed.attachments,
      },
      profile('ha-kommune'),
    );
    const about = (name: string): string[] =>
      result.findings
        .filter((f) => f.attachment === name && f.severity !== 'info')
        .map((f) => f.code);
    const pdfs = parsed.attachments.filter((a) => a.name.endsWith('.pdf')).map((a) => a.name);
    const signed = pdfs.filter((name) => about(name).length === 0);
    const unsigned = pdfs.filter((name) => about(name).includes('attachment.pdf.unsigned'));
    expect([signed.length, unsigned.length]).toEqual([1, 1]);
    expect(about('folgjebrev-utkast.docx')).toEqual(
      expect.arrayContaining(['attachment.draft.revisions', 'attachment.draft.comments']),
    );
    expect(result.decision).toBe('warn');
  });

  it('gives an attached message to the add-in as an item in eml format', async () => {
    const [m] = tagged('item-attachment');
    if (!m) throw new Error('no sample with an attached message');
    const item = await readItemFromEml(new Uint8Array(raw(m)), { id: m.file });
    const { Office: office, controller } = createOffice({
      displayLanguage: 'sv-SE',
      ...sampleIdentity(index, m.mailbox),
      item,
    });
    try {
      const read = office.context.mailbox.item as Office.MessageRead;
      const [attached] = read.attachments;
      expect(attached).toMatchObject({
        attachmentType: 'item',
        name: 'Klagomål på skolskjutsen från Åsensbruk',
        contentType: 'message/rfc822',
      });
      const content = await new Promise<Office.AsyncResult<Office.AttachmentContent>>((resolve) =>
        read.getAttachmentContentAsync(attached?.id ?? '', resolve),
      );
      expect(content.value.format).toBe('eml');
      const inner = await parseEml(content.value.content);
      expect(inner.from?.address).toBe('jenny.ek@example.net');
    } finally {
      controller.dispose();
    }
  });

  it('keeps the HTML of a newsletter for body.getAsync(html)', async () => {
    const [m] = tagged('newsletter');
    if (!m) throw new Error('no newsletter');
    const item = await readItemFromEml(new Uint8Array(raw(m)));
    expect(item.body.html).toContain('<h1>');
    expect(item.body.text).not.toContain('<h1>');
    expect(item.headers).toMatch(/^Received: /);
    expect(item.headers).toContain('List-Unsubscribe:');
  });
});
