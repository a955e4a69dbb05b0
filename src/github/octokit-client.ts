import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';

/** Octokit with the retry and throttling plugins: the one client the action uses. */
const BotOctokit = Octokit.plugin(retry, throttling);
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
}

/**
 * Builds the Octokit client: server errors are retried with back-off (plugin-retry), primary
 * and secondary rate limits are waited out when GitHub says how long (plugin-throttling), up to
 * a bound, and writes are paced as GitHub recommends.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const retries = options.retries ?? 3;
  const maxWait = options.maxWaitSeconds ?? 60;
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ): boolean => {
      const retrying = retryCount < retries && retryAfter <= maxWait;
      options.warn(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}: ${
          retrying ? `waiting ${retryAfter} s and retrying` : 'giving up'
        }`,
      );
      return retrying;
    };
  return new BotOctokit({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: 'paper-list-bot',
    // Octokit logs every failed request; the commands handle (or report) failures themselves,
    // and an expected 404 (no configuration file) is not worth a warning.
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    // 409 (stale sha) and 422 (already exists) answer the same request the same way again.
    retry: { retries, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] },
    throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
  });
}
