import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEvent } from '../../src/action/event.js';
import { skipReason } from '../../src/main.js';
import { dispatchPayload, issuesPayload } from '../support/run-action.js';

const dir = mkdtempSync(path.join(tmpdir(), 'paper-list-event-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let count = 0;

/** Writes a payload to a file and reads it as the runner would hand it over. */
function read(name: string, payload: unknown, env: NodeJS.ProcessEnv = {}) {
  const file = path.join(dir, `event-${(count += 1)}.json`);
  writeFileSync(file, JSON.stringify(payload));
  return readEvent({
    GITHUB_EVENT_NAME: name,
    GITHUB_EVENT_PATH: file,
    GITHUB_REPOSITORY: 'curator/reading-list',
    ...env,
  });
}

const opened = (overrides: Partial<Parameters<typeof issuesPayload>[0]> = {}) =>
  issuesPayload({
    action: 'opened',
    owner: 'curator',
    repo: 'reading-list',
    number: 3,
    title: '[Paper]: x',
    body: '### Title\n\nx',
    author: { login: 'ada', id: 42 },
    labels: ['new-paper'],
    ...overrides,
  }) as { issue: Record<string, unknown> } & Record<string, unknown>;

describe('readEvent', () => {
  it('reads an issues event', async () => {
    const sha = 'a'.repeat(40);
    const event = await read('issues', opened(), { GITHUB_SHA: sha });
    expect(event).toMatchObject({
      kind: 'issues',
      action: 'opened',
      repository: {
        owner: 'curator',
        repo: 'reading-list',
        defaultBranch: 'main',
        url: 'https://github.com/curator/reading-list',
      },
      issue: {
        number: 3,
        body: '### Title\n\nx',
        author: { login: 'ada', id: 42 },
        labels: ['new-paper'],
        state: 'open',
        isPullRequest: false,
      },
      sha,
    });
  });

  it('reads the null body GitHub sends for an empty issue as empty', async () => {
    const payload = opened();
    const event = await read('issues', { ...payload, issue: { ...payload.issue, body: null } });
    expect(event.kind === 'issues' && event.issue.body).toBe('');
  });

  it.each([
    [
      'the author',
      (p: ReturnType<typeof opened>) => ({ ...p.issue, user: undefined }),
      /issue\.user/,
    ],
    [
      'the author login',
      (p: ReturnType<typeof opened>) => ({ ...p.issue, user: { id: 4 } }),
      /issue\.user\.login/,
    ],
    [
      'the issue number',
      (p: ReturnType<typeof opened>) => ({ ...p.issue, number: '3' }),
      /issue\.number/,
    ],
    [
      'the state',
      (p: ReturnType<typeof opened>) => ({ ...p.issue, state: 'merged' }),
      /issue\.state/,
    ],
    [
      'the labels',
      (p: ReturnType<typeof opened>) => ({ ...p.issue, labels: [{}] }),
      /issue\.labels\.0\.name/,
    ],
  ])(
    'fails naming the field when %s is missing or malformed, inventing nothing',
    async (_name, change, field) => {
      const payload = opened();
      await expect(read('issues', { ...payload, issue: change(payload) })).rejects.toThrow(field);
    },
  );

  it('fails when the repository says nothing of its default branch', async () => {
    const payload = dispatchPayload({ owner: 'curator', repo: 'reading-list' }) as Record<
      string,
      unknown
    >;
    await expect(read('workflow_dispatch', { ...payload, repository: {} })).rejects.toThrow(
      /repository\.default_branch/,
    );
  });

  it('fails on a GITHUB_SHA that is no commit, and without GITHUB_REPOSITORY', async () => {
    await expect(read('issues', opened(), { GITHUB_SHA: 'main' })).rejects.toThrow(/GITHUB_SHA/);
    await expect(read('issues', opened(), { GITHUB_REPOSITORY: '' })).rejects.toThrow(
      /GITHUB_REPOSITORY/,
    );
  });

  it('does not read the payload of an event the bot does not handle', async () => {
    expect(await readEvent({ GITHUB_EVENT_NAME: 'release' })).toEqual({
      kind: 'other',
      name: 'release',
    });
  });
});

describe('skipReason', () => {
  const event = async (overrides: Partial<Parameters<typeof issuesPayload>[0]>) =>
    read('issues', opened(overrides));

  it('skips a labeled event that came with the opening of the issue', async () => {
    const at = '2026-11-27T10:00:00Z';
    const labeled = await event({
      action: 'labeled',
      label: 'new-paper',
      createdAt: at,
      updatedAt: '2026-11-27T10:00:01Z',
    });
    expect(skipReason(labeled)).toMatch(/when it was opened/);
  });

  it('lets through a label added later, and the events the bot handles', async () => {
    const later = await event({
      action: 'labeled',
      label: 'new-paper',
      createdAt: '2026-11-27T10:00:00Z',
      updatedAt: '2026-11-27T10:05:00Z',
    });
    expect(skipReason(later)).toBeUndefined();
    for (const action of ['opened', 'edited', 'reopened', 'closed'])
      expect(skipReason(await event({ action }))).toBeUndefined();
  });

  it('skips other actions and events', async () => {
    expect(skipReason(await event({ action: 'assigned' }))).toMatch(
      /Nothing to do for issues assigned/,
    );
    expect(skipReason({ kind: 'other', name: 'release' })).toMatch(/not release/);
  });
});
