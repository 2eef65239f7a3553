/**
 * R9's signature settings, compiled in apart from the rest of the profile
 * (webpack.config.js, scripts/profile-part.cjs): the pane's first screen
 * does without them; the read engine and the case panel, which come later,
 * put them back.
 */
import part from 'arkivpost:profile-signature';
import type { Profile } from '../../core/profile/types';

const whole = new WeakMap<Profile, Profile>();

/** The profile with its signature settings; the same object for the same profile (React keys on it). */
export function withSignature(profile: Profile): Profile {
  if (profile.signature !== undefined || part.signature === undefined) return profile;
  let out = whole.get(profile);
  if (out === undefined) {
    out = { ...profile, signature: part.signature };
    whole.set(profile, out);
  }
  return out;
}
