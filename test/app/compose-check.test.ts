/**
 * The compose check controller (app/compose-check), without React: its
 * state, the fixes it makes, and the live check while the user writes —
 * never a verdict for a draft it has not checked.
 */
import {
  createComposeCheck,
  initialState,
  performAction,
  reasonOf,
  reducer,
} from '../../src/app/compose-check';
import type { ComposeCheckDeps, ComposeCheckState } from '../../src/app/compose-check';
import type { ComposeEngine } from '../../src/app/compose-engine';
import { checkCompose } from '../../src/core/compose/decide';
import { describeFinding } from '../../src/core/compose/render';
import type { Clock } from '../../src/core/model';
import type { Profile } from '../../src/core/profile/types';
import { OfficeCallError } from '../../src/host/office/async';
import { systemClock } from '../../src/services/clock';
import { loadProfile } from '../support/profiles';
import { FakePort } from '../taskpane/fake-port';

const plan = { decision: 'allow' as const, groups: [] };

describe('the compose pane state', () => {
  it.each<[string, ComposeCheckState, Parameters<typeof reducer>[1], Partial<ComposeCheckState>]>([
    [
      'a check starts',
      initialState,
      { type: 'check-started' },
      { status: 'checking', running: true },
    ],
    [
      'the first result arrives',
      { ...initialState, running: true },
      { type: 'check-done', plan, describe: describeFinding, current: true },
      { status: 'ready', running: false, plan, describe: describeFinding, current: true },
    ],
    [
      'a result for a draft changed while it was checked: its cards, no verdict',
      { ...initialState, running: true },
      { type: 'check-done', plan, describe: describeFinding, current: false },
      { status: 'checking', running: false, plan, current: false },
    ],
    [
      'the user changes the draft: "checking" at once, the cards stay',
      { ...initialState, status: 'ready', plan, current: true },
      { type: 'draft-changed' },
      { status: 'checking', plan, current: false },
    ],
    [
      'a re-check of a changed draft fails: an error, not the old verdict',
      { ...initialState, status: 'checking', plan, current: false },
      { type: 'check-failed', reason: 'timeout' },
      { status: 'error', plan, error: 'timeout' },
    ],
    [
      'the first check fails',
      { ...initialState, running: true },
      { type: 'check-failed', reason: 'timeout' },
      { status: 'error', running: false, error: 'timeout', plan: null },
    ],
    [
      'a re-check of the same draft fails: the last findings and their verdict stay',
      { ...initialState, status: 'ready', plan, current: true },
      { type: 'check-failed', reason: 'timeout' },
      { status: 'ready', plan, error: 'timeout' },
    ],
    [
      'a later check succeeds: the error goes',
      { ...initialState, status: 'ready', plan, error: 'timeout' },
      { type: 'check-done', plan, describe: describeFinding, current: true },
      { error: null },
    ],
    [
      'an action starts: the last notice goes',
      {
        ...initialState,
        notice: { tone: 'success', key: 'notice.tag-added', params: { tag: '[sikker]' } },
      },
      { type: 'action-started', id: 'encrypt#tag' },
      { busy: 'encrypt#tag', notice: null },
    ],
    [
      'an action ends',
      { ...initialState, busy: 'encrypt#tag' },
      {
        type: 'action-done',
        notice: { tone: 'success', key: 'notice.tag-added', params: { tag: '[sikker]' } },
      },
      {
        busy: null,
        notice: { tone: 'success', key: 'notice.tag-added', params: { tag: '[sikker]' } },
      },
    ],
  ])('when %s', (_name, state, event, expected) => {
    expect(reducer(state, event)).toMatchObject(expected);
  });
});

describe('why a check failed, as the pane may show it', () => {
  const quiet = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  afterAll(() => quiet.mockRestore());

  it('keeps Office’s error code and never the exception’s text', () => {
    const office = new OfficeCallError(
      'subject.setAsync',
      9002,
      'Sys.ArgumentOutOfRangeException',
      'Specified argument was out of the range of valid values. Parameter name: subject',
    );
    expect(reasonOf(office)).toBe('9002');
    expect(reasonOf(new Error('Sys.ArgumentOutOfRangeException: subject'))).toBe('');
    expect(reasonOf('a thrown string')).toBe('');
    expect(reasonOf(null)).toBe('');
    expect(reasonOf({ code: 'E_FAIL' })).toBe('E_FAIL');
    expect(reasonOf({ code: 'not a code: with text' })).toBe('');
  });
});

describe('the fixes the pane makes', () => {
  it('removes the ID number from the subject, exactly', async () => {
    const port = new FakePort({ subject: 'Vedtak for 13097248022 om barnehageplass' });
    const notice = await performAction(port, {
      kind: 'remove-from-subject',
      start: 11,
      end: 22,
      text: '13097248022',
    });
    expect(port.writes).toEqual(['Vedtak for om barnehageplass']);
    expect(notice).toEqual({
      tone: 'success',
      key: 'notice.removed-from-subject',
      params: { text: '13097248022' },
    });
  });

  it('keeps what the user typed since the check', async () => {
    const port = new FakePort({ subject: 'SV: Vedtak for 13097248022 (haster)' });
    await performAction(port, {
      kind: 'remove-from-subject',
      start: 11,
      end: 22,
      text: '13097248022',
    });
    expect(port.writes).toEqual(['SV: Vedtak for (haster)']);
  });

  it('writes nothing when the text is no longer in the subject, and says so', async () => {
    const port = new FakePort({ subject: 'Vedtak om barnehageplass' });
    const notice = await performAction(port, {
      kind: 'remove-from-subject',
      start: 11,
      end: 22,
      text: '13097248022',
    });
    expect(port.writes).toEqual([]);
    expect(notice).toMatchObject({ tone: 'warning', key: 'notice.subject-changed' });
  });

  it('adds the encryption tag in front of the subject, once', async () => {
    const port = new FakePort({ subject: 'Notat i saka' });
    await performAction(port, { kind: 'add-subject-tag', tag: '[sikker]' });
    await performAction(port, { kind: 'add-subject-tag', tag: '[sikker]' });
    expect(port.writes).toEqual(['[sikker] Notat i saka']);
  });

  it('removes the draft attachment', async () => {
    const bytes = new Uint8Array([1]);
    const port = new FakePort({
      attachments: [
        { name: 'vedtak.docx', size: 1, bytes },
        { name: 'kart.pdf', size: 1, bytes },
      ],
    });
    const notice = await performAction(port, { kind: 'remove-attachment', name: 'vedtak.docx' });
    expect(port.removed).toEqual(['vedtak.docx']);
    expect(port.message.attachments.map((a) => a.name)).toEqual(['kart.pdf']);
    expect(notice).toMatchObject({ tone: 'success', key: 'notice.attachment-removed' });
  });

  it('says so when the attachment is already gone', async () => {
    const port = new FakePort();
    const notice = await performAction(port, { kind: 'remove-attachment', name: 'vedtak.docx' });
    expect(notice).toEqual({
      tone: 'warning',
      key: 'notice.attachment-missing',
      params: { name: 'vedtak.docx' },
    });
  });

  it('reports an Office error instead of throwing', async () => {
    const port = new FakePort();
    port.failWith = new OfficeCallError('subject.setAsync', 9041, 'Error', 'Item is read-only');
    const notice = await performAction(port, { kind: 'add-subject-tag', tag: '[sikker]' });
    expect(notice.tone).toBe('error');
    expect(notice.key).toBe('notice.office-failed');
    // Office's text goes to the console, not into the pane's sentence.
    expect(JSON.stringify(notice.params)).not.toContain('read-only');
  });

  it('says in the user’s words that a subject over 255 characters is too long', async () => {
    const port = new FakePort();
    const e = new Error(
      'Sys.ArgumentOutOfRangeException: Specified argument was out of the range of valid values.\nParameter name: subject',
    );
    e.name = 'Sys.ArgumentOutOfRangeException';
    Object.assign(e, { paramName: 'subject' });
    port.failWith = e;
    const notice = await performAction(port, { kind: 'add-subject-tag', tag: '[sikker]' });
    expect(notice).toEqual({ tone: 'error', key: 'notice.subject-too-long', params: {} });
  });
});

describe('the live check while the user writes', () => {
  // The check's promises are real; only the debounce's timers are faked.
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick'] }));
  afterEach(() => jest.useRealTimers());

  const ha = loadProfile('ha-kommune');

  /** Core's check on the clock it is given, as the pane's engine runs it. */
  const engine: ComposeEngine = {
    check: (s, p, clock) => checkCompose(s, p, { clock }),
    describe: describeFinding,
  };

  /** An engine whose checks finish only when the test lets them. */
  function gatedEngine(): { engine: ComposeEngine; release: () => void; started: () => number } {
    let open: (() => void)[] = [];
    let started = 0;
    return {
      engine: {
        check: async (s, p, clock) => {
          started++;
          await new Promise<void>((resolve) => open.push(resolve));
          return checkCompose(s, p, { clock });
        },
        describe: describeFinding,
      },
      release: () => {
        for (const r of open.splice(0)) r();
        open = [];
      },
      started: () => started,
    };
  }

  function live(port: FakePort, over: Partial<ComposeCheckDeps> = {}) {
    const controller = createComposeCheck({
      port,
      profile: ha,
      clock: systemClock,
      engine,
      delayMs: 400,
      ...over,
    });
    const seen: ComposeCheckState[] = [];
    controller.subscribe((s) => seen.push(s));
    const settle = async (ms = 0): Promise<void> => {
      await jest.advanceTimersByTimeAsync(ms);
      // Let the check itself finish (it does real work on real promises).
      for (let i = 0; i < 20; i++) await new Promise<void>((r) => queueMicrotask(r));
    };
    const kinds = (): string[] =>
      controller.state().plan?.groups.flatMap((g) => g.cards.map((c) => c.kind)) ?? [];
    return { controller, settle, kinds, state: () => controller.state(), seen };
  }

  /** What the send check says about the draft as it is now. */
  const sendCheck = async (port: FakePort, profile: Profile = ha) =>
    (await checkCompose(port.message, profile)).decision;

  it('checks at once when the pane opens', async () => {
    const l = live(new FakePort({ subject: 'Vedtak for 13097248022 om barnehageplass' }));
    await l.settle();
    expect(l.state().status).toBe('ready');
    expect(l.state().current).toBe(true);
    expect(l.state().plan?.decision).toBe('block');
    expect(l.kinds()).toContain('subject');
  });

  it('fetches the engine by itself, and the findings come with their sentences', async () => {
    const port = new FakePort({ subject: 'Vedtak for 13097248022 om barnehageplass' });
    const controller = createComposeCheck({ port, profile: ha, clock: systemClock });
    for (let i = 0; i < 100 && controller.state().status === 'checking'; i++) {
      await jest.advanceTimersByTimeAsync(10);
    }
    const state = controller.state();
    controller.dispose();
    const finding = state.plan?.groups[0]?.cards[0]?.findings[0];
    if (!finding || !state.describe) throw new Error(`expected findings, got ${state.status}`);
    expect(state.plan?.decision).toBe('block');
    expect(state.describe(finding, 'nn')).toBe(describeFinding(finding, 'nn'));
    expect(state.describe(finding, 'nn')).toContain('fødselsnummer');
  });

  it('checks on the clock it is given (the send check’s time limit is measured on it)', async () => {
    const clocks: Clock[] = [];
    const clock: Clock = { now: () => new Date('2026-03-02T09:00:00Z') };
    const l = live(new FakePort(), {
      clock,
      engine: { ...engine, check: (s, p, c) => (clocks.push(c), engine.check(s, p, c)) },
    });
    await l.settle();
    expect(clocks).toEqual([clock]);
  });

  it('says "checking" the moment the draft changes, and the verdict once the new draft is checked', async () => {
    const port = new FakePort();
    const l = live(port);
    await l.settle();
    expect(l.state()).toMatchObject({ status: 'ready', current: true });
    expect(l.state().plan?.decision).toBe('allow');
    port.edit({ subject: 'Vedtak for 13097248022' });
    // Not "ready to send" while the changed draft waits for its check.
    expect(l.state()).toMatchObject({ status: 'checking', current: false });
    await l.settle(200);
    expect(l.state().status).toBe('checking');
    await l.settle(200);
    expect(l.state()).toMatchObject({ status: 'ready', current: true });
    expect(l.state().plan?.decision).toBe('block');
    expect(l.state().plan?.decision).toBe(await sendCheck(port));
  });

  it('a result for a draft the user changed while it was checked is no verdict', async () => {
    const port = new FakePort();
    const gate = gatedEngine();
    const l = live(port, { engine: gate.engine });
    await l.settle();
    expect(gate.started()).toBe(1);
    port.edit({ subject: 'Vedtak for 13097248022' });
    gate.release();
    await l.settle();
    // The check read the draft before the number was typed: its "allow" is not shown as a verdict.
    expect(l.state()).toMatchObject({ status: 'checking', current: false });
    expect(l.seen.some((s) => s.status === 'ready')).toBe(false);
    await l.settle(400);
    gate.release();
    await l.settle();
    expect(l.state()).toMatchObject({ status: 'ready', current: true });
    expect(l.state().plan?.decision).toBe('block');
    expect(l.seen.filter((s) => s.status === 'ready').map((s) => s.plan?.decision)).toEqual([
      'block',
    ]);
  });

  it('reads the draft again before a verdict: typing Outlook has not reported yet is checked too', async () => {
    const port = new FakePort();
    const gate = gatedEngine();
    const l = live(port, { engine: gate.engine });
    await l.settle();
    // Typed while the check ran; Outlook's poll has not seen it.
    port.type({ body: 'Fødselsnummeret hennar er 13097248022.' });
    gate.release();
    await l.settle();
    expect(l.state().status).toBe('checking');
    await l.settle(400);
    expect(gate.started()).toBe(2);
    gate.release();
    await l.settle();
    expect(l.state()).toMatchObject({ status: 'ready', current: true });
    expect(l.state().plan?.decision).toBe(await sendCheck(port));
    expect(l.state().plan?.decision).not.toBe('allow');
    expect(l.seen.filter((s) => s.status === 'ready').map((s) => s.plan?.decision)).not.toContain(
      'allow',
    );
  });

  it.each([
    ['recipients', { to: [{ address: 'kari.nordmann@example.org' }] }],
    ['attachments', { attachments: [{ name: 'utkast.docx', size: 10 }] }],
    ['subject', { subject: 'Nytt emne' }],
    ['body', { body: 'Ny tekst.' }],
  ] as const)('ties the verdict to the %s it was checked with', async (_part, over) => {
    const port = new FakePort();
    const gate = gatedEngine();
    const l = live(port, { engine: gate.engine });
    await l.settle();
    port.type(over);
    gate.release();
    await l.settle();
    expect(l.state().current).toBe(false);
    expect(l.state().status).toBe('checking');
  });

  it('a failed check of a changed draft shows the failure, not the last verdict', async () => {
    const port = new FakePort();
    let fail = false;
    const l = live(port, {
      engine: {
        ...engine,
        check: (s, p, c) =>
          fail
            ? Promise.reject(
                new OfficeCallError('body.getAsync', 5001, 'GenericResponseError', 'timeout'),
              )
            : engine.check(s, p, c),
      },
    });
    await l.settle();
    expect(l.state().status).toBe('ready');
    fail = true;
    port.edit({ subject: 'Vedtak for 13097248022' });
    await l.settle(400);
    expect(l.state()).toMatchObject({ status: 'error', error: '5001' });
    // Asked again for the same draft, it works: the verdict comes back.
    fail = false;
    l.controller.recheck();
    await l.settle();
    expect(l.state()).toMatchObject({ status: 'ready', error: null });
    expect(l.state().plan?.decision).toBe('block');
  });

  it('removes the ID number from the subject, says "checking" until the new subject is checked, and the block goes away', async () => {
    const port = new FakePort({ subject: 'Søknad for 13097248022 om barnehageplass' });
    const l = live(port);
    await l.settle();
    const card = l.state().plan?.groups[0]?.cards[0];
    const action = card?.actions[0];
    if (!card || !action) throw new Error('expected a card with a fix');
    const done = l.controller.perform(card.key, action);
    expect(l.state().busy).toBe(`${card.key}#cut`);
    await done;
    expect(l.state().status).toBe('checking');
    await l.settle();
    expect(port.message.subject).toBe('Søknad for om barnehageplass');
    expect(l.state().busy).toBeNull();
    expect(l.state().notice?.key).toBe('notice.removed-from-subject');
    expect(l.state()).toMatchObject({ status: 'ready', current: true });
    expect(l.state().plan?.decision).toBe('allow');
    l.controller.dismissNotice();
    expect(l.state().notice).toBeNull();
  });

  it('a double click on a fix removes the number once and leaves the subject whole', async () => {
    const port = new FakePort({ subject: 'Vedtak for 13097248022 om barnehageplass' });
    const l = live(port);
    await l.settle();
    const card = l.state().plan?.groups[0]?.cards[0];
    const action = card?.actions[0];
    if (!card || !action) throw new Error('expected a card with a fix');
    await Promise.all([
      l.controller.perform(card.key, action),
      l.controller.perform(card.key, action),
    ]);
    await l.settle();
    expect(port.message.subject).toBe('Vedtak for om barnehageplass');
    expect(port.writes).toEqual(['Vedtak for om barnehageplass']);
    expect(l.state().status).toBe('ready');
  });

  it('adds the encryption tag and the "unntatt offentlighet" block goes away', async () => {
    const profile = loadProfile('kommune-nb');
    const port = new FakePort({
      from: { address: 'postmottak@kommune.example.no' },
      subject: 'Notat om byggesaka',
      body: 'Unntatt offentlighet, jf. offl. § 13.\n\nVedlagt er notatet.',
    });
    const l = live(port, { profile });
    await l.settle();
    const card = l
      .state()
      .plan?.groups.flatMap((g) => g.cards)
      .find((c) => c.kind === 'encrypt');
    const action = card?.actions[0];
    if (!card || !action) throw new Error('expected an encryption card');
    await l.controller.perform(card.key, action);
    await l.settle();
    expect(port.message.subject).toBe('[sikker] Notat om byggesaka');
    expect(l.kinds()).not.toContain('encrypt');
    expect(l.state().plan?.decision).toBe(await sendCheck(port, profile));
  });

  it('stops listening when the pane closes', async () => {
    const port = new FakePort();
    const l = live(port);
    await l.settle();
    const before = l.seen.length;
    l.controller.dispose();
    port.edit({ subject: 'Vedtak for 13097248022' });
    await l.settle(1000);
    expect(l.seen.length).toBe(before);
  });
});
