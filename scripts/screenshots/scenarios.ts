// The three submissions the README's pictures show, run for real: the GitHub API emulator
// holds the example repository, three issues are filed (a valid paper, answers that need
// fixing, a paper the list already has), and the committed bundle dist/index.js runs once per
// issue as the Actions runner runs it. What the bot left behind (the pull request, its diff
// and the three comments) is returned as plain data for `pages.ts` to draw. Shared by
// `npm run screenshots` and test/docs/screenshots.test.ts, so both see the same texts.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startGitHubEmulator } from '../../test/support/github-emulator/index.js';
import { projectRoot } from '../../test/support/project-root.js';
import { issuesPayload, runAction } from '../../test/support/run-action.js';

/** One issue as GitHub shows it, with the bot's one comment on it. */
export interface IssueScene {
  readonly number: number;
  readonly title: string;
  readonly body: string;
  readonly author: string;
  readonly labels: readonly string[];
  /** The action's `result` output for this issue. */
  readonly result: string;
  /** The body of the bot's comment. */
  readonly comment: string;
}

/** The pull request the valid submission opened, and its change to the list. */
export interface PullRequestScene {
  readonly number: number;
  readonly title: string;
  readonly body: string;
  readonly headRef: string;
  readonly baseRef: string;
  readonly file: string;
  readonly before: string;
  readonly after: string;
}

/** Everything the pictures show. */
export interface Scenes {
  readonly repository: string;
  /** The account the bot acts as (`github-actions[bot]` with the default token). */
  readonly bot: string;
  readonly valid: IssueScene;
  readonly invalid: IssueScene;
  readonly duplicate: IssueScene;
  readonly pullRequest: PullRequestScene;
}

const OWNER = 'curator';
const REPO = 'reading-list';
const TOKEN = 'ghs_screenshotToken';

/** The issues, in filing order: the example issue and two test fixtures. */
const SUBMISSIONS = [
  {
    key: 'valid',
    title: '[Paper]: Masked Autoencoders Are Scalable Vision Learners',
    bodyFile: 'examples/new-paper-issue.md',
    author: { login: 'ada-lovelace', id: 4242 },
    expect: 'created',
  },
  {
    key: 'invalid',
    title: '[Paper]: a paper I liked',
    bodyFile: 'test/fixtures/add/invalid-fields/issue.md',
    author: { login: 'grace-hopper', id: 4243 },
    expect: 'invalid',
  },
  {
    key: 'duplicate',
    title: '[Paper]: ViT: An Image Is Worth Sixteen By Sixteen Words',
    bodyFile: 'test/fixtures/add/duplicate-arxiv/issue.md',
    author: { login: 'alan-turing', id: 4244 },
    expect: 'duplicate',
  },
] as const;

/** The issue form as a list repository holds it (the example, wherever this checkout keeps it). */
function exampleForm(root: string): string {
  const candidates = [
    'examples/ISSUE_TEMPLATE/new-paper.yml',
    '.github/ISSUE_TEMPLATE/new-paper.yml',
  ];
  const found = candidates.find((file) => existsSync(path.join(root, file)));
  if (!found) throw new Error(`no issue form at ${candidates.join(' or ')}`);
  return readFileSync(path.join(root, found), 'utf8');
}

/** Files the three issues, runs the bundle on each, and collects what the bot wrote. */
export async function runScreenshotScenarios(): Promise<Scenes> {
  const root = projectRoot();
  const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
  const emulator = await startGitHubEmulator({ token: TOKEN });
  try {
    emulator.createRepo({
      owner: OWNER,
      name: REPO,
      files: {
        'README.md': read('examples/README.md'),
        '.github/ISSUE_TEMPLATE/new-paper.yml': exampleForm(root),
        '.github/workflows/paper-list-bot.yml': read('examples/workflows/paper-list-bot.yml'),
      },
    });
    const issues = SUBMISSIONS.map((submission) => {
      const body = read(submission.bodyFile);
      const issue = emulator.createIssue({
        owner: OWNER,
        name: REPO,
        title: submission.title,
        body,
        user: submission.author,
        labels: ['new-paper'],
      });
      return { ...submission, body, issue };
    });
    const sha = emulator.state(OWNER, REPO).branches.main;
    // Different issues run side by side, as the example workflow's concurrency groups allow.
    const runs = await Promise.all(
      issues.map(({ issue, body, author }) =>
        runAction({
          apiUrl: emulator.url,
          repository: `${OWNER}/${REPO}`,
          eventName: 'issues',
          payload: issuesPayload({
            action: 'opened',
            owner: OWNER,
            repo: REPO,
            number: issue.number,
            title: issue.title,
            body,
            author,
            labels: issue.labels,
            createdAt: issue.createdAt,
            updatedAt: issue.updatedAt,
          }),
          inputs: { 'github-token': TOKEN, 'config-path': '.github/paper-list.yml' },
          ...(sha !== undefined ? { sha } : {}),
        }),
      ),
    );
    const state = emulator.state(OWNER, REPO);
    const bot = emulator.bot.login;
    const scenes = issues.map(({ key, issue, body, author, expect }, i): [string, IssueScene] => {
      const run = runs[i]!;
      const result = run.outputs.result ?? '';
      if (run.code !== 0 || result !== expect) {
        throw new Error(
          `issue #${issue.number} (${key}): expected "${expect}", got "${result}" (exit ${run.code})\n${run.stdout}\n${run.stderr}`,
        );
      }
      const comments = state.comments.filter(
        (c) => c.issueNumber === issue.number && c.user.login === bot,
      );
      if (comments.length !== 1) {
        throw new Error(`issue #${issue.number} (${key}) has ${comments.length} bot comments`);
      }
      return [
        key,
        {
          number: issue.number,
          title: issue.title,
          body,
          author: author.login,
          labels: issue.labels,
          result,
          comment: comments[0]!.body,
        },
      ];
    });
    const byKey = Object.fromEntries(scenes) as Record<
      (typeof SUBMISSIONS)[number]['key'],
      IssueScene
    >;
    const pull = state.pulls[0];
    if (!pull || state.pulls.length !== 1) {
      throw new Error(`expected one pull request, found ${state.pulls.length}`);
    }
    const file = 'README.md';
    return {
      repository: `${OWNER}/${REPO}`,
      bot,
      ...byKey,
      pullRequest: {
        number: pull.number,
        title: pull.title,
        body: pull.body ?? '',
        headRef: pull.headRef,
        baseRef: pull.baseRef,
        file,
        before: emulator.readFile(OWNER, REPO, pull.baseRef, file) ?? '',
        after: emulator.readFile(OWNER, REPO, pull.headRef, file) ?? '',
      },
    };
  } finally {
    await emulator.close();
  }
}
