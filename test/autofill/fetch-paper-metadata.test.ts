import { describe, expect, it } from 'vitest';
import {
  arxivQuery,
  dblpSearch,
  doiResolve,
  huggingFacePaper,
  openReviewNote,
  semanticScholarPaper,
} from '../support/metadata-emulator/index.js';
import { ATTENTION, currentEmulator, notFoundJson, run, tried } from './run-autofill.js';

describe('fetchPaperMetadata', () => {
  it('an arXiv preprint: arXiv knows it, DBLP and Semantic Scholar find no venue', async () => {
    const { result } = await run('https://arxiv.org/abs/1605.08386v1', [
      arxivQuery('1605.08386', { fixture: 'arxiv/preprint-1605.08386.xml' }),
      dblpSearch('Heat-bath random walks with Markov bases', {
        fixture: 'dblp/search-no-hits.json',
      }),
      semanticScholarPaper('ARXIV:1605.08386', notFoundJson('ARXIV:1605.08386')),
      huggingFacePaper('1605.08386', { fixture: 'huggingface/paper-without-code.json' }),
    ]);
    expect(result.records).toEqual([
      {
        source: 'link',
        url: 'https://arxiv.org/abs/1605.08386v1',
        venue: 'arXiv 1605',
        year: 2016,
      },
      {
        source: 'arxiv',
        url: 'https://arxiv.org/abs/1605.08386',
        title: 'Heat-bath random walks with Markov bases',
        authors: ['Caprice Stanley', 'Tobias Windisch'],
        venue: 'arXiv 1605',
        year: 2016,
      },
    ]);
    expect(tried(result)).toEqual([
      'arxiv found (1)',
      'dblp not-found: DBLP has no record of "Heat-bath random walks with Markov bases" by its authors (1)',
      'semantic-scholar not-found: Semantic Scholar has no record ARXIV:1605.08386 (1)',
      'huggingface not-found: Hugging Face names no code for 1605.08386 (1)',
    ]);
    expect(result.requests).toBe(4);
    expect(result.attempts[0]?.url).toBe(
      `${currentEmulator()!.urls.arxiv}/api/query?id_list=1605.08386`,
    );
  });

  it('an arXiv paper published later: DBLP finds the venue, Hugging Face the code', async () => {
    const { result } = await run('https://arxiv.org/pdf/1706.03762v7', [
      arxivQuery('1706.03762', { fixture: 'arxiv/constructed-1706.03762.xml' }),
      dblpSearch(ATTENTION, { fixture: 'dblp/search-attention-1706.03762.json' }),
      huggingFacePaper('1706.03762', { fixture: 'huggingface/paper-1706.03762.json' }),
    ]);
    expect(result.records.map((r) => [r.source, r.venue])).toEqual([
      ['link', 'arXiv 1706'],
      ['arxiv', 'arXiv 1706'],
      ['dblp', 'NeurIPS 2017'],
      ['huggingface', undefined],
    ]);
    expect(result.records[2]).toMatchObject({
      url: 'https://dblp.org/rec/conf/nips/VaswaniSPUJGKP17',
      year: 2017,
    });
    expect(result.records[3]?.codeUrl).toBe('https://github.com/tensorflow/tensor2tensor');
    expect(tried(result)).toEqual(['arxiv found (1)', 'dblp found (1)', 'huggingface found (1)']);
  });

  it('a journal DOI: doi.org redirects to Crossref, which says it all', async () => {
    const doi = '10.1126/science.169.3946.635';
    const { result, served } = await run(`https://doi.org/${doi}`, [
      doiResolve(doi, {
        status: 302,
        headers: {
          location: `{origin}/crossref/v1/works/10.1126%2Fscience.169.3946.635/transform`,
        },
        fixture: 'doi/doi-org-redirect.html',
      }),
      {
        host: 'crossref',
        path: `/v1/works/${doi}/transform`,
        reply: { fixture: 'doi/crossref-science-169-3946-635.json' },
      },
    ]);
    expect(result.records).toEqual([
      {
        source: 'doi',
        url: `https://doi.org/${doi}`,
        title: 'The Structure of Ordinary Water',
        authors: ['Henry S. Frank'],
        venue: 'Science 1970',
        year: 1970,
        doi,
      },
    ]);
    // doi.org's redirect counts: 2 requests sent, 2 served.
    expect(tried(result)).toEqual(['doi found (2)']);
    expect(served).toBe(2);
  });

  it('a DataCite arXiv DOI while arXiv is down: DataCite, then DBLP for the venue', async () => {
    const doi = '10.48550/arXiv.1706.03762';
    const { result, waits } = await run(`https://doi.org/${doi}`, [
      arxivQuery('1706.03762', { status: 503, headers: { 'retry-after': '2' }, body: 'busy' }),
      doiResolve(doi, { status: 302, headers: { location: '{origin}/datacite/dois/1706.03762' } }),
      {
        host: 'datacite',
        path: '/dois/1706.03762',
        reply: { fixture: 'doi/datacite-arxiv-1706.03762.json' },
      },
      dblpSearch(ATTENTION, { fixture: 'dblp/search-attention-1706.03762.json' }),
      huggingFacePaper('1706.03762', { fixture: 'huggingface/paper-1706.03762.json' }),
    ]);
    expect(tried(result)).toEqual([
      'arxiv failed: arXiv answered 503 (2)',
      'doi found (2)',
      'dblp found (1)',
      'huggingface found (1)',
    ]);
    expect(waits).toEqual([2000]);
    expect(result.records.find((r) => r.source === 'doi')).toMatchObject({
      title: ATTENTION,
      venue: 'arXiv 1706',
      authors: expect.arrayContaining(['Lukasz Kaiser']),
    });
    expect(result.records.find((r) => r.source === 'dblp')?.venue).toBe('NeurIPS 2017');
    // arXiv twice (a retry), doi.org and its redirect, DBLP, Hugging Face: all six counted.
    expect(result.requests).toBe(6);
  });

  it('an accepted OpenReview paper: one request, Oral kept, diacritics kept', async () => {
    const { result } = await run('https://openreview.net/forum?id=2dnO3LLiJ1', [
      openReviewNote('2dnO3LLiJ1', { fixture: 'openreview/accepted-oral.json' }),
    ]);
    expect(result.records).toEqual([
      {
        source: 'openreview',
        url: 'https://openreview.net/forum?id=2dnO3LLiJ1',
        title: 'Vision Transformers Need Registers',
        authors: ['Timothée Darcet', 'Maxime Oquab', 'Julien Mairal', 'Piotr Bojanowski'],
        venue: 'ICLR 2024 Oral',
        year: 2024,
      },
    ]);
    expect(tried(result)).toEqual(['openreview found (1)']);
  });

  it('a rejected OpenReview paper: title and authors, no venue, and why', async () => {
    const { result } = await run('https://openreview.net/pdf?id=Xk2R7ejEcT', [
      openReviewNote('Xk2R7ejEcT', { fixture: 'openreview/rejected.json' }),
    ]);
    const [record] = result.records;
    expect(record).toMatchObject({ title: 'An Illustrative Rejected Submission', year: 2024 });
    expect(record?.venue).toBeUndefined();
    expect(record?.notes?.[0]).toContain('a rejected submission to ICLR 2024');
    expect(tried(result)).toEqual(['openreview found (1)']);
  });

  it.each([
    [
      'https://openaccess.thecvf.com/content/CVPR2023/html/Chen_Run_Dont_Walk_CVPR_2023_paper.html',
      'CVPR 2023',
      2023,
    ],
    ['https://aclanthology.org/2023.acl-long.12.pdf', 'ACL 2023', 2023],
  ])('a proceedings link (%s) gives its venue without a request', async (link, venue, year) => {
    const { result, served } = await run(link, []);
    expect(result.records).toEqual([{ source: 'link', url: link, venue, year }]);
    expect(result.attempts).toEqual([]);
    expect([result.requests, served]).toEqual([0, 0]);
  });

  it('keeps a TeX title as is, asks DBLP without its dollars, and doi.org for the published DOI', async () => {
    const title = '$ω$Test: WebView-Oriented Testing for Android Applications';
    const { result } = await run(
      'https://arxiv.org/abs/2306.03845',
      [
        arxivQuery('2306.03845', { fixture: 'arxiv/tex-title-2306.03845.xml' }),
        doiResolve('10.1145/3597926.3598112', {
          status: 404,
          fixture: 'doi/doi-org-not-found.html',
        }),
        dblpSearch('ωTest: WebView-Oriented Testing for Android Applications', {
          fixture: 'dblp/search-no-hits.json',
        }),
        semanticScholarPaper('ARXIV:2306.03845', notFoundJson('ARXIV:2306.03845')),
      ],
      { codeLink: false },
    );
    expect(result.records[1]).toMatchObject({ source: 'arxiv', title, hasTex: true });
    expect(tried(result).map((line) => line.split(':')[0])).toEqual([
      'arxiv found (1)',
      'doi not-found',
      'dblp not-found',
      'semantic-scholar not-found',
    ]);
  });

  it('a link that names no paper: nothing asked, nothing found', async () => {
    const { result, served } = await run('https://github.com/JierunChen/FasterNet', []);
    expect([result.records, result.attempts, result.requests, served]).toEqual([[], [], 0, 0]);
  });
});
