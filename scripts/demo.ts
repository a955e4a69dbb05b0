// npm run demo: the action's main job, end to end, on this machine. It starts the GitHub API
// emulator with an example repository, files the example issue, runs the committed bundle
// dist/index.js exactly as the Actions runner would, and prints the pull request it opened,
// the comment it left and the REST calls it made. Then it files a second issue with only a
// paper link and a section, which the bot fills from the metadata emulator's recorded answers.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startGitHubEmulator, type GitHubEmulator } from '../test/support/github-emulator/index.js';
import {
  ATTENTION_LINK,
  MetadataEmulator,
  attentionRoutes,
  linkOnlyIssue,
} from '../test/support/metadata-emulator/index.js';
import { projectRoot } from '../test/support/project-root.js';
import { ACTION_BUNDLE, issuesPayload, runAction } from '../test/support/run-action.js';

const root = projectRoot();
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const owner = 'curator';
const name = 'reading-list';
const token = 'ghs_demoToken';
const filer = { login: 'ada-lovelace', id: 4242 };

const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);
const rule = (title: string) =>
  `\n${bold(`── ${title} ${'─'.repeat(Math.max(0, 72 - title.length))}`)}\n`;

/** A unified diff of one contiguous change, with three lines of context. */
function diff(file: string, before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (
    end < a.length - start &&
    end < b.length - start &&
    a[a.length - 1 - end] === b[b.length - 1 - end]
  )
    end += 1;
  const from = Math.max(0, start - 3);
  const aTo = Math.min(a.length, a.length - end + 3);
  const bTo = Math.min(b.length, b.length - end + 3);
  const lines = [
    `--- a/${file}`,
    `+++ b/${file}`,
    `@@ -${from + 1},${aTo - from} +${from + 1},${bTo - from} @@`,
    ...a.slice(from, start).map((l) => ` ${l}`),
    ...a.slice(start, a.length - end).map((l) => `-${l}`),
    ...b.slice(start, b.length - end).map((l) => `+${l}`),
    ...b.slice(b.length - end, bTo).map((l) => ` ${l}`),
  ];
  return lines.join('\n');
}

if (!existsSync(ACTION_BUNDLE)) {
  console.error('dist/index.js is missing: run `npm run build` first.');
  process.exit(1);
}

/** One issue to file and run the bundle on. */
interface DemoIssue {
  readonly title: string;
  readonly body: string;
  readonly from: string;
  /** More runner variables: the metadata emulator's base URLs. */
  readonly env?: Readonly<Record<string, string>>;
}

/** Files the issue, runs the bundle on its `opened` event, and prints what the bot did. */
async function demo(emulator: GitHubEmulator, { title, body, from, env }: DemoIssue) {
  const issue = emulator.createIssue({
    owner,
    name,
    title,
    body,
    user: filer,
    labels: ['new-paper'],
  });
  console.log(`Filed issue #${issue.number} by @${filer.login} from ${from}.`);
  console.log(rule(`node dist/index.js (issues opened #${issue.number})`));

  emulator.resetRequests();
  const run = await runAction({
    apiUrl: emulator.url,
    repository: `${owner}/${name}`,
    eventName: 'issues',
    payload: issuesPayload({
      action: 'opened',
      owner,
      repo: name,
      number: issue.number,
      title: issue.title,
      body,
      author: filer,
      labels: ['new-paper'],
    }),
    inputs: { 'github-token': token, 'config-path': '.github/paper-list.yml' },
    sha: emulator.state(owner, name).branches.main!,
    spawn: true,
    ...(env ? { env } : {}),
  });
  const calls = emulator.requests.map((r) => `${r.method} ${r.path} → ${r.status}`);
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  console.log(`exit code ${run.code}; outputs: ${JSON.stringify(run.outputs)}`);

  const state = emulator.state(owner, name);
  const pull = state.pulls.find((p) => p.headRef.endsWith(`/issue-${issue.number}`));
  if (!pull) throw new Error(`the action opened no pull request for #${issue.number}`);
  console.log(rule(`Pull request #${pull.number}: ${pull.title}`));
  console.log(`${pull.headRef} → ${pull.baseRef}, ${pull.state}\n`);
  console.log(pull.body);
  console.log(rule('Diff'));
  console.log(
    diff(
      'README.md',
      emulator.readFile(owner, name, 'main', 'README.md')!,
      emulator.readFile(owner, name, pull.headRef, 'README.md')!,
    ),
  );
  const commit = emulator.commitInfo(owner, name, state.branches[pull.headRef]!);
  console.log(
    `\ncommit ${commit.sha.slice(0, 7)} (${commit.verified ? 'verified' : 'unsigned'}):\n${commit.message.replace(/^/gm, '    ')}`,
  );
  const comment = state.comments.find((c) => c.issueNumber === issue.number);
  console.log(rule(`Comment on issue #${issue.number}`));
  console.log(comment ? comment.body : '(none)');
  console.log(rule(`${calls.length} REST calls`));
  console.log(calls.join('\n'));
  if (run.code !== 0) process.exitCode = 1;
}

const emulator = await startGitHubEmulator({ token });
// The sources autofill asks (arXiv, DBLP, Hugging Face...), played from recorded answers.
const metadata = new MetadataEmulator(attentionRoutes());
try {
  const metadataEnv = await metadata.start();
  emulator.createRepo({
    owner,
    name,
    files: {
      'README.md': read('examples/README.md'),
      '.github/ISSUE_TEMPLATE/new-paper.yml': read('examples/ISSUE_TEMPLATE/new-paper.yml'),
      '.github/workflows/paper-list-bot.yml': read('examples/workflows/paper-list-bot.yml'),
    },
  });
  console.log(
    `GitHub API emulator at ${emulator.url}, repository ${owner}/${name} (examples/README.md).`,
  );
  await demo(emulator, {
    title: '[Paper]: Masked Autoencoders Are Scalable Vision Learners',
    body: read('examples/new-paper-issue.md'),
    from: 'examples/new-paper-issue.md',
  });

  console.log(rule('A second issue: only the paper link and the section'));
  console.log(
    `Metadata sources emulated at ${metadataEnv.PAPER_LIST_BOT_ARXIV_URL!.replace(/\/arxiv$/, '')} (PAPER_LIST_BOT_*_URL).`,
  );
  await demo(emulator, {
    title: '[Paper]: ',
    body: linkOnlyIssue('Efficient Networks'),
    from: `the form with only ${ATTENTION_LINK} and a section`,
    env: metadataEnv,
  });
  const asked = metadata
    .requests()
    .map((r) => `GET ${r.host}${r.path} → ${r.matched ? 'answered' : 'UNEXPECTED'}`);
  console.log(rule(`${asked.length} requests to the metadata sources (no token sent)`));
  console.log(asked.join('\n'));
  if (metadata.unmatched().length > 0) process.exitCode = 1;
} finally {
  await metadata.close();
  await emulator.close();
}
