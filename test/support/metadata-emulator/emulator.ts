// A loopback HTTP server that plays the six metadata sources (and the registries doi.org
// redirects to), each under its own path prefix, answering from a route table and recording
// every request. A request no route expects is answered 599 and listed by `unmatched()`.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  SOURCE_URL_VARIABLES,
  type RemoteSource,
  type SourceUrls,
} from '../../../src/autofill/source-urls.js';
import {
  replyBody,
  RouteTable,
  type RecordedRequest,
  type Reply,
  type Route,
} from './route-table.js';

/** The status of an answer to a request no route expects: not a real HTTP status on purpose. */
export const UNMATCHED_STATUS = 599;

function decodePath(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The metadata sources, on one loopback port. */
export class MetadataEmulator {
  private readonly table: RouteTable;
  private readonly recorded: RecordedRequest[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly server: Server;
  private origin = '';

  constructor(routes: readonly Route[]) {
    this.table = new RouteTable(routes);
    this.server = createServer((req, res) => this.handle(req, res));
  }

  /**
   * Listens on 127.0.0.1 and returns the base URL of each source as the environment variables
   * the bot reads (`PAPER_LIST_BOT_ARXIV_URL` → `http://127.0.0.1:<port>/arxiv`, ...).
   */
  async start(): Promise<Record<string, string>> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return Object.fromEntries(
      Object.entries(SOURCE_URL_VARIABLES).map(([source, { variable }]) => [
        variable,
        `${this.origin}/${source}`,
      ]),
    );
  }

  /** Each source's base URL, as `readSourceUrls` would return them. */
  get urls(): SourceUrls {
    const sources = Object.keys(SOURCE_URL_VARIABLES) as RemoteSource[];
    return Object.fromEntries(sources.map((s) => [s, `${this.origin}/${s}`])) as SourceUrls;
  }

  /** Every request received, in order. */
  requests(): readonly RecordedRequest[] {
    return [...this.recorded];
  }

  /** The requests no route expected; a test asserts this is empty. */
  unmatched(): readonly RecordedRequest[] {
    return this.recorded.filter((request) => !request.matched);
  }

  /** Stops listening, drops open connections and cancels pending delayed answers. */
  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private delay(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.origin);
    const [, host = '', ...rest] = url.pathname.split('/');
    const request = {
      host,
      method: (req.method ?? 'GET').toUpperCase(),
      path: decodePath(`/${rest.join('/')}`),
      query: Object.fromEntries(url.searchParams),
    };
    const reply = this.table.take(request);
    this.recorded.push({
      ...request,
      headers: { ...req.headers } as Record<string, string>,
      matched: !!reply,
    });
    req.resume();
    void this.answer(res, reply, `${request.method} ${url.pathname}${url.search}`);
  }

  private async answer(res: ServerResponse, reply: Reply | undefined, what: string) {
    if (!reply) {
      res.writeHead(UNMATCHED_STATUS, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`metadata emulator: no route for ${what}\n`);
      return;
    }
    if (reply.delayMs) await this.delay(reply.delayMs);
    if (res.destroyed || !res.writable) return;
    const { body, contentType } = replyBody(reply);
    const headers = Object.fromEntries(
      Object.entries(reply.headers ?? {}).map(([k, v]) => [
        k,
        v.replaceAll('{origin}', this.origin),
      ]),
    );
    res.writeHead(reply.status ?? 200, { 'content-type': contentType, ...headers });
    res.end(body);
  }
}
