/**
 * The log review end to end against the emulators: Exchange's message trace
 * from the Graph emulator, the journal from the Noark 5 emulator through
 * the connector interface.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appToken, createGraphEmulator } from '../../../dev/graph';
import type { GraphEmulator } from '../../../dev/graph';
import { createNoarkEmulator } from '../../../dev/noark';
import type { NoarkEmulator } from '../../../dev/noark';
import { logReviewJson } from '../../../src/core/oversight/export';
import { reviewLog } from '../../../src/core/oversight/log-review';
import type { ArchiveConnector, ArchiveDocument } from '../../../src/core/ports';
import { createNoark5Connector } from '../../../src/services/archive';
import { createGraphClient } from '../../../src/services/graph/client';
import { journalByMessageId } from '../../../src/services/oversight/journal-lookup';
import { readTrafficLog } from '../../../src/services/oversight/message-trace';
import { memoryDocument } from '../../../src/services/filing-request';

const NOW = new Date('2026-03-31T12:00:00Z');
const clock = { now: () => NOW };
const POST = 'post@ha.kommune.no';
const KARI = 'kari.nordmann@ha.kommune.no';
const MARCH = { from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-03-31T00:00:00Z') };

let graph: GraphEmulator;
let noark: NoarkEmulator;
let dir: string;
let lookups: string[];

function connector(): ArchiveConnector {
  return createNoark5Connector({
    baseUrl: 'http://arkiv.test/noark5v5/',
    token: async () => `test:${KARI}`,
    fetch: (input, init) => {
      const url = String(input);
      if (/eksternId/i.test(url)) lookups.push(url);
      return noark.fetch(url.replace('http://arkiv.test', ''), init);
    },
    sleep: async () => undefined,
    clock,
  });
}

function eml(text: string): ArchiveDocument {
  return memoryDocument('brev.eml', 'message/rfc822', 'main', new TextEncoder().encode(text));
}

beforeEach(async () => {
  lookups = [];
  dir = mkdtempSync(join(tmpdir(), 'arkivpost-logreview-'));
  noark = createNoarkEmulator({ dir, now: () => NOW });
  graph = await createGraphEmulator({ now: () => NOW });
  const mb = graph.store.mailbox(POST)!;
  for (let i = 0; i < 4; i++) {
    graph.store.addMessage(mb, {
      folder: 'inbox',
      subject: `Søknad ${i}`,
      text: 'Hei',
      from: { name: 'Ola', address: `ola${i}@trace.example` },
      toRecipients: [{ name: 'Post', address: POST }],
      receivedDateTime: Date.parse('2026-03-10T08:00:00Z') + i * 86_400_000,
      internetMessageId: `<in${i}@trace.example>`,
    });
  }
  // The registrar filed two of them.
  for (const i of [0, 2]) {
    const outcome = await connector().file({
      messageId: `<in${i}@trace.example>`,
      case: { kind: 'new', title: `Søknad ${i}` },
      documentType: 'I',
      title: `Søknad ${i}`,
      parties: [{ name: 'Ola', address: `ola${i}@trace.example`, role: 'sender' }],
      documents: [eml(`Subject: Søknad ${i}\r\n\r\nHei`)],
      date: new Date(Date.parse('2026-03-10T08:00:00Z') + i * 86_400_000).toISOString(),
    });
    expect(outcome.kind).toBe('filed');
  }
  lookups = [];
});

afterEach(() => {
  graph.close();
  noark.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the log reviewed against the Noark 5 journal', () => {
  it('lists exactly the external letters the archive does not hold', async () => {
    const graphClient = createGraphClient({
      clock,
      baseUrl: 'http://graph.emulator.invalid/graph',
      token: async () => appToken(),
      fetch: (input, init) => graph.fetch(String(input), init),
      sleep: async () => undefined,
    });
    const log = await readTrafficLog(graphClient, clock, POST, MARCH);
    const rows = log.rows.filter((r) => r.messageId.endsWith('@trace.example>'));
    expect(rows).toHaveLength(4);
    const journal = await journalByMessageId(connector(), [...rows, ...rows]);
    expect(journal.map((e) => [e.source, e.messageId]).sort()).toEqual([
      ['noark5', '<in0@trace.example>'],
      ['noark5', '<in2@trace.example>'],
    ]);
    // Each Message-ID asked once, even when the log holds it twice.
    expect(lookups.filter((u) => u.includes('$filter=eksternId'))).toHaveLength(4);
    const review = reviewLog({
      rows,
      journal,
      domains: ['ha.kommune.no'],
      timeZone: 'Europe/Oslo',
    });
    expect(
      review.registered.map((r) => r.entry.reference).every((ref) => /^2026\/\d+-\d+$/.test(ref)),
    ).toBe(true);
    expect(
      logReviewJson(review, log.source)
        .neverRegistered.map((r) => r.messageId)
        .sort(),
    ).toEqual(['<in1@trace.example>', '<in3@trace.example>']);
  });

  it('fails rather than calling registered mail unregistered when the archive does not answer', async () => {
    noark.faults.add({ kind: 'unavailable', times: 'always' });
    const rows = [
      {
        messageId: '<in0@trace.example>',
        from: 'ola0@trace.example',
        to: [POST],
        time: '2026-03-10T08:00:00Z',
        subject: 'Søknad 0',
        direction: 'in' as const,
      },
    ];
    await expect(journalByMessageId(connector(), rows)).rejects.toThrow();
  });
});
