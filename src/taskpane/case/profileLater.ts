/**
 * The parts of the profile that only the later chunks use, compiled in apart
 * from the rest (webpack.config.js, scripts/profile-part.cjs): R9's
 * signature settings, R11's security contact and R13's disposal. The pane's
 * first screen does without them; the read engine and the case panel, which
 * come later, put them back.
 */
import later from 'arkivpost:profile-later';
import type { Profile } from '../../core/profile/types';

const whole = new WeakMap<Profile, Profile>();

/** The profile with its later parts; the same object for the same profile (React keys on it). */
export function withLater(profile: Profile): Profile {
  const missing = Object.entries(later).filter(
    ([key, value]) => value !== undefined && profile[key as keyof Profile] === undefined,
  );
  if (missing.length === 0) return profile;
  let out = whole.get(profile);
  if (out === undefined) {
    out = { ...profile, ...Object.fromEntries(missing) } as Profile;
    whole.set(profile, out);
  }
  return out;
}
