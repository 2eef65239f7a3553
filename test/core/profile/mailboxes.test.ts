import {
  classifyAddress,
  deadlineOptions,
  domainOf,
  isInternal,
  mailboxOf,
  registryMailbox,
  validateProfile,
} from '../../../src/core/profile';
import type { Profile } from '../../../src/core/profile';

const PROFILE: Profile = {
  id: 'testkommune',
  name: 'Testkommune',
  country: 'NO',
  language: 'nn',
  timeZone: 'Europe/Oslo',
  domains: ['test.kommune.no', 'testkommune.no'],
  mailboxes: [
    { address: 'post@test.kommune.no', name: 'Postmottak', kind: 'function', registry: true },
    { address: 'Skule@test.kommune.no', name: 'Skule', department: 'Oppvekst', kind: 'function' },
    { address: 'ordforar@test.kommune.no', name: 'Ordføraren', kind: 'position' },
    { address: 'noreply@testkommune.no', name: 'Varsling', kind: 'system' },
  ],
  responseDays: 3,
  extraHolidays: ['2025-05-02'],
  christmasEveOff: true,
};

describe('mailboxOf', () => {
  it.each([
    ['the exact address', 'post@test.kommune.no', 'Postmottak'],
    ['another case', 'POST@Test.Kommune.NO', 'Postmottak'],
    ['a configured address in mixed case', 'skule@test.kommune.no', 'Skule'],
    ['spaces around the address', '  ordforar@test.kommune.no ', 'Ordføraren'],
    ['a personal address in the domain', 'kari.nordmann@test.kommune.no', null],
    ['the name of a mailbox, not its address', 'Postmottak', null],
    ['a display name with the address inside', 'Postmottak <post@test.kommune.no>', null],
    ['the same local part in another domain', 'post@example.com', null],
    ['an empty string', '', null],
  ])('finds %s', (_name, address, expected) => {
    expect(mailboxOf(address, PROFILE)?.name ?? null).toBe(expected);
  });
});

describe('isInternal', () => {
  it.each([
    ['an address in the main domain', 'kari@test.kommune.no', true],
    ['an address in the second domain', 'kari@testkommune.no', true],
    ['an address in a subdomain', 'kari@skule.test.kommune.no', true],
    ['capital letters', 'KARI@TEST.KOMMUNE.NO', true],
    ['a trailing dot on the domain', 'kari@test.kommune.no.', true],
    ['a domain that only ends with the same letters', 'kari@besttest.kommune.no', false],
    ['a domain that starts with ours', 'kari@test.kommune.no.example.com', false],
    ['the parent domain', 'kari@kommune.no', false],
    ['an address without a domain', 'kari', false],
    ['an address ending in @', 'kari@', false],
  ])('judges %s', (_name, address, internal) => {
    expect(isInternal(address, PROFILE)).toBe(internal);
  });

  it('reads the domain from the last @', () => {
    expect(domainOf('"a@b"@Test.Kommune.no')).toBe('test.kommune.no');
    expect(domainOf('@test.kommune.no')).toBeNull();
  });
});

describe('classifyAddress', () => {
  it.each([
    ['post@test.kommune.no', 'function'],
    ['ordforar@test.kommune.no', 'position'],
    ['noreply@testkommune.no', 'system'],
    ['kari.nordmann@test.kommune.no', 'personal'],
    ['kari@example.com', 'external'],
  ])('calls %s a %s mailbox', (address, kind) => {
    expect(classifyAddress(address, PROFILE).kind).toBe(kind);
  });
});

describe('registryMailbox', () => {
  it('finds the mailbox marked as registry', () => {
    expect(registryMailbox(PROFILE)?.address).toBe('post@test.kommune.no');
  });

  it('gives null when no mailbox is marked', () => {
    expect(registryMailbox({ mailboxes: PROFILE.mailboxes.slice(1) })).toBeNull();
  });
});

describe('deadlineOptions', () => {
  it('carries the calendar settings of the profile', () => {
    expect(deadlineOptions(PROFILE)).toEqual({
      country: 'NO',
      timeZone: 'Europe/Oslo',
      days: 3,
      extraHolidays: ['2025-05-02'],
      christmasEveOff: true,
    });
  });

  it('leaves out settings the profile does not have', () => {
    const plain: Profile = {
      id: PROFILE.id,
      name: PROFILE.name,
      country: 'SE',
      language: 'sv',
      timeZone: 'Europe/Stockholm',
      domains: PROFILE.domains,
      mailboxes: PROFILE.mailboxes,
      responseDays: 2,
    };
    expect(deadlineOptions(plain)).toEqual({
      country: 'SE',
      timeZone: 'Europe/Stockholm',
      days: 2,
    });
  });

  it('uses a profile that the validator accepts', () => {
    expect(validateProfile(PROFILE).ok).toBe(true);
  });
});
