import { describe, expect, it } from 'vitest';
import { api, OWNER, REPO, repoPath, statusOf, useEmulator } from './helpers.js';

const ctx = useEmulator();
const BRANCH = 'paper-list-bot/issue-12';

function mainSha(): string {
  return ctx.emu.state(OWNER, REPO).branches.main ?? '';
}

describe('git refs', () => {
  it('creates a branch with slashes and reads it back through Octokit (which sends %2F)', async () => {
    const created = await ctx.octokit.git.createRef({
      owner: OWNER,
      repo: REPO,
      ref: `refs/heads/${BRANCH}`,
      sha: mainSha(),
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      ref: `refs/heads/${BRANCH}`,
      object: { sha: mainSha(), type: 'commit' },
    });
    const { data } = await ctx.octokit.git.getRef({
      owner: OWNER,
      repo: REPO,
      ref: `heads/${BRANCH}`,
    });
    expect(data.object.sha).toBe(mainSha());
    expect(ctx.emu.requests.at(-1)?.path).toBe(`${repoPath}/git/ref/heads/${BRANCH}`);
    // Unencoded slashes work too.
    const raw = await api(ctx.emu, `${repoPath}/git/ref/heads/${BRANCH}`);
    expect(raw.status).toBe(200);
  });

  it('404s for a missing branch', async () => {
    const result = await statusOf(
      ctx.octokit.git.getRef({ owner: OWNER, repo: REPO, ref: 'heads/nope' }),
    );
    expect(result).toMatchObject({ status: 404, message: 'Not Found' });
  });

  it('refuses to create an existing ref or one at an unknown sha (422)', async () => {
    const exists = await statusOf(
      ctx.octokit.git.createRef({
        owner: OWNER,
        repo: REPO,
        ref: 'refs/heads/main',
        sha: mainSha(),
      }),
    );
    expect(exists).toMatchObject({ status: 422, message: 'Reference already exists' });
    const unknown = await statusOf(
      ctx.octokit.git.createRef({
        owner: OWNER,
        repo: REPO,
        ref: 'refs/heads/x',
        sha: 'a'.repeat(40),
      }),
    );
    expect(unknown).toMatchObject({ status: 422, message: 'Object does not exist' });
    const short = await statusOf(
      ctx.octokit.git.createRef({ owner: OWNER, repo: REPO, ref: 'heads/x', sha: mainSha() }),
    );
    expect(short.status).toBe(422);
  });

  it('refuses a branch that clashes with an existing one as a directory', async () => {
    await ctx.octokit.git.createRef({
      owner: OWNER,
      repo: REPO,
      ref: 'refs/heads/paper-list-bot',
      sha: mainSha(),
    });
    const result = await statusOf(
      ctx.octokit.git.createRef({
        owner: OWNER,
        repo: REPO,
        ref: `refs/heads/${BRANCH}`,
        sha: mainSha(),
      }),
    );
    expect(result).toMatchObject({ status: 422, message: 'Reference update failed' });
  });

  it('fast-forwards, refuses a non-fast-forward, and forces', async () => {
    const base = mainSha();
    await ctx.octokit.git.createRef({
      owner: OWNER,
      repo: REPO,
      ref: `refs/heads/${BRANCH}`,
      sha: base,
    });
    const ahead = ctx.emu.commit({
      owner: OWNER,
      name: REPO,
      branch: 'main',
      files: { 'a.md': 'a' },
      message: 'a',
    });
    const ff = await ctx.octokit.git.updateRef({
      owner: OWNER,
      repo: REPO,
      ref: `heads/${BRANCH}`,
      sha: ahead,
    });
    expect(ff.data.object.sha).toBe(ahead);

    const sideways = ctx.emu.commit({
      owner: OWNER,
      name: REPO,
      branch: 'other',
      files: { 'b.md': 'b' },
      message: 'b',
    });
    const moved = ctx.emu.commit({
      owner: OWNER,
      name: REPO,
      branch: 'main',
      files: { 'c.md': 'c' },
      message: 'c',
    });
    expect(ctx.emu.commitInfo(OWNER, REPO, sideways).parents).toEqual([ahead]);
    const refused = await statusOf(
      ctx.octokit.git.updateRef({ owner: OWNER, repo: REPO, ref: `heads/${BRANCH}`, sha: base }),
    );
    expect(refused).toMatchObject({ status: 422, message: 'Update is not a fast forward' });

    const forced = await ctx.octokit.git.updateRef({
      owner: OWNER,
      repo: REPO,
      ref: `heads/${BRANCH}`,
      sha: moved,
      force: true,
    });
    expect(forced.data.object.sha).toBe(moved);
    expect(ctx.emu.state(OWNER, REPO).branches[BRANCH]).toBe(moved);
  });

  it('answers 422 when updating or deleting a missing ref', async () => {
    const update = await statusOf(
      ctx.octokit.git.updateRef({ owner: OWNER, repo: REPO, ref: 'heads/nope', sha: mainSha() }),
    );
    expect(update).toMatchObject({ status: 422, message: 'Reference does not exist' });
    const del = await statusOf(
      ctx.octokit.git.deleteRef({ owner: OWNER, repo: REPO, ref: 'heads/nope' }),
    );
    expect(del).toMatchObject({ status: 422, message: 'Reference does not exist' });
  });

  it('deletes a branch with 204', async () => {
    await ctx.octokit.git.createRef({
      owner: OWNER,
      repo: REPO,
      ref: `refs/heads/${BRANCH}`,
      sha: mainSha(),
    });
    const res = await ctx.octokit.git.deleteRef({
      owner: OWNER,
      repo: REPO,
      ref: `heads/${BRANCH}`,
    });
    expect(res.status).toBe(204);
    expect(Object.keys(ctx.emu.state(OWNER, REPO).branches)).toEqual(['main']);
  });

  it('lists matching refs', async () => {
    await ctx.octokit.git.createRef({
      owner: OWNER,
      repo: REPO,
      ref: `refs/heads/${BRANCH}`,
      sha: mainSha(),
    });
    await ctx.octokit.git.createRef({
      owner: OWNER,
      repo: REPO,
      ref: 'refs/heads/paper-list-bot/issue-3',
      sha: mainSha(),
    });
    const { data } = await ctx.octokit.git.listMatchingRefs({
      owner: OWNER,
      repo: REPO,
      ref: 'heads/paper-list-bot/',
    });
    expect(data.map((r) => r.ref)).toEqual([
      'refs/heads/paper-list-bot/issue-12',
      'refs/heads/paper-list-bot/issue-3',
    ]);
  });
});
