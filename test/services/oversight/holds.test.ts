/**
 * R13 in the supervisor's overview: held and disposable messages listed from
 * the shared state's properties (and a hold category set by hand), as Graph
 * answers them.
 */
import { mailboxOverview } from '../../../src/core/oversight';
import { applyAction, statePatch } from '../../../src/core/state';
import type { ItemState, StateAction } from '../../../src/core/state';
import { overviewItem } from '../../../src/services/oversight/read';

const KARI = { address: 'kari.nordmann@ha.kommune.no', name: 'Kari Nordmann' };
const NOW = new Date('2026-12-06T13:03:00Z');
const OPTIONS = { now: NOW, timeZone: 'Europe/Oslo', calendar: { country: 'NO' as const } };

function state(...actions: StateAction[]): ItemState {
  let s: ItemState = { status: 'new' };
  for (const a of actions) {
    const r = applyAction(s, a, KARI, NOW);
    if (!r.ok) throw new Error(r.code);
    s = r.state;
  }
  return s;
}

/** A message as Graph answers it, written with the state's own PATCH body (and a category set by hand). */
function graphMessage(id: string, s: ItemState, byHand: string[] = []): unknown {
  const patch = statePatch(s, [], { lang: 'nn', timeZone: 'Europe/Oslo' });
  return {
    id,
    receivedDateTime: '2026-12-01T08:00:00Z',
    subject: id,
    from: { emailAddress: { address: 'nyhende@example.no' } },
    categories: [...patch.categories, ...byHand],
    singleValueExtendedProperties: patch.singleValueExtendedProperties,
  };
}

describe('the overview’s held and disposable lists', () => {
  const items = [
    graphMessage('held', state({ type: 'hold', reason: 'access-request' })),
    graphMessage('marked', state({ type: 'mark-disposable', from: '2026-12-15' })),
    graphMessage(
      'marked-then-held',
      state(
        { type: 'mark-disposable', from: '2026-12-15' },
        { type: 'hold', reason: 'access-request' },
      ),
    ),
    graphMessage('evidence', state({ type: 'keep-evidence', sha256: 'b'.repeat(64) })),
    graphMessage('by-hand', { status: 'new' }, ['Innsynskrav pågår – må ikkje slettast']),
    graphMessage('plain', { status: 'new' }),
  ].map((m) => overviewItem(m)!);

  it('reads hold and mark from the properties and categories', () => {
    const flags = Object.fromEntries(
      items.map((i) => [i.id, [i.onHold ?? false, i.disposable ?? false]]),
    );
    expect(flags).toEqual({
      held: [true, false],
      marked: [false, true],
      'marked-then-held': [true, true],
      evidence: [true, false],
      'by-hand': [true, false],
      plain: [false, false],
    });
  });

  it('lists held messages as held and never as disposable', () => {
    const o = mailboxOverview('post@ha.kommune.no', items, OPTIONS);
    expect(o.counts.onHold).toBe(4);
    expect(o.counts.disposable).toBe(1);
    expect(o.lists.onHold.map((r) => r.id).sort()).toEqual([
      'by-hand',
      'evidence',
      'held',
      'marked-then-held',
    ]);
    expect(o.lists.disposable.map((r) => r.id)).toEqual(['marked']);
  });
});
