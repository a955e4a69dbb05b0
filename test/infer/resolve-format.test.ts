import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/config/config.js';
import { defaultConfig } from '../../src/config/config.js';
import { inferListFormat } from '../../src/infer/infer-list-format.js';
import { resolveListFormat } from '../../src/infer/resolve-format.js';
import type { ListFormat } from '../../src/list/list-format.js';
import {
  DEFAULT_AUTHOR_FORMAT,
  DEFAULT_LINK_FORMAT,
  DEFAULT_TEMPLATE,
} from '../../src/paper/entry-template.js';

// An oldest-first list under year headings, with ` | ` between links and ` and ` before the last
// author: every setting inference can learn differs from the defaults.
const LIST = `# Papers

## 2017
- [Attention Is All You Need](https://arxiv.org/abs/1706.03762), Ashish Vaswani and Niki Parmar, NeurIPS 2017 | [code](https://github.com/t/t) | [bibtex](./citations/vaswani.txt)
- [Focal Loss for Dense Object Detection](https://arxiv.org/abs/1708.02002), Tsung-Yi Lin and Ross Girshick, ICCV 2017 | [code](https://github.com/f/f)

## 2019
- [BERT: Pre-training of Deep Bidirectional Transformers](https://arxiv.org/abs/1810.04805), Jacob Devlin and Kenton Lee, NAACL 2019 | [code](https://github.com/b/b)
- [Language Models are Unsupervised Multitask Learners](https://openai.com/gpt2), Alec Radford and Rewon Child, OpenAI 2019 | [code](https://github.com/o/o)

## 2020
- [Language Models are Few-Shot Learners](https://arxiv.org/abs/2005.14165), Tom Brown and Nick Ryder, NeurIPS 2020 | [code](https://github.com/g/g)
- [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2006.11239), Jonathan Ho and Pieter Abbeel, NeurIPS 2020 | [code](https://github.com/h/h)
`;
const FILES = [{ path: 'README.md', text: LIST }];

// One-line entries, oldest first in one section and newest first in the other.
const ORDERS = `# Papers

## Old
- **Going Deeper with Convolutions**, Christian Szegedy, CVPR 2015
- **Deep Residual Learning for Image Recognition**, Kaiming He, CVPR 2016
- **Attention Is All You Need**, Ashish Vaswani, NeurIPS 2017
- **Language Models are Few-Shot Learners**, Tom Brown, NeurIPS 2020
- **Masked Autoencoders Are Scalable Vision Learners**, Kaiming He, CVPR 2022

## New
- **Segment Anything**, Alexander Kirillov, ICCV 2023
- **A ConvNet for the 2020s**, Zhuang Liu, CVPR 2022
- **Learning Transferable Visual Models**, Alec Radford, ICML 2021
- **Swin Transformer: Hierarchical Vision Transformer**, Ze Liu, ICCV 2021
- **Denoising Diffusion Probabilistic Models**, Jonathan Ho, NeurIPS 2020
- **Very Deep Convolutional Networks**, Karen Simonyan, ICLR 2015
`;
const ORDER_FILES = [{ path: 'README.md', text: ORDERS }];

const resolve = (overrides: Partial<Config>, files = FILES): ListFormat =>
  resolveListFormat({ ...defaultConfig(), ...overrides }, files);

/** The settings of a format a configuration can state. */
function settings(format: ListFormat) {
  return {
    template: format.template.source,
    links: format.template.links,
    authors: format.template.authors,
    order: format.order,
    sectionOrders: Object.fromEntries(format.sectionOrders),
    dateHeadings: format.dateHeadings,
    relativeLinks: format.relativeLinks,
    byMonth: format.byMonth,
    preprints: format.preprints,
  };
}

describe('resolveListFormat', () => {
  it('infers everything when the configuration sets no template', () => {
    const inferred = inferListFormat(FILES, { excludeSections: [], lineBreak: ' <Br>' });
    expect(inferred).toMatchObject({
      template: '- [{title}]({paper}), {authors}, {venue}{links}',
      links: { item: ' | [{label}]({url})', separator: '' },
      authors: { separator: ', ', last: ' and ' },
      dateHeadings: true,
      relativeLinks: true,
    });
    expect(settings(resolve({}))).toEqual({
      template: inferred.template,
      links: inferred.links,
      authors: inferred.authors,
      order: inferred.order,
      sectionOrders: {},
      dateHeadings: true,
      relativeLinks: true,
      byMonth: false,
      preprints: 'mixed',
    });
  });

  it('infers each section’s order', () => {
    expect(settings(resolve({}, ORDER_FILES))).toMatchObject({
      template: '- **{title}**, {authors}, {venue}',
      order: 'newest-first',
      sectionOrders: { old: 'oldest-first' },
    });
  });

  it('uses a configured template as written, with the defaults for the rest', () => {
    const template = '- [{title}]({paper}), {authors}, {venue}{links}';
    expect(settings(resolve({ template }))).toEqual({
      template,
      links: DEFAULT_LINK_FORMAT,
      authors: DEFAULT_AUTHOR_FORMAT,
      order: 'newest-first',
      sectionOrders: {},
      dateHeadings: false,
      relativeLinks: false,
      byMonth: false,
      preprints: 'mixed',
    });
    expect(settings(resolve({ template: DEFAULT_TEMPLATE }, ORDER_FILES))).toMatchObject({
      template: DEFAULT_TEMPLATE,
      order: 'newest-first',
      sectionOrders: {},
    });
  });

  it('reads a list without files in the default format', () => {
    expect(settings(resolve({}, []))).toEqual({
      template: DEFAULT_TEMPLATE,
      links: DEFAULT_LINK_FORMAT,
      authors: DEFAULT_AUTHOR_FORMAT,
      order: 'newest-first',
      sectionOrders: {},
      dateHeadings: false,
      relativeLinks: false,
      byMonth: false,
      preprints: 'mixed',
    });
  });

  it('lets the configuration override the orders', () => {
    expect(settings(resolve({ order: 'title' }, ORDER_FILES))).toMatchObject({
      order: 'title',
      sectionOrders: { old: 'oldest-first' },
    });
    expect(
      settings(resolve({ 'section-order': { Old: 'none', Extra: 'title' } }, ORDER_FILES)),
    ).toMatchObject({
      order: 'newest-first',
      sectionOrders: { old: 'none', extra: 'title' },
    });
    expect(settings(resolve({ 'order-by-month': true })).byMonth).toBe(true);
    expect(settings(resolve({ preprints: 'last' })).preprints).toBe('last');
  });

  it('lets the configuration override the link format', () => {
    expect(settings(resolve({ 'link-format': '[{label}]({url})' })).links).toEqual({
      item: '[{label}]({url})',
      separator: '',
    });
    expect(
      settings(resolve({ 'link-format': '[{label}]({url})', 'link-separator': ', ' })).links,
    ).toEqual({ item: '[{label}]({url})', separator: ', ' });
    expect(
      settings(resolve({ template: '- **{title}**{links}', 'link-format': ' <{url}>' })).links,
    ).toEqual({ item: ' <{url}>', separator: '' });
  });

  it('lets the configuration override the author separators', () => {
    expect(settings(resolve({ 'author-separator': '; ' })).authors).toEqual({
      separator: '; ',
      last: '; ',
    });
    expect(settings(resolve({ 'last-author-separator': ' & ' })).authors).toEqual({
      separator: ', ',
      last: ' & ',
    });
    expect(
      settings(resolve({ 'author-separator': '; ', 'last-author-separator': ' and ' })).authors,
    ).toEqual({ separator: '; ', last: ' and ' });
    expect(
      settings(resolve({ template: DEFAULT_TEMPLATE, 'last-author-separator': ' and ' })).authors,
    ).toEqual({ separator: ', ', last: ' and ' });
  });

  it('lets the configuration override date headings and relative links', () => {
    expect(settings(resolve({ 'date-headings': false }))).toMatchObject({
      template: '- [{title}]({paper}), {authors}, {venue}{links}',
      dateHeadings: false,
    });
    expect(settings(resolve({ 'relative-links': false })).relativeLinks).toBe(false);
    const template = '- **{title}**, {authors}, {venue}';
    expect(
      settings(resolve({ template, 'date-headings': true, 'relative-links': true }, ORDER_FILES)),
    ).toMatchObject({ dateHeadings: true, relativeLinks: true });
  });

  it('takes the plain venues from the configuration, with or without a template', () => {
    expect(resolve({}).template.plainVenues).toBeUndefined();
    expect(resolve({ 'plain-venues': ['arXiv'] }).template.plainVenues).toEqual(['arXiv']);
    const template = '- **{title}**, {authors}, *{venue}*';
    expect(resolve({ template, 'plain-venues': ['arXiv'] }).template.plainVenues).toEqual([
      'arXiv',
    ]);
  });

  it('takes from the configuration whether a full stop follows a title\'s "?"', () => {
    expect(resolve({}).template.stopAfterTitleMark).toBeUndefined();
    expect(resolve({ 'stop-after-title-mark': true }).template.stopAfterTitleMark).toBe(true);
    const template = '1. **{title}.** {authors}, *{venue}*';
    expect(resolve({ template, 'stop-after-title-mark': true }).template.stopAfterTitleMark).toBe(
      true,
    );
  });

  it('reads the list with a configured template and orders', () => {
    const format = resolve({
      template: '- **{title}**, {authors}, {venue}',
      order: 'oldest-first',
      'section-order': { New: 'newest-first' },
    });
    expect(format.reader.fields('- **Segment Anything**, Alexander Kirillov, ICCV 2023')).toEqual({
      title: 'Segment Anything',
      authors: 'Alexander Kirillov',
      venue: 'ICCV 2023',
    });
    expect(format.order).toBe('oldest-first');
    expect(format.sectionOrders.get('new')).toBe('newest-first');
  });
});
