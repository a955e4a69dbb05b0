import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Test files that wait in real time: the token test spawns the committed bundle five times as
 * the runner does; the re-sort test runs the bundle on workflow_dispatch, which paces its
 * writes a second apart. Started first, their waiting overlaps the other files' work (and
 * `npm test`'s lint and type-check) instead of ending the run.
 */
const WAIT_IN_REAL_TIME = ['test/e2e/token.e2e.test.ts', 'test/e2e/sort.e2e.test.ts'];

/** Vitest's order (slowest known first, else largest first), the waiting files before all. */
class WaitingFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const waits = (file: TestSpecification) =>
      WAIT_IN_REAL_TIME.some((name) => file.moduleId.endsWith(name));
    return [...sorted.filter(waits), ...sorted.filter((file) => !waits(file))];
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Room for the smoke tests that spawn the bundled action, on a small and busy machine.
    testTimeout: 20_000,
    pool: 'forks',
    // The tests no longer wait (pauses are recorded, not slept), so they are CPU-bound: one
    // worker per core (vitest's default leaves a core out, which on 2 cores halves the pace;
    // more workers than cores only compete with npm test's other lane).
    maxWorkers: availableParallelism(),
    // Test files share the modules they import instead of loading zod, Octokit and micromark
    // again for each file: that was a third of the suite's time. No test changes module state
    // (no mocks, no fake timers, no process.env), and in-process runs of the action share none.
    isolate: false,
    sequence: { sequencer: WaitingFilesFirst },
  },
});
