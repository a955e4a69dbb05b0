import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { describe, expect, it, vi } from 'vitest';
import { MAX_BODY_BYTES, SECONDARY_RATE_LIMIT_MESSAGE } from '../support/github-emulator/index.js';
import { api, client, OWNER, REPO, repoPath, statusOf, TOKEN, useEmulator } from './helpers.js';

const ctx = useEmulator();
const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const readme = { owner: OWNER, repo: REPO, path: 'README.md' };

describe('fault injection', () => {
  it('fails the next matching request once, then serves normally', async () => {
    ctx.emu.failNext({ method: 'GET', path: `${repoPath}/contents/README.md`, status: 502 });
    expect(await statusOf(ctx.octokit.repos.getContent(readme))).toMatchObject({
      status: 502,
      message: 'Bad Gateway',
    });
    expect((await ctx.octokit.repos.getContent(readme)).status).toBe(200);
    expect(ctx.emu.requests.map((r) => r.status)).toEqual([502, 200]);
  });

  it('has a 502 retried by @octokit/plugin-retry', async () => {
    const RetryOctokit = Octokit.plugin(retry);
    const octokit = new RetryOctokit({
      auth: TOKEN,
      baseUrl: ctx.emu.url,
      log: quiet,
      retry: { retryAfterBaseValue: 1 },
    });
    ctx.emu.failNext({ path: /\/contents\//, status: 502, times: 2 });
    const { status } = await octokit.repos.getContent(readme);
    expect(status).toBe(200);
    expect(ctx.emu.requests.map((r) => r.status)).toEqual([502, 502, 200]);
    expect(ctx.emu.pendingFaults()).toBe(0);
  });

  it('can apply a write and still answer with the fault (a retried create then sees 422)', async () => {
    const RetryOctokit = Octokit.plugin(retry);
    const octokit = new RetryOctokit({
      auth: TOKEN,
      baseUrl: ctx.emu.url,
      log: quiet,
      retry: { retryAfterBaseValue: 1 },
    });
    ctx.emu.commit({
      owner: OWNER,
      name: REPO,
      branch: 'topic',
      files: { 'a.md': 'a' },
      message: 'a',
    });
    ctx.emu.failNext({ method: 'POST', path: `${repoPath}/pulls`, status: 502, applied: true });
    const result = await statusOf(
      octokit.pulls.create({ owner: OWNER, repo: REPO, head: 'topic', base: 'main', title: 'T' }),
    );
    expect(result.status).toBe(422);
    expect(ctx.emu.requests.map((r) => r.status)).toEqual([502, 422]);
    expect(ctx.emu.state(OWNER, REPO).pulls.map((p) => p.headRef)).toEqual(['topic']);
  });

  it('works with the retry and throttling plugins together, as the action uses them', async () => {
    const BotOctokit = Octokit.plugin(retry, throttling);
    const onSecondaryRateLimit = vi.fn(() => true);
    const octokit = new BotOctokit({
      auth: TOKEN,
      baseUrl: ctx.emu.url,
      log: quiet,
      retry: { retryAfterBaseValue: 1 },
      throttle: {
        onSecondaryRateLimit,
        onRateLimit: () => false,
        retryAfterBaseValue: 10,
        id: 'emulator-both',
      },
    });
    ctx.emu.failNext({ method: 'GET', path: /\/contents\//, status: 502 });
    ctx.emu.secondaryRateLimitNext({ method: 'GET', path: /\/contents\//, retryAfterSeconds: 1 });
    expect((await octokit.repos.getContent(readme)).status).toBe(200);
    expect(ctx.emu.requests.map((r) => r.status)).toEqual([502, 403, 200]);
    expect(onSecondaryRateLimit).toHaveBeenCalledTimes(1);
  });

  it('serves custom bodies and headers', async () => {
    ctx.emu.failNext({
      path: `${repoPath}/pulls`,
      method: 'POST',
      status: 422,
      body: { message: 'custom' },
      headers: { 'x-extra': '1' },
    });
    const res = await api(ctx.emu, `${repoPath}/pulls`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(422);
    expect(res.headers.get('x-extra')).toBe('1');
    expect(await res.json()).toEqual({ message: 'custom' });
  });

  it('emulates a secondary rate limit that plugin-throttling waits out and retries', async () => {
    const ThrottledOctokit = Octokit.plugin(throttling);
    const onSecondaryRateLimit = vi.fn((_retryAfter: number) => true);
    const onRateLimit = vi.fn(() => false);
    const octokit = new ThrottledOctokit({
      auth: TOKEN,
      baseUrl: ctx.emu.url,
      log: quiet,
      // The plugin waits retryAfter × this many ms: 0 skips the wait it asks for, which is
      // asserted on the handler (as long as retry-after says, not the plugin's 60 s fallback).
      throttle: {
        onSecondaryRateLimit,
        onRateLimit,
        id: 'emulator-secondary',
        retryAfterBaseValue: 0,
      },
    });
    ctx.emu.secondaryRateLimitNext({
      path: `${repoPath}/contents/README.md`,
      retryAfterSeconds: 7,
    });
    const { status } = await octokit.repos.getContent(readme);
    expect(status).toBe(200);
    expect(onSecondaryRateLimit).toHaveBeenCalledTimes(1);
    expect(onSecondaryRateLimit).toHaveBeenCalledWith(7, expect.anything(), expect.anything(), 0);
    expect(onRateLimit).not.toHaveBeenCalled();
    expect(ctx.emu.requests.map((r) => r.status)).toEqual([403, 200]);
  });

  it('sends the secondary rate limit as GitHub does', async () => {
    ctx.emu.secondaryRateLimitNext({ method: 'POST', path: /\/comments$/, retryAfterSeconds: 7 });
    const res = await api(ctx.emu, `${repoPath}/issues/1/comments`, {
      method: 'POST',
      body: '{"body":"x"}',
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(res.headers.get('x-ratelimit-remaining')).not.toBe('0');
    expect(((await res.json()) as { message: string }).message).toBe(SECONDARY_RATE_LIMIT_MESSAGE);
  });

  it('emulates the primary rate limit (403 with x-ratelimit-remaining 0)', async () => {
    const ThrottledOctokit = Octokit.plugin(throttling);
    const onRateLimit = vi.fn(() => true);
    const octokit = new ThrottledOctokit({
      auth: TOKEN,
      baseUrl: ctx.emu.url,
      log: quiet,
      throttle: {
        onSecondaryRateLimit: () => false,
        onRateLimit,
        retryAfterBaseValue: 10,
        id: 'emulator-primary',
      },
    });
    ctx.emu.primaryRateLimitNext({ path: `${repoPath}/contents/README.md`, resetInSeconds: 0 });
    expect((await octokit.repos.getContent(readme)).status).toBe(200);
    expect(onRateLimit).toHaveBeenCalledTimes(1);
  });

  it('runs beforeRequest hooks first, so tests can race the bot (branch moves between read and write)', async () => {
    const main = ctx.emu.state(OWNER, REPO).branches.main ?? '';
    const tree = await ctx.octokit.git.createTree({
      owner: OWNER,
      repo: REPO,
      base_tree: ctx.emu.commitInfo(OWNER, REPO, main).tree,
      tree: [{ path: 'bot.md', mode: '100644', type: 'blob', content: 'bot' }],
    });
    const commit = await ctx.octokit.git.createCommit({
      owner: OWNER,
      repo: REPO,
      message: 'bot',
      tree: tree.data.sha,
      parents: [main],
    });
    const remove = ctx.emu.beforeRequest((req) => {
      if (req.method === 'PATCH' && req.path.endsWith('/git/refs/heads/main')) {
        ctx.emu.commit({
          owner: OWNER,
          name: REPO,
          branch: 'main',
          files: { 'human.md': 'h' },
          message: 'human push',
        });
      }
    });
    const result = await statusOf(
      ctx.octokit.git.updateRef({
        owner: OWNER,
        repo: REPO,
        ref: 'heads/main',
        sha: commit.data.sha,
      }),
    );
    expect(result).toMatchObject({ status: 422, message: 'Update is not a fast forward' });
    remove();
    expect(ctx.emu.readFile(OWNER, REPO, 'main', 'human.md')).toBe('h');
  });
});

describe('requests and errors', () => {
  it('logs every request in order with method, decoded path, query, status and body', async () => {
    await ctx.octokit.repos.getContent({ ...readme, ref: 'main' });
    await ctx.octokit.issues
      .createComment({ owner: OWNER, repo: REPO, issue_number: 99, body: 'hi' })
      .catch(() => undefined);
    expect(ctx.emu.requests).toEqual([
      {
        method: 'GET',
        path: `${repoPath}/contents/README.md`,
        query: { ref: 'main' },
        status: 200,
      },
      {
        method: 'POST',
        path: `${repoPath}/issues/99/comments`,
        query: {},
        status: 404,
        body: { body: 'hi' },
      },
    ]);
    ctx.emu.resetRequests();
    expect(ctx.emu.requests).toEqual([]);
  });

  it('answers 401 Bad credentials for a wrong or missing token', async () => {
    const wrong = await statusOf(client(ctx.emu, 'wrong').repos.get({ owner: OWNER, repo: REPO }));
    expect(wrong).toMatchObject({ status: 401, message: 'Bad credentials' });
    expect(wrong.data).toMatchObject({ documentation_url: 'https://docs.github.com/rest' });
    const missing = await api(ctx.emu, repoPath, { auth: false });
    expect(missing.status).toBe(401);
    const bearer = await api(ctx.emu, repoPath, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(bearer.status).toBe(200);
  });

  it('sends GitHub headers on every response', async () => {
    const ok = await api(ctx.emu, repoPath);
    const notFound = await api(ctx.emu, '/repos/nobody/nothing');
    for (const res of [ok, notFound]) {
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(res.headers.get('x-github-request-id')).toBeTruthy();
      expect(Number(res.headers.get('x-ratelimit-remaining'))).toBeGreaterThan(0);
    }
    expect(ok.headers.get('x-github-request-id')).not.toBe(
      notFound.headers.get('x-github-request-id'),
    );
    expect(await notFound.json()).toEqual({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest',
      status: '404',
    });
  });

  it('answers 404 for unknown routes, 400 for broken JSON and 413 for bodies over 10 MB', async () => {
    expect((await api(ctx.emu, `${repoPath}/nothing/here`)).status).toBe(404);
    const broken = await api(ctx.emu, `${repoPath}/issues`, { method: 'POST', body: '{' });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { message: string }).message).toBe('Problems parsing JSON');
    const huge = await api(ctx.emu, `${repoPath}/git/blobs`, {
      method: 'POST',
      body: JSON.stringify({ content: 'x'.repeat(MAX_BODY_BYTES) }),
    });
    expect(huge.status).toBe(413);
  });
});
