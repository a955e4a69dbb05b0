// The `pull_request` event: its payload checked with the schema, and which actions are reviewed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEvent } from '../../src/action/event.js';
import { skipReason } from '../../src/main.js';
import {
  pullRequestPayload,
  type PullRequestPayloadOptions,
} from '../support/pull-request-payload.js';

const dir = mkdtempSync(path.join(tmpdir(), 'paper-list-pr-event-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let count = 0;

const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);

function payload(overrides: Partial<PullRequestPayloadOptions> = {}) {
  return pullRequestPayload({
    action: 'opened',
    owner: 'curator',
    repo: 'reading-list',
    number: 12,
    headRef: 'add-papers',
    headSha: HEAD,
    baseSha: BASE,
    ...overrides,
  }) as { pull_request: Record<string, Record<string, unknown>> };
}

function read(event: unknown) {
  const file = path.join(dir, `event-${(count += 1)}.json`);
  writeFileSync(file, JSON.stringify(event));
  return readEvent({
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: file,
    GITHUB_REPOSITORY: 'curator/reading-list',
  });
}

describe('readEvent for pull_request', () => {
  it('reads the number, the branch it goes into and the two commits', async () => {
    expect(await read(payload())).toEqual({
      kind: 'pull_request',
      action: 'opened',
      repository: {
        owner: 'curator',
        repo: 'reading-list',
        defaultBranch: 'main',
        url: 'https://github.com/curator/reading-list',
      },
      pullRequest: { number: 12, baseRef: 'main', baseSha: BASE, headSha: HEAD },
    });
  });

  it('names the fork a pull request comes from, or says it was deleted', async () => {
    const fork = await read(payload({ headRepository: 'grace/reading-list' }));
    expect(fork.kind === 'pull_request' && fork.pullRequest.fork).toBe('grace/reading-list');
    const gone = await read(payload({ headRepository: null }));
    expect(gone.kind === 'pull_request' && gone.pullRequest.fork).toBe('(a deleted fork)');
  });

  it.each([
    [
      'the head sha',
      (p: ReturnType<typeof payload>) => ({ ...p.pull_request.head, sha: 'main' }),
      'head',
      /pull_request\.head\.sha/,
    ],
    [
      'the base sha',
      (p: ReturnType<typeof payload>) => ({ ...p.pull_request.base, sha: undefined }),
      'base',
      /pull_request\.base\.sha/,
    ],
    [
      'the base branch',
      (p: ReturnType<typeof payload>) => ({ ...p.pull_request.base, ref: '' }),
      'base',
      /pull_request\.base\.ref/,
    ],
  ])(
    'fails naming the field when %s is missing or malformed',
    async (_name, change, side, field) => {
      const event = payload();
      const broken = { ...event, pull_request: { ...event.pull_request, [side]: change(event) } };
      await expect(read(broken)).rejects.toThrow(field);
    },
  );

  it('fails on a pull request number that is not one', async () => {
    const event = payload();
    await expect(
      read({ ...event, pull_request: { ...event.pull_request, number: '12' } }),
    ).rejects.toThrow(/pull_request\.number/);
  });
});

describe('skipReason for pull_request', () => {
  it('reviews opened, synchronize, reopened and edited pull requests', async () => {
    for (const action of ['opened', 'synchronize', 'reopened', 'edited'])
      expect(skipReason(await read(payload({ action })))).toBeUndefined();
  });

  it('skips the other actions', async () => {
    expect(skipReason(await read(payload({ action: 'closed' })))).toBe(
      'Nothing to do for pull_request closed events.',
    );
    expect(skipReason({ kind: 'other', name: 'release' })).toMatch(
      /runs on issues, pull_request, push, schedule and workflow_dispatch events, not release/,
    );
  });
});
