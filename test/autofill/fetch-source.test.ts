import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_USER_AGENT,
  fetchSource,
  retryAfterMs,
  seconds,
  type SourceRequest,
} from '../../src/autofill/fetch-source.js';
import {
  MetadataEmulator,
  arxivQuery,
  readFixture,
  type Reply,
  type Route,
} from '../support/metadata-emulator/index.js';

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

/** An arXiv request for 1605.08386 against an emulator answering `reply`. */
async function arxiv(reply: Reply | readonly Reply[]): Promise<SourceRequest> {
  const emu = await start([arxivQuery('1605.08386', reply)]);
  return {
    source: 'arxiv',
    url: `${emu.urls.arxiv}/api/query?id_list=1605.08386`,
    accept: 'application/atom+xml',
    okStatuses: [400],
  };
}

/** A sleep that records the waits asked for and does not wait. */
function fakeSleep() {
  const waits: number[] = [];
  return { waits, sleep: (ms: number) => (waits.push(ms), Promise.resolve()) };
}

describe('fetchSource', () => {
  it('returns the body, asking politely and sending no credentials', async () => {
    const request = await arxiv({ fixture: 'arxiv/preprint-1605.08386.xml' });
    expect(await fetchSource(request)).toEqual({
      kind: 'ok',
      status: 200,
      body: readFixture('arxiv/preprint-1605.08386.xml'),
      requests: 1,
    });
    const [seen] = emulator!.requests();
    expect(seen?.headers['user-agent']).toBe(DEFAULT_USER_AGENT);
    expect(DEFAULT_USER_AGENT).toMatch(/^paper-list-bot \(\+https:\/\/github\.com\/.+\)$/);
    expect(seen?.headers.accept).toBe('application/atom+xml');
    expect(seen?.headers).not.toHaveProperty('authorization');
    expect(seen?.headers).not.toHaveProperty('cookie');
  });

  it('reads the body of a status the request accepts (arXiv answers its Error feed with 400)', async () => {
    const request = await arxiv({ status: 400, fixture: 'arxiv/error-incorrect-id.xml' });
    expect(await fetchSource(request)).toMatchObject({ kind: 'ok', status: 400 });
  });

  it('says not-found for 404 and 410, and fails on other statuses without retrying', async () => {
    expect(await fetchSource(await arxiv({ status: 404 }))).toEqual({
      kind: 'not-found',
      status: 404,
      requests: 1,
    });
    await emulator!.close();
    expect(await fetchSource(await arxiv({ status: 500 }))).toEqual({
      kind: 'failed',
      reason: 'arXiv answered 500',
      status: 500,
      requests: 1,
    });
    expect(emulator!.requests()).toHaveLength(1);
  });

  it('retries a 429 once, after the pause Retry-After asks for', async () => {
    const request = await arxiv([
      { status: 429, headers: { 'retry-after': '3' }, body: 'slow down' },
      { fixture: 'arxiv/preprint-1605.08386.xml' },
    ]);
    const { waits, sleep } = fakeSleep();
    expect(await fetchSource(request, { sleep })).toMatchObject({ kind: 'ok', requests: 2 });
    expect(waits).toEqual([3000]);
    expect(emulator!.requests()).toHaveLength(2);
  });

  it('retries a 503 without Retry-After after 1 s, and fails when it persists', async () => {
    const request = await arxiv({ status: 503, body: 'busy' });
    const { waits, sleep } = fakeSleep();
    expect(await fetchSource(request, { sleep })).toEqual({
      kind: 'failed',
      reason: 'arXiv answered 503',
      status: 503,
      requests: 2,
    });
    expect(waits).toEqual([1000]);
  });

  it('does not wait longer than 10 s', async () => {
    const request = await arxiv({ status: 429, headers: { 'retry-after': '60' } });
    const { waits, sleep } = fakeSleep();
    expect(await fetchSource(request, { sleep })).toEqual({
      kind: 'failed',
      reason: 'arXiv answered 429 and asked to wait 60 s, more than 10 s',
      status: 429,
      requests: 1,
    });
    expect(waits).toEqual([]);
  });

  it('does not retry when only one request is left', async () => {
    const request = await arxiv({ status: 429, headers: { 'retry-after': '1' } });
    const { waits, sleep } = fakeSleep();
    const outcome = await fetchSource(request, { sleep, maxAttempts: 1 });
    expect(outcome).toMatchObject({ kind: 'failed', requests: 1 });
    expect(waits).toEqual([]);
  });

  it('gives up on a source that does not answer in time', async () => {
    const request = await arxiv({ fixture: 'arxiv/preprint-1605.08386.xml', delayMs: 2000 });
    const started = Date.now();
    expect(await fetchSource(request, { timeoutMs: 30 })).toEqual({
      kind: 'failed',
      reason: 'arXiv did not answer in 0.03 s',
      requests: 1,
    });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses an answer over the size cap', async () => {
    const request = await arxiv({ fixture: 'arxiv/preprint-1605.08386.xml' });
    expect(await fetchSource(request, { maxBytes: 100 })).toEqual({
      kind: 'failed',
      reason: "arXiv's answer is larger than 100 bytes",
      requests: 1,
    });
  });

  it('says when a source cannot be reached', async () => {
    const request = await arxiv({ body: '' });
    await emulator!.close();
    expect(await fetchSource(request)).toEqual({
      kind: 'failed',
      reason: expect.stringMatching(/^could not reach arXiv \(ECONNREFUSED\)$/),
      requests: 1,
    });
  });

  it('follows a redirect (doi.org sends content negotiation on to the registry)', async () => {
    const emu = await start([
      {
        host: 'doi',
        path: '/10.1126/science.169.3946.635',
        reply: { status: 302, headers: { location: '{origin}/crossref/v1/works/x/transform' } },
      },
      {
        host: 'crossref',
        path: '/v1/works/x/transform',
        reply: { fixture: 'doi/crossref-science-169-3946-635.json' },
      },
    ]);
    const outcome = await fetchSource({
      source: 'doi',
      url: `${emu.urls.doi}/10.1126/science.169.3946.635`,
      accept: 'application/vnd.citationstyles.csl+json',
    });
    // The redirect followed counts: every request sent is in the budget.
    expect(outcome).toMatchObject({ kind: 'ok', requests: 2 });
    expect(emu.requests().map((r) => [r.host, r.headers.accept])).toEqual([
      ['doi', 'application/vnd.citationstyles.csl+json'],
      ['crossref', 'application/vnd.citationstyles.csl+json'],
    ]);
  });

  it('uses the fetch it is given', async () => {
    const fake = vi.fn(async () => new Response('<feed/>', { status: 200 }));
    const request: SourceRequest = { source: 'arxiv', url: 'https://x.invalid/', accept: '*/*' };
    expect(await fetchSource(request, { fetch: fake })).toMatchObject({
      kind: 'ok',
      body: '<feed/>',
    });
    expect(fake).toHaveBeenCalledOnce();
  });
});

describe('retryAfterMs and seconds', () => {
  it('reads delta-seconds and HTTP dates', () => {
    const now = Date.parse('Tue, 16 Jun 2026 13:04:53 GMT');
    expect(retryAfterMs('7', now)).toBe(7000);
    expect(retryAfterMs('Tue, 16 Jun 2026 13:04:58 GMT', now)).toBe(5000);
    expect(retryAfterMs('soon', now)).toBe(1000);
    expect(retryAfterMs(null, now)).toBe(1000);
  });

  it('writes durations in seconds', () => {
    expect(seconds(10_000)).toBe('10 s');
    expect(seconds(50)).toBe('0.05 s');
  });
});

describe('redirects', () => {
  const answer = (status: number, headers: Record<string, string> = {}, body = '') =>
    new Response(status >= 300 && status < 400 ? null : body, { status, headers });

  it('follows a redirect within the source or to a DOI registry', async () => {
    const seen: string[] = [];
    const outcome = await fetchSource(
      { source: 'doi', url: 'https://doi.org/10.1/x', accept: 'application/json' },
      {
        fetch: (async (url: string) => {
          seen.push(url);
          return url.startsWith('https://doi.org')
            ? answer(302, { location: 'https://api.crossref.org/v1/works/10.1/x/transform' })
            : answer(200, {}, '{}');
        }) as typeof fetch,
      },
    );
    expect(outcome).toMatchObject({ kind: 'ok', body: '{}' });
    expect(seen).toEqual([
      'https://doi.org/10.1/x',
      'https://api.crossref.org/v1/works/10.1/x/transform',
    ]);
  });

  it('refuses a redirect to any other host, so a stranger cannot aim the runner elsewhere', async () => {
    const seen: string[] = [];
    const outcome = await fetchSource(
      { source: 'doi', url: 'https://doi.org/10.1/x', accept: 'application/json' },
      {
        fetch: (async (url: string) => {
          seen.push(url);
          return answer(302, { location: 'http://169.254.169.254/latest/meta-data/' });
        }) as typeof fetch,
      },
    );
    expect(outcome).toMatchObject({ kind: 'failed' });
    expect(outcome.kind === 'failed' && outcome.reason).toMatch(/redirected to 169\.254\.169\.254/);
    expect(seen).toEqual(['https://doi.org/10.1/x']);
  });
});
