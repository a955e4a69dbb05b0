// The HTTP side: reads each request, runs the hooks, injected faults and the token check,
// routes it, and answers with GitHub's headers.
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FaultQueue } from './faults.js';
import { errorBody, httpError, HttpError } from './http-errors.js';
import { dispatchRepoRoute, json, type ApiRequest, type ApiResponse } from './router.js';
import { serveRawDownload } from './routes/contents.js';
import { repoRoutes } from './routes/index.js';
import type { BeforeRequestHook, RecordedRequest } from './types.js';
import type { World } from './world.js';

/** Request bodies over this many bytes get 413. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

const RATE_LIMIT = 5000;

/** What the server works with. */
export interface ServerDeps {
  readonly world: World;
  readonly faults: FaultQueue;
  readonly hooks: readonly BeforeRequestHook[];
  readonly requests: RecordedRequest[];
  readonly log?: ((line: string) => void) | undefined;
}

/** Decodes each path segment (`%2F` becomes `/`), leaving malformed escapes as they are. */
function decodePath(rawPath: string): string {
  return rawPath
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}

/** The body, or `undefined` when it is over the limit (read to the end either way). */
async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  return size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks);
}

function flatHeaders(headers: IncomingHttpHeaders): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]),
  );
}

/** Whether the `Authorization` header carries the token (`token X` or `Bearer X`). */
function authorized(header: string | undefined, token: string): boolean {
  const match = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] === token;
}

/** The request pipeline and the listening server. */
export class EmulatorServer {
  private readonly server: Server;
  private used = 0;
  private readonly resetAt = Math.floor(Date.now() / 1000) + 3600;

  constructor(private readonly deps: ServerDeps) {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        deps.log?.(
          `emulator failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
  }

  /** Listens on 127.0.0.1 and returns the base URL. */
  async listen(port: number): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    const address = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}`;
  }

  /** Stops listening and drops open connections. */
  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.close((error) => (error ? reject(error) : resolve()));
      this.server.closeAllConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { world, requests, log } = this.deps;
    const url = new URL(req.url ?? '/', 'http://emulator.invalid');
    const method = (req.method ?? 'GET').toUpperCase();
    const rawPath = url.pathname;
    const path = decodePath(rawPath);
    const query = Object.fromEntries(url.searchParams);
    const bytes = await readBody(req);
    let body: unknown;
    let badJson = false;
    if (bytes && bytes.length > 0) {
      const text = bytes.toString('utf8');
      try {
        body = JSON.parse(text) as unknown;
      } catch {
        body = text;
        badJson = true;
      }
    }
    const entry: RecordedRequest =
      body === undefined
        ? { method, path, query, status: 0 }
        : { method, path, query, status: 0, body };
    requests.push(entry);
    world.tick();
    const request: ApiRequest = {
      method,
      path,
      rawPath,
      query: url.searchParams,
      headers: req.headers,
      body,
    };
    const response = await this.respond(request, bytes === undefined, badJson);
    entry.status = response.status;
    this.send(res, method, response);
    log?.(`${method} ${path}${url.search} -> ${response.status}`);
  }

  private async respond(
    req: ApiRequest,
    tooLarge: boolean,
    badJson: boolean,
  ): Promise<ApiResponse> {
    const { faults, hooks, log } = this.deps;
    try {
      if (tooLarge) throw httpError(413, 'Payload Too Large');
      const seen = {
        method: req.method,
        path: req.path,
        query: Object.fromEntries(req.query),
        headers: flatHeaders(req.headers),
        body: req.body,
      };
      for (const hook of [...hooks]) await hook(seen);
      const fault = faults.take(req.method, req.path);
      if (fault?.applied) {
        try {
          this.route(req, badJson);
        } catch {
          // The fault is the answer whatever the handling gave.
        }
      }
      if (fault) return fault.response;
      return this.route(req, badJson);
    } catch (error) {
      if (error instanceof HttpError)
        return { status: error.status, body: error.body, headers: error.headers };
      log?.(
        `emulator error on ${req.method} ${req.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      return { status: 500, body: errorBody(500, 'Server Error') };
    }
  }

  /** Checks the request and hands it to its route. */
  private route(req: ApiRequest, badJson: boolean): ApiResponse {
    const { world } = this.deps;
    if (badJson) throw httpError(400, 'Problems parsing JSON');
    if (req.path.startsWith('/_emulator/raw/')) return serveRawDownload(world, req);
    if (!authorized(req.headers.authorization, world.token))
      throw httpError(401, 'Bad credentials');
    if (req.method === 'GET' && req.path === '/rate_limit') return json(200, this.rateLimitJson());
    return dispatchRepoRoute(world, repoRoutes, req);
  }

  private rateLimitJson(): object {
    const core = {
      limit: RATE_LIMIT,
      used: this.used,
      remaining: this.remaining(),
      reset: this.resetAt,
    };
    return { resources: { core }, rate: core };
  }

  /** Never 0: plugin-throttling would take a 403 with 0 remaining for a primary rate limit. */
  private remaining(): number {
    return Math.max(1, RATE_LIMIT - this.used);
  }

  private send(res: ServerResponse, method: string, response: ApiResponse): void {
    this.used += 1;
    const headers: Record<string, string> = {
      server: 'github.com',
      'x-github-request-id': `E1A0:${this.used.toString(16).toUpperCase().padStart(6, '0')}:EMU`,
      'x-ratelimit-limit': String(RATE_LIMIT),
      'x-ratelimit-remaining': String(this.remaining()),
      'x-ratelimit-reset': String(this.resetAt),
      'x-ratelimit-used': String(this.used),
      'x-ratelimit-resource': 'core',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-content-type-options': 'nosniff',
    };
    let payload: Buffer | undefined;
    if (response.raw) {
      payload = response.raw;
      headers['content-type'] = 'application/octet-stream';
    } else if (response.body !== undefined && response.status !== 204 && response.status !== 304) {
      payload = Buffer.from(JSON.stringify(response.body), 'utf8');
      headers['content-type'] = 'application/json; charset=utf-8';
    }
    Object.assign(headers, response.headers);
    headers['content-length'] = String(payload?.length ?? 0);
    res.writeHead(response.status, headers);
    res.end(method === 'HEAD' ? undefined : payload);
  }
}
