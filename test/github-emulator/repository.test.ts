import { describe, expect, it } from 'vitest';
import { EmulatorUsageError, type Permission } from '../support/github-emulator/index.js';
import { INITIAL_FILES, OWNER, REPO, statusOf, useEmulator } from './helpers.js';

const ctx = useEmulator();

describe('repository', () => {
  it('describes the repository (names are case-insensitive)', async () => {
    const { data } = await ctx.octokit.repos.get({ owner: OWNER, repo: REPO });
    expect(data).toMatchObject({
      name: REPO,
      full_name: `${OWNER}/${REPO}`,
      owner: { login: OWNER },
      default_branch: 'main',
      private: false,
      html_url: `https://github.com/${OWNER}/${REPO}`,
    });
    expect(typeof data.id).toBe('number');
    const upper = await ctx.octokit.repos.get({ owner: OWNER.toUpperCase(), repo: 'Papers' });
    expect(upper.data.id).toBe(data.id);
    expect(await statusOf(ctx.octokit.repos.get({ owner: OWNER, repo: 'nope' }))).toMatchObject({
      status: 404,
      message: 'Not Found',
    });
  });

  it('reports collaborator permissions the way GitHub maps roles', async () => {
    const levels: Permission[] = ['admin', 'maintain', 'write', 'triage', 'read'];
    for (const permission of levels)
      ctx.emu.setCollaboratorPermission({
        owner: OWNER,
        name: REPO,
        login: `u-${permission}`,
        permission,
      });
    const reported = [];
    for (const login of [...levels.map((l) => `u-${l}`), 'stranger', OWNER]) {
      const { data } = await ctx.octokit.repos.getCollaboratorPermissionLevel({
        owner: OWNER,
        repo: REPO,
        username: login,
      });
      reported.push([login, data.permission, data.role_name, data.user?.login]);
    }
    expect(reported).toEqual([
      ['u-admin', 'admin', 'admin', 'u-admin'],
      ['u-maintain', 'write', 'maintain', 'u-maintain'],
      ['u-write', 'write', 'write', 'u-write'],
      ['u-triage', 'read', 'triage', 'u-triage'],
      ['u-read', 'read', 'read', 'u-read'],
      ['stranger', 'read', 'read', 'stranger'],
      [OWNER, 'admin', 'admin', OWNER],
    ]);
  });

  it('gives strangers no permission on a private repository', async () => {
    ctx.emu.createRepo({ owner: OWNER, name: 'secret', files: {}, private: true });
    const { data } = await ctx.octokit.repos.getCollaboratorPermissionLevel({
      owner: OWNER,
      repo: 'secret',
      username: 'stranger',
    });
    expect(data.permission).toBe('none');
    ctx.emu.setCollaboratorPermission({
      owner: OWNER,
      name: 'secret',
      login: 'stranger',
      permission: 'write',
    });
    ctx.emu.setCollaboratorPermission({
      owner: OWNER,
      name: 'secret',
      login: 'stranger',
      permission: 'none',
    });
    expect(ctx.emu.state(OWNER, 'secret').collaborators).toEqual({});
  });

  it('gets a branch and lists commits', async () => {
    ctx.emu.commit({
      owner: OWNER,
      name: REPO,
      branch: 'main',
      files: { 'README.md': 'v2\n' },
      message: 'second',
    });
    ctx.emu.commit({
      owner: OWNER,
      name: REPO,
      branch: 'main',
      files: { 'other.md': 'o\n' },
      message: 'third',
    });
    const branch = await ctx.octokit.repos.getBranch({ owner: OWNER, repo: REPO, branch: 'main' });
    expect(branch.data.commit.sha).toBe(ctx.emu.state(OWNER, REPO).branches.main);
    const { data } = await ctx.octokit.repos.listCommits({ owner: OWNER, repo: REPO });
    expect(data.map((c) => c.commit.message)).toEqual(['third', 'second', 'Initial commit']);
    const touching = await ctx.octokit.repos.listCommits({
      owner: OWNER,
      repo: REPO,
      path: 'README.md',
    });
    expect(touching.data.map((c) => c.commit.message)).toEqual(['second', 'Initial commit']);
    expect(
      await statusOf(ctx.octokit.repos.getBranch({ owner: OWNER, repo: REPO, branch: 'nope' })),
    ).toMatchObject({
      status: 404,
      message: 'Branch not found',
    });
  });
});

describe('control methods', () => {
  it('creates a repository with an initial commit and refuses duplicates', () => {
    const state = ctx.emu.state(OWNER, REPO);
    expect(state.defaultBranch).toBe('main');
    expect(Object.keys(state.branches)).toEqual(['main']);
    const head = state.commits(state.branches.main ?? '');
    expect(head).toMatchObject({ message: 'Initial commit', parents: [], verified: false });
    expect(ctx.emu.listFiles(OWNER, REPO, 'main')).toEqual(Object.keys(INITIAL_FILES).sort());
    expect(() => ctx.emu.createRepo({ owner: OWNER, name: REPO, files: {} })).toThrow(
      EmulatorUsageError,
    );
  });

  it('commits as a person: new branches start at the default branch, null deletes', () => {
    const main = ctx.emu.state(OWNER, REPO).branches.main ?? '';
    const sha = ctx.emu.commit({
      owner: OWNER,
      name: REPO,
      branch: 'topic',
      files: { 'docs/guide.md': null, 'new.bin': Buffer.from([0, 255, 10]) },
      message: 'edit',
      author: { name: 'Bob', email: 'bob@example.com', login: 'bob' },
    });
    const info = ctx.emu.commitInfo(OWNER, REPO, sha);
    expect(info).toMatchObject({
      message: 'edit',
      parents: [main],
      verified: false,
      author: { name: 'Bob', email: 'bob@example.com' },
    });
    expect(ctx.emu.listFiles(OWNER, REPO, 'topic')).toEqual(['README.md', 'new.bin']);
    expect(ctx.emu.readFileBytes(OWNER, REPO, 'topic', 'new.bin')).toEqual(
      Buffer.from([0, 255, 10]),
    );
    expect(ctx.emu.readFile(OWNER, REPO, 'main', 'docs/guide.md')).toBe('Guide\n');
    expect(ctx.emu.readFile(OWNER, REPO, 'nope', 'README.md')).toBeUndefined();
  });

  it('returns snapshots that later changes do not touch', async () => {
    const before = ctx.emu.state(OWNER, REPO);
    ctx.emu.createIssue({
      owner: OWNER,
      name: REPO,
      title: 't',
      body: 'b',
      user: { login: 'alice', id: 1 },
    });
    await ctx.octokit.issues.createComment({
      owner: OWNER,
      repo: REPO,
      issue_number: 1,
      body: 'c',
    });
    expect(before.issues).toEqual([]);
    expect(before.comments).toEqual([]);
    const after = ctx.emu.state(OWNER, REPO);
    expect(after.issues.map((i) => [i.number, i.comments])).toEqual([[1, 1]]);
    expect(Object.isFrozen(after.issues)).toBe(true);
  });

  it('moves and deletes branches like a person', () => {
    const first = ctx.emu.state(OWNER, REPO).branches.main ?? '';
    ctx.emu.commit({
      owner: OWNER,
      name: REPO,
      branch: 'topic',
      files: { 'x.md': 'x' },
      message: 'x',
    });
    ctx.emu.moveBranch({ owner: OWNER, name: REPO, branch: 'topic', sha: first });
    expect(ctx.emu.state(OWNER, REPO).branches.topic).toBe(first);
    ctx.emu.deleteBranch({ owner: OWNER, name: REPO, branch: 'topic' });
    expect(ctx.emu.state(OWNER, REPO).branches.topic).toBeUndefined();
    expect(() => ctx.emu.deleteBranch({ owner: OWNER, name: REPO, branch: 'topic' })).toThrow(
      EmulatorUsageError,
    );
  });

  it('uses the configured token and bot', async () => {
    const { startGitHubEmulator } = await import('../support/github-emulator/index.js');
    const lines: string[] = [];
    const emu = await startGitHubEmulator({
      token: 'other',
      bot: { login: 'paper-bot[bot]', id: 7 },
      log: (l) => lines.push(l),
    });
    try {
      emu.createRepo({ owner: 'o', name: 'r', files: { 'a.md': 'a' } });
      emu.createIssue({
        owner: 'o',
        name: 'r',
        title: 't',
        body: null,
        user: { login: 'u', id: 2 },
      });
      const { Octokit } = await import('@octokit/rest');
      const octokit = new Octokit({ auth: 'other', baseUrl: emu.url });
      const { data } = await octokit.issues.createComment({
        owner: 'o',
        repo: 'r',
        issue_number: 1,
        body: 'hi',
      });
      expect(data.user).toMatchObject({ login: 'paper-bot[bot]', id: 7, type: 'Bot' });
      expect(lines).toEqual(['POST /repos/o/r/issues/1/comments -> 201']);
    } finally {
      await emu.close();
    }
  });
});
