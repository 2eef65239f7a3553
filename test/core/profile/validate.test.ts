import { formatProfileErrors, parseProfileText, validateProfile } from '../../../src/core/profile';
import type { ProfileError } from '../../../src/core/profile';
import { LANGS } from '../../../src/core/model';

type Json = Record<string, unknown>;

/** A small, valid profile; each case breaks one thing in a fresh copy. */
function base(): Json {
  return {
    id: 'testkommune',
    name: 'Testkommune',
    country: 'NO',
    language: 'nb',
    timeZone: 'Europe/Oslo',
    domains: ['test.kommune.no'],
    mailboxes: [
      {
        address: 'postmottak@test.kommune.no',
        name: 'Postmottak',
        kind: 'function',
        registry: true,
      },
      {
        address: 'teknisk@test.kommune.no',
        name: 'Teknisk',
        department: 'Teknisk',
        kind: 'function',
      },
      { address: 'ordforer@test.kommune.no', name: 'Ordføreren', kind: 'position' },
    ],
    responseDays: 2,
  };
}

function mailbox(p: Json, i: number): Json {
  return (p.mailboxes as Json[])[i] as Json;
}

function codes(errors: readonly ProfileError[]): string[] {
  return errors.map((e) => `${e.code} @ ${e.path}`);
}

function errorsOf(json: unknown): string[] {
  const r = validateProfile(json);
  return r.ok ? [] : codes(r.errors);
}

describe('validateProfile: a valid profile', () => {
  it('is accepted as it is, without warnings', () => {
    const r = validateProfile(base());
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([]);
    if (r.ok) expect(r.profile.mailboxes).toHaveLength(3);
  });

  it.each<[string, (p: Json) => void]>([
    ['a mailbox in a subdomain', (p) => (mailbox(p, 1).address = 'skole@oppvekst.test.kommune.no')],
    ['an address written in capitals', (p) => (mailbox(p, 1).address = 'Teknisk@Test.Kommune.No')],
    [
      'every optional field',
      (p) => {
        Object.assign(p, {
          $schema: './profile.schema.json',
          description: 'Eksempel',
          extraHolidays: ['2025-05-02'],
          christmasEveOff: true,
          keywords: { threat: ['jeg vet hvor du bor'], 'legal-form': ['forhåndsvarsel'] },
          checks: { 'national-id': 'block', 'good-practice': 'off' },
          onError: 'block',
          signatureMarkers: ['Testkommune'],
          encryptionTags: ['[sikker]'],
          removeAfterFiling: true,
        });
      },
    ],
    ['a Svalbard time zone for a Norwegian profile', (p) => (p.timeZone = 'Arctic/Longyearbyen')],
    [
      'English as the language of a Swedish profile',
      (p) => {
        Object.assign(p, { country: 'SE', language: 'en', timeZone: 'Europe/Stockholm' });
      },
    ],
  ])('accepts %s', (_name, change) => {
    const p = base();
    change(p);
    const r = validateProfile(p);
    expect(r.ok ? [] : codes(r.errors)).toEqual([]);
    expect(r.warnings).toEqual([]);
  });
});

describe('validateProfile: broken profiles', () => {
  it.each<[string, (p: Json) => void, string[]]>([
    ['a missing id', (p) => delete p.id, ['profile.error.required @ id']],
    ['an id with capitals and spaces', (p) => (p.id = 'Test Kommune'), ['profile.error.id @ id']],
    ['an empty name', (p) => (p.name = ''), ['profile.error.empty @ name']],
    ['an unknown country', (p) => (p.country = 'DK'), ['profile.error.enum @ country']],
    ['"no" as a language', (p) => (p.language = 'no'), ['profile.error.enum @ language']],
    [
      'a misspelt time zone',
      (p) => (p.timeZone = 'Europe/Olso'),
      ['profile.error.time-zone @ timeZone'],
    ],
    ['a time zone given as a number', (p) => (p.timeZone = 1), ['profile.error.type @ timeZone']],
    ['no domains', (p) => (p.domains = []), ['profile.error.too-few @ domains']],
    [
      'a domain given as a string',
      (p) => (p.domains = 'test.kommune.no'),
      ['profile.error.type @ domains'],
    ],
    [
      'a domain with @',
      (p) => (p.domains = ['@test.kommune.no']),
      ['profile.error.domain @ domains[0]'],
    ],
    [
      'a domain in capitals',
      (p) => (p.domains = ['Test.Kommune.no']),
      ['profile.error.domain-case @ domains[0]'],
    ],
    ['no mailboxes', (p) => (p.mailboxes = []), ['profile.error.too-few @ mailboxes']],
    ['mailboxes given as an object', (p) => (p.mailboxes = {}), ['profile.error.type @ mailboxes']],
    [
      'a mailbox that is a string',
      (p) => ((p.mailboxes as unknown[])[2] = 'x@test.kommune.no'),
      ['profile.error.type @ mailboxes[2]'],
    ],
    [
      'an address without a domain',
      (p) => (mailbox(p, 1).address = 'teknisk'),
      ['profile.error.email @ mailboxes[1].address'],
    ],
    [
      'the same address twice in different case',
      (p) => (mailbox(p, 2).address = 'TEKNISK@test.kommune.no'),
      ['profile.error.duplicate-address @ mailboxes[2].address'],
    ],
    [
      'two registry mailboxes',
      (p) => (mailbox(p, 1).registry = true),
      ['profile.error.registry-count @ mailboxes'],
    ],
    [
      'a function mailbox outside the domains',
      (p) => (mailbox(p, 1).address = 'teknisk@gmail.com'),
      ['profile.error.mailbox-domain @ mailboxes[1].address'],
    ],
    [
      'a supervisor outside the domains',
      (p) => (mailbox(p, 1).supervisors = ['leiar@test.kommune.no', 'leiar@gmail.com']),
      ['profile.error.oversight-domain @ mailboxes[1].supervisors[1]'],
    ],
    [
      'a supervisor that is not an address',
      (p) => (mailbox(p, 1).supervisors = ['leiar']),
      ['profile.error.email @ mailboxes[1].supervisors[0]'],
    ],
    [
      'a digest sender outside the domains',
      (p) => (p.oversight = { digestSender: 'noreply@example.com' }),
      ['profile.error.oversight-domain @ oversight.digestSender'],
    ],
    [
      'a look-alike domain that only ends with the same letters',
      (p) => (mailbox(p, 1).address = 'teknisk@evil-test.kommune.no.example.com'),
      ['profile.error.mailbox-domain @ mailboxes[1].address'],
    ],
    [
      'an unknown mailbox kind',
      (p) => (mailbox(p, 1).kind = 'funksjon'),
      ['profile.error.enum @ mailboxes[1].kind'],
    ],
    [
      'a mailbox without a kind',
      (p) => delete mailbox(p, 1).kind,
      ['profile.error.required @ mailboxes[1].kind'],
    ],
    [
      'an empty department',
      (p) => (mailbox(p, 1).department = ''),
      ['profile.error.empty @ mailboxes[1].department'],
    ],
    [
      'registry given as text',
      (p) => (mailbox(p, 0).registry = 'yes'),
      ['profile.error.type @ mailboxes[0].registry'],
    ],
    [
      'a misspelt field in a mailbox',
      (p) => (mailbox(p, 2).adresse = 'x'),
      ['profile.error.unknown-key-suggestion @ mailboxes[2].adresse'],
    ],
    [
      '"timezone" in lower case',
      (p) => (p.timezone = 'Europe/Oslo'),
      ['profile.error.unknown-key-suggestion @ timezone'],
    ],
    [
      'a field nobody knows',
      (p) => (p.faxNumber = '+47 51 00 00 00'),
      ['profile.error.unknown-key @ faxNumber'],
    ],
    [
      'a misspelt field close to a known one',
      (p) => (p.archiv = { kind: 'noark5', url: '/noark5v5/' }),
      ['profile.error.unknown-key-suggestion @ archiv'],
    ],
    [
      'an archive API over plain http',
      (p) => (p.archive = { kind: 'noark5', url: 'http://arkiv.example.no/noark5v5/' }),
      ['profile.error.invalid @ archive.url'],
    ],
    [
      'an archive of a kind nobody knows',
      (p) => (p.archive = { kind: 'websak', url: '/x/' }),
      ['profile.error.enum @ archive.kind'],
    ],
    [
      'a misspelt archive setting',
      (p) => (p.archive = { kind: 'noark5', url: '/noark5v5/', scop: 'api://x/.default' }),
      ['profile.error.unknown-key-suggestion @ archive.scop'],
    ],
    [
      'a SharePoint site given as a web address',
      (p) =>
        (p.archive = {
          kind: 'sharepoint',
          site: 'https://mellerud.sharepoint.com/sites/diarium',
          library: 'Ärenden',
        }),
      ['profile.error.invalid @ archive.site'],
    ],
    [
      'a registry-mailbox archive with no address and no registry mailbox',
      (p) => {
        p.mailboxes = (p.mailboxes as Array<Record<string, unknown>>).map(
          ({ registry: _r, ...m }) => m,
        );
        p.archive = { kind: 'registry-mailbox' };
      },
      ['profile.error.archive-no-registry @ archive'],
    ],
    ['responseDays 0', (p) => (p.responseDays = 0), ['profile.error.range @ responseDays']],
    ['responseDays 31', (p) => (p.responseDays = 31), ['profile.error.range @ responseDays']],
    ['responseDays 2.5', (p) => (p.responseDays = 2.5), ['profile.error.type @ responseDays']],
    ['responseDays as text', (p) => (p.responseDays = '2'), ['profile.error.type @ responseDays']],
    [
      '30 February as a day off',
      (p) => (p.extraHolidays = ['2025-02-30']),
      ['profile.error.date @ extraHolidays[0]'],
    ],
    [
      'a day off in Norwegian date format',
      (p) => (p.extraHolidays = ['2025-05-02', '24.12.2025']),
      ['profile.error.date @ extraHolidays[1]'],
    ],
    [
      'christmasEveOff as text',
      (p) => (p.christmasEveOff = 'ja'),
      ['profile.error.type @ christmasEveOff'],
    ],
    [
      'an unknown keyword category',
      (p) => (p.keywords = { threats: ['x'] }),
      ['profile.error.unknown-key-suggestion @ keywords.threats'],
    ],
    [
      'an empty keyword',
      (p) => (p.keywords = { threat: [''] }),
      ['profile.error.empty @ keywords.threat[0]'],
    ],
    [
      'an unknown check',
      (p) => (p.checks = { 'subject-sensitiv': 'block' }),
      ['profile.error.unknown-key-suggestion @ checks.subject-sensitiv'],
    ],
    [
      'an unknown severity',
      (p) => (p.checks = { threat: 'loud' }),
      ['profile.error.enum @ checks.threat'],
    ],
    ['an unknown onError', (p) => (p.onError = 'ignore'), ['profile.error.enum @ onError']],
  ])('reports %s', (_name, change, expected) => {
    const p = base();
    change(p);
    expect(errorsOf(p)).toEqual(expected);
  });

  it.each([
    ['a number', 42],
    ['null', null],
    ['a list', []],
    ['a string', '{"id": "x"}'],
  ])('reports the whole file when it is %s', (_name, json) => {
    expect(errorsOf(json)).toEqual(['profile.error.type @ ']);
  });

  it('reports every error at once, each with its path', () => {
    const p = base();
    delete p.name;
    p.country = 'DK';
    p.responseDays = 0;
    mailbox(p, 1).address = 'postmottak@test.kommune.no';
    mailbox(p, 1).registry = true;
    mailbox(p, 2).address = 'ordforer@example.com';
    mailbox(p, 2).kind = 'person';
    p.extraHolidays = ['2025-13-01'];
    expect(errorsOf(p).sort()).toEqual(
      [
        'profile.error.required @ name',
        'profile.error.enum @ country',
        'profile.error.range @ responseDays',
        'profile.error.duplicate-address @ mailboxes[1].address',
        'profile.error.registry-count @ mailboxes',
        'profile.error.mailbox-domain @ mailboxes[2].address',
        'profile.error.enum @ mailboxes[2].kind',
        'profile.error.date @ extraHolidays[0]',
      ].sort(),
    );
  });

  it('gives the parameters a message needs', () => {
    const p = base();
    p.country = 'DK';
    p.responseDays = 45;
    p.timezone = 'Europe/Oslo';
    mailbox(p, 2).address = 'TEKNISK@test.kommune.no';
    const r = validateProfile(p);
    expect(r.ok ? [] : r.errors).toEqual(
      expect.arrayContaining([
        { code: 'profile.error.enum', path: 'country', params: { value: 'DK', allowed: 'NO, SE' } },
        {
          code: 'profile.error.range',
          path: 'responseDays',
          params: { value: '45', min: 1, max: 30 },
        },
        {
          code: 'profile.error.unknown-key-suggestion',
          path: 'timezone',
          params: { key: 'timezone', suggestion: 'timeZone' },
        },
        {
          code: 'profile.error.duplicate-address',
          path: 'mailboxes[2].address',
          params: { address: 'TEKNISK@test.kommune.no', first: 'mailboxes[1].address' },
        },
      ]),
    );
  });
});

describe('validateProfile: warnings', () => {
  it.each<[string, (p: Json) => void, string[]]>([
    [
      'no registry mailbox',
      (p) => delete mailbox(p, 0).registry,
      ['profile.warning.no-registry @ mailboxes'],
    ],
    [
      'Swedish as the language in Norway',
      (p) => (p.language = 'sv'),
      ['profile.warning.language-country @ language'],
    ],
    [
      'an Oslo time zone in Sweden',
      (p) => Object.assign(p, { country: 'SE', language: 'sv' }),
      ['profile.warning.time-zone-country @ timeZone'],
    ],
  ])('warns about %s but accepts the profile', (_name, change, expected) => {
    const p = base();
    change(p);
    const r = validateProfile(p);
    expect(r.ok).toBe(true);
    expect(codes(r.warnings)).toEqual(expected);
  });
});

describe('parseProfileText', () => {
  const good = JSON.stringify(base(), null, 2);

  it('accepts the text of a valid profile, also with a byte-order mark and Windows line ends', () => {
    expect(parseProfileText(good).ok).toBe(true);
    expect(parseProfileText('\ufeff' + good.replace(/\n/g, '\r\n')).ok).toBe(true);
  });

  it.each([
    [
      'a trailing comma',
      '{\n  "id": "x",\n  "domains": ["a.no",]\n}',
      'profile.error.json',
      3,
      22,
      ']',
    ],
    ['a missing comma', '{\n  "id": "x"\n  "name": "y"\n}', 'profile.error.json', 3, 3, '"'],
    ['single quotes', "{ 'id': 'x' }", 'profile.error.json', 1, 3, "'"],
    ['a comment', '{\n  // kommentar\n  "id": "x"\n}', 'profile.error.json', 2, 3, '/'],
    ['True with a capital', '{ "christmasEveOff": True }', 'profile.error.json', 1, 22, 'True'],
    ['text after the end', '{}\n{}', 'profile.error.json', 2, 1, '{'],
    ['a line break inside a string', '{ "id": "x\ny" }', 'profile.error.json', 1, 11, '\n'],
    ['an empty file', '', 'profile.error.json-end', 1, 1, undefined],
    ['a cut-off file', '{\r\n  "id": "x",\r\n', 'profile.error.json-end', 3, 1, undefined],
    ['an unterminated string', '{ "id": "x', 'profile.error.json-end', 1, 11, undefined],
  ])('locates %s', (_name, text, code, line, column, found) => {
    const r = parseProfileText(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ code, path: '', line, column, params: { line, column } });
    expect(r.errors[0]?.params?.found).toBe(found);
  });

  it('puts the line and column of the value on each validation error', () => {
    const text = [
      '{',
      '  "id": "testkommune",',
      '  "name": "Testkommune",',
      '  "country": "NO",',
      '  "language": "nb",',
      '  "timeZone": "Europe/Olso",',
      '  "domains": ["test.kommune.no"],',
      '  "mailboxes": [',
      '    { "address": "post@test.kommune.no", "name": "Post", "kind": "function", "registry": true },',
      '    { "address": "x@gmail.com", "name": "X" }',
      '  ],',
      '  "responseDays": 2,',
      '  "responseDays": 3',
      '}',
    ].join('\n');
    const r = parseProfileText(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.code, e.path, e.line, e.column])).toEqual([
      ['profile.error.time-zone', 'timeZone', 6, 3],
      // A missing field is placed at the object that lacks it.
      ['profile.error.required', 'mailboxes[1].kind', 10, 5],
      ['profile.error.mailbox-domain', 'mailboxes[1].address', 10, 7],
      ['profile.error.duplicate-key', 'responseDays', 13, 3],
    ]);
  });
});

describe('formatProfileErrors', () => {
  const errors: ProfileError[] = [
    {
      code: 'profile.error.type',
      path: 'responseDays',
      params: { expected: 'integer' },
      line: 12,
      column: 3,
    },
    { code: 'profile.error.enum', path: 'country', params: { value: 'DK', allowed: 'NO, SE' } },
    {
      code: 'profile.error.json-end',
      path: '',
      params: { line: 3, column: 1 },
      line: 3,
      column: 1,
    },
  ];

  it.each([
    [
      'nb',
      [
        'responseDays (linje 12, kolonne 3): Feil type verdi: her skal det være et heltall.',
        'country: «DK» er ikke en tillatt verdi. Tillatte verdier: NO, SE.',
        'Profilen slutter før JSON-teksten er ferdig (linje 3, kolonne 1). Mangler det en } eller ]?',
      ],
    ],
    [
      'en',
      [
        'responseDays (line 12, column 3): Wrong kind of value: this must be a whole number.',
        'country: “DK” is not an allowed value. Allowed values: NO, SE.',
        'The profile ends before the JSON is complete (line 3, column 1). Is a } or ] missing?',
      ],
    ],
  ] as const)('writes one line per error in %s', (lang, expected) => {
    expect(formatProfileErrors(errors, lang)).toEqual(expected);
  });

  it.each(LANGS.map((l) => [l]))('fills every placeholder in %s', (lang) => {
    const p = base();
    p.id = 'X';
    p.timezone = 'x';
    p.extraHolidays = ['x'];
    mailbox(p, 1).address = 'x@example.com';
    mailbox(p, 1).registry = true;
    const r = validateProfile(p);
    const lines = formatProfileErrors(r.ok ? [] : r.errors, lang);
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const line of lines) expect(line).not.toMatch(/\{[a-zA-Z]+\}/);
  });
});

describe('validateProfile: the restriction the content suggests (restrictions)', () => {
  const restrictions = {
    suggest: {
      personal: { code: 'U', basis: 'Offl. § 13 jf. fvl. § 13 første ledd nr. 1' },
      health: { code: 'H', basis: 'Offl. § 13 jf. hpl. § 21', label: 'Helseopplysningar' },
      'child-welfare': { code: 'B', basis: 'Offl. § 13 jf. bvl. § 13-1' },
      'social-services': { code: 'S', basis: 'Offl. § 13 jf. sotjl. § 44' },
      marked: { code: 'U', basis: 'Offl. § 13 jf. fvl. § 13 første ledd nr. 1' },
    },
    screen: { idNumbers: true, privateNames: false },
  };

  it('accepts every ground and both screen settings, without warnings', () => {
    const r = validateProfile({ ...base(), restrictions });
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([]);
    if (r.ok) {
      expect(r.profile.restrictions?.suggest?.health?.code).toBe('H');
      expect(r.profile.restrictions?.screen?.privateNames).toBe(false);
    }
  });

  it.each<[string, (p: Json) => void, string[]]>([
    [
      'a ground nobody knows, close to a known one',
      (p) => (p.restrictions = { suggest: { helth: { code: 'H', basis: 'x' } } }),
      ['profile.error.unknown-key-suggestion @ restrictions.suggest.helth'],
    ],
    [
      'a restriction without its basis',
      (p) => (p.restrictions = { suggest: { personal: { code: 'U' } } }),
      ['profile.error.required @ restrictions.suggest.personal.basis'],
    ],
    [
      'an empty code',
      (p) => (p.restrictions = { suggest: { personal: { code: '', basis: 'Offl. § 13' } } }),
      ['profile.error.empty @ restrictions.suggest.personal.code'],
    ],
    [
      'a misspelt field in a restriction',
      (p) =>
        (p.restrictions = {
          suggest: { personal: { code: 'U', basis: 'Offl. § 13', labels: 'x' } },
        }),
      ['profile.error.unknown-key-suggestion @ restrictions.suggest.personal.labels'],
    ],
    [
      'a screen setting given as text',
      (p) => (p.restrictions = { screen: { idNumbers: 'yes' } }),
      ['profile.error.type @ restrictions.screen.idNumbers'],
    ],
    [
      'a misspelt screen setting',
      (p) => (p.restrictions = { screen: { privateName: true } }),
      ['profile.error.unknown-key-suggestion @ restrictions.screen.privateName'],
    ],
    [
      'a misspelt section',
      (p) => (p.restrictions = { sugest: {} }),
      ['profile.error.unknown-key-suggestion @ restrictions.sugest'],
    ],
  ])('refuses %s', (_name, breakIt, expected) => {
    const p = base();
    breakIt(p);
    expect(errorsOf(p)).toEqual(expected);
  });

  it("warns when a basis names the other country's law (a profile copied across the border)", () => {
    const no = validateProfile({
      ...base(),
      restrictions: { suggest: { health: { code: 'S', basis: 'OSL 25 kap. 1 §' } } },
    });
    expect(no.ok).toBe(true);
    expect(codes(no.warnings)).toEqual([
      'profile.warning.restriction-country @ restrictions.suggest.health.basis',
    ]);
    const se = validateProfile({
      ...base(),
      country: 'SE',
      language: 'sv',
      timeZone: 'Europe/Stockholm',
      restrictions: { suggest: { personal: { code: 'U', basis: 'Offl. § 13 jf. fvl. § 13' } } },
    });
    expect(codes(se.warnings)).toEqual([
      'profile.warning.restriction-country @ restrictions.suggest.personal.basis',
    ]);
    expect(formatProfileErrors(se.warnings, 'sv')).toEqual([
      'restrictions.suggest.personal.basis: Lagrummet ”Offl. § 13 jf. fvl. § 13” hör till ett annat lands lag än SE. Kontrollera att sekretessmarkeringen stämmer.',
    ]);
  });

  it('locates an error in the restrictions by line and column', () => {
    const text = JSON.stringify(
      { ...base(), restrictions: { suggest: { personal: { code: 7, basis: 'x' } } } },
      null,
      2,
    );
    const r = parseProfileText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(codes(r.errors)).toEqual(['profile.error.type @ restrictions.suggest.personal.code']);
      expect(r.errors[0]?.line).toBe(
        text.split('\n').findIndex((l) => l.includes('"code": 7')) + 1,
      );
    }
  });
});
