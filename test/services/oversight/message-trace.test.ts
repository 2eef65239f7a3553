/**
 * The traffic log read from the Graph emulator (message trace, else the
 * mailbox's folders) and reviewed against a journal.
 */
import { appToken, createGraphEmulator, testToken } from '../../../dev/graph';
import type { GraphEmulator } from '../../../dev/graph';
import { logReviewJson } from '../../../src/core/oversight/export';
import { reviewLog } from '../../../src/core/oversight/log-review';
import type { TrafficRow } from '../../../src/core/oversight/log-review';
import { createGraphClient } from '../../../src/services/graph/client';
import type { GraphClient } from '../../../src/services/graph/client';
import { GraphFailure } from '../../../src/services/graph/errors';
import {
  readMessageTrace,
  readTrafficLog,
  TraceRefused,
  traceWindows,
} from '../../../src/services/oversight/message-trace';

const NOW = new Date('2026-03-31T12:00:00Z');
const clock = { now: () => NOW };
const POST = 'post@ha.kommune.no';
const KARI = 'kari.nordmann@ha.kommune.no';
const MARCH = { from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-03-31T00:00:00Z') };
const TRACES = /admin\/exchange\/tracing\/messageTraces/i;

let emulator: GraphEmulator;
let waits: number[];

function client(token: string): GraphClient {
  return createGraphClient({
    clock,
    baseUrl: 'http://graph.emulator.invalid/graph',
    token: async () => token,
    fetch: (input, init) => emulator.fetch(String(input), init),
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
}

const ours = (rows: readonly TrafficRow[]): TrafficRow[] =>
  rows.filter((r) => /@(trace\.example|out\.ha\.kommune\.no)>$/.test(r.messageId));

beforeEach(async () => {
  waits = [];
  emulator = await createGraphEmulator({ now: () => NOW });
  const mb = emulator.store.mailbox(POST)!;
  // One a day from 2 March: 20 letters in, across three 10-day slices.
  for (let i = 0; i < 20; i++) {
    emulator.store.addMessage(mb, {
      folder: i === 19 ? 'deleteditems' : 'inbox',
      subject: i === 3 ? 'Barnet er sykmeldt' : `Søknad ${i}`,
      text: 'Hei',
      from: { name: 'Ola', address: `ola${i}@trace.example` },
      toRecipients: [{ name: 'Post', address: POST }],
      receivedDateTime: Date.parse('2026-03-02T08:00:00Z') + i * 86_400_000,
      internetMessageId: `<in${i}@trace.example>`,
    });
  }
  emulator.store.addMessage(mb, {
    folder: 'sentitems',
    subject: 'Svar på søknad 0',
    text: 'Svar',
    from: { name: 'Post', address: POST },
    toRecipients: [{ name: 'Ola', address: 'ola0@trace.example' }],
    ccRecipients: [{ name: 'Kari', address: KARI }],
    receivedDateTime: Date.parse('2026-03-05T08:00:00Z'),
    internetMessageId: '<svar@out.ha.kommune.no>',
  });
});

afterEach(() => emulator.close());

describe('the period in slices the trace accepts', () => {
  it('cuts March into slices of at most 10 days, the last one ending at the period’s end', () => {
    const w = traceWindows(MARCH, clock);
    expect(
      w.map((p) => [p.from.toISOString().slice(0, 10), p.to.toISOString().slice(0, 10)]),
    ).toEqual([
      ['2026-03-01', '2026-03-11'],
      ['2026-03-11', '2026-03-21'],
      ['2026-03-21', '2026-03-31'],
    ]);
  });

  it('ends at now for a period reaching into the future', () => {
    const w = traceWindows(
      { from: new Date('2026-03-30T00:00:00Z'), to: new Date('2026-04-30T00:00:00Z') },
      clock,
    );
    expect(w).toEqual([{ from: new Date('2026-03-30T00:00:00Z'), to: NOW }]);
  });

  it.each([
    [
      'more than 90 days back',
      { from: new Date('2025-12-01T00:00:00Z'), to: new Date('2025-12-05T00:00:00Z') },
      'too-old',
    ],
    ['an empty period', { from: MARCH.to, to: MARCH.from }, 'empty-period'],
  ] as const)(
    'refuses %s with a typed reason, before asking Graph',
    async (_what, period, reason) => {
      const before = emulator.log.length;
      const e = await readMessageTrace(client(appToken()), clock, POST, period).catch(
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(TraceRefused);
      expect((e as TraceRefused).reason).toBe(reason);
      expect((e as TraceRefused).oldest).toEqual(new Date('2025-12-31T12:00:00Z'));
      expect(emulator.log.length).toBe(before);
    },
  );
});

describe('reading the message trace', () => {
  it('reads what came in and went out over three slices, the recipients of a letter together', async () => {
    const rows = ours(await readMessageTrace(client(appToken()), clock, POST, MARCH));
    expect(rows.filter((r) => r.direction === 'in')).toHaveLength(20);
    expect(rows.filter((r) => r.direction === 'out')).toEqual([
      {
        messageId: '<svar@out.ha.kommune.no>',
        from: POST,
        to: ['ola0@trace.example', KARI],
        time: '2026-03-05T08:00:00Z',
        subject: 'Svar på søknad 0',
        direction: 'out',
      },
    ]);
    // Three slices, each asked for incoming and outgoing.
    expect(emulator.log.filter((e) => TRACES.test(e.path)).length).toBe(6);
  });

  it('waits as Graph says when throttled and reads everything once', async () => {
    emulator.faults.add({ kind: 'throttle', path: 'messageTraces', retryAfter: 3, times: 2 });
    const rows = ours(await readMessageTrace(client(appToken()), clock, POST, MARCH));
    expect(rows).toHaveLength(21);
    expect(new Set(rows.map((r) => r.messageId)).size).toBe(21);
    expect(waits.filter((ms) => ms >= 3000)).toHaveLength(2);
  });
});

describe('the traffic log with its source', () => {
  it('uses the trace when the caller may read it', async () => {
    const log = await readTrafficLog(client(appToken()), clock, POST, MARCH);
    expect([log.source, log.traceUnavailable]).toEqual(['message-trace', null]);
  });

  it('reads Inbox, Sent Items and Deleted Items when a delegated user may not read the trace', async () => {
    const log = await readTrafficLog(client(testToken(KARI)), clock, POST, MARCH);
    expect([log.source, log.traceUnavailable]).toEqual(['folders', 'forbidden']);
    const rows = ours(log.rows);
    expect(rows).toHaveLength(21);
    expect(rows.find((r) => r.messageId === '<in19@trace.example>')?.direction).toBe('in');
    expect(rows.find((r) => r.messageId === '<svar@out.ha.kommune.no>')?.direction).toBe('out');
  });

  it('falls back to the folders for a period older than the trace reaches', async () => {
    const old = { from: new Date('2025-11-01T00:00:00Z'), to: new Date('2025-11-30T00:00:00Z') };
    const log = await readTrafficLog(client(appToken()), clock, POST, old);
    expect([log.source, log.traceUnavailable]).toEqual(['folders', 'too-old']);
  });

  it('does not pass off the folders when the trace is down', async () => {
    emulator.faults.add({ kind: 'unavailable', path: 'messageTraces', times: 'always' });
    const e = await readTrafficLog(client(appToken()), clock, POST, MARCH).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(GraphFailure);
  });

  it('reviewed against a journal: the unregistered external letters, and the subject to clean up', async () => {
    const log = await readTrafficLog(client(appToken()), clock, POST, MARCH);
    const rows = ours(log.rows);
    const journal = rows
      .filter((r) => r.direction === 'in' && Number(/in(\d+)@/.exec(r.messageId)?.[1]) % 2 === 0)
      .map((r, i) => ({
        source: 'noark5' as const,
        reference: `2026/${i + 1}-1`,
        messageId: r.messageId,
      }));
    const review = reviewLog({
      rows,
      journal,
      domains: ['ha.kommune.no'],
      timeZone: 'Europe/Oslo',
    });
    const json = logReviewJson(review, log.source);
    expect(json.source).toBe('message-trace');
    expect(json.rows).toBe(21);
    expect(json.neverRegistered.map((r) => r.messageId).sort()).toEqual(
      [
        '<svar@out.ha.kommune.no>',
        ...[1, 3, 5, 7, 9, 11, 13, 15, 17, 19].map((i) => `<in${i}@trace.example>`),
      ].sort(),
    );
    expect(json.subjectHygiene).toBe(1);
    expect(json.neverRegistered.find((r) => r.messageId === '<in3@trace.example>')?.subject).toBe(
      'Barnet er s•••••••',
    );
  });
});
