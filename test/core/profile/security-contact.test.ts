/** R11: the profile's security contact (profiles/*.json `securityContact`), checked with the rest. */
import { formatProfileErrors, validateProfile } from '../../../src/core/profile';
import type { ProfileError } from '../../../src/core/profile';

type Json = Record<string, unknown>;

function withContact(contact: unknown): Json {
  return {
    id: 'testkommune',
    name: 'Testkommune',
    country: 'NO',
    language: 'nn',
    timeZone: 'Europe/Oslo',
    domains: ['test.kommune.no'],
    mailboxes: [{ address: 'post@test.kommune.no', name: 'Post', kind: 'function' }],
    responseDays: 2,
    securityContact: contact,
  };
}

function errorsOf(json: unknown): ProfileError[] {
  const r = validateProfile(json);
  return r.ok ? [] : [...r.errors];
}

describe('the security contact', () => {
  it('takes a name with or without an address and a phone', () => {
    for (const contact of [
      { name: 'Beredskapskoordinator' },
      { name: 'Beredskap', address: 'beredskap@test.kommune.no', phone: '+47 51 79 16 00' },
      { name: 'Beredskap', address: 'beredskap@test.kommune.no', receivesNotice: true },
    ]) {
      const r = validateProfile(withContact(contact));
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.profile.securityContact).toEqual(contact);
    }
  });

  it('refuses one who is to receive the notice without an address, saying so in the language asked', () => {
    const errors = errorsOf(withContact({ name: 'Beredskap', receivesNotice: true }));
    expect(errors.map((e) => `${e.code} @ ${e.path}`)).toEqual([
      'profile.error.contact-address @ securityContact.receivesNotice',
    ]);
    expect(formatProfileErrors(errors, 'nn').join('\n')).toContain(
      'Tryggleikskontakten skal få varsel om trugsmål',
    );
  });

  it('refuses an empty name, an address that is none, a phone of letters and unknown keys', () => {
    expect(errorsOf(withContact({ name: '' }))).not.toEqual([]);
    expect(errorsOf(withContact({ name: 'B', address: 'beredskap' }))).not.toEqual([]);
    expect(errorsOf(withContact({ name: 'B', phone: 'ring meg' }))).not.toEqual([]);
    expect(errorsOf(withContact({ name: 'B', mobile: '+47 900 00 000' }))).not.toEqual([]);
  });
});
