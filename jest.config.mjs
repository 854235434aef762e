/** Jest runs in native ESM mode (Nest 12 is ESM-only): see the README's notes on testing. */
const common = {
  rootDir: '.',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.spec.json' }] },
  moduleNameMapper: { '^@app/(.*)$': '<rootDir>/libs/$1/src/index.ts' },
};

export default {
  // Two suites at a time: most of an end-to-end suite's time is spent waiting on the servers it
  // drives (each suite has its own database and queue prefix), and on a two-core machine Jest's
  // default (cores - 1) would run them one after another.
  maxWorkers: 2,
  // End-to-end tests drive real servers; unit specs finish far sooner.
  testTimeout: 60_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'] },
    {
      // Services of a few libraries on one migrated database for the run, with a clock the test sets.
      ...common,
      displayName: 'int',
      testMatch: ['<rootDir>/test/int/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/test/support/int-setup.ts',
      globalTeardown: '<rootDir>/test/support/int-teardown.ts',
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      slowTestThreshold: 30,
    },
    {
      // The web app in Chromium against the real API and worker (apps/web must be built).
      ...common,
      displayName: 'web',
      testMatch: ['<rootDir>/test/web/**/*.web-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      slowTestThreshold: 60,
    },
    {
      // Slow fault tests (processes killed, servers stopped for minutes): `npm run test:faults`.
      ...common,
      displayName: 'faults',
      testMatch: ['<rootDir>/test/**/*.fault-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      slowTestThreshold: 120,
    },
  ],
};
