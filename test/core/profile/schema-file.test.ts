/**
 * profiles/profile.schema.json is generated from the zod schema, never
 * edited by hand. To regenerate it after changing src/core/profile/schema.ts:
 *
 *   UPDATE_PROFILE_SCHEMA=1 npx jest test/core/profile/schema-file
 *   npx prettier --write profiles/profile.schema.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { profileJsonSchema } from '../../../src/core/profile';

const FILE = join(__dirname, '..', '..', '..', 'profiles', 'profile.schema.json');
const REGENERATE =
  'profiles/profile.schema.json is out of date. Regenerate it with\n' +
  '  UPDATE_PROFILE_SCHEMA=1 npx jest test/core/profile/schema-file\n' +
  '  npx prettier --write profiles/profile.schema.json';

describe('profiles/profile.schema.json', () => {
  const generated = profileJsonSchema();
  if (process.env.UPDATE_PROFILE_SCHEMA === '1') {
    writeFileSync(FILE, JSON.stringify(generated, null, 2) + '\n');
  }
  const committed: unknown = JSON.parse(readFileSync(FILE, 'utf8'));

  it('is exactly what the zod schema generates', () => {
    if (JSON.stringify(committed) !== JSON.stringify(generated)) {
      throw new Error(REGENERATE);
    }
    expect(committed).toEqual(generated);
  });

  it('forbids unknown fields and requires the fields every profile needs', () => {
    expect(generated).toMatchObject({
      type: 'object',
      additionalProperties: false,
      required: [
        'id',
        'name',
        'country',
        'language',
        'timeZone',
        'domains',
        'mailboxes',
        'responseDays',
      ],
    });
  });

  it('lets a profile point at it with "$schema" for editor completion', () => {
    expect(generated).toHaveProperty(['properties', '$schema', 'type'], 'string');
  });
});
