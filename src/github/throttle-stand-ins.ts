// Stand-ins for the Bottleneck limiters of plugin-throttling. Bottleneck holds every request it
// schedules for a few turns of the event loop (about 4 ms a limiter, measured on a local
// emulator), and the plugin put each request through three: its retry limiter, the limiter of
// the request's kind, and the one capping a client at 10 requests at once. The bot needs none of
// what they add: a run sends its requests one after the other (at most one per managed file at
// once), writes are paced by write-pacing.ts when pacing is asked for, and rate-limit waits go
// through the client's `sleep`. The plugin still recognises rate limits and decides to retry.
import type { ThrottlingOptions } from '@octokit/plugin-throttling';
import type { Sleep } from './sleep.js';

type ThrottlingGroup = NonNullable<Extract<ThrottlingOptions, { write?: unknown }>['write']>;

/** A job of a limiter: the request, with the arguments it was scheduled with. */
type Job<A extends unknown[], T> = (...args: A) => Promise<T>;

/**
 * A stand-in for a Bottleneck group: runs each job at once. The plugin only calls
 * `group.key(id).schedule(jobOptions, job, ...args)` on its groups.
 */
export const directGroup = {
  key: () => ({
    schedule: <A extends unknown[], T>(_jobOptions: unknown, job: Job<A, T>, ...args: A) =>
      job(...args),
  }),
} as unknown as ThrottlingGroup;

/** What the plugin's `failed` handler is told of a failed attempt (as Bottleneck tells it). */
interface FailedInfo {
  readonly args: unknown[];
  readonly retryCount: number;
}

type FailedHandler = (error: unknown, info: FailedInfo) => unknown;

/**
 * A stand-in for the plugin's retry limiter, a Bottleneck: runs a job at once; when it fails,
 * asks the plugin's `failed` handler, which answers with a delay in ms to run it again after
 * (a rate limit it retries), or nothing to let the failure through.
 */
export interface DirectRetryLimiter {
  on(event: string, handler: FailedHandler): void;
  schedule<A extends unknown[], T>(job: Job<A, T>, ...args: A): Promise<T>;
}

export function directRetryLimiter(sleep: Sleep): DirectRetryLimiter {
  let onFailed: FailedHandler | undefined;
  return {
    on(event, handler) {
      if (event === 'failed') onFailed = handler;
    },
    async schedule(job, ...args) {
      for (let retryCount = 0; ; retryCount += 1) {
        try {
          return await job(...args);
        } catch (error) {
          const wait = await onFailed?.(error, { args, retryCount });
          if (typeof wait !== 'number') throw error;
          if (wait > 0) await sleep(wait);
        }
      }
    },
  };
}

/**
 * The plugin's limiters, replaced: its typed groups, and those it reads without typing them
 * (`global`, `auth`, `retryLimiter`).
 */
export type ThrottleStandIns = Pick<ThrottlingOptions, 'write' | 'search' | 'notifications'> & {
  readonly global: ThrottlingGroup;
  readonly auth: ThrottlingGroup;
  readonly retryLimiter: DirectRetryLimiter;
};

export function throttleStandIns(sleep: Sleep): ThrottleStandIns {
  return {
    global: directGroup,
    auth: directGroup,
    search: directGroup,
    write: directGroup,
    notifications: directGroup,
    retryLimiter: directRetryLimiter(sleep),
  };
}
