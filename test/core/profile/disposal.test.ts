/**
 * R13: the profile's `disposal` block — when mail of little or temporary
 * importance may be deleted — checked like the rest of the profile.
 */
import { formatProfileErrors, validateProfile } from '../../../src/core/profile';

function base(disposal: unknown): Record<string, unknown> {
  return {
    id: 'testkommune',
    name: 'Testkommune',
    country: 'NO',
    language: 'nn',
    timeZone: 'Europe/Oslo',
    domains: ['test.kommune.no'],
    mailboxes: [
      { address: 'post@test.kommune.no', name: 'Post', kind: 'function', registry: true },
    ],
    responseDays: 2,
    ...(disposal === undefined ? {} : { disposal }),
  };
}

function errors(disposal: unknown): string[] {
  const r = validateProfile(base(disposal));
  return r.ok ? [] : r.errors.map((e) => `${e.code} @ ${e.path}`);
}

describe('the disposal block', () => {
  it.each([
    [undefined],
    [{ ephemeralAfterDays: 0 }],
    [{ ephemeralAfterDays: 30 }],
    [{ ephemeralAfterDays: 3650 }],
  ])('accepts %j', (d) => {
    expect(errors(d)).toEqual([]);
  });

  it.each<[string, unknown, string]>([
    [
      'a negative count',
      { ephemeralAfterDays: -1 },
      'profile.error.range @ disposal.ephemeralAfterDays',
    ],
    [
      'more than ten years',
      { ephemeralAfterDays: 3651 },
      'profile.error.range @ disposal.ephemeralAfterDays',
    ],
    ['a fraction', { ephemeralAfterDays: 1.5 }, 'profile.error.type @ disposal.ephemeralAfterDays'],
    ['text', { ephemeralAfterDays: '30' }, 'profile.error.type @ disposal.ephemeralAfterDays'],
    ['no count', {}, 'profile.error.required @ disposal.ephemeralAfterDays'],
    [
      'a misspelt key',
      { ephemeralAfterDays: 3, ephemeralAfterDay: 3 },
      'profile.error.unknown-key @ disposal.ephemeralAfterDay',
    ],
  ])('refuses %s', (_n, d, expected) => {
    expect(errors(d)).toEqual([expected]);
  });

  it('says what is wrong in the administrator’s language', () => {
    const r = validateProfile(base({ ephemeralAfterDays: -1 }));
    if (r.ok) throw new Error('accepted');
    expect(formatProfileErrors(r.errors, 'nn').join('\n')).toContain('-1');
  });
});
