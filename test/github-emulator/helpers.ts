// Shared setup for the emulator's own tests: an emulator with one repository, and clients.
import { Octokit } from '@octokit/rest';
import { afterEach, beforeEach } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github-emulator/index.js';

export const OWNER = 'octo-org';
export const REPO = 'papers';
export const TOKEN = 'test-token';

/** The initial files of the test repository. */
export const INITIAL_FILES = {
  'README.md': '# Papers\n\n- [A](https://a.example) (2020)\n',
  'docs/guide.md': 'Guide\n',
};

/** A plain Octokit client (no retry, no throttling) for the emulator. */
export function client(emu: GitHubEmulator, auth = TOKEN): Octokit {
  return new Octokit({
    auth,
    baseUrl: emu.url,
    log: { debug() {}, info() {}, warn() {}, error() {} },
  });
}

/** Raw `fetch` against the emulator, with the token unless `auth` is false. */
export function api(
  emu: GitHubEmulator,
  path: string,
  init: RequestInit & { auth?: boolean } = {},
): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.auth !== false && !headers.has('authorization'))
    headers.set('authorization', `token ${TOKEN}`);
  if (init.body !== undefined && !headers.has('content-type'))
    headers.set('content-type', 'application/json');
  return fetch(`${emu.url}${path}`, { ...init, headers });
}

/** The repository's API path. */
export const repoPath = `/repos/${OWNER}/${REPO}`;

/**
 * Starts a fresh emulator with the test repository before each test and closes it after;
 * read `ctx.emu` and `ctx.octokit` inside tests.
 */
export function useEmulator(): { emu: GitHubEmulator; octokit: Octokit } {
  const ctx = {} as { emu: GitHubEmulator; octokit: Octokit };
  beforeEach(async () => {
    ctx.emu = await startGitHubEmulator();
    ctx.emu.createRepo({ owner: OWNER, name: REPO, files: INITIAL_FILES });
    ctx.octokit = client(ctx.emu);
  });
  afterEach(async () => {
    await ctx.emu.close();
  });
  return ctx;
}

/** The status of a failed Octokit call (throws if it did not fail). */
export async function statusOf(
  promise: Promise<unknown>,
): Promise<{ status: number; message: string; data: unknown }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { status: number; response?: { data: unknown } };
    const data = e.response?.data;
    const message = (data as { message?: string } | undefined)?.message ?? '';
    return { status: e.status, message, data };
  }
  throw new Error('expected the request to fail');
}
