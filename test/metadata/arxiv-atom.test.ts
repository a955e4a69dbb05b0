import { describe, expect, it } from 'vitest';
import { parseArxivAtom } from '../../src/metadata/arxiv-atom.js';
import { readFixture } from '../support/metadata-emulator/index.js';

describe('parseArxivAtom', () => {
  it('reads a preprint: title, authors, arXiv YYMM from the id, the abstract page', () => {
    expect(parseArxivAtom(readFixture('arxiv/preprint-1605.08386.xml'), '1605.08386')).toEqual({
      found: true,
      record: {
        source: 'arxiv',
        url: 'https://arxiv.org/abs/1605.08386',
        title: 'Heat-bath random walks with Markov bases',
        authors: ['Caprice Stanley', 'Tobias Windisch'],
        venue: 'arXiv 1605',
        year: 2016,
      },
    });
  });

  it('joins a hard-wrapped title and keeps the DOI of the published version', () => {
    const result = parseArxivAtom(readFixture('arxiv/wrapped-title-1111.2011v2.xml'), '1111.2011');
    expect(result).toMatchObject({
      found: true,
      record: {
        title:
          'Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit',
        authors: ['James M. Murray', 'Adrian Del Maestro', 'Zlatko Tesanovic'],
        venue: 'arXiv 1111',
        year: 2011,
        doi: '10.1103/PhysRevB.85.115117',
      },
    });
  });

  it('reads an old-style id', () => {
    const xml = readFixture('arxiv/old-style-astro-ph-0601001.xml');
    expect(parseArxivAtom(xml, 'astro-ph/0601001')).toMatchObject({
      found: true,
      record: {
        url: 'https://arxiv.org/abs/astro-ph/0601001',
        venue: 'arXiv 0601',
        year: 2006,
        authors: ['Andrew Gould', 'Susan Dorsher', 'B. Scott Gaudi', 'Andrzej Udalski'],
      },
    });
  });

  it('keeps TeX in a title as is and flags it', () => {
    const result = parseArxivAtom(readFixture('arxiv/tex-title-2306.03845.xml'), '2306.03845');
    expect(result).toMatchObject({
      found: true,
      record: {
        title: '$ω$Test: WebView-Oriented Testing for Android Applications',
        hasTex: true,
        venue: 'arXiv 2306',
        doi: '10.1145/3597926.3598112',
      },
    });
  });

  it('keeps diacritics in names', () => {
    const result = parseArxivAtom(readFixture('arxiv/diacritics-1707.08567.xml'), '1707.08567');
    expect(result.found && result.record.authors).toContain('Dirk Wübben');
    expect(result.found && result.record.hasTex).toBeUndefined();
  });

  it("reads arXiv's Error entry as not found, with arXiv's reason", () => {
    expect(parseArxivAtom(readFixture('arxiv/error-incorrect-id.xml'), 'abc')).toEqual({
      found: false,
      reason: 'arXiv refused abc: incorrect id format for abc',
    });
  });

  it('reads an empty feed as not found', () => {
    expect(parseArxivAtom(readFixture('arxiv/empty-feed.xml'), '2301.99999')).toEqual({
      found: false,
      reason: 'arXiv has no record 2301.99999',
    });
  });

  it('calls an answer that is not an Atom feed invalid', () => {
    expect(parseArxivAtom('<html><body>Rate exceeded', '1605.08386')).toMatchObject({
      found: false,
      invalid: true,
      reason: expect.stringMatching(/^arXiv answered in an unexpected shape \(line 1: /),
    });
    expect(parseArxivAtom('<html/>', '1605.08386')).toMatchObject({
      invalid: true,
      reason: 'arXiv answered in an unexpected shape (not an Atom feed)',
    });
  });

  it('takes no other paper for the one asked about', () => {
    const xml = readFixture('arxiv/preprint-1605.08386.xml');
    expect(parseArxivAtom(xml, '2301.00001')).toEqual({
      found: false,
      reason: 'arXiv has no record 2301.00001',
    });
  });

  it('keeps a published DOI only when it is one, so nothing else reaches doi.org', () => {
    const xml = readFixture('arxiv/preprint-1605.08386.xml');
    const withDoi = (doi: string) =>
      xml.replace(
        '</entry>',
        `<arxiv:doi xmlns:arxiv="http://arxiv.org/schemas/atom">${doi}</arxiv:doi></entry>`,
      );
    const doiOf = (doi: string) => {
      const result = parseArxivAtom(withDoi(doi), '1605.08386');
      return result.found ? result.record.doi : 'not found';
    };
    expect(doiOf('10.1109/CVPR.2016.90')).toBe('10.1109/CVPR.2016.90');
    expect(doiOf('10.1/../../admin')).toBeUndefined();
    expect(doiOf('https://evil.example/x')).toBeUndefined();
  });
});
