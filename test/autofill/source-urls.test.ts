import { describe, expect, it } from 'vitest';
import { readSourceUrls } from '../../src/autofill/source-urls.js';

describe('readSourceUrls', () => {
  it('uses the public services by default', () => {
    expect(readSourceUrls({})).toEqual({
      arxiv: 'https://export.arxiv.org',
      doi: 'https://doi.org',
      openreview: 'https://api2.openreview.net',
      dblp: 'https://dblp.org',
      'semantic-scholar': 'https://api.semanticscholar.org',
      huggingface: 'https://huggingface.co',
    });
  });

  it('takes each variable, without a trailing slash; empty means the default', () => {
    const urls = readSourceUrls({
      PAPER_LIST_BOT_ARXIV_URL: 'http://127.0.0.1:8080/arxiv/',
      PAPER_LIST_BOT_DBLP_URL: ' https://dblp.uni-trier.de ',
      PAPER_LIST_BOT_DOI_URL: '',
    });
    expect(urls.arxiv).toBe('http://127.0.0.1:8080/arxiv');
    expect(urls.dblp).toBe('https://dblp.uni-trier.de');
    expect(urls.doi).toBe('https://doi.org');
  });

  it.each([
    ['ftp://example.org', /PAPER_LIST_BOT_HUGGINGFACE_URL must be an http\(s\) URL/],
    ['example.org', /PAPER_LIST_BOT_HUGGINGFACE_URL must be an absolute http\(s\) URL/],
    ['https://huggingface.co/?token=x', /without "\?" or "#"/],
  ])('refuses %s, naming the variable', (value, message) => {
    expect(() => readSourceUrls({ PAPER_LIST_BOT_HUGGINGFACE_URL: value })).toThrow(message);
  });
});
