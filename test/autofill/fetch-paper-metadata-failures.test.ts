import { describe, expect, it } from 'vitest';
import {
  arxivQuery,
  dblpSearch,
  doiResolve,
  huggingFacePaper,
  readFixture,
  semanticScholarPaper,
} from '../support/metadata-emulator/index.js';
import { ATTENTION, notFoundJson, run, tried } from './run-autofill.js';

describe('fetchPaperMetadata when sources fail or know nothing', () => {
  it('a paper no source knows: every miss is recorded with its reason', async () => {
    const { result } = await run('https://arxiv.org/abs/2301.99999', [
      arxivQuery('2301.99999', { fixture: 'arxiv/empty-feed.xml' }),
      semanticScholarPaper('ARXIV:2301.99999', notFoundJson('ARXIV:2301.99999')),
      huggingFacePaper('2301.99999', { status: 404, fixture: 'huggingface/not-found.json' }),
    ]);
    expect(result.records).toEqual([
      { source: 'link', url: 'https://arxiv.org/abs/2301.99999', venue: 'arXiv 2301', year: 2023 },
    ]);
    expect(tried(result)).toEqual([
      'arxiv not-found: arXiv has no record 2301.99999 (1)',
      'semantic-scholar not-found: Semantic Scholar has no record ARXIV:2301.99999 (1)',
      'huggingface not-found: Hugging Face has no page for 2301.99999 (1)',
    ]);
  });

  it.each([200, 400])("arXiv's Error entry, answered with %i, is a miss", async (status) => {
    // The recorded Error feed, for this id.
    const body = readFixture('arxiv/error-incorrect-id.xml').replaceAll('abc', '2213.00001');
    const { result } = await run('https://arxiv.org/abs/2213.00001', [
      arxivQuery('2213.00001', { status, body }),
      semanticScholarPaper('ARXIV:2213.00001', notFoundJson('ARXIV:2213.00001')),
      huggingFacePaper('2213.00001', { status: 404, fixture: 'huggingface/not-found.json' }),
    ]);
    expect(result.records).toEqual([]);
    expect(tried(result)[0]).toBe(
      'arxiv not-found: arXiv refused 2213.00001: incorrect id format for 2213.00001 (1)',
    );
  });

  it('a timeout and a 429: arXiv is given up, Semantic Scholar is waited for', async () => {
    const { result, waits } = await run(
      'https://arxiv.org/abs/2312.07559',
      [
        arxivQuery('2312.07559', { fixture: 'arxiv/empty-feed.xml', delayMs: 2000 }),
        doiResolve('10.48550/arXiv.2312.07559', { status: 503, headers: { 'retry-after': '60' } }),
        semanticScholarPaper('ARXIV:2312.07559', [
          {
            status: 429,
            headers: { 'retry-after': '2' },
            fixture: 'semantic-scholar/rate-limited.json',
          },
          { fixture: 'semantic-scholar/paperqa-2312.07559.json' },
        ]),
        huggingFacePaper('2312.07559', { fixture: 'huggingface/paper-2312.07559.json' }),
      ],
      { http: { timeoutMs: 40 } },
    );
    expect(tried(result)).toEqual([
      'arxiv failed: arXiv did not answer in 0.04 s (1)',
      'doi failed: doi.org answered 503 and asked to wait 60 s, more than 10 s (1)',
      'semantic-scholar found (2)',
      'huggingface found (1)',
    ]);
    expect(waits).toEqual([2000]);
    expect(result.records.find((r) => r.source === 'semantic-scholar')).toMatchObject({
      title: 'PaperQA: Retrieval-Augmented Generative Agent for Scientific Research',
      venue: 'arXiv 2312',
    });
    expect(result.records.at(-1)?.codeUrl).toBe('https://github.com/Future-House/paper-qa');
    expect(result.requests).toBe(5);
  });

  it('stops at 6 requests, and lists what it did not ask', async () => {
    const doi = '10.48550/arXiv.1706.03762';
    const { result } = await run(`https://doi.org/${doi}`, [
      arxivQuery('1706.03762', { status: 503, headers: { 'retry-after': '1' } }),
      doiResolve(doi, [
        { status: 429, headers: { 'retry-after': '1' } },
        { fixture: 'doi/datacite-arxiv-1706.03762.json' },
      ]),
      dblpSearch(ATTENTION, { fixture: 'dblp/search-no-hits.json' }),
      semanticScholarPaper('ARXIV:1706.03762', { status: 429, headers: { 'retry-after': '1' } }),
    ]);
    expect(tried(result)).toEqual([
      'arxiv failed: arXiv answered 503 (2)',
      'doi found (2)',
      `dblp not-found: DBLP has no record of "${ATTENTION}" by its authors (1)`,
      'semantic-scholar failed: Semantic Scholar answered 429 (1)',
      'huggingface skipped: not asked: the 6 requests allowed per paper are spent (0)',
    ]);
    expect(result.requests).toBe(6);
  });
});
