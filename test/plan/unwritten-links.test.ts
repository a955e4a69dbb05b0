import { describe, expect, it } from 'vitest';
import type { Paper } from '../../src/paper/paper.js';
import { unwrittenLinks } from '../../src/plan/unwritten-links.js';

const paper: Paper = {
  title: 'A Video Model',
  authors: [],
  venue: 'CVPR 2025',
  section: 'Video',
  paperUrl: 'https://arxiv.org/abs/2501.01234',
  links: [
    { label: 'Code', url: 'https://github.com/lab/video' },
    { label: 'Website', url: 'https://lab.github.io/video?a=1&b=(2)' },
  ],
  notes: [],
};

describe('unwrittenLinks', () => {
  it('names the links, the paper’s first, whose address the entry does not hold', () => {
    const entry = [
      '+ [A Video Model](https://arxiv.org/abs/2501.01234) (CVPR, 2025)',
      '  [![Star](https://img.shields.io/github/stars/lab/video.svg)](https://github.com/lab/video)',
    ].join('\n');
    expect(unwrittenLinks(paper, entry)).toEqual([
      { label: 'Website', url: 'https://lab.github.io/video?a=1&b=(2)' },
    ]);
    expect(unwrittenLinks(paper, '- **A Video Model** (2025)')).toEqual([
      { label: 'Paper', url: 'https://arxiv.org/abs/2501.01234' },
      ...paper.links,
    ]);
  });

  it('finds an address written escaped as written', () => {
    const entry =
      '- [A Video Model](https://arxiv.org/abs/2501.01234) [Code](https://github.com/lab/video) [Website](https://lab.github.io/video?a=1&b=%282%29)';
    expect(unwrittenLinks(paper, entry)).toEqual([]);
  });
});
