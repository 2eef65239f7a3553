/**
 * "Journalfør før sending" keeps the record's reference on the draft (the
 * `X-Arkivpost-Case` header through the compose port): it is there whatever
 * the subject becomes, and a pane opened again on the draft (a reload, with
 * a new made-up Message-ID) knows the draft is filed, so it is not filed
 * twice.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNoarkEmulator, noarkToken } from '../../dev/noark';
import type { NoarkEmulator } from '../../dev/noark';
import { draftFiledAs, draftFiling, resumeFiledDraft } from '../../src/app/draft-filing';
import { FilingSession } from '../../src/app/filing-session';
import type { ComposeSnapshot } from '../../src/core/message';
import type { ComposePort } from '../../src/core/ports';
import { createNoark5Connector } from '../../src/services/archive';
import type { FilingChoice } from '../../src/services/filing';
import { ha } from '../taskpane/read-fixtures';

const NOW = new Date('2026-11-20T09:00:00Z');
let dir: string;
let noark: NoarkEmulator;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'arkivpost-mark-'));
  noark = createNoarkEmulator({ dir, now: () => NOW });
});
afterEach(() => {
  noark.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The draft as Outlook holds it: its subject and internet headers, across panes. */
interface Draft {
  subject: string;
  headers: Record<string, string>;
  failMark: number;
}

/** A pane's port over the draft. */
function port(d: Draft, withMark = true): ComposePort {
  const snapshot = (): ComposeSnapshot => ({
    from: { address: 'post@ha.kommune.no', name: 'Hå kommune' },
    to: [{ address: 'ola.innbyggjar@example.net', name: 'Ola Innbyggjar' }],
    cc: [],
    bcc: [],
    body: 'Søknaden er innvilga.',
    attachments: [],
    subject: d.subject,
  });
  return {
    snapshot: async () => snapshot(),
    onChange: () => () => undefined,
    getSubject: async () => d.subject,
    setSubject: async (s) => {
      d.subject = s;
    },
    removeAttachment: async () => undefined,
    draft: async () => ({ snapshot: snapshot(), html: null }),
    ...(withMark
      ? {
          caseMark: async () => ({
            get: async () => d.headers['X-Arkivpost-Case'] ?? null,
            set: async (reference: string) => {
              if (d.failMark-- > 0) throw new Error('internetHeaders.setAsync failed');
              d.headers['X-Arkivpost-Case'] = reference;
            },
          }),
        }
      : {}),
  };
}

function session(p: ComposePort, messageId: string): FilingSession {
  return new FilingSession(
    draftFiling({
      connector: createNoark5Connector({
        baseUrl: 'http://arkiv.test/noark5v5/',
        token: async () => noarkToken('kari.nordmann@ha.kommune.no'),
        fetch: (input, init) => noark.fetch(String(input).replace('http://arkiv.test', ''), init),
        sleep: async () => undefined,
        clock: { now: () => NOW },
      }),
      port: p,
      profile: ha,
      messageId,
      clock: { now: () => NOW },
    }),
    () => undefined,
  );
}

const CHOICE: FilingChoice = {
  case: { kind: 'new', title: 'Barnehageplass 2027' },
  documentType: 'U',
  title: 'Vedtak om barnehageplass',
  attachments: [],
};

describe('the case kept on the draft', () => {
  it('is set when the draft is filed, and stays when the subject is edited', async () => {
    const d: Draft = { subject: 'Vedtak om barnehageplass', headers: {}, failMark: 0 };
    expect(await draftFiledAs(port(d))).toBeNull();
    const s = session(port(d), '<arkivpost.1@ha.kommune.no>');
    await s.file(CHOICE);
    expect(s.current.phase).toBe('done');
    expect(d.headers['X-Arkivpost-Case']).toBe('2026/1-1');
    d.subject = 'Barnehageplass';
    // A reload: a new pane, which would make a new Message-ID, sees the draft is filed.
    expect(await draftFiledAs(port(d))).toBe('2026/1-1');
  });

  it('is set on the retry when keeping it failed, without filing again', async () => {
    const d: Draft = { subject: 'Vedtak om barnehageplass', headers: {}, failMark: 1 };
    const s = session(port(d), '<arkivpost.1@ha.kommune.no>');
    await s.file(CHOICE);
    expect(s.current.phase).toBe('failed');
    expect(d.headers['X-Arkivpost-Case']).toBeUndefined();
    await s.file(CHOICE);
    expect(s.current.phase).toBe('done');
    expect(d.headers['X-Arkivpost-Case']).toBe('2026/1-1');
    expect(noark.store.all('journalpost')).toHaveLength(1);
  });

  it('is no answer where the host cannot keep it', async () => {
    const d: Draft = {
      subject: 'Vedtak',
      headers: { 'X-Arkivpost-Case': '2026/1-1' },
      failMark: 0,
    };
    expect(await draftFiledAs(port(d, false))).toBeNull();
  });

  it('gives a draft filed before a reload its reference in the subject, and files nothing again', async () => {
    const d: Draft = {
      subject: 'Vedtak om barnehageplass',
      headers: { 'X-Arkivpost-Case': '2026/1-1' },
      failMark: 0,
    };
    expect(await resumeFiledDraft(port(d), ha)).toEqual({
      reference: '2026/1-1',
      subject: 'Vår ref. 2026/1-1 – Vedtak om barnehageplass',
    });
    expect(d.subject).toBe('Vår ref. 2026/1-1 – Vedtak om barnehageplass');
    // Once it has it, nothing changes; an unfiled draft is no answer.
    expect(await resumeFiledDraft(port(d), ha)).toEqual({ reference: '2026/1-1' });
    expect(
      await resumeFiledDraft(port({ subject: 'Vedtak', headers: {}, failMark: 0 }), ha),
    ).toBeNull();
    expect(noark.store.all('journalpost')).toHaveLength(0);
  });
});
