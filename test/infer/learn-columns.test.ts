import { describe, expect, it } from 'vitest';
import { collectEntries } from '../../src/infer/collect-entries.js';
import { headOf, learnColumns } from '../../src/infer/learn-columns.js';
import { readListFile } from '../../src/list/read-list-file.js';

/** The columns learnt from the table rows of one file. */
function learn(text: string) {
  const learnt = learnColumns(collectEntries([{ path: 'README.md', text }], 'table', [], false));
  return { columns: learnt.columns, linkItems: Object.fromEntries(learnt.linkItems) };
}

const table = (head: string, ...rows: string[]) =>
  `# Detection\n\n${head}\n${head.replace(/[^|]+/g, '---')}\n${rows.join('\n')}\n`;

const PAPERS = [
  '[Focal Loss for Dense Object Detection](https://arxiv.org/abs/1708.02002)',
  '[Feature Pyramid Networks for Object Detection](https://arxiv.org/abs/1612.03144)',
  '[Faster R-CNN: Towards Real-Time Object Detection](https://arxiv.org/abs/1506.01497)',
  '[Rich Feature Hierarchies for Accurate Object Detection](https://arxiv.org/abs/1311.2524)',
];

describe('learnColumns', () => {
  it('writes the marker in a column of several words when a row has nothing to say', () => {
    const text = table(
      '| Paper | Notes |',
      `| ${PAPERS[0]} | one stage detector with focal loss |`,
      `| ${PAPERS[1]} | - |`,
      `| ${PAPERS[2]} | region proposal network shares features |`,
      `| ${PAPERS[3]} | - |`,
    );
    expect(learn(text).columns).toEqual({
      Paper: '[{title}]({paper})',
      Notes: '{[{notes}]|-}',
    });
  });

  it('names what the cells hold from the header: venue, authors, year', () => {
    const text = table(
      '| Paper | Conference | Authors | Year |',
      `| ${PAPERS[0]} | ICCV | Tsung-Yi Lin, Priya Goyal | 2017 |`,
      `| ${PAPERS[1]} | CVPR | Tsung-Yi Lin, Piotr Dollar | 2017 |`,
      `| ${PAPERS[2]} | NeurIPS | Shaoqing Ren, Kaiming He | 2015 |`,
      `| ${PAPERS[3]} | CVPR | Ross Girshick, Jeff Donahue | 2014 |`,
    );
    expect(learn(text)).toEqual({
      columns: {
        Paper: '[{title}]({paper})',
        Conference: '{venue}',
        Authors: '{authors}',
        Year: '{year}',
      },
      linkItems: {},
    });
  });

  it('keeps a Date column of days as notes: read as a year, a new row would show 2017 alone', () => {
    // BradyFU/Awesome-Multimodal-Large-Language-Models: `| arXiv | 2026-06-30 |`.
    const text = table(
      '| Title | Venue | Date |',
      `| ${PAPERS[0]} | ICCV | 2017-08-07 |`,
      `| ${PAPERS[1]} | CVPR | 2016-12-09 |`,
      `| ${PAPERS[2]} | NeurIPS | 2015-06-04 |`,
      `| ${PAPERS[3]} | arXiv | 2013-11-11 |`,
    );
    expect(learn(text).columns).toEqual({
      Title: '[{title}]({paper})',
      Venue: '{venue}',
      Date: '{notes}',
    });
  });

  it('keeps a Date column of days written with a month name, in emphasis, as notes', () => {
    // sbrugman/deep-learning-papers: `| Title | _11 may 2017_ | [arxiv](url) |`.
    const text = table(
      '| Title | Date |',
      `| ${PAPERS[0]} | _7 aug 2017_ |`,
      `| ${PAPERS[1]} | _9 dec 2016_ |`,
      `| ${PAPERS[2]} | _4 jun 2015_ |`,
      `| ${PAPERS[3]} | _11 nov 2013_ |`,
    );
    expect(learn(text).columns.Date).toBe('_{notes}_');
  });

  it('reads a Venue column of names as the venue, though a few cells add a note in bold', () => {
    // he-y/Awesome-Pruning: `| NeurIPS |`, `| ICLR |`, and some `| CVPR **(Oral)** |`.
    const text = table(
      '| Title | Venue |',
      `| ${PAPERS[0]} | NeurIPS |`,
      `| ${PAPERS[1]} | ICLR |`,
      `| ${PAPERS[2]} | CVPR |`,
      `| ${PAPERS[3]} | CVPR **(Oral)** |`,
    );
    expect(learn(text).columns.Venue).toBe('{venue}');
  });

  it('reads a Paper column of short-labelled links as the titles (dair-ai/ML-Papers-Explained)', () => {
    const text = table(
      '| Paper | Date | Description |',
      '| [Transformer](https://ritvik19.medium.com/a) | June 2017 | An encoder decoder model. |',
      '| [Elmo](https://ritvik19.medium.com/b) | February 2018 | Deep contextual word representations. |',
      '| [Marian MT](https://ritvik19.medium.com/c) | April 2018 | A fast translation framework. |',
    );
    expect(learn(text).columns.Paper).toBe('[{title}]({paper})');
    // Under another header such links stay links.
    const code = table(
      '| Title | Code |',
      `| ${PAPERS[0]} | [PyTorch](https://github.com/a/b) |`,
      `| ${PAPERS[1]} | [TF](https://github.com/c/d) |`,
      `| ${PAPERS[2]} | [JAX](https://github.com/e/f) |`,
    );
    expect(learn(code).columns.Code).toBe('{links}');
  });

  it('reads a Pub. column of names as the venue (visionxiang/awesome-salient-object-detection)', () => {
    const text = table(
      '| Title | Pub. |',
      `| ${PAPERS[0]} | TIP |`,
      `| ${PAPERS[1]} | ICCV |`,
      `| ${PAPERS[2]} | NeurIPS |`,
      `| ${PAPERS[3]} | arXiv |`,
    );
    expect(learn(text).columns['Pub.']).toBe('{venue}');
  });

  it('keeps a Date column of months as notes, though a few of its cells hold a year alone', () => {
    // yunlong10/Awesome-LLMs-for-Video-Understanding: `| 06/2024 |`, and some `| 2023 |`.
    const text = table(
      '| Title | Date |',
      `| ${PAPERS[0]} | 08/2017 |`,
      `| ${PAPERS[1]} | 12/2016 |`,
      `| ${PAPERS[2]} | 06/2015 |`,
      `| ${PAPERS[3]} | 2013 |`,
    );
    expect(learn(text).columns.Date).toBe('{notes}');
  });

  it('reads a Name or Model column as the short name, and names not under Authors as other values', () => {
    const text = table(
      '| Title | Model | Lead |',
      `| ${PAPERS[0]} | RetinaNet | Tsung-Yi Lin |`,
      `| ${PAPERS[1]} | FPN | Piotr Dollar |`,
      `| ${PAPERS[2]} | Faster R-CNN | Shaoqing Ren |`,
    );
    expect(learn(text).columns).toEqual({
      Title: '[{title}]({paper})',
      Model: '{abbreviation}',
      Lead: '{notes}',
    });
  });

  it('writes a marker where a cell has no value: `{[...]|-}`', () => {
    const text = table(
      '| Title | Venue | Code |',
      `| ${PAPERS[0]} | ICCV 2017 | [Code](https://github.com/a/b) |`,
      `| ${PAPERS[1]} | CVPR 2017 | - |`,
      `| ${PAPERS[2]} | NeurIPS 2015 | [Code](https://github.com/c/d) |`,
      `| ${PAPERS[3]} | CVPR 2014 | - |`,
    );
    expect(learn(text)).toEqual({
      columns: { Title: '[{title}]({paper})', Venue: '{venue}', Code: '{[{links}]|-}' },
      linkItems: { ' [{label}]({url})': 2 },
    });
    const na = text.replaceAll('| - |', '| N/A |').replaceAll('[Code]', '[[Code]]');
    expect(learn(na)).toEqual({
      columns: { Title: '[{title}]({paper})', Venue: '{venue}', Code: '{[{links}]|N/A}' },
      linkItems: { ' [[{label}]]({url})': 2 },
    });
  });

  it('makes a column some rows leave empty optional', () => {
    const text = table(
      '| Title | Venue | Code |',
      `| ${PAPERS[0]} | ICCV 2017 | [Code](https://github.com/a/b) |`,
      `| ${PAPERS[1]} | | |`,
      `| ${PAPERS[2]} | NeurIPS 2015 | [Code](https://github.com/c/d) |`,
      `| ${PAPERS[3]} | CVPR 2014 | |`,
    );
    expect(learn(text).columns).toEqual({
      Title: '[{title}]({paper})',
      Venue: '{[{venue}]}',
      Code: '{[{links}]}',
    });
  });

  it('keeps a column whose cells all hold the same marker as it is', () => {
    const text = table(
      '| Title | Venue | Code |',
      `| ${PAPERS[0]} | ICCV 2017 | - |`,
      `| ${PAPERS[1]} | CVPR 2017 | - |`,
      `| ${PAPERS[2]} | NeurIPS 2015 | - |`,
    );
    expect(learn(text).columns).toEqual({
      Title: '[{title}]({paper})',
      Venue: '{venue}',
      Code: '-',
    });
  });

  it('keeps the title in one column only: the one named for it', () => {
    const text = table(
      '| Method | Paper Title | Summary |',
      '| RetinaNet | Focal Loss for Dense Object Detection | A one stage detector with focal loss |',
      '| FPN | Feature Pyramid Networks for Object Detection | Pyramids of features for many scales |',
      '| FasterRCNN | Faster R-CNN: Towards Real-Time Object Detection | Region proposals from a network |',
    );
    expect(learn(text).columns).toEqual({
      Method: '{abbreviation}',
      'Paper Title': '{title}',
      Summary: '{notes}',
    });
    const paper = table(
      '| Description | Paper |',
      '| A one stage detector with focal loss | Focal Loss for Dense Object Detection |',
      '| Pyramids of features for many scales | Feature Pyramid Networks for Object Detection |',
    );
    expect(learn(paper).columns).toEqual({ Description: '{notes}', Paper: '{title}' });
  });

  it('keeps a title in each kind of table, but not plain text under another header', () => {
    // BradyFU: papers under Title, datasets under Paper beside a Name. ChenHsing: a table of
    // tools whose Task column is plain words, beside tables of papers with linked titles.
    const papers = [
      '| Title | Venue |',
      '| [Attention Is All You Need](https://arxiv.org/abs/1706.03762) | NeurIPS 2017 |',
      '| [Deep Residual Learning](https://arxiv.org/abs/1512.03385) | CVPR 2016 |',
      '| [Generative Adversarial Networks](https://arxiv.org/abs/1406.2661) | NeurIPS 2014 |',
    ];
    const datasets = table(
      '| Name | Paper |',
      '| **COCO** | [Microsoft COCO: Common Objects in Context](https://arxiv.org/abs/1405.0312) |',
      '| **LAION** | [LAION-400M: Open Dataset of Image-Text Pairs](https://arxiv.org/abs/2111.02114) |',
      '| **VG** | [Visual Genome: Connecting Language and Vision](https://arxiv.org/abs/1602.07332) |',
    );
    expect(learn(`${table(papers[0]!, ...papers.slice(1))}\n${datasets}`).columns).toMatchObject({
      Title: '[{title}]({paper})',
      Paper: '[{title}]({paper})',
    });
    const tools = table(
      '| Methods | Task |',
      '| [Helios](https://github.com/PKU/Helios) | Text to video generation |',
      '| [Movie Gen](https://ai.meta.com/movie-gen/) | Video generation and editing |',
      '| [Open-Sora](https://github.com/hpcaitech/Open-Sora) | Open video generation model |',
    );
    expect(learn(`${tools}\n${table(papers[0]!, ...papers.slice(1))}`).columns).toMatchObject({
      Task: '{notes}',
      Title: '[{title}]({paper})',
    });
  });

  it('learns a column across every table with the same header', () => {
    const text = [
      table('| Title | Year |', `| ${PAPERS[0]} | 2017 |`, `| ${PAPERS[1]} | 2017 |`),
      table('| Title | Year |', `| ${PAPERS[2]} | 2015 |`, `| ${PAPERS[3]} | 2014 |`).replace(
        '# Detection',
        '# Older',
      ),
    ].join('\n');
    expect(learn(text).columns).toEqual({ Title: '[{title}]({paper})', Year: '{year}' });
  });
});

describe('headOf', () => {
  it('is the last table opened at or before the entry', () => {
    const text = `# T\n\n| A | B |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n\nText.\n\n| C | D |\n|---|---|\n| 5 | 6 |\n`;
    const file = readListFile('README.md', text, {
      startsEntry: (line) => line.startsWith('|'),
      tableRows: true,
    });
    // Section 0 is the text before the first heading.
    const tables = file.sections[1]!.tables;
    expect(tables.map((t) => [t.cells, t.firstEntry])).toEqual([
      [['A', 'B'], 0],
      [['C', 'D'], 2],
    ]);
    expect(headOf(tables, 0)?.cells).toEqual(['A', 'B']);
    expect(headOf(tables, 1)?.cells).toEqual(['A', 'B']);
    expect(headOf(tables, 2)?.cells).toEqual(['C', 'D']);
    expect(headOf([], 0)).toBeUndefined();
  });
});
