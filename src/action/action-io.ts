import * as core from '@actions/core';
import type { Annotation, Logger } from '../commands/command-context.js';

/**
 * Everything the action exchanges with the runner besides the event: inputs, outputs, the job
 * summary, the log and the step's failure. A parameter of `run()`, so that tests run the action
 * in-process with an I/O of their own: @actions/core reads and writes through the process's
 * environment (`INPUT_*`, `GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`), which runs sharing one
 * process must not touch.
 */
export interface ActionIO {
  /** An input by its name in action.yml, trimmed; empty when not given. */
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  /** Adds Markdown to the job summary, when the runner keeps one. */
  appendSummary(markdown: string): Promise<void>;
  /** Shows a problem on a line of a file (an error annotation). */
  annotate(annotation: Annotation): void;
  /** Marks the step failed with this message. */
  setFailed(message: string): void;
  /** The Actions log: lines, warnings (as annotations), collapsible groups. */
  readonly log: Logger;
}

/** The runner's I/O, through @actions/core: what `dist/index.js` uses. */
export const actionsIO: ActionIO = {
  getInput: (name) => core.getInput(name),
  setOutput: (name, value) => core.setOutput(name, value),
  async appendSummary(markdown) {
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
  },
  annotate: ({ message, title, file, line }) =>
    // @actions/core escapes the message and the properties.
    core.error(message, { title, file, startLine: line }),
  setFailed: (message) => core.setFailed(message),
  log: {
    info: (message) => core.info(message),
    warn: (message) => core.warning(message),
    group: (name, phase) => core.group(name, phase),
  },
};
