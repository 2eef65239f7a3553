/** The example profiles as shipped, validated the way a deployment loads them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateProfile } from '../../src/core/profile';
import type { Profile } from '../../src/core/profile/types';

export const PROFILE_DIR = join(__dirname, '..', '..', 'profiles');

export function loadProfile(
  id: 'ha-kommune' | 'kommune-nb' | 'vara-kommun' | 'melleruds-kommun',
): Profile {
  const result = validateProfile(JSON.parse(readFileSync(join(PROFILE_DIR, `${id}.json`), 'utf8')));
  if (!result.ok) throw new Error(`example profile ${id} is not valid`);
  return result.profile;
}
