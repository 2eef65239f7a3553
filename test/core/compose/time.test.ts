/**
 * The send check within its time (issue 10): cheap checks of every
 * attachment first and never skipped, deep inspection cheapest first with a
 * share of the time each, and whatever was not inspected a visible warning
 * naming it. Time is a fake clock that only moves when a test moves it.
 */
import type { MessageParser } from '../../../src/core/attachments';
import { checkCompose } from '../../../src/core/compose/decide';
import type { ComposeOptions, ComposeResult } from '../../../src/core/compose/decide';
import { describeFinding, renderAlert } from '../../../src/core/compose/render';
import type { MessageAttachment } from '../../../src/core/message';
import type { Finding } from '../../../src/core/model';
import { LANGS } from '../../../src/core/model';
import type { Profile } from '../../../src/core/profile/types';
import { Meter } from '../../../src/core/metering/meter';
import { loadProfile } from '../../support/profiles';
import { snapshot, utf8 } from '../../support/snapshot';

const ha = loadProfile('ha-kommune');

/** A clock that stands still until `advance` moves it. */
function fakeClock(): { clock: { now: () => Date }; advance: (ms: number) => void } {
  let ms = 1_700_000_000_000;
  return { clock: { now: () => new Date(ms) }, advance: (d) => (ms += d) };
}

function file(name: string, text: string | Uint8Array): MessageAttachment {
  const bytes = typeof text === 'string' ? utf8(text) : text;
  return { name, size: bytes.length, bytes };
}

/** A program: "MZ", binary header fields and "PE\0\0" where e_lfanew points. */
function program(): Uint8Array {
  const b = new Uint8Array(256);
  b.set([0x4d, 0x5a, 0x90, 0x00]);
  b[0x3c] = 0x80;
  b.set([0x50, 0x45, 0, 0], 0x80);
  return b;
}

/** An attached message whose reading takes `ms` of the fake clock (a slow but harmless file). */
function slowMessage(advance: (ms: number) => void, ms: number): MessageParser {
  return (raw) => {
    advance(ms);
    return Promise.resolve({
      subject: 'Møtereferat',
      body: `Referat frå møtet (${raw.length} byte).`,
      attachments: [],
    });
  };
}

const SLOW = file('referat.eml', 'Subject: Referat\r\n\r\nx');
const EXE = file('faktura.exe', program());
const FNR = file(
  'liste.txt',
  `Deltakarar på kurset:\n${'Kari Nordmann, Storgata 1\n'.repeat(4)}Ola 13097248022\n`,
);
const HEALTH = file(
  'notat.txt',
  `Notat frå skulehelsetenesta.\n${'Vanleg tekst om skuledagen.\n'.repeat(4)}Eleven er innlagd på psykiatrisk avdeling.\n`,
);

function uninspected(r: ComposeResult): Finding[] {
  return r.findings.filter((f) => f.check === 'uninspected');
}

function about(r: ComposeResult, name: string): string[] {
  return r.findings.filter((f) => f.attachment === name).map((f) => `${f.severity} ${f.code}`);
}

describe('issue 10: a slow first attachment hides nothing', () => {
  it('finds the program, the fødselsnummer and the health data after a slow file used most of the time', async () => {
    const { clock, advance } = fakeClock();
    const options: ComposeOptions = {
      clock,
      budgetMs: 1000,
      inspect: { parseMessage: slowMessage(advance, 700) },
    };
    const r = await checkCompose(snapshot({ attachments: [SLOW, EXE, FNR, HEALTH] }), ha, options);
    expect(about(r, 'faktura.exe')).toContain('warn attachment.risky.executable');
    expect(about(r, 'liste.txt')).toContain('warn national-id.no.fnr');
    expect(about(r, 'notat.txt')).toContain('block special-category.health');
    // The slow file itself used more than its share: it says so, as a warning.
    expect(about(r, 'referat.eml')).toContain('warn attachment.not-inspected');
    expect(r.decision).toBe('block');
  });

  it('reports every later attachment when the slow file used all the time, and does not allow', async () => {
    const { clock, advance } = fakeClock();
    const options: ComposeOptions = {
      clock,
      budgetMs: 1000,
      inspect: { parseMessage: slowMessage(advance, 5000) },
    };
    const r = await checkCompose(snapshot({ attachments: [SLOW, EXE, FNR, HEALTH] }), ha, options);
    // The name and the first bytes are looked at for every attachment first.
    expect(about(r, 'faktura.exe')).toContain('warn attachment.risky.executable');
    // What could not be read in time is a warning naming it, never silence.
    for (const name of ['referat.eml', 'liste.txt', 'notat.txt'])
      expect(about(r, name)).toContain('warn attachment.not-inspected');
    expect(r.findings.some((f) => f.code === 'scan.time-limit')).toBe(false);
    expect(r.decision).toBe('warn');
  });

  it('inspects the cheapest attachments first', async () => {
    const { clock, advance } = fakeClock();
    const big = file('stor.txt', 'Vanleg tekst.\n'.repeat(1000));
    const options: ComposeOptions = {
      clock,
      budgetMs: 1000,
      inspect: { parseMessage: slowMessage(advance, 5000) },
    };
    // The slow message is larger than the text files, so they come first.
    const slow = file('referat.eml', `Subject: Referat\r\n\r\n${'x'.repeat(20_000)}`);
    const r = await checkCompose(snapshot({ attachments: [slow, big, FNR] }), ha, options);
    expect(about(r, 'liste.txt')).toContain('warn national-id.no.fnr');
    expect(about(r, 'stor.txt')).toEqual([]);
    expect(about(r, 'referat.eml')).toContain('warn attachment.not-inspected');
  });

  it.each([
    ['block', 'block'],
    ['warn', 'warn'],
    ['info', 'warn'],
    ['off', 'warn'],
  ] as const)(
    'lets the profile raise what was not inspected to a block, never lower it (%s)',
    async (setting, decision) => {
      const { clock, advance } = fakeClock();
      const profile: Profile = { ...ha, checks: { uninspected: setting } };
      const r = await checkCompose(snapshot({ attachments: [SLOW] }), profile, {
        clock,
        budgetMs: 1000,
        inspect: { parseMessage: slowMessage(advance, 5000) },
      });
      expect(uninspected(r).map((f) => f.severity)).toEqual([decision]);
      expect(r.decision).toBe(decision);
    },
  );

  it('says so when the time was up before the message text was read', async () => {
    const { clock } = fakeClock();
    const r = await checkCompose(
      snapshot({ subject: 'Vedtak for 13097248022', body: 'Lang tekst. '.repeat(2000) }),
      ha,
      { clock, deadline: clock.now().getTime() - 1 },
    );
    // The subject is short and is always read; the text was not.
    expect(r.findings.some((f) => f.code === 'national-id.no.fnr' && f.part === 'subject')).toBe(
      true,
    );
    const f = uninspected(r).find((x) => x.part === 'body');
    expect(f).toMatchObject({ code: 'scan.not-inspected', severity: 'warn' });
    expect(describeFinding(f as Finding, 'nn')).toBe(
      'Meldingsteksten blei ikkje kontrollert: tida gjekk ut. Sjå sjølv over før du sender.',
    );
  });

  it('names an attachment Outlook did not hand over in time, or at all, and not a cloud link', async () => {
    const r = await checkCompose(
      snapshot({
        attachments: [
          { name: 'seint.pdf', size: 4000, unread: 'time' },
          { name: 'feil.docx', size: 4000, unread: 'failed' },
          { name: 'Plan', size: 4000, unread: 'link' },
        ],
      }),
      ha,
    );
    expect(about(r, 'seint.pdf')).toEqual(['warn attachment.not-inspected']);
    expect(about(r, 'feil.docx')).toEqual(['warn attachment.unreadable']);
    expect(about(r, 'Plan')).toEqual([]);
    expect(r.decision).toBe('warn');
  });
});

describe('what was not inspected, in words', () => {
  const cases: ReadonlyArray<readonly [string, Finding, Readonly<Record<string, string>>]> = [
    [
      'time',
      {
        code: 'attachment.not-inspected',
        check: 'uninspected',
        category: 'attachment',
        severity: 'warn',
        part: 'attachment',
        attachment: 'rapport.docx',
        params: { reason: 'time' },
      },
      {
        nb: 'Vedlegget «\u2068rapport.docx\u2069» ble ikke kontrollert: tiden gikk ut.',
        nn: 'Vedlegget «\u2068rapport.docx\u2069» blei ikkje kontrollert: tida gjekk ut.',
        sv: 'Bilagan ”\u2068rapport.docx\u2069” kontrollerades inte: tiden tog slut.',
        en: 'The attachment “\u2068rapport.docx\u2069” was not checked: time ran out.',
      },
    ],
    [
      'nesting, inside an attached message',
      {
        code: 'attachment.not-inspected',
        check: 'uninspected',
        category: 'attachment',
        severity: 'warn',
        part: 'attachment',
        attachment: 'videresendt.eml',
        params: { reason: 'nesting', entry: 'indre.eml' },
      },
      {
        nb: '«\u2068indre.eml\u2069» i vedlegget «\u2068videresendt.eml\u2069» ble ikke kontrollert: for mange nivåer med vedlegg i vedlegg.',
        nn: '«\u2068indre.eml\u2069» i vedlegget «\u2068videresendt.eml\u2069» blei ikkje kontrollert: for mange nivå med vedlegg i vedlegg.',
        sv: '”\u2068indre.eml\u2069” i bilagan ”\u2068videresendt.eml\u2069” kontrollerades inte: för många nivåer av bilagor i bilagor.',
        en: '“\u2068indre.eml\u2069” in the attachment “\u2068videresendt.eml\u2069” was not checked: too many levels of attachments within attachments.',
      },
    ],
    [
      'a file too large',
      {
        code: 'attachment.too-large',
        check: 'uninspected',
        category: 'attachment',
        severity: 'warn',
        part: 'attachment',
        attachment: 'kart.pdf',
        params: { limitMb: 8, bound: 'host', sizeMb: 20 },
      },
      {
        nb: 'Vedlegget «\u2068kart.pdf\u2069» ble ikke kontrollert: bare de første 8 MB ble lest.',
        nn: 'Vedlegget «\u2068kart.pdf\u2069» blei ikkje kontrollert: berre dei første 8 MB blei lesne.',
        sv: 'Bilagan ”\u2068kart.pdf\u2069” kontrollerades inte: bara de första 8 MB lästes.',
        en: 'The attachment “\u2068kart.pdf\u2069” was not checked: only the first 8 MB were read.',
      },
    ],
  ];

  describe.each(cases)('%s', (_name, finding, expected) => {
    it.each(LANGS)('in %s, naming the attachment and why', (lang) => {
      expect(describeFinding(finding, lang).startsWith(expected[lang] as string)).toBe(true);
    });
  });

  it('tells a reader of an incoming message the reason in words, not as a code', () => {
    const f: Finding = {
      code: 'attachment.not-inspected',
      category: 'attachment',
      severity: 'warn',
      part: 'attachment',
      attachment: 'a.eml',
      params: { reason: 'parts' },
    };
    expect(describeFinding(f, 'nn')).toBe(
      'Vedlegget blei ikkje kontrollert (for mange delar). Sjå sjølv over det før du sender.',
    );
  });

  it('shows it in the alert, not as a note', async () => {
    const { clock, advance } = fakeClock();
    const r = await checkCompose(snapshot({ attachments: [SLOW] }), ha, {
      clock,
      budgetMs: 1000,
      inspect: { parseMessage: slowMessage(advance, 5000) },
    });
    expect(renderAlert(r, 'nn').text).toContain(
      'Vedlegget «\u2068referat.eml\u2069» blei ikkje kontrollert: tida gjekk ut.',
    );
  });
});

describe('the check counts its work', () => {
  it('counts steps on a meter it is given, without a clock', async () => {
    const meter = new Meter();
    const body = 'Vanleg tekst om skuledagen. '.repeat(1000);
    await checkCompose(snapshot({ body, attachments: [FNR, HEALTH] }), ha, { meter });
    expect(meter.steps).toBeGreaterThanOrEqual(body.length);
  });
});
