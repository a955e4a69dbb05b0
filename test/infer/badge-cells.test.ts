// DmitryRyumin/ICCV-2023-Papers (test/fixtures/lists): cells of badges linking the paper, its
// code, its page and its video, `:heavy_minus_sign:` where there are none.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { badgeColumns } from '../../src/infer/badge-cells.js';
import { resolveList } from '../../src/infer/resolve-format.js';

const FILE = 'computational-imaging.md';
const text = readFileSync(
  new URL(`../fixtures/lists/dmitryryumin-iccv-2023-papers/${FILE}`, import.meta.url),
  'utf8',
);

describe('tables of badge links, with no configuration', () => {
  const { format, list } = resolveList(defaultConfig(), [{ path: FILE, text }]);

  it('learns each column: the links by label, the paper badge, the marker of an empty cell', () => {
    expect(format.template.source).toBe(
      '| {title} | {[{links}]|:heavy_minus_sign:} | [![thecvf](https://img.shields.io/badge/pdf-thecvf-7395C5.svg)]({paper}){[ <br /> {links:arXiv}]} | {[{links:YouTube}]|:heavy_minus_sign:} |',
    );
    expect(format.template.links).toMatchObject({
      item: '[![{label}]({image})]({url})',
      separator: ' <br /> ',
      images: {
        arXiv: 'https://img.shields.io/badge/arXiv-{arxiv}-b31b1b.svg',
        GitHub: 'https://img.shields.io/github/stars/{repo}?style=flat',
        'WEB Page': 'https://img.shields.io/badge/WEB-Page-159957.svg',
      },
    });
  });

  it('reads every row whole', () => {
    const rows = list.sections.flatMap((s) => s.block.entries);
    expect(rows).toHaveLength(37);
    for (const row of rows)
      expect(format.reader.fields(text.slice(row.start, row.end))).toBeDefined();
  });
});

describe('badgeColumns', () => {
  const star = '[![Star](https://img.shields.io/github/stars/a/b.svg)](https://github.com/a/b)';
  const page = '[![WEB Page](https://img.shields.io/badge/WEB-Page-159957.svg)](https://a.org)';

  it('are the columns with several badges in a cell, or a badge that is not a star count', () => {
    const cells = [
      ['code', star],
      ['code', '-'],
      ['repo', star],
      ['repo', `${page} <br /> ${star}`],
      ['video', page],
      ['notes', `see ${page}`],
    ] as const;
    expect(badgeColumns(cells)).toEqual(new Set(['repo', 'video']));
  });
});
