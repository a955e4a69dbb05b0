import { describe, expect, it } from 'vitest';
import { OWNER, REPO, statusOf, useEmulator } from './helpers.js';

const ctx = useEmulator();
const BRANCH = 'paper-list-bot/issue-1';

/** Pushes one commit to BRANCH (created from main). */
function pushBranch(branch = BRANCH, file = 'a.md'): string {
  return ctx.emu.commit({
    owner: OWNER,
    name: REPO,
    branch,
    files: { [file]: `${branch}\n` },
    message: `on ${branch}`,
  });
}

function openPull(head = BRANCH, title = 'Add paper') {
  return ctx.octokit.pulls.create({
    owner: OWNER,
    repo: REPO,
    head,
    base: 'main',
    title,
    body: 'Closes #1',
  });
}

describe('pull requests', () => {
  it('creates a pull request authored by the bot, sharing numbers with issues', async () => {
    ctx.emu.createIssue({
      owner: OWNER,
      name: REPO,
      title: 'New paper',
      body: 'x',
      user: { login: 'alice', id: 1 },
    });
    const head = pushBranch();
    const { status, data } = await openPull(`${OWNER}:${BRANCH}`);
    expect(status).toBe(201);
    expect(data).toMatchObject({
      number: 2,
      state: 'open',
      title: 'Add paper',
      body: 'Closes #1',
      merged: false,
      merged_at: null,
      html_url: `https://github.com/${OWNER}/${REPO}/pull/2`,
      user: { login: 'github-actions[bot]', type: 'Bot' },
      head: { ref: BRANCH, sha: head, label: `${OWNER}:${BRANCH}` },
      base: { ref: 'main' },
      labels: [],
    });
    const pulls = ctx.emu.state(OWNER, REPO).pulls;
    expect(pulls.map((p) => [p.number, p.headRef, p.headSha])).toEqual([[2, BRANCH, head]]);
    const got = await ctx.octokit.pulls.get({ owner: OWNER, repo: REPO, pull_number: 2 });
    expect(got.data.mergeable).toBe(true);
    expect(got.data.commits).toBe(1);
  });

  it('answers 422 "already exists" for a second open pull from the same head to the same base', async () => {
    pushBranch();
    await openPull();
    const result = await statusOf(openPull());
    expect(result.status).toBe(422);
    expect(result.data).toMatchObject({
      message: 'Validation Failed',
      errors: [
        {
          resource: 'PullRequest',
          code: 'custom',
          message: `A pull request already exists for ${OWNER}:${BRANCH}.`,
        },
      ],
    });
  });

  it('answers 422 "No commits between" when the head is not ahead of the base', async () => {
    const main = ctx.emu.state(OWNER, REPO).branches.main ?? '';
    await ctx.octokit.git.createRef({
      owner: OWNER,
      repo: REPO,
      ref: `refs/heads/${BRANCH}`,
      sha: main,
    });
    const result = await statusOf(openPull());
    expect(result.data).toMatchObject({
      message: 'Validation Failed',
      errors: [
        {
          resource: 'PullRequest',
          code: 'custom',
          message: `No commits between main and ${BRANCH}`,
        },
      ],
    });
  });

  it('answers 422 for a missing head branch', async () => {
    const result = await statusOf(openPull('nope'));
    expect(result.status).toBe(422);
    expect(result.data).toMatchObject({
      errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }],
    });
  });

  it('lists by head (owner:branch only, like GitHub) and state, paginated', async () => {
    pushBranch();
    pushBranch('paper-list-bot/issue-2', 'b.md');
    await openPull();
    const second = await openPull('paper-list-bot/issue-2', 'Second');
    await ctx.octokit.pulls.update({
      owner: OWNER,
      repo: REPO,
      pull_number: second.data.number,
      state: 'closed',
    });

    const byHead = await ctx.octokit.pulls.list({
      owner: OWNER,
      repo: REPO,
      head: `${OWNER}:paper-list-bot/issue-2`,
      state: 'all',
    });
    expect(byHead.data.map((p) => p.title)).toEqual(['Second']);
    expect(byHead.data[0]).not.toHaveProperty('merged');
    const open = await ctx.octokit.pulls.list({
      owner: OWNER,
      repo: REPO,
      head: `${OWNER}:paper-list-bot/issue-2`,
    });
    expect(open.data).toEqual([]);
    // A bare branch name is ignored by GitHub: every open pull comes back.
    const bare = await ctx.octokit.pulls.list({
      owner: OWNER,
      repo: REPO,
      head: 'paper-list-bot/issue-2',
    });
    expect(bare.data.map((p) => p.head.ref)).toEqual([BRANCH]);
    const all = await ctx.octokit.pulls.list({
      owner: OWNER,
      repo: REPO,
      state: 'all',
      per_page: 1,
    });
    expect(all.data.map((p) => p.title)).toEqual(['Second']);
    expect(all.headers.link).toContain('rel="next"');
  });

  it('updates title, body and state; reopening follows the branch head', async () => {
    pushBranch();
    const { data } = await openPull();
    const closed = await ctx.octokit.pulls.update({
      owner: OWNER,
      repo: REPO,
      pull_number: data.number,
      state: 'closed',
      title: 'T2',
    });
    expect(closed.data).toMatchObject({ state: 'closed', title: 'T2' });
    expect(closed.data.closed_at).not.toBeNull();
    const newHead = pushBranch();
    expect(ctx.emu.state(OWNER, REPO).pulls[0]?.headSha).toBe(data.head.sha);
    const reopened = await ctx.octokit.pulls.update({
      owner: OWNER,
      repo: REPO,
      pull_number: data.number,
      state: 'open',
      body: 'B2',
    });
    expect(reopened.data).toMatchObject({
      state: 'open',
      body: 'B2',
      head: { sha: newHead },
      closed_at: null,
    });
  });

  it('follows pushes to the head branch while open, and closes when the head branch is deleted', async () => {
    pushBranch();
    const { data } = await openPull();
    const next = pushBranch();
    expect(
      (await ctx.octokit.pulls.get({ owner: OWNER, repo: REPO, pull_number: data.number })).data
        .head.sha,
    ).toBe(next);
    await ctx.octokit.git.deleteRef({ owner: OWNER, repo: REPO, ref: `heads/${BRANCH}` });
    const after = ctx.emu.state(OWNER, REPO).pulls[0];
    expect(after).toMatchObject({ state: 'closed', merged: false, headSha: next });
  });

  it('adds labels to pull requests through the issues API', async () => {
    pushBranch();
    const { data } = await openPull();
    const labels = await ctx.octokit.issues.addLabels({
      owner: OWNER,
      repo: REPO,
      issue_number: data.number,
      labels: ['paper', 'bot'],
    });
    expect(labels.data.map((l) => l.name)).toEqual(['paper', 'bot']);
    expect(ctx.emu.state(OWNER, REPO).pulls[0]?.labels).toEqual(['paper', 'bot']);
    const issue = await ctx.octokit.issues.get({
      owner: OWNER,
      repo: REPO,
      issue_number: data.number,
    });
    expect(issue.data.pull_request?.html_url).toBe(data.html_url);
  });

  it('is merged by the control method, moving main to a merge commit with the head tree', async () => {
    const head = pushBranch();
    const { data } = await openPull();
    const mergeSha = ctx.emu.mergePullRequest({
      owner: OWNER,
      name: REPO,
      number: data.number,
      deleteBranch: true,
    });
    const state = ctx.emu.state(OWNER, REPO);
    expect(state.branches).toEqual({ main: mergeSha });
    expect(state.pulls[0]).toMatchObject({
      state: 'closed',
      merged: true,
      mergeCommitSha: mergeSha,
    });
    const info = ctx.emu.commitInfo(OWNER, REPO, mergeSha);
    expect(info.parents[1]).toBe(head);
    expect(info.tree).toBe(ctx.emu.commitInfo(OWNER, REPO, head).tree);
    expect(info.message).toBe(
      `Merge pull request #${data.number} from ${OWNER}/${BRANCH}\n\nAdd paper`,
    );
    const got = await ctx.octokit.pulls.get({ owner: OWNER, repo: REPO, pull_number: data.number });
    expect(got.data).toMatchObject({ merged: true, state: 'closed', merge_commit_sha: mergeSha });
  });

  it('merges three ways when main moved, and through PUT /pulls/{n}/merge', async () => {
    pushBranch();
    const { data } = await openPull();
    ctx.emu.commit({
      owner: OWNER,
      name: REPO,
      branch: 'main',
      files: { 'other.md': 'o' },
      message: 'other',
    });
    const res = await ctx.octokit.pulls.merge({
      owner: OWNER,
      repo: REPO,
      pull_number: data.number,
      merge_method: 'squash',
    });
    expect(res.data.merged).toBe(true);
    expect(ctx.emu.listFiles(OWNER, REPO, 'main')).toEqual([
      'README.md',
      'a.md',
      'docs/guide.md',
      'other.md',
    ]);
    const again = await statusOf(
      ctx.octokit.pulls.merge({ owner: OWNER, repo: REPO, pull_number: data.number }),
    );
    expect(again.status).toBe(405);
  });
});
