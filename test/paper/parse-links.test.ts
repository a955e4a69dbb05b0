import { describe, expect, it } from 'vitest';
import { inferLabel, MAX_LABEL, MAX_LINKS, parseLinks } from '../../src/paper/parse-links.js';

describe('parseLinks', () => {
  it('reads "Label: url" lines, Markdown links and bare urls', () => {
    expect(
      parseLinks(
        'Pytorch-Code: https://github.com/JierunChen/FasterNet\n[Blog](https://example.org/blog)\nhttps://fasternet.github.io/',
      ),
    ).toEqual({
      links: [
        { label: 'Pytorch-Code', url: 'https://github.com/JierunChen/FasterNet' },
        { label: 'Blog', url: 'https://example.org/blog' },
        { label: 'Project', url: 'https://fasternet.github.io/' },
      ],
      problems: [],
    });
  });

  it.each([
    'Code: https://github.com/a/b',
    'Code： https://github.com/a/b',
    'Code - https://github.com/a/b',
    'Code – https://github.com/a/b',
    'Code — https://github.com/a/b',
    'Code | https://github.com/a/b',
    'Code https://github.com/a/b',
    '- Code: https://github.com/a/b',
    '1. Code: https://github.com/a/b',
  ])('reads the label of %j', (line) => {
    expect(parseLinks(line).links).toEqual([{ label: 'Code', url: 'https://github.com/a/b' }]);
  });

  it('keeps a label of several words, collapsing its spaces', () => {
    expect(parseLinks('Pytorch-Code  &   Dataset: https://github.com/a/b').links).toEqual([
      { label: 'Pytorch-Code & Dataset', url: 'https://github.com/a/b' },
    ]);
  });

  it('infers the label of an empty Markdown label', () => {
    expect(parseLinks('[](https://github.com/a/b)').links).toEqual([
      { label: 'Code', url: 'https://github.com/a/b' },
    ]);
  });

  it('skips blank lines', () => {
    expect(parseLinks('\n  \nhttps://github.com/a/b\n\n').links).toHaveLength(1);
    expect(parseLinks('')).toEqual({ links: [], problems: [] });
  });

  it.each([
    'javascript:alert(1)',
    'Code: javascript:alert(1)',
    '[Code](javascript:alert(1))',
    'ftp://example.org/x',
    'data:text/html,hi',
    '/relative/path',
    'Code: https://user:pw@example.org',
  ])('refuses %j with a fix', (line) => {
    const { links, problems } = parseLinks(line);
    expect(links).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^line 1 \(".*"\): the link .*; write one link a line as "Label: https:\/\/\.\.\."$/,
    );
  });

  it('refuses a label that is too long', () => {
    const label = 'L'.repeat(MAX_LABEL + 1);
    expect(parseLinks(`${label}: https://example.org`).problems[0]).toMatch(
      `label is longer than ${MAX_LABEL}`,
    );
  });

  it(`accepts ${MAX_LINKS} links and refuses more`, () => {
    const lines = (n: number) =>
      Array.from({ length: n }, (_, i) => `https://e.org/${i}`).join('\n');
    expect(parseLinks(lines(MAX_LINKS)).links).toHaveLength(MAX_LINKS);
    expect(parseLinks(lines(MAX_LINKS + 1))).toEqual({
      links: [],
      problems: [`has ${MAX_LINKS + 1} links; give at most ${MAX_LINKS}`],
    });
  });
});

describe('inferLabel', () => {
  it.each([
    ['https://github.com/facebookresearch/ConvNeXt', 'Code'],
    ['https://www.github.com/a/b/tree/main', 'Code'],
    ['https://gitlab.com/group/project', 'Code'],
    ['https://github.com/someone', 'Link'],
    ['https://arxiv.org/abs/2301.00808', 'arXiv'],
    ['https://openreview.net/forum?id=abc', 'OpenReview'],
    ['https://doi.org/10.1109/CVPR.2016.90', 'DOI'],
    ['https://dx.doi.org/10.1109/CVPR.2016.90', 'DOI'],
    ['https://huggingface.co/facebook/convnext-tiny-224', 'Hugging Face'],
    ['https://www.youtube.com/watch?v=x', 'Video'],
    ['https://youtu.be/x', 'Video'],
    ['https://vimeo.com/1', 'Video'],
    ['https://jierunchen.github.io/FasterNet/', 'Project'],
    ['https://someone.gitlab.io/', 'Project'],
    ['https://example.org/page', 'Link'],
  ])('labels %s as %s', (url, label) => {
    expect(inferLabel(url)).toBe(label);
  });
});

describe('parseLinks with relative links', () => {
  it('reads labelled relative paths beside absolute links', () => {
    expect(
      parseLinks(
        'BibTeX: ./citations/x.txt\n[Report](reports/a%20b.md)\nCode: https://github.com/a/b',
        { relative: true },
      ),
    ).toEqual({
      links: [
        { label: 'BibTeX', url: './citations/x.txt' },
        { label: 'Report', url: 'reports/a%20b.md' },
        { label: 'Code', url: 'https://github.com/a/b' },
      ],
      problems: [],
    });
  });

  it('refuses a path out of the repository', () => {
    expect(parseLinks('Up: ../x', { relative: true })).toEqual({
      links: [],
      problems: [
        'line 1 ("Up: ../x"): the link is not a complete link: write it with https://; write one link a line as "Label: https://..."',
      ],
    });
  });

  it('refuses relative paths by default', () => {
    expect(parseLinks('BibTeX: ./citations/x.txt')).toEqual({
      links: [],
      problems: [
        'line 1 ("BibTeX: ./citations/x.txt"): the link is not a complete link: write it with https://; write one link a line as "Label: https://..."',
      ],
    });
  });
});
