import { describe, expect, it } from 'vitest';
import { parseDblpSearch } from '../../src/metadata/dblp-search.js';
import { readFixture } from '../support/metadata-emulator/index.js';

const fixture = (name: string): unknown => JSON.parse(readFixture(name));
const recorded = fixture('dblp/search-test-star.json');

const ATTENTION_AUTHORS = [
  'Ashish Vaswani',
  'Noam Shazeer',
  'Niki Parmar',
  'Jakob Uszkoreit',
  'Llion Jones',
  'Aidan N. Gomez',
  'Lukasz Kaiser',
  'Illia Polosukhin',
];

describe('parseDblpSearch', () => {
  it('picks the hit with the same title and an author in common (a recorded answer)', () => {
    const wanted = {
      title:
        'Test and non-test cubes for diagnostic test generation based on merging of test cubes',
      authors: ['Irith Pomeranz'],
    };
    expect(parseDblpSearch(recorded, wanted)).toEqual({
      found: true,
      record: {
        source: 'dblp',
        url: 'https://dblp.org/rec/conf/date/Pomeranz14',
        title:
          'Test and non-test cubes for diagnostic test generation based on merging of test cubes',
        authors: ['Irith Pomeranz'],
        venue: 'DATE 2014',
        year: 2014,
        doi: '10.7873/DATE.2014.143',
      },
    });
  });

  it('matches names across diacritics and decodes entities', () => {
    const reactive = parseDblpSearch(recorded, {
      title: 'Reactive testing of nondeterministic systems by test purpose directed tester',
      authors: ['Marko Kaaramees'],
    });
    expect(reactive).toMatchObject({
      found: true,
      record: { venue: 'Model-Based Testing for Embedded Systems 2011' },
    });
    expect(reactive.found && reactive.record.authors).toContain('Marko Kääramees');
    const thesis = parseDblpSearch(recorded, {
      title:
        "A complementary approach for testing system robustness based on passive testing and fault injection techniques (Une approche complémentaire de test de robustesse basée sur l'injection de fautes et le test passif)",
      authors: ['Faycal Bessayah'],
    });
    expect(thesis).toMatchObject({
      found: true,
      record: { title: expect.stringContaining("sur l'injection de fautes"), year: 2010 },
    });
    expect(thesis.found && thesis.record.venue).toBeUndefined();
  });

  it('refuses a hit with the right title but none of the authors', () => {
    const wanted = {
      title:
        'Test and non-test cubes for diagnostic test generation based on merging of test cubes',
      authors: ['Someone Else'],
    };
    expect(parseDblpSearch(recorded, wanted)).toEqual({
      found: false,
      reason: `DBLP has no record of "${wanted.title}" by its authors`,
    });
  });

  it('skips the CoRR copy and spells the venue from the table', () => {
    const answer = fixture('dblp/search-attention-1706.03762.json');
    const wanted = { title: 'Attention Is All You Need', authors: ATTENTION_AUTHORS };
    expect(parseDblpSearch(answer, wanted)).toMatchObject({
      found: true,
      record: {
        url: 'https://dblp.org/rec/conf/nips/VaswaniSPUJGKP17',
        title: 'Attention is All you Need',
        venue: 'NeurIPS 2017',
        year: 2017,
      },
    });
    const onlyCorr = {
      result: {
        hits: { hit: [(answer as { result: { hits: { hit: unknown[] } } }).result.hits.hit[0]] },
      },
    };
    expect(parseDblpSearch(onlyCorr, wanted)).toEqual({
      found: false,
      reason: 'DBLP has only the arXiv (CoRR) record of "Attention Is All You Need"',
    });
  });

  it('reads one hit given as an object, one author given as an object, homonym numbers', () => {
    const answer = {
      result: {
        hits: {
          hit: {
            info: {
              title: 'Masked Autoencoders Are Scalable Vision Learners.',
              authors: { author: { '@pid': '34/7659', text: 'Kaiming He 0001' } },
              venue: 'CVPR',
              year: '2022',
              key: 'conf/cvpr/HeCXLDG22',
            },
          },
        },
      },
    };
    const wanted = {
      title: 'Masked Autoencoders Are Scalable Vision Learners',
      authors: ['Kaiming He'],
    };
    expect(parseDblpSearch(answer, wanted)).toMatchObject({
      found: true,
      record: {
        authors: ['Kaiming He'],
        venue: 'CVPR 2022',
        url: 'https://dblp.org/rec/conf/cvpr/HeCXLDG22',
      },
    });
  });

  it('finds nothing in an answer without hits, and calls a wrong shape invalid', () => {
    const wanted = {
      title: 'Heat-bath random walks with Markov bases',
      authors: ['Caprice Stanley'],
    };
    expect(parseDblpSearch(fixture('dblp/search-no-hits.json'), wanted)).toMatchObject({
      found: false,
    });
    expect(parseDblpSearch({ result: {} }, wanted)).toMatchObject({ invalid: true });
  });
});
