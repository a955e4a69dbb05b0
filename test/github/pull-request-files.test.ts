// The Octokit gateway's pull request files list against the emulator: every page, renames.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/octokit-client.js';
import { OctokitGateway } from '../../src/github/octokit-gateway.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github-emulator/index.js';

const owner = 'o';
const name = 'r';
let emulator: GitHubEmulator;
let gateway: OctokitGateway;

beforeAll(async () => {
  emulator = await startGitHubEmulator({ token: 'test-token' });
  emulator.createRepo({ owner, name, files: { 'README.md': '# Papers\n', 'old.md': 'Old\n' } });
  const client = createGitHubClient({ token: 'test-token', baseUrl: emulator.url, warn: () => {} });
  gateway = new OctokitGateway(client, { owner, repo: name });
});

afterAll(async () => {
  await emulator.close();
});

describe('listPullRequestFiles', () => {
  it('reads every page, with each file status and the old path of a rename', async () => {
    const many = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`p/${i}.md`, `${i}\n`]));
    emulator.commit({
      owner,
      name,
      branch: 'many',
      files: { ...many, 'README.md': '# Papers\n\nMore\n', 'old.md': null, 'new.md': 'Old\n' },
      message: 'Many files',
    });
    const pull = emulator.openPullRequest({
      owner,
      name,
      head: 'many',
      title: 'Many',
      user: { login: 'grace', id: 7 },
    });
    emulator.resetRequests();
    const files = await gateway.listPullRequestFiles(pull.number);
    expect(files).toHaveLength(152);
    expect(files.filter((f) => !f.path.startsWith('p/'))).toEqual([
      { path: 'README.md', status: 'modified' },
      { path: 'new.md', status: 'renamed', previousPath: 'old.md' },
    ]);
    expect(emulator.requests.map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
  });
});
