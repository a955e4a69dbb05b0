import { RequestError } from '@octokit/request-error';
import { describeRequestError } from '../github/request-errors.js';

/**
 * The message of anything thrown, total over every value: a GitHub API error says which request
 * failed and how (never the request's headers), an Error its message, anything else what it is,
 * so a non-Error throw never passes as success or as an empty message.
 */
export function getErrorMessage(error: unknown): string {
  if (error instanceof RequestError) return describeRequestError(error);
  if (error instanceof Error) return error.message || error.name || 'an error without a message';
  if (typeof error === 'string') return error || 'an empty string was thrown';
  if (error === undefined || error === null) return `${String(error)} was thrown`;
  return `a value that is not an Error was thrown: ${describeValue(error)}`;
}

/** JSON when it can be written (not circular, not a bigint...), else its type. */
function describeValue(value: unknown): string {
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return json.length > 500 ? `${json.slice(0, 499)}…` : json;
  } catch {
    // Circular, or holding a bigint: fall through.
  }
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
