// The decisions of an addition, without a gateway: facts in, a record of what to do out.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  decideAddition,
  decideIntake,
  type IssueInput,
} from '../../src/commands/decide-addition.js';
import { defaultConfig } from '../../src/config/config.js';
import type { PullRequest } from '../../src/github/gateway.js';
import { planAddition } from '../../src/plan/plan-addition.js';
import { DEFAULT_FORM } from '../../src/form/default-form.js';
import { readPaperList } from '../../src/list/read-paper-list.js';
import { DEFAULT_FORMAT } from '../support/list-helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = (name: string, file: string) =>
  readFileSync(path.join(root, 'test/fixtures/add', name, file), 'utf8');
const config = defaultConfig();
const repository = { owner: 'o', repo: 'r', defaultBranch: 'main', url: 'https://github.com/o/r' };
const issue = (body: string, overrides: Partial<IssueInput> = {}): IssueInput => ({
  number: 7,
  body,
  author: { login: 'ada', id: 42 },
  comments: 0,
  labels: ['new-paper'],
  state: 'open',
  ...overrides,
});
const planFor = (name: string) => {
  const list = readPaperList(
    [{ path: 'README.md', text: fixture(name, 'list/README.md') }],
    DEFAULT_FORMAT,
  );
  return planAddition({
    body: fixture(name, 'issue.md'),
    form: DEFAULT_FORM,
    list,
    format: DEFAULT_FORMAT,
  });
};
const pull = (overrides: Partial<PullRequest>): PullRequest => ({
  number: 9,
  url: 'https://github.com/o/r/pull/9',
  state: 'open',
  merged: false,
  title: 't',
  body: 'b',
  headRef: 'paper-list-bot/issue-7',
  ...overrides,
});
const base = { sha: 'a'.repeat(40) };

describe('decideIntake', () => {
  it('takes a labelled issue, labels a form-shaped one, skips the rest', () => {
    expect(decideIntake(issue(''), config, false, undefined)).toEqual({
      kind: 'take',
      applyLabel: false,
    });
    expect(decideIntake(issue('', { labels: [] }), config, true, undefined)).toEqual({
      kind: 'take',
      applyLabel: true,
    });
    expect(decideIntake(issue('', { labels: [] }), config, false, undefined).kind).toBe('skip');
    expect(decideIntake(issue(''), config, true, 'bug')).toMatchObject({
      kind: 'skip',
      message: 'Issue #7 was labelled "bug": nothing to do.',
    });
  });
});

describe('decideAddition', () => {
  const facts = (name: string, extra: object = {}) => ({
    issue: issue(fixture(name, 'issue.md')),
    repository,
    config,
    base,
    allowed: true,
    plan: planFor(name),
    files: [{ path: 'README.md', text: '', blobSha: 'blob' }],
    ...extra,
  });

  it('proposes a valid paper: one commit on the issue branch, crediting the filer', () => {
    const decision = decideAddition(facts('insert-top-of-year-group'));
    if (decision.kind !== 'propose') throw new Error(decision.kind);
    expect(decision.proposal).toMatchObject({
      branch: 'paper-list-bot/issue-7',
      base,
      files: [{ path: 'README.md', baseBlobSha: 'blob' }],
    });
    expect(decision.proposal.message).toContain(
      'Co-authored-by: ada <42+ada@users.noreply.github.com>',
    );
    expect(decision.proposal.pullRequest.body).toMatch(/^Closes #7\n/);
  });

  it('replies to an invalid paper, naming the pull request that holds the previous version', () => {
    const decision = decideAddition(facts('invalid-fields', { latest: pull({}) }));
    expect(decision).toMatchObject({ kind: 'reply', result: 'invalid' });
    if (decision.kind === 'reply')
      expect(decision.comment).toContain('#9 still holds the previous');
  });

  it('replies where a duplicate is, and respects a pull request a maintainer closed', () => {
    expect(decideAddition(facts('duplicate-arxiv'))).toMatchObject({ result: 'duplicate' });
    const closed = pull({ state: 'closed' });
    expect(decideAddition(facts('insert-top-of-year-group', { latest: closed }))).toMatchObject({
      kind: 'reply',
      result: 'unchanged',
      pullRequest: closed,
    });
  });

  it('tells a filer who may not add papers, planning nothing', () => {
    const decision = decideAddition({ ...facts('insert-top-of-year-group'), allowed: false });
    expect(decision).toMatchObject({ kind: 'reply', result: 'skipped' });
  });
});
