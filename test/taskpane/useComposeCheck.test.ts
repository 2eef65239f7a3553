import { checkCompose } from '../../src/core/compose/decide';
import { describeFinding } from '../../src/core/compose/render';
import type { Profile } from '../../src/core/profile/types';
import { OfficeCallError } from '../../src/host/office/async';
import {
  initialState,
  performAction,
  reducer,
  startComposeCheck,
} from '../../src/taskpane/useComposeCheck';
import type { ComposeCheckEvent, ComposeCheckState } from '../../src/taskpane/useComposeCheck';
import { loadProfile } from '../support/profiles';
import { FakePort } from './fake-port';

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
      { type: 'check-done', plan, describe: describeFinding },
      { status: 'ready', running: false, plan, describe: describeFinding },
    ],
    [
      'the first check fails',
      { ...initialState, running: true },
      { type: 'check-failed', reason: 'timeout' },
      { status: 'error', running: false, error: 'timeout', plan: null },
    ],
    [
      'a later check fails: the last findings stay',
      { ...initialState, status: 'ready', plan },
      { type: 'check-failed', reason: 'timeout' },
      { status: 'ready', plan, error: 'timeout' },
    ],
    [
      'a later check succeeds: the error goes',
      { ...initialState, status: 'ready', plan, error: 'timeout' },
      { type: 'check-done', plan, describe: describeFinding },
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
  // The check's promises are real; only the debounce clock is faked.
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick'] }));
  afterEach(() => jest.useRealTimers());

  const ha = loadProfile('ha-kommune');

  function live(port: FakePort, profile: Profile = ha) {
    let state = initialState;
    const events: ComposeCheckEvent['type'][] = [];
    const controller = startComposeCheck(
      port,
      profile,
      (e) => {
        events.push(e.type);
        state = reducer(state, e);
      },
      { engine: { check: (s, p) => checkCompose(s, p), describe: describeFinding }, delayMs: 400 },
    );
    const settle = async (ms = 0): Promise<void> => {
      await jest.advanceTimersByTimeAsync(ms);
      // Let the check itself finish (it does real work on real promises).
      for (let i = 0; i < 20; i++) await new Promise<void>((r) => queueMicrotask(r));
    };
    const kinds = (): string[] =>
      state.plan?.groups.flatMap((g) => g.cards.map((c) => c.kind)) ?? [];
    return { controller, settle, kinds, state: () => state, events };
  }

  it('checks at once when the pane opens', async () => {
    const l = live(new FakePort({ subject: 'Vedtak for 13097248022 om barnehageplass' }));
    await l.settle();
    expect(l.state().status).toBe('ready');
    expect(l.state().plan?.decision).toBe('block');
    expect(l.kinds()).toContain('subject');
  });

  it('fetches the engine by itself, and the findings come with their sentences', async () => {
    const port = new FakePort({ subject: 'Vedtak for 13097248022 om barnehageplass' });
    let state = initialState;
    const controller = startComposeCheck(port, ha, (e) => (state = reducer(state, e)));
    for (let i = 0; i < 100 && state.status === 'checking'; i++) {
      await jest.advanceTimersByTimeAsync(10);
    }
    controller.dispose();
    const finding = state.plan?.groups[0]?.cards[0]?.findings[0];
    if (!finding || !state.describe) throw new Error(`expected findings, got ${state.status}`);
    expect(state.plan?.decision).toBe('block');
    expect(state.describe(finding, 'nn')).toBe(describeFinding(finding, 'nn'));
    expect(state.describe(finding, 'nn')).toContain('fødselsnummer');
  });

  it('checks again a moment after the user stops typing', async () => {
    const port = new FakePort();
    const l = live(port);
    await l.settle();
    expect(l.state().plan?.decision).toBe('allow');
    port.edit({ subject: 'Vedtak for 13097248022' });
    await l.settle(200);
    expect(l.state().plan?.decision).toBe('allow');
    await l.settle(200);
    expect(l.state().plan?.decision).toBe('block');
  });

  it('removes the ID number from the subject and the block goes away', async () => {
    const port = new FakePort({ subject: 'Vedtak for 13097248022 om barnehageplass' });
    const l = live(port);
    await l.settle();
    const card = l.state().plan?.groups[0]?.cards[0];
    const action = card?.actions[0];
    if (!card || !action) throw new Error('expected a card with a fix');
    const done = l.controller.perform(card.key, action);
    expect(l.state().busy).toBe(`${card.key}#cut`);
    await done;
    await l.settle();
    expect(port.message.subject).toBe('Vedtak for om barnehageplass');
    expect(l.state().busy).toBeNull();
    expect(l.state().notice?.key).toBe('notice.removed-from-subject');
    expect(l.state().plan?.decision).toBe('allow');
  });

  it('adds the encryption tag and the "unntatt offentlighet" block goes away', async () => {
    const profile = loadProfile('kommune-nb');
    const port = new FakePort({
      from: { address: 'postmottak@kommune.example.no' },
      subject: 'Notat om byggesaka',
      body: 'Unntatt offentlighet, jf. offl. § 13.\n\nVedlagt er notatet.',
    });
    const l = live(port, profile);
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
  });

  it('stops listening when the pane closes', async () => {
    const port = new FakePort();
    const l = live(port);
    await l.settle();
    const before = l.events.length;
    l.controller.dispose();
    port.edit({ subject: 'Vedtak for 13097248022' });
    await l.settle(1000);
    expect(l.events.length).toBe(before);
  });
});
