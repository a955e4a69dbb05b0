// End to end: the action against the GitHub API emulator on loopback, nothing stubbed. The first
// add runs the committed bundle dist/index.js as the Actions runner runs it (a smoke test of
// the bundle); the others run `run()` in-process, their pauses recorded instead of waited.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { addedLines, isEntryWithSeparator } from '../support/list-helpers.js';
import {
  EXAMPLE_ISSUE,
  EXAMPLE_LIST,
  everythingVisible,
  OWNER,
  REPO,
  startScenario,
  TOKEN,
  type Scenario,
  BRANCH,
  botComments,
} from './scenario.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MARKER = '<!-- paper-list-bot:comment -->';
let scenario: Scenario;

afterEach(async () => {
  await scenario?.close();
});

describe('issues opened', () => {
  it('pushes one verified commit, opens a PR that closes the issue, and comments with the link', async () => {
    scenario = await startScenario({}, { spawn: true });
    const issue = scenario.fileIssue();
    const mainBefore = scenario.state().branches.main!;
    scenario.emulator.resetRequests();
    const run = await scenario.issueEvent('opened', issue);

    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs).toEqual({
      result: 'created',
      'pull-request-number': '2',
      'pull-request-url': `https://github.com/${OWNER}/${REPO}/pull/2`,
    });
    // An add costs at most 7 REST calls.
    expect(scenario.emulator.requests.length).toBeLessThanOrEqual(7);

    const state = scenario.state();
    expect(state.branches.main).toBe(mainBefore);
    const branchFile = scenario.read(BRANCH, 'README.md')!;
    const added = addedLines(EXAMPLE_LIST, branchFile);
    expect(isEntryWithSeparator(added, added.filter((l) => l !== '').join('\n'))).toBe(true);
    expect(added[0]).toBe('- **Masked Autoencoders Are Scalable Vision Learners** <Br>');
    expect(branchFile.split('\n')[12]).toBe(added[0]);

    const head = scenario.emulator.commitInfo(OWNER, REPO, state.branches[BRANCH]!);
    expect(head.parents).toEqual([mainBefore]);
    expect(head.verified).toBe(true);
    expect(head.message).toMatch(
      /^Add “Masked Autoencoders Are Scalable Vision Learners” to Vision Transformers \(#1\)/,
    );
    expect(head.message).toContain(
      'Co-authored-by: ada-lovelace <4242+ada-lovelace@users.noreply.github.com>',
    );

    expect(state.pulls).toHaveLength(1);
    const pull = state.pulls[0]!;
    expect(pull).toMatchObject({ state: 'open', headRef: BRANCH, baseRef: 'main' });
    expect(pull.body).toMatch(/^Closes #1\n/);
    expect(pull.body).toContain('[`README.md` line 13]');

    const comments = botComments(scenario);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain(
      '#2 adds **Masked Autoencoders Are Scalable Vision Learners** to **Vision Transformers**',
    );
    expect(comments[0]!.body.endsWith(MARKER)).toBe(true);

    expect(run.summary).toContain('Opened #2');
    expect(run.stdout).toContain('::group::Push paper-list-bot/issue-1');
    expect(everythingVisible(run, scenario)).not.toContain(TOKEN);
  });

  it('leaves the same state when the same event is delivered again', async () => {
    scenario = await startScenario();
    const issue = scenario.fileIssue();
    await scenario.issueEvent('opened', issue);
    const before = scenario.state();
    const again = await scenario.issueEvent('opened', issue);
    expect(again.code, again.stderr).toBe(0);
    expect(again.outputs.result).toBe('unchanged');
    // Nothing to wait for: no pacing, no retry.
    expect(again.waits).toEqual([]);
    const after = scenario.state();
    expect(after.branches).toEqual(before.branches);
    expect(after.pulls.map((p) => [p.number, p.state, p.title, p.body])).toEqual(
      before.pulls.map((p) => [p.number, p.state, p.title, p.body]),
    );
    expect(after.comments.map((c) => [c.id, c.body])).toEqual(
      before.comments.map((c) => [c.id, c.body]),
    );
  });

  it('skips an issue without the form label that is not shaped like the form', async () => {
    scenario = await startScenario();
    const issue = scenario.fileIssue({
      labels: ['question'],
      body: '### Question\n\nHow do I add a paper?',
    });
    const run = await scenario.issueEvent('opened', issue);
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('skipped');
    expect(scenario.state().pulls).toHaveLength(0);
    expect(botComments(scenario)).toHaveLength(0);
  });
});

describe('issues edited', () => {
  it('regenerates the same branch from the current default branch and updates PR and comment', async () => {
    scenario = await startScenario();
    const issue = scenario.fileIssue();
    await scenario.issueEvent('opened', issue);
    // The default branch moves on between the runs.
    const moved = scenario.emulator.commit({
      owner: OWNER,
      name: REPO,
      branch: 'main',
      files: { 'CONTRIBUTING.md': 'Use the issue form.\n' },
      message: 'Add contributing notes',
    });
    const edited = EXAMPLE_ISSUE.replace('CVPR 2022 Oral', 'ICCV 2021');
    const run = await scenario.issueEvent('edited', issue, { body: edited });
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs.result).toBe('updated');
    expect(run.outputs['pull-request-number']).toBe('2');

    const state = scenario.state();
    expect(state.pulls).toHaveLength(1);
    expect(state.pulls[0]!.body).toContain('[ICCV 2021]');
    const head = scenario.emulator.commitInfo(OWNER, REPO, state.branches[BRANCH]!);
    expect(head.parents).toEqual([moved]);
    expect(scenario.read(BRANCH, 'CONTRIBUTING.md')).toBe('Use the issue form.\n');
    const added = addedLines(EXAMPLE_LIST, scenario.read(BRANCH, 'README.md')!);
    expect(added).toContain(
      '[ICCV 2021] [[Paper](https://arxiv.org/abs/2111.06377)] [[Pytorch-Code](https://github.com/facebookresearch/mae)] <Br>',
    );
    const comments = botComments(scenario);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain(
      '#2 adds **Masked Autoencoders Are Scalable Vision Learners**',
    );
  });
});

describe('default branch moved between runs', () => {
  it('rebuilds the pull request on the new head even when the issue did not change', async () => {
    scenario = await startScenario();
    const issue = scenario.fileIssue();
    await scenario.issueEvent('opened', issue);
    const first = scenario.state().branches[BRANCH]!;
    const moved = scenario.emulator.commit({
      owner: OWNER,
      name: REPO,
      branch: 'main',
      files: { 'README.md': EXAMPLE_LIST.replace('# Reading list', '# Reading list of our group') },
      message: 'Rename the list',
    });
    const run = await scenario.issueEvent('reopened', issue);
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs.result).toBe('updated');
    const state = scenario.state();
    expect(state.branches[BRANCH]).not.toBe(first);
    expect(scenario.emulator.commitInfo(OWNER, REPO, state.branches[BRANCH]!).parents).toEqual([
      moved,
    ]);
    const branchText = scenario.read(BRANCH, 'README.md')!;
    expect(branchText.startsWith('# Reading list of our group\n')).toBe(true);
    expect(addedLines(scenario.read('main', 'README.md')!, branchText)[0]).toBe(
      '- **Masked Autoencoders Are Scalable Vision Learners** <Br>',
    );
    expect(state.pulls).toHaveLength(1);
    expect(botComments(scenario)).toHaveLength(1);
  });
});

describe('invalid and duplicate issues', () => {
  it('comments the problems by field and pushes nothing', async () => {
    scenario = await startScenario();
    const body = readFileSync(path.join(root, 'test/fixtures/add/invalid-fields/issue.md'), 'utf8');
    const issue = scenario.fileIssue({ body });
    const run = await scenario.issueEvent('opened', issue);
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs.result).toBe('invalid');
    expect(run.outputs['pull-request-number']).toBe('');
    expect(Object.keys(scenario.state().branches)).toEqual(['main']);
    const comment = botComments(scenario)[0]!.body;
    for (const label of [
      'Title',
      'Authors',
      'Venue and year',
      'Paper link',
      'Other links',
      'Rating',
    ]) {
      expect(comment).toContain(`- **${label}**:`);
    }
  });

  it('comments where the paper already is and pushes nothing', async () => {
    scenario = await startScenario();
    const body = readFileSync(
      path.join(root, 'test/fixtures/add/duplicate-arxiv/issue.md'),
      'utf8',
    );
    const issue = scenario.fileIssue({ body });
    const run = await scenario.issueEvent('opened', issue);
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs.result).toBe('duplicate');
    expect(Object.keys(scenario.state().branches)).toEqual(['main']);
    expect(botComments(scenario)[0]!.body).toContain(
      `https://github.com/${OWNER}/${REPO}/blob/main/README.md#L23`,
    );
  });
});

describe('issues closed', () => {
  it('closes the bot PR and deletes its branch when the issue is closed without merging', async () => {
    scenario = await startScenario();
    const issue = scenario.fileIssue();
    await scenario.issueEvent('opened', issue);
    const run = await scenario.issueEvent('closed', issue);
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs.result).toBe('closed');
    const state = scenario.state();
    expect(state.pulls[0]!.state).toBe('closed');
    expect(state.pulls[0]!.merged).toBe(false);
    expect(state.branches[BRANCH]).toBeUndefined();
  });

  it('leaves a merged PR and its history alone', async () => {
    scenario = await startScenario();
    const issue = scenario.fileIssue();
    await scenario.issueEvent('opened', issue);
    scenario.emulator.mergePullRequest({ owner: OWNER, name: REPO, number: 2 });
    const run = await scenario.issueEvent('closed', issue);
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs.result).toBe('unchanged');
    expect(scenario.state().pulls[0]!.merged).toBe(true);
  });
});
