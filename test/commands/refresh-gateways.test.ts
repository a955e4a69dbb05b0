// The two gateways a refresh runs the commands through: the build stamp on the bot's pull
// requests, and the run's memory of what it already read.
import { describe, expect, it } from 'vitest';
import { BOT_TRAILER } from '../../src/commands/push-bot-branch.js';
import { ClosedMeanwhileError, RunMemoryGateway } from '../../src/commands/run-memory-gateway.js';
import { StampingGateway } from '../../src/commands/stamping-gateway.js';
import { BranchExistsError } from '../../src/github/gateway.js';
import {
  markStale,
  readBuildStamp,
  stripBuildStamps,
  withBuildStamp,
} from '../../src/messages/build-stamp.js';
import { MemoryGateway } from '../support/memory-gateway.js';

const BRANCH = 'paper-list-bot/issue-1';

function commitOn(inner: MemoryGateway, text: string) {
  return {
    branch: BRANCH,
    base: { sha: inner.branches.get('main')! },
    files: [{ path: 'README.md', text }],
    message: `Add a paper\n\n${BOT_TRAILER}`,
  };
}

describe('build stamps', () => {
  it('are one hidden line at the end that a later stamp replaces', () => {
    const a = { base: 'a'.repeat(40), head: 'b'.repeat(40) };
    const b = { base: 'c'.repeat(40), head: 'd'.repeat(40) };
    const once = withBuildStamp('Closes #1\n\n<!-- paper-list-bot:pull-request -->', a);
    expect(once.split('\n').at(-1)).toBe(
      `<!-- paper-list-bot:build base=${a.base} head=${a.head} -->`,
    );
    const twice = withBuildStamp(once, b);
    expect(readBuildStamp(twice)).toEqual(b);
    expect(stripBuildStamps(twice)).toBe('Closes #1\n\n<!-- paper-list-bot:pull-request -->');
    expect(readBuildStamp('no stamp')).toBeUndefined();
  });
});

describe('StampingGateway', () => {
  it('stamps what the bot built on its pull request, and hides a stamp that is up to date', async () => {
    const inner = new MemoryGateway({ 'README.md': '# List\n' });
    const gateway = new StampingGateway(inner);
    const head = await gateway.createBranchWithCommit(commitOn(inner, '# List\n\n- one\n'));
    const { pullRequest } = await gateway.openPullRequest({
      branch: BRANCH,
      base: 'main',
      title: 'Add one',
      body: 'Closes #1',
    });
    expect(pullRequest.body).toBe('Closes #1');
    expect(readBuildStamp(inner.pulls[0]!.body)).toEqual({
      base: inner.branches.get('main'),
      head,
    });
    expect((await gateway.findOpenPullRequest(BRANCH))!.body).toBe('Closes #1');
  });

  it('hands over a body whose stamp is out of date as it is, so that it gets rewritten', async () => {
    const inner = new MemoryGateway({ 'README.md': '# List\n' });
    const first = new StampingGateway(inner);
    await first.createBranchWithCommit(commitOn(inner, '# List\n\n- one\n'));
    await first.openPullRequest({ branch: BRANCH, base: 'main', title: 'Add', body: 'Closes #1' });
    // A later run rebuilds the branch: the stamp it finds names the old commit.
    const later = new StampingGateway(inner);
    const head = await later.replaceBranchWithCommit(commitOn(inner, '# List\n\n- two\n'));
    const found = (await later.findOpenPullRequest(BRANCH))!;
    expect(found.body).not.toBe('Closes #1');
    const updated = await later.updatePullRequest(found.number, { body: 'Closes #1' });
    expect(updated.body).toBe('Closes #1');
    expect(readBuildStamp(inner.pulls[0]!.body)!.head).toBe(head);
  });

  it('hands over a body without a stamp as changed, and writes no placeholder', async () => {
    const inner = new MemoryGateway({ 'README.md': '# List\n' });
    await inner.createBranchWithCommit(commitOn(inner, '# List\n\n- one\n'));
    await inner.openPullRequest({ branch: BRANCH, base: 'main', title: 'Add', body: 'Closes #1' });
    const gateway = new StampingGateway(inner);
    await gateway.getBranch(BRANCH);
    const found = (await gateway.findOpenPullRequest(BRANCH))!;
    expect(found.body).not.toBe('Closes #1');
    expect(stripBuildStamps(found.body)).toBe('Closes #1');
    // Without a build to stamp (another branch's, say), the placeholder is not written.
    const other = new StampingGateway(inner);
    await other.updatePullRequest(found.number, { body: markStale('Closes #1') });
    expect(inner.pulls[0]!.body).toBe('Closes #1');
  });

  it('leaves the bodies of pull requests it knows no build of alone', async () => {
    const inner = new MemoryGateway({ 'README.md': '# List\n' });
    inner.push('feature', { 'NOTES.md': 'x' });
    const gateway = new StampingGateway(inner);
    await gateway.getBranch('feature');
    await gateway.openPullRequest({ branch: 'feature', base: 'main', title: 'x', body: 'Mine' });
    expect(inner.pulls[0]!.body).toBe('Mine');
  });
});

describe('RunMemoryGateway', () => {
  it('reads a file at a commit once, and at a branch each time', async () => {
    const inner = new MemoryGateway({ 'README.md': '# List\n' });
    const memory = new RunMemoryGateway(inner, 'main');
    const sha = inner.branches.get('main')!;
    await memory.readFile('README.md', sha);
    await memory.readFile('README.md', sha);
    await memory.readFile('README.md', 'main');
    await memory.readFile('README.md', 'main');
    expect(inner.calls.filter((c) => c.startsWith('readFile'))).toHaveLength(3);
  });

  it('answers for a branch and a pull request it was told of, until it writes them', async () => {
    const inner = new MemoryGateway({ 'README.md': '# List\n' });
    const memory = new RunMemoryGateway(inner, 'main');
    const main = inner.branches.get('main')!;
    const state = { sha: 'e'.repeat(40), parents: [main], message: BOT_TRAILER, treeSha: '' };
    memory.rememberBranch(BRANCH, state);
    await expect(memory.createBranchWithCommit(commitOn(inner, 'x'))).rejects.toThrow(
      BranchExistsError,
    );
    expect(await memory.getBranch(BRANCH)).toBe(state);
    const pull = {
      number: 2,
      url: 'u',
      state: 'open' as const,
      merged: false,
      title: 't',
      body: 'b',
      headRef: BRANCH,
    };
    memory.rememberOpenPullRequest(pull);
    expect(
      await memory.openPullRequest({ branch: BRANCH, base: 'main', title: 'x', body: 'y' }),
    ).toEqual({ pullRequest: pull, created: false });
    expect(await memory.findPullRequest(BRANCH)).toBe(pull);
    expect(inner.calls).toEqual([]);
    await memory.replaceBranchWithCommit(commitOn(inner, 'x'));
    expect((await memory.getBranch(BRANCH))!.sha).toBe(inner.branches.get(BRANCH));
  });

  it('stops when a pull request it took for open comes back closed, but not when it closes it', async () => {
    const inner = new MemoryGateway({ 'README.md': '# List\n' });
    const { pullRequest } = await inner.openPullRequest({
      branch: BRANCH,
      base: 'main',
      title: 't',
      body: 'b',
    });
    const memory = new RunMemoryGateway(inner, 'main');
    memory.rememberOpenPullRequest(pullRequest);
    Object.assign(inner.pulls[0]!, { state: 'closed', merged: true });
    await expect(memory.updatePullRequest(pullRequest.number, { body: 'new' })).rejects.toThrow(
      ClosedMeanwhileError,
    );
    memory.rememberOpenPullRequest(pullRequest);
    await expect(
      memory.updatePullRequest(pullRequest.number, { state: 'closed' }),
    ).resolves.toMatchObject({ state: 'closed' });
  });

  it('fills in the tree of a base it knows, and remembers the default branch once read', async () => {
    const inner = new MemoryGateway({ 'README.md': '# List\n' });
    const memory = new RunMemoryGateway(inner, 'main');
    const head = await memory.getBranch('main');
    await memory.getBranch('main');
    expect(inner.calls.filter((c) => c === 'getBranch main')).toHaveLength(1);
    const seen: (string | undefined)[] = [];
    inner.replaceBranchWithCommit = async (request) => {
      seen.push(request.base.treeSha);
      return 'f'.repeat(40);
    };
    await memory.replaceBranchWithCommit({ ...commitOn(inner, 'x'), base: { sha: head!.sha } });
    expect(seen).toEqual([head!.treeSha]);
  });
});
