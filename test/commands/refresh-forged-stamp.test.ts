// A stamp in a pull request body is text people can edit: it may say "nothing to do", but it
// never vouches for a branch the refresh is about to rewrite.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { addPaper, type IssueInput } from '../../src/commands/add-paper.js';
import type { CommandContext } from '../../src/commands/command-context.js';
import { refreshPullRequests } from '../../src/commands/refresh-pull-requests.js';
import { RunMemoryGateway } from '../../src/commands/run-memory-gateway.js';
import { StampingGateway } from '../../src/commands/stamping-gateway.js';
import { MemoryGateway } from '../support/memory-gateway.js';
import { projectRoot } from '../support/project-root.js';
import { quietLogger } from '../support/quiet-logger.js';

const root = projectRoot();
const example = readFileSync(path.join(root, 'examples/README.md'), 'utf8');
const body = readFileSync(path.join(root, 'examples/new-paper-issue.md'), 'utf8');
const repository = { owner: 'o', repo: 'r', defaultBranch: 'main', url: 'https://github.com/o/r' };

it('never rewrites a branch people committed to, whatever the stamp in the pull request body says', async () => {
  const inner = new MemoryGateway({ 'README.md': example });
  const stamped = new StampingGateway(inner);
  const context: CommandContext = {
    gateway: stamped,
    repository,
    configPath: '.github/paper-list.yml',
    log: quietLogger,
  };
  const issue: IssueInput = {
    number: 1,
    body,
    author: { login: 'ada', id: 42 },
    comments: 0,
    labels: ['new-paper'],
    state: 'open',
  };
  inner.issues.set(1, { ...issue, isPullRequest: false });
  expect((await addPaper(context, issue)).result).toBe('created');
  // A maintainer pushes a fix to the bot branch...
  const human = inner.push('paper-list-bot/issue-1', { 'NOTES.md': 'human work\n' });
  // ...and (or anyone who can edit the body) leaves a stamp naming that head.
  const pr = inner.pulls[0]!;
  (pr as { body: string }).body = pr.body.replace(/head=[0-9a-f]{40}/, `head=${human}`);
  inner.push('main', { 'CONTRIBUTING.md': 'x\n' });
  const memory = new RunMemoryGateway(stamped, 'main');
  const result = await refreshPullRequests(
    { ...context, gateway: memory },
    { fresh: stamped, memory },
  );
  const now = inner.branches.get('paper-list-bot/issue-1');
  expect(now).toBe(human);
  expect(result.summary).toContain('never rewritten');
});
