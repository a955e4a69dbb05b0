// One repository in the GitHub emulator and helpers to run the action on its issues: `run()`
// in this process, or the committed bundle as the runner runs it (`spawn`).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github-emulator/index.js';
import { addedLines } from '../support/list-helpers.js';
import {
  dispatchPayload,
  issuesPayload,
  runAction,
  type ActionRun,
} from '../support/run-action.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The example list, the example issue and the form, as a user's repository holds them. */
export const EXAMPLE_LIST = readFileSync(path.join(root, 'examples/README.md'), 'utf8');
export const EXAMPLE_ISSUE = readFileSync(path.join(root, 'examples/new-paper-issue.md'), 'utf8');
export const FORM = readFileSync(path.join(root, 'examples/ISSUE_TEMPLATE/new-paper.yml'), 'utf8');

export const OWNER = 'curator';
export const REPO = 'reading-list';
export const TOKEN = 'ghs_e2eTestTokenDoNotLeak0123456789';
export const FILER = { login: 'ada-lovelace', id: 4242 };

/** A running emulator with one repository, and the action wired to it. */
export interface Scenario {
  readonly emulator: GitHubEmulator;
  /** Files an issue in the emulator and returns its number. */
  fileIssue(options?: {
    body?: string;
    labels?: string[];
    number?: number;
    title?: string;
  }): number;
  /** Runs the action on an `issues` event for an issue of the repository. */
  issueEvent(
    action: string,
    number: number,
    extra?: { label?: string; body?: string },
  ): Promise<ActionRun>;
  /** Runs the action on `workflow_dispatch`. */
  dispatch(): Promise<ActionRun>;
  /** The repository's current state. */
  state(): ReturnType<GitHubEmulator['state']>;
  read(ref: string, file: string): string | undefined;
  close(): Promise<void>;
}

/** How a scenario runs the action. */
export interface ScenarioOptions {
  /** Every run spawns the committed dist/index.js, as the runner does (default: in-process). */
  readonly spawn?: boolean;
  /** More variables for every run, e.g. the metadata emulator's base URLs. */
  readonly env?: Readonly<Record<string, string>>;
}

/** Starts an emulator holding `files` (default: the example list and the form). */
export async function startScenario(
  files: Record<string, string> = {},
  options: ScenarioOptions = {},
): Promise<Scenario> {
  const spawn = options.spawn ?? false;
  const env = options.env ?? {};
  const emulator = await startGitHubEmulator({ token: TOKEN });
  emulator.createRepo({
    owner: OWNER,
    name: REPO,
    files: { 'README.md': EXAMPLE_LIST, '.github/ISSUE_TEMPLATE/new-paper.yml': FORM, ...files },
  });
  const scenario: Scenario = {
    emulator,
    fileIssue(options = {}) {
      // Issues and pull requests share numbers: let the emulator pick the next free one.
      return emulator.createIssue({
        owner: OWNER,
        name: REPO,
        ...(options.number !== undefined ? { number: options.number } : {}),
        title: options.title ?? '[Paper]: Masked Autoencoders Are Scalable Vision Learners',
        body: options.body ?? EXAMPLE_ISSUE,
        user: FILER,
        labels: options.labels ?? ['new-paper'],
      }).number;
    },
    async issueEvent(action, number, extra = {}) {
      const issue = emulator.state(OWNER, REPO).issues.find((i) => i.number === number);
      if (!issue) throw new Error(`no issue #${number}`);
      const payload = issuesPayload({
        action,
        owner: OWNER,
        repo: REPO,
        number,
        title: issue.title,
        body: extra.body ?? issue.body ?? '',
        author: FILER,
        labels: issue.labels,
        comments: issue.comments,
        state: issue.state,
        createdAt: issue.createdAt,
        updatedAt: issue.updatedAt,
        ...(extra.label ? { label: extra.label } : {}),
      });
      return runAction({
        apiUrl: emulator.url,
        repository: `${OWNER}/${REPO}`,
        eventName: 'issues',
        payload,
        inputs: { 'github-token': TOKEN, 'config-path': '.github/paper-list.yml' },
        sha: emulator.state(OWNER, REPO).branches.main,
        spawn,
        env,
      });
    },
    dispatch() {
      return runAction({
        apiUrl: emulator.url,
        repository: `${OWNER}/${REPO}`,
        eventName: 'workflow_dispatch',
        payload: dispatchPayload({ owner: OWNER, repo: REPO }),
        inputs: { 'github-token': TOKEN, 'config-path': '.github/paper-list.yml' },
        spawn,
        env,
      });
    },
    state: () => emulator.state(OWNER, REPO),
    read: (ref, file) => emulator.readFile(OWNER, REPO, ref, file),
    close: () => emulator.close(),
  };
  return scenario;
}

/** Every place a run could leak its token. */
export function everythingVisible(run: ActionRun, scenario: Scenario): string {
  const state = scenario.state();
  return [
    run.stdout,
    run.stderr,
    JSON.stringify(run.outputs),
    run.summary,
    ...state.comments.map((c) => c.body),
    ...state.pulls.map((p) => `${p.title}\n${p.body ?? ''}`),
  ].join('\n');
}

/** The example issue's branch, and the first line of its entry. */
export const BRANCH = 'paper-list-bot/issue-1';
export const FIRST_LINE = '- **Masked Autoencoders Are Scalable Vision Learners** <Br>';

/** The comments the bot left on an issue (the emulator's bot account). */
export function botComments(s: Scenario, issue = 1) {
  return s
    .state()
    .comments.filter((c) => c.user.login === 'github-actions[bot]' && c.issueNumber === issue);
}

/** The final state every successful add must reach: one PR, one comment, one entry on the branch. */
export function expectOneProposal(s: Scenario, issue = 1, branch = BRANCH): void {
  const pulls = s.state().pulls.filter((p) => p.headRef === branch);
  expect(pulls).toHaveLength(1);
  expect(pulls[0]!.state).toBe('open');
  expect(botComments(s, issue)).toHaveLength(1);
  const added = addedLines(s.read('main', 'README.md')!, s.read(branch, 'README.md')!);
  expect(added.filter((l) => l.startsWith('- **'))).toHaveLength(1);
}
