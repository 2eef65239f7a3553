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
 * R9's signature settings of the same profile, apart: the task pane's first
 * screen is built without them, the chunks that use them import this.
 */
declare module 'arkivpost:profile-signature' {
  import type { Profile } from '../core/profile/types';
  const part: Pick<Profile, 'signature'>;
  export default part;
}
