// The emulator's route table: which answer each request gets, by host prefix, method, path and
// query. Answers are fixture files (recorded responses) or inline bodies, possibly scripted in
// a sequence (429 then 200) and delayed (to trip a small injected timeout).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../project-root.js';
import type { RemoteSource } from '../../../src/autofill/source-urls.js';

/** The hosts the emulator plays: the six sources, and the registries doi.org redirects to. */
export type EmulatedHost = RemoteSource | 'crossref' | 'datacite';

/** One answer. `{origin}` in a header value becomes the emulator's origin (for redirects). */
export interface Reply {
  /** Default 200. */
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** An inline body. */
  readonly body?: string;
  /** A file under test/fixtures/metadata, e.g. `arxiv/preprint-1605.08386.xml`. */
  readonly fixture?: string;
  /** Wait this long before answering. */
  readonly delayMs?: number;
}

/** Requests to `host` with this method, path and query get `reply` (or the next of a list). */
export interface Route {
  readonly host: EmulatedHost;
  /** Default `GET`. */
  readonly method?: string;
  /** The path after the host prefix, decoded: `/api/query`, `/10.1126/science.169.3946.635`. */
  readonly path: string;
  /** The exact query, decoded; default none. */
  readonly query?: Readonly<Record<string, string>>;
  /** One answer for every request, or a script: each request takes the next, the last repeats. */
  readonly reply: Reply | readonly Reply[];
}

/** A request as the emulator saw it. */
export interface RecordedRequest {
  readonly host: string;
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** Whether a route answered it (an unmatched request is answered 599). */
  readonly matched: boolean;
}

export const FIXTURES = path.join(projectRoot(), 'test/fixtures/metadata');

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.xml': 'application/atom+xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

/** A fixture's text, by its path under test/fixtures/metadata. */
export function readFixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** The reply's body and its content type (from the fixture's extension unless given). */
export function replyBody(reply: Reply): { body: string; contentType: string } {
  if (reply.fixture !== undefined) {
    const type = CONTENT_TYPES[path.extname(reply.fixture)] ?? 'application/octet-stream';
    return { body: readFixture(reply.fixture), contentType: type };
  }
  return { body: reply.body ?? '', contentType: 'text/plain; charset=utf-8' };
}

function sameQuery(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>) {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** The routes and how far each has got through its script. */
export class RouteTable {
  private readonly used = new Map<Route, number>();

  constructor(private readonly routes: readonly Route[]) {}

  /** The reply for a request, advancing the route's script, or `undefined` when none matches. */
  take(request: Omit<RecordedRequest, 'matched' | 'headers'>): Reply | undefined {
    const route = this.routes.find(
      (r) =>
        r.host === request.host &&
        (r.method ?? 'GET') === request.method &&
        r.path === request.path &&
        sameQuery(r.query ?? {}, request.query),
    );
    if (!route) return undefined;
    const replies: readonly Reply[] = Array.isArray(route.reply)
      ? (route.reply as readonly Reply[])
      : [route.reply as Reply];
    const index = this.used.get(route) ?? 0;
    this.used.set(route, index + 1);
    return replies[Math.min(index, replies.length - 1)];
  }
}
