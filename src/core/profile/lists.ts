/**
 * Lists the profile's schema checks against, in a module of their own: the
 * task pane's first screen needs the profile's types, not these lists.
 */

/** What a mailbox in the profile is. */
export const MAILBOX_KINDS = ['function', 'position', 'system'] as const;
export type MailboxKind = (typeof MAILBOX_KINDS)[number];

/**
 * What the engine can find in a message that asks for an access
 * restriction (R5, core/archive/suggest): personal circumstances (ID
 * numbers, special categories without a ground of their own), health,
 * child welfare, social services, and a confidentiality marking in the
 * message itself.
 */
export const RESTRICTION_GROUNDS = [
  'personal',
  'health',
  'child-welfare',
  'social-services',
  'marked',
] as const;
export type RestrictionGround = (typeof RESTRICTION_GROUNDS)[number];
