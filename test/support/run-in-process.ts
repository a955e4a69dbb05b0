// Runs the action's `run()` in this process, as dist/index.js would run it but with the I/O and
// the pauses in the test's hands: nothing is read from or written to process.env, so runs can
// go side by side in one process.
import { run } from '../../src/main.js';
import type { ActionRun } from './run-action.js';
import { recordingIO } from './recording-io.js';

/**
 * Runs the action once with the runner's variables `env` and the inputs by name; its pauses are
 * recorded in `waits` and skipped. Rejects when the run takes longer than `timeoutMs`.
 */
export async function runInProcess(
  env: NodeJS.ProcessEnv,
  inputs: Readonly<Record<string, string>>,
  timeoutMs: number,
): Promise<ActionRun> {
  const { io, sleep, recorded } = recordingIO(inputs);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the action did not finish within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    await Promise.race([run({ env, io, sleep }), timeout]);
  } finally {
    clearTimeout(timer);
  }
  const { failed, stdout, outputs, summary, waits } = recorded();
  return { code: failed ? 1 : 0, stdout, stderr: '', outputs, summary, waits };
}
