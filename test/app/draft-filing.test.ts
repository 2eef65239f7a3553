/**
 * "Journalfør før sending" (R19) without React: a draft written in Hå
 * kommune filed into the Noark 5 emulator as an .eml the pane writes
 * itself, "Vår ref." put into its subject, nothing filed twice when the
 * subject could not be changed, and nothing filed from a half-read draft.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNoarkEmulator, noarkToken } from '../../dev/noark';
import type { NoarkEmulator } from '../../dev/noark';
import type { ComposeSnapshot } from '../../src/core/message';
import type { ComposePort } from '../../src/core/ports';
import { createNoark5Connector } from '../../src/services/archive';
import { draftFiling, draftMessageId } from '../../src/app/draft-filing';
import { FilingSession } from '../../src/app/filing-session';
import { filingText } from '../../src/taskpane/filing/filingText';
import { tf } from '../../src/taskpane/filing/messages';
import type { FilingChoice } from '../../src/services/filing';
import { ha } from '../taskpane/read-fixtures';

const NOW = new Date('2026-11-20T09:00:00Z');
let dir: string;
let noark: NoarkEmulator;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'arkivpost-draft-'));
  noark = createNoarkEmulator({ dir, now: () => NOW });
});
afterEach(() => {
  noark.close();
  rmSync(dir, { recursive: true, force: true });
});

const PDF = new TextEncoder().encode('%PDF-1.7\n…vedtak…\n%%EOF\n');

/** The compose form as a host would give it: a port over plain values. */
function port(over: Partial<ComposeSnapshot> = {}, failSubject = 0) {
  let subject = over.subject ?? 'Vedtak om barnehageplass';
  let failures = failSubject;
  const snapshot = (): ComposeSnapshot => ({
    from: { address: 'post@ha.kommune.no', name: 'Hå kommune' },
    to: [{ address: 'ola.innbyggjar@example.net', name: 'Ola Innbyggjar' }],
    cc: [],
    bcc: [],
    body: 'Søknaden er innvilga. Klagefristen er tre veker.',
    attachments: [
      { name: 'Vedtak.pdf', contentType: 'application/pdf', size: PDF.length, bytes: PDF },
    ],
    ...over,
    subject,
  });
  const p: ComposePort = {
    snapshot: async () => snapshot(),
    onChange: () => () => undefined,
    getSubject: async () => subject,
    setSubject: async (s) => {
      if (failures-- > 0) throw new Error('subject.setAsync failed');
      subject = s;
    },
    removeAttachment: async () => undefined,
    draft: async () => ({ snapshot: snapshot(), html: '<p>Søknaden er <b>innvilga</b>.</p>' }),
  };
  return { p, subject: () => subject };
}

function session(p: ComposePort, messageId = '<arkivpost.1@ha.kommune.no>') {
  const connector = createNoark5Connector({
    baseUrl: 'http://arkiv.test/noark5v5/',
    token: async () => noarkToken('kari.nordmann@ha.kommune.no'),
    fetch: (input, init) => noark.fetch(String(input).replace('http://arkiv.test', ''), init),
    sleep: async () => undefined,
    clock: { now: () => NOW },
  });
  return new FilingSession(
    draftFiling({
      connector,
      port: p,
      profile: ha,
      messageId,
      clock: { now: () => NOW },
    }),
    () => undefined,
  );
}

/** The note's lines as the pane shows them, in nynorsk. */
const lines = (s: FilingSession): string[] =>
  (s.current.note?.lines ?? []).map((l) => filingText(l, 'nn', ha.timeZone));

const CHOICE: FilingChoice = {
  case: { kind: 'new', title: 'Barnehageplass 2027' },
  documentType: 'U',
  title: 'Vedtak om barnehageplass',
  attachments: [],
};

describe('filing a draft before it is sent', () => {
  it('files the draft and its attachment as type U, then puts our reference first in the subject', async () => {
    const { p, subject } = port();
    const s = session(p);
    await s.file(CHOICE);
    expect(s.current.phase).toBe('done');
    expect(subject()).toBe('Vår ref. 2026/1-1 – Vedtak om barnehageplass');
    expect(lines(s)).toContain(
      tf('nn', 'filing.subject', { subject: 'Vår ref. 2026/1-1 – Vedtak om barnehageplass' }),
    );
    expect(noark.store.all('journalpost')).toHaveLength(1);
    expect(noark.store.all('journalpost')[0]?.fields).toMatchObject({
      journalposttype: { kode: 'U' },
    });
    expect(noark.store.all('dokumentbeskrivelse')).toHaveLength(2);
    // The .eml the archive keeps is the draft: its parts and its Message-ID.
    const objects = noark.store.all('dokumentobjekt');
    expect(objects).toHaveLength(2);
  });

  it('files nothing twice when the subject could not be changed: the retry only sets it', async () => {
    const { p, subject } = port({}, 1);
    const s = session(p);
    await s.file(CHOICE);
    expect(s.current.phase).toBe('failed');
    expect(lines(s)[1]).toMatch(/^Arkivet har dokumentet, men emnet kunne ikkje endrast/);
    expect(subject()).toBe('Vedtak om barnehageplass');
    await s.file(CHOICE);
    expect(s.current.phase).toBe('done');
    expect(subject()).toBe('Vår ref. 2026/1-1 – Vedtak om barnehageplass');
    expect(noark.store.all('journalpost')).toHaveLength(1);
  });

  it('files nothing when an attachment was read only in part', async () => {
    const { p } = port({
      attachments: [
        { name: 'Stor.pdf', size: 20_000_000, bytes: PDF, contentType: 'application/pdf' },
      ],
    });
    const s = session(p);
    await s.file(CHOICE);
    expect(s.current.phase).toBe('failed');
    expect(s.current.note?.retry).toBe(false);
    expect(lines(s)[0]).toBe(tf('nn', 'filing.draft.attachment', { name: 'Stor.pdf' }));
    expect(noark.log).toHaveLength(0);
  });

  it('says so where the host gives no draft', async () => {
    const { p } = port();
    const without: ComposePort = {
      snapshot: p.snapshot,
      onChange: p.onChange,
      getSubject: p.getSubject,
      setSubject: p.setSubject,
      removeAttachment: p.removeAttachment,
    };
    const s = session(without);
    await s.file(CHOICE);
    expect(lines(s)[0]).toBe(tf('nn', 'filing.draft.unavailable'));
  });
});

describe('the draft’s Message-ID', () => {
  it('is in the sender’s domain and parses back', async () => {
    const id = draftMessageId('Post@HA.kommune.no', () => 'abc-123');
    expect(id).toBe('<arkivpost.abc-123@ha.kommune.no>');
    expect(draftMessageId('', () => 'x')).toBe('<arkivpost.x@arkivpost.invalid>');
    const { p } = port();
    const s = session(p, id);
    await s.file(CHOICE);
    // The record's external id is the Message-ID the pane wrote into the .eml.
    expect(noark.store.all('eksternId').map((e) => e.fields['eksternID'])).toEqual([id]);
  });
});
