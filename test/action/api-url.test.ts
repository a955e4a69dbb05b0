// The api-url input wins over the runner's GITHUB_API_URL: the bundle, run as the runner runs it,
// talks to the emulator named by the input although GITHUB_API_URL names a closed port.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github-emulator/index.js';
import { projectRoot } from '../support/project-root.js';
import { dispatchPayload, runAction } from '../support/run-action.js';

const TOKEN = 'ghs_apiUrlInputTest';
let emulator: GitHubEmulator;

beforeAll(async () => {
  emulator = await startGitHubEmulator({ token: TOKEN });
  emulator.createRepo({
    owner: 'curator',
    name: 'reading-list',
    files: {
      'README.md': readFileSync(path.join(projectRoot(), 'examples/README.md'), 'utf8'),
    },
  });
});
afterAll(() => emulator?.close());

describe('the api-url input', () => {
  it('is the API the action calls, whatever GITHUB_API_URL says', async () => {
    const run = await runAction({
      apiUrl: 'http://127.0.0.1:9',
      repository: 'curator/reading-list',
      eventName: 'workflow_dispatch',
      payload: dispatchPayload({ owner: 'curator', repo: 'reading-list' }),
      inputs: { 'github-token': TOKEN, 'api-url': `${emulator.url}/` },
    });
    expect(run.code, run.stderr + run.stdout).toBe(0);
    expect(run.outputs.result).toBe('unchanged');
    expect(emulator.requests.length).toBeGreaterThan(0);
    expect(run.stdout).not.toContain('127.0.0.1:9');
  });
});
