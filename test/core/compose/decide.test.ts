import { checkCompose } from '../../../src/core/compose/decide';
import type { ComposeResult } from '../../../src/core/compose/decide';
import type { Profile } from '../../../src/core/profile/types';
import { buildDocx, del, ins, p } from '../../support/docx-builder';
import { basePdf, signedPdf } from '../../support/pdf-builder';
import { loadProfile } from '../../support/profiles';
import { snapshot, utf8 } from '../../support/snapshot';

const ha = loadProfile('ha-kommune');
const vara = loadProfile('vara-kommun');

function codes(r: ComposeResult, severity?: string): string[] {
  return r.findings
    .filter((f) => severity === undefined || f.severity === severity)
    .map((f) => f.code);
}

function checksOf(r: ComposeResult): string[] {
  return r.findings.filter((f) => f.severity !== 'info').map((f) => String(f.check));
}

describe('the compose decision', () => {
  it('allows an ordinary answer from the function mailbox', async () => {
    const r = await checkCompose(snapshot(), ha);
    expect(r.decision).toBe('allow');
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('blocks a fødselsnummer in the subject (R14) and points at it exactly', async () => {
    const subject = 'Vedtak for 13097248022 om barnehageplass';
    const r = await checkCompose(snapshot({ subject }), ha);
    expect(r.decision).toBe('block');
    const f = r.findings.find((x) => x.check === 'subject-sensitive');
    expect(f).toMatchObject({ code: 'national-id.no.fnr', part: 'subject', severity: 'block' });
    expect(subject.slice(f?.start, f?.end)).toBe('13097248022');
  });

  it('blocks a personnummer hidden with zero-width spaces in the subject', async () => {
    const subject = 'Ärende 19570428\u200b-9999 bygglov';
    const r = await checkCompose(
      snapshot({ subject, from: { address: 'vara.kommun@vara.se' } }),
      vara,
    );
    expect(r.decision).toBe('block');
    expect(codes(r, 'block')).toContain('national-id.se.pnr');
  });

  it('blocks health data in the body (R15)', async () => {
    const body = 'Eleven er innlagt på psykiatrisk avdeling og kjem ikkje på skulen denne veka.';
    const r = await checkCompose(snapshot({ body }), ha);
    expect(r.decision).toBe('block');
    expect(codes(r, 'block')).toContain('special-category.health');
  });

  it('blocks "unntatt offentlighet" to an external recipient without encryption (R16)', async () => {
    const body =
      'Unntatt offentlighet, jf. offl. § 13 jf. fvl. § 13.\n\nVedlagt er notatet du bad om.';
    const r = await checkCompose(snapshot({ body }), ha);
    expect(r.decision).toBe('block');
    expect(checksOf(r)).toContain('exempt-external');
  });

  it.each([
    ['encrypted by the client', { encrypted: true }],
    ['sent internally', { to: [{ address: 'stab@ha.kommune.no' }] }],
  ])('lets "unntatt offentlighet" through when %s', async (_name, over) => {
    const body =
      'Unntatt offentlighet, jf. offl. § 13 jf. fvl. § 13.\n\nVedlagt er notatet du bad om.';
    const r = await checkCompose(snapshot({ body, ...over }), ha);
    expect(checksOf(r)).not.toContain('exempt-external');
  });

  it('treats a profile encryption tag in the subject as encryption', async () => {
    const profile: Profile = { ...ha, encryptionTags: ['[sikker]'] };
    const body = 'Unntatt offentlighet, jf. offl. § 13.';
    const r = await checkCompose(snapshot({ body, subject: '[sikker] Notat i saka' }), profile);
    expect(checksOf(r)).not.toContain('exempt-external');
  });

  it('warns when official mail to a citizen leaves from a personal mailbox, naming the function mailbox (R2)', async () => {
    const r = await checkCompose(
      snapshot({ from: { address: 'kari.nordmann@ha.kommune.no', name: 'Post Hå' } }),
      ha,
    );
    expect(r.decision).toBe('warn');
    const f = r.findings.find((x) => x.code === 'mailbox.personal');
    expect(f?.params).toMatchObject({ reason: 'external', mailbox: 'post@ha.kommune.no' });
  });

  it('names the mailbox the original came to when replying from a personal mailbox', async () => {
    const r = await checkCompose(
      snapshot({
        from: { address: 'Kari.Nordmann@HA.kommune.no' },
        to: [{ address: 'per.hansen@ha.kommune.no' }],
        replyTo: { receivedIn: 'BYGG@ha.kommune.no' },
      }),
      ha,
    );
    expect(r.findings.find((x) => x.code === 'mailbox.personal')?.params).toMatchObject({
      reason: 'reply-to-function',
      mailbox: 'bygg@ha.kommune.no',
    });
  });

  it('warns on a case reference sent internally from a personal mailbox', async () => {
    const r = await checkCompose(
      snapshot({
        from: { address: 'kari.nordmann@ha.kommune.no' },
        to: [{ address: 'per.hansen@ha.kommune.no' }],
        subject: 'Vår ref. 2026/1234-5 – merknad frå nabo',
      }),
      ha,
    );
    expect(r.findings.find((x) => x.code === 'mailbox.personal')?.params).toMatchObject({
      reason: 'case-reference',
      reference: 'Vår ref. 2026/1234-5',
    });
  });

  it('does not call internal mail between colleagues official', async () => {
    const r = await checkCompose(
      snapshot({
        from: { address: 'kari.nordmann@ha.kommune.no' },
        to: [{ address: 'per.hansen@ha.kommune.no' }],
        subject: 'Lunsj på fredag',
        body: 'Skal vi ta lunsj klokka elleve?',
      }),
      ha,
    );
    expect(r.decision).toBe('allow');
  });

  it('warns on a draft DOCX to an external recipient, but not internally (R17, 000 §11)', async () => {
    const docx = buildDocx({ body: p('Vedtak') + `<w:p>${ins('ny tekst')}${del('gammal')}</w:p>` });
    const attachments = [{ name: 'vedtak.docx', size: docx.length, bytes: docx }];
    const external = await checkCompose(snapshot({ attachments }), ha);
    expect(external.decision).toBe('warn');
    expect(codes(external, 'warn')).toContain('attachment.draft.revisions');
    const internal = await checkCompose(
      snapshot({ attachments, to: [{ address: 'stab@ha.kommune.no' }] }),
      ha,
    );
    expect(codes(internal, 'warn')).not.toContain('attachment.draft.revisions');
  });

  it('warns on an unsigned PDF to an external recipient and accepts a signed one (R17)', async () => {
    const unsigned = basePdf().endRevision().bytes();
    const signed = signedPdf().bytes();
    const r1 = await checkCompose(
      snapshot({ attachments: [{ name: 'svarbrev.pdf', size: unsigned.length, bytes: unsigned }] }),
      ha,
    );
    expect(codes(r1, 'warn')).toContain('attachment.pdf.unsigned');
    const r2 = await checkCompose(
      snapshot({ attachments: [{ name: 'svarbrev.pdf', size: signed.length, bytes: signed }] }),
      ha,
    );
    expect(r2.decision).toBe('allow');
  });

  it('finds an ID number inside an attached text file', async () => {
    const bytes = utf8('Namn;Fødselsnummer\nOla;13097248022\n');
    const r = await checkCompose(
      snapshot({ attachments: [{ name: 'liste.csv', size: bytes.length, bytes }] }),
      ha,
    );
    const f = r.findings.find((x) => x.code === 'national-id.no.fnr');
    expect(f).toMatchObject({ part: 'attachment', attachment: 'liste.csv', check: 'national-id' });
  });

  it('warns on forhåndsvarsel to an external party (R18)', async () => {
    const body = 'Forhåndsvarsel om vedtak om pålegg om retting, jf. forvaltningsloven § 16.';
    const r = await checkCompose(snapshot({ body }), ha);
    expect(checksOf(r)).toContain('legal-form');
  });

  it('warns on a risky attachment', async () => {
    const bytes = utf8('MZ\u0090\u0000 not really a program');
    const r = await checkCompose(
      snapshot({ attachments: [{ name: 'faktura.pdf.exe', size: bytes.length, bytes }] }),
      ha,
    );
    expect(checksOf(r)).toContain('risky-attachment');
  });

  it('honours a profile that switches a check off or lowers it', async () => {
    const subject = 'Vedtak for 13097248022';
    const off: Profile = {
      ...ha,
      checks: {
        ...ha.checks,
        'subject-sensitive': 'off',
        'national-id': 'off',
        'electronic-consent': 'off',
      },
    };
    expect((await checkCompose(snapshot({ subject }), off)).decision).toBe('allow');
    const lowered: Profile = { ...ha, checks: { ...ha.checks, 'subject-sensitive': 'warn' } };
    expect((await checkCompose(snapshot({ subject }), lowered)).decision).toBe('warn');
  });

  it('never lets good practice block, whatever the profile says (R20)', async () => {
    const strict: Profile = { ...ha, checks: { 'good-practice': 'block' } };
    const r = await checkCompose(snapshot({ subject: '' }), strict);
    expect(r.findings.find((f) => f.code === 'practice.subject-empty')?.severity).toBe('warn');
    expect(r.decision).toBe('warn');
  });
});
