import { defineConfig } from 'vitest/config';

/** Tests that read no build: they run without building the site (`npx vitest run --project unit`). */
const UNIT = [
  'src/**/*.test.ts',
  'tests/content-check.test.ts',
  'tests/build-stamp.test.ts',
  'tests/materials-layout.test.ts',
  'tests/support/*.test.ts',
];

export default defineConfig({
  test: {
    // Generous: fixture builds and browser tests run on a shared 2-core machine; a timeout must mean a hang, not load.
    testTimeout: 600_000,
    hookTimeout: 900_000,
    // Two cores: browser tests and fixture builds are heavy, keep the machine responsive.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT } },
      {
        extends: true,
        test: { name: 'build', include: ['tests/**/*.test.ts', 'e2e/**/*.test.ts'], exclude: UNIT, globalSetup: ['tests/global-setup.ts'] },
      },
    ],
  },
});
