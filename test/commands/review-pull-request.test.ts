// reviewPullRequest against the in-memory gateway: what it reads, and the result it reports.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandContext, Logger } from '../../src/commands/command-context.js';
import { reviewPullRequest } from '../../src/commands/review-pull-request.js';
import { MemoryGateway } from '../support/memory-gateway.js';
import { projectRoot } from '../support/project-root.js';

const example = readFileSync(path.join(projectRoot(), 'examples/README.md'), 'utf8');
const BRANCH = 'add-papers';

const RELATIVE = [
  '- **A Paper With A Relative Link** <Br>',
  'Someone <Br>',
  '[ICCV 2021] [[Paper](paper.pdf)] <Br>',
].join('\n');
const OLD = ['- **An Old Paper** <Br>', 'Someone <Br>', '[CVPR 2012] <Br>'].join('\n');
const GOOD = [
  '- **Masked Autoencoders Are Scalable Vision Learners** <Br>',
  'Kaiming He <Br>',
  '[CVPR 2022] [[Paper](https://arxiv.org/abs/2111.06377)] <Br>',
].join('\n');

/** `example` with `entry` inserted before the line starting with `before`. */
function withEntry(text: string, before: string, entry: string): string {
  const at = text.indexOf(before);
  return `${text.slice(0, at)}${entry}\n\n${text.slice(at)}`;
}

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

/** A repository with the example list and a person's pull request changing `files`. */
async function setup(files: Record<string, string>, base: Record<string, string> = {}) {
  const gateway = new MemoryGateway({ 'README.md': example, ...base });
  const log: string[] = [];
  const logger: Logger = {
    info: (m) => log.push(m),
    warn: (m) => log.push(`warning: ${m}`),
    group: (_name, phase) => phase(),
  };
  const context: CommandContext = {
    gateway,
    repository: { owner: 'o', repo: 'r', defaultBranch: 'main', url: 'https://github.com/o/r' },
    configPath: '.github/paper-list.yml',
    log: logger,
  };
  const headSha = gateway.push(BRANCH, files);
  const { pullRequest } = await gateway.openPullRequest({
    branch: BRANCH,
    base: 'main',
    title: 'Add papers',
    body: '',
  });
  gateway.calls.length = 0;
  const pull = {
    number: pullRequest.number,
    baseRef: 'main',
    baseSha: gateway.branches.get('main')!,
    headSha,
  };
  return { gateway, context, pull, log };
}

describe('reviewPullRequest', () => {
  it('reports each problem as an annotation on the head line, and fails', async () => {
    const head = withEntry(withEntry(example, '- **Swin', OLD), '- **Training', RELATIVE);
    const { context, pull, gateway } = await setup({ 'README.md': head });
    const result = await reviewPullRequest(context, pull);
    expect(result.result).toBe('reviewed');
    expect(result.annotations).toEqual([
      {
        file: 'README.md',
        line: lineOf(head, '- **An Old Paper'),
        title: 'Entry out of order',
        message: expect.stringContaining('"An Old Paper" (2012) is out of order'),
      },
      {
        file: 'README.md',
        line: lineOf(head, '[ICCV 2021] [[Paper](paper.pdf)]'),
        title: 'Malformed entry',
        message: 'Link target "paper.pdf" is not an absolute http(s) URL.',
      },
    ]);
    expect(result.failure).toMatch(/^2 problems in the list entries #\d+ adds or changes/);
    expect(result.summary).toContain('| file | line | problem |');
    // Reads the configuration at the base, the files list, where the pull request branched,
    // and each version by sha.
    expect(gateway.calls).toEqual([
      'readFile .github/paper-list.yml',
      `listPullRequestFiles ${pull.number}`,
      expect.stringMatching(/^mergeBase \w+ \w+$/),
      'readFile README.md',
      'readFile README.md',
    ]);
  });

  it('passes a clean pull request and says what it checked', async () => {
    const { context, pull } = await setup({ 'README.md': withEntry(example, '- **Swin', GOOD) });
    const result = await reviewPullRequest(context, pull);
    expect(result).toMatchObject({
      result: 'reviewed',
      message: `#${pull.number}: no problems in README.md.`,
    });
    expect(result.failure).toBeUndefined();
    expect(result.annotations).toBeUndefined();
    expect(result.summary).toContain('Checked the 1 new or changed entry');
  });

  it('passes a pull request that changes the list but none of its entries', async () => {
    const head = example.replace('Papers we read and liked', 'Papers we liked');
    const { context, pull } = await setup({ 'README.md': head });
    const result = await reviewPullRequest(context, pull);
    expect(result).toMatchObject({
      result: 'reviewed',
      summary: `### No problems\n\n#${pull.number} changes no entry of \`README.md\`.`,
    });
  });

  it('skips a pull request that changes no list file', async () => {
    const { context, pull, gateway } = await setup({ 'docs/notes.md': 'Notes\n' });
    const result = await reviewPullRequest(context, pull);
    expect(result.result).toBe('skipped');
    expect(result.message).toContain('changes none of the list files (README.md)');
    expect(gateway.calls.filter((c) => c.startsWith('readFile'))).toHaveLength(1);
  });

  it('checks by the base configuration, which the pull request cannot change', async () => {
    const { context, pull } = await setup({
      '.github/paper-list.yml': 'files: [OTHER.md]\n',
      'README.md': withEntry(example, '- **Swin', OLD),
    });
    const result = await reviewPullRequest(context, pull);
    expect(result.annotations).toHaveLength(1);
  });

  it('reviews the managed files of a configured list, and notes a deleted one', async () => {
    const config = 'files: [README.md, OTHER.md]\n';
    const { context, pull, log, gateway } = await setup(
      { 'OTHER.md': `# Other\n${GOOD}\n` },
      { '.github/paper-list.yml': config },
    );
    gateway.push(BRANCH, {});
    const commit = gateway.commits.get(gateway.branches.get(BRANCH)!)!;
    commit.files.delete('README.md');
    const result = await reviewPullRequest(context, { ...pull, headSha: commit.sha });
    expect(result.message).toBe(`#${pull.number}: no problems in OTHER.md.`);
    expect(log).toContain(`#${pull.number} deletes README.md: nothing to check in it.`);
  });
});
