// Events that arrive late or twice: a re-run keeps the first attempt's GITHUB_SHA and payload,
// and a label the bot applies itself may come back as a labeled event with a stale comment
// count. Neither may build on an old base nor leave a second comment.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { issuesPayload, runAction } from '../support/run-action.js';
import { projectRoot } from '../support/project-root.js';
import {
  BRANCH,
  botComments,
  FILER,
  OWNER,
  REPO,
  startScenario,
  TOKEN,
  type Scenario,
} from './scenario.js';

let scenario: Scenario;
afterEach(async () => {
  await scenario?.close();
});

/** Delivers an `issues` event with the payload and GITHUB_SHA the caller gives. */
function deliver(
  s: Scenario,
  action: string,
  issue: number,
  sha: string,
  extra: { env?: Record<string, string>; comments?: number; label?: string; later?: boolean } = {},
) {
  const state = s.state().issues.find((i) => i.number === issue)!;
  return runAction({
    apiUrl: s.emulator.url,
    repository: `${OWNER}/${REPO}`,
    eventName: 'issues',
    payload: issuesPayload({
      action,
      owner: OWNER,
      repo: REPO,
      number: issue,
      title: state.title,
      body: state.body ?? '',
      author: FILER,
      labels: state.labels,
      comments: extra.comments ?? state.comments,
      createdAt: state.createdAt,
      updatedAt: extra.later ? '2099-01-01T00:00:00Z' : state.createdAt,
      ...(extra.label ? { label: extra.label } : {}),
    }),
    inputs: { 'github-token': TOKEN, 'config-path': '.github/paper-list.yml' },
    sha,
    ...(extra.env ? { env: extra.env } : {}),
  });
}

describe('late and repeated events', () => {
  it('a re-run of an old event builds on the current head and keeps one comment', async () => {
    scenario = await startScenario();
    const issue = scenario.fileIssue();
    const first = scenario.state().branches.main!;
    await deliver(scenario, 'opened', issue, first);
    const moved = scenario.emulator.commit({
      owner: OWNER,
      name: REPO,
      branch: 'main',
      message: 'Unrelated edit',
      files: { 'CONTRIBUTING.md': 'Be kind.\n' },
    });
    const rerun = await deliver(scenario, 'opened', issue, first, {
      env: { GITHUB_RUN_ATTEMPT: '2' },
      comments: 0,
    });
    expect(rerun.code, rerun.stderr).toBe(0);
    const head = scenario.emulator.commitInfo(OWNER, REPO, scenario.state().branches[BRANCH]!);
    expect(head.parents).toEqual([moved]);
    expect(botComments(scenario, issue)).toHaveLength(1);
  });

  it('the labeled event of the label the bot applied leaves one comment', async () => {
    scenario = await startScenario();
    const body = readFileSync(
      path.join(projectRoot(), 'test/fixtures/add/invalid-fields/issue.md'),
      'utf8',
    );
    const issue = scenario.fileIssue({ labels: [], body });
    const sha = scenario.state().branches.main!;
    const opened = await deliver(scenario, 'opened', issue, sha);
    expect(opened.outputs.result).toBe('invalid');
    // The bot's own label, delivered later with the comment count of before its comment.
    const labeled = await deliver(scenario, 'labeled', issue, sha, {
      comments: 0,
      label: 'new-paper',
      later: true,
    });
    expect(labeled.code, labeled.stderr).toBe(0);
    expect(botComments(scenario, issue)).toHaveLength(1);
  });

  it('takes a label that differs from form-label only in case for the form label', async () => {
    scenario = await startScenario();
    const issue = scenario.fileIssue({ labels: ['New-Paper'] });
    scenario.emulator.resetRequests();
    const run = await deliver(scenario, 'opened', issue, scenario.state().branches.main!);
    expect(run.outputs.result).toBe('created');
    expect(scenario.emulator.requests.map((r) => r.path)).not.toContain(
      `/repos/${OWNER}/${REPO}/labels`,
    );
    expect(scenario.emulator.requests.length).toBeLessThanOrEqual(7);
  });
});
