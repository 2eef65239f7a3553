/**
 * R9, R11, R13: holds, disposal, evidence, the manager's notice and the
 * rejection, as actions, properties, categories, merges and sentences.
 */
import {
  PROPERTY_NAMES,
  applyAction,
  categoriesFor,
  categoryHints,
  describeChanges,
  describeConflict,
  describeHold,
  describeMarks,
  describeRefusal,
  diffStates,
  fromExtendedProperties,
  isArkivpostCategory,
  isDisposable,
  mayDelete,
  mergeCategories,
  mergeOnConflict,
  propertyId,
  toExtendedProperties,
} from '../../../src/core/state';
import type { ItemState, Person, RefusalCode, StateAction } from '../../../src/core/state';
import { localDate } from '../../../src/core/calendar/local-date';

const KARI: Person = { address: 'kari.nordmann@ha.kommune.no', name: 'Kari Nordmann' };
const PER: Person = { address: 'per.hansen@ha.kommune.no', name: 'Per Hansen' };
const NOW = new Date('2026-12-06T13:03:00Z');
const AT = '2026-12-06T13:03:00.000Z';
const SHA = 'a'.repeat(64);
const OSLO = { timeZone: 'Europe/Oslo' };

function act(state: ItemState, action: StateAction, who = KARI, now = NOW): ItemState {
  const r = applyAction(state, action, who, now);
  if (!r.ok) throw new Error(`refused: ${r.code}`);
  return r.state;
}
function refusal(state: ItemState, action: StateAction): RefusalCode | null {
  const r = applyAction(state, action, KARI, NOW);
  return r.ok ? null : r.code;
}

const ARCHIVED: ItemState = { status: 'archived', archiveRef: '2026/1-1' };
const HELD: ItemState = {
  status: 'in-progress',
  hold: { reason: 'access-request', by: PER, at: '2026-12-01T08:00:00.000Z' },
};

describe('hold and release-hold', () => {
  it('places a hold with who and when', () => {
    expect(act({ status: 'new' }, { type: 'hold', reason: 'access-request' })).toEqual({
      status: 'new',
      hold: { reason: 'access-request', by: KARI, at: AT },
      updatedBy: KARI,
      updatedAt: AT,
    });
  });

  it('places and lifts a hold on an archived message too', () => {
    const held = act(ARCHIVED, { type: 'hold', reason: 'access-request' });
    expect(held.status).toBe('archived');
    expect(held.hold?.reason).toBe('access-request');
    const lifted = act(held, { type: 'release-hold' }, PER);
    expect(lifted.hold).toBeUndefined();
    expect(lifted.holdLifted).toEqual({ by: PER, at: AT });
    expect(lifted.archiveRef).toBe('2026/1-1');
  });

  it('says unchanged for the same hold again and for lifting no hold', () => {
    expect(refusal(HELD, { type: 'hold', reason: 'access-request' })).toBe('unchanged');
    expect(refusal({ status: 'new' }, { type: 'release-hold' })).toBe('unchanged');
  });

  it('keeps an evidence hold rather than weaken it to an access request', () => {
    const evidence = act({ status: 'new' }, { type: 'keep-evidence', sha256: SHA });
    expect(refusal(evidence, { type: 'hold', reason: 'access-request' })).toBe('on-hold');
  });

  it('refuses an unknown reason', () => {
    expect(
      refusal({ status: 'new' }, { type: 'hold', reason: 'whim' } as unknown as StateAction),
    ).toBe('invalid-hold');
  });

  it('records the last lifting until the next', () => {
    const once = act(HELD, { type: 'release-hold' });
    const again = act(once, { type: 'hold', reason: 'access-request' }, PER);
    expect(again.holdLifted).toEqual({ by: KARI, at: AT });
    expect(again.hold?.by).toEqual(PER);
  });
});

describe('mark-disposable', () => {
  it('marks and unmarks', () => {
    const marked = act({ status: 'new' }, { type: 'mark-disposable', from: '2027-01-05' });
    expect(marked.disposableFrom).toBe('2027-01-05');
    expect(act(marked, { type: 'mark-disposable', from: null }).disposableFrom).toBeUndefined();
  });

  it('is refused while on hold, with its own code and a sentence', () => {
    expect(refusal(HELD, { type: 'mark-disposable', from: '2027-01-05' })).toBe('on-hold');
    expect(describeRefusal({ ok: false, code: 'on-hold' }, 'nn')).toBe(
      'Meldinga er sperra mot sletting. Opphev sperra først.',
    );
  });

  it('may always be taken away, on hold or archived', () => {
    const both: ItemState = { ...HELD, disposableFrom: '2027-01-05' };
    expect(act(both, { type: 'mark-disposable', from: null }).disposableFrom).toBeUndefined();
    const archived: ItemState = { ...ARCHIVED, disposableFrom: '2027-01-05' };
    expect(act(archived, { type: 'mark-disposable', from: null }).disposableFrom).toBeUndefined();
  });

  it('is not set on an archived message, and refuses a date that is not one', () => {
    expect(refusal(ARCHIVED, { type: 'mark-disposable', from: '2027-01-05' })).toBe('archived');
    expect(refusal({ status: 'new' }, { type: 'mark-disposable', from: '2027-02-30' })).toBe(
      'invalid-disposable',
    );
    expect(refusal({ status: 'new' }, { type: 'mark-disposable', from: '5.1.2027' })).toBe(
      'invalid-disposable',
    );
  });

  it('says unchanged for the same date', () => {
    const marked: ItemState = { status: 'new', disposableFrom: '2027-01-05' };
    expect(refusal(marked, { type: 'mark-disposable', from: '2027-01-05' })).toBe('unchanged');
    expect(refusal({ status: 'new' }, { type: 'mark-disposable', from: null })).toBe('unchanged');
  });
});

describe('keep-evidence, notified, reject', () => {
  it('keeps evidence, places the evidence hold and takes the disposable mark away', () => {
    const s = act(
      { status: 'archived', disposableFrom: '2027-01-05' },
      { type: 'keep-evidence', sha256: SHA.toUpperCase() },
    );
    expect(s.evidence).toEqual({ by: KARI, at: AT, sha256: SHA });
    expect(s.hold).toEqual({ reason: 'evidence', by: KARI, at: AT });
    expect(s.disposableFrom).toBeUndefined();
    expect(refusal(s, { type: 'keep-evidence', sha256: SHA })).toBe('unchanged');
  });

  it('turns an access-request hold into the evidence hold', () => {
    expect(act(HELD, { type: 'keep-evidence', sha256: SHA }).hold?.reason).toBe('evidence');
  });

  it('refuses a digest that is not SHA-256 hex', () => {
    expect(refusal({ status: 'new' }, { type: 'keep-evidence', sha256: 'abc' })).toBe(
      'invalid-evidence',
    );
  });

  it('records the notice once, on an archived message too', () => {
    const s = act(ARCHIVED, { type: 'notified', to: 'leiar@ha.kommune.no' });
    expect(s.notified).toEqual({ by: KARI, at: AT, to: 'leiar@ha.kommune.no' });
    expect(refusal(s, { type: 'notified', to: 'leiar@ha.kommune.no' })).toBe('unchanged');
    expect(refusal(s, { type: 'notified', to: 'other@ha.kommune.no' })).toBe('unchanged');
    expect(refusal({ status: 'new' }, { type: 'notified', to: 'not an address' })).toBe(
      'invalid-recipient',
    );
  });

  it('rejects once, not on an archived message', () => {
    const s = act({ status: 'new' }, { type: 'reject', reason: 'signature-required' });
    expect(s.rejected).toEqual({ by: KARI, at: AT, reason: 'signature-required' });
    expect(refusal(s, { type: 'reject', reason: 'signature-required' })).toBe('unchanged');
    expect(refusal(ARCHIVED, { type: 'reject', reason: 'signature-required' })).toBe('archived');
    expect(
      refusal({ status: 'new' }, { type: 'reject', reason: 'rude' } as unknown as StateAction),
    ).toBe('invalid-reason');
  });

  it('still refuses everything else on an archived message', () => {
    expect(refusal(ARCHIVED, { type: 'assign', assignee: PER })).toBe('archived');
  });
});

const FULL: ItemState = {
  status: 'archived',
  archiveRef: '2026/1-1',
  hold: { reason: 'evidence', by: KARI, at: AT },
  holdLifted: { by: PER, at: '2026-12-01T08:00:00.000Z' },
  evidence: { by: KARI, at: AT, sha256: SHA },
  notified: { by: KARI, at: AT, to: 'leiar@ha.kommune.no' },
  rejected: { by: { address: 'x@ha.kommune.no', name: '' }, at: AT, reason: 'signature-required' },
  updatedBy: KARI,
  updatedAt: AT,
};

describe('the properties', () => {
  it('write and read back every new field', () => {
    expect(fromExtendedProperties(toExtendedProperties(FULL))).toEqual({
      state: FULL,
      ignored: [],
      found: true,
    });
    const d: ItemState = { status: 'new', disposableFrom: '2027-01-05' };
    expect(fromExtendedProperties(toExtendedProperties(d)).state).toEqual(d);
  });

  it('clears a lifted hold by writing the empty string', () => {
    const props = toExtendedProperties({ status: 'new' });
    expect(props.find((p) => p.id === propertyId('hold'))?.value).toBe('');
  });

  it.each([
    ['not JSON', 'hold', '{"reason":'],
    ['an unknown reason', 'hold', JSON.stringify({ reason: 'x', by: KARI.address, at: AT })],
    ['no address', 'hold', JSON.stringify({ reason: 'evidence', by: 'Kari', at: AT })],
    ['no time', 'evidence', JSON.stringify({ sha256: SHA, by: KARI.address })],
    ['a short digest', 'evidence', JSON.stringify({ sha256: 'ab', by: KARI.address, at: AT })],
    ['an array', 'notified', '[1,2]'],
    ['a bad date', 'disposableFrom', '2027-13-01'],
    [
      'a name with a control character',
      'rejected',
      JSON.stringify({ reason: 'signature-required', by: KARI.address, name: 'a\u0007b', at: AT }),
    ],
    [
      'something very long',
      'holdLifted',
      JSON.stringify({ by: KARI.address, at: AT, x: 'y'.repeat(5000) }),
    ],
  ] as const)('ignores %s, and reads the rest', (_n, key, value) => {
    const props = [
      { id: propertyId('status'), value: 'done' },
      { id: propertyId(key), value },
    ];
    const r = fromExtendedProperties(props);
    expect(r.state).toEqual({ status: 'done' });
    expect(r.ignored).toEqual([
      { id: propertyId(key), value: value.slice(0, 256), reason: 'invalid-value' },
    ]);
  });

  it('reads a hostile long value in linear time', () => {
    const value = '{"a":' + '['.repeat(200_000);
    const t = Date.now();
    fromExtendedProperties([{ id: propertyId('hold'), value }]);
    expect(Date.now() - t).toBeLessThan(1000);
  });
});

describe('an older Arkivpost writing after this one', () => {
  /** The names Arkivpost knew before R9/R11/R13 (schema 2). */
  const OLD_KEYS = [
    'version',
    'status',
    'assignee',
    'assigneeName',
    'class',
    'classConfirmed',
    'due',
    'archiveRef',
    'sentTo',
    'sentAt',
    'originalUnmarked',
    'updatedBy',
    'updatedByName',
    'updatedAt',
  ] as const;
  /** Graph's PATCH: the listed ids are set, every other property stays. */
  function patch(
    on: readonly { id: string; value: string }[],
    write: readonly { id: string; value: string }[],
  ): { id: string; value: string }[] {
    const byId = new Map(on.map((p) => [p.id, p.value]));
    for (const p of write) byId.set(p.id, p.value);
    return [...byId].map(([id, value]) => ({ id, value }));
  }

  it('does not wipe a hold: it writes only the names it knows', () => {
    const held = act({ status: 'new' }, { type: 'hold', reason: 'access-request' });
    const onMessage = toExtendedProperties(held);
    // The older client sets "Ferdig": it writes its fourteen names and nothing else.
    const oldWrite = toExtendedProperties({ ...held, status: 'done' }).filter((p) =>
      (OLD_KEYS as readonly string[]).includes(
        Object.entries(PROPERTY_NAMES).find(([, n]) => p.id.endsWith(` ${n}`))?.[0] ?? '',
      ),
    );
    expect(oldWrite).toHaveLength(OLD_KEYS.length);
    const after = fromExtendedProperties(patch(onMessage, oldWrite)).state;
    expect(after.status).toBe('done');
    expect(after.hold).toEqual(held.hold);
  });

  it('keeps the schema version: the new names are additive', () => {
    const version = toExtendedProperties(FULL).find((p) => p.id === propertyId('version'));
    expect(version?.value).toBe('2');
    // Read by this version, an older client's "2" is fine; nothing is reported.
    expect(fromExtendedProperties(toExtendedProperties(FULL)).ignored).toEqual([]);
  });

  it('keeps the new categories, which it takes for the user’s own', () => {
    // What an older client does: it removes only the names it knows.
    const held: ItemState = { ...HELD, assignee: KARI };
    const ours = categoriesFor(held, 'nn');
    expect(ours).toContain('Innsynskrav pågår – må ikkje slettast');
    const mine = mergeCategories(['Blå', ...ours], { status: 'done' }, 'nn');
    // This version recognises its own and drops the hold category once the hold is lifted.
    expect(mine).toEqual(['Blå', 'Ferdig']);
  });
});

describe('categories', () => {
  it.each([
    [
      'nb',
      'Innsynskrav pågår – må ikke slettes',
      'Kan slettes',
      'Avvist – krever underskrift',
      'Bevis',
    ],
    [
      'nn',
      'Innsynskrav pågår – må ikkje slettast',
      'Kan slettast',
      'Avvist – krev underskrift',
      'Bevis',
    ],
    [
      'sv',
      'Begäran om utlämnande pågår – får inte gallras',
      'Får gallras',
      'Avvisad – kräver underskrift',
      'Bevis',
    ],
    [
      'en',
      'Access request pending – do not delete',
      'May be deleted',
      'Rejected – signature required',
      'Evidence',
    ],
  ] as const)('in %s', (lang, hold, disposable, rejected, evidence) => {
    expect(categoriesFor(HELD, lang).slice(1)).toEqual([hold]);
    expect(categoriesFor({ status: 'new', disposableFrom: '2027-01-01' }, lang)).toEqual([
      disposable,
    ]);
    expect(
      categoriesFor(
        { status: 'new', rejected: { by: KARI, at: AT, reason: 'signature-required' } },
        lang,
      ),
    ).toEqual([rejected]);
    const ev = act({ status: 'new' }, { type: 'keep-evidence', sha256: SHA });
    expect(categoriesFor(ev, lang)).toEqual([evidence]);
    for (const c of [hold, disposable, rejected, evidence])
      expect(isArkivpostCategory(c)).toBe(true);
  });

  it('shows no "may be deleted" while a hold is on', () => {
    expect(categoriesFor({ ...HELD, status: 'new', disposableFrom: '2027-01-01' }, 'nn')).toEqual([
      'Innsynskrav pågår – må ikkje slettast',
    ]);
  });

  it('reads a hold category set by hand as held', () => {
    expect(categoryHints(['innsynskrav pågår – må ikkje slettast'])).toEqual({ held: true });
    expect(categoryHints(['Bevis'])).toEqual({ held: true });
    expect(categoryHints(['Kan slettast'])).toEqual({});
  });
});

describe('two panes at once', () => {
  const base: ItemState = { status: 'in-progress', updatedBy: PER, updatedAt: AT };

  it('two holds placed concurrently merge into one, the first placer kept', () => {
    const theirs = act(base, { type: 'hold', reason: 'access-request' }, PER);
    const mine = act(
      base,
      { type: 'hold', reason: 'access-request' },
      KARI,
      new Date('2026-12-06T13:04:00Z'),
    );
    const m = mergeOnConflict(base, mine, theirs);
    expect(m.ok).toBe(true);
    if (m.ok) expect(m.state.hold?.by).toEqual(PER);
  });

  it('two notices recorded concurrently keep the first', () => {
    const theirs = act(base, { type: 'notified', to: 'leiar@ha.kommune.no' }, PER);
    const mine = act(base, { type: 'notified', to: 'sikkerheit@ha.kommune.no' }, KARI);
    const m = mergeOnConflict(base, mine, theirs);
    expect(m.ok && m.state.notified?.to).toBe('leiar@ha.kommune.no');
  });

  it('a hold placed meanwhile turns my disposable mark into a conflict', () => {
    const theirs = act(base, { type: 'hold', reason: 'access-request' }, PER);
    const mine = act(base, { type: 'mark-disposable', from: '2027-01-05' });
    const m = mergeOnConflict(base, mine, theirs);
    expect(m).toMatchObject({ ok: false, conflicts: ['disposableFrom'] });
    expect(describeConflict(['disposableFrom'], 'sv')).toContain(
      'datumet meddelandet får gallras från',
    );
  });

  it('a hold placed while the other archived is kept on the archived message', () => {
    const theirs = act(base, { type: 'archive', archiveRef: '2026/9-1' }, PER);
    const mine = act(base, { type: 'hold', reason: 'access-request' });
    const m = mergeOnConflict(base, mine, theirs);
    expect(m.ok).toBe(true);
    if (m.ok) {
      expect(m.state.status).toBe('archived');
      expect(m.state.hold?.by).toEqual(KARI);
    }
  });

  it('a hold lifted by one and kept as evidence by the other is a conflict', () => {
    const held: ItemState = { ...base, hold: { reason: 'access-request', by: PER, at: AT } };
    const theirs = act(held, { type: 'keep-evidence', sha256: SHA }, PER);
    const mine = act(held, { type: 'release-hold' });
    const m = mergeOnConflict(held, mine, theirs);
    expect(m).toMatchObject({ ok: false, conflicts: ['hold'] });
  });

  it('a lifted hold is said once', () => {
    const lifted = act(HELD, { type: 'release-hold' }, PER);
    expect(describeChanges(diffStates(HELD, lifted), 'nn', OSLO)).toEqual([
      'Per Hansen oppheva sperra mot sletting 06.12.2026 kl. 14.03.',
    ]);
  });
});

describe('sentences for the pane', () => {
  it('says who placed the hold and when, in the organisation’s time zone', () => {
    const s = act({ status: 'new' }, { type: 'hold', reason: 'access-request' });
    expect(describeHold(s, 'nn', OSLO)).toBe(
      'Sperra mot sletting (innsynskrav pågår) av Kari Nordmann 06.12.2026 kl. 14.03.',
    );
    expect(describeHold(s, 'sv', OSLO)).toBe(
      'Spärrad mot gallring (begäran om utlämnande pågår) av Kari Nordmann 2026-12-06 kl. 14.03.',
    );
    expect(describeHold(s, 'en', OSLO)).toBe(
      'On hold (access request pending), placed by Kari Nordmann on 6 December 2026 at 14:03.',
    );
    expect(describeHold(s, 'nb', { ...OSLO, now: NOW })).toBe(
      'Sperret mot sletting (innsynskrav pågår) av Kari Nordmann kl. 14.03.',
    );
  });

  it('lists every mark, and the disposable date only without a hold', () => {
    expect(describeMarks(FULL, 'nn', OSLO)).toEqual([
      'Sperra mot sletting (bevis) av Kari Nordmann 06.12.2026 kl. 14.03.',
      'Teken vare på som bevis av Kari Nordmann 06.12.2026 kl. 14.03.',
      'Sendt til leiar@ha.kommune.no av Kari Nordmann 06.12.2026 kl. 14.03.',
      'Avvist fordi ho krev underskrift, av x@ha.kommune.no 06.12.2026 kl. 14.03.',
    ]);
    const lifted = act({ ...HELD, disposableFrom: '2027-01-05' }, { type: 'release-hold' });
    expect(describeMarks(lifted, 'sv', OSLO)).toEqual([
      'Spärren mot gallring hävdes av Kari Nordmann 2026-12-06 kl. 14.03.',
      'Får gallras från 2027-01-05.',
    ]);
  });
});

describe('mayDelete', () => {
  const today = localDate(2027, 1, 5);
  it.each<[string, ItemState, boolean | undefined, ReturnType<typeof mayDelete>]>([
    ['archived', ARCHIVED, undefined, { ok: true, ground: 'archived' }],
    [
      'archived on hold',
      { ...ARCHIVED, hold: HELD.hold! },
      undefined,
      { ok: false, block: 'on-hold' },
    ],
    ['archived with a hold category', ARCHIVED, true, { ok: false, block: 'on-hold' }],
    [
      'disposable today',
      { status: 'new', disposableFrom: '2027-01-05' },
      undefined,
      { ok: true, ground: 'disposable' },
    ],
    [
      'disposable tomorrow',
      { status: 'new', disposableFrom: '2027-01-06' },
      undefined,
      { ok: false, block: 'not-yet' },
    ],
    ['not marked', { status: 'done' }, undefined, { ok: false, block: 'not-archived' }],
    [
      'with the registrar',
      { status: 'sent-to-registrar', disposableFrom: '2027-01-01' },
      undefined,
      { ok: false, block: 'not-archived' },
    ],
  ])('%s', (_n, state, held, expected) => {
    expect(mayDelete(state, { today, ...(held ? { heldByCategory: held } : {}) })).toEqual(
      expected,
    );
  });

  it('counts a held message as not disposable', () => {
    expect(isDisposable({ status: 'new', disposableFrom: '2027-01-01' })).toBe(true);
    expect(isDisposable({ ...HELD, disposableFrom: '2027-01-01' })).toBe(false);
  });
});
