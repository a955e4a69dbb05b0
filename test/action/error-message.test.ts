import { RequestError } from '@octokit/request-error';
import { describe, expect, it } from 'vitest';
import { getErrorMessage } from '../../src/action/error-message.js';
import { errorText, hasStatus, isServerError } from '../../src/github/request-errors.js';

const requestError = (status: number, message: string, data?: unknown) =>
  new RequestError(message, status, {
    request: {
      method: 'POST',
      url: 'https://api.github.com/repos/o/r/git/refs?x=1',
      headers: { authorization: 'token ghs_secret' },
    },
    response: { status, url: '', headers: {}, data, retryCount: 0 } as never,
  });

describe('getErrorMessage', () => {
  it('says which GitHub request failed and how, without its headers', () => {
    const error = requestError(
      422,
      'Reference already exists - https://docs.github.com/rest/git/refs#create-a-reference',
    );
    const message = getErrorMessage(error);
    expect(message).toBe(
      'GitHub answered 422 (Reference already exists) to POST /repos/o/r/git/refs',
    );
    expect(message).not.toContain('ghs_secret');
  });

  it('is total over every thrown value', () => {
    const circular: Record<string, unknown> = { a: 1 };
    circular.self = circular;
    expect(getErrorMessage(new Error('boom'))).toBe('boom');
    expect(getErrorMessage(new TypeError(''))).toBe('TypeError');
    expect(getErrorMessage('plain')).toBe('plain');
    expect(getErrorMessage('')).toBe('an empty string was thrown');
    expect(getErrorMessage(undefined)).toBe('undefined was thrown');
    expect(getErrorMessage(null)).toBe('null was thrown');
    expect(getErrorMessage({ code: 7 })).toBe(
      'a value that is not an Error was thrown: {"code":7}',
    );
    expect(getErrorMessage(circular)).toBe(
      'a value that is not an Error was thrown: [object Object]',
    );
    expect(getErrorMessage(10n)).toBe('a value that is not an Error was thrown: 10');
    expect(getErrorMessage(Object.create(null))).toMatch(/^a value that is not an Error/);
  });
});

describe('GitHub errors', () => {
  it('are recognised as RequestError, not by their shape', () => {
    expect(hasStatus(requestError(404, 'Not Found'), 404, 422)).toBe(true);
    expect(hasStatus({ status: 404 }, 404)).toBe(false);
    expect(isServerError(requestError(502, 'Bad Gateway'))).toBe(true);
    expect(isServerError(requestError(409, 'Conflict'))).toBe(false);
    expect(isServerError(new Error('socket hang up'))).toBe(true);
  });

  it('read the validation errors GitHub returns', () => {
    const error = requestError(422, 'Validation Failed', {
      message: 'Validation Failed',
      errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
    });
    expect(errorText(error)).toMatch(/already_exists/);
  });
});
