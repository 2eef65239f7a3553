/**
 * What the pane says after filing, sending on and registering is true and
 * whole: a message sent to the registry mailbox is "Skickad till
 * registrator", never "Diarieförd"; no sentence has an empty part; sizes
 * below 1 MB are in kB; dates are in the organisation's time zone.
 */
import { ewsId } from '../../dev/emulator/util';
import { createGraphEmulator, testToken, toRestId } from '../../dev/graph';
import type { GraphEmulator } from '../../dev/graph';
import { LANGS } from '../../src/core/model';
import type { Lang } from '../../src/core/model';
import { createRegistryConnector } from '../../src/services/archive';
import { forwardMessages } from '../../src/services/forward-messages';
import { formatWhen, sendOriginalOn } from '../../src/services/forward';
import { systemClock } from '../../src/services/clock';
import { createGraphClient } from '../../src/services/graph/client';
import type { RegistrationResult } from '../../src/services/registrar';
import { registrationText } from '../../src/taskpane/case/caseText';
import { FilingSession } from '../../src/app/filing-session';
import type { FilingState } from '../../src/app/filing-session';
import { itemFiling } from '../../src/app/item-filing';
import { activityText, filingText, progressSizes } from '../../src/taskpane/filing/filingText';
import { vara } from './read-fixtures';

/** What the progress bar says while documents go up. */
const progressLabel = (
  p: { step: 'documents'; bytes: number; totalBytes: number },
  lang: Lang,
): string => activityText(p, lang, 'Europe/Oslo');

const EMPTY = /\(\s*\)|«\s*»|”\s*”|“\s*”|"\s*"|\s[.,]|\{|\}| {2}/;
const RAW_TIME = /\d{4}-\d{2}-\d{2}T\d|\d(?:\.\d+)?Z\b|\bUTC\b/;

describe('upload progress', () => {
  it('counts in kB below 1 MB, never "0,0 MB av 0,0 MB"', () => {
    expect(progressLabel({ step: 'documents', bytes: 0, totalBytes: 5_300 }, 'sv')).toBe(
      'Laddar upp: 0 kB av 5 kB',
    );
    expect(progressLabel({ step: 'documents', bytes: 5_300, totalBytes: 5_300 }, 'nb')).toBe(
      'Laster opp: 5 kB av 5 kB',
    );
    expect(progressLabel({ step: 'documents', bytes: 300, totalBytes: 300 }, 'en')).toBe(
      'Uploading: 0 kB of 1 kB',
    );
    expect(progressSizes(512_000, 1_000_000, 'nn')).toEqual({ done: '500 kB', total: '977 kB' });
    expect(progressLabel({ step: 'documents', bytes: 0, totalBytes: 12 * 1024 * 1024 }, 'sv')).toBe(
      'Laddar upp: 0,0 MB av 12 MB',
    );
    for (const lang of LANGS) {
      for (const total of [0, 1, 900, 1023 * 1024]) {
        const text = progressLabel({ step: 'documents', bytes: total, totalBytes: total }, lang);
        expect(text).toMatch(/ kB\b/);
        expect(text).not.toMatch(/MB/);
      }
    }
  });

  it('writes numbers as the language does', () => {
    expect(progressSizes(1_048_576 * 1.5, 1_048_576 * 2.25, 'nb')).toEqual({
      done: '1,5 MB',
      total: '2,3 MB',
    });
    expect(progressSizes(1_048_576 * 1.5, 1_048_576 * 2.25, 'en')).toEqual({
      done: '1.5 MB',
      total: '2.3 MB',
    });
    expect(progressSizes(900 * 1024, 950 * 1024, 'en').total).toBe('950 kB');
  });
});

describe('the registrar’s results', () => {
  const forward = { state: { status: 'archived' as const }, etag: '', categories: [] };
  const results: RegistrationResult[] = [
    {
      kind: 'registered',
      reference: 'KS 2026/123',
      mailbox: 'vara.kommun@vara.se',
      original: forward,
      forward,
    },
    { kind: 'registered-otherwise', reference: 'KS 2026/1', forward },
    ...(['no-access', 'not-found', 'archived-otherwise'] as const).map((reason) => ({
      kind: 'original-unmarked' as const,
      reference: 'KS 2026/123',
      mailbox: 'anna.andersson@vara.se',
      reason,
      forward,
    })),
    {
      kind: 'original-unmarked',
      reference: 'KS 2026/123',
      mailbox: 'vara.kommun@vara.se',
      reason: 'archived-otherwise',
      otherReference: '2026/1-1',
      forward,
    },
    { kind: 'original-unmarked', reference: 'KS 2026/123', reason: 'unknown-mailbox', forward },
  ];

  it.each(LANGS)('are whole sentences in %s', (lang: Lang) => {
    for (const r of results) {
      const text = registrationText(r, lang)?.text ?? '';
      expect(text).toMatch(/KS 2026\/1/);
      expect(text).not.toMatch(EMPTY);
    }
  });

  it('says "Registrerad som" in Swedish and "Registrert som" in Norwegian', () => {
    expect(registrationText(results[0] as RegistrationResult, 'sv')?.text).toBe(
      'Registrerad som KS 2026/123. Det ursprungliga e-postmeddelandet i vara.kommun@vara.se är märkt som diariefört.',
    );
    expect(registrationText(results[0] as RegistrationResult, 'nn')?.text).toMatch(
      /^Registrert som KS 2026\/123\./,
    );
    expect(registrationText(results[2] as RegistrationResult, 'sv')?.text).toContain(
      'du har inte åtkomst till anna.andersson@vara.se',
    );
  });
});

describe('"Send til postmottak" without a date', () => {
  it('has a sentence without the date, and never shows a raw instant', () => {
    expect(formatWhen('', 'sv', 'Europe/Stockholm')).toBeNull();
    expect(formatWhen('2026-03-03T15:40:12.000Z', 'sv', 'Nowhere/None')).toBeNull();
    expect(formatWhen('2026-03-03T15:40:12.000Z', 'sv', 'Europe/Stockholm')).not.toMatch(RAW_TIME);
    for (const lang of LANGS) {
      expect(forwardMessages[lang]['forward.already.undated']).toContain('{to}');
      expect(forwardMessages[lang]['forward.already.undated']).not.toContain('{date}');
    }
  });
});

describe('filing by the registry mailbox, as the pane says it', () => {
  const NOW = new Date('2026-03-04T09:30:00Z');
  const ANNA = { name: 'Anna Andersson', address: 'anna.andersson@vara.se' };
  const ALTAN = toRestId(ewsId('item', 'vara-kommun/vara.kommun/01-bygglov-altan.eml'));
  let emulator: GraphEmulator;

  beforeAll(async () => {
    emulator = await createGraphEmulator({ now: () => NOW });
  });
  afterAll(() => emulator.close());

  const graph = () =>
    createGraphClient({
      clock: systemClock,
      baseUrl: 'http://graph.emulator.invalid/graph',
      token: async () => testToken(ANNA.address),
      fetch: (input, init) => emulator.fetch(String(input), init),
      sleep: async () => undefined,
    });

  /** The filing's phase and its note's lines as the pane shows them in `lang`. */
  async function file(lang: Lang): Promise<{ phase: FilingState['phase']; lines: string[] }> {
    const g = graph();
    const seen: FilingState[] = [];
    const s = new FilingSession(
      itemFiling({
        graph: g,
        connector: createRegistryConnector({
          graph: g,
          to: 'arkivet@vara.se',
          lang: 'sv',
          timeZone: vara.timeZone,
          by: ANNA,
          clock: { now: () => NOW },
        }),
        item: { mailbox: 'vara.kommun@vara.se', restId: ALTAN, shared: true },
        profile: vara,
        actor: () => ANNA,
        clock: { now: () => NOW },
        onSnapshot: () => undefined,
      }),
      (st) => seen.push(st),
    );
    await s.file({
      case: { kind: 'new', title: 'Bygglov för altan' },
      documentType: 'I',
      title: 'Fråga om bygglov för altan',
      attachments: [],
    });
    const state = seen[seen.length - 1];
    if (state === undefined) throw new Error('no state');
    return {
      phase: state.phase,
      lines: (state.note?.lines ?? []).map((l) => filingText(l, lang, vara.timeZone)),
    };
  }

  it('says sent to the registrar, marked "Skickad till registrator", never "Diarieförd"', async () => {
    emulator.reset();
    const first = await file('sv');
    expect(first.phase).toBe('done');
    expect(first.lines).toEqual([
      'Skickad oförändrad till arkivet@vara.se för diarieföring.',
      'E-posten är märkt ”Skickad till registrator”. Den märks som diarieförd när registratorn har registrerat den.',
    ]);
    const again = await file('nb');
    expect(again.lines[0]).toBe(
      'Allerede sendt til arkivet@vara.se 04.03.2026 kl. 10.30. Ingenting ble sendt på nytt.',
    );
    // The category is in the organisation's language, whoever reads.
    expect(again.lines[1]).toBe(
      'E-posten er merket «Skickad till registrator». Den merkes som arkivert når registrator har registrert den.',
    );
    for (const line of [...first.lines, ...again.lines]) {
      expect(line).not.toMatch(EMPTY);
      expect(line).not.toMatch(RAW_TIME);
      expect(line).not.toMatch(/Diarieförd|Arkiverad|Arkivert som/);
    }
  });

  it('gives the registrar the original’s mailbox and Message-ID when a message is sent on from a personal mailbox', async () => {
    emulator.reset();
    const g = graph();
    const allman = toRestId(ewsId('item', 'vara-kommun/anna.andersson/01-allman-handling.eml'));
    const sent = await sendOriginalOn({
      graph: g,
      item: { mailbox: ANNA.address, restId: allman },
      to: 'arkivet@vara.se',
      lang: 'sv',
      by: ANNA,
      timeZone: 'Europe/Stockholm',
      clock: { now: () => NOW },
    });
    expect(sent.kind).toBe('sent');
    const eva = createGraphClient({
      clock: systemClock,
      baseUrl: 'http://graph.emulator.invalid/graph',
      token: async () => testToken('eva.lind@vara.se'),
      fetch: (input, init) => emulator.fetch(String(input), init),
    });
    const { value } = await eva.request<{
      value: {
        internetMessageHeaders: { name: string; value: string }[];
        body: { content: string };
      }[];
    }>(
      'GET',
      '/users/arkivet@vara.se/mailFolders/inbox/messages?$select=internetMessageHeaders,body',
      { headers: { Prefer: 'outlook.body-content-type="text"' } },
    );
    const [arrived] = value.value;
    expect(arrived?.internetMessageHeaders).toEqual(
      expect.arrayContaining([
        {
          name: 'X-Arkivpost-Original-Message-Id',
          value: '<01-allman-handling.20260303@example.com>',
        },
        { name: 'X-Arkivpost-Original-Mailbox', value: ANNA.address },
      ]),
    );
    expect(arrived?.body.content).toMatch(/Mottaget: 2026-03-03 kl\. 10\.10/);
    expect(arrived?.body.content).not.toMatch(RAW_TIME);
  });
});
