// People and races, end to end through `run()`: maintainers close pull requests and push to
// branches, permissions gate who may trigger, events arrive at once. The decided behaviour is in the
// README's "Faults and races" table; each test checks the final state: the right entry on the
// branch, never a second pull request, never a second comment, nothing lost.
import { afterEach, describe, expect, it } from 'vitest';
import { addedLines } from '../support/list-helpers.js';
import {
  EXAMPLE_ISSUE,
  EXAMPLE_LIST,
  OWNER,
  REPO,
  startScenario,
  TOKEN,
  type Scenario,
  BRANCH,
  FIRST_LINE,
  botComments,
  expectOneProposal,
} from './scenario.js';

let scenario: Scenario;

afterEach(async () => {
  await scenario?.close();
});

describe('people', () => {
  it('does not reopen a pull request a maintainer closed when the issue is edited', async () => {
    scenario = await startScenario();
    const issue = scenario.fileIssue();
    await scenario.issueEvent('opened', issue);
    const pull = scenario.state().pulls[0]!;
    await fetch(`${scenario.emulator.url}/repos/${OWNER}/${REPO}/pulls/${pull.number}`, {
      method: 'PATCH',
      headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'closed' }),
    });
    const run = await scenario.issueEvent('edited', issue, {
      body: EXAMPLE_ISSUE.replace('CVPR 2022 Oral', 'CVPR 2022'),
    });
    expect(run.code, run.stderr + run.stdout).toBe(0);
    expect(run.outputs.result).toBe('unchanged');
    expect(scenario.state().pulls).toHaveLength(1);
    expect(scenario.state().pulls[0]!.state).toBe('closed');
    const comments = botComments(scenario);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain(`A maintainer closed #${pull.number}`);
  }, 60_000);

  it('reopens the proposal when the issue is closed and reopened', async () => {
    scenario = await startScenario();
    const issue = scenario.fileIssue();
    await scenario.issueEvent('opened', issue);
    await scenario.issueEvent('closed', issue);
    const run = await scenario.issueEvent('reopened', issue);
    expect(run.code, run.stderr + run.stdout).toBe(0);
    expect(run.outputs.result).toBe('created');
    const pulls = scenario.state().pulls;
    expect(pulls.map((p) => p.state)).toEqual(['closed', 'open']);
    expect(botComments(scenario)).toHaveLength(1);
  }, 60_000);

  it('never overwrites commits people pushed to the bot branch: it comments instead', async () => {
    scenario = await startScenario();
    const issue = scenario.fileIssue();
    await scenario.issueEvent('opened', issue);
    const human = scenario.emulator.commit({
      owner: OWNER,
      name: REPO,
      branch: BRANCH,
      files: { 'README.md': `${scenario.read(BRANCH, 'README.md')!}\nA note by the maintainer.\n` },
      message: 'Fix the entry by hand',
      author: { name: 'Maintainer', email: 'maintainer@example.org', login: 'curator' },
    });
    const run = await scenario.issueEvent('edited', issue, {
      body: EXAMPLE_ISSUE.replace('CVPR 2022 Oral', 'CVPR 2022'),
    });
    expect(run.code, run.stderr + run.stdout).toBe(0);
    expect(run.outputs.result).toBe('unchanged');
    expect(scenario.state().branches[BRANCH]).toBe(human);
    expect(botComments(scenario)).toHaveLength(1);
    expect(botComments(scenario)[0]!.body).toContain('has commits that I did not make');
    // Closing the issue closes the pull request but keeps the people's branch.
    const closed = await scenario.issueEvent('closed', issue);
    expect(closed.outputs.result).toBe('closed');
    expect(scenario.state().branches[BRANCH]).toBe(human);
  }, 60_000);

  it('acts only on papers filed by people with the configured permission', async () => {
    scenario = await startScenario({ '.github/paper-list.yml': 'allowed-authors: maintainers\n' });
    const issue = scenario.fileIssue();
    scenario.emulator.setCollaboratorPermission({
      owner: OWNER,
      name: REPO,
      login: 'ada-lovelace',
      permission: 'write',
    });
    const refused = await scenario.issueEvent('opened', issue);
    expect(refused.code, refused.stderr + refused.stdout).toBe(0);
    expect(refused.outputs.result).toBe('skipped');
    expect(scenario.state().pulls).toHaveLength(0);
    expect(botComments(scenario)[0]!.body).toContain('only adds papers filed by its maintainers');
    scenario.emulator.setCollaboratorPermission({
      owner: OWNER,
      name: REPO,
      login: 'ada-lovelace',
      permission: 'maintain',
    });
    const accepted = await scenario.issueEvent('edited', issue);
    expect(accepted.outputs.result).toBe('created');
    expectOneProposal(scenario);
  }, 60_000);
});

describe('concurrency', () => {
  it('handles two issues at once: two branches, two pull requests, two comments', async () => {
    scenario = await startScenario();
    const first = scenario.fileIssue();
    const second = scenario.fileIssue({
      body: EXAMPLE_ISSUE.replace(
        'Masked Autoencoders Are Scalable Vision Learners',
        'Masked Siamese Networks for Label-Efficient Learning',
      ).replace('2111.06377', '2204.07141'),
    });
    const runs = await Promise.all([
      scenario.issueEvent('opened', first),
      scenario.issueEvent('opened', second),
    ]);
    for (const run of runs) expect(run.code, run.stderr + run.stdout).toBe(0);
    expect(scenario.state().pulls).toHaveLength(2);
    expect(botComments(scenario, first)).toHaveLength(1);
    expect(botComments(scenario, second)).toHaveLength(1);
    expect(scenario.read('paper-list-bot/issue-2', 'README.md')).toContain(
      'Masked Siamese Networks',
    );
  }, 90_000);

  it('converges when the same event is delivered twice at once: one PR, one comment', async () => {
    scenario = await startScenario();
    const issue = scenario.fileIssue();
    const runs = await Promise.all([
      scenario.issueEvent('opened', issue),
      scenario.issueEvent('opened', issue),
    ]);
    for (const run of runs) expect(run.code, run.stderr + run.stdout).toBe(0);
    const results = runs.map((r) => r.outputs.result);
    expect(results).toContain('created');
    expect(['updated', 'unchanged']).toContain(results.find((r) => r !== 'created'));
    expectOneProposal(scenario);
    expect(addedLines(EXAMPLE_LIST, scenario.read(BRANCH, 'README.md')!)[0]).toBe(FIRST_LINE);
  }, 90_000);
});
