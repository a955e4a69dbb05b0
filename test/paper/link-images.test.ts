import { describe, expect, it } from 'vitest';
import { mustParseEntryTemplate } from '../../src/paper/entry-template.js';
import { checkEntryMarkdown } from '../../src/paper/check-entry-markdown.js';
import { formatEntry } from '../../src/paper/format-entry.js';
import { linkImage, linkImagePatterns } from '../../src/paper/link-images.js';
import type { Paper } from '../../src/paper/paper.js';
import { makeEntryReader } from '../../src/list/entry-reader.js';

// The badges of DmitryRyumin/ICCV-2023-Papers (test/fixtures/lists), by label.
const IMAGES = {
  'WEB Page': 'https://img.shields.io/badge/WEB-Page-159957.svg',
  GitHub: 'https://img.shields.io/github/stars/{repo}?style=flat',
  arXiv: 'https://img.shields.io/badge/arXiv-{arxiv}-b31b1b.svg',
};

describe('linkImage', () => {
  it("is the label's badge, with the link's repository or arXiv id in place", () => {
    expect(linkImage('web page', 'https://a.org/x', IMAGES)).toBe(IMAGES['WEB Page']);
    expect(linkImage('GitHub', 'https://github.com/sczhou/ProPainter', IMAGES)).toBe(
      'https://img.shields.io/github/stars/sczhou/ProPainter?style=flat',
    );
    expect(linkImage('arXiv', 'https://arxiv.org/abs/2309.14291v2', IMAGES)).toBe(
      'https://img.shields.io/badge/arXiv-2309.14291-b31b1b.svg',
    );
  });

  it('is none for a label the list shows no badge for, or a link its badge cannot show', () => {
    expect(linkImage('Demo', 'https://a.org/x', IMAGES)).toBeUndefined();
    expect(linkImage('GitHub', 'https://gitlab.com/a/b', IMAGES)).toBeUndefined();
    expect(linkImage('arXiv', 'https://a.org/paper.pdf', IMAGES)).toBeUndefined();
  });
});

describe('links shown as badges', () => {
  const links = { item: '[![{label}]({image})]({url})', separator: ' <br /> ', images: IMAGES };
  const template = mustParseEntryTemplate(
    '| {title} | {[{links}]|:heavy_minus_sign:} |',
    ' <br>',
    links,
  );
  const paper: Paper = {
    title: 'ProPainter: Improving Propagation and Transformer for Video Inpainting',
    authors: [],
    venue: '',
    section: 'Computational Imaging',
    notes: [],
    links: [
      { label: 'WEB Page', url: 'https://shangchenzhou.com/projects/ProPainter/' },
      { label: 'GitHub', url: 'https://github.com/sczhou/ProPainter' },
    ],
  };
  // The row as the list writes it (line 33 of computational-imaging.md, its Paper and Video cells left out).
  const row =
    '| ProPainter: Improving Propagation and Transformer for Video Inpainting | [![WEB Page](https://img.shields.io/badge/WEB-Page-159957.svg)](https://shangchenzhou.com/projects/ProPainter/) <br /> [![GitHub](https://img.shields.io/github/stars/sczhou/ProPainter?style=flat)](https://github.com/sczhou/ProPainter) |';

  it('writes each link with its badge, as the list does', () => {
    expect(formatEntry(paper, template)).toBe(row);
    expect(formatEntry({ ...paper, links: [] }, template)).toBe(
      '| ProPainter: Improving Propagation and Transformer for Video Inpainting | :heavy_minus_sign: |',
    );
  });

  it('reads such a row whole', () => {
    expect(makeEntryReader(template).fields(row)?.title).toBe(paper.title);
  });

  it("allows the list's badges in an entry, and no other image", () => {
    const linkImages = linkImagePatterns(IMAGES);
    const BR = new Set(['<br />']);
    expect(checkEntryMarkdown(row, BR, { linkImages })).toEqual([]);
    const other = row.replace('sczhou/ProPainter?style=flat', 'x/y?style=flat&evil=1');
    expect(checkEntryMarkdown(other, BR, { linkImages })).toEqual(['holds a image']);
    expect(checkEntryMarkdown(row, BR)).toEqual(['holds a image', 'holds a image']);
  });
});
