/**
 * Norwegian law in the send check: a vedtak or forhåndsvarsel by e-mail asks
 * whether the party has accepted electronic communication
 * (eForvaltningsforskriften § 8), and an "unntatt offentlighet" marking says
 * whether the cited section is a duty (offl. § 13) or a choice (§§ 14–26).
 */
import { checkCompose } from '../../../src/core/compose/decide';
import { consentKindOfFile, electronicConsent } from '../../../src/core/compose/electronic-consent';
import { exemptionKind } from '../../../src/core/compose/exempt-kind';
import { describeFinding, renderAlert } from '../../../src/core/compose/render';
import type { ComposeSnapshot } from '../../../src/core/message';
import type { Finding } from '../../../src/core/model';
import { LANGS } from '../../../src/core/model';
import { validateProfile } from '../../../src/core/profile/validate';
import type { Profile } from '../../../src/core/profile/types';
import { loadProfile } from '../../support/profiles';
import { snapshot } from '../../support/snapshot';

const ha = loadProfile('ha-kommune');
const nb = loadProfile('kommune-nb');
const vara = loadProfile('vara-kommun');

/** Ours, to a citizen, with our reference (so R19 stays quiet) and nothing formal. */
const HA: Partial<ComposeSnapshot> = {
  from: { address: 'post@ha.kommune.no' },
  to: [{ address: 'ola@example.net' }],
  subject: 'Barnehageplass',
  body: 'Vår ref. 2026/1234-5\n\nHei Ola,\n\nSjå under.\n\nHelsing\nHå kommune',
};
const NB: Partial<ComposeSnapshot> = {
  from: { address: 'postmottak@kommune.example.no' },
  to: [{ address: 'kari.lunde@example.com' }],
  subject: 'Byggesak gnr. 12 bnr. 34',
  body: 'Vår ref. 2026/77-3\n\nHei,\n\nSe nedenfor.\n\nHilsen\nKommunen',
};

function consentOf(r: { findings: readonly Finding[] }): Finding | undefined {
  return r.findings.find((f) => f.check === 'electronic-consent');
}

describe('a vedtak or forhåndsvarsel by e-mail needs the party’s acceptance (eForvaltningsforskriften § 8)', () => {
  it.each<[string, Profile, Partial<ComposeSnapshot>, string, string, string]>([
    [
      'nn: a vedtak in the subject',
      ha,
      { ...HA, subject: 'Vedtak om barnehageplass' },
      'decision',
      'subject',
      'Vedtak',
    ],
    [
      'nb: the wording of a vedtak in the text',
      nb,
      { ...NB, body: `${NB.body ?? ''}\n\nVedtaket kan påklages innen tre uker.` },
      'decision',
      'body',
      'Vedtaket kan påklages',
    ],
    [
      'nb: a granted application',
      nb,
      { ...NB, body: 'Vår ref. 2026/77-3\n\nSøknaden din er innvilget.' },
      'decision',
      'body',
      'Søknaden din er innvilget',
    ],
    [
      'nb: a forhåndsvarsel in the subject',
      nb,
      { ...NB, subject: 'Forhåndsvarsel om pålegg om retting' },
      'advance-notice',
      'subject',
      'Forhåndsvarsel',
    ],
    [
      'nn: førehandsvarsel in the text',
      ha,
      {
        ...HA,
        body: 'Vår ref. 2026/1234-5\n\nDette er eit førehandsvarsel etter forvaltningslova.',
      },
      'advance-notice',
      'body',
      'førehandsvarsel',
    ],
    [
      'nb: "varsel om vedtak" in the text',
      nb,
      { ...NB, body: 'Vår ref. 2026/77-3\n\nDette er et varsel om vedtak om tvangsmulkt.' },
      'advance-notice',
      'body',
      'varsel om vedtak',
    ],
  ])('%s', async (_name, profile, message, kind, part, shows) => {
    const r = await checkCompose(snapshot(message), profile);
    const f = consentOf(r);
    expect(f).toMatchObject({ severity: 'warn', category: 'legal-form', part, params: { kind } });
    expect(f?.text).toBe(shows);
    expect(r.decision).not.toBe('block');
  });

  it('finds an attached letter named as a vedtak or forhåndsvarsel', async () => {
    const pdf = { name: 'Vedtak_barnehageplass.pdf', contentType: 'application/pdf', size: 0 };
    const r = await checkCompose(snapshot({ ...HA, attachments: [pdf] }), ha);
    expect(consentOf(r)).toMatchObject({
      code: 'electronic-consent.attachment',
      attachment: 'Vedtak_barnehageplass.pdf',
      params: { kind: 'decision' },
    });
    expect(consentKindOfFile('Forhåndsvarsel - riving.docx')).toBe('advance-notice');
    expect(consentKindOfFile('Vedtak.png')).toBeNull();
    expect(consentKindOfFile('Vedtekter barnehage.pdf')).toBeNull();
  });

  it('says nothing to internal recipients, the registry mailbox, or in a Swedish profile', async () => {
    const vedtak = { ...HA, subject: 'Vedtak om barnehageplass' };
    const internal = await checkCompose(
      snapshot({ ...vedtak, to: [{ address: 'skule@ha.kommune.no' }] }),
      ha,
    );
    expect(consentOf(internal)).toBeUndefined();
    const registry: Profile = {
      ...ha,
      archive: { kind: 'registry-mailbox', address: 'arkiv@iktsenter.example.no' },
    };
    const toRegistry = await checkCompose(
      snapshot({ ...vedtak, to: [{ address: 'Arkiv@iktsenter.example.no' }] }),
      registry,
    );
    expect(consentOf(toRegistry)).toBeUndefined();
    const swedish = await checkCompose(
      snapshot({
        from: { address: 'vara.kommun@vara.se' },
        to: [{ address: 'anna@example.se' }],
        subject: 'Vedtak om barnehageplass',
        body: 'Dnr KS 2026/12\n\nHej!',
      }),
      vara,
    );
    expect(consentOf(swedish)).toBeUndefined();
    // The Norwegian rule is not a Swedish one even with a Norwegian word.
    expect(electronicConsent(snapshot(vedtak), { ...ha, country: 'SE' })).toBeNull();
  });

  it('says nothing for "vedtak" in another sense or in quoted mail', async () => {
    for (const message of [
      { ...HA, subject: 'Vedtekter for barnehagen' },
      { ...HA, subject: 'Budsjettvedtak 2027' },
      {
        ...HA,
        body: 'Vår ref. 2026/1234-5\n\nKommunestyret gjorde vedtak om ny skulestruktur i går.',
      },
      {
        ...HA,
        subject: 'SV: Klage',
        body:
          'Vår ref. 2026/1234-5\n\nTakk, vi har motteke klaga.\n\n' +
          'Frå: Ola <ola@example.net>\nSendt: måndag 2. mars 2026 09:14\nEmne: Klage\n\nVedtaket kan påklagast, skreiv de. Eg klagar.',
      },
    ]) {
      const r = await checkCompose(snapshot(message), ha);
      expect([message.subject, consentOf(r)]).toEqual([message.subject, undefined]);
    }
  });

  it('is off when the profile says so, and a block when it says so', async () => {
    const message = snapshot({ ...HA, subject: 'Vedtak om barnehageplass' });
    const off = await checkCompose(message, { ...ha, checks: { 'electronic-consent': 'off' } });
    expect(consentOf(off)).toBeUndefined();
    const block = await checkCompose(message, { ...ha, checks: { 'electronic-consent': 'block' } });
    expect(consentOf(block)?.severity).toBe('block');
  });

  it('names where acceptance is recorded, in the user’s language where the profile has it', async () => {
    const message = snapshot({ ...NB, subject: 'Vedtak om ferdigattest' });
    const r = await checkCompose(message, nb);
    const f = consentOf(r) as Finding;
    const where = nb.electronicConsent?.where as Record<string, string>;
    expect(describeFinding(f, 'nb')).toContain(`Sjekk i \u2068${where['nb']}\u2069.`);
    expect(describeFinding(f, 'en')).toContain(`Check in \u2068${where['en']}\u2069.`);
    // No Swedish text in the profile: the organisation's own (nb) is used.
    expect(describeFinding(f, 'sv')).toContain(`Kontrollera i \u2068${where['nb']}\u2069.`);
    // One text for every language.
    const withOne: Profile = {
      ...ha,
      electronicConsent: { where: 'saksarkivet, kontaktkortet til parten' },
    };
    const one = await checkCompose(
      snapshot({ ...HA, subject: 'Førehandsvarsel om riving' }),
      withOne,
    );
    const g = consentOf(one) as Finding;
    for (const lang of LANGS) {
      expect(describeFinding(g, lang)).toContain('saksarkivet, kontaktkortet til parten');
    }
    expect(describeFinding(g, 'nn')).toMatch(
      /^Ordlyden «.Førehandsvarsel.» tyder på at dette er eit førehandsvarsel\. .*eForvaltningsforskrifta § 8.*Har parten godteke det\? Sjekk i /,
    );
    // Without a profile text the question stands alone.
    const bare: Profile = ha;
    expect(bare.electronicConsent).toBeUndefined();
    const h = consentOf(
      await checkCompose(snapshot({ ...HA, subject: 'Vedtak om skuleskyss' }), bare),
    ) as Finding;
    expect(describeFinding(h, 'nb')).toMatch(
      /et vedtak\. .*\(eForvaltningsforskriften § 8\)\. Har parten godtatt det\?$/,
    );
    expect(describeFinding(h, 'en')).toMatch(/decision \(vedtak\)\. .*Has the party accepted\?$/);
  });

  it('fits the alert and escapes what the profile wrote', async () => {
    const profile: Profile = {
      ...ha,
      electronicConsent: { where: '*Public 360* [kontakt](http://x)\u202e' + 'x'.repeat(100) },
    };
    const r = await checkCompose(snapshot({ ...HA, subject: 'Vedtak om barnehageplass' }), profile);
    for (const lang of LANGS) {
      const alert = renderAlert(r, lang);
      expect(alert.markdown.length).toBeLessThanOrEqual(500);
      expect(alert.text.length).toBeLessThanOrEqual(500);
      expect(alert.markdown).not.toContain('[kontakt](');
      expect(alert.text).not.toContain('\u202e');
    }
  });

  it('reads a huge text in linear time', () => {
    // Near misses everywhere ("vedtak om", "søknaden din er", "varsel"), the real thing at the end.
    const near = (n: number): string =>
      'varsel vedtak om søknaden din er klage på '.repeat(n) + 'Søknaden din er innvilget.';
    const run = (n: number): number => {
      const t0 = Date.now();
      const f = electronicConsent(
        snapshot({ ...HA, subject: 'x', body: `Vår ref. 2026/1-1\n\n${near(n)}` }),
        ha,
      );
      expect(f?.params?.['kind']).toBe('decision');
      return Date.now() - t0;
    };
    run(1_000);
    const small = run(10_000);
    const large = run(40_000);
    // Four times the text, about four times the time (generous for a loaded machine).
    expect(large).toBeLessThan(small * 12 + 200);
    expect(large).toBeLessThan(10_000);
  });
});

describe('the profile’s electronicConsent', () => {
  const base = JSON.parse(JSON.stringify(ha)) as Record<string, unknown>;
  it.each<[string, unknown, boolean]>([
    ['one text', { where: 'saksarkivet' }, true],
    ['one text per language', { where: { nb: 'saksarkivet', en: 'the case archive' } }, true],
    ['an empty text', { where: '' }, false],
    ['no language at all', { where: {} }, false],
    ['an unknown language', { where: { de: 'Akte' } }, false],
    ['an unknown field', { where: 'saksarkivet', field: 'x' }, false],
    ['no where', {}, false],
    ['a text too long for an alert', { where: 'x'.repeat(121) }, false],
  ])('%s', (_name, value, ok) => {
    const v = validateProfile({ ...base, electronicConsent: value });
    expect(v.ok).toBe(ok);
    if (!v.ok) expect(v.errors.some((e) => e.path.startsWith('electronicConsent'))).toBe(true);
  });
});

describe('"unntatt offentlighet" says whether the section is a duty or a choice', () => {
  it.each<[string, string | undefined, 'duty' | 'discretionary' | null]>([
    ['offl. § 13', 'Offl. § 13', 'duty'],
    ['offentleglova § 13', 'Offentleglova § 13', 'duty'],
    ['a chain with fvl. § 13', 'Offl. § 13 jf. fvl. § 13 første ledd nr. 1', 'duty'],
    ['fvl. § 13 first', 'Fvl. § 13 jf. offl. § 13', 'duty'],
    ['§13 without a space', '§13', 'duty'],
    ['offl. § 14', 'Offl. § 14', 'discretionary'],
    ['offentlighetsloven § 24 tredje ledd', 'Offentlighetsloven § 24 tredje ledd', 'discretionary'],
    ['offl. § 26', 'offl. § 26 femte ledd', 'discretionary'],
    ['offl. § 5 (deferred access, neither)', 'Offl. § 5', null],
    ['offl. § 27', 'Offl. § 27', null],
    ['offl. § 130', 'Offl. § 130', null],
    ['fvl. § 13 a', 'Fvl. § 13 a', null],
    ['Swedish law', 'OSL 26 kap. 1 §', null],
    ['no basis', undefined, null],
  ])('%s', (_name, basis, kind) => {
    expect(exemptionKind(basis)).toBe(kind);
  });

  it.each<[string, string, 'duty' | 'discretionary' | undefined]>([
    ['jf. offl. § 13', 'Unntatt offentlighet, jf. offl. § 13', 'duty'],
    ['jf. offl § 13 første ledd', 'Unntatt offentlighet jf. offl § 13 første ledd', 'duty'],
    ['offentleglova § 13', 'Unnateke frå offentlegheit etter offentleglova § 13', 'duty'],
    ['§13', 'Unntatt offentlighet §13', 'duty'],
    ['U.off. § 13', 'U.off. § 13', 'duty'],
    ['offl. § 14', 'Unntatt offentlighet, jf. offl. § 14', 'discretionary'],
    ['offl. § 24 tredje ledd', 'Unntatt offentlighet offl. § 24 tredje ledd', 'discretionary'],
    ['no section', 'Unntatt offentlighet', undefined],
  ])('%s', async (_name, body, kind) => {
    const r = await checkCompose(snapshot({ body: `Vår ref. 2026/1234-5\n\n${body}` }), ha);
    const f = r.findings.find((x) => x.check === 'exempt-external');
    // The rule itself is unchanged: a block to an external recipient without encryption.
    expect(f?.severity).toBe('block');
    expect(r.decision).toBe('block');
    expect(f?.params?.['exemption']).toBe(kind);
  });

  it('says which kind in every language', async () => {
    const duty = await checkCompose(snapshot({ body: 'Unntatt offentlighet, jf. offl. § 13' }), ha);
    const choice = await checkCompose(
      snapshot({ body: 'Unntatt offentlighet, jf. offl. § 15' }),
      ha,
    );
    const plain = await checkCompose(snapshot({ body: 'Unntatt offentlighet.' }), ha);
    const of = (r: { findings: readonly Finding[] }): Finding =>
      r.findings.find((x) => x.check === 'exempt-external') as Finding;
    const expected: Record<string, [RegExp, RegExp]> = {
      nb: [/plikt til å unnta: det er ikke et valg/, /valgfritt \(offl\. §§ 14–26: «kan unntas»\)/],
      nn: [
        /plikt til å gjere unntak for: det er ikkje eit val/,
        /valfritt \(offl\. §§ 14–26: «kan unntakast»\)/,
      ],
      sv: [
        /norsk lag en skyldighet att undanta, inte ett val/,
        /frivilligt \(norska offl\. §§ 14–26/,
      ],
      en: [/a duty, not a choice/, /discretionary \(offl\. §§ 14–26/],
    };
    for (const lang of LANGS) {
      const [d, c] = expected[lang] as [RegExp, RegExp];
      expect(describeFinding(of(duty), lang)).toMatch(d);
      expect(describeFinding(of(choice), lang)).toMatch(c);
      expect(describeFinding(of(plain), lang)).not.toMatch(d);
      expect(describeFinding(of(plain), lang)).not.toMatch(c);
      // Every version still asks for encryption.
      for (const r of [duty, choice, plain])
        expect(describeFinding(of(r), lang)).toMatch(/krypt|Krypt|ncrypt/);
    }
  });

  it('is encrypted away as before', async () => {
    const r = await checkCompose(
      snapshot({ body: 'Unntatt offentlighet, jf. offl. § 13', encrypted: true }),
      ha,
    );
    expect(r.findings.find((x) => x.check === 'exempt-external')).toBeUndefined();
  });

  it('stays linear on many § signs and huge text', async () => {
    const bases = ['§ '.repeat(200_000), 'Offl. § 13 jf. '.repeat(50_000), '§§§§'.repeat(100_000)];
    for (const b of bases) {
      const t0 = Date.now();
      exemptionKind(b);
      expect(Date.now() - t0).toBeLessThan(1_000);
    }
    const body =
      'Vår ref. 2026/1234-5\n\n' +
      'Unntatt offentlighet ' +
      '§ '.repeat(20_000) +
      '\n' +
      'Unntatt offentlighet, jf. offl. § 14 jf. '.repeat(2_000);
    const t0 = Date.now();
    const r = await checkCompose(snapshot({ body }), ha);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(r.findings.some((f) => f.params?.['exemption'] === 'discretionary')).toBe(true);
  });
});
