import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'e2e/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Two cores: browser tests and fixture builds are heavy, keep the machine responsive.
    maxWorkers: 2,
  },
});
