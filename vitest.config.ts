import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // The end-to-end suites spawn the bundled action; give them room on small CI machines.
    testTimeout: 20_000,
    pool: 'forks',
  },
});
