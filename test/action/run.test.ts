// `run()` in-process: its environment and I/O are parameters, so runs share this process without
// sharing anything through it (no process.env, no GITHUB_OUTPUT, no exit code).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github-emulator/index.js';
import { projectRoot } from '../support/project-root.js';
import { recordingIO } from '../support/recording-io.js';
import { issuesPayload } from '../support/run-action.js';

const dir = mkdtempSync(path.join(tmpdir(), 'paper-list-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let emulator: GitHubEmulator | undefined;
afterEach(() => emulator?.close());

const TOKEN = 'ghs_runInProcess';
const FILER = { login: 'ada-lovelace', id: 4242 };
const read = (file: string) => readFileSync(path.join(projectRoot(), file), 'utf8');
let count = 0;

/** The runner's variables for one event, its payload written to a file of its own. */
function runnerEnv(eventName: string, payload: unknown, extra: NodeJS.ProcessEnv = {}) {
  const eventPath = path.join(dir, `event-${(count += 1)}.json`);
  writeFileSync(eventPath, JSON.stringify(payload));
  return {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'curator/reading-list',
    ...extra,
  };
}

describe('run() with its environment and I/O as parameters', () => {
  it('skips an event it does not handle, and leaves process.env and the exit code alone', async () => {
    const before = { ...process.env };
    const { io, sleep, recorded } = recordingIO({ 'github-token': TOKEN });
    await run({ env: runnerEnv('release', {}), io, sleep });
    expect(recorded()).toMatchObject({
      failed: false,
      outputs: { result: 'skipped', 'pull-request-number': '', 'pull-request-url': '' },
      waits: [],
    });
    expect(recorded().stdout).toContain('not release');
    expect(recorded().summary).toMatch(/^## paper-list-bot\n/);
    expect(process.env).toEqual(before);
    expect(process.exitCode).toBeUndefined();
  });

  it('fails the step through its I/O, not the process, when an input is missing', async () => {
    const { io, recorded } = recordingIO({});
    await run({ env: runnerEnv('workflow_dispatch', {}), io });
    expect(recorded().failed).toBe(true);
    expect(recorded().stdout).toMatch(/^::error::the github-token input is empty/m);
    expect(recorded().outputs).toEqual({});
    expect(process.exitCode).toBeUndefined();
  });

  it('runs two adds side by side in one process, each with its own outputs, log and pauses', async () => {
    emulator = await startGitHubEmulator({ token: TOKEN });
    emulator.createRepo({
      owner: 'curator',
      name: 'reading-list',
      files: { 'README.md': read('examples/README.md') },
    });
    const body = read('examples/new-paper-issue.md');
    const runs = ['Masked Autoencoders Are Scalable Vision Learners', 'A Second Paper'].map(
      (title, i) => {
        const issue = emulator!.createIssue({
          owner: 'curator',
          name: 'reading-list',
          title,
          body: body
            .replace('Masked Autoencoders Are Scalable Vision Learners', title)
            .replace('2111.06377', `2111.0637${i}`),
          user: FILER,
          labels: ['new-paper'],
        });
        const payload = issuesPayload({
          action: 'opened',
          owner: 'curator',
          repo: 'reading-list',
          number: issue.number,
          title,
          body: issue.body ?? '',
          author: FILER,
          labels: issue.labels,
        });
        const recording = recordingIO({ 'github-token': TOKEN });
        const env = runnerEnv('issues', payload, { GITHUB_API_URL: emulator!.url });
        return { recording, done: run({ env, io: recording.io, sleep: recording.sleep }) };
      },
    );
    await Promise.all(runs.map((r) => r.done));
    const [first, second] = runs.map((r) => r.recording.recorded());
    expect(first!.outputs.result).toBe('created');
    expect(second!.outputs.result).toBe('created');
    expect(first!.outputs['pull-request-number']).not.toBe(second!.outputs['pull-request-number']);
    expect(first!.stdout).toContain('::group::Push paper-list-bot/issue-1');
    expect(first!.stdout).not.toContain('paper-list-bot/issue-2');
    expect(second!.stdout).toContain('::group::Push paper-list-bot/issue-2');
    expect([first!.waits, second!.waits]).toEqual([[], []]);
    expect(emulator.state('curator', 'reading-list').pulls).toHaveLength(2);
  });
});
