import { randomUUID } from 'node:crypto';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { isolateRetryCounts, requestDelays, type RequestDelays } from './request-delays.js';
import { realSleep, type Sleep } from './sleep.js';
import { throttleStandIns, type ThrottleStandIns } from './throttle-stand-ins.js';
import { createWritePacer, GITHUB_WRITE_PACING, type WritePacing } from './write-pacing.js';

/**
 * Octokit with the client's own pauses (pacing, retry back-off: {@link requestDelays}, first so
 * that it sees every attempt), then the retry and throttling plugins: the one client the action
 * uses.
 */
const BotOctokit = Octokit.plugin(requestDelays, retry, throttling);
export type GitHubClient = InstanceType<typeof BotOctokit>;

/** How to reach GitHub and how patient to be. */
export interface GitHubClientOptions {
  readonly token: string;
  /** `GITHUB_API_URL`: api.github.com, a GitHub Enterprise Server, or a local emulator. */
  readonly baseUrl: string;
  /** Where retries and rate-limit waits are reported. */
  readonly warn: (message: string) => void;
  /** Retries of a 5xx or network failure (default 3). */
  readonly retries?: number;
  /** Longest rate-limit wait accepted before giving up, in seconds (default 60). */
  readonly maxWaitSeconds?: number;
  /**
   * Space writes out for bulk work: `true` for GitHub's pace ({@link GITHUB_WRITE_PACING}) or
   * a pace of one's own. Default off: see {@link createGitHubClient} for why a run needs none.
   */
  readonly pacing?: boolean | WritePacing;
  /** The n-th retry of a failed request waits n² times this, in ms (default 1000: 1, 4, 9 s). */
  readonly retryBaseMs?: number;
  /** How every pause is made: rate-limit waits, retry back-off, pacing (default: real time). */
  readonly sleep?: Sleep;
  /** The clock pacing reads (default `Date.now`). */
  readonly now?: () => number;
}

/** Statuses not worth retrying: 409 (stale sha) and 422 (already exists) answer the same again. */
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 451];

/**
 * Builds the Octokit client: server errors are retried with back-off (plugin-retry), primary
 * and secondary rate limits are waited out as long as GitHub says (plugin-throttling's
 * `retry-after` handling), up to a bound. Every pause goes through `options.sleep`.
 *
 * Writes are not paced by default. GitHub asks clients making "a large number" of writes to
 * leave a second between them, and plugin-throttling applies that pace unasked (three seconds
 * before a write that notifies people). A run of the action makes a handful of writes, one
 * after the other (an add: a branch, a commit, a pull request, a comment), far below the
 * secondary limits (80 content-creating requests a minute), so pacing them only made each add
 * take 5 s longer. Bulk or concurrent work turns pacing on with `pacing`; a secondary rate
 * limit, if GitHub ever sends one, is still waited out as long as its `retry-after` says.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const retries = options.retries ?? 3;
  const sleep = options.sleep ?? realSleep;
  const pacing = options.pacing === true ? GITHUB_WRITE_PACING : options.pacing || undefined;
  const delays: RequestDelays = {
    retries,
    doNotRetry: DO_NOT_RETRY,
    retryBaseMs: options.retryBaseMs ?? 1000,
    pacer: pacing && createWritePacer(pacing, { sleep, now: options.now ?? Date.now }),
    sleep,
  };
  const client = new BotOctokit({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: 'paper-list-bot',
    // Octokit logs every failed request; the commands handle (or report) failures themselves,
    // and an expected 404 (no configuration file) is not worth a warning.
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    requestDelays: delays,
    // The waiting is requestDelays' (through `sleep`): plugin-retry retries right after it.
    retry: { retries, doNotRetry: [...DO_NOT_RETRY], retryAfterBaseValue: 0 },
    throttle: throttleOptions(options, sleep),
  });
  isolateRetryCounts(client);
  return client;
}

/**
 * plugin-throttling's options: rate limits are waited out through `sleep` (the plugin itself
 * then adds nothing), and its Bottleneck limiters are replaced by stand-ins that run each
 * request at once (throttle-stand-ins.ts says why). Its pacing, shared by every client in the
 * process, gives way to {@link createWritePacer}'s. The rate limits GitHub answers with are
 * still the plugin's to recognise, wait out and retry.
 */
function throttleOptions(
  options: GitHubClientOptions,
  sleep: Sleep,
): ThrottlingOptions & ThrottleStandIns {
  const retries = options.retries ?? 3;
  const maxWait = options.maxWaitSeconds ?? 60;
  const onLimit =
    (kind: string) =>
    async (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ): Promise<boolean> => {
      const retrying = retryCount < retries && retryAfter <= maxWait;
      options.warn(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}: ${
          retrying ? `waiting ${retryAfter} s and retrying` : 'giving up'
        }`,
      );
      if (retrying) await sleep(retryAfter * 1000);
      return retrying;
    };
  return {
    // Its own key in the plugin's process-wide limiters: clients never share one.
    id: `paper-list-bot-${randomUUID()}`,
    retryAfterBaseValue: 0,
    ...throttleStandIns(sleep),
    onRateLimit: onLimit('primary'),
    onSecondaryRateLimit: onLimit('secondary'),
  };
}
