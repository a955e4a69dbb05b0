import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authorFormat, lastSeparator } from '../../src/infer/author-format.js';
import type { ListRead } from '../../src/infer/list-read.js';
import { listFormatOf } from '../../src/list/list-format.js';
import { readPaperList } from '../../src/list/read-paper-list.js';
import { DEFAULT_AUTHOR_FORMAT, DEFAULT_LINK_FORMAT } from '../../src/paper/entry-template.js';

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
  const format = listFormatOf({
    template: '- **{title}**: {authors} ({venue})',
    lineBreak: ' <Br>',
    links: DEFAULT_LINK_FORMAT,
    dateHeadings: false,
    order: 'newest-first',
    sectionOrders: {},
    excludeSections: [],
  });
  const files = [{ path: 'README.md', text }];
  return { format, list: readPaperList(files, format) };
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

describe('lastSeparator', () => {
  it('finds ` and `, `, and `, ` & `, else the last comma', () => {
    const shown = (a: string) => {
      const found = lastSeparator(a);
      return found && a.slice(found.start, found.end);
    };
    expect(shown('Ada Lovelace and Alan Turing')).toBe(' and ');
    expect(shown('A. B, C. D, and E. F')).toBe(', and ');
    expect(shown('A. B, C. D & E. F')).toBe(' & ');
    expect(shown('A. B, C. D, E. F')).toBe(', ');
    expect(shown('Alexander Grand')).toBeUndefined();
  });

  it('agrees with the patterns it replaced, `(,?\\s+and\\s+|\\s*&\\s*)[^,&]*$` then `(,\\s+)[^,]*$`', () => {
    const word = /(,?\s+and\s+|\s*&\s*)[^,&]*$/;
    const comma = /(,\s+)[^,]*$/;
    const before = (a: string) => {
      const m = word.exec(a) ?? comma.exec(a);
      return m ? { start: m.index, end: m.index + m[1]!.length } : undefined;
    };
    const piece = fc.constantFrom(
      'a',
      'b',
      ' ',
      ',',
      '&',
      '\t',
      'and',
      ' and ',
      ', and ',
      ' & ',
      ', ',
    );
    const authors = fc.array(piece, { maxLength: 14 }).map((p) => p.join(''));
    fc.assert(
      fc.property(authors, (a) => {
        expect(lastSeparator(a)).toEqual(before(a));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a long run of blanks at once', () => {
    // recheck's attack on the replaced pattern, longer: it took minutes at 5,000 tabs.
    const tabs = '\t'.repeat(50_000);
    expect(lastSeparator(`${tabs}&${tabs}d&`)).toEqual({ start: 100_002, end: 100_003 });
  });
});
