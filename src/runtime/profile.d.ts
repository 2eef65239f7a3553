/**
 * The organisation profile is compiled into the add-in at build time
 * (ARKIVPOST_PROFILE=profiles/…json npm run build), so the send check needs
 * no network and cannot fail to find it (docs/adr/0006).
 */
declare module 'arkivpost:profile' {
  import type { Profile } from '../core/profile/types';
  const profile: Profile;
  export default profile;
}

/**
 * The parts of the same profile that the task pane's first screen is built
 * without (R9's signature settings, R11's security contact, R13's disposal);
 * the chunks that use them import this (scripts/profile-part.cjs).
 */
declare module 'arkivpost:profile-later' {
  import type { Profile } from '../core/profile/types';
  const part: Pick<Profile, 'signature' | 'securityContact' | 'disposal'>;
  export default part;
}
