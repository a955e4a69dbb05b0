// End to end: a pull_request event, the bundled action reviewing what a person's pull request
// changes in the list, with annotations on the head's lines and a failed step for problems.
import { afterEach, describe, expect, it } from 'vitest';
import { pullRequestPayload } from '../support/pull-request-payload.js';
import { runAction, type ActionRun } from '../support/run-action.js';
import { EXAMPLE_LIST, OWNER, REPO, TOKEN, startScenario, type Scenario } from './scenario.js';

let scenario: Scenario;

afterEach(async () => {
  await scenario?.close();
});

const BRANCH = 'add-papers';
const CONTRIBUTOR = { login: 'grace-hopper', id: 77 };

/** An entry in the example list's format. */
function entry(title: string, venue: string, paper: string): string {
  return `- **${title}** <Br>\nSomeone, Someone Else <Br>\n[${venue}] [[Paper](${paper})] <Br>\n[★★]`;
}

/** The example list with `text` inserted before the line starting with `before`. */
function insert(list: string, before: string, text: string): string {
  const at = list.indexOf(before);
  if (at === -1) throw new Error(`no "${before}"`);
  return `${list.slice(0, at)}${text}\n\n${list.slice(at)}`;
}

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

/** A person pushes `files` to a branch and opens a pull request; the action reviews it. */
async function reviewPullRequest(
  files: Record<string, string>,
  options: { headRepository?: string; thenOnMain?: Record<string, string> } = {},
): Promise<ActionRun> {
  const { emulator } = scenario;
  emulator.commit({ owner: OWNER, name: REPO, branch: BRANCH, files, message: 'Add papers' });
  // The default branch moves on after the pull request branched.
  if (options.thenOnMain)
    emulator.commit({
      owner: OWNER,
      name: REPO,
      branch: 'main',
      files: options.thenOnMain,
      message: 'Edit',
    });
  const pull = emulator.openPullRequest({
    owner: OWNER,
    name: REPO,
    head: BRANCH,
    title: 'Add papers',
    user: CONTRIBUTOR,
  });
  return runAction({
    apiUrl: emulator.url,
    repository: `${OWNER}/${REPO}`,
    eventName: 'pull_request',
    payload: pullRequestPayload({
      action: 'opened',
      owner: OWNER,
      repo: REPO,
      number: pull.number,
      headRef: BRANCH,
      headSha: pull.headSha,
      baseSha: scenario.state().branches.main!,
      author: CONTRIBUTOR,
      ...(options.headRepository ? { headRepository: options.headRepository } : {}),
    }),
    inputs: { 'github-token': TOKEN, 'config-path': '.github/paper-list.yml' },
  });
}

/** The `::error` workflow commands on stdout, their properties unescaped as the runner does. */
function errorCommands(stdout: string) {
  const unescape = (text: string) =>
    text
      .replace(/%3A/g, ':')
      .replace(/%2C/g, ',')
      .replace(/%0D/g, '\r')
      .replace(/%0A/g, '\n')
      .replace(/%25/g, '%');
  return stdout.split('\n').flatMap((line) => {
    const match = /^::error(?: (.*?))?::(.*)$/.exec(line);
    if (!match) return [];
    const properties = Object.fromEntries(
      (match[1] ?? '')
        .split(',')
        .filter((p) => p !== '')
        .map((p) => [p.slice(0, p.indexOf('=')), unescape(p.slice(p.indexOf('=') + 1))]),
    );
    return [{ ...properties, message: unescape(match[2]!) }];
  });
}

describe('pull_request', () => {
  it('annotates each problem at its file and line, and fails the step', async () => {
    scenario = await startScenario();
    // A title that tries to start a workflow command of its own: it must stay in its message.
    const hostile = 'Old Paper %0A::warning::injected, with: commas';
    const head = insert(
      insert(
        EXAMPLE_LIST,
        '- **Swin',
        entry(hostile, 'CVPR 2012', 'https://arxiv.org/abs/1201.00001'),
      ),
      '- **Denoising Diffusion Implicit',
      entry('Relative Link Paper', 'NeurIPS 2021', 'paper.pdf'),
    );
    const run = await reviewPullRequest({ 'README.md': head });

    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('reviewed');
    const annotations = errorCommands(run.stdout);
    expect(annotations.filter((a) => 'file' in a)).toEqual([
      {
        title: 'Entry out of order',
        file: 'README.md',
        line: String(lineOf(head, `- **${hostile}`)),
        message: expect.stringContaining(`"${hostile}" (2012) is out of order`),
      },
      {
        title: 'Malformed entry',
        file: 'README.md',
        line: String(lineOf(head, '[NeurIPS 2021] [[Paper](paper.pdf)]')),
        message: 'Link target "paper.pdf" is not an absolute http(s) URL.',
      },
    ]);
    expect(annotations.filter((a) => !('file' in a))).toEqual([
      { message: expect.stringMatching(/^2 problems in the list entries #\d+ adds or changes/) },
    ]);
    expect(run.stdout).not.toMatch(/^::warning::injected/m);
    expect(run.summary).toContain('| file | line | problem |');
    expect(run.summary).toMatch(/\| README\.md \| \d+ \| \*\*Malformed entry\*\*/);
    // Reading only: nothing was written to the repository.
    expect(scenario.emulator.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('passes a clean pull request from a fork, saying what it checked', async () => {
    scenario = await startScenario();
    const head = insert(
      EXAMPLE_LIST,
      '- **Swin',
      entry(
        'Masked Autoencoders Are Scalable Vision Learners',
        'CVPR 2022',
        'https://arxiv.org/abs/2111.06377',
      ),
    );
    const run = await reviewPullRequest(
      { 'README.md': head },
      { headRepository: 'grace-hopper/reading-list' },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs.result).toBe('reviewed');
    expect(errorCommands(run.stdout)).toEqual([]);
    expect(run.summary).toContain('### No problems');
    expect(run.summary).toContain('Checked the 1 new or changed entry of #');
  });

  it('judges only what the pull request changed, though the base branch moved on since', async () => {
    const malformed = EXAMPLE_LIST.replace('[ICLR 2021 Oral]', '[ICLR]');
    scenario = await startScenario({ 'README.md': malformed });
    const head = insert(
      malformed,
      '- **Swin',
      entry(
        'Masked Autoencoders Are Scalable Vision Learners',
        'CVPR 2022',
        'https://arxiv.org/abs/2111.06377',
      ),
    );
    // The maintainer fixes the old entry on the default branch after the pull request branched.
    const run = await reviewPullRequest(
      { 'README.md': head },
      { thenOnMain: { 'README.md': EXAMPLE_LIST } },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(errorCommands(run.stdout)).toEqual([]);
    expect(run.summary).toContain('Checked the 1 new or changed entry of #');
  });

  it('skips a pull request that changes no list file', async () => {
    scenario = await startScenario();
    const run = await reviewPullRequest({ 'docs/notes.md': 'Notes\n' });
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs.result).toBe('skipped');
    expect(run.stdout).toMatch(
      /^#\d+ changes none of the list files \(README\.md\): nothing to review\.$/m,
    );
  });
});
