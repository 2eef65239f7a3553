/**
 * scripts/admin/categories.json is generated from core, never edited by
 * hand: the admin script must create exactly the category names the add-in
 * writes. To regenerate it after changing src/core/state:
 *
 *   UPDATE_ADMIN_CATEGORIES=1 npx jest test/core/state/categories-file
 *   npx prettier --write scripts/admin/categories.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../../../src/core/model';
import { categoryCatalog, masterCategories } from '../../../src/core/state';

const ADMIN = join(__dirname, '..', '..', '..', 'scripts', 'admin');
const FILE = join(ADMIN, 'categories.json');
const REGENERATE =
  'scripts/admin/categories.json is out of date. Regenerate it with\n' +
  '  UPDATE_ADMIN_CATEGORIES=1 npx jest test/core/state/categories-file\n' +
  '  npx prettier --write scripts/admin/categories.json';

function generated(): unknown {
  return {
    $comment:
      'Generated from src/core/state (categoryCatalog) by test/core/state/categories-file.test.ts. Do not edit.',
    ...categoryCatalog(),
  };
}

describe('scripts/admin/categories.json', () => {
  const expected = generated();
  if (process.env.UPDATE_ADMIN_CATEGORIES === '1') {
    writeFileSync(FILE, JSON.stringify(expected, null, 2) + '\n');
  }
  const committed: unknown = JSON.parse(readFileSync(FILE, 'utf8'));

  it('is exactly what core produces', () => {
    if (JSON.stringify(committed) !== JSON.stringify(expected)) throw new Error(REGENERATE);
    expect(committed).toEqual(expected);
  });

  it('holds the master categories of every language', () => {
    for (const lang of LANGS) {
      expect(committed).toHaveProperty(['languages', lang, 'categories'], masterCategories(lang));
    }
  });
});

describe('scripts/admin/New-ArkivpostCategories.ps1', () => {
  const script = readFileSync(join(ADMIN, 'New-ArkivpostCategories.ps1'), 'utf8');

  it.each([
    ['reads the generated names rather than its own', /categories\.json/],
    ['takes the organisation profile', /\[string\]\s*\$Profile\b/],
    ['supports -WhatIf', /SupportsShouldProcess\s*=\s*\$true/],
    ['asks before each change', /\$PSCmdlet\.ShouldProcess\(/],
    ['creates master categories through Microsoft Graph', /New-MgUserOutlookMasterCategory/],
    ['looks at what exists first, so it can run again', /Get-MgUserOutlookMasterCategory/],
    ['asks only for MailboxSettings.ReadWrite', /MailboxSettings\.ReadWrite/],
    ['has help an administrator can read with Get-Help', /\.SYNOPSIS[\s\S]*\.EXAMPLE/],
  ])('%s', (_name, pattern) => {
    expect(script).toMatch(pattern);
  });

  it('contains no category name of its own', () => {
    for (const lang of LANGS) {
      for (const c of masterCategories(lang)) {
        if (c.displayName.length > 4) expect(script).not.toContain(`'${c.displayName}'`);
      }
    }
  });
});
