/**
 * The restriction follows the content (R5): what the engine found — ID
 * numbers, special categories, a confidentiality marking — suggests the
 * country's restriction with the reason; the profile may map each ground
 * to its own; nothing found, nothing suggested. The two sensitive sample
 * applications of the workbench, read by the real engine, are suggested a
 * restriction. Work is counted, never timed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_SUGGESTIONS,
  describeFound,
  foundMessages,
  offeredRestrictions,
  restrictionText,
  screenedWords,
  sensitiveFindings,
  suggestRestriction,
} from '../../../src/core/archive';
import { classifyMessage } from '../../../src/core/classify/classify';
import { Meter } from '../../../src/core/metering/meter';
import { parseEml } from '../../../src/core/mime/eml';
import type { Finding, Part } from '../../../src/core/model';
import type { Profile } from '../../../src/core/profile/types';
import { describeCatalog } from '../../support/catalog';
import { loadProfile } from '../../support/profiles';

describeCatalog('what was found', foundMessages);

const NO: Profile = {
  id: 'test-no',
  name: 'Testkommune',
  country: 'NO',
  language: 'nn',
  timeZone: 'Europe/Oslo',
  domains: ['test.kommune.no'],
  mailboxes: [{ address: 'post@test.kommune.no', name: 'Post', kind: 'function' }],
  responseDays: 2,
};
const SE: Profile = {
  ...NO,
  id: 'test-se',
  country: 'SE',
  language: 'sv',
  timeZone: 'Europe/Stockholm',
  domains: ['test.kommun.se'],
  mailboxes: [{ address: 'kommunen@test.kommun.se', name: 'Kommunen', kind: 'function' }],
};

function finding(
  code: string,
  text: string,
  part: Part = 'body',
  extra: Partial<Finding> = {},
): Finding {
  const category = code.slice(0, code.indexOf('.')) as Finding['category'];
  return { code, category, severity: 'warn', part, text, ...extra };
}

const fnr = (text: string, part: Part = 'body', extra: Partial<Finding> = {}): Finding =>
  finding('national-id.no.fnr', text, part, extra);
const pnr = (text: string, part: Part = 'body'): Finding =>
  finding('national-id.se.pnr', text, part);

function suggested(findings: readonly Finding[], profile: Profile): string | null {
  const s = suggestRestriction(findings, profile);
  return s ? restrictionText(s.restriction) : null;
}

describe('suggestRestriction: Norway', () => {
  it('suggests U with "Offl. § 13 jf. fvl. § 13 første ledd nr. 1" for ID numbers, naming how many and where', () => {
    const s = suggestRestriction(
      [
        fnr('13097248022', 'subject'),
        fnr('130972 48022'),
        fnr('24058512385', 'attachment', { attachment: 'søknad.pdf' }),
      ],
      NO,
    );
    expect(s?.ground).toBe('personal');
    expect(s && restrictionText(s.restriction)).toBe(
      'U – Offl. § 13 jf. fvl. § 13 første ledd nr. 1',
    );
    // The same number written two ways is one number.
    expect(s && describeFound(s, 'nn')).toBe(
      'to fødselsnummer i emnet, i e-posten og i vedlegget «søknad.pdf»',
    );
    expect(s && describeFound(s, 'nb')).toBe(
      'to fødselsnummer i emnet, i e-posten og i vedlegget «søknad.pdf»',
    );
    expect(s && describeFound(s, 'sv')).toBe(
      'två norska födelsenummer i ämnesraden, i meddelandet och i bilagan ”søknad.pdf”',
    );
    expect(s && describeFound(s, 'en')).toBe(
      'two Norwegian national identity numbers in the subject, in the message and in the attachment “søknad.pdf”',
    );
  });

  it.each([
    ['special-category.health', 'sykmeldt', 'U – Offl. § 13 jf. fvl. § 13 første ledd nr. 1'],
    ['special-category.child-welfare', 'meldt til barnevernet', 'B – Offl. § 13 jf. bvl. § 13-1'],
    [
      'special-category.social-assistance',
      'økonomisk sosialhjelp',
      'S – Offl. § 13 jf. sotjl. § 44',
    ],
    ['special-category.religion', 'muslim', 'U – Offl. § 13 jf. fvl. § 13 første ledd nr. 1'],
    ['special-category.criminal', 'dømt for', 'U – Offl. § 13 jf. fvl. § 13 første ledd nr. 1'],
    [
      'confidentiality.exempt',
      'Unntatt offentlighet',
      'U – Offl. § 13 jf. fvl. § 13 første ledd nr. 1',
    ],
    ['confidentiality.secret', 'taushetsbelagt', 'U – Offl. § 13 jf. fvl. § 13 første ledd nr. 1'],
  ])('%s («%s») suggests %s', (code, text, want) => {
    expect(suggested([finding(code, text)], NO)).toBe(want);
  });

  it('takes the most specific ground when several are found: child welfare before health before ID numbers', () => {
    const s = suggestRestriction(
      [
        fnr('13097248022'),
        finding('special-category.health', 'sykmeldt'),
        finding('special-category.child-welfare', 'bekymringsmelding'),
      ],
      NO,
    );
    expect(s?.ground).toBe('child-welfare');
    expect(s?.reasons.map((r) => r.code)).toEqual([
      'national-id.no.fnr',
      'special-category.health',
      'special-category.child-welfare',
    ]);
  });

  it('follows a marking that cites a basis the list knows', () => {
    const marked = finding(
      'confidentiality.exempt',
      'Unntatt offentlighet jf. offl. § 14',
      'body',
      {
        params: { basis: 'Offl. § 14' },
      },
    );
    expect(suggested([marked], NO)).toBe('X – Offl. § 14');
    const s = suggestRestriction([marked], NO);
    expect(s && describeFound(s, 'nb')).toBe(
      'merket «Unntatt offentlighet jf. offl. § 14» i e-posten',
    );
    // "Offl. § 13" alone: the ground's own § 13 restriction, not the first in the list.
    const cw = finding('special-category.child-welfare', 'meldt til barnevernet');
    const s13 = finding('confidentiality.exempt', 'U.off. § 13', 'body', {
      params: { basis: 'Offl. § 13' },
    });
    expect(suggested([cw, s13], NO)).toBe('B – Offl. § 13 jf. bvl. § 13-1');
    expect(suggested([s13], NO)).toBe('U – Offl. § 13 jf. fvl. § 13 første ledd nr. 1');
  });

  it('takes a citation of a section that exempts nothing for no marking: an access request "jf. offentleglova § 3"', () => {
    const cite = (text: string, basis: string): Finding =>
      finding('confidentiality.exempt', text, 'body', { params: { basis } });
    expect(suggestRestriction([cite('offentleglova § 3', 'Offentleglova § 3')], NO)).toBeNull();
    expect(suggestRestriction([cite('offentleglova § 29', 'Offentleglova § 29')], NO)).toBeNull();
    expect(suggested([cite('offentleglova § 14', 'Offentleglova § 14')], NO)).toBe(
      'X – Offl. § 14',
    );
    expect(suggested([cite('offl. § 5', 'Offl. § 5')], NO)).toBe(
      'U – Offl. § 13 jf. fvl. § 13 første ledd nr. 1',
    );
    expect(suggestRestriction([cite('OSL 2 kap. 1 §', 'OSL 2 kap. 1 §')], SE)).toBeNull();
    expect(suggested([cite('OSL 39 kap. 1 §', 'OSL 39 kap. 1 §')], SE)).toBe('S – OSL 39 kap. 1 §');
    // The ID numbers next to it still count.
    expect(
      suggested([cite('offentleglova § 3', 'Offentleglova § 3'), fnr('13097248022')], NO),
    ).toBe('U – Offl. § 13 jf. fvl. § 13 første ledd nr. 1');
  });

  it('names the words found, up to three, each once', () => {
    const s = suggestRestriction(
      ['sykmeldt', 'depresjon', 'Sykmeldt', 'innlagt', 'kreft'].map((w) =>
        finding('special-category.health', w),
      ),
      NO,
    );
    expect(s?.reasons[0]?.words).toEqual(['sykmeldt', 'depresjon', 'innlagt']);
    expect(s?.reasons[0]?.count).toBe(4);
    expect(s && describeFound(s, 'nn')).toBe(
      'helseopplysningar («sykmeldt», «depresjon» og «innlagt») i e-posten',
    );
  });
});

describe('suggestRestriction: Sweden', () => {
  it.each([
    ['a personnummer', [pnr('19800101-1234')], 'S – OSL 21 kap. 7 §'],
    ['health', [finding('special-category.health', 'sjukskriven')], 'S – OSL 25 kap. 1 §'],
    [
      'ekonomiskt bistånd',
      [finding('special-category.social-assistance', 'ekonomiskt bistånd')],
      'S – OSL 26 kap. 1 §',
    ],
    [
      'an orosanmälan',
      [finding('special-category.child-welfare', 'orosanmälan')],
      'S – OSL 26 kap. 1 §',
    ],
    [
      'ethnic origin',
      [finding('special-category.ethnicity', 'etnisk bakgrund')],
      'S – OSL 21 kap. 7 §',
    ],
    [
      'a secrecy marking without a basis',
      [finding('confidentiality.secret', 'sekretessbelagd')],
      'S – OSL 21 kap. 7 §',
    ],
    // Socialtjänst before hälso- och sjukvård before the fallback.
    [
      'personnummer, health and försörjningsstöd together',
      [
        pnr('19800101-1234'),
        finding('special-category.health', 'sjukskriven'),
        finding('special-category.social-assistance', 'försörjningsstöd'),
      ],
      'S – OSL 26 kap. 1 §',
    ],
  ] as const)('%s suggests %s', (_name, findings, want) => {
    expect(suggested(findings, SE)).toBe(want);
  });

  it('follows "Sekretess enligt OSL 26 kap. 1 §" over health words, and does not repeat the basis', () => {
    const s = suggestRestriction(
      [
        finding('confidentiality.exempt', 'Sekretess enligt OSL 26 kap. 1 §', 'attachment', {
          attachment: 'intyg.pdf',
          params: { basis: 'OSL 26 kap. 1 §' },
        }),
        finding('special-category.health', 'sjukskriven', 'attachment', {
          attachment: 'intyg.pdf',
        }),
      ],
      SE,
    );
    expect(s && restrictionText(s.restriction)).toBe('S – OSL 26 kap. 1 §');
    expect(s && describeFound(s, 'sv')).toBe(
      'märkt ”Sekretess enligt OSL 26 kap. 1 §” i bilagan ”intyg.pdf”; uppgifter om hälsa (”sjukskriven”) i bilagan ”intyg.pdf”',
    );
  });

  it('has core defaults for every ground in both countries, all offered in the form', () => {
    for (const profile of [NO, SE]) {
      const offered = offeredRestrictions(profile).map(restrictionText);
      for (const e of Object.values(DEFAULT_SUGGESTIONS[profile.country]))
        expect(offered).toContain(`${e.code} – ${e.basis}`);
      // Nothing added beyond the country's list.
      expect(new Set(offered).size).toBe(offered.length);
    }
  });
});

describe('suggestRestriction: the profile', () => {
  it('maps a ground to its own restriction: a health service files health under hpl. § 21', () => {
    const health: Profile = {
      ...NO,
      restrictions: { suggest: { health: { code: 'H', basis: 'Offl. § 13 jf. hpl. § 21' } } },
    };
    const f = [finding('special-category.health', 'sykmeldt')];
    expect(suggested(f, NO)).toBe('U – Offl. § 13 jf. fvl. § 13 første ledd nr. 1');
    expect(suggested(f, health)).toBe('H – Offl. § 13 jf. hpl. § 21');
    // The other grounds keep core's defaults.
    expect(suggested([fnr('13097248022')], health)).toBe(
      'U – Offl. § 13 jf. fvl. § 13 første ledd nr. 1',
    );
  });

  it('offers a restriction the list does not have when the profile suggests it', () => {
    const own: Profile = {
      ...SE,
      restrictions: {
        suggest: {
          personal: { code: 'S', basis: 'OSL 26 kap. 5 §', label: 'Socialtjänst, anhöriga' },
        },
      },
    };
    const offered = offeredRestrictions(own);
    expect(offered.length).toBe(offeredRestrictions(SE).length + 1);
    expect(offered[offered.length - 1]).toEqual({
      code: 'S',
      basis: 'OSL 26 kap. 5 §',
      label: 'Socialtjänst, anhöriga',
    });
    const s = suggestRestriction([pnr('19800101-1234')], own);
    expect(s?.restriction).toEqual(offered[offered.length - 1]);
  });

  it('the example profiles map as the law of their country says', () => {
    for (const id of ['ha-kommune', 'kommune-nb'] as const) {
      const p = loadProfile(id);
      expect(suggested([finding('special-category.child-welfare', 'x')], p)).toBe(
        'B – Offl. § 13 jf. bvl. § 13-1',
      );
    }
    for (const id of ['vara-kommun', 'melleruds-kommun'] as const) {
      const p = loadProfile(id);
      expect(suggested([finding('special-category.social-assistance', 'x')], p)).toBe(
        'S – OSL 26 kap. 1 §',
      );
      expect(suggested([finding('special-category.health', 'x')], p)).toBe('S – OSL 25 kap. 1 §');
      expect(suggested([pnr('19800101-1234')], p)).toBe('S – OSL 21 kap. 7 §');
    }
  });
});

describe('suggestRestriction: nothing found', () => {
  it('suggests nothing for no findings, or for findings that ask for no restriction', () => {
    expect(suggestRestriction([], NO)).toBeNull();
    expect(
      suggestRestriction(
        [
          finding('threat.violence', 'jeg skal drepe deg'),
          finding('legal-form.advance-notice', 'forhåndsvarsel'),
          {
            code: 'attachment.risky.executable',
            category: 'attachment',
            severity: 'warn',
            part: 'attachment',
          },
        ],
        NO,
      ),
    ).toBeNull();
    expect(sensitiveFindings([finding('threat.violence', 'x'), fnr('13097248022')])).toHaveLength(
      1,
    );
  });
});

describe('suggestRestriction and screenedWords: linear work, bounded output', () => {
  const many = (n: number): Finding[] =>
    Array.from({ length: n }, (_, i) =>
      i % 2 === 0
        ? fnr(String(10_000_000_000 + i), 'attachment', {
            attachment: `v${i}.pdf`,
            params: { holder: `Kari Nordby${'x'.repeat(i % 5)}` },
          })
        : finding('special-category.health', `ord${i}`, 'attachment', { attachment: `v${i}.pdf` }),
    );

  it('counts at most 4.5 times the steps for four times the findings', () => {
    const steps = (n: number): number => {
      const meter = new Meter();
      const findings = many(n);
      suggestRestriction(findings, NO, meter);
      screenedWords({ findings, correspondents: [] }, NO, meter);
      return meter.steps;
    };
    const small = steps(2_000);
    const large = steps(8_000);
    expect(small).toBeGreaterThan(2_000);
    expect(large).toBeLessThanOrEqual(small * 4.5);
  });

  it('names at most three places and three words, and screens at most fifty words', () => {
    const findings = many(2_000);
    const s = suggestRestriction(findings, NO);
    for (const r of s?.reasons ?? []) {
      expect(r.places.length).toBeLessThanOrEqual(3);
      expect(r.words.length).toBeLessThanOrEqual(3);
    }
    expect(s?.reasons[0]?.morePlaces).toBe(997);
    expect(s && describeFound(s, 'nn')).toContain('og 997 andre stader');
    expect(screenedWords({ findings, correspondents: [] }, NO)).toHaveLength(50);
  });

  it('is deterministic: the same findings give the same suggestion', () => {
    const findings = many(300);
    expect(suggestRestriction(findings, SE)).toEqual(suggestRestriction(findings, SE));
  });
});

describe('screenedWords', () => {
  const kari = { name: 'Kari Lunde', address: 'kari.lunde@example.org' };

  it('screens the ID numbers as written and as digits, and the name of a private sender', () => {
    const words = screenedWords(
      {
        findings: [fnr('130972 48022'), finding('special-category.health', 'sykmeldt')],
        correspondents: [kari],
      },
      NO,
    );
    expect(words).toEqual(['Kari Lunde', '130972 48022', '13097248022']);
  });

  it('screens a name written next to an ID number, in both its forms', () => {
    const words = screenedWords(
      {
        findings: [fnr('24058512385', 'body', { params: { holder: 'Lunde, Ola' } })],
        correspondents: [],
      },
      NO,
    );
    expect(words).toEqual(['24058512385', 'Lunde, Ola', 'Ola Lunde']);
  });

  it('leaves out organisations, function mailboxes and colleagues', () => {
    const words = screenedWords(
      {
        findings: [],
        correspondents: [
          { name: 'Byggmester Hansen AS', address: 'post@hansenbygg.example.com' },
          { name: 'Ola Hansen', address: 'post@example.com' },
          { name: 'Skatteetaten', address: 'skatt@example.no' },
          { name: 'Kari Nordmann', address: 'kari.nordmann@test.kommune.no' },
          { name: '', address: 'arild1961@example.net' },
        ],
      },
      NO,
    );
    expect(words).toEqual([]);
  });

  it('follows the profile: names only, ID numbers only, or nothing', () => {
    const input = {
      findings: [fnr('13097248022', 'body', { params: { holder: 'Ola Lunde' } })],
      correspondents: [kari],
    };
    const with_ = (screen: { idNumbers?: boolean; privateNames?: boolean }): string[] =>
      screenedWords(input, { ...NO, restrictions: { screen } });
    expect(with_({ idNumbers: false })).toEqual(['Kari Lunde', 'Ola Lunde']);
    expect(with_({ privateNames: false })).toEqual(['13097248022']);
    expect(with_({ idNumbers: false, privateNames: false })).toEqual([]);
  });
});

describe('the workbench sample applications, read by the engine', () => {
  const MAILBOX = join(__dirname, '..', '..', '..', 'dev', 'mailbox');
  const read = (path: string) => parseEml(new Uint8Array(readFileSync(join(MAILBOX, path))));

  it("Kari Lunde's start-up loan application (two fødselsnummer) is suggested U, with her name and the numbers screened", async () => {
    const profile = loadProfile('ha-kommune');
    const msg = await read('ha-kommune/post/03-startlan.eml');
    const c = await classifyMessage(msg, profile);
    const s = suggestRestriction(sensitiveFindings(c.findings), profile);
    expect(s && restrictionText(s.restriction)).toBe(
      'U – Offl. § 13 jf. fvl. § 13 første ledd nr. 1',
    );
    expect(s && describeFound(s, 'nn')).toBe('to fødselsnummer i emnet og i e-posten');
    const words = screenedWords(
      {
        findings: c.findings,
        correspondents: msg.from ? [{ name: msg.from.name ?? '', address: msg.from.address }] : [],
      },
      profile,
    );
    expect(words).toEqual(
      expect.arrayContaining(['Kari Lunde', '13097248022', '130972 48022', '24058512385']),
    );
  });

  it('the request for access "jf. offentleglova § 3" is suggested nothing', async () => {
    const profile = loadProfile('kommune-nb');
    const c = await classifyMessage(
      await read('kommune-nb/postmottak/01-innsyn-skolestruktur.eml'),
      profile,
    );
    expect(c.findings.some((f) => f.category === 'confidentiality')).toBe(true);
    expect(suggestRestriction(sensitiveFindings(c.findings), profile)).toBeNull();
  });

  it('the housing-benefit application mentioning depression is suggested a restriction naming the health words', async () => {
    const profile = loadProfile('kommune-nb');
    const c = await classifyMessage(await read('kommune-nb/postmottak/02-bostotte.eml'), profile);
    const s = suggestRestriction(sensitiveFindings(c.findings), profile);
    expect(s?.ground).toBe('health');
    expect(s && restrictionText(s.restriction)).toBe(
      'U – Offl. § 13 jf. fvl. § 13 første ledd nr. 1',
    );
    expect(s && describeFound(s, 'nb')).toBe(
      'ett fødselsnummer i e-posten; ett D-nummer i e-posten; helseopplysninger («sykmeldt» og «depresjon») i e-posten',
    );
  });
});
