/**
 * Before anything is filed (R5): a title the public journal may show, and
 * the access restrictions offered per country.
 */
import {
  accessRestrictions,
  archiveMessages,
  checkTitle,
  describeTitleProblem,
  forwardHeaders,
  readForwardOrigin,
  registryBody,
  registryMessages,
  registrySubject,
  restrictionText,
  titleFromSubject,
} from '../../../src/core/archive';
import type { RegistryForward } from '../../../src/core/archive';
import { LANGS } from '../../../src/core/model';
import { describeCatalog } from '../../support/catalog';

describeCatalog('archive', archiveMessages);
describeCatalog('registry mailbox', registryMessages);

describe('checkTitle', () => {
  it('accepts a neutral title', () => {
    expect(checkTitle('Søknad om barnehageplass')).toEqual([]);
    expect(checkTitle('Begäran om allmän handling')).toEqual([]);
  });

  it('refuses a national ID number, and says so without showing it whole', () => {
    const problems = checkTitle('Søknad om startlån – 130972 48022');
    expect(problems.map((p) => p.code)).toEqual(['title.national-id']);
    for (const lang of LANGS) {
      const text = describeTitleProblem(problems[0] as (typeof problems)[0], lang);
      expect(text).toContain('130972*****');
      expect(text).not.toContain('48022');
    }
  });

  it('refuses special-category data and threats', () => {
    expect(checkTitle('Innleggelse på psykiatrisk avdeling').map((p) => p.code)).toContain(
      'title.special-category',
    );
    expect(checkTitle('Jeg skal drepe deg').map((p) => p.code)).toContain('title.threat');
  });

  it('refuses an empty or overlong title', () => {
    expect(checkTitle('   ').map((p) => p.code)).toEqual(['title.empty']);
    expect(checkTitle('x'.repeat(300)).map((p) => p.code)).toEqual(['title.too-long']);
    expect(describeTitleProblem({ code: 'title.too-long', max: 255 }, 'sv')).toBe(
      'Rubriken får ha högst 255 tecken.',
    );
  });
});

describe('titleFromSubject', () => {
  it.each([
    ['SV: Re: Søknad om barnehageplass', 'Søknad om barnehageplass'],
    ['VB: [EXTERN] Begäran om handlingar', 'Begäran om handlingar'],
    ['Fwd:   RE[2]: Klage  på vedtak', 'Klage på vedtak'],
    ['Svar på søknad', 'Svar på søknad'],
  ])('%j → %j', (subject, title) => {
    expect(titleFromSubject(subject)).toBe(title);
  });
});

describe('access restrictions', () => {
  it('offers Norwegian tilgangskoder with their skjermingshjemmel', () => {
    const no = accessRestrictions('NO');
    expect(no.map(restrictionText)).toContain('U – Offl. § 13 jf. fvl. § 13 første ledd nr. 1');
    expect(no.every((r) => /^Offl\. § \d+/.test(r.basis))).toBe(true);
  });

  it('offers Swedish sekretess with the OSL chapter and section', () => {
    const se = accessRestrictions('SE');
    expect(se.map((r) => r.basis)).toContain('OSL 26 kap. 1 §');
    expect(se.every((r) => /^OSL \d+ kap\. \d+ §$/.test(r.basis))).toBe(true);
  });
});

describe('the registry-mailbox forward', () => {
  const forward: RegistryForward = {
    documentType: 'I',
    caseNumber: '2026/123',
    restriction: { code: 'S', basis: 'OSL 26 kap. 1 §', label: 'Socialtjänst' },
    title: 'Ansökan om | bistånd\r\n',
    by: { name: 'Anna Andersson', address: 'anna.andersson@vara.se' },
    originalFrom: 'Lisa <lisa@example.se>',
    receivedAt: '2026-11-20T08:15:00Z',
    messageId: '<abc@example.se>',
    attachmentName: 'original.eml',
  };

  it('puts the fields in the subject in a fixed order that a rule can split', () => {
    expect(registrySubject(forward)).toBe(
      'Arkivpost: I | 2026/123 | S – OSL 26 kap. 1 § | Ansökan om bistånd',
    );
    const bare: RegistryForward = {
      documentType: 'I',
      title: forward.title,
      by: forward.by,
      attachmentName: forward.attachmentName,
    };
    expect(registrySubject(bare)).toBe('Arkivpost: I | - | - | Ansökan om bistånd');
  });

  it.each(LANGS)('writes every field in the body in %s', (lang) => {
    const body = registryBody(forward, lang, 'Europe/Stockholm');
    for (const value of [
      '2026/123',
      'OSL 26 kap. 1 §',
      'anna.andersson@vara.se',
      '<abc@example.se>',
      'original.eml',
    ]) {
      expect(body).toContain(value);
    }
  });

  it('writes Swedish for a Swedish registry', () => {
    expect(registryBody(forward, 'sv', 'Europe/Stockholm')).toContain('Diarienummer: 2026/123');
  });

  it('gives the received time in the organisation’s language and time zone, never as ISO or UTC', () => {
    const at = { ...forward, receivedAt: '2026-03-03T15:40:12.000Z' };
    expect(registryBody(at, 'sv', 'Europe/Stockholm')).toContain('Mottaget: 2026-03-03 kl. 16.40');
    expect(registryBody(at, 'nb', 'Europe/Oslo')).toContain('Mottatt: 03.03.2026 kl. 16.40');
    expect(registryBody(at, 'nn', 'Europe/Oslo')).toContain('Motteken: 03.03.2026 kl. 16.40');
    expect(registryBody(at, 'en', 'Europe/Oslo')).toContain('Received: 3 March 2026 at 16:40');
    // Summer time: 07:15 UTC is 09:15 in Stockholm.
    expect(
      registryBody({ ...forward, receivedAt: '2026-07-01T07:15:00Z' }, 'sv', 'Europe/Stockholm'),
    ).toContain('Mottaget: 2026-07-01 kl. 09.15');
    for (const lang of LANGS) {
      const body = registryBody(at, lang, 'Europe/Stockholm');
      expect(body).not.toMatch(/\d{4}-\d{2}-\d{2}T|Z\b|UTC/);
    }
  });

  it('leaves out a line whose value is missing or unreadable, rather than writing it empty', () => {
    const bare: RegistryForward = {
      documentType: 'I',
      title: 'Ansökan',
      by: forward.by,
      receivedAt: 'not a date',
      attachmentName: 'original.eml',
    };
    for (const lang of LANGS) {
      const body = registryBody(bare, lang, 'Europe/Stockholm');
      expect(body).not.toMatch(/: *$/m);
      expect(body).not.toMatch(/\(\s*\)|«\s*»|”\s*”|"\s*"/);
      expect(body).not.toContain('not a date');
    }
  });

  it('names the original’s mailbox, and carries where the original is in headers the registrar’s pane reads back', () => {
    const withBox = { ...forward, mailbox: 'vara.kommun@vara.se' };
    expect(registryBody(withBox, 'sv', 'Europe/Stockholm')).toContain(
      'Brevlåda: vara.kommun@vara.se',
    );
    const fingerprint = 'ab'.repeat(32);
    const headers = forwardHeaders({
      messageId: '<abc@example.se>',
      mailbox: 'vara.kommun@vara.se',
      fingerprint,
    });
    expect(headers).toEqual([
      { name: 'X-Arkivpost-Original-Message-Id', value: '<abc@example.se>' },
      { name: 'X-Arkivpost-Original-Mailbox', value: 'vara.kommun@vara.se' },
      { name: 'X-Arkivpost-Fingerprint', value: fingerprint },
    ]);
    // As Graph gives them back: other headers first, names in any case.
    expect(
      readForwardOrigin([
        { name: 'Received', value: 'from x' },
        ...headers.map((h) => ({ name: h.name.toLowerCase(), value: ` ${h.value} ` })),
      ]),
    ).toEqual({ messageId: '<abc@example.se>', mailbox: 'vara.kommun@vara.se', fingerprint });
    // Headers lost on the way: the body's labelled lines, in any of the four languages.
    for (const lang of LANGS) {
      expect(readForwardOrigin([], registryBody(withBox, lang, 'Europe/Oslo'))).toEqual({
        messageId: '<abc@example.se>',
        mailbox: 'vara.kommun@vara.se',
      });
    }
    // Not a forward of ours; values a header cannot hold are left out.
    expect(
      readForwardOrigin([{ name: 'Subject', value: 'x' }], 'Hej\nMeddelande-ID: nej'),
    ).toBeNull();
    expect(readForwardOrigin(null, undefined)).toBeNull();
    expect(
      forwardHeaders({ messageId: 'no brackets', mailbox: 'a b@c.se', fingerprint: 'xyz' }),
    ).toEqual([]);
  });

  it('reads a long body in time linear in its length', () => {
    const line = 'Meddelande-ID: <' + 'x'.repeat(2000) + '\n';
    const body = line.repeat(2000);
    const started = Date.now();
    expect(readForwardOrigin([], body)).toBeNull();
    expect(readForwardOrigin([], ': '.repeat(200_000))).toBeNull();
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
