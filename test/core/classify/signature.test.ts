/**
 * R9: mail that by law needs a signature (seed 000 §4), as the profile names
 * it: what is flagged and why, the signed PDF that carries the signature,
 * the reply template filled in the sender's language, hostile input.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyMessage } from '../../../src/core/classify/classify';
import {
  fillSignatureReply,
  replyLanguage,
  SIGNATURE_HEAD_CHARS,
  signatureRequirement,
} from '../../../src/core/classify/signature';
import type { SignatureInput } from '../../../src/core/classify/signature';
import type { IncomingMessage } from '../../../src/core/message';
import { parseEml } from '../../../src/core/mime/eml';
import { validateProfile } from '../../../src/core/profile';
import type { Profile } from '../../../src/core/profile/types';
import { loadProfile } from '../../support/profiles';

const HA = loadProfile('ha-kommune');
const NB = loadProfile('kommune-nb');
const VARA = loadProfile('vara-kommun');
const MAILBOX = join(__dirname, '..', '..', '..', 'dev', 'mailbox');

const input = (over: Partial<SignatureInput>): SignatureInput => ({
  subject: '',
  body: '',
  attachments: [],
  signed: false,
  ...over,
});

describe('what needs a signature (the profile’s rules)', () => {
  it('names the kind, the phrase and the legal basis of a klage found in the subject', () => {
    const r = signatureRequirement(input({ subject: 'Klage på vedtak om dispensasjon' }), HA);
    expect(r).toEqual({
      kind: 'Klage på vedtak',
      phrase: 'klage på vedtak',
      where: 'subject',
      basis: expect.stringContaining('§ 32 første ledd bokstav a'),
      replyLang: 'nn',
    });
  });

  it('finds a phrase in the text whatever its case, line breaks or look-alike letters', () => {
    const body = 'Hei!\n\nEG KLAGAR  PÅ\nVEDTAKET de gjorde. Ｋlage is not needed here.';
    expect(signatureRequirement(input({ body }), HA)).toMatchObject({
      phrase: 'klagar på vedtaket',
      where: 'body',
    });
    // Full-width letters fold to plain ones.
    expect(signatureRequirement(input({ body: 'ｋｌａｇｅ ｐå ｖｅｄｔａｋ' }), HA)).toMatchObject({
      where: 'body',
    });
  });

  it('matches at the start of a word only, and inflections count', () => {
    expect(signatureRequirement(input({ body: 'Eg påklagar vedtaket.' }), HA)).toMatchObject({
      phrase: 'påklag',
    });
    expect(signatureRequirement(input({ body: 'Ein reklage på vedtak' }), HA)).toBeNull();
    expect(signatureRequirement(input({ subject: 'Klage på brøyting' }), HA)).toBeNull();
  });

  it('finds a Swedish överklagande, and a fullmakt attached as a file', () => {
    expect(
      signatureRequirement(input({ subject: 'Överklagande av beslut om bygglov' }), VARA),
    ).toMatchObject({ kind: 'Överklagande', basis: expect.stringContaining('2017:900) 44 §') });
    expect(
      signatureRequirement(
        input({ subject: 'Vedlegg', attachments: [{ name: 'Fullmakt_Ola-Nordmann.pdf' }] }),
        NB,
      ),
    ).toMatchObject({
      kind: 'Fullmakt',
      where: 'attachment',
      attachment: 'Fullmakt_Ola-Nordmann.pdf',
    });
    // An inline picture is no document.
    expect(
      signatureRequirement(input({ attachments: [{ name: 'fullmakt.png', inline: true }] }), NB),
    ).toBeNull();
  });

  it('flags nothing when a signed PDF is attached, or the profile names nothing', () => {
    expect(
      signatureRequirement(input({ subject: 'Klage på vedtak', signed: true }), HA),
    ).toBeNull();
    const bare: Profile = { ...HA };
    delete (bare as { signature?: unknown }).signature;
    expect(signatureRequirement(input({ subject: 'Klage på vedtak' }), bare)).toBeNull();
  });

  it('reads only the head of a huge text, in time linear in it', () => {
    const filler = 'klag kla k '.repeat(Math.ceil(SIGNATURE_HEAD_CHARS / 11));
    const late = `${filler}klage på vedtak`;
    expect(signatureRequirement(input({ body: late }), HA)).toBeNull();
    const early = `klage på vedtak ${filler}`;
    expect(signatureRequirement(input({ body: early }), HA)).toMatchObject({ where: 'body' });
    const started = Date.now();
    signatureRequirement(input({ body: 'k '.repeat(5_000_000), subject: 'k'.repeat(1e6) }), HA);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('the signed PDF carries the signature (classification)', () => {
  const sample = async (path: string): Promise<IncomingMessage> =>
    parseEml(new Uint8Array(readFileSync(join(MAILBOX, ...path.split('/')))));

  it('flags the unsigned klage, and not the same klage with a signed PDF; an unsigned PDF does not help', async () => {
    const klage = await sample('ha-kommune/post/06-klage-vedtak.eml');
    const application = await sample('ha-kommune/post/02-byggesoknad-gnr12-bnr345.eml');
    const pdfs = application.attachments.filter((a) => a.name.toLowerCase().endsWith('.pdf'));
    expect(pdfs).toHaveLength(2);
    const plain = await classifyMessage(klage, HA);
    expect(plain.signature).toMatchObject({ kind: 'Klage på vedtak', where: 'subject' });
    const withBoth = await classifyMessage({ ...klage, attachments: pdfs }, HA);
    expect(withBoth.signature).toBeUndefined();
    const reports = await Promise.all(
      pdfs.map(async (p) => {
        const r = await classifyMessage({ ...klage, attachments: [p] }, HA);
        return r.signature === undefined ? 'exempt' : 'flagged';
      }),
    );
    expect([...reports].sort()).toEqual(['exempt', 'flagged']);
  });

  it('does not say a klage lacks a signature when its PDF could not be read (size, time, host)', async () => {
    const klage = await sample('ha-kommune/post/06-klage-vedtak.eml');
    const application = await sample('ha-kommune/post/02-byggesoknad-gnr12-bnr345.eml');
    const pdfs = application.attachments.filter((a) => a.name.toLowerCase().endsWith('.pdf'));
    for (const unread of [undefined, 'time', 'failed'] as const) {
      const unreadPdfs = pdfs.map(({ bytes, ...rest }) => {
        void bytes;
        return unread === undefined ? rest : { ...rest, unread };
      });
      const r = await classifyMessage({ ...klage, attachments: unreadPdfs }, HA);
      expect(r.signature).toBeUndefined();
      expect(r.findings.some((f) => f.category === 'attachment')).toBe(true);
    }
    // Read and unsigned, it is flagged as before.
    const reports = await Promise.all(
      pdfs.map((p) => classifyMessage({ ...klage, attachments: [p] }, HA)),
    );
    expect(reports.filter((r) => r.signature !== undefined)).toHaveLength(1);
  });

  it('does not flag a colleague’s note that mentions a klage', async () => {
    const internal = await classifyMessage(
      {
        from: { address: 'kari.nordmann@ha.kommune.no' },
        to: [{ address: 'per.hansen@ha.kommune.no' }],
        cc: [],
        subject: 'Klage på vedtak: kven tek ho?',
        body: 'Kan du ta denne?',
        attachments: [],
        headers: {},
        receivedAt: new Date('2026-03-09T10:00:00Z'),
      },
      HA,
    );
    expect(internal.class).toBe('internal');
    expect(internal.signature).toBeUndefined();
  });
});

describe('the reply’s language', () => {
  it('is the sender’s (Content-Language) where a template has it, else the organisation’s', () => {
    expect(replyLanguage({ 'content-language': 'nb-NO' }, HA)).toBe('nb');
    expect(replyLanguage({ 'content-language': 'en-GB, nn' }, HA)).toBe('en');
    expect(replyLanguage({ 'content-language': 'no' }, HA)).toBe('nn');
    expect(replyLanguage({ 'content-language': 'no' }, NB)).toBe('nb');
    // Hå has no Swedish template: the organisation's nynorsk.
    expect(replyLanguage({ 'content-language': 'sv-SE' }, HA)).toBe('nn');
    expect(replyLanguage({ 'content-language': 'de-DE' }, VARA)).toBe('sv');
    expect(replyLanguage({}, VARA)).toBe('sv');
    expect(replyLanguage({ 'content-language': 'x'.repeat(100_000) }, VARA)).toBe('sv');
  });
});

describe('the filled reply', () => {
  const facts = {
    senderName: 'Ingrid Sele',
    subject: 'Klage på vedtak om avslag på dispensasjon',
    received: Date.parse('2026-03-09T18:02:44Z'),
  };

  it('fills every placeholder in the reply’s language, dates as that language writes them', () => {
    const nn = fillSignatureReply(HA, 'nn', facts);
    expect(nn?.lang).toBe('nn');
    expect(nn?.text).toContain('Hei Ingrid Sele');
    expect(nn?.text).toContain('«Klage på vedtak om avslag på dispensasjon» 09.03.2026');
    expect(nn?.text).toContain('Hå kommune, Postboks 24, 4368 Varhaug');
    expect(nn?.text).toContain('https://www.ha.kommune.no/eteneste');
    expect(nn?.text).toContain('Venleg helsing\nHå kommune');
    expect(nn?.text).not.toMatch(/\{\w+\}/);
    expect(nn?.html).toContain(
      '<a href="https://www.ha.kommune.no/eteneste">https://www.ha.kommune.no/eteneste</a>',
    );
    expect(nn?.html.startsWith('<p>Hei Ingrid Sele</p><p>')).toBe(true);
    const sv = fillSignatureReply(VARA, 'sv', { ...facts, subject: 'Överklagande' });
    expect(sv?.text).toContain('”Överklagande” 2026-03-09');
    expect(sv?.text).toContain('Vara kommun, 534 81 Vara');
    const en = fillSignatureReply(VARA, 'en', facts);
    expect(en?.text).toContain('on 9 March 2026');
    expect(en?.text).toContain('Vara kommun, 534 81 Vara, Sweden');
  });

  it('falls back to the organisation’s template for a language it does not have', () => {
    expect(fillSignatureReply(HA, 'sv', facts)?.lang).toBe('nn');
  });

  it('escapes a hostile sender name and subject, and keeps each to one short line', () => {
    const r = fillSignatureReply(HA, 'nn', {
      senderName: '<img src=x onerror=alert(1)> & "Ola"\n\n<script>',
      subject: `<b>${'x'.repeat(10_000)}`,
      received: null,
    });
    expect(r?.html).not.toContain('<img');
    expect(r?.html).not.toContain('<script');
    expect(r?.html).not.toContain('<b>');
    expect(r?.html).toContain(
      '&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Ola&quot; &lt;script&gt;',
    );
    expect(r?.text).toContain('x'.repeat(290));
    expect(r?.text).not.toContain('x'.repeat(300));
    // Within what Outlook's reply form takes (32 kB).
    expect(r?.html.length).toBeLessThan(32 * 1024);
  });

  it('leaves an unknown placeholder visible and escapes the template’s own text', () => {
    const profile: Profile = {
      ...HA,
      signature: {
        rules: [{ kind: 'K', phrases: ['k'], basis: 'B' }],
        templates: { nn: 'A <i>{unknown}</i> {organisation}\n{service}' },
        signedTo: 'X',
        service: 'javascript:alert(1)',
      },
    };
    const r = fillSignatureReply(profile, 'nn', { senderName: '', subject: '', received: null });
    expect(r?.html).toBe('<p>A &lt;i&gt;{unknown}&lt;/i&gt; Hå kommune<br>javascript:alert(1)</p>');
  });
});

describe('the profile’s signature settings', () => {
  const raw = (): Record<string, unknown> =>
    JSON.parse(
      readFileSync(join(__dirname, '..', '..', '..', 'profiles', 'ha-kommune.json'), 'utf8'),
    ) as Record<string, unknown>;

  it('needs a template in the organisation’s language and known placeholders only', () => {
    const p = raw();
    const sig = p['signature'] as { templates: Record<string, string> };
    delete sig.templates['nn'];
    sig.templates['nb'] = 'Hei {sendername}';
    const result = validateProfile(p);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.code, e.path])).toEqual([
      ['profile.error.signature-template', 'signature.templates'],
      ['profile.error.signature-placeholder', 'signature.templates.nb'],
    ]);
  });

  it('bounds the rules, phrases and templates', () => {
    const p = raw();
    const sig = p['signature'] as { rules: { phrases: string[] }[] };
    sig.rules[0]?.phrases.push('x'.repeat(81));
    expect(validateProfile(p).ok).toBe(false);
  });
});
