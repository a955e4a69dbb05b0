import { describe, expect, it } from 'vitest';
import { ARXIV_BADGE, optionalBadgeLines } from '../../src/infer/badge-lines.js';
import { entrySkeleton } from '../../src/infer/entry-skeleton.js';

const STAR =
  '  [![Star](https://img.shields.io/github/stars/{repo}.svg?style=social&label=Star)](https://github.com/{repo})';
const ARXIV =
  '  [![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/{arxiv})';

describe('optionalBadgeLines', () => {
  it('makes the lines of a star badge or an arXiv badge under the first optional', () => {
    expect(optionalBadgeLines(['+ [{title}]({paper})', STAR, ARXIV].join('\n'))).toBe(
      ['+ [{title}]({paper})', `{[${STAR}]}`, `{[${ARXIV}]}`].join('\n'),
    );
  });

  it('leaves the first line, other badges and lines holding more as they are', () => {
    const website = '  [![Website](https://img.shields.io/badge/Website-9cf)](https://x.org/)';
    const more = `${STAR} {notes}`;
    const source = [STAR, website, more].join('\n');
    expect(optionalBadgeLines(source)).toBe(source);
  });
});

describe('a badge linking the paper on arXiv, in an entry (showlab/Awesome-Video-Diffusion)', () => {
  it('is kept, its id the paper’s {arxiv}, on an optional line', () => {
    const entry = [
      '+ [Evaluation Agent: Promptable Evaluation](https://arxiv.org/abs/2412.09645) (Dec., 2024)  ',
      '  [![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/2412.09645)',
    ];
    expect(entrySkeleton(entry).source).toBe(`+ [{title}]({paper}) ({venue})  \n{[${ARXIV}]}`);
    expect(ARXIV_BADGE.test('[![x](b.svg)](https://arxiv.org/pdf/2412.09645v2)')).toBe(true);
    expect(ARXIV_BADGE.test('[![x](b.svg)](https://github.com/a/b)')).toBe(false);
  });
});
