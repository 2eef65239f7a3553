import {
  PROPERTY_IDS,
  applyAction,
  fromExtendedProperties,
  statePatch,
} from '../../../src/core/state';
import type { ActionResult, Applied, ItemState } from '../../../src/core/state';

const KARI = { address: 'kari.nordmann@ha.kommune.no', name: 'Kari Nordmann' };
const PER = { address: 'per.hansen@ha.kommune.no', name: 'Per Hansen' };
const HA = { lang: 'nn', timeZone: 'Europe/Oslo' } as const;

function must(r: ActionResult): Applied {
  if (!r.ok) throw new Error(`refused: ${r.code}`);
  return r;
}

describe('statePatch', () => {
  it('writes properties, categories and flag for one PATCH', () => {
    const state: ItemState = { status: 'in-progress', assignee: KARI, due: '2026-04-08' };
    const patch = statePatch(state, ['Viktig', 'Ferdig'], HA);
    expect(patch.singleValueExtendedProperties.map((p) => p.id)).toEqual(PROPERTY_IDS);
    expect(patch.categories).toEqual(['Viktig', 'Tildelt: Kari Nordmann', 'Under behandling']);
    expect(patch.flag).toEqual({
      flagStatus: 'flagged',
      startDateTime: { dateTime: '2026-04-07T22:00:00', timeZone: 'UTC' },
      dueDateTime: { dateTime: '2026-04-08T21:59:59', timeZone: 'UTC' },
    });
  });

  it('carries the walk-through from the issue: A assigns to B, B sets Ferdig, A reads Ferdig', () => {
    const received: ItemState = {
      status: 'new',
      class: { value: 'archive-worthy', confirmed: false },
      due: '2026-04-08',
    };
    // A (Per) confirms archive-worthy and assigns the message to B (Kari).
    const confirmed = must(
      applyAction(
        received,
        { type: 'classify', class: 'archive-worthy', confirmed: true },
        PER,
        new Date('2026-04-07T07:00:00Z'),
      ),
    );
    const assigned = must(
      applyAction(
        confirmed.state,
        { type: 'assign', assignee: KARI },
        PER,
        new Date('2026-04-07T07:01:00Z'),
      ),
    );
    const onMessage = statePatch(assigned.state, [], HA);
    expect(onMessage.categories).toEqual(['Tildelt: Kari Nordmann', 'Arkivverdig']);

    // B reads it from the message, sees herself assigned and sets Ferdig.
    const seenByKari = fromExtendedProperties(onMessage.singleValueExtendedProperties).state;
    expect(seenByKari.assignee).toEqual(KARI);
    const done = must(
      applyAction(
        seenByKari,
        { type: 'set-status', status: 'done' },
        KARI,
        new Date('2026-04-07T12:30:00Z'),
      ),
    );
    expect(done.notices).toEqual(['archive-worthy-not-archived']);
    const after = statePatch(done.state, onMessage.categories, HA);
    expect(after.categories).toEqual(['Tildelt: Kari Nordmann', 'Ferdig', 'Arkivverdig']);
    expect(after.flag).toEqual({
      flagStatus: 'complete',
      completedDateTime: { dateTime: '2026-04-07T12:30:00', timeZone: 'UTC' },
    });

    // A reads Ferdig, recorded as Kari's.
    const seenByPer = fromExtendedProperties(after.singleValueExtendedProperties).state;
    expect(seenByPer.status).toBe('done');
    expect(seenByPer.updatedBy).toEqual(KARI);
  });
});
