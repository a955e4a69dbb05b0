import { describe, expect, it } from 'vitest';
import { authorFormat } from '../../src/infer/author-format.js';
import type { ListRead } from '../../src/infer/list-read.js';
import { DEFAULT_AUTHOR_FORMAT, DEFAULT_LINK_FORMAT } from '../../src/paper/entry-template.js';
import { readWithTemplate } from '../support/list-helpers.js';

/** A list of one-line entries `- **Title**: Authors (Venue)` read with that template. */
function listOf(...authors: string[]): ListRead {
  const titles = [
    'Deep Residual Learning for Image Recognition',
    'Attention Is All You Need',
    'Masked Autoencoders Are Scalable Vision Learners',
    'Denoising Diffusion Probabilistic Models',
    'Language Models are Few-Shot Learners',
  ];
  const entries = authors.map((a, i) => `- **${titles[i]}**: ${a} (CVPR ${2020 - i})`);
  const text = `# Papers\n\n## Vision\n${entries.join('\n')}\n`;
  return readWithTemplate('- **{title}**: {authors} ({venue})', text, DEFAULT_LINK_FORMAT);
}

describe('authorFormat', () => {
  it('reads ` and ` before the last name', () => {
    expect(
      authorFormat(
        listOf(
          'Kaiming He, Xiangyu Zhang and Jian Sun',
          'Ashish Vaswani, Noam Shazeer and Niki Parmar',
          'Xinlei Chen and Saining Xie',
        ),
      ),
    ).toEqual({ separator: ', ', last: ' and ' });
  });

  it('reads `, and ` (the serial comma) before the last name', () => {
    expect(
      authorFormat(
        listOf(
          'Kaiming He, Xiangyu Zhang, and Jian Sun',
          'Ashish Vaswani, Noam Shazeer, and Niki Parmar',
        ),
      ),
    ).toEqual({ separator: ', ', last: ', and ' });
  });

  it('reads ` & ` before the last name', () => {
    expect(authorFormat(listOf('Kaiming He & Jian Sun', 'Xinlei Chen & Saining Xie'))).toEqual({
      separator: ', ',
      last: ' & ',
    });
  });

  it('goes by the majority of entries that show several authors', () => {
    expect(
      authorFormat(
        listOf(
          'Kaiming He, Xiangyu Zhang, Jian Sun',
          'Ashish Vaswani, Noam Shazeer, Niki Parmar',
          'Kaiming He, Xinlei Chen and Saining Xie',
        ),
      ),
    ).toEqual({ separator: ', ', last: ', ' });
  });

  it('skips `et al.` and single authors; with nothing to go by, the default', () => {
    expect(authorFormat(listOf('Kaiming He et al.', 'Ashish Vaswani', 'Jonathan Ho'))).toEqual(
      DEFAULT_AUTHOR_FORMAT,
    );
    expect(
      authorFormat(listOf('Kaiming He et al.', 'Ashish Vaswani', 'Xinlei Chen and Saining Xie')),
    ).toEqual({ separator: ', ', last: ' and ' });
  });
});
