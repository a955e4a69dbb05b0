// Yochengliu/awesome-point-cloud-analysis: year headings, and each entry's venue labelling its
// paper link (`- [[CVPR](url)] Title. [[code](url)]`), the year left to the heading.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { resolveList } from '../../src/infer/resolve-format.js';
import { filePaper } from '../support/file-paper.js';

const entry = (venue: string, id: string, title: string) =>
  `- [[${venue}](https://arxiv.org/abs/${id})] ${title}. [[code](https://github.com/lab/${id})]`;

const LIST = [
  '# awesome-point-cloud-analysis',
  '',
  '### For more recent papers, see the list of 2020',
  '',
  '## 2019',
  entry('CVPR', '1904.07601', 'Relation-Shape Convolutional Neural Network for Point Clouds'),
  entry('CVPR', '1811.11397', 'DeepMapping: Unsupervised Map Estimation From Point Clouds'),
  entry('ICCV', '1904.08017', 'Annularly Convolutional Neural Networks on Point Clouds'),
  entry('arXiv', '1901.00680', 'Deep Geodesic Networks for Point Cloud Analysis'),
  '## 2018',
  entry('CVPR', '1801.07791', 'PointCNN: Convolution On X-Transformed Points'),
  entry('ECCV', '1807.10405', 'Efficient Semantic Segmentation of Point Clouds'),
  entry('NeurIPS', '1806.01759', 'Deep Sets for Point Cloud Generation'),
  '',
].join('\n');

describe('venues labelling the paper link, under year headings, with no configuration', () => {
  const files = [{ path: 'README.md', text: LIST }];
  const { format, list } = resolveList(defaultConfig(), files);

  it('reads the venue from the link, and the years from the headings of one section', () => {
    expect(format.template.source).toBe('- [[{venue}]({paper})] {title}.{links}');
    // The note heading before the years is an empty section, offered as empty sections are.
    expect(
      list.sections.map((s) => [s.name, s.block.groups.length, s.block.entries.length]),
    ).toEqual([
      ['For more recent papers, see the list of 2020', 0, 0],
      ['awesome-point-cloud-analysis', 2, 7],
    ]);
  });

  it('writes a new paper’s venue without its year, under the heading of its year', () => {
    const plan = filePaper(list, format, {
      paper: 'https://arxiv.org/abs/1812.00001',
      title: 'A New Point Cloud Network',
      authors: 'Ada Lovelace',
      venue: 'CVPR 2019',
      section: 'awesome-point-cloud-analysis',
      links: 'Code: https://github.com/ada/pcn',
    });
    expect(plan.entry).toBe(
      '- [[CVPR](https://arxiv.org/abs/1812.00001)] A New Point Cloud Network. [[Code](https://github.com/ada/pcn)]',
    );
    expect(plan.text.indexOf(plan.entry)).toBeGreaterThan(plan.text.indexOf('## 2019'));
    expect(plan.text.indexOf(plan.entry)).toBeLessThan(plan.text.indexOf('## 2018'));
  });
});
