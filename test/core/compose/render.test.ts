import { checkCompose } from '../../../src/core/compose/decide';
import { ALERT_MAX_CHARS, describeFinding, renderAlert } from '../../../src/core/compose/render';
import { LANGS } from '../../../src/core/model';
import { loadProfile } from '../../support/profiles';
import { snapshot } from '../../support/snapshot';

const ha = loadProfile('ha-kommune');

describe('the Smart Alert text', () => {
  it('tells a Hå caseworker in nynorsk why a fødselsnummer in the subject is stopped', async () => {
    const r = await checkCompose(snapshot({ subject: 'Vedtak for 13097248022' }), ha);
    const alert = renderAlert(r, 'nn');
    expect(alert.text).toContain('Arkivpost stoppa sendinga:');
    expect(alert.text).toContain('Emnefeltet inneheld eit fødselsnummer.');
    expect(alert.markdown.startsWith('**Arkivpost stoppa sendinga:**')).toBe(true);
  });

  it.each(LANGS)('stays within %s the 500-character limit with many findings', async (lang) => {
    const body = Array.from(
      { length: 30 },
      (_, i) => `Person ${i}: 13097248022, innlagt på psykiatrisk, sjukmeld.`,
    ).join('\n');
    const r = await checkCompose(
      snapshot({
        subject: 'Vedtak 13097248022 – innlagt på psykiatrisk',
        body,
        from: { address: 'kari@ha.kommune.no' },
      }),
      ha,
    );
    const alert = renderAlert(r, lang);
    expect(alert.text.length).toBeLessThanOrEqual(ALERT_MAX_CHARS);
    expect(alert.markdown.length).toBeLessThanOrEqual(ALERT_MAX_CHARS);
    expect(alert.text.split('\n').length).toBeGreaterThan(1);
  });

  it('counts what did not fit', async () => {
    const r = await checkCompose(
      snapshot({
        subject: 'Vedtak 13097248022 innlagt på psykiatrisk',
        body: 'Unntatt offentlighet. Taushetsbelagt. Forhåndsvarsel, jf. forvaltningsloven § 16.',
        from: { address: 'kari@ha.kommune.no' },
      }),
      ha,
    );
    const alert = renderAlert(r, 'en', 200);
    expect(alert.text.length).toBeLessThanOrEqual(200);
    expect(alert.text).toMatch(/… and \d+ more\. See the details\./);
  });

  it('escapes Markdown in attachment names', async () => {
    const bytes = new TextEncoder().encode('MZ');
    const r = await checkCompose(
      snapshot({ attachments: [{ name: 'a_b*[c].exe', size: 2, bytes }] }),
      ha,
    );
    expect(renderAlert(r, 'en').markdown).toContain('a\\_b\\*\\[c\\].exe');
  });

  it('writes nothing for a message that may be sent', async () => {
    const r = await checkCompose(snapshot(), ha);
    expect(renderAlert(r, 'nb')).toEqual({ text: '', markdown: '' });
  });

  it.each(LANGS)(
    'has a sentence without raw codes for every finding of a busy message (%s)',
    async (lang) => {
      const r = await checkCompose(
        snapshot({
          subject: '',
          body: 'Unntatt offentlighet. Hon är sjukskriven för utmattningssyndrom. Jeg skal drepe deg.',
          from: { address: 'kari@ha.kommune.no' },
          attachments: [{ name: 'x.pdf.exe', size: 2, bytes: new TextEncoder().encode('MZ') }],
        }),
        ha,
      );
      for (const f of r.findings) {
        const s = describeFinding(f, lang);
        expect(s).not.toMatch(/\b(?:check|part|label|practice|mailbox)\.[a-z-]+/);
        expect(s).not.toMatch(/\{[a-zA-Z]+\}/);
      }
    },
  );
});

describe('markings in the alert', () => {
  it('names the legal basis once, however it was written', async () => {
    const r = await checkCompose(snapshot({ body: 'Unntatt offentlighet, jf. offl. § 13.' }), ha);
    const line = renderAlert(r, 'nb').text;
    expect(line.match(/§ 13/gi)?.length).toBe(1);
  });

  it('adds the basis when the marking itself does not carry it', async () => {
    const r = await checkCompose(
      snapshot({ body: 'Unntatt offentlighet\nOffl. § 13 jf. fvl. § 13' }),
      ha,
    );
    const f = r.findings.find((x) => x.code === 'confidentiality.exempt');
    expect(f).toBeDefined();
    expect(renderAlert(r, 'en').text).toContain('§ 13');
  });
});
