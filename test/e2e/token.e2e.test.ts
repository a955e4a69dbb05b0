// The token never leaks: whatever happens, a recognisable fake token appears in none of what
// people can read (SECURITY.md). Every run spawns the committed bundle as the runner does, so
// what is checked is what the runner would show.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { projectRoot } from '../support/project-root.js';
import { runAction, issuesPayload } from '../support/run-action.js';
import {
  everythingVisible,
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

const fixture = (name: string) =>
  readFileSync(path.join(projectRoot(), 'test/fixtures/add', name, 'issue.md'), 'utf8');

it('never shows the token: in success, refusal, duplicate, failure and bad-credential runs', async () => {
  scenario = await startScenario({}, { spawn: true });
  const runs = [];
  runs.push(await scenario.issueEvent('opened', scenario.fileIssue()));
  runs.push(
    await scenario.issueEvent('opened', scenario.fileIssue({ body: fixture('invalid-fields') })),
  );
  runs.push(
    await scenario.issueEvent('opened', scenario.fileIssue({ body: fixture('duplicate-arxiv') })),
  );
  // The failure GitHub gives when the repository setting forbids Actions to open pull requests
  // (not retried, so the spawned bundle fails at once; retried failures are the fault tests').
  scenario.emulator.failNext({
    method: 'POST',
    path: /\/pulls$/,
    status: 403,
    body: { message: 'GitHub Actions is not permitted to create or approve pull requests.' },
  });
  runs.push(
    await scenario.issueEvent('opened', scenario.fileIssue({ body: fixture('insert-arxiv-yymm') })),
  );
  // A token the API refuses: the error names the request, not the token.
  const wrong = `${TOKEN}-revoked`;
  const refused = await runAction({
    apiUrl: scenario.emulator.url,
    repository: `${OWNER}/${REPO}`,
    eventName: 'issues',
    payload: issuesPayload({
      action: 'opened',
      owner: OWNER,
      repo: REPO,
      number: 1,
      title: 't',
      body: 'b',
      author: FILER,
      labels: ['new-paper'],
    }),
    inputs: { 'github-token': wrong },
    spawn: true,
  });
  expect(refused.code).toBe(1);
  expect(refused.stdout).toMatch(/::error::GitHub answered 401/);
  expect(runs[3]!.stdout).toMatch(/::error::GitHub answered 403 \(GitHub Actions is not permitted/);
  expect(everythingVisible(refused, scenario)).not.toContain(wrong);

  expect(runs.map((r) => r.outputs.result ?? `exit ${r.code}`)).toEqual([
    'created',
    'invalid',
    'duplicate',
    'exit 1',
  ]);
  for (const run of runs) expect(everythingVisible(run, scenario)).not.toContain(TOKEN);
  // The token did reach GitHub, in the Authorization header only.
  expect(scenario.emulator.requests.length).toBeGreaterThan(20);
}, 90_000);
