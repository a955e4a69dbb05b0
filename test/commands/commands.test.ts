// The commands against the in-memory gateway: decisions and their effects, without HTTP.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addPaper, type IssueInput } from '../../src/commands/add-paper.js';
import { closePaper } from '../../src/commands/close-paper.js';
import type { CommandContext } from '../../src/commands/command-context.js';
import { quietLogger } from '../support/quiet-logger.js';
import { sortList } from '../../src/commands/sort-list.js';
import { COMMENT_MARKER } from '../../src/messages/issue-comment.js';
import { corpusFile, REFERENCE } from '../support/corpus.js';
import { addedLines } from '../support/list-helpers.js';
import { MemoryGateway } from '../support/memory-gateway.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const example = readFileSync(path.join(root, 'examples/README.md'), 'utf8');
const body = readFileSync(
  path.join(root, 'test/fixtures/add/insert-top-of-year-group/issue.md'),
  'utf8',
);
const branch = 'paper-list-bot/issue-7';

function setup(files: Record<string, string> = { 'README.md': example }) {
  const gateway = new MemoryGateway(files);
  const context: CommandContext = {
    gateway,
    repository: { owner: 'o', repo: 'r', defaultBranch: 'main', url: 'https://github.com/o/r' },
    configPath: '.github/paper-list.yml',
    log: quietLogger,
  };
  return { gateway, context };
}

const issue = (overrides: Partial<IssueInput> = {}): IssueInput => ({
  number: 7,
  body,
  author: { login: 'ada', id: 42 },
  comments: 0,
  labels: ['new-paper'],
  state: 'open',
  ...overrides,
});

describe('addPaper', () => {
  it('opens a pull request from a new branch and leaves one comment', async () => {
    const { gateway, context } = setup();
    const result = await addPaper(context, issue());
    expect(result.result).toBe('created');
    expect(result.pullRequest?.number).toBe(100);
    const expected = readFileSync(
      path.join(root, 'test/fixtures/add/insert-top-of-year-group/expected/README.md'),
      'utf8',
    );
    expect(gateway.file(branch, 'README.md')).toBe(expected);
    expect(gateway.pulls).toHaveLength(1);
    expect(gateway.pulls[0]!.body).toMatch(/^Closes #7\n/);
    expect(gateway.comments).toHaveLength(1);
    expect(gateway.comments[0]!.body).toContain(
      '#100 adds **Masked Autoencoders Are Scalable Vision Learners**',
    );
    expect(gateway.comments[0]!.body.endsWith(COMMENT_MARKER)).toBe(true);
    const head = gateway.commits.get(gateway.branches.get(branch)!)!;
    expect(head.parents).toEqual([gateway.branches.get('main')]);
    expect(head.message).toContain('Co-authored-by: ada <42+ada@users.noreply.github.com>');
    // A first run knows the issue has no comments: it does not list them.
    expect(gateway.calls.filter((c) => c.startsWith('listComments'))).toEqual([]);
  });

  it('leaves the same state when the same event runs again', async () => {
    const { gateway, context } = setup();
    await addPaper(context, issue());
    const commits = gateway.commits.size;
    const again = await addPaper(context, issue());
    expect(again.result).toBe('unchanged');
    expect(gateway.pulls).toHaveLength(1);
    expect(gateway.comments).toHaveLength(1);
    expect(gateway.commits.size).toBe(commits);
  });

  it('regenerates the branch from the current default branch on an edit and updates PR and comment', async () => {
    const { gateway, context } = setup();
    await addPaper(context, issue());
    const moved = gateway.push('main', { 'NOTES.md': 'unrelated change\n' });
    const edited = await addPaper(
      context,
      issue({ body: body.replace('CVPR 2022 Oral', 'ICCV 2021'), comments: 1 }),
    );
    expect(edited.result).toBe('updated');
    expect(gateway.pulls).toHaveLength(1);
    expect(gateway.pulls[0]!.body).toContain('[ICCV 2021]');
    expect(gateway.comments).toHaveLength(1);
    expect(gateway.comments[0]!.body).toContain('to **Vision Transformers** (`README.md`).');
    // The line is the pull request's to say: a refresh that moves the entry rewrites only it.
    expect(gateway.pulls[0]!.body).toContain('[`README.md` line 13]');
    const head = gateway.commits.get(gateway.branches.get(branch)!)!;
    expect(head.parents).toEqual([moved]);
    expect(head.files.get('NOTES.md')).toBe('unrelated change\n');
    const added = addedLines(example, gateway.file(branch, 'README.md')!);
    expect(added).toContain(
      '[ICCV 2021] [[Paper](https://arxiv.org/abs/2111.06377v3)] [[Code](https://github.com/facebookresearch/mae)] <Br>',
    );
  });

  it('comments the problems of an invalid issue and opens nothing', async () => {
    const { gateway, context } = setup();
    const result = await addPaper(context, issue({ body: body.replace('CVPR 2022 Oral', 'CVPR') }));
    expect(result.result).toBe('invalid');
    expect(gateway.branches.has(branch)).toBe(false);
    expect(gateway.pulls).toHaveLength(0);
    expect(gateway.comments[0]!.body).toContain(
      '**Venue and year**: "Venue and year" must hold the year',
    );
  });

  it('comments where a duplicate already is and opens nothing', async () => {
    const { gateway, context } = setup();
    const duplicate = readFileSync(
      path.join(root, 'test/fixtures/add/duplicate-arxiv/issue.md'),
      'utf8',
    );
    const result = await addPaper(context, issue({ body: duplicate }));
    expect(result.result).toBe('duplicate');
    expect(gateway.pulls).toHaveLength(0);
    expect(gateway.comments[0]!.body).toContain('https://github.com/o/r/blob/main/README.md#L23');
  });

  it('reads a body with reworded labels through the repository’s own form', async () => {
    const fixture = path.join(root, 'test/fixtures/add/reworded-form');
    const { gateway, context } = setup({
      'README.md': example,
      '.github/ISSUE_TEMPLATE/new-paper.yml': readFileSync(path.join(fixture, 'form.yml'), 'utf8'),
    });
    const result = await addPaper(
      context,
      issue({ body: readFileSync(path.join(fixture, 'issue.md'), 'utf8') }),
    );
    expect(result.result).toBe('created');
    expect(gateway.file(branch, 'README.md')).toBe(
      readFileSync(path.join(fixture, 'expected/README.md'), 'utf8'),
    );
    expect(gateway.calls).toContain('readFile .github/ISSUE_TEMPLATE/new-paper.yml');
  });

  it('skips an issue that neither carries the form label nor is shaped like the form, writing nothing', async () => {
    const { gateway, context } = setup();
    const bug = issue({ labels: ['bug'], body: '### Describe the bug\n\nIt crashes.' });
    const result = await addPaper(context, bug);
    expect(result.result).toBe('skipped');
    expect(result.message).toMatch(/neither carries the "new-paper" label nor holds the headings/);
    expect(gateway.comments).toHaveLength(0);
    expect(gateway.pulls).toHaveLength(0);
    expect(gateway.calls.filter((c) => !/^(getBranch|readFile) /.test(c))).toEqual([]);
  });

  it('takes an unlabelled issue shaped like the form for a submission, and labels it', async () => {
    const { gateway, context } = setup();
    const result = await addPaper(context, issue({ labels: [] }));
    expect(result.result).toBe('created');
    expect(gateway.repositoryLabels.get('new-paper')).toMatchObject({ name: 'new-paper' });
    expect(gateway.labels.get(7)).toEqual(['new-paper']);
    expect(gateway.pulls).toHaveLength(1);
    // The label exists now: the next unlabelled submission only adds it.
    await addPaper(context, issue({ number: 8, labels: [] }));
    expect(gateway.calls.filter((c) => c.startsWith('createLabel'))).toHaveLength(2);
    expect(gateway.labels.get(8)).toEqual(['new-paper']);
  });

  it('does not label an issue that already carries the form label', async () => {
    const { gateway, context } = setup();
    await addPaper(context, issue());
    expect(gateway.calls.filter((c) => /Label/.test(c))).toEqual([]);
  });

  it('gates on the permission API when allowed-authors is set', async () => {
    const { gateway, context } = setup({
      'README.md': example,
      '.github/paper-list.yml': 'allowed-authors: collaborators\n',
    });
    const result = await addPaper(context, issue());
    expect(result.result).toBe('skipped');
    expect(gateway.pulls).toHaveLength(0);
    expect(gateway.comments[0]!.body).toContain('only adds papers filed by its collaborators');
    gateway.permissions.set('ada', 'write');
    expect((await addPaper(context, issue({ comments: 1 }))).result).toBe('created');
    expect(gateway.comments).toHaveLength(1);
  });

  it('never overwrites a branch people committed to', async () => {
    const { gateway, context } = setup();
    await addPaper(context, issue());
    const human = gateway.push(branch, { 'README.md': 'hand edit\n' });
    const result = await addPaper(
      context,
      issue({ body: body.replace('CVPR 2022 Oral', 'ICCV 2021'), comments: 1 }),
    );
    expect(result.result).toBe('unchanged');
    expect(gateway.branches.get(branch)).toBe(human);
    expect(gateway.comments).toHaveLength(1);
    expect(gateway.comments[0]!.body).toContain('has commits that I did not make');
  });
});

describe('closePaper', () => {
  it('closes the bot pull request and deletes its branch', async () => {
    const { gateway, context } = setup();
    await addPaper(context, issue());
    const result = await closePaper(context, 7);
    expect(result.result).toBe('closed');
    expect(gateway.pulls[0]!.state).toBe('closed');
    expect(gateway.branches.has(branch)).toBe(false);
  });

  it('leaves a merged pull request alone', async () => {
    const { gateway, context } = setup();
    await addPaper(context, issue());
    Object.assign(gateway.pulls[0]!, { state: 'closed', merged: true });
    expect((await closePaper(context, 7)).result).toBe('unchanged');
    expect(gateway.branches.has(branch)).toBe(true);
  });
});

describe('sortList', () => {
  const quantization = corpusFile(`${REFERENCE}/quantization.md`).text;
  const config = 'files: [quantization.md]\n';

  it('opens one pull request that says what moved, and updates it on the next run', async () => {
    const { gateway, context } = setup({
      'quantization.md': quantization,
      '.github/paper-list.yml': config,
    });
    const result = await sortList(context);
    expect(result.result).toBe('sorted');
    expect(gateway.pulls).toHaveLength(1);
    expect(gateway.pulls[0]!.body).toContain('#### QAT (`quantization.md`)');
    expect(gateway.pulls[0]!.body).toMatch(/LSQ\+.* \(2020\) up 1 place/);
    const again = await sortList(context);
    expect(again.result).toBe('sorted');
    expect(gateway.pulls).toHaveLength(1);
  });

  it('closes the earlier re-sort pull request once the list is in order', async () => {
    const { gateway, context } = setup({
      'quantization.md': quantization,
      '.github/paper-list.yml': config,
    });
    await sortList(context);
    // The maintainer fixes the order by hand on the default branch.
    const sorted = gateway.file('paper-list-bot/sort', 'quantization.md')!;
    gateway.push('main', { 'quantization.md': sorted });
    const result = await sortList(context);
    expect(result.result).toBe('closed');
    expect(result.summary).toContain('Every section is in order');
    expect(gateway.pulls[0]!.state).toBe('closed');
    expect(gateway.branches.has('paper-list-bot/sort')).toBe(false);
  });

  it('opens nothing when every section is in order', async () => {
    const { gateway, context } = setup({ 'README.md': corpusFile(`${REFERENCE}/README.md`).text });
    const result = await sortList(context);
    expect(result.result).toBe('unchanged');
    expect(result.summary).toContain('Every section is in order');
    expect(gateway.pulls).toHaveLength(0);
    expect(gateway.branches.size).toBe(1);
  });
});
