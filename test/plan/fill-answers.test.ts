import { describe, expect, it } from 'vitest';
import type { MetadataRecord } from '../../src/metadata/paper-metadata.js';
import { fillAnswers, wantsAutofill } from '../../src/plan/fill-answers.js';

const arxiv: MetadataRecord = {
  source: 'arxiv',
  url: 'https://arxiv.org/abs/1706.03762',
  title: 'Attention Is All You Need',
  authors: ['Ashish Vaswani', 'Noam Shazeer'],
  venue: 'arXiv 1706',
  year: 2017,
};
const dblp: MetadataRecord = {
  source: 'dblp',
  url: 'https://dblp.org/rec/conf/nips/VaswaniSPUJGKP17',
  venue: 'NeurIPS 2017',
  year: 2017,
};
const answers = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('wantsAutofill', () => {
  it('asks only with a paper link, and only for empty fields unless verifying', () => {
    const link = { paper: 'https://arxiv.org/abs/1706.03762', section: 'NLP' };
    const full = { ...link, title: 'T', authors: 'A', venue: 'NeurIPS 2017' };
    expect(wantsAutofill(answers(link), 'fill-missing')).toBe(true);
    expect(wantsAutofill(answers(full), 'fill-missing')).toBe(false);
    expect(wantsAutofill(answers(full), 'verify')).toBe(true);
    expect(wantsAutofill(answers(link), 'off')).toBe(false);
    expect(wantsAutofill(answers({ section: 'NLP' }), 'verify')).toBe(false);
  });
});

describe('fillAnswers', () => {
  it('fills the empty answers, a published venue before the preprint, in the list spelling', () => {
    const result = fillAnswers(answers({ section: 'NLP' }), [arxiv, dblp], ['NIPS 2016']);
    expect(Object.fromEntries(result.answers)).toEqual({
      section: 'NLP',
      title: 'Attention Is All You Need',
      authors: 'Ashish Vaswani\nNoam Shazeer',
      venue: 'NIPS 2017',
    });
    expect(result.filled.map((f) => [f.field, f.source])).toEqual([
      ['title', 'arxiv'],
      ['authors', 'arxiv'],
      ['venue', 'dblp'],
    ]);
    expect(result.differences).toEqual([]);
  });

  it('keeps the filer’s answers and reports real differences only', () => {
    const given = answers({
      title: 'attention is all you need!',
      authors: 'Ashish Vaswani, Noam Shazeer',
      venue: 'CVPR 2017',
    });
    const result = fillAnswers(given, [arxiv, dblp], []);
    expect(result.answers).toEqual(given);
    expect(result.filled).toEqual([]);
    expect(result.differences).toEqual([
      {
        field: 'venue',
        given: 'CVPR 2017',
        fetched: 'NeurIPS 2017',
        source: 'dblp',
        url: dblp.url,
      },
    ]);
  });

  it('adds a code link only when no links were given, and flags TeX in a filled title', () => {
    const hf: MetadataRecord = {
      source: 'huggingface',
      url: 'https://huggingface.co/papers/2301.00001',
      codeUrl: 'https://github.com/o/r',
    };
    const tex = { ...arxiv, title: '$\\alpha$-Nets', hasTex: true as const };
    const result = fillAnswers(answers({}), [tex, hf], []);
    expect(result.answers.get('links')).toBe('Code: https://github.com/o/r');
    expect(result.notes).toEqual([
      'The filled title holds TeX markup; check how it reads in the list.',
    ]);
    const own = fillAnswers(answers({ links: 'Project: https://p.org' }), [hf], []);
    expect(own.answers.get('links')).toBe('Project: https://p.org');
  });

  it('leaves a field empty when no source has it', () => {
    const result = fillAnswers(answers({}), [dblp], []);
    expect(result.answers.has('title')).toBe(false);
    expect(result.answers.get('venue')).toBe('NeurIPS 2017');
  });

  it('takes fetched author names as plain names: no link, no split', () => {
    const planted: MetadataRecord = {
      ...arxiv,
      authors: ['Eve (https://evil.example/login)', 'Doe, Jane', '[Mallory](https://x.example)'],
    };
    const result = fillAnswers(answers({}), [planted], []);
    expect(result.answers.get('authors')).toBe('Eve\nDoe Jane\nMallory');
  });

  it('cuts the author list of a consortium to the most a list shows, ending with et al.', () => {
    const many: MetadataRecord = {
      ...arxiv,
      authors: Array.from({ length: 700 }, (_, i) => `Author ${i + 1}`),
    };
    const names = fillAnswers(answers({}), [many], []).answers.get('authors')!.split('\n');
    expect(names).toHaveLength(500);
    expect(names.at(-1)).toBe('et al.');
    expect(names[498]).toBe('Author 499');
  });
});
