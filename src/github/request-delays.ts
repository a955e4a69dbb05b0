import type { throttling } from '@octokit/plugin-throttling';
import type { Sleep } from './sleep.js';
import type { WritePacer } from './write-pacing.js';

type PluginArguments = Parameters<typeof throttling>;

/** The pauses the client makes itself (the `requestDelays` option of the Octokit class). */
export interface RequestDelays {
  /** plugin-retry's `retries` and `doNotRetry`: which failures it retries, how often. */
  readonly retries: number;
  readonly doNotRetry: readonly number[];
  /** The n-th retry of a failed request waits n² times this, in ms, as plugin-retry counts. */
  readonly retryBaseMs: number;
  /** Spaces writes; `undefined` sends every request at once. */
  readonly pacer: WritePacer | undefined;
  readonly sleep: Sleep;
}

/**
 * An Octokit plugin that makes the client's pauses through an injected {@link Sleep}: the
 * pacing of writes, and the back-off before plugin-retry tries a failed request again.
 * Registered before plugin-retry, its hooks run on every attempt of a request; plugin-retry is
 * then given a back-off base of 0 and retries as soon as this hook has waited. Why plugin-retry
 * still decides: it keeps its tested rules for what to retry; this only moves the waiting.
 */
export function requestDelays(octokit: PluginArguments[0], options: PluginArguments[1]): void {
  const delays = options.requestDelays as RequestDelays | undefined;
  if (!delays) return;
  const { pacer } = delays;
  if (pacer) {
    octokit.hook.before('request', async (request) => {
      await pacer(request.method, new URL(request.url, 'http://github.test').pathname);
    });
  }
  octokit.hook.error('request', async (error, request) => {
    const wait = retryBackOff(error, request.request, delays);
    if (wait !== undefined) await delays.sleep(wait);
    throw error;
  });
}

/**
 * How long plugin-retry's back-off would be before retrying this failure, or `undefined` when
 * it will not retry: a request error with a status it retries, while retries remain. The
 * attempt count is the `retryCount` plugin-retry keeps on the request options.
 */
export function retryBackOff(
  error: unknown,
  request: Readonly<Record<string, unknown>>,
  delays: Pick<RequestDelays, 'retries' | 'doNotRetry' | 'retryBaseMs'>,
): number | undefined {
  const failure = error as { status?: unknown; request?: { request?: unknown } } | null;
  const status = failure?.status;
  if (typeof status !== 'number' || status < 400 || delays.doNotRetry.includes(status))
    return undefined;
  if (failure?.request?.request === undefined) return undefined;
  const { retryCount, retries = delays.retries } = request;
  const attempt = typeof retryCount === 'number' ? retryCount : 0;
  if (typeof retries !== 'number' || attempt >= retries) return undefined;
  return delays.retryBaseMs * (attempt + 1) ** 2;
}

/**
 * Gives every call its own `options.request`, where plugin-retry counts the attempts of the
 * call. Octokit hands every request the one object of the client's defaults, so the count left
 * by a failed request (even a 404 the bot expects) carried over to the next request, whose
 * first retry then backed off 4 s instead of 1 s (plugin-throttling fixed the same leak of its
 * own count in its pull request #462). Registered after the plugins, it runs first on a call.
 */
export function isolateRetryCounts(octokit: PluginArguments[0]): void {
  octokit.hook.before('request', (options) => {
    // Every hook of a call shares its options object: replacing `request` here is seen by all.
    options.request = { ...options.request };
  });
}
