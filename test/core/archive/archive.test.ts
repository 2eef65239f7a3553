/**
 * Before anything is filed (R5): a title the public journal may show, and
 * the access restrictions offered per country.
 */
import {
  accessRestrictions,
  archiveMessages,
  checkTitle,
  describeTitleProblem,
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
    const body = registryBody(forward, lang);
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
    expect(registryBody(forward, 'sv')).toContain('Diarienummer: 2026/123');
  });
});
