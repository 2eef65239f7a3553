/**
 * External test data lives beside the project in ../shared/testdata (nobody
 * on this project wrote it; it is never copied in). CI always has it. A clone
 * without it still passes, and each such suite says plainly that it did not
 * run; with CI=true a missing folder is a failure instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const EXTERNAL_ROOT = resolve(__dirname, '..', '..', '..', 'shared', 'testdata');

export function externalPath(...parts: string[]): string {
  return join(EXTERNAL_ROOT, ...parts);
}

export function hasExternal(...parts: string[]): boolean {
  return existsSync(externalPath(...parts));
}

export function readExternalJson<T>(...parts: string[]): T {
  return JSON.parse(readFileSync(externalPath(...parts), 'utf8')) as T;
}

/**
 * `describe` for suites over external data. Without the data it registers a
 * single test that states the suite did not run (and fails under CI).
 */
export function describeExternal(name: string, folder: string, fn: () => void): void {
  if (hasExternal(folder)) {
    describe(name, fn);
    return;
  }
  describe(name, () => {
    it(`DID NOT RUN: external test data ../shared/testdata/${folder} is not present`, () => {
      console.warn(
        `[external data] ${name}: ../shared/testdata/${folder} not found, suite did not run`,
      );
      expect(process.env.CI).not.toBe('true');
    });
  });
}
