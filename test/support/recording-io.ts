// The action's I/O for in-process runs: it writes the log as @actions/core writes it to the
// runner (workflow commands such as `::warning::`, `::group::`, `::error::`), keeps outputs and
// the job summary in memory, and records every pause the run asks for instead of waiting.
import type { ActionIO } from '../../src/action/action-io.js';
import type { Sleep } from '../../src/github/sleep.js';

/** What an in-process run left behind, as a spawned run leaves it in its files and stdout. */
export interface RecordedRun {
  readonly failed: boolean;
  readonly stdout: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  /** Every pause asked for, in ms, in order. */
  readonly waits: readonly number[];
}

/** An {@link ActionIO} with the given inputs, a {@link Sleep} that records, and what they saw. */
export interface RecordingIO {
  readonly io: ActionIO;
  readonly sleep: Sleep;
  recorded(): RecordedRun;
}

/** @actions/core's escaping of a workflow command's message. */
const escapeData = (text: string) =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** @actions/core's escaping of a workflow command's property. */
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** A fresh I/O for one run: inputs by their action.yml names, as `INPUT_*` would carry them. */
export function recordingIO(inputs: Readonly<Record<string, string>>): RecordingIO {
  const lines: string[] = [];
  const outputs: Record<string, string> = {};
  const waits: number[] = [];
  let summary = '';
  let failed = false;
  const command = (name: string, message: string, properties = '') =>
    lines.push(`::${name}${properties}::${escapeData(message)}`);
  const io: ActionIO = {
    getInput: (name) => (inputs[name] ?? '').trim(),
    setOutput: (name, value) => {
      outputs[name] = value;
    },
    appendSummary: async (markdown) => {
      summary += markdown;
    },
    annotate: ({ message, title, file, line }) =>
      command(
        'error',
        message,
        ` title=${escapeProperty(title)},file=${escapeProperty(file)},line=${line}`,
      ),
    setFailed: (message) => {
      failed = true;
      command('error', message);
    },
    log: {
      info: (message) => lines.push(message),
      warn: (message) => command('warning', message),
      async group(name, phase) {
        command('group', name);
        try {
          return await phase();
        } finally {
          lines.push('::endgroup::');
        }
      },
    },
  };
  return {
    io,
    sleep: async (ms) => {
      waits.push(ms);
    },
    recorded: () => ({
      failed,
      stdout: lines.map((line) => `${line}\n`).join(''),
      outputs: { ...outputs },
      summary,
      waits: [...waits],
    }),
  };
}
