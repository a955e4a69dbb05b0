import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse-config.js';
import { planInit, type InitPlan } from '../../src/infer/plan-init.js';
import { resolveListFormat } from '../../src/infer/resolve-format.js';
import { orderOf } from '../../src/list/list-format.js';
import { readPaperList, type SourceFile } from '../../src/list/read-paper-list.js';
import { DEFAULT_TEMPLATE } from '../../src/paper/entry-template.js';

const OPTIONS = { excludeSections: ['Table of Contents', 'Contents'], lineBreak: ' <Br>' };

const HEADER =
  '# How paper-list-bot reads and writes this list, learnt from the list by `paper-list-bot init`.\n' +
  '# Correct anything it got wrong; the README explains each key.\n';

// Two sections in opposite orders; entries show no authors.
const NO_AUTHORS = `# Reading list

## Table of Contents
- [Old](#old)
- [New](#new)

## Old
- [Going Deeper with Convolutions](https://arxiv.org/abs/1409.4842) (CVPR 2015) | [code](https://github.com/a/a)
- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385) (CVPR 2016) | [code](https://github.com/b/b)
- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) (NeurIPS 2017) | [code](https://github.com/c/c)
- [Language Models are Few-Shot Learners](https://arxiv.org/abs/2005.14165) (NeurIPS 2020) | [code](https://github.com/d/d)

## New
- [Segment Anything](https://arxiv.org/abs/2304.02643) (ICCV 2023) | [code](https://github.com/e/e)
- [A ConvNet for the 2020s](https://arxiv.org/abs/2201.03545) (CVPR 2022) | [code](https://github.com/f/f)
- [Learning Transferable Visual Models](https://arxiv.org/abs/2103.00020) (ICML 2021) | [code](https://github.com/g/g)
- [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2006.11239) (NeurIPS 2020) | [code](https://github.com/h/h)
- [Very Deep Convolutional Networks](https://arxiv.org/abs/1409.1556) (ICLR 2015) | [code](https://github.com/i/i)
- a note that is not an entry
`;

const YEARS = `# Papers

## 2023
- [Segment Anything](https://arxiv.org/abs/2304.02643) - Alexander Kirillov, Eric Mintun and Nikhila Ravi
- [Visual Instruction Tuning](https://arxiv.org/abs/2304.08485) - Haotian Liu, Chunyuan Li and Qingyang Wu

## 2022
- [Masked Autoencoders Are Scalable Vision Learners](https://arxiv.org/abs/2111.06377) - Kaiming He, Xinlei Chen and Saining Xie
- [A ConvNet for the 2020s](https://arxiv.org/abs/2201.03545) - Zhuang Liu, Hanzi Mao and Chao-Yuan Wu
`;

const plan = (files: SourceFile[]): InitPlan => {
  const planned = planInit(files, OPTIONS);
  expect(planned).toBeDefined();
  return planned!;
};

/** The configuration the plan writes, as the bot reads it. */
function readBack(planned: InitPlan) {
  const parsed = parseConfig(planned.config);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.config;
}

interface FormField {
  readonly id?: string;
  readonly attributes: { readonly options?: readonly unknown[] };
}

const formFields = (planned: InitPlan) => (parse(planned.form!) as { body: FormField[] }).body;

describe('planInit', () => {
  it('writes the configuration of a list: every setting that differs from the defaults', () => {
    const planned = plan([{ path: 'README.md', text: NO_AUTHORS }]);
    expect(planned.config).toBe(
      `${HEADER}files:\n  - README.md\n` +
        'template: "- [{title}]({paper}) ({venue}){links}"\n' +
        'link-format: " | [{label}]({url})"\n' +
        'link-separator: ""\n' +
        'order: newest-first\n' +
        'section-order:\n  Old: oldest-first\n',
    );
  });

  it('reports each section, its entries and order, and what it does not read', () => {
    const planned = plan([{ path: 'README.md', text: NO_AUTHORS }]);
    expect(planned.files).toEqual(['README.md']);
    expect(planned.sections).toEqual([
      { name: 'Old', path: 'README.md', entries: 4, order: 'oldest-first' },
      { name: 'New', path: 'README.md', entries: 5, order: 'newest-first' },
    ]);
    expect(planned.recognised).toBe(9);
    expect(planned.unread).toEqual([
      {
        path: 'README.md',
        line: 19,
        message: '"- a note that is not an entry" is not read as an entry',
      },
    ]);
  });

  it('writes a configuration that reads back as the same format', () => {
    for (const text of [NO_AUTHORS, YEARS]) {
      const files = [{ path: 'README.md', text }];
      const planned = plan(files);
      const config = readBack(planned);
      const format = resolveListFormat(config, files);
      const list = readPaperList(files, format);
      expect(config.files).toEqual(planned.files);
      expect(format.template.source).toBe(config.template);
      expect(list.sections.map((s) => s.name)).toEqual(planned.sections.map((s) => s.name));
      expect(planned.sections.map((s) => orderOf(format, s.name))).toEqual(
        planned.sections.map((s) => s.order),
      );
      // With the template written, the inferred settings must come from the file itself.
      const inferred = resolveListFormat({ ...config, template: undefined }, files);
      expect(format.template.source).toBe(inferred.template.source);
      expect(format.template.links).toEqual(inferred.template.links);
      expect(format.template.authors).toEqual(inferred.template.authors);
      expect(format.dateHeadings).toBe(inferred.dateHeadings);
      expect(format.order).toBe(inferred.order);
      expect(format.sectionOrders).toEqual(inferred.sectionOrders);
    }
  });

  it('writes date headings and author separators that differ from the defaults', () => {
    const planned = plan([{ path: 'README.md', text: YEARS }]);
    expect(planned.config).toBe(
      `${HEADER}files:\n  - README.md\n` +
        'template: "- [{title}]({paper}) - {authors}"\n' +
        'last-author-separator: " and "\n' +
        'date-headings: true\n' +
        'order: newest-first\n',
    );
    expect(readBack(planned)).toMatchObject({
      'date-headings': true,
      'last-author-separator': ' and ',
    });
    expect(planned.sections).toEqual([
      { name: 'Papers', path: 'README.md', entries: 4, order: 'newest-first' },
    ]);
  });

  it('writes that venues show no year where no entry shows one, read back as such', () => {
    const row = (title: string, venue: string) =>
      `| [${title}](https://arxiv.org/abs/${title.length}) | ${venue} | [code](https://github.com/a/${title.length}) |`;
    const text = [
      '## Detection',
      '| Title | Conference | Code |',
      '|-------|------------|------|',
      row('Focal Loss for Dense Object Detection', 'ICCV'),
      row('Feature Pyramid Networks for Detection', 'CVPR'),
      row('Faster R-CNN: Towards Real-Time Detection', 'NeurIPS'),
      row('Rich Feature Hierarchies for Detection', 'CVPR'),
      row('You Only Look Once: Unified Detection', 'CVPR'),
      '',
    ].join('\n');
    const files = [{ path: 'README.md', text }];
    const config = readBack(plan(files));
    expect(config['venues-show-year']).toBe(false);
    expect(resolveListFormat(config, files).dated).toBe(false);
    expect(readBack(plan([{ path: 'README.md', text: NO_AUTHORS }]))['venues-show-year']).toBe(
      undefined,
    );
  });

  it('tailors the form to the fields the entries show and the list’s sections', () => {
    const planned = plan([{ path: 'README.md', text: NO_AUTHORS }]);
    const fields = formFields(planned);
    expect(fields.map((f) => f.id)).toEqual([
      undefined,
      'paper',
      'title',
      'venue',
      'section',
      'links',
    ]);
    expect(fields.find((f) => f.id === 'section')!.attributes.options).toEqual(['Old', 'New']);
    // Date headings date the entries: the form asks the venue and year.
    const years = formFields(plan([{ path: 'README.md', text: YEARS }]));
    expect(years.map((f) => f.id)).toEqual([
      undefined,
      'paper',
      'title',
      'authors',
      'venue',
      'section',
    ]);
    expect(years.find((f) => f.id === 'section')!.attributes.options).toEqual(['Papers']);
  });

  it('asks every field of the shipped form for a list in the project’s own format', () => {
    const text = `# List\n\n## Vision\n- **Deep Residual Learning for Image Recognition** <Br>\nKaiming He, Xiangyu Zhang <Br>\n[CVPR 2016] [[Paper](https://arxiv.org/abs/1512.03385)] <Br>\n[**ResNet**] [★★★]\n`;
    const planned = plan([{ path: 'README.md', text }]);
    expect(readBack(planned).template).toBe(DEFAULT_TEMPLATE);
    expect(formFields(planned).map((f) => f.id)).toEqual([
      undefined,
      'paper',
      'title',
      'authors',
      'venue',
      'section',
      'links',
      'abbreviation',
      'rating',
      'notes',
    ]);
  });

  it('manages only the files that hold entries', () => {
    const files = [
      { path: 'NOTES.md', text: '# Notes\n\nNothing but prose here.\n' },
      { path: 'README.md', text: NO_AUTHORS },
    ];
    const planned = plan(files);
    expect(planned.files).toEqual(['README.md']);
    expect(readBack(planned).files).toEqual(['README.md']);
    expect(planned.sections.map((s) => s.path)).toEqual(['README.md', 'README.md']);
  });

  it('plans nothing when no entry is recognised', () => {
    expect(
      planInit([{ path: 'README.md', text: '# Notes\n\nJust prose.\n\n- a\n- b\n' }], OPTIONS),
    ).toBeUndefined();
    expect(planInit([], OPTIONS)).toBeUndefined();
  });
});
