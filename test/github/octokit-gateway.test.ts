// The real gateway over Octokit, against the GitHub emulator on loopback: each operation in the
// calls GitHub needs, with its status codes handled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BranchExistsError } from '../../src/github/gateway.js';
import { createGitHubClient } from '../../src/github/octokit-client.js';
import { OctokitGateway } from '../../src/github/octokit-gateway.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github-emulator/index.js';

const owner = 'o';
const name = 'r';
const token = 'test-token';
let emulator: GitHubEmulator;
let gateway: OctokitGateway;
let main: string;
const warnings: string[] = [];
/** The pauses the client asked for: none, as nothing fails and writes are not paced. */
const waits: number[] = [];

/** A list of about 1.2 MB: over the contents API's inline limit. */
const bigList = `# Papers\n${Array.from({ length: 3000 }, (_, i) => `- **Paper ${i} — ü ✓** <Br>\n${'Author, '.repeat(40)}Someone <Br>\n[CVPR 2020] <Br>\n`).join('\n')}`;

beforeAll(async () => {
  emulator = await startGitHubEmulator({ token });
  main = emulator.createRepo({
    owner,
    name,
    files: {
      'README.md': '# Papers\r\n- **A** <Br>\r\n',
      'big.md': bigList,
      'latin1.md': Buffer.from([0x23, 0x20, 0xe9, 0x0a]),
    },
  });
  const client = createGitHubClient({
    token,
    baseUrl: emulator.url,
    warn: (m) => warnings.push(m),
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
  gateway = new OctokitGateway(client, { owner, repo: name });
});

afterAll(async () => {
  await emulator.close();
});

describe('reading', () => {
  it('reads a branch head with its tree, parents and message', async () => {
    const head = await gateway.getBranch('main');
    expect(head).toMatchObject({ sha: main, parents: [] });
    expect(head!.treeSha).toMatch(/^[0-9a-f]{40}$/);
    expect(await gateway.getBranch('no/such-branch')).toBeUndefined();
  });

  it('reads files byte for byte, also over 1 MB through the raw media type', async () => {
    expect(bigList.length).toBeGreaterThan(1_000_000);
    expect((await gateway.readFile('README.md', main))!.text).toBe('# Papers\r\n- **A** <Br>\r\n');
    const big = await gateway.readFile('big.md', main);
    expect(big!.text).toBe(bigList);
    expect(big!.blobSha).toMatch(/^[0-9a-f]{40}$/);
    expect(await gateway.readFile('missing.md', main)).toBeUndefined();
  });

  it('refuses a file that is not UTF-8 rather than mangling it', async () => {
    await expect(gateway.readFile('latin1.md', main)).rejects.toThrow(/not valid UTF-8/);
  });
});

describe('branches and commits', () => {
  const base = async () => (await gateway.getBranch('main'))!;

  it('creates a branch with one commit through the contents API, and refuses to create it twice', async () => {
    const readme = await gateway.readFile('README.md', main);
    const request = {
      branch: 'bot/one-file',
      base: await base(),
      files: [
        { path: 'README.md', text: '# Papers\r\n- **B** <Br>\r\n', baseBlobSha: readme!.blobSha },
      ],
      message: 'One file\n\nGenerated-by: paper-list-bot',
    };
    const sha = await gateway.createBranchWithCommit(request);
    const commit = emulator.commitInfo(owner, name, sha);
    expect(commit.parents).toEqual([main]);
    expect(commit.verified).toBe(true);
    expect(emulator.readFile(owner, name, 'bot/one-file', 'README.md')).toBe(
      '# Papers\r\n- **B** <Br>\r\n',
    );
    await expect(gateway.createBranchWithCommit(request)).rejects.toBeInstanceOf(BranchExistsError);
  });

  it('commits several files at once through the git data API, and replaces a branch in one update', async () => {
    const request = {
      branch: 'bot/two-files',
      base: await base(),
      files: [
        { path: 'README.md', text: 'one\n' },
        { path: 'docs/two.md', text: 'two\n' },
      ],
      message: 'Two files',
    };
    await gateway.createBranchWithCommit(request);
    expect(emulator.readFile(owner, name, 'bot/two-files', 'docs/two.md')).toBe('two\n');
    emulator.commit({
      owner,
      name,
      branch: 'main',
      files: { 'NEW.md': 'new\n' },
      message: 'Move main',
    });
    const moved = await base();
    const sha = await gateway.replaceBranchWithCommit({
      ...request,
      base: moved,
      files: [{ path: 'README.md', text: 'three\n' }],
    });
    expect(emulator.commitInfo(owner, name, sha).parents).toEqual([moved.sha]);
    expect(emulator.readFile(owner, name, 'bot/two-files', 'README.md')).toBe('three\n');
    expect(emulator.readFile(owner, name, 'bot/two-files', 'NEW.md')).toBe('new\n');
    await gateway.deleteBranch('bot/two-files');
    await gateway.deleteBranch('bot/two-files');
    expect(emulator.state(owner, name).branches['bot/two-files']).toBeUndefined();
  });
});

describe('pull requests, comments and permissions', () => {
  it('opens a pull request once and adopts it afterwards', async () => {
    const base = (await gateway.getBranch('main'))!;
    await gateway.createBranchWithCommit({
      branch: 'bot/pr',
      base,
      files: [{ path: 'x.md', text: 'x\n' }],
      message: 'x',
    });
    const first = await gateway.openPullRequest({
      branch: 'bot/pr',
      base: 'main',
      title: 'T',
      body: 'B',
    });
    const second = await gateway.openPullRequest({
      branch: 'bot/pr',
      base: 'main',
      title: 'T',
      body: 'B',
    });
    expect(first.created).toBe(true);
    expect(second).toEqual({ pullRequest: first.pullRequest, created: false });
    await gateway.addLabels(first.pullRequest.number, ['paper-list']);
    const closed = await gateway.updatePullRequest(first.pullRequest.number, {
      state: 'closed',
      body: 'B2',
    });
    expect(closed).toMatchObject({ state: 'closed', merged: false, body: 'B2', headRef: 'bot/pr' });
    expect(await gateway.findOpenPullRequest('bot/pr')).toBeUndefined();
    expect((await gateway.findPullRequest('bot/pr'))?.number).toBe(first.pullRequest.number);
    expect(emulator.state(owner, name).pulls[0]!.labels).toEqual(['paper-list']);
  });

  it('lists every comment across pages, and creates, updates and deletes them', async () => {
    const issue = emulator.createIssue({
      owner,
      name,
      title: 't',
      body: 'b',
      user: { login: 'ada', id: 1 },
    });
    for (let i = 0; i < 130; i += 1) {
      emulator.createComment({
        owner,
        name,
        issueNumber: issue.number,
        body: `c${i}`,
        user: { login: 'ada', id: 1 },
      });
    }
    const created = await gateway.createComment(issue.number, 'bot says hi');
    const all = await gateway.listComments(issue.number);
    expect(all).toHaveLength(131);
    expect(all.at(-1)).toMatchObject({
      id: created.id,
      body: 'bot says hi',
      author: 'github-actions[bot]',
    });
    expect((await gateway.updateComment(created.id, 'bot says bye')).body).toBe('bot says bye');
    await gateway.deleteComment(created.id);
    expect(await gateway.listComments(issue.number)).toHaveLength(130);
  });

  it('reads permissions by role, and none for strangers of a private repository', async () => {
    emulator.setCollaboratorPermission({ owner, name, login: 'maya', permission: 'maintain' });
    emulator.setCollaboratorPermission({ owner, name, login: 'tom', permission: 'triage' });
    expect(await gateway.getPermission('maya')).toBe('maintain');
    expect(await gateway.getPermission('tom')).toBe('triage');
    expect(await gateway.getPermission(owner)).toBe('admin');
    expect(['read', 'none']).toContain(await gateway.getPermission('stranger'));
    expect(warnings).toEqual([]);
    expect(waits).toEqual([]);
  });
});
