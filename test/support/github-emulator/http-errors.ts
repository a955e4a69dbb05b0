// GitHub's error responses, and readers of JSON request bodies that fail the way GitHub's
// schema validation does.

/** Where GitHub's error bodies point. */
export const DOCS_URL = 'https://docs.github.com/rest';

/** An error response: thrown by route handlers, answered as JSON. */
export class HttpError extends Error {
  override readonly name = 'HttpError';

  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(typeof body.message === 'string' ? body.message : `HTTP ${status}`);
  }
}

/** GitHub's error body: `{ message, documentation_url, status }`. */
export function errorBody(
  status: number,
  message: string,
  extra: object = {},
): Record<string, unknown> {
  return { message, ...extra, documentation_url: DOCS_URL, status: String(status) };
}

/** An error with GitHub's body. */
export function httpError(status: number, message: string, extra: object = {}): HttpError {
  return new HttpError(status, errorBody(status, message, extra));
}

/** 404 `Not Found`. */
export function notFound(message = 'Not Found'): HttpError {
  return httpError(404, message);
}

/** 422 with a plain message. */
export function unprocessable(message: string): HttpError {
  return httpError(422, message);
}

/** 422 `Validation Failed` with GitHub's `errors` list. */
export function validationFailed(...errors: object[]): HttpError {
  return httpError(422, 'Validation Failed', { errors });
}

/** 422 for a missing required property, as GitHub's schema check words it. */
export function missingField(field: string): HttpError {
  return unprocessable(`Invalid request.\n\n"${field}" wasn't supplied.`);
}

function wrongType(field: string, value: unknown, type: string): HttpError {
  return unprocessable(
    `Invalid request.\n\nFor 'properties/${field}', ${JSON.stringify(value)} is not ${type}.`,
  );
}

/** A request body: a JSON object, or `{}` when there was no body. */
export type Body = Readonly<Record<string, unknown>>;

/** The body as an object; 422 when it is JSON but not an object. */
export function asObject(body: unknown): Body {
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw unprocessable(`Invalid request.\n\n${JSON.stringify(body)} is not an object.`);
  }
  return body as Body;
}

/** A required string property. */
export function requiredString(body: Body, field: string): string {
  const value = body[field];
  if (value === undefined || value === null) throw missingField(field);
  if (typeof value !== 'string') throw wrongType(field, value, 'a string');
  return value;
}

/** An optional string property (`null` counts as absent). */
export function optionalString(body: Body, field: string): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw wrongType(field, value, 'a string');
  return value;
}

/** An optional boolean property. */
export function optionalBoolean(body: Body, field: string): boolean | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw wrongType(field, value, 'a boolean');
  return value;
}

/** An optional object property. */
export function optionalObject(body: Body, field: string): Body | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw wrongType(field, value, 'an object');
  return value as Body;
}

/** An optional array property. */
export function optionalArray(body: Body, field: string): readonly unknown[] | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw wrongType(field, value, 'an array');
  return value;
}

/** GitHub's limit on issue, pull-request and comment bodies, in characters. */
export const MAX_BODY_CHARS = 65536;

/** 422 (with GitHub's error entry for the resource) when a body text is over the limit. */
export function checkBodyLength(text: string | undefined, error: object): void {
  if (text === undefined || [...text].length <= MAX_BODY_CHARS) return;
  throw validationFailed(error);
}
