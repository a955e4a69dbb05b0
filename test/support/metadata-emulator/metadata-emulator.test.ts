import { afterEach, describe, expect, it } from 'vitest';
import {
  MetadataEmulator,
  UNMATCHED_STATUS,
  arxivQuery,
  readFixture,
  type Route,
} from './index.js';

let emulator: MetadataEmulator | undefined;

async function start(routes: readonly Route[]): Promise<MetadataEmulator> {
  emulator = new MetadataEmulator(routes);
  await emulator.start();
  return emulator;
}

afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

describe('the metadata emulator', () => {
  it('gives every source a base URL, as the environment variables the bot reads', async () => {
    emulator = new MetadataEmulator([]);
    const env = await emulator.start();
    expect(Object.keys(env).sort()).toEqual([
      'PAPER_LIST_BOT_ARXIV_URL',
      'PAPER_LIST_BOT_DBLP_URL',
      'PAPER_LIST_BOT_DOI_URL',
      'PAPER_LIST_BOT_HUGGINGFACE_URL',
      'PAPER_LIST_BOT_OPENREVIEW_URL',
      'PAPER_LIST_BOT_SEMANTIC_SCHOLAR_URL',
    ]);
    expect(env.PAPER_LIST_BOT_ARXIV_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/arxiv$/);
    expect(emulator.urls['semantic-scholar']).toBe(env.PAPER_LIST_BOT_SEMANTIC_SCHOLAR_URL);
  });

  it('serves a fixture by method, path and query, and records the request', async () => {
    const emu = await start([
      arxivQuery('1605.08386', { fixture: 'arxiv/preprint-1605.08386.xml' }),
    ]);
    const response = await fetch(`${emu.urls.arxiv}/api/query?id_list=1605.08386`, {
      headers: { 'user-agent': 'probe' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/atom+xml');
    expect(await response.text()).toBe(readFixture('arxiv/preprint-1605.08386.xml'));
    expect(emu.requests()).toMatchObject([
      {
        host: 'arxiv',
        method: 'GET',
        path: '/api/query',
        query: { id_list: '1605.08386' },
        headers: { 'user-agent': 'probe' },
        matched: true,
      },
    ]);
    expect(emu.unmatched()).toEqual([]);
  });

  it('answers 599 to a request no route expects, and lists it', async () => {
    const emu = await start([arxivQuery('1605.08386', { body: 'feed' })]);
    const extraParam = await fetch(`${emu.urls.arxiv}/api/query?id_list=1605.08386&start=0`);
    const otherPath = await fetch(`${emu.urls.dblp}/search/publ/api?q=x`);
    expect([extraParam.status, otherPath.status]).toEqual([UNMATCHED_STATUS, UNMATCHED_STATUS]);
    expect(await otherPath.text()).toContain('no route for GET /dblp/search/publ/api?q=x');
    expect(emu.unmatched().map((r) => `${r.host}${r.path}`)).toEqual([
      'arxiv/api/query',
      'dblp/search/publ/api',
    ]);
  });

  it('plays a script: each request takes the next reply, and the last one repeats', async () => {
    const emu = await start([
      arxivQuery('1605.08386', [
        { status: 429, headers: { 'retry-after': '3' }, body: 'slow down' },
        { body: 'second' },
      ]),
    ]);
    const url = `${emu.urls.arxiv}/api/query?id_list=1605.08386`;
    const first = await fetch(url);
    expect([first.status, first.headers.get('retry-after'), await first.text()]).toEqual([
      429,
      '3',
      'slow down',
    ]);
    expect(await (await fetch(url)).text()).toBe('second');
    expect(await (await fetch(url)).text()).toBe('second');
  });

  it('delays a reply, and a client that gives up first does not disturb it', async () => {
    const emu = await start([arxivQuery('1605.08386', { body: 'late', delayMs: 300 })]);
    const url = `${emu.urls.arxiv}/api/query?id_list=1605.08386`;
    const client = new AbortController();
    const reply = fetch(url, { signal: client.signal });
    // Gives up once the emulator holds the request, not after a fixed time: on a busy machine a
    // timer could fire before the request even arrived.
    while (emu.requests().length === 0) await new Promise((resolve) => setImmediate(resolve));
    client.abort();
    await expect(reply).rejects.toThrow();
    expect(emu.requests()).toHaveLength(1);
  });

  it('fills in its origin in headers, so a redirect stays on the loopback', async () => {
    const emu = await start([
      {
        host: 'doi',
        path: '/10.1/x',
        reply: { status: 302, headers: { location: '{origin}/crossref/x' } },
      },
      { host: 'crossref', path: '/x', reply: { body: '{"title":"T"}' } },
    ]);
    const response = await fetch(`${emu.urls.doi}/10.1/x`);
    expect(await response.json()).toEqual({ title: 'T' });
    expect(emu.requests().map((r) => r.host)).toEqual(['doi', 'crossref']);
  });
});
