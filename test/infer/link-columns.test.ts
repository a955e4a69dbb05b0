import { describe, expect, it } from 'vitest';
import { labelLinkColumns, LinkLabelCounts } from '../../src/infer/link-columns.js';

const counted = (cells: Readonly<Record<string, readonly string[]>>) => {
  const counts = new LinkLabelCounts();
  for (const [key, column] of Object.entries(cells))
    for (const cell of column) counts.count(key, cell);
  return counts;
};

describe('LinkLabelCounts', () => {
  it('names the label nearly every cell with links gives, as most spell it', () => {
    const counts = counted({
      data: [
        '[Data](https://a.org) <br> [Data](https://b.org)',
        '[Data](https://c.org)',
        '[data](https://d.org)',
        '[Data](https://e.org)',
        '-',
        '',
      ],
    });
    expect(counts.sharedLabel('data')).toBe('Data');
  });

  it('names none where labels vary, where one cell only has links, or images are the links', () => {
    const counts = counted({
      code: ['[Github](https://a.org)', '[Project](https://b.org)', '[Github](https://c.org)'],
      demo: ['[Demo](https://a.org)', '-'],
      badge: ['[![Star](https://img.shields.io/x)](https://a.org)', '![x](https://b.org)'],
    });
    expect(counts.sharedLabel('code')).toBeUndefined();
    expect(counts.sharedLabel('demo')).toBeUndefined();
    expect(counts.sharedLabel('badge')).toBeUndefined();
    expect(counts.sharedLabel('missing')).toBeUndefined();
  });
});

describe('labelLinkColumns', () => {
  const counts = counted({
    code: ['[Github](https://a.org)', '[Github](https://b.org)'],
    data: ['[Data](https://c.org)', '[Data](https://d.org)'],
    demo: ['[Demo](https://e.org)', '[Demo](https://f.org)'],
  });

  it('keeps {links} in the column named for code and labels the others of its table', () => {
    const columns = new Map([
      ['title', '[{title}]({paper})'],
      ['data', '{[{links}]|-}'],
      ['code', '{links}'],
    ]);
    const labelled = labelLinkColumns(columns, [['title', 'data', 'code']], counts);
    expect(Object.fromEntries(labelled)).toEqual({
      title: '[{title}]({paper})',
      data: '{[{links:Data}]|-}',
      code: '{links}',
    });
  });

  it('keeps the first column of links where none is named for code, and a lone one as it is', () => {
    const columns = new Map([
      ['title', '{title}'],
      ['data', '{links}'],
      ['demo', '{links}'],
    ]);
    expect(labelLinkColumns(columns, [['title', 'data', 'demo']], counts).get('demo')).toBe(
      '{links:Demo}',
    );
    expect(labelLinkColumns(columns, [['title', 'data', 'demo']], counts).get('data')).toBe(
      '{links}',
    );
    expect(labelLinkColumns(columns, [['title', 'demo']], counts).get('demo')).toBe('{links}');
  });
});
