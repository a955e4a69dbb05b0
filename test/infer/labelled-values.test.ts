import { describe, expect, it } from 'vitest';
import type { Used } from '../../src/infer/classify-text.js';
import {
  arxivIdLink,
  fieldLine,
  nameBeforeTitle,
  venueLink,
} from '../../src/infer/labelled-values.js';
import { linePieces } from '../../src/infer/line-pieces.js';

const link = (raw: string) => linePieces(raw)[0]!;

describe('venueLink', () => {
  it('is the venue linking the paper for a known venue before anything else is named', () => {
    const used: Used = new Set();
    expect(venueLink(link('[CVPR](https://a.org/x)'), used)).toBe('[{venue}]({paper})');
    expect([...used]).toEqual(['venue', 'paper']);
    expect(venueLink(link('[ICCV](https://a.org/y)'), used)).toBeUndefined();
  });

  it('is nothing for a kind of link, an unknown name, a title, or after the title', () => {
    for (const raw of [
      '[arXiv](https://a.org)',
      '[Code](https://a.org)',
      '[Zorblax](https://a.org)',
    ]) {
      expect(venueLink(link(raw), new Set())).toBeUndefined();
    }
    expect(venueLink(link('[A Long Title of a Paper](https://a.org)'), new Set())).toBeUndefined();
    expect(venueLink(link('[CVPR](https://a.org)'), new Set(['title']))).toBeUndefined();
  });

  it('is the venue after the title when the label holds its year (zhaoxin94/awesome-domain-adaptation)', () => {
    const after = () => new Set<Parameters<Used['add']>[0]>(['title']);
    expect(venueLink(link('[[AAAI2019]](https://a.org)'), after())).toBe('[[{venue}]]({paper})');
    expect(venueLink(link('[CVPR 2019](https://a.org)'), after())).toBe('[{venue}]({paper})');
    expect(venueLink(link('[[Pytorch(official)]](https://a.org)'), after())).toBeUndefined();
    expect(venueLink(link('[[Zorblax2019]](https://a.org)'), after())).toBeUndefined();
  });
});

describe('arxivIdLink', () => {
  it('is the paper linked with its arXiv id written out, brackets escaped or not', () => {
    const used: Used = new Set();
    expect(
      arxivIdLink(link('[\\[arXiv:2206.07117\\]](https://arxiv.org/abs/2206.07117)'), used),
    ).toBe('[\\[arXiv:{arxiv}\\]]({paper})');
    expect([...used]).toEqual(['paper', 'arxiv']);
    expect(arxivIdLink(link('[arXiv:2206.07117v2](https://a.org)'), new Set())).toBe(
      '[arXiv:{arxiv}]({paper})',
    );
  });

  it('is nothing for another label, or once the paper is linked', () => {
    expect(arxivIdLink(link('[arXiv](https://arxiv.org/abs/2206.07117)'), new Set())).toBe(
      undefined,
    );
    const used: Used = new Set(['paper']);
    expect(arxivIdLink(link('[arXiv:2206.07117](https://a.org)'), used)).toBe(undefined);
  });
});

describe('fieldLine', () => {
  it('is the notes for a labelled line of free text, once', () => {
    const used: Used = new Set();
    expect(fieldLine('Keyword: Reward Model, DPO, LLMs', used)).toBe('Keyword: {notes}');
    expect(fieldLine('Key Ideas: sparse attention', used)).toBeUndefined();
  });

  it('is nothing for authors, a year, links or a line without a label', () => {
    for (const content of [
      'Authors: Ada Lovelace, Alan Turing',
      'Venue: NeurIPS 2023',
      'Code: [Official](https://github.com/a/b)',
      'just some text, no label',
    ]) {
      expect(fieldLine(content, new Set())).toBeUndefined();
    }
  });
});

describe('nameBeforeTitle', () => {
  const title = link('[Learning a Probabilistic Latent Space](https://a.org/x)');
  const text = (raw: string) => ({ kind: 'text' as const, raw });

  it('is the short name for one name and a separator before a linked title', () => {
    const used: Used = new Set();
    expect(nameBeforeTitle(text('3D-GAN - '), title, used)).toBe('{abbreviation} - ');
    expect([...used]).toEqual(['abbreviation']);
    expect(nameBeforeTitle(text('BigGAN: '), title, new Set())).toBe('{abbreviation}: ');
  });

  it('is nothing for a year, a venue, several words, or before a short link', () => {
    for (const raw of ['2023 - ', 'CVPR - ', 'A few words - ']) {
      expect(nameBeforeTitle(text(raw), title, new Set())).toBeUndefined();
    }
    expect(
      nameBeforeTitle(text('3D-GAN - '), link('[code](https://a.org)'), new Set()),
    ).toBeUndefined();
  });
});
