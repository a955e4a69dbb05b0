// Serves the GitHub API emulator until stopped (Ctrl-C, SIGTERM), holding the example repository
// (examples/README.md, the issue form, the example workflow) with the example issue filed as #1
// and a contributor's pull request adding one entry by hand as #2, so that the action can be run
// against it by hand or by CI's `uses: ./` job:
//
//   node scripts/run-ts.mjs scripts/emulator-serve.ts [options]
//
//   --repository OWNER/NAME   the emulated repository (default: curator/reading-list)
//   --default-branch NAME     its default branch (default: main)
//   --token TOKEN             the token it accepts (default: ghs_paperListBotEmulator)
//   --port N                  the port on 127.0.0.1 (default: any free port)
//   --unsorted                reverse the entries of README.md's "Diffusion Models" section, so
//                             that a re-sort (workflow_dispatch) has something to move
//   --event NAME              the event to write a payload for: issues (#1 opened, the default),
//                             pull_request (#2 opened) or workflow_dispatch
//   --event-file FILE         where to write it (default: a temporary file)
//   --ready-file FILE         write the URL to FILE once all is in place (for a caller that
//                             starts this in the background and waits for the file)
//
// It prints the URL and the command that runs dist/index.js on the event.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startGitHubEmulator, type GitHubEmulator } from '../test/support/github-emulator/index.js';
import { projectRoot } from '../test/support/project-root.js';
import { pullRequestPayload } from '../test/support/pull-request-payload.js';
import { dispatchPayload, issuesPayload } from '../test/support/run-action.js';

const { values: options } = parseArgs({
  options: {
    repository: { type: 'string', default: 'curator/reading-list' },
    'default-branch': { type: 'string', default: 'main' },
    token: { type: 'string', default: 'ghs_paperListBotEmulator' },
    port: { type: 'string', default: '0' },
    unsorted: { type: 'boolean', default: false },
    event: { type: 'string', default: 'issues' },
    'event-file': { type: 'string' },
    'ready-file': { type: 'string' },
  },
});

/** Stops with a usage error. */
function usage(message: string): never {
  console.error(message);
  process.exit(2);
}

const [owner = '', repo = '', ...rest] = options.repository.split('/');
if (owner === '' || repo === '' || rest.length > 0)
  usage(`--repository "${options.repository}" is not OWNER/NAME`);
if (!['issues', 'pull_request', 'workflow_dispatch'].includes(options.event))
  usage(`--event "${options.event}" is not issues, pull_request or workflow_dispatch`);
const defaultBranch = options['default-branch'];
const root = projectRoot();
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const filer = { login: 'ada-lovelace', id: 4242 };
const contributor = { login: 'grace-hopper', id: 4343 };

/** The entry the contributor's pull request adds at the top of "Vision Transformers", by hand. */
const HAND_WRITTEN_ENTRY = [
  '- **BEiT: BERT Pre-Training of Image Transformers** <Br>',
  'Hangbo Bao, Li Dong, Songhao Piao, Furu Wei <Br>',
  '[ICLR 2022 Oral] [[Paper](https://arxiv.org/abs/2106.08254)] [[Pytorch-Code](https://github.com/microsoft/unilm)] <Br>',
  '[**BEiT**] [★★] masked image modelling with a discrete visual tokenizer',
  '',
  '',
].join('\n');

/**
 * The example list with the entries of one section in reverse order (they are newest first, so
 * reversed they are out of order); fails if the section is missing or holds fewer than two.
 */
function reverseSection(list: string, heading: string): string {
  const start = list.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`examples/README.md has no "${heading}" section`);
  const bodyStart = start + heading.length + 2;
  const next = list.indexOf('\n#', bodyStart);
  const bodyEnd = next < 0 ? list.length : next + 1;
  const body = list.slice(bodyStart, bodyEnd);
  const trailing = /\n*$/.exec(body)![0];
  const entries = body.slice(0, body.length - trailing.length).split('\n\n');
  if (entries.length < 2) throw new Error(`"${heading}" holds fewer than two entries`);
  return list.slice(0, bodyStart) + entries.reverse().join('\n\n') + trailing + list.slice(bodyEnd);
}

/** `list` with `entry` as the first entry under `heading`. */
function addFirst(list: string, heading: string, entry: string): string {
  const at = list.indexOf(`\n${heading}\n`);
  if (at < 0) throw new Error(`examples/README.md has no "${heading}" section`);
  const bodyStart = at + heading.length + 2;
  return list.slice(0, bodyStart) + entry + list.slice(bodyStart);
}

/** Seeds the repository, the issue and the pull request; returns the event payload asked for. */
function seed(emulator: GitHubEmulator): unknown {
  const example = read('examples/README.md');
  const list = options.unsorted ? reverseSection(example, '# Diffusion Models') : example;
  emulator.createRepo({
    owner,
    name: repo,
    defaultBranch,
    files: {
      'README.md': list,
      '.github/ISSUE_TEMPLATE/new-paper.yml': read('examples/ISSUE_TEMPLATE/new-paper.yml'),
      '.github/workflows/paper-list-bot.yml': read('examples/workflows/paper-list-bot.yml'),
    },
  });
  const body = read('examples/new-paper-issue.md');
  const issue = emulator.createIssue({
    owner,
    name: repo,
    title: '[Paper]: Masked Autoencoders Are Scalable Vision Learners',
    body,
    user: filer,
    labels: ['new-paper'],
  });
  const head = 'add-beit';
  emulator.commit({
    owner,
    name: repo,
    branch: head,
    files: { 'README.md': addFirst(list, '# Vision Transformers', HAND_WRITTEN_ENTRY) },
    message: 'Add BEiT',
    author: { name: 'Grace Hopper', email: 'grace@example.com', login: contributor.login },
  });
  const pull = emulator.openPullRequest({
    owner,
    name: repo,
    head,
    title: 'Add BEiT to Vision Transformers',
    user: contributor,
  });
  const repository = { owner, repo, defaultBranch };
  switch (options.event) {
    case 'workflow_dispatch':
      return dispatchPayload(repository);
    case 'pull_request':
      return pullRequestPayload({
        action: 'opened',
        owner,
        repo,
        number: pull.number,
        headRef: head,
        headSha: pull.headSha,
        baseRef: defaultBranch,
        baseSha: emulator.state(owner, repo).branches[defaultBranch]!,
        author: contributor,
      });
    default:
      return issuesPayload({
        action: 'opened',
        owner,
        repo,
        number: issue.number,
        title: issue.title,
        body,
        author: filer,
        labels: ['new-paper'],
        defaultBranch,
        createdAt: issue.createdAt,
        updatedAt: issue.updatedAt,
      });
  }
}

const emulator = await startGitHubEmulator({ token: options.token, port: Number(options.port) });
const payload = seed(emulator);
const temporary = options['event-file'] ? undefined : mkdtempSync(path.join(tmpdir(), 'emulator-'));
const eventFile = options['event-file'] ?? path.join(temporary!, `${options.event}.json`);
writeFileSync(eventFile, `${JSON.stringify(payload, null, 2)}\n`);

console.log(`GitHub API emulator at ${emulator.url} (token ${options.token})`);
console.log(
  `repository ${owner}/${repo}: issue #1 from examples/new-paper-issue.md, pull request #2 adding BEiT by hand`,
);
console.log(`Run the action on the ${options.event} event:`);
console.log(
  [
    '  env',
    `GITHUB_API_URL=${emulator.url}`,
    `GITHUB_REPOSITORY=${owner}/${repo}`,
    `GITHUB_EVENT_NAME=${options.event}`,
    `GITHUB_EVENT_PATH=${eventFile}`,
    `GITHUB_SHA=${emulator.state(owner, repo).branches[defaultBranch]}`,
    `'INPUT_GITHUB-TOKEN=${options.token}'`,
    'node dist/index.js',
  ].join(' '),
);
if (options['ready-file']) writeFileSync(options['ready-file'], `${emulator.url}\n`);

// Serve until asked to stop, then close the server so that the process ends on its own.
await new Promise<void>((resolve) => {
  process.once('SIGINT', resolve);
  process.once('SIGTERM', resolve);
});
await emulator.close();
if (temporary) rmSync(temporary, { recursive: true, force: true });
