/**
 * R1: which mailbox an address is. Decided from the address alone, never a
 * display name: in compose mode Outlook's shared-mailbox properties are
 * unreliable, and a display name can say anything ("Postmottak" <x@gmail.com>).
 * No zod here, so the send-time runtime can use these without the validator.
 */
import type { DueDateOptions } from '../calendar/due-date';
import type { FunctionMailbox, MailboxKind, Profile } from './types';

function normalizeAddress(address: string): string {
  return address.trim().toLowerCase();
}

/** The domain of an address, lower case, without a trailing dot; null when there is none. */
export function domainOf(address: string): string | null {
  const a = normalizeAddress(address);
  const at = a.lastIndexOf('@');
  if (at <= 0 || at === a.length - 1) return null;
  const domain = a.slice(at + 1).replace(/\.$/, '');
  return domain === '' ? null : domain;
}

/** True when the domain is one of the organisation's or a subdomain of one. */
export function isInternalDomain(domain: string, profile: Pick<Profile, 'domains'>): boolean {
  const d = domain.trim().toLowerCase().replace(/\.$/, '');
  return profile.domains.some((own) => {
    const o = own.toLowerCase();
    return d === o || d.endsWith('.' + o);
  });
}

/** True for an address in the organisation's domains (subdomains included). */
export function isInternal(address: string, profile: Pick<Profile, 'domains'>): boolean {
  const domain = domainOf(address);
  return domain !== null && isInternalDomain(domain, profile);
}

/** The configured function, position or system mailbox with this address (any case), or null. */
export function mailboxOf(
  address: string,
  profile: Pick<Profile, 'mailboxes'>,
): FunctionMailbox | null {
  const a = normalizeAddress(address);
  if (a === '') return null;
  return profile.mailboxes.find((m) => normalizeAddress(m.address) === a) ?? null;
}

/** The registry mailbox (postmottak, registrator, diariet), or null when none is marked. */
export function registryMailbox(profile: Pick<Profile, 'mailboxes'>): FunctionMailbox | null {
  return profile.mailboxes.find((m) => m.registry === true) ?? null;
}

export type AddressKind = MailboxKind | 'personal' | 'external';

export type AddressInfo =
  | { readonly kind: MailboxKind; readonly mailbox: FunctionMailbox }
  | { readonly kind: 'personal' | 'external' };

/**
 * R1: a configured mailbox of its kind; any other address in the
 * organisation's domains is a personal mailbox; everything else is external.
 */
export function classifyAddress(
  address: string,
  profile: Pick<Profile, 'mailboxes' | 'domains'>,
): AddressInfo {
  const mailbox = mailboxOf(address, profile);
  if (mailbox) return { kind: mailbox.kind, mailbox };
  return { kind: isInternal(address, profile) ? 'personal' : 'external' };
}

/** The calendar settings of a profile, ready for `dueDate` (R8). */
export function deadlineOptions(profile: Profile): DueDateOptions {
  return {
    country: profile.country,
    timeZone: profile.timeZone,
    days: profile.responseDays,
    ...(profile.extraHolidays ? { extraHolidays: profile.extraHolidays } : {}),
    ...(profile.christmasEveOff !== undefined ? { christmasEveOff: profile.christmasEveOff } : {}),
  };
}
