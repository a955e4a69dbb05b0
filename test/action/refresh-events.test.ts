import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEvent } from '../../src/action/event.js';
import { isRefreshEvent } from '../../src/action/refresh-events.js';
import { skipReason } from '../../src/main.js';
import { pushPayload, schedulePayload } from '../support/run-action.js';

const dir = mkdtempSync(path.join(tmpdir(), 'paper-list-refresh-event-'));
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

const AFTER = 'a'.repeat(40);
const TREE = 'b'.repeat(40);
const push = (extra: Partial<Parameters<typeof pushPayload>[0]> = {}) =>
  pushPayload({ owner: 'curator', repo: 'reading-list', after: AFTER, treeId: TREE, ...extra });

describe('push events', () => {
  it('reads the ref, the new head and its tree', async () => {
    const event = await read('push', push());
    expect(event).toEqual({
      kind: 'push',
      repository: {
        owner: 'curator',
        repo: 'reading-list',
        defaultBranch: 'main',
        url: 'https://github.com/curator/reading-list',
      },
      ref: 'refs/heads/main',
      after: AFTER,
      treeSha: TREE,
    });
    expect(isRefreshEvent(event)).toBe(true);
    expect(skipReason(event)).toBeUndefined();
  });

  it('skips, from the payload alone, a push to another branch or one that deleted the branch', async () => {
    expect(skipReason(await read('push', push({ branch: 'draft' })))).toBe(
      'A push to refs/heads/draft, not to the default branch main: nothing to refresh.',
    );
    expect(skipReason(await read('push', push({ after: '0'.repeat(40) })))).toBe(
      'The push deleted main: nothing to refresh.',
    );
  });

  it('reads a push without a head commit', async () => {
    const event = await read('push', push({ treeId: undefined }));
    expect(event).toMatchObject({ kind: 'push', treeSha: undefined });
  });

  it('names the field of a push payload that is not what GitHub sends', async () => {
    const payload = push() as Record<string, unknown>;
    await expect(read('push', { ...payload, after: 'main' })).rejects.toThrow(
      /the push event payload is not what GitHub sends \(after: /,
    );
    await expect(read('push', { ...payload, repository: {} })).rejects.toThrow(
      /repository\.default_branch/,
    );
  });
});

describe('schedule events', () => {
  it('reads the repository from the payload', async () => {
    const event = await read(
      'schedule',
      schedulePayload({ owner: 'curator', repo: 'reading-list' }),
    );
    expect(event).toMatchObject({ kind: 'schedule', repository: { defaultBranch: 'main' } });
    expect(skipReason(event)).toBeUndefined();
  });

  it('reads an old payload, holding only the cron line, with the runner’s variables', async () => {
    const event = await read(
      'schedule',
      { schedule: '0 5 * * *' },
      { GITHUB_REF: 'refs/heads/trunk', GITHUB_SERVER_URL: 'https://ghe.example.com' },
    );
    expect(event).toMatchObject({
      kind: 'schedule',
      repository: { defaultBranch: 'trunk', url: 'https://ghe.example.com/curator/reading-list' },
    });
    await expect(read('schedule', { schedule: '0 5 * * *' })).rejects.toThrow(/GITHUB_REF/);
  });
});
