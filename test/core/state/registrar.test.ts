/**
 * "Sendt til registrator" as a state of its own (R26): reached only by
 * sending, with where and when; archived only when archived or registered;
 * written to and read from the properties, mirrored as a category, merged
 * on a conflict, and described in four languages without empty parts.
 */
import { LANGS } from '../../../src/core/model';
import {
  applyAction,
  categoriesFor,
  categoryHints,
  describeChange,
  describeOriginalUnmarked,
  describeStanding,
  diffStates,
  formatDateTime,
  fromExtendedProperties,
  mergeOnConflict,
  propertyId,
  toExtendedProperties,
} from '../../../src/core/state';
import type { ItemState } from '../../../src/core/state';

const ANNA = { address: 'anna.andersson@vara.se', name: 'Anna Andersson' };
const EVA = { address: 'eva.lind@vara.se', name: 'Eva Lind' };
const NOW = new Date('2026-03-04T09:30:00Z');
const SENT = {
  type: 'send-to-registrar',
  to: 'arkivet@vara.se',
  at: '2026-03-03T15:40:12Z',
} as const;

function apply(state: ItemState, action: Parameters<typeof applyAction>[1], actor = ANNA) {
  const r = applyAction(state, action, actor, NOW);
  if (!r.ok) throw new Error(r.code);
  return r.state;
}

describe('sent to the registrar', () => {
  it('is reached from any status a person sets, with the address and the instant', () => {
    for (const status of ['new', 'in-progress', 'done'] as const) {
      const s = apply({ status }, SENT);
      expect(s.status).toBe('sent-to-registrar');
      expect(s.sentTo).toEqual({ address: 'arkivet@vara.se', at: '2026-03-03T15:40:12.000Z' });
    }
  });

  it('is never set by hand, and a person cannot move a message out of it', () => {
    expect(
      applyAction(
        { status: 'new' },
        { type: 'set-status', status: 'sent-to-registrar' },
        ANNA,
        NOW,
      ),
    ).toEqual({
      ok: false,
      code: 'sent-only-by-sending',
    });
    const sent = apply({ status: 'new' }, SENT);
    for (const to of ['new', 'in-progress', 'done'] as const) {
      expect(applyAction(sent, { type: 'set-status', status: to }, ANNA, NOW)).toMatchObject({
        ok: false,
        code: 'invalid-transition',
      });
    }
    // The caseworkers' own fields stay theirs.
    expect(apply(sent, { type: 'assign', assignee: EVA }).assignee).toEqual(EVA);
    expect(apply(sent, { type: 'set-due', due: '2026-03-20' }).due).toBe('2026-03-20');
  });

  it('is unchanged when sent again to the same address, and refuses an address or time that is not one', () => {
    const sent = apply({ status: 'new' }, SENT);
    expect(applyAction(sent, { ...SENT, at: '2026-03-05T08:00:00Z' }, ANNA, NOW)).toEqual({
      ok: false,
      code: 'unchanged',
    });
    for (const bad of [
      { ...SENT, to: 'arkivet' },
      { ...SENT, to: '' },
      { ...SENT, at: 'yesterday' },
      { ...SENT, at: '2026-03-03' },
    ]) {
      expect(applyAction({ status: 'new' }, bad, ANNA, NOW)).toEqual({
        ok: false,
        code: 'invalid-registry',
      });
    }
    expect(applyAction({ status: 'archived' }, SENT, ANNA, NOW)).toEqual({
      ok: false,
      code: 'archived',
    });
  });

  it('becomes archived when registered, keeping where it was sent', () => {
    const sent = apply({ status: 'new' }, SENT);
    const archived = apply(sent, { type: 'archive', archiveRef: 'KS 2026/123' }, EVA);
    expect(archived).toMatchObject({
      status: 'archived',
      archiveRef: 'KS 2026/123',
      sentTo: sent.sentTo,
      updatedBy: EVA,
    });
  });
});

describe('the registration on the forward', () => {
  it('archives it with the number, records an unmarked original, and clears it once marked', () => {
    const a = apply(
      { status: 'new' },
      { type: 'register', archiveRef: 'KS 2026/123', originalUnmarked: 'anna.andersson@vara.se' },
      EVA,
    );
    expect(a).toMatchObject({
      status: 'archived',
      archiveRef: 'KS 2026/123',
      originalUnmarked: 'anna.andersson@vara.se',
    });
    const b = apply(
      a,
      { type: 'register', archiveRef: 'KS 2026/123', originalUnmarked: null },
      EVA,
    );
    expect(b.originalUnmarked).toBeUndefined();
    expect(applyAction(b, { type: 'register', archiveRef: 'KS 2026/123' }, EVA, NOW)).toEqual({
      ok: false,
      code: 'unchanged',
    });
    expect(applyAction(b, { type: 'register', archiveRef: 'KS 2026/999' }, EVA, NOW)).toEqual({
      ok: false,
      code: 'archived',
    });
    expect(applyAction({ status: 'new' }, { type: 'register', archiveRef: ' ' }, EVA, NOW)).toEqual(
      { ok: false, code: 'invalid-archive-ref' },
    );
    expect(
      applyAction(
        { status: 'new' },
        { type: 'register', archiveRef: 'KS 1', originalUnmarked: 'nobody' },
        EVA,
        NOW,
      ),
    ).toEqual({ ok: false, code: 'invalid-registry' });
  });
});

describe('on the message', () => {
  const sent: ItemState = {
    status: 'sent-to-registrar',
    sentTo: { address: 'arkivet@vara.se', at: '2026-03-03T15:40:12.000Z' },
    updatedBy: ANNA,
    updatedAt: '2026-03-03T15:40:13.000Z',
  };

  it('is written to the properties and read back the same', () => {
    const props = toExtendedProperties(sent);
    expect(props.find((p) => p.id === propertyId('sentTo'))?.value).toBe('arkivet@vara.se');
    expect(props.find((p) => p.id === propertyId('sentAt'))?.value).toBe(
      '2026-03-03T15:40:12.000Z',
    );
    const read = fromExtendedProperties(props);
    expect(read.state).toEqual(sent);
    expect(read.ignored).toEqual([]);
    const registered = {
      ...sent,
      status: 'archived' as const,
      archiveRef: 'KS 2026/123',
      originalUnmarked: 'x@vara.se',
    };
    expect(fromExtendedProperties(toExtendedProperties(registered)).state).toEqual(registered);
  });

  it('drops a half-written "sent to" and reports it, never inventing a time', () => {
    const props = toExtendedProperties(sent).map((p) =>
      p.id === propertyId('sentAt') ? { ...p, value: 'gestern' } : p,
    );
    const read = fromExtendedProperties(props);
    expect(read.state.sentTo).toBeUndefined();
    expect(read.state.status).toBe('sent-to-registrar');
    expect(read.ignored.map((i) => i.reason)).toEqual(['invalid-value']);
    const orphan = fromExtendedProperties(
      toExtendedProperties(sent).map((p) =>
        p.id === propertyId('sentTo') ? { ...p, value: '' } : p,
      ),
    );
    expect(orphan.state.sentTo).toBeUndefined();
    expect(orphan.ignored.map((i) => i.reason)).toEqual(['orphan']);
  });

  it('shows as its own category, in the organisation’s language, and is recognised back', () => {
    expect(categoriesFor(sent, 'sv')).toEqual(['Skickad till registrator']);
    expect(categoriesFor(sent, 'nb')).toEqual(['Sendt til registrator']);
    expect(categoriesFor(sent, 'nn')).toEqual(['Sendt til registrator']);
    expect(categoriesFor(sent, 'en')).toEqual(['Sent to registrar']);
    expect(
      categoriesFor({ ...sent, class: { value: 'archive-worthy', confirmed: true } }, 'sv'),
    ).toEqual(['Skickad till registrator']);
    expect(categoryHints(['Skickad till registrator', 'Klar']).status).toBe('sent-to-registrar');
    expect(categoryHints(['Diarieförd KS 1', 'skickad  till registrator']).status).toBe('archived');
  });

  it('keeps "sent to the registrar" over a person’s status set meanwhile, but not over "archived"', () => {
    const base: ItemState = { status: 'new' };
    const theirs: ItemState = { status: 'done', updatedBy: EVA };
    const merged = mergeOnConflict(base, sent, theirs);
    expect(merged).toMatchObject({
      ok: true,
      state: { status: 'sent-to-registrar', sentTo: sent.sentTo },
    });
    const archived = mergeOnConflict(
      base,
      { ...base, status: 'archived', archiveRef: '2026/1-1' },
      theirs,
    );
    expect(archived).toMatchObject({
      ok: true,
      state: { status: 'archived', archiveRef: '2026/1-1' },
    });
    // The registrar was quicker than the mark: archived stays, and that is a conflict to show.
    const quicker = mergeOnConflict(base, sent, { status: 'archived', archiveRef: 'KS 2026/123' });
    expect(quicker.ok).toBe(false);
    // A person's status does not beat another person's.
    expect(mergeOnConflict(base, { status: 'in-progress' }, theirs)).toMatchObject({
      ok: false,
      conflicts: ['status'],
    });
  });
});

describe('in words, in four languages, without empty parts', () => {
  const opts = { timeZone: 'Europe/Stockholm', now: NOW };

  it('formats an instant in the organisation’s time zone, never as ISO or UTC', () => {
    expect(formatDateTime('2026-03-03T15:40:12.000Z', 'sv', 'Europe/Stockholm')).toBe(
      '2026-03-03 kl. 16.40',
    );
    expect(formatDateTime('2026-03-03T15:40:12.000Z', 'nb', 'Europe/Oslo')).toBe(
      '03.03.2026 kl. 16.40',
    );
    expect(formatDateTime('2026-03-03T15:40:12.000Z', 'en', 'Europe/London')).toBe(
      '3 March 2026 at 15:40',
    );
    expect(formatDateTime('2026-07-01T22:30:00Z', 'nn', 'Europe/Oslo')).toBe(
      '02.07.2026 kl. 00.30',
    );
    expect(formatDateTime('not a time', 'sv', 'Europe/Stockholm')).toBeNull();
    expect(formatDateTime('2026-03-03T15:40:12Z', 'sv', 'Mars/Olympus')).toBeNull();
  });

  it.each(LANGS)('says where the message stands in %s', (lang) => {
    const sent = apply({ status: 'new' }, SENT);
    const texts = [
      describeStanding(sent, lang, opts),
      describeStanding({ status: 'sent-to-registrar' }, lang, opts),
      describeStanding({ status: 'archived' }, lang, opts),
      describeStanding({ status: 'archived', archiveRef: '2026/1-1' }, lang, opts),
      describeStanding({ ...sent, status: 'archived', archiveRef: 'KS 2026/123' }, lang, opts),
      describeStanding(sent, lang, { timeZone: 'Nowhere/None' }),
      describeOriginalUnmarked(
        { status: 'archived', originalUnmarked: 'anna.andersson@vara.se' },
        lang,
      ),
      ...diffStates({ status: 'new' }, { ...sent, originalUnmarked: 'x@vara.se' }).map((c) =>
        describeChange(c, lang, opts),
      ),
      ...diffStates({ ...sent, originalUnmarked: 'x@vara.se' }, { status: 'new' }).map((c) =>
        describeChange(c, lang, opts),
      ),
    ];
    for (const t of texts) {
      expect(t).toEqual(expect.any(String));
      expect(t).not.toMatch(/\(\s*\)|«\s*»|”\s*”|“\s*”|"\s*"|\{|\}| {2}| \.|state\./);
      expect(t).not.toMatch(/\d{4}-\d{2}-\d{2}T|\dZ\b|UTC/);
    }
    expect(describeStanding({ status: 'done' }, lang, opts)).toBeNull();
    expect(describeOriginalUnmarked({ status: 'archived' }, lang)).toBeNull();
  });

  it('names the registrar’s mailbox and the local time it was sent', () => {
    const sent = apply({ status: 'new' }, SENT);
    expect(describeStanding(sent, 'nb', { timeZone: 'Europe/Oslo' })).toBe(
      'Sendt til registrator arkivet@vara.se 03.03.2026 kl. 16.40. Meldingen merkes som arkivert når registrator har registrert den.',
    );
    expect(describeStanding({ status: 'sent-to-registrar' }, 'sv', opts)).toBe(
      'Skickad till registrator.',
    );
    expect(describeStanding({ status: 'archived' }, 'sv', opts)).toBe('Diarieförd.');
    expect(describeStanding({ status: 'archived', archiveRef: '2026/1-1' }, 'nn', opts)).toBe(
      'Arkivert som 2026/1-1.',
    );
  });
});
