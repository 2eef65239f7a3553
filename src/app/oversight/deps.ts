/** What every oversight use case needs from its composition root. */
import type { CalendarOptions } from '../../core/calendar';
import type { Clock } from '../../core/model';
import type { Profile } from '../../core/profile/types';
import type { GraphClient } from '../../services/graph/client';

export interface OversightDeps {
  /** Graph with the user's delegated permissions (the page) or the application's (the command line). */
  readonly graph: GraphClient;
  readonly clock: Clock;
  readonly profile: Profile;
}

/** The organisation's working-day calendar, from its profile. */
export function calendarOf(profile: Profile): CalendarOptions {
  return {
    country: profile.country,
    ...(profile.extraHolidays ? { extraHolidays: profile.extraHolidays } : {}),
    ...(profile.christmasEveOff !== undefined ? { christmasEveOff: profile.christmasEveOff } : {}),
  };
}

/** Addresses compared as Exchange does: without case and surrounding spaces. */
export function addressKey(address: string): string {
  return address.trim().toLowerCase();
}
