// End to end: workflow_dispatch re-sorts the list through one pull request. The first test runs
// the committed bundle as the runner does (a smoke test of the bundle), the second `run()`.
import { afterEach, describe, expect, it } from 'vitest';
import { corpusFile, REFERENCE } from '../support/corpus.js';
import { OWNER, REPO, startScenario, type Scenario } from './scenario.js';

let scenario: Scenario;

afterEach(async () => {
  await scenario?.close();
});

describe('workflow_dispatch', () => {
  it('opens one pull request on an unsorted list, and updates it on the next run', async () => {
    const quantization = corpusFile(`${REFERENCE}/quantization.md`).text;
    scenario = await startScenario(
      {
        'quantization.md': quantization,
        // No issue form of the list's own: the form's Section options would not name
        // quantization.md's sections, and the run would propose a form pull request too (that
        // is test/e2e/refresh.e2e.test.ts's business).
        '.github/paper-list.yml':
          'files:\n  - README.md\n  - quantization.md\nlabels: [paper-list]\nform-template: .github/ISSUE_TEMPLATE/none.yml\n',
      },
      { spawn: true },
    );
    const run = await scenario.dispatch();
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs.result).toBe('sorted');
    const state = scenario.state();
    expect(state.pulls).toHaveLength(1);
    const pull = state.pulls[0]!;
    expect(pull).toMatchObject({
      headRef: 'paper-list-bot/sort',
      baseRef: 'main',
      labels: ['paper-list'],
    });
    expect(pull.body).toContain('#### QAT (`quantization.md`)');
    expect(run.summary).toMatch(/QAT.*LSQ\+/);
    // Only quantization.md changed, and only by moving whole entries.
    const sorted = scenario.read('paper-list-bot/sort', 'quantization.md')!;
    expect(sorted).not.toBe(quantization);
    expect(sorted.split('\n').sort()).toEqual(quantization.split('\n').sort());
    expect(scenario.read('paper-list-bot/sort', 'README.md')).toBe(
      scenario.read('main', 'README.md'),
    );

    const again = await scenario.dispatch();
    expect(again.code, again.stderr).toBe(0);
    expect(scenario.state().pulls).toHaveLength(1);
  });

  it('opens nothing when the list is in order, and the summary says so', async () => {
    scenario = await startScenario();
    const run = await scenario.dispatch();
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs.result).toBe('unchanged');
    expect(run.summary).toContain('Every section is in order');
    expect(scenario.state().pulls).toHaveLength(0);
    expect(Object.keys(scenario.state().branches)).toEqual(['main']);
    expect(`${OWNER}/${REPO}`).toBe('curator/reading-list');
  });
});
