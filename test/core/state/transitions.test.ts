import { applyAction, canMove, STATUSES } from '../../../src/core/state';
import type { ItemState, Person, RefusalCode, StateAction, Status } from '../../../src/core/state';

const KARI: Person = { address: 'kari.nordmann@ha.kommune.no', name: 'Kari Nordmann' };
const PER: Person = { address: 'per.hansen@ha.kommune.no', name: 'Per Hansen' };
const NOW = new Date('2026-04-02T08:42:00Z');
const STAMP = { updatedBy: PER, updatedAt: '2026-04-02T08:42:00.000Z' };

function applied(state: ItemState, action: StateAction, actor = PER): ItemState {
  const r = applyAction(state, action, actor, NOW);
  if (!r.ok) throw new Error(`refused: ${r.code}`);
  return r.state;
}

describe('applyAction: what each action makes of a state', () => {
  it.each<[string, ItemState, StateAction, ItemState]>([
    [
      'assigns a new message',
      { status: 'new' },
      { type: 'assign', assignee: KARI },
      { status: 'new', assignee: KARI, ...STAMP },
    ],
    [
      'reassigns to someone else',
      { status: 'in-progress', assignee: PER },
      { type: 'assign', assignee: KARI },
      { status: 'in-progress', assignee: KARI, ...STAMP },
    ],
    [
      'tidies the spaces in a name it is given',
      { status: 'new' },
      {
        type: 'assign',
        assignee: { address: ' kari.nordmann@ha.kommune.no ', name: '  Kari   Nordmann ' },
      },
      { status: 'new', assignee: KARI, ...STAMP },
    ],
    [
      'removes an assignment',
      { status: 'new', assignee: KARI },
      { type: 'unassign' },
      { status: 'new', ...STAMP },
    ],
    [
      'starts work on a new message',
      { status: 'new' },
      { type: 'set-status', status: 'in-progress' },
      { status: 'in-progress', ...STAMP },
    ],
    [
      'finishes a message in progress',
      { status: 'in-progress', assignee: KARI },
      { type: 'set-status', status: 'done' },
      { status: 'done', assignee: KARI, ...STAMP },
    ],
    [
      'finishes a quick one straight from new',
      { status: 'new', assignee: KARI },
      { type: 'set-status', status: 'done' },
      { status: 'done', assignee: KARI, ...STAMP },
    ],
    [
      'undoes a mistaken start',
      { status: 'in-progress' },
      { type: 'set-status', status: 'new' },
      { status: 'new', ...STAMP },
    ],
    [
      'reopens a finished message',
      { status: 'done' },
      { type: 'set-status', status: 'in-progress' },
      { status: 'in-progress', ...STAMP },
    ],
    [
      'confirms the suggested class',
      { status: 'new', class: { value: 'archive-worthy', confirmed: false } },
      { type: 'classify', class: 'archive-worthy', confirmed: true },
      { status: 'new', class: { value: 'archive-worthy', confirmed: true }, ...STAMP },
    ],
    [
      'overrides the suggested class',
      { status: 'new', class: { value: 'official', confirmed: false } },
      { type: 'classify', class: 'private', confirmed: true },
      { status: 'new', class: { value: 'private', confirmed: true }, ...STAMP },
    ],
    [
      'sets a due date',
      { status: 'new' },
      { type: 'set-due', due: '2026-04-07' },
      { status: 'new', due: '2026-04-07', ...STAMP },
    ],
    [
      'removes the due date',
      { status: 'new', due: '2026-04-07' },
      { type: 'set-due', due: null },
      { status: 'new', ...STAMP },
    ],
    [
      'archives with the case reference',
      { status: 'in-progress', assignee: KARI },
      { type: 'archive', archiveRef: ' 2026/123-4 ' },
      { status: 'archived', assignee: KARI, archiveRef: '2026/123-4', ...STAMP },
    ],
    [
      'archives a new message straight away',
      { status: 'new' },
      { type: 'archive' },
      { status: 'archived', ...STAMP },
    ],
    [
      'archives a finished message',
      { status: 'done' },
      { type: 'archive', archiveRef: '2026/9' },
      { status: 'archived', archiveRef: '2026/9', ...STAMP },
    ],
  ])('%s', (_name, state, action, expected) => {
    expect(applied(state, action)).toEqual(expected);
  });

  it('records who set Ferdig and when, replacing the previous writer', () => {
    const before: ItemState = {
      status: 'in-progress',
      assignee: KARI,
      updatedBy: KARI,
      updatedAt: '2026-04-01T07:00:00.000Z',
    };
    const after = applied(before, { type: 'set-status', status: 'done' }, PER);
    expect(after.updatedBy).toEqual(PER);
    expect(after.updatedAt).toBe('2026-04-02T08:42:00.000Z');
  });

  it('lets anyone with access act, not only the assignee', () => {
    const state: ItemState = { status: 'in-progress', assignee: KARI };
    const someone: Person = { address: 'ola@ha.kommune.no', name: 'Ola' };
    expect(applyAction(state, { type: 'set-status', status: 'done' }, someone, NOW).ok).toBe(true);
    expect(applyAction(state, { type: 'assign', assignee: PER }, someone, NOW).ok).toBe(true);
  });

  it('does not change the state it was given', () => {
    const state: ItemState = Object.freeze({ status: 'new', assignee: KARI });
    applied(state, { type: 'unassign' });
    expect(state).toEqual({ status: 'new', assignee: KARI });
  });
});

describe('applyAction: notices that do not stop the change', () => {
  it.each<[string, ItemState, string[]]>([
    ['finishing a message nobody is assigned to', { status: 'in-progress' }, ['not-assigned']],
    [
      'finishing a confirmed archive-worthy message that is not archived',
      {
        status: 'in-progress',
        assignee: KARI,
        class: { value: 'archive-worthy', confirmed: true },
      },
      ['archive-worthy-not-archived'],
    ],
    [
      'finishing one the classifier only suggested is archive-worthy',
      {
        status: 'in-progress',
        assignee: KARI,
        class: { value: 'archive-worthy', confirmed: false },
      },
      [],
    ],
    [
      'finishing an assigned official message',
      { status: 'in-progress', assignee: KARI, class: { value: 'official', confirmed: true } },
      [],
    ],
  ])('%s', (_name, state, notices) => {
    const r = applyAction(state, { type: 'set-status', status: 'done' }, PER, NOW);
    expect(r.ok && r.notices).toEqual(notices);
  });
});

describe('applyAction: refusals', () => {
  const archived: ItemState = { status: 'archived', archiveRef: '2026/1' };
  it.each<[string, ItemState, unknown, RefusalCode]>([
    [
      'assigning the same person again',
      { status: 'new', assignee: KARI },
      { type: 'assign', assignee: { ...KARI } },
      'unchanged',
    ],
    ['unassigning when nobody is assigned', { status: 'new' }, { type: 'unassign' }, 'unchanged'],
    [
      'setting the status it already has',
      { status: 'done' },
      { type: 'set-status', status: 'done' },
      'unchanged',
    ],
    [
      'confirming a class already confirmed',
      { status: 'new', class: { value: 'official', confirmed: true } },
      { type: 'classify', class: 'official', confirmed: true },
      'unchanged',
    ],
    [
      'setting the due date it already has',
      { status: 'new', due: '2026-04-07' },
      { type: 'set-due', due: '2026-04-07' },
      'unchanged',
    ],
    [
      'removing a due date that is not there',
      { status: 'new' },
      { type: 'set-due', due: null },
      'unchanged',
    ],
    [
      'setting Arkivert by hand',
      { status: 'done' },
      { type: 'set-status', status: 'archived' },
      'archive-only-by-archiving',
    ],
    [
      'reopening a finished message as new',
      { status: 'done' },
      { type: 'set-status', status: 'new' },
      'invalid-transition',
    ],
    [
      'a status that does not exist',
      { status: 'new' },
      { type: 'set-status', status: 'waiting' },
      'invalid-transition',
    ],
    [
      'assigning to an address without a domain',
      { status: 'new' },
      { type: 'assign', assignee: { address: 'kari', name: 'Kari' } },
      'invalid-assignee',
    ],
    ['assigning to nobody', { status: 'new' }, { type: 'assign' }, 'invalid-assignee'],
    [
      'a class that does not exist',
      { status: 'new' },
      { type: 'classify', class: 'spam', confirmed: true },
      'invalid-class',
    ],
    [
      'a class without saying whether it is confirmed',
      { status: 'new' },
      { type: 'classify', class: 'official' },
      'invalid-class',
    ],
    [
      'a due date that is not a date',
      { status: 'new' },
      { type: 'set-due', due: '7.4.2026' },
      'invalid-due',
    ],
    [
      'an empty archive reference',
      { status: 'new' },
      { type: 'archive', archiveRef: '  ' },
      'invalid-archive-ref',
    ],
    [
      'an archive reference with a line break',
      { status: 'new' },
      { type: 'archive', archiveRef: '2026/1\n2' },
      'invalid-archive-ref',
    ],
    ['an action it does not know', { status: 'new' }, { type: 'delete' }, 'unknown-action'],
    ['assigning an archived message', archived, { type: 'assign', assignee: KARI }, 'archived'],
    [
      'reopening an archived message',
      archived,
      { type: 'set-status', status: 'in-progress' },
      'archived',
    ],
    ['archiving it again', archived, { type: 'archive', archiveRef: '2026/2' }, 'archived'],
    [
      'changing the class of an archived message',
      archived,
      { type: 'classify', class: 'private', confirmed: true },
      'archived',
    ],
  ])('refuses %s', (_name, state, action, code) => {
    const r = applyAction(state, action as StateAction, PER, NOW);
    expect(r).toMatchObject({ ok: false, code });
  });

  it('names both statuses when a move is not allowed', () => {
    expect(
      applyAction({ status: 'done' }, { type: 'set-status', status: 'new' }, PER, NOW),
    ).toEqual({
      ok: false,
      code: 'invalid-transition',
      params: { from: 'done', to: 'new' },
    });
  });

  it.each<[string, unknown]>([
    ['without an address', { name: 'Per' }],
    ['with a broken address', { address: 'per hansen', name: 'Per' }],
    ['that is not a person at all', 'per@ha.kommune.no'],
  ])('refuses an actor %s', (_name, actor) => {
    expect(applyAction({ status: 'new' }, { type: 'unassign' }, actor as Person, NOW)).toEqual({
      ok: false,
      code: 'invalid-actor',
    });
  });

  it('refuses an invalid time instead of writing a broken one', () => {
    expect(
      applyAction(
        { status: 'new' },
        { type: 'set-status', status: 'done' },
        PER,
        new Date(Number.NaN),
      ),
    ).toEqual({
      ok: false,
      code: 'invalid-time',
    });
  });
});

describe('canMove', () => {
  const allowed = new Set([
    'new>in-progress',
    'new>done',
    'in-progress>new',
    'in-progress>done',
    'done>in-progress',
  ]);
  const pairs = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as [Status, Status]));
  it.each(pairs)('from %s to %s', (from, to) => {
    expect(canMove(from, to)).toBe(allowed.has(`${from}>${to}`));
  });
});
