import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'e2e/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // Generous: fixture builds and browser tests run on a shared 2-core machine; a timeout must mean a hang, not load.
    testTimeout: 600_000,
    hookTimeout: 900_000,
    // Two cores: browser tests and fixture builds are heavy, keep the machine responsive.
    maxWorkers: 2,
  },
});
