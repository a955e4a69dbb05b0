// First contact: what happens on a repository fresh from GitHub, where the form's label does not
// exist yet (GitHub then files the issue without it), and when GitHub sends `opened` and
// `labeled` together for one submission. The action's `run()` against the emulator.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../support/project-root.js';
import {
  botComments,
  expectOneProposal,
  OWNER,
  REPO,
  startScenario,
  type Scenario,
} from './scenario.js';

let scenario: Scenario;
afterEach(async () => {
  await scenario?.close();
});

const writes = (s: Scenario) => s.emulator.requests.filter((r) => r.method !== 'GET');

describe('a repository without the new-paper label', () => {
  it('takes an unlabelled issue shaped like the form, labels it, opens the PR and comments once', async () => {
    scenario = await startScenario();
    expect(scenario.state().labels).not.toContain('new-paper');
    const issue = scenario.fileIssue({ labels: [] });
    scenario.emulator.resetRequests();
    const run = await scenario.issueEvent('opened', issue);

    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs.result).toBe('created');
    expectOneProposal(scenario);
    expect(scenario.state().labels).toContain('new-paper');
    expect(scenario.state().issues.find((i) => i.number === issue)!.labels).toEqual(['new-paper']);
    const calls = scenario.emulator.requests.map((r) => `${r.method} ${r.path}`);
    expect(calls).toContain(`POST /repos/${OWNER}/${REPO}/labels`);
    expect(calls).toContain(`POST /repos/${OWNER}/${REPO}/issues/${issue}/labels`);
    // The labelled add's 7 calls, and the two that create and apply the label.
    expect(calls.length).toBeLessThanOrEqual(9);
  });

  it('skips an issue that is neither labelled nor shaped like the form, writing nothing', async () => {
    scenario = await startScenario();
    const issue = scenario.fileIssue({
      labels: [],
      body: '### Describe the bug\n\nThe bot crashed.\n\n### Steps\n\n1. File an issue',
    });
    scenario.emulator.resetRequests();
    const run = await scenario.issueEvent('opened', issue);
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs.result).toBe('skipped');
    expect(run.stdout).toMatch(/neither carries the "new-paper" label nor holds the headings/);
    expect(writes(scenario)).toEqual([]);
    expect(scenario.state().labels).not.toContain('new-paper');
  });
});

describe('opened and labeled delivered together', () => {
  it('does the work once: one PR, one comment, and the labeled run makes no call', async () => {
    scenario = await startScenario();
    const issue = scenario.fileIssue();
    scenario.emulator.resetRequests();
    const [opened, labeled] = await Promise.all([
      scenario.issueEvent('opened', issue),
      scenario.issueEvent('labeled', issue, { label: 'new-paper' }),
    ]);
    expect(opened.code, opened.stderr).toBe(0);
    expect(labeled.code, labeled.stderr).toBe(0);
    expect(opened.outputs.result).toBe('created');
    expect(labeled.outputs.result).toBe('skipped');
    expect(labeled.stdout).toContain('when it was opened');
    expectOneProposal(scenario);
    // Everything the pair cost is the opened run's add.
    expect(scenario.emulator.requests.length).toBeLessThanOrEqual(7);
  });

  it('acts on a label a maintainer adds later to an issue the bot skipped', async () => {
    scenario = await startScenario();
    const body = readFileSync(path.join(projectRoot(), 'examples/new-paper-issue.md'), 'utf8');
    // The headings were lost (pasted as plain text): not recognisable as a submission.
    const issue = scenario.fileIssue({ labels: [], body: body.replace(/^### /gm, '') });
    expect((await scenario.issueEvent('opened', issue)).outputs.result).toBe('skipped');
    scenario.emulator.labelIssue({
      owner: OWNER,
      name: REPO,
      number: issue,
      label: 'new-paper',
      afterSeconds: 60,
    });
    const run = await scenario.issueEvent('labeled', issue, { label: 'new-paper' });
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs.result).toBe('invalid');
    expect(botComments(scenario, issue)).toHaveLength(1);
    expect(botComments(scenario, issue)[0]!.body).toContain('not filed with the "New paper" form');
  });
});
