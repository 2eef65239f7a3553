import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyMessage } from '../../../src/core/classify/classify';
import { parseEml } from '../../../src/core/mime/eml';
import { loadProfile } from '../../support/profiles';

const MESSAGES = join(__dirname, '..', '..', 'fixtures', 'messages');
const read = (name: string) => parseEml(new Uint8Array(readFileSync(join(MESSAGES, name))));

describe('classifying incoming mail (R4)', () => {
  it.each([
    ['nn-soknad-citizen.eml', 'ha-kommune', 'archive-worthy', 'class.reason.case-word'],
    ['nb-newsletter.eml', 'ha-kommune', 'ephemeral', 'class.reason.newsletter'],
    ['sv-autoreply.eml', 'vara-kommun', 'ephemeral', 'class.reason.auto-reply'],
    ['delivery-report.eml', 'vara-kommun', 'ephemeral', 'class.reason.delivery-report'],
    ['nb-internal.eml', 'kommune-nb', 'internal', 'class.reason.internal'],
    ['sv-begaran.eml', 'vara-kommun', 'archive-worthy', 'class.reason.access-request'],
  ] as const)('%s is %s under %s', async (file, profile, cls, reason) => {
    const r = await classifyMessage(await read(file), loadProfile(profile));
    expect(r.class).toBe(cls);
    expect(r.reasons.map((x) => x.code)).toContain(reason);
  });

  it('gives a citizen request that came on the Friday before Palm Sunday its due date (R8)', async () => {
    const r = await classifyMessage(await read('nn-soknad-citizen.eml'), loadProfile('ha-kommune'));
    // Arrived Friday 27 March 2026; two working days: Monday 30 and Tuesday 31 March.
    expect(r.due?.due).toBe('2026-03-31');
  });

  it('keeps a request for public documents from being disposed of, and counts julafton as a Sunday (R13, R8)', async () => {
    const r = await classifyMessage(await read('sv-begaran.eml'), loadProfile('vara-kommun'));
    expect(r.mustNotDispose).toBe(true);
    expect(r.disposable).toBe(false);
    // Thursday 24 Dec 2026 (julafton); 25, 26, 27 holidays/weekend; 28 and 29 are working days.
    expect(r.due?.due).toBe('2026-12-29');
  });

  it('marks newsletters disposable, with no answer-by date', async () => {
    const r = await classifyMessage(await read('nb-newsletter.eml'), loadProfile('ha-kommune'));
    expect(r).toMatchObject({ disposable: true, mustNotDispose: false, due: null });
  });

  it('flags a threat and keeps it as evidence (R11)', async () => {
    const r = await classifyMessage(await read('sv-hot.eml'), loadProfile('vara-kommun'));
    expect(r.findings.some((f) => f.category === 'threat')).toBe(true);
    expect(r.mustNotDispose).toBe(true);
    expect(r.class).toBe('archive-worthy');
  });

  it('follows the Swedish main rule: external mail is registered even without case words', async () => {
    const msg = {
      from: { address: 'anna@example.se' },
      to: [{ address: 'vara.kommun@vara.se' }],
      cc: [],
      subject: 'Öppettider i sommar',
      body: 'Hej, när har biblioteket öppet i juli?',
      attachments: [],
      headers: {},
      receivedAt: new Date('2026-06-18T08:00:00Z'),
    };
    const se = await classifyMessage(msg, loadProfile('vara-kommun'));
    expect(se.class).toBe('archive-worthy');
    expect(se.reasons.map((r) => r.code)).toContain('class.reason.se-main-rule');
    // 18 June 2026 is a Thursday; midsommarafton (19th) counts as a Sunday.
    expect(se.due?.due).toBe('2026-06-23');
  });

  it('calls a Norwegian citizen question without case signals official, not archive-worthy', async () => {
    const msg = {
      from: { address: 'ola@example.net' },
      to: [{ address: 'post@ha.kommune.no' }],
      cc: [],
      subject: 'Opningstider',
      body: 'Hei, når er biblioteket ope i juli?',
      attachments: [],
      headers: {},
      receivedAt: null,
    };
    const r = await classifyMessage(msg, loadProfile('ha-kommune'));
    expect(r.class).toBe('official');
    expect(r.due).toBeNull();
  });

  it('warns about sensitive data and risky attachments from outside (R10, R12)', async () => {
    const msg = {
      from: { address: 'ola@example.net' },
      to: [{ address: 'helse@ha.kommune.no' }],
      cc: [],
      subject: 'Om mor mi',
      body: 'Mor mi (fnr 13097248022) er innlagt på psykiatrisk avdeling.',
      attachments: [{ name: 'journal.pdf.exe', size: 2, bytes: new TextEncoder().encode('MZ') }],
      headers: {},
      receivedAt: null,
    };
    const r = await classifyMessage(msg, loadProfile('ha-kommune'));
    const codes = r.findings.map((f) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining(['national-id.no.fnr', 'special-category.health']),
    );
    expect(codes.some((c) => c.startsWith('attachment.risky.'))).toBe(true);
    expect(r.class).toBe('archive-worthy');
  });
});

describe('reading .eml files', () => {
  it('reads encoded subjects, the server arrival time and HTML bodies', async () => {
    const m = await read('nn-soknad-citizen.eml');
    expect(m.subject).toBe('Søknad om dispensasjon for garasje');
    expect(m.receivedAt?.toISOString()).toBe('2026-03-27T13:30:00.000Z');
    const n = await read('nb-newsletter.eml');
    expect(n.body).toContain('30 % rabatt');
    expect(n.body).not.toContain('<p>');
  });

  it('refuses bytes that are not a message, with a clear error', async () => {
    await expect(read('not-a-message.eml')).rejects.toMatchObject({ code: 'mime.unreadable' });
  });
});
