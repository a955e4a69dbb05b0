// GitHub faults, end to end through `run()`: the API fails, rate-limits and conflicts. The decided behaviour is in the
// README's "Faults and races" table; each test checks the final state: the right entry on the
// branch, never a second pull request, never a second comment, nothing lost.
import { afterEach, describe, expect, it } from 'vitest';
import {
  everythingVisible,
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

describe('server errors', () => {
  it('retries a 502 on every call of an add, within bounds, and ends in the right state', async () => {
    scenario = await startScenario();
    const issue = scenario.fileIssue();
    for (const [method, path] of [
      ['GET', /\/contents\/\.github\/ISSUE_TEMPLATE\//],
      ['GET', /\/contents\/README\.md/],
      ['POST', /\/git\/refs$/],
      ['PUT', /\/contents\//],
      ['POST', /\/pulls$/],
      ['POST', /\/comments$/],
    ] as const) {
      scenario.emulator.failNext({ method, path, status: 502 });
    }
    const run = await scenario.issueEvent('opened', issue);
    expect(run.code, run.stderr + run.stdout).toBe(0);
    expect(run.outputs.result).toBe('created');
    expectOneProposal(scenario);
    expect(scenario.emulator.requests.filter((r) => r.status === 502)).toHaveLength(6);
    // Each failed call but the comment was retried once, after plugin-retry's first back-off;
    // a comment is never posted twice blindly: the gateway looks for it before posting again.
    expect(run.waits).toEqual([1000, 1000, 1000, 1000, 1000]);
  }, 90_000);

  it('keeps one comment and one pull request when GitHub answers 502 after storing them', async () => {
    scenario = await startScenario();
    const issue = scenario.fileIssue();
    scenario.emulator.failNext({ method: 'POST', path: /\/pulls$/, status: 502, applied: true });
    scenario.emulator.failNext({ method: 'POST', path: /\/comments$/, status: 502, applied: true });
    const run = await scenario.issueEvent('opened', issue);
    expect(run.code, run.stderr + run.stdout).toBe(0);
    expectOneProposal(scenario);
  }, 60_000);

  it('gives up after bounded retries with a clear error, and the next run finishes the job', async () => {
    scenario = await startScenario();
    const issue = scenario.fileIssue();
    scenario.emulator.failNext({ method: 'POST', path: /\/pulls$/, status: 500, times: 4 });
    const failed = await scenario.issueEvent('opened', issue);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(
      /::error::GitHub answered 500 .* to POST \/repos\/curator\/reading-list\/pulls/,
    );
    expect(
      scenario.emulator.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/pulls')),
    ).toHaveLength(4);
    // Three retries, backing off 1, 4 and 9 s, then the run gives up.
    expect(failed.waits).toEqual([1000, 4000, 9000]);
    expect(everythingVisible(failed, scenario)).not.toContain(TOKEN);
    // Nothing is lost: the branch holds the entry, and a re-run opens the pull request.
    expect(scenario.read(BRANCH, 'README.md')).toContain(FIRST_LINE);
    const rerun = await scenario.issueEvent('opened', issue);
    expect(rerun.code, rerun.stderr + rerun.stdout).toBe(0);
    expectOneProposal(scenario);
  }, 90_000);
});

describe('rate limits', () => {
  it('waits out a secondary rate limit as long as retry-after says, then succeeds', async () => {
    scenario = await startScenario();
    const issue = scenario.fileIssue();
    scenario.emulator.secondaryRateLimitNext({
      method: 'POST',
      path: /\/pulls$/,
      retryAfterSeconds: 2,
    });
    const run = await scenario.issueEvent('opened', issue);
    expect(run.code, run.stderr + run.stdout).toBe(0);
    // The one pause of the run is the rate limit's, as long as retry-after said.
    expect(run.waits).toEqual([2000]);
    expect(run.stdout).toContain('secondary rate limit');
    expectOneProposal(scenario);
  }, 60_000);

  it('does not wait an hour: a long retry-after fails the run with the reason', async () => {
    scenario = await startScenario();
    const issue = scenario.fileIssue();
    scenario.emulator.secondaryRateLimitNext({
      method: 'POST',
      path: /\/git\/refs$/,
      retryAfterSeconds: 3600,
    });
    const started = Date.now();
    const run = await scenario.issueEvent('opened', issue);
    expect(run.code).toBe(1);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(run.waits).toEqual([]);
    expect(run.stdout).toMatch(/secondary rate limit.*giving up/);
    expect(Object.keys(scenario.state().branches)).toEqual(['main']);
  }, 60_000);
});

describe('conflicts', () => {
  it('re-reads and retries once on 409 (file changed since read)', async () => {
    scenario = await startScenario();
    const issue = scenario.fileIssue();
    scenario.emulator.failNext({
      method: 'PUT',
      path: /\/contents\//,
      status: 409,
      body: { message: 'README.md does not match 0000000000000000000000000000000000000000' },
    });
    const run = await scenario.issueEvent('opened', issue);
    expect(run.code, run.stderr + run.stdout).toBe(0);
    expect(scenario.emulator.requests.filter((r) => r.method === 'PUT')).toHaveLength(2);
    expectOneProposal(scenario);
  }, 60_000);

  it('adopts a branch and a pull request left by a run that stopped half way', async () => {
    scenario = await startScenario();
    const issue = scenario.fileIssue();
    // The first run pushed and opened the pull request, then died before commenting.
    scenario.emulator.failNext({ method: 'POST', path: /\/comments$/, status: 500, times: 2 });
    const broken = await scenario.issueEvent('opened', issue);
    expect(broken.code).toBe(1);
    expect(scenario.state().pulls).toHaveLength(1);
    expect(botComments(scenario)).toHaveLength(0);
    const rerun = await scenario.issueEvent('opened', issue);
    expect(rerun.code, rerun.stderr + rerun.stdout).toBe(0);
    expect(rerun.outputs.result).toBe('unchanged');
    expectOneProposal(scenario);
  }, 60_000);
});
