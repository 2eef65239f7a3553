/**
 * A filing whose archive sign-in opens a window: until the user answers it,
 * the pane says it waits for the sign-in, never "Lagrar …"; a double click
 * on the file button files once. Against the Noark 5 emulator.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNoarkEmulator, noarkToken } from '../../dev/noark';
import type { NoarkEmulator } from '../../dev/noark';
import { draftFiling } from '../../src/app/draft-filing';
import { FilingSession } from '../../src/app/filing-session';
import type { FilingState } from '../../src/app/filing-session';
import { createSignInWatch } from '../../src/app/sign-in-watch';
import { AuthFailure } from '../../src/core/auth';
import type { TokenRequest, TokenSource } from '../../src/core/auth';
import type { ComposeSnapshot } from '../../src/core/message';
import type { ComposePort } from '../../src/core/ports';
import { createNoark5Connector } from '../../src/services/archive';
import type { FilingChoice } from '../../src/services/filing';
import { activityText, filingText } from '../../src/taskpane/filing/filingText';
import { tf } from '../../src/taskpane/filing/messages';
import { ha } from '../taskpane/read-fixtures';

const NOW = new Date('2026-11-20T09:00:00Z');
const KARI = 'kari.nordmann@ha.kommune.no';
let dir: string;
let noark: NoarkEmulator;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'arkivpost-signin-'));
  noark = createNoarkEmulator({ dir, now: () => NOW });
});
afterEach(() => {
  noark.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A sign-in that needs the user once: silent fails until the window is answered. */
function signInOnce() {
  let signedIn = false;
  let answer: ((ok: boolean) => void) | null = null;
  const windows: TokenRequest[] = [];
  const tokens: TokenSource = {
    async token(request = {}) {
      if (signedIn) return noarkToken(KARI);
      if (!request.interactive) throw new AuthFailure('sign-in-required', 'interaction_required');
      windows.push(request);
      const ok = await new Promise<boolean>((resolve) => {
        answer = resolve;
      });
      if (!ok) throw new AuthFailure('cancelled', 'user_cancelled');
      signedIn = true;
      return noarkToken(KARI);
    },
  };
  return {
    tokens,
    windows,
    answer: (ok: boolean) => answer?.(ok),
    opened: () => answer !== null,
  };
}

const SNAPSHOT: ComposeSnapshot = {
  from: { address: 'post@ha.kommune.no', name: 'Hå kommune' },
  to: [{ address: 'ola.innbyggjar@example.net', name: 'Ola Innbyggjar' }],
  cc: [],
  bcc: [],
  subject: 'Vedtak om barnehageplass',
  body: 'Søknaden er innvilga.',
  attachments: [],
};

function draftPort(): ComposePort {
  let subject = SNAPSHOT.subject;
  return {
    snapshot: async () => ({ ...SNAPSHOT, subject }),
    onChange: () => () => undefined,
    getSubject: async () => subject,
    setSubject: async (s) => {
      subject = s;
    },
    removeAttachment: async () => undefined,
    draft: async () => ({ snapshot: { ...SNAPSHOT, subject }, html: null }),
  };
}

const CHOICE: FilingChoice = {
  case: { kind: 'new', title: 'Barnehageplass 2027' },
  documentType: 'U',
  title: 'Vedtak om barnehageplass',
  attachments: [],
};

function setUp() {
  const sign = signInOnce();
  const watch = createSignInWatch();
  const tokens = watch.wrap(sign.tokens);
  const connector = createNoark5Connector({
    baseUrl: 'http://arkiv.test/noark5v5/',
    // Filing starts from a click: the archive's sign-in may ask.
    token: () => tokens.token({ interactive: true }),
    fetch: (input, init) => noark.fetch(String(input).replace('http://arkiv.test', ''), init),
    sleep: async () => undefined,
    clock: { now: () => NOW },
  });
  const states: FilingState[] = [];
  let files = 0;
  const deps = draftFiling({
    connector,
    port: draftPort(),
    profile: ha,
    messageId: '<arkivpost.signin@ha.kommune.no>',
    clock: { now: () => NOW },
    signIn: watch,
  });
  const session = new FilingSession(
    {
      ...deps,
      file: (...args) => {
        files += 1;
        return deps.file(...args);
      },
    },
    (st) => states.push(st),
  );
  return { sign, watch, session, states, files: () => files };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !check(); i++) await new Promise((r) => setTimeout(r, 1));
  expect(check()).toBe(true);
}

describe('a sign-in window in the middle of a filing', () => {
  it('says it waits for the sign-in while the window is open, then goes on and files', async () => {
    const { sign, watch, session } = setUp();
    const filed = session.file(CHOICE);
    await until(sign.opened);
    expect(watch.waiting).toBe(true);
    expect(session.current).toMatchObject({ phase: 'filing', signIn: true });
    // Nothing reached the archive while the window waits.
    expect(noark.store.all('journalpost')).toHaveLength(0);
    expect(tf('nn', 'filing.progress.sign-in')).toMatch(/^Ventar på at du loggar inn/);
    expect(tf('nn', 'filing.progress.sign-in')).not.toMatch(/Lagrar/);

    sign.answer(true);
    await filed;
    expect(watch.waiting).toBe(false);
    expect(session.current).toMatchObject({ phase: 'done', signIn: false });
    expect(noark.store.all('journalpost')).toHaveLength(1);
    expect(sign.windows).toHaveLength(1);
  });

  it('says the window was closed, and the retry asks again', async () => {
    const { sign, session } = setUp();
    const filed = session.file(CHOICE);
    await until(sign.opened);
    sign.answer(false);
    await filed;
    expect(session.current).toMatchObject({ phase: 'failed', signIn: false });
    expect(session.current.note?.retry).toBe(true);
    const lines = (session.current.note?.lines ?? []).map((l) => filingText(l, 'nb', ha.timeZone));
    // The archive's own sentence for a sign-in that did not happen, then what is safe.
    expect(lines).toEqual([
      expect.stringMatching(/^Du er ikke logget inn i arkivet/),
      tf('nb', 'filing.failed.safe'),
    ]);
    expect(noark.store.all('journalpost')).toHaveLength(0);
    // Try again: the window is asked for again, and this time it is answered.
    const again = session.file(CHOICE);
    await until(() => sign.windows.length === 2);
    expect(session.current).toMatchObject({ phase: 'filing', signIn: true });
    sign.answer(true);
    await again;
    expect(session.current.phase).toBe('done');
    expect(noark.store.all('journalpost')).toHaveLength(1);
  });

  it('asks nobody when the silent sign-in is enough', async () => {
    const { sign, session, states } = setUp();
    const first = session.file(CHOICE);
    await until(sign.opened);
    sign.answer(true);
    await first;
    const before = states.length;
    // Signed in now: a search needs no window, and says nothing of one.
    await session.search('Barnehageplass');
    expect(states.slice(before).some((s) => s.signIn === true)).toBe(false);
    expect(session.current.cases.map((c) => c.title)).toEqual(['Barnehageplass 2027']);
    expect(sign.windows).toHaveLength(1);
  });

  it('passes a request that may not ask straight through, and other failures unchanged', async () => {
    const watch = createSignInWatch();
    const seen: boolean[] = [];
    watch.subscribe((w) => seen.push(w));
    const failing = watch.wrap({
      token: async () => {
        throw new AuthFailure('network', 'offline');
      },
    });
    await expect(failing.token({ interactive: true })).rejects.toMatchObject({ kind: 'network' });
    await expect(failing.token()).rejects.toMatchObject({ kind: 'network' });
    expect(seen).toEqual([]);
  });
});

describe('a double click on the file button', () => {
  it('files once: the second call joins the first', async () => {
    const { sign, session, files } = setUp();
    const one = session.file(CHOICE);
    const two = session.file(CHOICE);
    await until(sign.opened);
    sign.answer(true);
    await Promise.all([one, two]);
    expect(files()).toBe(1);
    expect(session.current.phase).toBe('done');
    expect(noark.store.all('journalpost')).toHaveLength(1);
    expect(sign.windows).toHaveLength(1);
    // After it is done, a new click may file (it finds the record: nothing twice).
    await session.file(CHOICE);
    expect(files()).toBe(2);
    expect(noark.store.all('journalpost')).toHaveLength(1);
  });

  it('shows the waiting state, not progress, in the words of the pane', () => {
    expect(activityText({ step: 'sign-in' }, 'sv', ha.timeZone)).toBe(
      tf('sv', 'filing.progress.sign-in'),
    );
  });
});
