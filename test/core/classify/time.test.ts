/**
 * Classifying a received message within its time (issue 10: "the read pane
 * runs the same code, so a received message can freeze it too"): the same
 * order as the send check — subject and text, every attachment's name, type
 * and first bytes, then deep inspection cheapest first, each within its
 * share of the time left — and whatever was not inspected a warning naming
 * it. Time is a fake clock that moves only when a test, or the work, moves it.
 */
import { zipSync } from 'fflate';
import type { MessageParser } from '../../../src/core/attachments';
import { classifyMessage } from '../../../src/core/classify/classify';
import type { Classification, ClassifyOptions } from '../../../src/core/classify/classify';
import type { IncomingMessage, MessageAttachment } from '../../../src/core/message';
import { Meter } from '../../../src/core/metering/meter';
import { loadProfile } from '../../support/profiles';
import { utf8 } from '../../support/snapshot';

const ha = loadProfile('ha-kommune');
const START = 1_700_000_000_000;

/** A clock that stands still until `advance` moves it. */
function fakeClock(): { clock: { now: () => Date }; advance: (ms: number) => void } {
  let ms = START;
  return { clock: { now: () => new Date(ms) }, advance: (d) => (ms += d) };
}

/**
 * A clock that moves `ms` each time it is read: the readers look at it every
 * few thousand steps, so the more work, the more time goes by (a slow machine
 * reading a hostile file).
 */
function busyClock(ms: number): { now: () => Date } {
  let t = START;
  return { now: () => new Date((t += ms)) };
}

function file(name: string, content: string | Uint8Array): MessageAttachment {
  const bytes = typeof content === 'string' ? utf8(content) : content;
  return { name, size: bytes.length, bytes };
}

function message(over: Partial<IncomingMessage> = {}): IncomingMessage {
  return {
    from: { address: 'ukjend@example.net' },
    to: [{ address: 'post@ha.kommune.no' }],
    cc: [],
    subject: 'Søknad om skuleskyss',
    body: 'Hei, sjå vedlegga.',
    attachments: [],
    headers: {},
    receivedAt: new Date('2026-03-02T08:00:00Z'),
    ...over,
  };
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
/** Markup a reader must walk tag by tag: about 2.4 MB of it. */
const HOSTILE = file('side.html', `<html><body>${'<b>x</b><i a=1>'.repeat(160_000)}</body></html>`);

function about(r: Classification, name: string): string[] {
  return r.findings.filter((f) => f.attachment === name).map((f) => `${f.severity} ${f.code}`);
}

describe('issue 10: a slow first attachment hides nothing in a received message', () => {
  it('finds the program, the fødselsnummer and the health data after a slow file used most of the time', async () => {
    const { clock, advance } = fakeClock();
    const options: ClassifyOptions = {
      clock,
      budgetMs: 1000,
      inspect: { parseMessage: slowMessage(advance, 700) },
    };
    const r = await classifyMessage(
      message({ attachments: [SLOW, EXE, FNR, HEALTH] }),
      ha,
      options,
    );
    expect(about(r, 'faktura.exe')).toContain('warn attachment.risky.executable');
    expect(about(r, 'liste.txt')).toContain('warn national-id.no.fnr');
    expect(about(r, 'notat.txt')).toContain('warn special-category.health');
    // The slow file itself used more than its share: it says so, as a warning.
    expect(about(r, 'referat.eml')).toContain('warn attachment.not-inspected');
    expect(r.class).toBe('archive-worthy');
    expect(r.reasons.map((x) => x.code)).toContain('class.reason.sensitive');
  });

  it('names every later attachment when the slow file used all the time', async () => {
    const { clock, advance } = fakeClock();
    const options: ClassifyOptions = {
      clock,
      budgetMs: 1000,
      inspect: { parseMessage: slowMessage(advance, 5000) },
    };
    const r = await classifyMessage(
      message({ attachments: [SLOW, EXE, FNR, HEALTH] }),
      ha,
      options,
    );
    // The name and the first bytes are looked at for every attachment first.
    expect(about(r, 'faktura.exe')).toContain('warn attachment.risky.executable');
    // What could not be read in time is a warning naming it, never silence.
    for (const name of ['referat.eml', 'liste.txt', 'notat.txt']) {
      expect(about(r, name)).toEqual(['warn attachment.not-inspected']);
      const f = r.findings.find((x) => x.attachment === name);
      expect(f).toMatchObject({ part: 'attachment', params: { reason: 'time' } });
    }
  });

  it('reads the cheapest attachments first', async () => {
    const { clock, advance } = fakeClock();
    const slow = file('referat.eml', `Subject: Referat\r\n\r\n${'x'.repeat(20_000)}`);
    const big = file('stor.txt', 'Vanleg tekst.\n'.repeat(1000));
    const r = await classifyMessage(message({ attachments: [slow, big, FNR] }), ha, {
      clock,
      budgetMs: 1000,
      inspect: { parseMessage: slowMessage(advance, 5000) },
    });
    expect(about(r, 'liste.txt')).toContain('warn national-id.no.fnr');
    expect(about(r, 'stor.txt')).toEqual([]);
    expect(about(r, 'referat.eml')).toEqual(['warn attachment.not-inspected']);
  });
});

describe('issue 10: a hostile attachment past the deadline', () => {
  it('is named as not inspected for time, and the other attachments keep their findings', async () => {
    const r = await classifyMessage(
      message({ attachments: [HOSTILE, EXE, FNR, HEALTH] }),
      ha,
      // 25 ms each time a reader looks at the clock: the markup takes far more than a second.
      { clock: busyClock(25), budgetMs: 1000 },
    );
    // A web page from outside is risky by its type, found before any reading.
    expect(about(r, 'side.html')).toEqual([
      'warn attachment.risky.html',
      'warn attachment.not-inspected',
    ]);
    expect(
      r.findings.find((f) => f.code === 'attachment.not-inspected' && f.attachment === 'side.html')
        ?.params,
    ).toEqual({ reason: 'time' });
    expect(about(r, 'faktura.exe')).toContain('warn attachment.risky.executable');
    expect(about(r, 'liste.txt')).toContain('warn national-id.no.fnr');
    expect(about(r, 'notat.txt')).toContain('warn special-category.health');
  });

  it('is read whole when there is no clock', async () => {
    const r = await classifyMessage(message({ attachments: [HOSTILE] }), ha);
    expect(about(r, 'side.html')).toEqual(['warn attachment.risky.html']);
  });

  it('keeps what an archive showed before its time ran out', async () => {
    // The program comes first in the archive, the hostile page after it.
    const zip = file(
      'pakke.zip',
      zipSync({ 'faktura.exe': program(), 'side.html': HOSTILE.bytes as Uint8Array }, { level: 0 }),
    );
    const r = await classifyMessage(message({ attachments: [zip] }), ha, {
      clock: busyClock(25),
      budgetMs: 1000,
    });
    const found = r.findings.filter((f) => f.attachment === 'pakke.zip');
    expect(found).toContainEqual(
      expect.objectContaining({
        code: 'attachment.risky.executable',
        severity: 'warn',
        params: expect.objectContaining({ entry: 'faktura.exe' }),
      }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ code: 'attachment.not-inspected', severity: 'warn' }),
    );
  });
});

describe('time up before the text was read', () => {
  it('reads the subject, names the text as not inspected, and still classifies', async () => {
    const { clock } = fakeClock();
    const r = await classifyMessage(
      message({
        subject: 'Krav om innsyn, 13097248022',
        body: `Eg ber om innsyn i saka.\n${'Lang tekst. '.repeat(2000)}`,
      }),
      ha,
      { clock, deadline: clock.now().getTime() - 1 },
    );
    expect(r.findings.some((f) => f.code === 'national-id.no.fnr' && f.part === 'subject')).toBe(
      true,
    );
    expect(r.findings.find((f) => f.part === 'body')).toMatchObject({
      code: 'scan.not-inspected',
      category: 'scan',
      severity: 'warn',
      params: { reason: 'time' },
    });
    // What kind of mail it is comes from the head of the text when time is up.
    expect(r.class).toBe('archive-worthy');
    expect(r.reasons.map((x) => x.code)).toContain('class.reason.access-request');
    expect(r.mustNotDispose).toBe(true);
  });
});

describe('attachments the host did not hand over', () => {
  it.each([
    ['not fetched in time', { unread: 'time' }, ['warn attachment.not-inspected']],
    ['that Outlook could not give', { unread: 'failed' }, ['warn attachment.unreadable']],
    ['that Outlook gave no content for', {}, ['warn attachment.not-inspected']],
    ['a cloud link', { unread: 'link' }, []],
  ] as const)('names one %s', async (_what, over, expected) => {
    const att: MessageAttachment = { name: 'vedlegg.pdf', size: 4000, ...over };
    const r = await classifyMessage(message({ attachments: [att] }), ha);
    expect(about(r, 'vedlegg.pdf')).toEqual(expected);
  });

  it('still counts it as a document by its name', async () => {
    const att: MessageAttachment = { name: 'vedlegg.pdf', size: 4000, unread: 'time' };
    const r = await classifyMessage(message({ attachments: [att] }), ha);
    expect(r.reasons).toContainEqual({ code: 'class.reason.documents', params: { count: 1 } });
  });
});

describe('from a colleague', () => {
  it('warns of what was not inspected, but not of a risky type', async () => {
    const { clock, advance } = fakeClock();
    const r = await classifyMessage(
      message({ from: { address: 'kari.nordmann@ha.kommune.no' }, attachments: [SLOW, EXE] }),
      ha,
      { clock, budgetMs: 1000, inspect: { parseMessage: slowMessage(advance, 5000) } },
    );
    expect(about(r, 'faktura.exe')).toEqual([]);
    expect(about(r, 'referat.eml')).toEqual(['warn attachment.not-inspected']);
  });
});

describe('the classification hands control back', () => {
  it('yields between the stages and between attachments', async () => {
    let yields = 0;
    await classifyMessage(message({ attachments: [EXE, FNR, HEALTH] }), ha, {
      yield: () => {
        yields += 1;
        return Promise.resolve();
      },
    });
    // Subject, text, each of three attachments (and the text of two), the end.
    expect(yields).toBeGreaterThanOrEqual(2 + 3 + 1);
  });
});

describe('the classification counts its work, linear in the message', () => {
  /** The worst text for the signals and the case reference: word starts and labels everywhere. */
  const worst = (n: number): string => 'dnr søk kla ref. 2026/ innsy pri '.repeat(n);
  const steps = async (n: number): Promise<number> => {
    const meter = new Meter();
    await classifyMessage(message({ subject: worst(n), body: worst(n) }), ha, { meter });
    return meter.steps;
  };

  it('counts at least the text it reads', async () => {
    const meter = new Meter();
    const body = 'Vanleg tekst om skuledagen. '.repeat(1000);
    await classifyMessage(message({ body, attachments: [FNR, HEALTH] }), ha, { meter });
    expect(meter.steps).toBeGreaterThanOrEqual(body.length);
  });

  it('does at most about 4 times the work for 4 times the text', async () => {
    const [one, four] = [await steps(2000), await steps(8000)];
    expect(four).toBeLessThanOrEqual(4.5 * one);
    expect(one).toBeLessThanOrEqual(200 * 2 * worst(2000).length);
  });
});
