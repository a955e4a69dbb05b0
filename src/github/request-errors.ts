import { RequestError } from '@octokit/request-error';

/** Whether `error` is GitHub's answer with one of the statuses. */
export function hasStatus(error: unknown, ...statuses: number[]): boolean {
  return error instanceof RequestError && statuses.includes(error.status);
}

/**
 * A 5xx answer or no answer at all (Octokit reports a network failure as status 500, and
 * anything else thrown says nothing): the request may or may not have been applied.
 */
export function isServerError(error: unknown): boolean {
  return !(error instanceof RequestError) || error.status >= 500;
}

/** The message and validation errors (code and message) of GitHub's answer, to match on. */
export function errorText(error: unknown): string {
  if (!(error instanceof RequestError)) return error instanceof Error ? error.message : '';
  const data = (error.response?.data ?? {}) as {
    message?: unknown;
    errors?: { message?: unknown; code?: unknown }[];
  };
  const errors = Array.isArray(data.errors) ? data.errors : [];
  return [
    typeof data.message === 'string' ? data.message : '',
    ...errors.map((e) => `${String(e?.code ?? '')} ${String(e?.message ?? '')}`),
    error.message,
  ].join(' ');
}

/**
 * What went wrong with a GitHub request, for the log: the status, GitHub's message without
 * the documentation link, and the method and path, never the request's headers.
 */
export function describeRequestError(error: RequestError): string {
  const { method, url } = error.request;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/\?.*$/, '');
  const message = error.message.replace(/ - https:\/\/docs\.github\.com\S*/, '');
  return `GitHub answered ${error.status} (${message}) to ${method} ${safeDecode(path)}`;
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
