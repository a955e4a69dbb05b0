// Routing of `/repos/{owner}/{repo}/...` requests to handlers, and the response type they
// return. Handlers are synchronous, so each request changes state atomically.
import type { IncomingHttpHeaders } from 'node:http';
import { notFound } from './http-errors.js';
import type { Repo } from './repo.js';
import type { World } from './world.js';

/** A parsed request. */
export interface ApiRequest {
  readonly method: string;
  /** Percent-decoded path (`%2F` becomes `/`). */
  readonly path: string;
  /** The path as sent, still encoded. */
  readonly rawPath: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /** Parsed JSON body, `undefined` without one. */
  readonly body: unknown;
}

/** What a handler answers. */
export interface ApiResponse {
  readonly status: number;
  /** JSON body (absent for 204). */
  readonly body?: unknown;
  /** Raw bytes instead of JSON (with their own content-type header). */
  readonly raw?: Buffer;
  readonly headers?: Readonly<Record<string, string>>;
}

/** What a repository route handler gets. */
export interface RouteContext {
  readonly world: World;
  readonly repo: Repo;
  readonly req: ApiRequest;
  /** The pattern's capture groups, `''` for groups that did not take part. */
  readonly params: readonly string[];
}

/** A route under `/repos/{owner}/{repo}`: the pattern matches the rest of the decoded path. */
export interface RepoRoute {
  readonly method: string;
  readonly pattern: RegExp;
  readonly handle: (ctx: RouteContext) => ApiResponse;
}

/** A JSON response. */
export function json(status: number, body: unknown, headers?: Record<string, string>): ApiResponse {
  return headers ? { status, body, headers } : { status, body };
}

const REPO_PATH = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/;

/** Answers a repository request, or throws an `HttpError` (404 for unknown repos and routes). */
export function dispatchRepoRoute(
  world: World,
  routes: readonly RepoRoute[],
  req: ApiRequest,
): ApiResponse {
  const match = REPO_PATH.exec(req.path);
  if (!match) throw notFound();
  const repo = world.repo(match[1] ?? '', match[2] ?? '');
  if (!repo) throw notFound();
  const rest = match[3] ?? '';
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  for (const route of routes) {
    if (route.method !== method) continue;
    const params = route.pattern.exec(rest);
    if (params)
      return route.handle({ world, repo, req, params: params.slice(1).map((p) => p ?? '') });
  }
  throw notFound();
}
