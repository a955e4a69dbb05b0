import { throttling } from '@octokit/plugin-throttling';
import type { Sleep } from './sleep.js';

/** How far apart writes start, in ms, when writes are paced. */
export interface WritePacing {
  /** Between any two writes (POST, PATCH, PUT, DELETE). */
  readonly writeMs: number;
  /** Between two writes that notify people (a pull request, an issue comment, ...). */
  readonly notifyingWriteMs: number;
}

/**
 * GitHub's pace for clients that make many writes, as plugin-throttling applies it by default:
 * one second between writes, three between writes that notify people.
 */
export const GITHUB_WRITE_PACING: WritePacing = { writeMs: 1000, notifyingWriteMs: 3000 };

/** Waits, when needed, before the request with this method and path is sent. */
export type WritePacer = (method: string, pathname: string) => Promise<void>;

/**
 * Spaces writes as {@link WritePacing} says. Each write books its start time when it arrives,
 * so writes issued at once are spread out in order; reads are never held back. The waits go
 * through `sleep` and the clock is `now`, so tests see the pauses asked for.
 */
export function createWritePacer(
  pacing: WritePacing,
  clock: { readonly sleep: Sleep; readonly now: () => number },
): WritePacer {
  let nextWrite = -Infinity;
  let nextNotifyingWrite = -Infinity;
  return async (method, pathname) => {
    const isWrite = !['GET', 'HEAD'].includes(method.toUpperCase());
    if (!isWrite && !pathname.startsWith('/graphql')) return;
    const notifying = isWrite && throttling.triggersNotification(pathname);
    const now = clock.now();
    const start = Math.max(now, nextWrite, notifying ? nextNotifyingWrite : -Infinity);
    nextWrite = start + pacing.writeMs;
    if (notifying) nextNotifyingWrite = start + pacing.notifyingWriteMs;
    if (start > now) await clock.sleep(start - now);
  };
}
