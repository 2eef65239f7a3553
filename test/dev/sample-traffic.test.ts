/**
 * The sample traffic `npm start` seeds (dev/sample/traffic.ts): the same
 * day gives the same messages whatever `now` is; the days are the fixed
 * quarter and the 91 days ending today; the registered mail is found by the
 * archive connectors (Noark 5 by eksternId, the registry mailbox's forward,
 * SharePoint's Message-ID column) and the unregistered external mail is
 * not; Per Hansen is away; every list of post@ha.kommune.no's overview has
 * rows (core's mailboxOverview over the seeded store is the truth); the
 * message trace shows each message as it is; after a reset it comes back
 * when asked (`_emulator/sample`), and a restart keeps one copy of everything.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appToken, createGraphEmulator, testToken } from '../../dev/graph';
import type { GraphEmulator } from '../../dev/graph';
import { traces } from '../../dev/graph/routes-trace';
import { messageJson } from '../../dev/graph/store';
import { createNoarkEmulator } from '../../dev/noark';
import type { NoarkEmulator } from '../../dev/noark';
import {
  ABSENT_MEMBER,
  CALENDAR_ABSENT_MEMBER,
  SAMPLE_MAILBOXES,
  SAMPLE_QUARTER,
  sampleDays,
  sampleTraffic,
  seedNoarkStore,
  seedSample,
} from '../../dev/sample/traffic';
import type { SampleMessage } from '../../dev/sample/traffic';
import { formatLocalDate, localDateIn } from '../../src/core/calendar';
import { mailboxOverview } from '../../src/core/oversight';
import type { OverviewItem } from '../../src/core/oversight';
import { messageIdKey, reviewLog } from '../../src/core/oversight/log-review';
import { fromExtendedProperties } from '../../src/core/state';
import {
  createNoark5Connector,
  createRegistryConnector,
  createSharePointConnector,
} from '../../src/services/archive';
import { createGraphClient } from '../../src/services/graph/client';
import { journalByMessageId } from '../../src/services/oversight/journal-lookup';

// Seeding three months into the archive on disk takes seconds on a busy machine.
jest.setTimeout(120_000);

const NOW = new Date('2026-12-07T10:30:00Z'); // a Monday
const EARLY = new Date('2026-04-20T08:00:00Z');
const POST = 'post@ha.kommune.no';
const KARI = 'kari.nordmann@ha.kommune.no';
const clock = { now: () => NOW };

const day = (m: SampleMessage, zone = 'Europe/Oslo'): string =>
  formatLocalDate(localDateIn(Date.parse(m.received), zone));
const zoneOf = (mailbox: string): string =>
  SAMPLE_MAILBOXES.find((s) => s.address === mailbox)?.timeZone ?? 'UTC';

describe('the generator', () => {
  const late = sampleTraffic({ now: NOW });
  const early = sampleTraffic({ now: EARLY });

  it('gives a quarter day the same messages, states included, whatever `now` is', () => {
    const inQuarter = (list: SampleMessage[]): SampleMessage[] =>
      list.filter((m) => {
        const d = day(m, zoneOf(m.mailbox));
        return d >= SAMPLE_QUARTER.from && d <= '2026-03-20';
      });
    const a = inQuarter(late);
    expect(a.length).toBeGreaterThan(800);
    expect(inQuarter(early)).toEqual(a);
    expect(sampleTraffic({ now: NOW })).toEqual(late);
    // Every Message-ID once.
    expect(new Set(late.map((m) => `${m.mailbox} ${m.internetMessageId}`)).size).toBe(late.length);
  });

  it('covers the quarter and the 91 days ending today, working days only, nothing after now', () => {
    for (const s of SAMPLE_MAILBOXES) {
      const days = new Set(
        late.filter((m) => m.mailbox === s.address).map((m) => day(m, s.timeZone)),
      );
      const expected = sampleDays(s, NOW).map(formatLocalDate);
      // Every working day has traffic, and there is none on another day.
      expect([...days].sort()).toEqual(expected);
      expect(expected).toContain('2026-01-02');
      expect(expected).toContain('2026-03-31');
      expect(expected).toContain('2026-09-08');
      expect(expected).not.toContain('2026-09-07'); // 91 days back is the 8th
      expect(expected).not.toContain('2026-06-15');
      expect(expected).not.toContain('2026-01-01'); // New Year's Day
      expect(expected).not.toContain('2026-12-05'); // a Saturday
    }
    expect(late.every((m) => Date.parse(m.received) <= NOW.getTime())).toBe(true);
    expect(late[0]?.mailbox).toBe(POST);
  });

  it('sends about 4–8 messages a working day into each function mailbox', () => {
    for (const s of SAMPLE_MAILBOXES) {
      const mine = late.filter((m) => m.mailbox === s.address);
      const perDay = mine.length / sampleDays(s, NOW).length;
      expect(perDay).toBeGreaterThanOrEqual(4);
      expect(perDay).toBeLessThanOrEqual(8);
      const inquiries = mine.filter((m) => m.external && !m.hint && m.folder === 'inbox');
      const registered = inquiries.filter((m) => m.registered !== null);
      // Mostly registered, some never.
      expect(registered.length / inquiries.length).toBeGreaterThan(0.6);
      expect(inquiries.length - registered.length).toBeGreaterThan(20);
      expect(registered.every((m) => m.registered?.system === s.archive)).toBe(true);
      expect(mine.some((m) => !m.external)).toBe(true);
      expect(mine.some((m) => m.hint === 'ephemeral')).toBe(true);
      expect(mine.some((m) => m.hint === 'private')).toBe(true);
      expect(mine.some((m) => m.folder === 'sentitems')).toBe(true);
      expect(mine.some((m) => m.folder === 'deleteditems')).toBe(true);
    }
  });

  it('puts identity numbers and special-category words in a few subjects', () => {
    for (const s of SAMPLE_MAILBOXES) {
      const rows = late
        .filter((m) => m.mailbox === s.address)
        .map((m) => ({
          messageId: m.internetMessageId,
          from: m.from.address,
          to: m.to.map((t) => t.address),
          time: m.received,
          subject: m.subject,
          direction: m.folder === 'sentitems' ? ('out' as const) : ('in' as const),
        }));
      const r = reviewLog({ rows, journal: [], domains: [s.domain], timeZone: s.timeZone });
      const codes = new Set(r.subjectHygiene.flatMap((h) => h.codes));
      expect(r.subjectHygiene.length).toBeGreaterThan(2);
      expect([...codes].some((c) => c.startsWith('national-id'))).toBe(true);
      expect([...codes].some((c) => !c.startsWith('national-id'))).toBe(true);
    }
  });
});

describe('seeded into the emulators', () => {
  let graph: GraphEmulator;
  let noark: NoarkEmulator;
  let dir: string;
  const messages = sampleTraffic({ now: NOW });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'arkivpost-sample-'));
    graph = await createGraphEmulator({ now: () => NOW });
    noark = createNoarkEmulator({ dir, now: () => NOW });
    seedSample(graph, noark, { now: NOW });
  }, 120_000);

  afterAll(() => {
    graph.close();
    noark.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function client(upn: string) {
    return createGraphClient({
      clock,
      baseUrl: 'http://graph.emulator.invalid/graph',
      token: async () => (upn === 'app' ? appToken() : testToken(upn)),
      fetch: (input, init) => graph.fetch(String(input), init),
      sleep: async () => undefined,
    });
  }

  const sampleOf = (mailbox: string, registered: boolean): SampleMessage[] =>
    messages.filter(
      (m) =>
        m.mailbox === mailbox &&
        m.external &&
        !m.hint &&
        (m.registered !== null) === registered &&
        m.received >= '2026-03-01' &&
        m.received < '2026-04-01',
    );

  it('has every registered Norwegian message in the Noark 5 journal by eksternId, and no other', async () => {
    const ids = new Set(noark.store.all('eksternId').map((e) => String(e.fields['eksternID'])));
    const norwegian = messages.filter((m) =>
      ['post@ha.kommune.no', 'postmottak@kommune.example.no'].includes(m.mailbox),
    );
    const registered = norwegian.filter((m) => m.registered !== null);
    expect(registered.length).toBeGreaterThan(500);
    expect(ids.size).toBe(registered.length);
    for (const m of norwegian) expect(ids.has(m.internetMessageId)).toBe(m.registered !== null);
    // Each under the reference the sample names.
    const refOf = new Map(
      noark.store
        .all('eksternId')
        .map((e) => [
          String(e.fields['eksternID']),
          noark.store.get(e.parent ?? '')?.fields['registreringsID'],
        ]),
    );
    for (const m of registered) expect(refOf.get(m.internetMessageId)).toBe(m.registered?.ref);
    // The connector, as the log review asks it, for March.
    const connector = createNoark5Connector({
      baseUrl: 'http://arkiv.test/noark5v5/',
      token: async () => `test:${KARI}`,
      fetch: (input, init) => noark.fetch(String(input).replace('http://arkiv.test', ''), init),
      sleep: async () => undefined,
      clock,
    });
    for (const m of sampleOf(POST, true).slice(0, 12)) {
      expect((await connector.findFiled(m.internetMessageId))?.reference).toBe(m.registered?.ref);
    }
    for (const m of sampleOf(POST, false).slice(0, 12)) {
      expect(await connector.findFiled(m.internetMessageId)).toBeNull();
    }
    // The journal by period answers the same March.
    const r = await noark.fetch(
      `/noark5v5/api/sakarkiv/journalpost/?$top=1&$filter=${encodeURIComponent('journaldato ge 2026-03-01 and journaldato le 2026-03-31')}`,
      { headers: { authorization: `Bearer test:${KARI}` } },
    );
    expect(((await r.json()) as { count: number }).count).toBeGreaterThan(100);
  });

  it("reviews March's log of post@ against the journal: never registered is exactly the sample's unregistered external mail", async () => {
    const mb = graph.store.mailbox(POST)!;
    const from = Date.parse('2026-02-28T23:00:00Z'); // 1 March in Oslo
    const to = Date.parse('2026-03-31T22:00:00Z'); // 1 April in Oslo (summer time)
    const hints = new Map<string, 'ephemeral' | 'private'>();
    const rows = [...mb.messages.values()]
      .filter((m) => m.folder !== 'drafts' && m.receivedDateTime >= from && m.receivedDateTime < to)
      .map((m) => {
        const json = messageJson(mb, m, {
          select: null,
          extended: 'all',
          zone: 'UTC',
          bodyType: 'text',
        });
        const cls = fromExtendedProperties(json['singleValueExtendedProperties']).state.class
          ?.value;
        if (cls === 'ephemeral' || cls === 'private')
          hints.set(messageIdKey(m.internetMessageId), cls);
        return {
          messageId: m.internetMessageId,
          from: m.from?.address ?? POST,
          to: m.toRecipients.map((r) => r.address),
          time: new Date(m.receivedDateTime).toISOString(),
          subject: m.subject,
          direction: m.folder === 'sentitems' ? ('out' as const) : ('in' as const),
        };
      });
    const connector = createNoark5Connector({
      baseUrl: 'http://arkiv.test/noark5v5/',
      token: async () => `test:${KARI}`,
      fetch: (input, init) => noark.fetch(String(input).replace('http://arkiv.test', ''), init),
      sleep: async () => undefined,
      clock,
    });
    const journal = await journalByMessageId(connector, rows);
    const r = reviewLog({
      rows,
      journal,
      domains: ['ha.kommune.no'],
      hints,
      timeZone: 'Europe/Oslo',
    });
    const expected = messages.filter(
      (m) =>
        m.mailbox === POST &&
        m.external &&
        !m.hint &&
        m.registered === null &&
        day(m) >= '2026-03-01' &&
        day(m) <= '2026-03-31',
    );
    expect(expected.length).toBeGreaterThan(10);
    expect(r.neverRegistered.map((x) => x.messageId).sort()).toEqual(
      expected.map((m) => m.internetMessageId).sort(),
    );
    expect(r.registered.length).toBeGreaterThan(50);
  });

  it("finds Vara's registered mail by the forward to the registry mailbox, not the rest", async () => {
    const connector = createRegistryConnector({
      graph: client('anna.andersson@vara.se'),
      to: 'arkivet@vara.se',
      lang: 'sv',
      timeZone: 'Europe/Stockholm',
      by: { name: 'Anna Andersson', address: 'anna.andersson@vara.se' },
      clock,
    });
    const mine = sampleOf('vara.kommun@vara.se', true);
    expect(mine.length).toBeGreaterThan(10);
    for (const m of mine.slice(0, 8)) {
      expect(await connector.findFiled(m.internetMessageId)).not.toBeNull();
    }
    for (const m of sampleOf('vara.kommun@vara.se', false).slice(0, 8)) {
      expect(await connector.findFiled(m.internetMessageId)).toBeNull();
    }
  });

  it("finds Mellerud's registered mail in the diarium's Message-ID column, not the rest", async () => {
    const connector = createSharePointConnector({
      graph: client('erik.johansson@mellerud.se'),
      site: 'mellerud.sharepoint.com:/sites/diarium',
      library: 'Ärenden',
      clock,
    });
    for (const m of sampleOf('kommunen@mellerud.se', true).slice(0, 6)) {
      expect((await connector.findFiled(m.internetMessageId))?.reference).toBe(m.registered?.ref);
    }
    for (const m of sampleOf('kommunen@mellerud.se', false).slice(0, 6)) {
      expect(await connector.findFiled(m.internetMessageId)).toBeNull();
    }
  });

  it('has Per Hansen away (automatic reply, out-of-office day) and Lars Svensson by his calendar only', async () => {
    const tips = await client(KARI).request<{ value: Record<string, unknown>[] }>(
      'POST',
      '/me/getMailTips',
      {
        body: {
          EmailAddresses: [ABSENT_MEMBER, POST, KARI],
          MailTipsOptions: 'automaticReplies',
        },
      },
    );
    const replies = tips.value.value.map(
      (t) => (t['automaticReplies'] as { message: string }).message,
    );
    expect(replies[0]).not.toBe('');
    expect(replies.slice(1)).toEqual(['', '']);
    const vara = await client('app').request<{ status: string }>(
      'GET',
      '/users/vara.kommun@vara.se/mailboxSettings/automaticRepliesSetting',
    );
    expect(vara.value.status).toBe('alwaysEnabled');
    const view = await client('app').request<{ value: Record<string, unknown>[] }>(
      'GET',
      `/users/${ABSENT_MEMBER}/calendarView?startDateTime=2026-12-07T00:00:00&endDateTime=2026-12-07T23:59:59`,
    );
    expect(view.value.value).toEqual([expect.objectContaining({ showAs: 'oof', isAllDay: true })]);
    // Lars Svensson is away by his calendar only.
    const lars = await client('app').request<{ value: Record<string, unknown>[] }>(
      'GET',
      `/users/${CALENDAR_ABSENT_MEMBER}/calendarView?startDateTime=2026-12-07T00:00:00&endDateTime=2026-12-07T23:59:59`,
    );
    expect(lars.value.value).toEqual([expect.objectContaining({ showAs: 'oof', isAllDay: true })]);
    const larsReply = await client('app').request<{ status: string }>(
      'GET',
      `/users/${CALENDAR_ABSENT_MEMBER}/mailboxSettings/automaticRepliesSetting`,
    );
    expect(larsReply.value.status).toBe('disabled');
    // Lars has open items in vara.kommun@vara.se too.
    expect(
      messages.some(
        (m) =>
          m.mailbox === 'vara.kommun@vara.se' &&
          m.state.assignee?.address === CALENDAR_ABSENT_MEMBER &&
          (m.state.status === 'new' || m.state.status === 'in-progress'),
      ),
    ).toBe(true);
  });

  it("gives post@ha.kommune.no's overview rows in every list the state can fill, with Per's open items", () => {
    const mb = graph.store.mailbox(POST)!;
    const items: OverviewItem[] = [...mb.messages.values()]
      .filter((m) => m.folder === 'inbox')
      .map((m) => {
        const json = messageJson(mb, m, {
          select: null,
          extended: 'all',
          zone: 'UTC',
          bodyType: 'text',
        });
        return {
          id: m.id,
          received: new Date(m.receivedDateTime).toISOString(),
          subject: m.subject,
          from: m.from?.address ?? '',
          categories: m.categories,
          state: fromExtendedProperties(json['singleValueExtendedProperties']).state,
        };
      });
    const o = mailboxOverview(POST, items, {
      now: NOW,
      timeZone: 'Europe/Oslo',
      calendar: { country: 'NO' },
    });
    const { onHold, ...lists } = o.lists;
    // On hold is not part of the shared state: the reader marks it when it knows.
    expect(onHold).toEqual([]);
    for (const [name, rows] of Object.entries(lists)) {
      expect([name, rows.length > 0]).toEqual([name, true]);
    }
    const per = o.workload.find((w) => w.assignee.address === ABSENT_MEMBER);
    expect(per?.open).toBeGreaterThan(0);
    // The sample's own states are what the store holds.
    const sample = messages.filter((m) => m.mailbox === POST && m.folder === 'inbox');
    expect(o.counts.overdue).toBeGreaterThan(0);
    expect(o.counts.awaitingRegistration).toBe(
      sample.filter((m) => m.state.status === 'sent-to-registrar').length,
    );
    expect(o.total).toBe(sample.length); // the workbench's own five among them
  });

  it("traces each of post@'s messages with its sender, recipients and Message-ID", () => {
    const all = traces(graph.store);
    const byId = new Map<string, { senderAddress: string; recipientAddress: string }[]>();
    for (const t of all) byId.set(t.messageId, [...(byId.get(t.messageId) ?? []), t]);
    for (const m of messages.filter((x) => x.mailbox === POST)) {
      const rows = byId.get(m.internetMessageId) ?? [];
      if (m.folder === 'sentitems') {
        expect(rows).toContainEqual(
          expect.objectContaining({ senderAddress: POST, recipientAddress: m.to[0]?.address }),
        );
      } else {
        expect(rows).toContainEqual(
          expect.objectContaining({ senderAddress: m.from.address, recipientAddress: POST }),
        );
      }
    }
  });

  it('gives the traffic again after a reset when asked, and keeps one copy through a restart of the archive with a later now', async () => {
    const count = graph.store.mailbox(POST)!.messages.size;
    // A reset is the workbench's own sample; the traffic comes back on asking, once.
    graph.reset();
    expect(graph.store.mailbox(POST)!.messages.size).toBe(6);
    const again = await graph.fetch('/graph/_emulator/sample', { method: 'POST' });
    expect(again.status).toBe(204);
    await graph.fetch('/graph/_emulator/sample', { method: 'POST' });
    expect(graph.store.mailbox(POST)!.messages.size).toBe(count);
    const records = noark.store.all('journalpost').length;
    noark.reset();
    expect(noark.store.all('journalpost')).toHaveLength(0);
    expect((await noark.fetch('/noark5v5/_emulator/sample', { method: 'POST' })).status).toBe(204);
    expect(noark.store.all('journalpost')).toHaveLength(records);
    const before = noark.store.all('journalpost').length;
    noark.close();
    noark = createNoarkEmulator({ dir, now: () => NOW });
    expect(noark.store.all('journalpost')).toHaveLength(before);
    const later = new Date('2026-12-10T15:00:00Z');
    seedSample(graph, noark, { now: later });
    const ids = noark.store.all('eksternId').map((e) => String(e.fields['eksternID']));
    expect(new Set(ids).size).toBe(ids.length);
    // The journal keeps what it had (days that left the window too) and gains what is new.
    const norwegian = (list: SampleMessage[]): string[] =>
      list
        .filter(
          (m) =>
            m.registered !== null &&
            SAMPLE_MAILBOXES.find((x) => x.address === m.mailbox)?.archive === 'noark5',
        )
        .map((m) => m.internetMessageId);
    const union = new Set([...norwegian(messages), ...norwegian(sampleTraffic({ now: later }))]);
    expect(ids.sort()).toEqual([...union].sort());
    expect(union.size).toBeGreaterThan(norwegian(messages).length);
  });

  it('seeds nothing when deferred, until asked', async () => {
    const quiet = await createGraphEmulator({ now: () => NOW });
    try {
      seedSample(quiet, null, { now: NOW, defer: true });
      expect(quiet.store.mailbox(POST)!.messages.size).toBe(6);
      expect((await quiet.fetch('/graph/_emulator/sample', { method: 'POST' })).status).toBe(204);
      expect(quiet.store.mailbox(POST)!.messages.size).toBe(
        messages.filter((m) => m.mailbox === POST).length,
      );
    } finally {
      quiet.close();
    }
  });

  it('keeps the references the sample names across a new year', () => {
    const at = new Date('2027-01-11T12:00:00Z');
    const edge = sampleTraffic({ now: at }).filter(
      (m) =>
        m.mailbox === POST &&
        m.registered !== null &&
        m.received >= '2026-12-20' &&
        m.received < '2027-01-05',
    );
    expect(edge.some((m) => m.registered?.ref.startsWith('2026/'))).toBe(true);
    expect(edge.some((m) => m.registered?.ref.startsWith('2027/'))).toBe(true);
    const where = mkdtempSync(join(tmpdir(), 'arkivpost-sample-year-'));
    const archive = createNoarkEmulator({ dir: where, now: () => at });
    try {
      expect(seedNoarkStore(archive.store, edge)).toBe(edge.length);
      const refs = archive.store
        .all('journalpost')
        .map((j) => String(j.fields['registreringsID']))
        .sort();
      expect(refs).toEqual(edge.map((m) => m.registered?.ref).sort());
    } finally {
      archive.close();
      rmSync(where, { recursive: true, force: true });
    }
  });

  it("lists the workbench's own messages of the function mailboxes as the store has them", async () => {
    const fresh = await createGraphEmulator({ now: () => NOW });
    try {
      const own = messages.filter((m) => m.origin === 'workbench');
      expect(own.length).toBe(17);
      for (const s of SAMPLE_MAILBOXES) {
        const mb = fresh.store.mailbox(s.address)!;
        const stored = [...mb.messages.values()].map((m) => ({
          folder: m.folder,
          internetMessageId: m.internetMessageId,
          from: m.from?.address,
          received: new Date(m.receivedDateTime).toISOString(),
        }));
        expect(
          stored.sort((a, b) => a.internetMessageId.localeCompare(b.internetMessageId)),
        ).toEqual(
          own
            .filter((m) => m.mailbox === s.address)
            .map((m) => ({
              folder: m.folder,
              internetMessageId: m.internetMessageId,
              from: m.from.address,
              received: m.received,
            }))
            .sort((a, b) => a.internetMessageId.localeCompare(b.internetMessageId)),
        );
      }
    } finally {
      fresh.close();
    }
  });
});
