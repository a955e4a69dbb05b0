import { describe, expect, it } from 'vitest';
import { parseSemanticScholarPaper } from '../../src/metadata/semantic-scholar-paper.js';
import { readFixture } from '../support/metadata-emulator/index.js';

const fixture = (name: string): unknown => JSON.parse(readFixture(name));

describe('parseSemanticScholarPaper', () => {
  it('reads an arXiv preprint as arXiv YYMM', () => {
    const paper = fixture('semantic-scholar/paperqa-2312.07559.json');
    expect(parseSemanticScholarPaper(paper, 'ARXIV:2312.07559')).toEqual({
      found: true,
      record: {
        source: 'semantic-scholar',
        url: 'https://www.semanticscholar.org/paper/7e55d8701785818776323b4147cb13354c820469',
        title: 'PaperQA: Retrieval-Augmented Generative Agent for Scientific Research',
        authors: [
          "Jakub L'ala",
          "Odhran O'Donoghue",
          'Aleksandar Shtedritski',
          'Sam Cox',
          'Samuel G. Rodriques',
          'Andrew D. White',
        ],
        venue: 'arXiv 2312',
        year: 2023,
      },
    });
  });

  it('keeps the name of a venue the table does not know, and the DOI', () => {
    const paper = fixture('semantic-scholar/chemcrow-s42256-024-00832-8.json');
    expect(parseSemanticScholarPaper(paper, 'DOI:10.1038/s42256-024-00832-8')).toMatchObject({
      found: true,
      record: {
        title: 'Augmenting large language models with chemistry tools',
        venue: 'Nat. Mac. Intell. 2023',
        doi: '10.1038/s42256-024-00832-8',
        authors: expect.arrayContaining(['Andrés M Bran']),
      },
    });
  });

  it('keeps diacritics in titles and names; an empty venue is no venue', () => {
    const paper = fixture('semantic-scholar/goedel-1931-diacritics.json');
    expect(parseSemanticScholarPaper(paper, 'DOI:10.1007/S00605-006-0423-7')).toEqual({
      found: true,
      record: {
        source: 'semantic-scholar',
        url: 'https://www.semanticscholar.org/paper/c3f7ad4b2af9d9888be85a8a376c61e7a612acc2',
        title:
          'Über formal unentscheidbare Sätze der Principia Mathematica und verwandter Systeme I',
        authors: ['K. Gödel'],
        year: 1931,
        doi: '10.1007/S00605-006-0423-7',
      },
    });
  });

  it('spells a known publication venue from the table', () => {
    const paper = {
      paperId: 'p',
      title: 'Masked Autoencoders Are Scalable Vision Learners',
      venue: 'Computer Vision and Pattern Recognition',
      publicationVenue: { name: 'Computer Vision and Pattern Recognition', type: 'conference' },
      year: 2021,
    };
    expect(parseSemanticScholarPaper(paper, 'ARXIV:2111.06377')).toMatchObject({
      record: { venue: 'CVPR 2021' },
    });
  });

  it("reads Semantic Scholar's error body as not found", () => {
    expect(
      parseSemanticScholarPaper(fixture('semantic-scholar/not-found.json'), 'DOI:10.1/x'),
    ).toEqual({ found: false, reason: 'Semantic Scholar has no record DOI:10.1/x' });
    expect(parseSemanticScholarPaper({ title: 3 }, 'x')).toMatchObject({ invalid: true });
  });
});
