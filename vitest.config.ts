import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // The end-to-end suites spawn the bundled action; give them room on small CI machines.
    testTimeout: 20_000,
    pool: 'forks',
    // The end-to-end files spend most of their time waiting (GitHub's write pacing, retry
    // pauses), so more files run at once than there are cores.
    maxWorkers: 4,
  },
});
