// End to end: the bot's pull requests stay in step as the list moves. A push to the default
// branch (or a schedule) rebuilds every pull request the head moved past, from its issue, on
// the head; closes those the head made pointless; leaves branches people committed to alone;
// and keeps the issue form's Section options in line with the list. The first test spawns
// the committed bundle; the others run `run()` in-process, their pauses recorded.
import { afterEach, describe, expect, it } from 'vitest';
import { addedLines } from '../support/list-helpers.js';
import { pushPayload, runAction, schedulePayload, type ActionRun } from '../support/run-action.js';
import {
  EXAMPLE_ISSUE,
  EXAMPLE_LIST,
  FORM,
  OWNER,
  REPO,
  TOKEN,
  botComments,
  startScenario,
  type Scenario,
} from './scenario.js';

let scenario: Scenario;

afterEach(async () => {
  await scenario?.close();
});

const INPUTS = { 'github-token': TOKEN, 'config-path': '.github/paper-list.yml' };
const FORM_PATH = '.github/ISSUE_TEMPLATE/new-paper.yml';

/** Runs the action on a push that moved `branch` (default main) to its current head. */
function push(s: Scenario, options: { branch?: string; spawn?: boolean } = {}): Promise<ActionRun> {
  const branch = options.branch ?? 'main';
  const after = s.state().branches[branch]!;
  const tree = s.emulator.commitInfo(OWNER, REPO, after).tree;
  return runAction({
    apiUrl: s.emulator.url,
    repository: `${OWNER}/${REPO}`,
    eventName: 'push',
    payload: pushPayload({ owner: OWNER, repo: REPO, after, treeId: tree, branch }),
    inputs: INPUTS,
    sha: after,
    spawn: options.spawn ?? false,
  });
}

function schedule(s: Scenario): Promise<ActionRun> {
  return runAction({
    apiUrl: s.emulator.url,
    repository: `${OWNER}/${REPO}`,
    eventName: 'schedule',
    payload: schedulePayload({ owner: OWNER, repo: REPO }),
    inputs: INPUTS,
    sha: s.state().branches.main!,
  });
}

/** An issue body for another paper of the same section and year as the example's. */
function paperIssue(n: number, section = 'Vision Transformers'): string {
  return EXAMPLE_ISSUE.replace(
    'Masked Autoencoders Are Scalable Vision Learners',
    `Scalable Vision Learners, Part ${n}`,
  )
    .replace('https://arxiv.org/abs/2111.06377', `https://arxiv.org/abs/2111.0${1000 + n}`)
    .replace('https://github.com/facebookresearch/mae', `https://github.com/example/part-${n}`)
    .replace('\nMAE\n', `\nPART${n}\n`)
    .replace('### Section\n\nVision Transformers', `### Section\n\n${section}`);
}

/** Files an issue and runs the bot on it; returns the issue and its pull request numbers. */
async function propose(s: Scenario, body: string): Promise<{ issue: number; pull: number }> {
  const issue = s.fileIssue({ body });
  const run = await s.issueEvent('opened', issue);
  expect(run.code, run.stdout).toBe(0);
  expect(run.outputs.result).toBe('created');
  return { issue, pull: Number(run.outputs['pull-request-number']) };
}

function merge(s: Scenario, number: number): string {
  return s.emulator.mergePullRequest({ owner: OWNER, name: REPO, number });
}

function pull(s: Scenario, number: number) {
  return s.state().pulls.find((p) => p.number === number)!;
}

/** The requests a run made, as `METHOD path`. */
function requests(s: Scenario): string[] {
  return s.emulator.requests.map((r) => `${r.method} ${r.path}`);
}

/** The writes among them. */
function writes(s: Scenario): string[] {
  return requests(s).filter((r) => !r.startsWith('GET '));
}

/** The pull request's branch holds the default branch's head plus its own entry, on the head. */
function expectOnHead(s: Scenario, number: number, title: string): void {
  const state = s.state();
  const head = state.branches[pull(s, number).headRef]!;
  expect(s.emulator.commitInfo(OWNER, REPO, head).parents).toEqual([state.branches.main]);
  const added = addedLines(s.read('main', 'README.md')!, s.read(head, 'README.md')!);
  expect(added.filter((line) => line.startsWith('- **'))).toEqual([`- **${title}** <Br>`]);
}

describe('push to the default branch', () => {
  it('skips a push to another branch before any API call, and reads only on main (the bundle)', async () => {
    scenario = await startScenario({}, { spawn: true });
    scenario.emulator.commit({
      owner: OWNER,
      name: REPO,
      branch: 'draft',
      files: { 'NOTES.md': 'draft\n' },
      message: 'A draft',
    });
    scenario.emulator.resetRequests();
    const run = await push(scenario, { branch: 'draft', spawn: true });
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs.result).toBe('skipped');
    expect(run.stdout).toContain('not to the default branch main');
    expect(scenario.emulator.requests).toEqual([]);

    // A push to main with nothing behind: four reads, no write, and the outputs say so.
    const idle = await push(scenario, { spawn: true });
    expect(idle.code, idle.stderr).toBe(0);
    expect(idle.outputs).toMatchObject({ result: 'unchanged', 'refreshed-pull-requests': '' });
    expect(idle.summary).toContain('Nothing to refresh: no pull request of the bot is open');
    expect(requests(scenario)).toEqual([
      `GET /repos/${OWNER}/${REPO}/contents/.github/paper-list.yml`,
      `GET /repos/${OWNER}/${REPO}/contents/README.md`,
      `GET /repos/${OWNER}/${REPO}/contents/${FORM_PATH}`,
      `GET /repos/${OWNER}/${REPO}/pulls`,
    ]);
  });

  it('rebuilds the pull requests a merge left behind, on the new head, and nothing else', async () => {
    scenario = await startScenario();
    const proposals = [];
    for (const n of [1, 2, 3]) proposals.push(await propose(scenario, paperIssue(n)));
    const [first, second, third] = proposals as [
      { issue: number; pull: number },
      { issue: number; pull: number },
      { issue: number; pull: number },
    ];
    merge(scenario, first.pull);
    expect(scenario.state().issues.find((i) => i.number === first.issue)!.state).toBe('closed');

    scenario.emulator.resetRequests();
    const run = await push(scenario);
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.result).toBe('refreshed');
    expect(run.outputs['refreshed-pull-requests']).toBe(`${second.pull},${third.pull}`);
    // 4 reads, then at most 6 requests per rebuilt pull request.
    expect(requests(scenario).length).toBeLessThanOrEqual(4 + 7 * 2);
    // Writes are paced: the run asked for pauses between them, and never really waited.
    expect(run.waits!.length).toBeGreaterThan(0);
    expectOnHead(scenario, second.pull, 'Scalable Vision Learners, Part 2');
    expectOnHead(scenario, third.pull, 'Scalable Vision Learners, Part 3');
    expect(scenario.state().pulls.filter((p) => p.state === 'open')).toHaveLength(2);
    for (const { issue } of proposals) expect(botComments(scenario, issue)).toHaveLength(1);
    expect(run.summary).toContain(`| [#${second.pull}]`);
    expect(run.summary).toMatch(
      new RegExp(`#${third.pull}\\].*\\| issue #${third.issue} \\| rebuilt \\|`),
    );

    merge(scenario, second.pull);
    const again = await push(scenario);
    expect(again.outputs['refreshed-pull-requests']).toBe(`${third.pull}`);
    expectOnHead(scenario, third.pull, 'Scalable Vision Learners, Part 3');

    scenario.emulator.resetRequests();
    const idle = await push(scenario);
    expect(idle.code, idle.stdout).toBe(0);
    expect(idle.outputs.result).toBe('unchanged');
    expect(idle.outputs['refreshed-pull-requests']).toBe('');
    expect(writes(scenario)).toEqual([]);
    expect(requests(scenario).length).toBeLessThanOrEqual(4);
    expect(idle.summary).toMatch(new RegExp(`#${third.pull}\\].*\\| up to date \\|`));
  });
});

/** Commits files to main as a person would; returns the new head. */
function commitToMain(s: Scenario, files: Record<string, string | null>, message: string): string {
  return s.emulator.commit({ owner: OWNER, name: REPO, branch: 'main', files, message });
}

describe('pull requests the head made pointless', () => {
  it('closes a pull request whose paper was added by hand, saying where the paper is', async () => {
    scenario = await startScenario();
    const { issue, pull: number } = await propose(scenario, EXAMPLE_ISSUE);
    const branch = pull(scenario, number).headRef;
    // A maintainer adds the same entry by hand.
    commitToMain(scenario, { 'README.md': scenario.read(branch, 'README.md')! }, 'Add MAE');

    const run = await push(scenario);
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.result).toBe('refreshed');
    expect(run.outputs['refreshed-pull-requests']).toBe(String(number));
    const closed = pull(scenario, number);
    expect(closed).toMatchObject({ state: 'closed', merged: false });
    expect(closed.body).toContain('<!-- paper-list-bot:closed-with-issue -->');
    expect(scenario.state().branches[branch]).toBeUndefined();
    const comments = botComments(scenario, issue);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain(
      '**Masked Autoencoders Are Scalable Vision Learners** is now in **Vision Transformers** on `main`',
    );
    expect(comments[0]!.body).toContain(
      `[\`README.md\` line 13](https://github.com/${OWNER}/${REPO}/blob/main/README.md#L13)`,
    );
    expect(comments[0]!.body).toContain(`so I closed #${number}`);
    expect(run.summary).toMatch(/\| closed \| the paper is already in its section/);
  });

  it('closes the pull request of an issue whose section was renamed; an edit opens a fresh one', async () => {
    scenario = await startScenario();
    const { issue, pull: number } = await propose(scenario, EXAMPLE_ISSUE);
    commitToMain(
      scenario,
      { 'README.md': EXAMPLE_LIST.replace('# Vision Transformers\n', '# Visual Transformers\n') },
      'Rename a section',
    );

    const run = await push(scenario);
    expect(run.code, run.stdout).toBe(0);
    expect(pull(scenario, number)).toMatchObject({ state: 'closed', merged: false });
    expect(pull(scenario, number).body).toContain('<!-- paper-list-bot:closed-with-issue -->');
    const comment = botComments(scenario, issue)[0]!.body;
    expect(comment).toContain(`so I closed #${number}`);
    expect(comment).toMatch(/- \*\*Section\*\*: .*Visual Transformers/);
    expect(run.summary).toMatch(/\| closed \| the issue no longer fits the list/);

    const edited = EXAMPLE_ISSUE.replace('Vision Transformers', 'Visual Transformers');
    scenario.emulator.editIssue({ owner: OWNER, name: REPO, number: issue, body: edited });
    const edit = await scenario.issueEvent('edited', issue, { body: edited });
    expect(edit.code, edit.stdout).toBe(0);
    expect(edit.outputs.result).toBe('created');
    const fresh = Number(edit.outputs['pull-request-number']);
    expect(fresh).not.toBe(number);
    expect(pull(scenario, fresh).state).toBe('open');
    expectOnHead(scenario, fresh, 'Masked Autoencoders Are Scalable Vision Learners');
    expect(botComments(scenario, issue)).toHaveLength(1);
  });
});

describe('branches people committed to', () => {
  it('leaves the pull request alone and lists it in the summary', async () => {
    scenario = await startScenario();
    const { pull: number } = await propose(scenario, EXAMPLE_ISSUE);
    const branch = pull(scenario, number).headRef;
    const human = scenario.emulator.commit({
      owner: OWNER,
      name: REPO,
      branch,
      files: { 'README.md': `${scenario.read(branch, 'README.md')!}\n` },
      message: 'A fix by hand',
    });
    const body = pull(scenario, number).body;
    commitToMain(scenario, { 'CONTRIBUTING.md': 'Use the form.\n' }, 'Contributing notes');

    scenario.emulator.resetRequests();
    const run = await push(scenario);
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.result).toBe('unchanged');
    expect(writes(scenario)).toEqual([]);
    expect(scenario.state().branches[branch]).toBe(human);
    expect(pull(scenario, number)).toMatchObject({ state: 'open', body });
    expect(run.summary).toMatch(
      new RegExp(`#${number}\\].*\\| left alone \\| its branch has commits made by people`),
    );
  });
});

describe('the issue form follows the list', () => {
  it('proposes one pull request that adds the new section to the options, then keeps it', async () => {
    scenario = await startScenario();
    commitToMain(
      scenario,
      { 'README.md': `${EXAMPLE_LIST}\n# Graph Neural Networks\n` },
      'A new section',
    );
    const run = await push(scenario);
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.result).toBe('refreshed');
    const forms = scenario.state().pulls.filter((p) => p.headRef === 'paper-list-bot/form');
    expect(forms).toHaveLength(1);
    expect(run.outputs['pull-request-number']).toBe(String(forms[0]!.number));
    expect(forms[0]!.body).toContain('- Added: **Graph Neural Networks**');
    const proposed = scenario.read('paper-list-bot/form', FORM_PATH)!;
    expect(addedLines(FORM, proposed)).toEqual(['        - Graph Neural Networks']);
    expect(scenario.read('paper-list-bot/form', 'README.md')).toBe(
      scenario.read('main', 'README.md'),
    );

    scenario.emulator.resetRequests();
    const again = await push(scenario);
    expect(again.outputs.result).toBe('unchanged');
    expect(writes(scenario)).toEqual([]);
    expect(scenario.state().pulls.filter((p) => p.headRef === 'paper-list-bot/form')).toHaveLength(
      1,
    );

    // The list goes back: the form and the list agree, and the pull request has nothing to do.
    commitToMain(scenario, { 'README.md': EXAMPLE_LIST }, 'Drop the section');
    const back = await push(scenario);
    expect(back.outputs.result).toBe('refreshed');
    expect(pull(scenario, forms[0]!.number)).toMatchObject({ state: 'closed', merged: false });
    expect(scenario.state().branches['paper-list-bot/form']).toBeUndefined();
  });
});

describe('what a refresh costs', () => {
  it('makes 4 requests with nothing stale, and 7 per pull request it rebuilds, its line moved or not', async () => {
    scenario = await startScenario();
    const counts: Record<string, number> = {};
    const measure = async (name: string, refresh: () => Promise<ActionRun>) => {
      scenario.emulator.resetRequests();
      const run = await refresh();
      expect(run.code, run.stdout).toBe(0);
      counts[name] = scenario.emulator.requests.length;
      return run;
    };
    const first = await propose(scenario, paperIssue(1));
    commitToMain(scenario, { 'CONTRIBUTING.md': 'Use the form.\n' }, 'Contributing notes');
    const one = await measure('1 stale', () => push(scenario));
    expect(one.outputs['refreshed-pull-requests']).toBe(String(first.pull));
    await measure('0 stale', () => push(scenario));
    await measure('0 stale, schedule', () => schedule(scenario));
    // A newer paper lands at the top of the section: the entry moves down. The pull request
    // names the new line; the comment names none, so it is not rewritten.
    const newer = '- **A Newer Paper** <Br>\nSomeone <Br>\n[CVPR 2023] <Br>\n\n';
    const list = scenario.read('main', 'README.md')!;
    commitToMain(
      scenario,
      { 'README.md': list.replace('# Vision Transformers\n', `# Vision Transformers\n${newer}`) },
      'A newer paper',
    );
    await measure('1 stale, its line moved', () => push(scenario));
    expect(pull(scenario, first.pull).body).toContain('line 17');

    const more = [];
    for (let n = 2; n <= 10; n += 1) more.push(await propose(scenario, paperIssue(n)));
    commitToMain(scenario, { 'CONTRIBUTING.md': 'Use the issue form.\n' }, 'More notes');
    const ten = await measure('10 stale', () => push(scenario));
    expect(ten.outputs['refreshed-pull-requests']!.split(',')).toHaveLength(10);
    for (const { pull: number } of [first, ...more])
      expectOnHead(scenario, number, pull(scenario, number).title.match(/“(.*)”/)![1]!);
    // Ten rebuilds in a row: every write after the first waited its turn (not really: recorded).
    expect(ten.waits!.length).toBe(10 * 4 - 1);

    expect(counts).toEqual({
      '0 stale': 4,
      '0 stale, schedule': 5,
      // 7: the branch is read before it is rewritten (a stamp never vouches for a write).
      '1 stale': 4 + 7,
      '1 stale, its line moved': 4 + 7,
      '10 stale': 4 + 7 * 10,
    });
  });
});

describe('build stamps', () => {
  it('reads the branch of a pull request whose stamp was edited away, and stamps it again', async () => {
    scenario = await startScenario();
    const { pull: number } = await propose(scenario, EXAMPLE_ISSUE);
    const stamp = /\n<!-- paper-list-bot:build base=[0-9a-f]{40} head=[0-9a-f]{40} -->$/;
    expect(pull(scenario, number).body).toMatch(stamp);
    const edited = await fetch(`${scenario.emulator.url}/repos/${OWNER}/${REPO}/pulls/${number}`, {
      method: 'PATCH',
      headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ body: pull(scenario, number).body!.replace(stamp, '') }),
    });
    expect(edited.status).toBe(200);

    scenario.emulator.resetRequests();
    const idle = await push(scenario);
    expect(idle.outputs.result).toBe('unchanged');
    expect(requests(scenario)).toHaveLength(5);
    expect(requests(scenario)[4]).toMatch(/^GET .*\/commits\/heads\/paper-list-bot\/issue-1$/);

    const head = commitToMain(scenario, { 'CONTRIBUTING.md': 'Use the form.\n' }, 'Notes');
    const run = await push(scenario);
    expect(run.outputs['refreshed-pull-requests']).toBe(String(number));
    expect(pull(scenario, number).body).toContain(`<!-- paper-list-bot:build base=${head} head=`);
    scenario.emulator.resetRequests();
    await push(scenario);
    expect(requests(scenario)).toHaveLength(4);
  });
});

describe('failures', () => {
  it('refreshes the others when one pull request fails, then fails the step naming it', async () => {
    scenario = await startScenario();
    const a = await propose(scenario, paperIssue(1));
    const b = await propose(scenario, paperIssue(2));
    commitToMain(scenario, { 'CONTRIBUTING.md': 'Use the form.\n' }, 'Contributing notes');
    scenario.emulator.failNext({
      path: `/repos/${OWNER}/${REPO}/issues/${a.issue}`,
      status: 502,
      times: 4,
    });
    const run = await push(scenario);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(`::error::1 pull request\\(s\\) could not be refreshed: #${a.pull}: `),
    );
    expect(run.outputs['refreshed-pull-requests']).toBe(String(b.pull));
    expect(run.summary).toMatch(new RegExp(`#${a.pull}\\].*\\| failed \\|`));
    expectOnHead(scenario, b.pull, 'Scalable Vision Learners, Part 2');
    // The next refresh finishes the job.
    const again = await push(scenario);
    expect(again.code, again.stdout).toBe(0);
    expect(again.outputs['refreshed-pull-requests']).toBe(String(a.pull));
  });
});

describe('races', () => {
  it('a refresh and an edit of the same issue at once end in one pull request and one comment', async () => {
    scenario = await startScenario();
    const { issue, pull: number } = await propose(scenario, EXAMPLE_ISSUE);
    commitToMain(scenario, { 'CONTRIBUTING.md': 'Use the form.\n' }, 'Contributing notes');
    const edited = EXAMPLE_ISSUE.replace('CVPR 2022 Oral', 'CVPR 2022');
    scenario.emulator.editIssue({ owner: OWNER, name: REPO, number: issue, body: edited });

    const [refresh, edit] = await Promise.all([
      push(scenario),
      scenario.issueEvent('edited', issue, { body: edited }),
    ]);
    expect(refresh.code, refresh.stdout).toBe(0);
    expect(edit.code, edit.stdout).toBe(0);
    expect(scenario.state().pulls).toHaveLength(1);
    expect(botComments(scenario, issue)).toHaveLength(1);
    expectOnHead(scenario, number, 'Masked Autoencoders Are Scalable Vision Learners');
    expect(scenario.read(pull(scenario, number).headRef, 'README.md')).toContain('[CVPR 2022]');

    // Settled: the next refresh finds nothing to write.
    scenario.emulator.resetRequests();
    await push(scenario);
    expect(writes(scenario)).toEqual([]);
  });

  it('two refreshes at once end as one', async () => {
    scenario = await startScenario();
    const a = await propose(scenario, paperIssue(1));
    const b = await propose(scenario, paperIssue(2));
    commitToMain(scenario, { 'CONTRIBUTING.md': 'Use the form.\n' }, 'Contributing notes');
    const runs = await Promise.all([push(scenario), push(scenario)]);
    for (const run of runs) expect(run.code, run.stdout).toBe(0);
    expect(scenario.state().pulls).toHaveLength(2);
    for (const { issue, pull: number } of [a, b]) {
      expect(botComments(scenario, issue)).toHaveLength(1);
      expectOnHead(scenario, number, pull(scenario, number).title.match(/“(.*)”/)![1]!);
    }
    scenario.emulator.resetRequests();
    await push(scenario);
    expect(writes(scenario)).toEqual([]);
  });

  it.each([
    ['its branch deleted by the merge: the update is refused', true],
    ['its branch kept: the pull request comes back merged', false],
  ])(
    'leaves a pull request merged between the refresh’s read and its write (%s)',
    async (_name, deleteBranch) => {
      scenario = await startScenario();
      const { issue, pull: number } = await propose(scenario, EXAMPLE_ISSUE);
      const branch = pull(scenario, number).headRef;
      commitToMain(scenario, { 'CONTRIBUTING.md': 'Use the form.\n' }, 'Contributing notes');
      const stop = scenario.emulator.beforeRequest((request) => {
        if (request.method === 'PATCH' && request.path.endsWith(`/git/refs/heads/${branch}`)) {
          stop();
          scenario.emulator.mergePullRequest({ owner: OWNER, name: REPO, number, deleteBranch });
        }
      });
      const merged = pull(scenario, number);
      const run = await push(scenario);
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs.result).toBe('unchanged');
      expect(run.summary).toMatch(new RegExp(`#${number}\\].*\\| left merged \\|`));
      const after = pull(scenario, number);
      expect(after).toMatchObject({ state: 'closed', merged: true, title: merged.title });
      expect(scenario.state().branches[branch]).toBeUndefined();
      expect(scenario.read('main', 'README.md')).toContain(
        '- **Masked Autoencoders Are Scalable Vision Learners** <Br>',
      );
      expect(scenario.state().issues.find((i) => i.number === issue)!.state).toBe('closed');
      expect(botComments(scenario, issue)).toHaveLength(1);
    },
  );
});

describe('workflow_dispatch', () => {
  it('re-sorts, then refreshes the pull requests the head moved past', async () => {
    scenario = await startScenario();
    const { pull: number } = await propose(scenario, EXAMPLE_ISSUE);
    commitToMain(scenario, { 'CONTRIBUTING.md': 'Use the form.\n' }, 'Contributing notes');
    const run = await scenario.dispatch();
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.result).toBe('refreshed');
    expect(run.outputs['refreshed-pull-requests']).toBe(String(number));
    expect(run.summary).toContain('Every section is in order');
    expectOnHead(scenario, number, 'Masked Autoencoders Are Scalable Vision Learners');
  });
});
