// The refresh command against the in-memory gateway: the limit per run, and the list of pull
// requests read again when it grew old during a long (paced) run.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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

/** Three proposals built on main, then main moves on: all three are behind. */
async function threeBehind() {
  const inner = new MemoryGateway({ 'README.md': example });
  const stamped = new StampingGateway(inner);
  const context: CommandContext = {
    gateway: stamped,
    repository,
    configPath: '.github/paper-list.yml',
    log: quietLogger,
  };
  for (const n of [1, 2, 3]) {
    const issue: IssueInput = {
      number: n,
      body: body
        .replace('Masked Autoencoders', `Masked Autoencoders ${n}`)
        .replace('2111.06377', `2111.0637${n}`),
      author: { login: 'ada', id: 42 },
      comments: 0,
      labels: ['new-paper'],
      state: 'open',
    };
    inner.issues.set(n, { ...issue, isPullRequest: false });
    expect((await addPaper(context, issue)).result).toBe('created');
    inner.issues.set(n, { ...issue, comments: 1, isPullRequest: false });
  }
  inner.push('main', { 'CONTRIBUTING.md': 'Use the form.\n' });
  const memory = new RunMemoryGateway(stamped, 'main');
  return { inner, stamped, memory, context: { ...context, gateway: memory } };
}

describe('refreshPullRequests', () => {
  it('refreshes at most `limit` pull requests and names the rest in the summary', async () => {
    const { inner, stamped, memory, context } = await threeBehind();
    const result = await refreshPullRequests(context, { fresh: stamped, memory, limit: 2 });
    expect(result.result).toBe('refreshed');
    expect(result.refreshed).toEqual([100, 101]);
    expect(result.summary).toContain(
      '| [#102](https://github.com/o/r/pull/102) | issue #3 | deferred |',
    );
    expect(result.summary).toContain(
      '1 more pull request(s) are behind and left to the next run: #102.',
    );
    const main = inner.branches.get('main');
    const parent = (branch: string) => inner.commits.get(inner.branches.get(branch)!)!.parents[0];
    expect(parent('paper-list-bot/issue-1')).toBe(main);
    expect(parent('paper-list-bot/issue-3')).not.toBe(main);
  });

  it('reads the list of pull requests again when it is older than 30 s', async () => {
    const { inner, stamped, memory, context } = await threeBehind();
    let clock = 0;
    // Every look at the clock finds 20 s more: the list is read again before every other one.
    const now = () => (clock += 20_000);
    const result = await refreshPullRequests(context, { fresh: stamped, memory, now });
    expect(result.refreshed).toEqual([100, 101, 102]);
    expect(inner.calls.filter((c) => c.startsWith('listOpenPullRequests'))).toHaveLength(2);
  });

  it('skips a pull request closed while the run went on', async () => {
    const { inner, stamped, memory, context } = await threeBehind();
    let clock = 0;
    const now = () => {
      clock += 40_000;
      if (clock > 80_000) Object.assign(inner.pulls[2]!, { state: 'closed' });
      return clock;
    };
    const result = await refreshPullRequests(context, { fresh: stamped, memory, now });
    expect(result.refreshed).toEqual([100, 101]);
    expect(result.summary).toContain(
      '| [#102](https://github.com/o/r/pull/102) | issue #3 | left alone | closed while the refresh ran |',
    );
  });
});
