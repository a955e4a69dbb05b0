import { describe, expect, it } from 'vitest';
import { closedByKeywords } from '../support/github-emulator/closing-keywords.js';
import { OWNER, REPO, useEmulator } from './helpers.js';

const ctx = useEmulator();

function issue(title: string): number {
  return ctx.emu.createIssue({
    owner: OWNER,
    name: REPO,
    title,
    body: 'x',
    user: { login: 'alice', id: 1 },
  }).number;
}

/** Opens a pull request from a new branch with `body`, into `base`. */
function pullWith(body: string, branch: string, base = 'main'): number {
  ctx.emu.commit({
    owner: OWNER,
    name: REPO,
    branch,
    files: { [`${branch}.md`]: 'x\n' },
    message: 'x',
  });
  return ctx.emu.openPullRequest({
    owner: OWNER,
    name: REPO,
    head: branch,
    base,
    title: 'A change',
    body,
    user: { login: 'alice', id: 1 },
  }).number;
}

const stateOf = (number: number) =>
  ctx.emu.state(OWNER, REPO).issues.find((i) => i.number === number)!;

describe('merging a pull request', () => {
  it('moves the default branch and closes the issues the body links with a closing keyword', () => {
    const [a, b, c] = [issue('a'), issue('b'), issue('c')];
    const number = pullWith(`Closes #${a}\nfixes: #${b}\nSee #${c}`, 'topic');
    const before = ctx.emu.state(OWNER, REPO).branches.main;
    const merge = ctx.emu.mergePullRequest({ owner: OWNER, name: REPO, number });
    const state = ctx.emu.state(OWNER, REPO);
    expect(state.branches.main).toBe(merge);
    expect(ctx.emu.commitInfo(OWNER, REPO, merge).parents[0]).toBe(before);
    expect(state.pulls[0]).toMatchObject({ state: 'closed', merged: true });
    expect(stateOf(a)).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(stateOf(b).state).toBe('closed');
    expect(stateOf(c).state).toBe('open');
  });

  it('closes nothing when the pull request goes into another branch', () => {
    const a = issue('a');
    ctx.emu.commit({
      owner: OWNER,
      name: REPO,
      branch: 'develop',
      files: { 'd.md': 'd\n' },
      message: 'd',
    });
    const number = pullWith(`Closes #${a}`, 'topic', 'develop');
    ctx.emu.mergePullRequest({ owner: OWNER, name: REPO, number });
    expect(stateOf(a).state).toBe('open');
  });
});

describe('closedByKeywords', () => {
  it('reads every tense, any case, once each', () => {
    expect(closedByKeywords('Resolved #3, CLOSE #4, fixed #3 and #5; refs #6')).toEqual([3, 4]);
    expect(closedByKeywords(null)).toEqual([]);
  });
});
