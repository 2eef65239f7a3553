import type { Severity } from '../model';
import type { CheckId, CheckSetting, Profile } from '../profile/types';

/**
 * What each check does when the profile says nothing. The seeds are strict on
 * sensitive and confidential content (R14, R15: "skal aldri sendes som
 * e-post"), so those block; the rest warn, and good practice only hints.
 * `uninspected` is at least a warning whatever the profile says.
 */
export const DEFAULT_CHECKS: { readonly [K in CheckId]: CheckSetting } = {
  'subject-sensitive': 'block',
  'national-id': 'warn',
  'special-category': 'block',
  confidential: 'block',
  'exempt-external': 'block',
  'draft-attachment': 'warn',
  'legal-form': 'warn',
  'personal-mailbox': 'warn',
  'unjournaled-case-document': 'warn',
  'electronic-consent': 'warn',
  'risky-attachment': 'warn',
  uninspected: 'warn',
  threat: 'warn',
  'good-practice': 'info',
};

/** The effective severity of a check for a profile, or null when it is off. */
export function severityOf(profile: Profile, check: CheckId): Severity | null {
  const setting = profile.checks?.[check] ?? DEFAULT_CHECKS[check];
  // What was not inspected is never silent: at least a warning, a block if the profile says so.
  if (check === 'uninspected') return setting === 'block' ? 'block' : 'warn';
  if (setting === 'off') return null;
  // R20: good-practice hints never block, whatever a profile says.
  if (check === 'good-practice' && setting === 'block') return 'warn';
  return setting;
}

const RANK: Readonly<Record<Severity, number>> = { block: 3, warn: 2, info: 1 };

export function worst(a: Severity | null, b: Severity): Severity {
  return a === null || RANK[b] > RANK[a] ? b : a;
}
