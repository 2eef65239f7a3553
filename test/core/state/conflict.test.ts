import {
  applyAction,
  describeChange,
  describeConflict,
  diffStates,
  mergeOnConflict,
} from '../../../src/core/state';
import type { ItemState, Person, StateAction, StateField } from '../../../src/core/state';

const KARI: Person = { address: 'kari.nordmann@ha.kommune.no', name: 'Kari Nordmann' };
const PER: Person = { address: 'per.hansen@ha.kommune.no', name: 'Per Hansen' };
const OLA: Person = { address: 'ola@ha.kommune.no', name: 'Ola Nordmann' };
const OSLO = 'Europe/Oslo';

const BASE: ItemState = {
  status: 'new',
  class: { value: 'official', confirmed: false },
  due: '2026-04-07',
  updatedBy: OLA,
  updatedAt: '2026-04-01T07:00:00.000Z',
};

/** What `who` makes of BASE with `action` at `iso`. */
function act(who: Person, action: StateAction, iso: string, from: ItemState = BASE): ItemState {
  const r = applyAction(from, action, who, new Date(iso));
  if (!r.ok) throw new Error(r.code);
  return r.state;
}

describe('diffStates', () => {
  it('is empty when nothing a person sees has changed', () => {
    expect(diffStates(BASE, { ...BASE, updatedAt: '2026-04-02T00:00:00.000Z' })).toEqual([]);
  });

  it('lists each changed field with who changed it and when', () => {
    const theirs = act(PER, { type: 'set-status', status: 'done' }, '2026-04-02T08:42:00Z');
    expect(diffStates(BASE, theirs)).toEqual([
      { field: 'status', from: 'new', to: 'done', by: PER, at: '2026-04-02T08:42:00.000Z' },
    ]);
  });

  it.each<[string, ItemState, StateField[]]>([
    ['an assignment', { ...BASE, assignee: KARI }, ['assignee']],
    [
      'a confirmation of the class',
      { ...BASE, class: { value: 'official', confirmed: true } },
      ['class'],
    ],
    [
      'a removed due date',
      { status: 'new', class: { value: 'official', confirmed: false } },
      ['due'],
    ],
    [
      'several fields, in a fixed order',
      { ...BASE, status: 'archived', archiveRef: '2026/1', assignee: KARI },
      ['status', 'assignee', 'archiveRef'],
    ],
  ])('notices %s', (_name, theirs, fields) => {
    expect(diffStates(BASE, theirs).map((c) => c.field)).toEqual(fields);
  });

  it('leaves out who and when if the message does not say', () => {
    const [c] = diffStates({ status: 'new' }, { status: 'done' });
    expect(c).toEqual({ field: 'status', from: 'new', to: 'done' });
  });

  it('treats addresses case-insensitively, as Exchange does', () => {
    const a: ItemState = { status: 'new', assignee: KARI };
    const b: ItemState = {
      status: 'new',
      assignee: { ...KARI, address: KARI.address.toUpperCase() },
    };
    expect(diffStates(a, b)).toEqual([]);
  });
});

describe('mergeOnConflict', () => {
  it('merges changes to different fields and tells me what the other did', () => {
    const theirs = act(PER, { type: 'set-status', status: 'in-progress' }, '2026-04-02T08:40:00Z');
    const mine = act(KARI, { type: 'assign', assignee: KARI }, '2026-04-02T08:41:00Z');
    const r = mergeOnConflict(BASE, mine, theirs);
    expect(r).toEqual({
      ok: true,
      state: {
        ...BASE,
        status: 'in-progress',
        assignee: KARI,
        updatedBy: KARI,
        updatedAt: '2026-04-02T08:41:00.000Z',
      },
      theirs: [
        {
          field: 'status',
          from: 'new',
          to: 'in-progress',
          by: PER,
          at: '2026-04-02T08:40:00.000Z',
        },
      ],
    });
  });

  it('merges when both made the same change', () => {
    const theirs = act(PER, { type: 'set-status', status: 'done' }, '2026-04-02T08:40:00Z');
    const mine = act(KARI, { type: 'set-status', status: 'done' }, '2026-04-02T08:41:00Z');
    const r = mergeOnConflict(BASE, mine, theirs);
    expect(r.ok && r.state.status).toBe('done');
  });

  it('keeps a removal of mine (the due date) on top of their change', () => {
    const theirs = act(PER, { type: 'assign', assignee: PER }, '2026-04-02T08:40:00Z');
    const mine = act(KARI, { type: 'set-due', due: null }, '2026-04-02T08:41:00Z');
    const r = mergeOnConflict(BASE, mine, theirs);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.state.due).toBeUndefined();
      expect('due' in r.state).toBe(false);
      expect(r.state.assignee).toEqual(PER);
    }
  });

  it('takes theirs as it is when I changed nothing', () => {
    const theirs = act(PER, { type: 'assign', assignee: PER }, '2026-04-02T08:40:00Z');
    const r = mergeOnConflict(BASE, BASE, theirs);
    expect(r.ok && r.state).toEqual(theirs);
  });

  it.each<[string, StateAction, StateAction, StateField[]]>([
    [
      'both assigned different people',
      { type: 'assign', assignee: PER },
      { type: 'assign', assignee: KARI },
      ['assignee'],
    ],
    [
      'one finished while the other started',
      { type: 'set-status', status: 'done' },
      { type: 'set-status', status: 'in-progress' },
      ['status'],
    ],
    [
      'both classified differently',
      { type: 'classify', class: 'archive-worthy', confirmed: true },
      { type: 'classify', class: 'official', confirmed: true },
      ['class'],
    ],
    [
      'both moved the due date',
      { type: 'set-due', due: '2026-04-08' },
      { type: 'set-due', due: '2026-04-09' },
      ['due'],
    ],
    [
      'they archived while I assigned: archived is final',
      { type: 'archive', archiveRef: '2026/123-4' },
      { type: 'assign', assignee: KARI },
      ['status', 'assignee'],
    ],
  ])('reports a conflict when %s', (_name, theirAction, myAction, fields) => {
    const theirs = act(PER, theirAction, '2026-04-02T08:40:00Z');
    const mine = act(KARI, myAction, '2026-04-02T08:41:00Z');
    const r = mergeOnConflict(BASE, mine, theirs);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.conflicts).toEqual(fields);
      expect(r.theirs).toEqual(diffStates(BASE, theirs));
    }
  });
});

describe('telling the second user what changed', () => {
  const at = '2026-04-02T08:42:00.000Z'; // 10:42 in Oslo (summer time)
  const sameDay = { timeZone: OSLO, now: new Date('2026-04-02T12:00:00Z') };
  it.each<[string, Parameters<typeof describeChange>[0], string, string]>([
    [
      'the example from the issue',
      { field: 'status', from: 'in-progress', to: 'done', by: PER, at },
      'en',
      'Per Hansen set the status to “Done” at 10:42.',
    ],
    [
      'a status in Bokmål',
      { field: 'status', from: 'in-progress', to: 'done', by: PER, at },
      'nb',
      'Per Hansen satte status til «Ferdig» kl. 10.42.',
    ],
    [
      'a status in Nynorsk',
      { field: 'status', from: 'new', to: 'in-progress', by: PER, at },
      'nn',
      'Per Hansen sette status til «Under behandling» kl. 10.42.',
    ],
    [
      'a status in Swedish',
      { field: 'status', from: 'new', to: 'done', by: PER, at },
      'sv',
      'Per Hansen ändrade status till ”Klar” kl. 10.42.',
    ],
    [
      'an assignment',
      { field: 'assignee', to: KARI, by: PER, at },
      'nb',
      'Per Hansen tildelte meldingen til Kari Nordmann kl. 10.42.',
    ],
    [
      'a removed assignment',
      { field: 'assignee', from: KARI, by: PER, at },
      'nn',
      'Per Hansen fjerna tildelinga kl. 10.42.',
    ],
    [
      'a confirmed class',
      {
        field: 'class',
        from: { value: 'archive-worthy', confirmed: false },
        to: { value: 'archive-worthy', confirmed: true },
        by: PER,
        at,
      },
      'nb',
      'Per Hansen bekreftet klassen «Arkivverdig» kl. 10.42.',
    ],
    [
      'an overridden class',
      {
        field: 'class',
        from: { value: 'official', confirmed: false },
        to: { value: 'private', confirmed: true },
        by: PER,
        at,
      },
      'en',
      'Per Hansen set the class to “Private” at 10:42.',
    ],
    [
      'a due date',
      { field: 'due', from: '2026-04-07', to: '2026-04-09', by: PER, at },
      'nb',
      'Per Hansen satte svarfristen til 09.04.2026 kl. 10.42.',
    ],
    [
      'a due date in Swedish',
      { field: 'due', to: '2026-04-09', by: PER, at },
      'sv',
      'Per Hansen ändrade svarsdatum till 2026-04-09 kl. 10.42.',
    ],
    [
      'an archive reference',
      { field: 'archiveRef', to: '2026/123-4', by: PER, at },
      'nb',
      'Per Hansen arkiverte meldingen som 2026/123-4 kl. 10.42.',
    ],
    [
      'a change by someone unknown at an unknown time',
      { field: 'status', from: 'new', to: 'done' },
      'nb',
      'Noen satte status til «Ferdig».',
    ],
    [
      'a person without a name',
      {
        field: 'status',
        from: 'new',
        to: 'done',
        by: { address: 'per@ha.kommune.no', name: '' },
        at,
      },
      'en',
      'per@ha.kommune.no set the status to “Done” at 10:42.',
    ],
  ])('describes %s', (_name, change, lang, sentence) => {
    expect(describeChange(change, lang as 'nb', sameDay)).toBe(sentence);
  });

  it('gives the date too when the change was made on another day', () => {
    const change = { field: 'status', from: 'new', to: 'done', by: PER, at } as const;
    expect(describeChange(change, 'nb', { timeZone: OSLO })).toBe(
      'Per Hansen satte status til «Ferdig» 02.04.2026 kl. 10.42.',
    );
    expect(
      describeChange(change, 'en', { timeZone: OSLO, now: new Date('2026-04-03T09:00:00Z') }),
    ).toBe('Per Hansen set the status to “Done” on 2 April 2026 at 10:42.');
  });

  it('shows the time in the organisation’s zone, not UTC', () => {
    const winter = {
      field: 'status',
      from: 'new',
      to: 'done',
      by: PER,
      at: '2026-01-15T08:42:00.000Z',
    } as const;
    expect(
      describeChange(winter, 'sv', {
        timeZone: 'Europe/Stockholm',
        now: new Date('2026-01-15T10:00:00Z'),
      }),
    ).toBe('Per Hansen ändrade status till ”Klar” kl. 09.42.');
  });

  it('drops the time rather than fail on an unknown time zone', () => {
    const change = { field: 'status', from: 'new', to: 'done', by: PER, at } as const;
    expect(describeChange(change, 'en', { timeZone: 'Mars/Olympus' })).toBe(
      'Per Hansen set the status to “Done”.',
    );
  });

  it.each([
    [
      ['status'],
      'nb',
      'Noen andre endret status samtidig med deg. Se endringene nedenfor og prøv igjen.',
    ],
    [
      ['status', 'assignee'],
      'nn',
      'Nokon andre endra status og tildelinga samtidig med deg. Sjå endringane nedanfor og prøv igjen.',
    ],
    [
      ['status', 'assignee', 'due'],
      'en',
      'Someone else changed the status, the assignment and the answer-by date at the same time as you. Look at the changes below and try again.',
    ],
  ])('names the fields in conflict: %j in %s', (fields, lang, sentence) => {
    expect(describeConflict(fields as StateField[], lang as 'nb')).toBe(sentence);
  });
});
