/** Jest with an esbuild transform: fast; types are checked by `npm run typecheck`. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.(t|j|mj)sx?$': '<rootDir>/test/support/esbuild-transform.cjs',
  },
  // The add-in compiles its organisation profile in (docs/adr/0006); tests use Hå kommune's.
  moduleNameMapper: {
    '^arkivpost:profile$': '<rootDir>/profiles/ha-kommune.json',
    '^arkivpost:profile-later$': '<rootDir>/profiles/ha-kommune.json',
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  // The browser suites' build starts in the background while other suites run first.
  testSequencer: '<rootDir>/test/support/sequencer.cjs',
  globalSetup: '<rootDir>/test/support/global-setup.cjs',
};
