import { describe, expect, it } from 'vitest';
import { listFormatOf, type ListFormat } from '../../src/list/list-format.js';
import { readPaperList } from '../../src/list/read-paper-list.js';
import { unreadItems } from '../../src/list/unread-items.js';
import { DEFAULT_LINK_FORMAT, DEFAULT_TEMPLATE } from '../../src/paper/entry-template.js';

function formatOf(template: string): ListFormat {
  return listFormatOf({
    template,
    lineBreak: ' <Br>',
    links: DEFAULT_LINK_FORMAT,
    dateHeadings: false,
    order: 'newest-first',
    sectionOrders: {},
    excludeSections: ['Contents'],
  });
}

/** The unread items of a one-file list, in the sections the list offers. */
function unreadOf(text: string, format: ListFormat) {
  const list = readPaperList([{ path: 'README.md', text }], format);
  return unreadItems(list.files[0]!, new Set(list.sections.map((s) => s.block)));
}

const notRead = (line: number, text: string) => ({
  path: 'README.md',
  line,
  message: `"${text}" is not read as an entry`,
});

describe('unreadItems', () => {
  it('takes short items before the first date group for the section’s introduction (benedekrozemberczki)', () => {
    const format = listFormatOf({
      template: '- **{title} ({venue})**',
      lineBreak: ' <Br>',
      links: DEFAULT_LINK_FORMAT,
      dateHeadings: true,
      order: 'newest-first',
      sectionOrders: {},
      excludeSections: [],
    });
    const text = [
      '# Awesome Tree Papers',
      '',
      'From the following conferences:',
      '',
      '- Machine learning',
      '   * [NeurIPS](https://nips.cc/)',
      '   * [ICML](https://icml.cc/)',
      '- [Deep Forests for Tabular Data in the Wild](https://x.org/a)',
      '',
      '## 2022',
      '',
      '- **Using MaxSAT for Explanations of Tree Ensembles (AAAI 2022)**',
      '- [KDD](https://kdd.org/)',
      '',
    ].join('\n');
    expect(unreadOf(text, format)).toEqual([
      notRead(8, '- [Deep Forests for Tabular Data in the Wild](https://x.org…'),
      notRead(13, '- [KDD](https://kdd.org/)'),
    ]);
  });

  it('reports, in a list of paragraph entries, the paragraphs linking papers that are not entries', () => {
    // yyyujintang/Awesome-Mamba-Papers sets some entries in bold: `**(Arxiv ...) Title**`.
    const format = formatOf('({venue}) {title} [Paper]({paper}){links}');
    expect(format.paragraphEntries).toBe(true);
    const text = [
      '# Vision',
      '',
      '(Arxiv 24.02.01) Selective Scans for Image Restoration [Paper](https://arxiv.org/abs/2402.00001)',
      '',
      '**(Arxiv 24.02.06) State Space Models Segment** [Paper](https://arxiv.org/abs/2402.00002)',
      '',
      // An escaped parenthesis opening an entry is read: Markdown shows it as the others.
      '\\(Arxiv 24.02.07) Mamba Segments Video [Paper](https://arxiv.org/abs/2402.00004)',
      '',
      'Some words about the papers above, linking nothing.',
      '',
      '(Arxiv 24.02.08) Vision Mamba for Data [Paper](https://arxiv.org/abs/2402.00003)',
      'a line going on with the paragraph [x](https://x.org)',
      '',
    ].join('\n');
    expect(unreadOf(text, format)).toEqual([
      notRead(5, '**(Arxiv 24.02.06) State Space Models Segment** [Paper](htt…'),
    ]);
    // A list of list items reports no paragraph.
    const items = formatOf('- ({venue}) {title} [Paper]({paper}){links}');
    expect(items.paragraphEntries).toBeUndefined();
    expect(unreadOf(text, items)).toEqual([]);
  });

  it('reports list items that are not entries, by line, and nothing else', () => {
    const text = [
      '# Contents',
      '- [Papers](#papers)',
      '- a stray item in a section that is not offered',
      '',
      '# Papers',
      '- [Vision](#vision) | [Audio](./#audio)',
      '',
      '- **A** <Br>',
      '[CVPR 2020] <Br>',
      '- a bullet after an entry',
      '',
      '  - indented item',
      '',
      '* Plain bullet',
      '1. numbered',
      '',
      '```',
      '- in code',
      '| in | code |',
      '```',
      '',
      'text | with a pipe',
      '| pipe at the start',
      '',
      '- **B** <Br>',
      '  - nested line inside an entry',
      '[CVPR 2019] <Br>',
      '',
    ].join('\n');
    expect(unreadOf(text, formatOf(DEFAULT_TEMPLATE))).toEqual([
      notRead(10, '- a bullet after an entry'),
      notRead(12, '- indented item'),
      notRead(14, '* Plain bullet'),
      notRead(15, '1. numbered'),
      notRead(23, '| pipe at the start'),
    ]);
  });

  it('reports table rows that are not entries, but not header and delimiter rows', () => {
    const text = [
      '# T',
      '',
      '| Title | Venue |',
      '| --- | --- |',
      '| A | CVPR 2020 |',
      '| B | 2019 |',
      '',
      '- a list item',
      '',
      '|Name|Paper|',
      '|:-|-:|',
      '',
      '# Contents',
      '- stray',
      '',
    ].join('\n');
    expect(unreadOf(text, formatOf('| {title} | {venue} |'))).toEqual([
      notRead(8, '- a list item'),
    ]);
  });

  it('reports an HTML table once, at its <table>: its rows are not entries', () => {
    // Paitesanshi/LLM-Agent-Survey: papers in HTML tables, a cell a line.
    const text = [
      '# Papers',
      '- **A** <Br>',
      '[CVPR 2020] <Br>',
      '',
      '<table>',
      '    <tr>',
      "        <td align='center'>WebGPT</td>",
      '        <td align=\'center\'><a href="https://arxiv.org/abs/2112.09332">Paper</a></td>',
      '    </tr>',
      '</table>',
      '',
    ].join('\n');
    expect(unreadOf(text, formatOf(DEFAULT_TEMPLATE))).toEqual([
      {
        path: 'README.md',
        line: 5,
        message:
          'an HTML table is not read: its rows are not entries (write them as a Markdown table or as list items)',
      },
    ]);
  });

  it('reports once a section not offered whose list items link the web, unless excluded', () => {
    // kjw0612/awesome-deep-vision: papers written in a way the format does not read.
    const paper = (name: string) => `* ${name} [[Paper](https://arxiv.org/abs/${name.length})]`;
    const text = [
      '# Papers',
      '- **A** <Br>',
      '[CVPR 2020] <Br>',
      '',
      '## ImageNet Classification',
      'Some text.',
      paper('Microsoft (Deep Residual Learning)'),
      paper('Microsoft (PReLu/Weight Initialization)'),
      paper('Batch Normalization'),
      '',
      '## Contributing',
      'Text.',
      '* [Fork](https://github.com/a/b) and send a pull request',
      '',
    ].join('\n');
    const list = readPaperList([{ path: 'README.md', text }], formatOf(DEFAULT_TEMPLATE));
    const offered = new Set(list.sections.map((s) => s.block));
    expect(unreadItems(list.files[0]!, offered)).toEqual([
      {
        path: 'README.md',
        line: 5,
        message:
          '"ImageNet Classification" holds 3 list items with links, none read as an entry, so it is not offered (name it in "exclude-sections" if it holds no papers)',
      },
    ]);
    expect(unreadItems(list.files[0]!, offered, ['imagenet classification'])).toEqual([]);
  });

  it('reports a section of list items with bare addresses, none read (mrgloom/awesome-semantic-segmentation)', () => {
    const text = [
      '# Papers',
      '- **A** <Br>',
      '[CVPR 2020] <Br>',
      '',
      '## Semantic segmentation',
      '- U-Net [https://arxiv.org/pdf/1505.04597.pdf] [2015]',
      '- SegNet [https://arxiv.org/pdf/1511.00561.pdf] [2016]',
      '- DeepLab [https://arxiv.org/pdf/1606.00915.pdf] [2017]',
      '',
    ].join('\n');
    const list = readPaperList([{ path: 'README.md', text }], formatOf(DEFAULT_TEMPLATE));
    const offered = new Set(list.sections.map((s) => s.block));
    expect(unreadItems(list.files[0]!, offered).map((u) => [u.line, u.message])).toEqual([
      [
        5,
        '"Semantic segmentation" holds 3 list items with links, none read as an entry, so it is not offered (name it in "exclude-sections" if it holds no papers)',
      ],
    ]);
  });

  it('reports nothing for a list whose items are all entries', () => {
    const text = '# P\n- **A** <Br>\n[CVPR 2020] <Br>\n\n- **B** <Br>\n[CVPR 2019] <Br>\n';
    expect(unreadOf(text, formatOf(DEFAULT_TEMPLATE))).toEqual([]);
  });

  it('reports items only in the sections it is given', () => {
    const text = '# P\n- **A** <Br>\n[CVPR 2020] <Br>\n\n- stray\n';
    const list = readPaperList([{ path: 'README.md', text }], formatOf(DEFAULT_TEMPLATE));
    expect(unreadItems(list.files[0]!, new Set())).toEqual([]);
    expect(unreadItems(list.files[0]!, new Set(list.sections.map((s) => s.block)))).toEqual([
      notRead(5, '- stray'),
    ]);
  });

  it('reports the rows of a table the format does not read, even when a rule under it makes a heading of them', () => {
    // tamlhp/awesome-machine-unlearning: a table right above `---` reads, to CommonMark without
    // tables, as a setext heading; its rows are still the section's unread items.
    const text = [
      '# Papers',
      '',
      '| Title | Year |',
      '| --- | --- |',
      '| [A Paper](https://a.org) | 2024 |',
      '---',
      '',
    ].join('\n');
    expect(unreadOf(text, formatOf(DEFAULT_TEMPLATE))).toEqual([
      notRead(5, '| [A Paper](https://a.org) | 2024 |'),
    ]);
  });

  it('does not report group bullets, which head the sections under them', () => {
    const format = listFormatOf({
      template: '- [{title}]({paper}), {authors}, {venue}',
      lineBreak: ' <Br>',
      links: DEFAULT_LINK_FORMAT,
      dateHeadings: false,
      order: 'newest-first',
      sectionOrders: {},
      excludeSections: [],
      groupBullets: true,
    });
    const paper = (n: number) =>
      `  - [A Paper Title ${n}](https://arxiv.org/abs/2301.0000${n}), Ann Lee, CVPR 2023`;
    const text = [
      '# Detection',
      '',
      '- **Two-stage**',
      paper(1),
      paper(2),
      '- **One-stage**',
      paper(3),
      '  - a stray note in the group',
      '',
    ].join('\n');
    expect(unreadOf(text, format)).toEqual([notRead(8, '- a stray note in the group')]);
  });
});
