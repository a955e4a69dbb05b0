// One polite HTTP GET to a metadata source: a timeout, one retry when the source asks for a
// pause, a size cap, a descriptive User-Agent and no credentials, and an outcome instead of an
// exception, so a source that fails never stops the others.

import { SOURCE_NAMES } from '../metadata/paper-metadata.js';
import type { RemoteSource } from './source-urls.js';

/** Where the bot lives, named in the User-Agent so the sources' operators can reach us. */
export const PROJECT_URL = 'https://github.com/OWNER/paper-list-bot';

/** What the bot calls itself when asking the sources. */
export const DEFAULT_USER_AGENT = `paper-list-bot (+${PROJECT_URL})`;

/** One request to one source. */
export interface SourceRequest {
  readonly source: RemoteSource;
  readonly url: string;
  /** The media type asked for (`application/json`, CSL-JSON, Atom). */
  readonly accept: string;
  /** Statuses besides 2xx whose body is an answer (arXiv sends its `Error` feed with 400). */
  readonly okStatuses?: readonly number[];
}

/** The knobs; every one has a default, and tests inject small timeouts and a fake sleep. */
export interface FetchSourceOptions {
  /** The fetch implementation (default: Node's global `fetch`). */
  readonly fetch?: typeof fetch;
  /** How long one request may take, body included (default 10 s). */
  readonly timeoutMs?: number;
  /** Waits before the retry (default: a real timer). */
  readonly sleep?: (ms: number) => Promise<void>;
  /** The longest `Retry-After` the bot waits (default 10 s); a longer one fails the source. */
  readonly maxRetryWaitMs?: number;
  /** The largest answer read (default 2 MiB). */
  readonly maxBytes?: number;
  /** 2 (one retry on 429/503, the default) or 1 (no retry, when the budget is nearly spent). */
  readonly maxAttempts?: 1 | 2;
  readonly userAgent?: string;
  /** The clock, for `Retry-After` given as an HTTP date (default `Date.now`). */
  readonly now?: () => number;
}

/** What came of a request: the body, "no such record", or why it failed, in words. */
export type FetchOutcome =
  | {
      readonly kind: 'ok';
      readonly status: number;
      readonly body: string;
      readonly requests: number;
    }
  | { readonly kind: 'not-found'; readonly status: number; readonly requests: number }
  | {
      readonly kind: 'failed';
      readonly reason: string;
      readonly status?: number;
      readonly requests: number;
    };

const DEFAULTS = {
  timeoutMs: 10_000,
  maxRetryWaitMs: 10_000,
  maxBytes: 2 * 1024 * 1024,
  maxAttempts: 2,
  userAgent: DEFAULT_USER_AGENT,
} as const;
/** The pause before the retry when the source gives no `Retry-After`. */
const DEFAULT_RETRY_WAIT_MS = 1000;

type Settings = Required<FetchSourceOptions>;

function settingsOf(options: FetchSourceOptions): Settings {
  return {
    fetch: options.fetch ?? globalThis.fetch,
    timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    maxRetryWaitMs: options.maxRetryWaitMs ?? DEFAULTS.maxRetryWaitMs,
    maxBytes: options.maxBytes ?? DEFAULTS.maxBytes,
    maxAttempts: options.maxAttempts ?? DEFAULTS.maxAttempts,
    userAgent: options.userAgent ?? DEFAULTS.userAgent,
    now: options.now ?? Date.now,
  };
}

/** `10000` → `10 s`, `50` → `0.05 s`. */
export function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/** The wait a `Retry-After` asks for, in ms: delta-seconds or an HTTP date. */
export function retryAfterMs(header: string | null, now: number): number {
  const value = header?.trim() ?? '';
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? DEFAULT_RETRY_WAIT_MS : Math.max(0, date - now);
}

type Answer =
  | { readonly kind: 'response'; readonly response: Response }
  | { readonly kind: 'failed'; readonly reason: string };

function describeError(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  const detail = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : '');
  return typeof detail === 'string' && detail !== '' ? ` (${detail})` : '';
}

/** `2097152` → `2 MiB`, `100` → `100 bytes`. */
function byteSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toFixed(1))} MiB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KiB`;
  return `${bytes} bytes`;
}

/** The body as text, or why it could not be read within the size cap and the time left. */
async function readBody(
  response: Response,
  settings: Settings,
  name: string,
  signal: AbortSignal,
): Promise<{ readonly body: string } | { readonly reason: string }> {
  const tooLarge = `${name}'s answer is larger than ${byteSize(settings.maxBytes)}`;
  if (Number(response.headers.get('content-length') ?? 0) > settings.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return { reason: tooLarge };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  try {
    for (let next = await reader?.read(); next && !next.done; next = await reader?.read()) {
      size += next.value.byteLength;
      if (size > settings.maxBytes) {
        await reader?.cancel().catch(() => undefined);
        return { reason: tooLarge };
      }
      chunks.push(next.value);
    }
  } catch (error) {
    return signal.aborted
      ? { reason: `${name} did not answer in ${seconds(settings.timeoutMs)}` }
      : { reason: `${name}'s answer broke off${describeError(error)}` };
  }
  return { body: new TextDecoder().decode(Buffer.concat(chunks)) };
}

/**
 * Registries a metadata source may send the bot on to (doi.org hands CSL-JSON requests to the
 * DOI's registration agency). Any other host is refused: a redirect must not make a runner,
 * perhaps a self-hosted one inside a private network, fetch an address a stranger chose.
 */
const REDIRECT_HOSTS = ['doi.org', 'crossref.org', 'datacite.org', 'arxiv.org', 'openreview.net'];
const MAX_REDIRECTS = 3;

/** A redirect to a host the bot does not follow, or too many of them. */
class RedirectRefused extends Error {}

function mayFollow(from: URL, to: URL): boolean {
  if (to.origin === from.origin) return true;
  const host = to.hostname.toLowerCase();
  return (
    to.protocol === 'https:' &&
    REDIRECT_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`))
  );
}

/** GETs the URL, following redirects only within the source's origin or to a known registry. */
async function fetchFollowing(
  request: SourceRequest,
  settings: Settings,
  signal: AbortSignal,
  sent: { count: number },
): Promise<Response> {
  let url = new URL(request.url);
  for (let hops = 0; ; hops += 1) {
    sent.count += 1;
    const response = await settings.fetch(url.href, {
      method: 'GET',
      // Only these two headers: no token or cookie ever goes to a metadata source.
      headers: { accept: request.accept, 'user-agent': settings.userAgent },
      redirect: 'manual',
      credentials: 'omit',
      signal,
    });
    const location = response.headers.get('location');
    if (response.status < 300 || response.status > 399 || location === null) return response;
    await response.body?.cancel().catch(() => undefined);
    const next = URL.canParse(location, url.href) ? new URL(location, url) : undefined;
    if (!next || !mayFollow(url, next)) {
      throw new RedirectRefused(
        `redirected to ${next?.host ?? 'an unreadable address'}, which the bot does not follow`,
      );
    }
    if (hops >= MAX_REDIRECTS)
      throw new RedirectRefused(`redirected more than ${MAX_REDIRECTS} times`);
    url = next;
  }
}

/** One attempt: the response with its body read, or why there is none. */
async function attempt(
  request: SourceRequest,
  settings: Settings,
  sent: { count: number },
): Promise<Answer | { readonly kind: 'read'; readonly status: number; readonly body: string }> {
  const name = SOURCE_NAMES[request.source];
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetchFollowing(request, settings, controller.signal, sent);
    } catch (error) {
      if (error instanceof RedirectRefused)
        return { kind: 'failed', reason: `${name} ${error.message}` };
      return controller.signal.aborted
        ? { kind: 'failed', reason: `${name} did not answer in ${seconds(settings.timeoutMs)}` }
        : { kind: 'failed', reason: `could not reach ${name}${describeError(error)}` };
    }
    const answered = response.ok || (request.okStatuses ?? []).includes(response.status);
    if (!answered) return { kind: 'response', response };
    const read = await readBody(response, settings, name, controller.signal);
    return 'body' in read
      ? { kind: 'read', status: response.status, body: read.body }
      : { kind: 'failed', reason: read.reason };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * GETs `request.url` and says what came of it, never throwing: `ok` with the body (2xx or one
 * of `okStatuses`), `not-found` (404, 410), or `failed` with a reason a person can act on
 * ("arXiv did not answer in 10 s", "Semantic Scholar answered 503"). A 429 or 503 is retried
 * once after the `Retry-After` pause (1 s when absent) if that is at most `maxRetryWaitMs`;
 * the pause goes through `options.sleep`. `requests` counts the requests sent, each redirect
 * followed included, so a budget of requests holds whatever the sources answer.
 */
export async function fetchSource(
  request: SourceRequest,
  options: FetchSourceOptions = {},
): Promise<FetchOutcome> {
  const settings = settingsOf(options);
  const name = SOURCE_NAMES[request.source];
  const sent = { count: 0 };
  for (let attempts = 1; ; attempts += 1) {
    const answer = await attempt(request, settings, sent);
    const requests = sent.count;
    if (answer.kind === 'failed') return { kind: 'failed', reason: answer.reason, requests };
    if (answer.kind === 'read') {
      return { kind: 'ok', status: answer.status, body: answer.body, requests };
    }
    const { status, headers, body } = answer.response;
    await body?.cancel().catch(() => undefined);
    if (status === 404 || status === 410) return { kind: 'not-found', status, requests };
    const retryable = status === 429 || status === 503;
    if (!retryable || attempts >= settings.maxAttempts) {
      return { kind: 'failed', reason: `${name} answered ${status}`, status, requests };
    }
    const wait = retryAfterMs(headers.get('retry-after'), settings.now());
    if (wait > settings.maxRetryWaitMs) {
      const reason = `${name} answered ${status} and asked to wait ${seconds(wait)}, more than ${seconds(settings.maxRetryWaitMs)}`;
      return { kind: 'failed', reason, status, requests };
    }
    await settings.sleep(wait);
  }
}
