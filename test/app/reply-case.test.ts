/**
 * The case a received reply answers (src/app/reply-case), against the Graph
 * emulator and the Noark 5 emulator: found by In-Reply-To in the function
 * mailbox's Sent Items (the case kept on the sent copy, or "Vår ref." in its
 * subject), in the user's own Sent Items second, else by the reference in
 * the subject; checked with the archive. Hostile Message-IDs (quotes, OData
 * put into the id) go into the filter as a literal and find nothing; a case
 * number the archive does not know is not offered; a Sent Items lookup that
 * is refused (403) or throttled does not stop the subject being read.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGraphEmulator, testToken } from '../../dev/graph';
import type { GraphEmulator } from '../../dev/graph';
import { createNoarkEmulator, noarkToken } from '../../dev/noark';
import type { NoarkEmulator } from '../../dev/noark';
import { MAX_SENT_LOOKUPS, findReplyCase, sameCaseChoice } from '../../src/app/reply-case';
import type { ReplyCaseDeps } from '../../src/app/reply-case';
import type { IncomingMessage } from '../../src/core/message';
import type { ArchiveConnector } from '../../src/core/ports';
import { createNoark5Connector } from '../../src/services/archive';
import { memoryDocument } from '../../src/services/filing';
import { systemClock } from '../../src/services/clock';
import { createGraphClient } from '../../src/services/graph/client';
import { CASE_HEADER_PROPERTY, sentQuery } from '../../src/services/reply-case';
import { replyMessages } from '../../src/taskpane/case/replyMessages';
import { describeCatalog } from '../support/catalog';
import { ha } from '../taskpane/read-fixtures';

const NOW = new Date('2026-03-02T08:00:00Z');
const KARI = 'kari.nordmann@ha.kommune.no';
const POST = 'post@ha.kommune.no';
const BASE = 'http://graph.emulator.invalid/graph';

describeCatalog('reply case', replyMessages);

let graphEmulator: GraphEmulator;
let noark: NoarkEmulator;
let dir: string;
let caseNumber: string;
let otherCase: string;

beforeAll(async () => {
  graphEmulator = await createGraphEmulator({ now: () => NOW });
});
afterAll(() => graphEmulator.close());

function connector(): ArchiveConnector {
  return createNoark5Connector({
    baseUrl: 'http://arkiv.ha.kommune.test/noark5v5/',
    token: async () => noarkToken(KARI),
    fetch: (input, init) => noark.fetch(input, init),
    sleep: async () => undefined,
    clock: { now: () => NOW },
  });
}

async function newCase(title: string, id: string): Promise<string> {
  const outcome = await connector().file({
    messageId: id,
    case: { kind: 'new', title },
    documentType: 'U',
    title,
    parties: [],
    documents: [
      memoryDocument('vedtak.eml', 'message/rfc822', 'main', new TextEncoder().encode('x')),
    ],
    date: NOW.toISOString(),
  });
  if (outcome.kind !== 'filed') throw new Error('not filed');
  return outcome.case.number;
}

beforeEach(async () => {
  graphEmulator.reset();
  dir = mkdtempSync(join(tmpdir(), 'reply-case-'));
  noark = createNoarkEmulator({ dir, now: () => NOW });
  caseNumber = await newCase('Vedtak om barnehageplass', '<vedtak@ha.kommune.no>');
  otherCase = await newCase('Byggesak', '<bygg@ha.kommune.no>');
});

afterEach(() => {
  noark.close();
  rmSync(dir, { recursive: true, force: true });
});

function deps(over: Partial<ReplyCaseDeps> = {}): ReplyCaseDeps & { asked: number } {
  const d = {
    asked: 0,
    graph: createGraphClient({
      clock: systemClock,
      baseUrl: BASE,
      token: async () => testToken(KARI),
      fetch: (input, init) => graphEmulator.fetch(String(input), init),
      sleep: async () => undefined,
      maxRetries: 1,
    }),
    mailbox: POST,
    user: KARI,
    connect: async () => {
      d.asked++;
      return connector();
    },
    ...over,
  };
  return d;
}

async function sent(
  mailbox: string,
  internetMessageId: string,
  subject: string,
  stored?: string,
): Promise<void> {
  const res = await graphEmulator.fetch(`${BASE}/_emulator/mailboxes/${mailbox}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      folder: 'sentitems',
      subject,
      from: mailbox,
      toRecipients: ['ola.innbyggjar@example.net'],
      internetMessageId,
      ...(stored
        ? { singleValueExtendedProperties: [{ id: CASE_HEADER_PROPERTY, value: stored }] }
        : {}),
    }),
  });
  expect(res.status).toBe(201);
}

function reply(
  over: Partial<IncomingMessage> & { inReplyTo?: string; references?: string },
): IncomingMessage {
  const { inReplyTo, references, ...rest } = over;
  return {
    from: { name: 'Ola Innbyggjar', address: 'ola.innbyggjar@example.net' },
    to: [{ address: POST }],
    cc: [],
    subject: 'SV: Barnehageplass',
    body: 'Takk for svaret.',
    attachments: [],
    headers: {
      ...(inReplyTo !== undefined ? { 'in-reply-to': inReplyTo } : {}),
      ...(references !== undefined ? { references } : {}),
    },
    receivedAt: NOW,
    ...rest,
  };
}

const sentItemsRequests = (): number =>
  graphEmulator.log.filter((r) => /\/mailfolders\/sentitems\/messages$/i.test(r.path)).length;

describe('the case of a received reply', () => {
  it('is the case kept on our sent message that In-Reply-To names, whatever its subject became', async () => {
    await sent(POST, '<vedtak.1@ha.kommune.no>', 'Vedtak', `${caseNumber}-1`);
    const r = await findReplyCase(deps(), reply({ inReplyTo: '<vedtak.1@HA.kommune.no>' }));
    expect(r).toMatchObject({
      kind: 'found',
      confirmed: 'archive',
      found: { case: caseNumber, document: 1, via: 'in-reply-to' },
      archiveCase: { number: caseNumber },
      lookupFailed: false,
    });
  });

  it('reads "Vår ref." in the sent subject when nothing was kept, and looks in the user\'s own Sent Items second', async () => {
    await sent(KARI, '<eigen@ha.kommune.no>', `Vår ref. ${caseNumber}-2 – Vedtak`);
    const r = await findReplyCase(
      deps(),
      reply({ references: '<ukjend@example.net> <eigen@ha.kommune.no>' }),
    );
    expect(r).toMatchObject({ kind: 'found', found: { case: caseNumber, via: 'references' } });
  });

  it('finds a sent message whose Message-ID has a quote: the literal is escaped, not cut', async () => {
    const id = "<o'brien'.1@ha.kommune.no>";
    await sent(POST, id, `Vår ref. ${caseNumber}-1 – Vedtak`);
    expect(decodeURIComponent(sentQuery([id]))).toContain(
      "internetMessageId eq '<o''brien''.1@ha.kommune.no>'",
    );
    const r = await findReplyCase(deps(), reply({ inReplyTo: id }));
    expect(r).toMatchObject({ kind: 'found', found: { case: caseNumber, via: 'in-reply-to' } });
  });

  it.each([
    "<x'or'1'eq'1@ha.kommune.no>",
    "<a' or internetMessageId ne 'b@ha.kommune.no>",
    "<a')&$filter=subject ne ('@ha.kommune.no>",
    '<a%27%20or%20true@ha.kommune.no>',
  ])('finds nothing for the hostile In-Reply-To %s', async (hostile) => {
    await sent(POST, '<vedtak.1@ha.kommune.no>', `Vår ref. ${caseNumber}-1 – Vedtak`);
    const d = deps();
    const r = await findReplyCase(d, reply({ inReplyTo: hostile }));
    expect(r).toEqual({ kind: 'none', lookupFailed: false });
    // Graph was asked a well-formed question (never a 400), or nothing at all.
    const statuses = graphEmulator.log
      .filter((x) => /sentitems/i.test(x.path))
      .map((x) => x.status);
    expect(statuses.every((st) => st === 200)).toBe(true);
    // The archive is not asked when there is nothing to check.
    expect(d.asked).toBe(0);
  });

  it('does not offer a case number the archive does not know', async () => {
    await sent(POST, '<vedtak.1@ha.kommune.no>', 'Vår ref. 2026/999-1 – Vedtak');
    const r = await findReplyCase(deps(), reply({ inReplyTo: '<vedtak.1@ha.kommune.no>' }));
    expect(r).toMatchObject({ kind: 'unknown-case', found: { case: '2026/999' } });
    const phrase = await findReplyCase(
      deps(),
      reply({ subject: 'Dykkar ref. 2026/998 – spørsmål' }),
    );
    expect(phrase.kind).toBe('unknown-case');
  });

  it('takes the reference in the subject when no sent message is found, and a known one', async () => {
    const r = await findReplyCase(
      deps(),
      reply({ inReplyTo: '<ukjend@example.net>', subject: `Dykkar ref. ${otherCase} – spørsmål` }),
    );
    expect(r).toMatchObject({
      kind: 'found',
      found: { case: otherCase, via: 'reference-phrase', where: 'subject' },
      lookupFailed: false,
    });
  });

  it('reads the subject when Sent Items is refused (403) and says a lookup failed', async () => {
    // A colleague's own mailbox, which Kari may not open.
    const r = await findReplyCase(
      deps({ mailbox: 'silje.vik@ha.kommune.no', user: 'silje.vik@ha.kommune.no' }),
      reply({ inReplyTo: '<vedtak.1@ha.kommune.no>', subject: `Dykkar ref. ${caseNumber}` }),
    );
    expect(r).toMatchObject({
      kind: 'found',
      found: { case: caseNumber, via: 'reference-phrase' },
      lookupFailed: true,
    });
    expect(graphEmulator.log.some((x) => /sentitems/i.test(x.path) && x.status === 403)).toBe(true);
  });

  it('reads the subject when Sent Items is throttled, and asks a bounded number of times', async () => {
    await sent(POST, '<vedtak.1@ha.kommune.no>', `Vår ref. ${caseNumber}-1 – Vedtak`);
    graphEmulator.faults.add({ kind: 'throttle', times: 'always', path: '/sentitems/' });
    const many = Array.from({ length: 40 }, (_, i) => `<m${i}@example.net>`).join(' ');
    const r = await findReplyCase(
      deps(),
      reply({ references: many, subject: `SV: Vår ref. ${otherCase}-1 – Vedtak` }),
    );
    expect(r).toMatchObject({
      kind: 'found',
      found: { case: otherCase, via: 'quoted-reference' },
      lookupFailed: true,
    });
    // One request per Sent Items, each tried twice (one retry), never one per id.
    expect(sentItemsRequests()).toBe(2 * 2);
    const asked = graphEmulator.log.filter((r) => /sentitems/i.test(r.path))[0]?.query ?? '';
    expect(decodeURIComponent(asked).match(/internetMessageId eq/g)).toHaveLength(MAX_SENT_LOOKUPS);
  });

  it('says the archive failed rather than offering a case it could not check', async () => {
    await sent(POST, '<vedtak.1@ha.kommune.no>', `Vår ref. ${caseNumber}-1 – Vedtak`);
    const r = await findReplyCase(
      deps({ connect: async () => null }),
      reply({ inReplyTo: '<vedtak.1@ha.kommune.no>' }),
    );
    expect(r.kind).toBe('archive-failed');
  });
});

describe('"Lagre i same sak" without a form', () => {
  it('files as the form suggests: incoming, the title from the subject, every attachment', () => {
    const choice = sameCaseChoice(
      { id: 'x', number: '2026/1', title: 'Vedtak' },
      {
        subject: 'SV: Vår ref. 2026/1-1 – Vedtak om barnehageplass',
        fromAddress: 'ola.innbyggjar@example.net',
        recipients: [POST],
        attachments: [
          { name: 'a.pdf', size: 1 },
          { name: 'a.pdf', size: 2 },
        ],
      },
      ha,
    );
    expect(choice).toMatchObject({
      case: { kind: 'existing', case: { number: '2026/1' } },
      documentType: 'I',
      attachments: [
        { name: 'a.pdf', occurrence: 0 },
        { name: 'a.pdf', occurrence: 1 },
      ],
    });
    expect(choice?.restriction).toBeUndefined();
  });
});
