// The client's pauses, against the GitHub emulator: retries back off as plugin-retry counts,
// rate limits are waited out as long as GitHub says, writes are paced only when asked. Every
// pause goes through the injected sleep, so each test asserts the pauses asked for, not time.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClientOptions } from '../../src/github/octokit-client.js';
import { GITHUB_WRITE_PACING } from '../../src/github/write-pacing.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github-emulator/index.js';

const token = 'client-token';
const repo = { owner: 'o', repo: 'r' };
let emulator: GitHubEmulator;

beforeEach(async () => {
  emulator = await startGitHubEmulator({ token });
  emulator.createRepo({ owner: 'o', name: 'r', files: { 'README.md': '# Papers\n' } });
  emulator.createIssue({
    owner: 'o',
    name: 'r',
    title: 't',
    body: 'b',
    user: { login: 'ada', id: 1 },
  });
});
afterEach(() => emulator.close());

/** A client whose pauses are recorded (and take no time) on a clock that they move on. */
function recordingClient(options: Partial<GitHubClientOptions> = {}) {
  const waits: number[] = [];
  const warnings: string[] = [];
  let clock = 1_000_000;
  const client = createGitHubClient({
    token,
    baseUrl: emulator.url,
    warn: (message) => warnings.push(message),
    sleep: async (ms) => {
      waits.push(ms);
      clock += ms;
    },
    now: () => clock,
    ...options,
  });
  return { client, waits, warnings };
}

const readme = () => ({ ...repo, path: 'README.md' });

describe('retries', () => {
  it('backs off 1, 4 and 9 s before the three retries of a 5xx, then gives up', async () => {
    const { client, waits } = recordingClient();
    emulator.failNext({ method: 'GET', path: /\/contents\//, status: 500, times: 4 });
    await expect(client.repos.getContent(readme())).rejects.toMatchObject({ status: 500 });
    expect(emulator.requests.map((r) => r.status)).toEqual([500, 500, 500, 500]);
    expect(waits).toEqual([1000, 4000, 9000]);
  });

  it('counts the attempts of each call apart: an earlier failure does not lengthen the next back-off', async () => {
    const { client, waits } = recordingClient();
    // A 404 the bot expects (no configuration file), then a 502 on the next call.
    await expect(client.repos.getContent({ ...repo, path: 'missing.yml' })).rejects.toMatchObject({
      status: 404,
    });
    emulator.failNext({ method: 'GET', path: /\/contents\/README/, status: 502 });
    expect((await client.repos.getContent(readme())).status).toBe(200);
    expect(waits).toEqual([1000]);
  });

  it('scales the back-off with retryBaseMs and never retries a 4xx', async () => {
    const { client, waits } = recordingClient({ retryBaseMs: 10 });
    emulator.failNext({ method: 'GET', path: /\/contents\//, status: 503, times: 2 });
    expect((await client.repos.getContent(readme())).status).toBe(200);
    emulator.failNext({ method: 'GET', path: /\/contents\//, status: 422 });
    await expect(client.repos.getContent(readme())).rejects.toMatchObject({ status: 422 });
    expect(waits).toEqual([10, 40]);
  });
});

describe('rate limits', () => {
  it('waits out a secondary rate limit exactly as long as retry-after says', async () => {
    const { client, waits, warnings } = recordingClient();
    emulator.secondaryRateLimitNext({ method: 'POST', path: /\/comments$/, retryAfterSeconds: 7 });
    await client.issues.createComment({ ...repo, issue_number: 1, body: 'hi' });
    expect(waits).toEqual([7000]);
    expect(warnings).toEqual([
      expect.stringMatching(/^GitHub secondary rate limit on POST .*: waiting 7 s and retrying$/),
    ]);
    expect(emulator.requests.map((r) => r.status)).toEqual([403, 201]);
  });

  it('waits for the primary rate limit to reset', async () => {
    const { client, waits, warnings } = recordingClient();
    emulator.primaryRateLimitNext({ method: 'GET', path: /\/contents\//, resetInSeconds: 30 });
    expect((await client.repos.getContent(readme())).status).toBe(200);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(30_000);
    expect(waits[0]).toBeLessThanOrEqual(32_000);
    expect(warnings[0]).toMatch(/^GitHub primary rate limit .*: waiting \d+ s and retrying$/);
  });

  it('gives up at once, without waiting, when GitHub asks for longer than maxWaitSeconds', async () => {
    const { client, waits, warnings } = recordingClient({ maxWaitSeconds: 60 });
    emulator.secondaryRateLimitNext({ method: 'POST', path: /\/comments$/, retryAfterSeconds: 61 });
    await expect(
      client.issues.createComment({ ...repo, issue_number: 1, body: 'hi' }),
    ).rejects.toMatchObject({ status: 403 });
    expect(waits).toEqual([]);
    expect(warnings[0]).toMatch(/giving up$/);
  });
});

describe('pacing', () => {
  /** Two comments, a read, a label and a third comment, one after the other. */
  async function someWrites(client: ReturnType<typeof recordingClient>['client']) {
    await client.issues.createComment({ ...repo, issue_number: 1, body: 'one' });
    await client.issues.createComment({ ...repo, issue_number: 1, body: 'two' });
    await client.repos.getContent(readme());
    await client.issues.createLabel({ ...repo, name: 'paper' });
    await client.issues.createComment({ ...repo, issue_number: 1, body: 'three' });
  }

  it('is off by default: writes go out one after the other without a pause', async () => {
    const { client, waits } = recordingClient();
    await someWrites(client);
    expect(waits).toEqual([]);
    expect(emulator.requests).toHaveLength(5);
  });

  it('when on, spaces writes 1 s apart and writes that notify people 3 s apart', async () => {
    const { client, waits } = recordingClient({ pacing: true });
    expect(GITHUB_WRITE_PACING).toEqual({ writeMs: 1000, notifyingWriteMs: 3000 });
    await someWrites(client);
    // comment (t=0), comment (t=3 s), read (no pause), label (t=4 s), comment (t=6 s).
    expect(waits).toEqual([3000, 1000, 2000]);
  });

  it('takes a pace of its own', async () => {
    const { client, waits } = recordingClient({ pacing: { writeMs: 50, notifyingWriteMs: 200 } });
    await someWrites(client);
    expect(waits).toEqual([200, 50, 150]);
  });
});
