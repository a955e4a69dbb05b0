// Entries that are headings, learnt from a real list with no configuration:
// MaximeVandegar/Papers-in-100-Lines-of-Code (test/fixtures/lists), 62 papers as
// `##### [Title]` with the title and its link, the authors and the date under each.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { entrySkeleton } from '../../src/infer/entry-skeleton.js';
import { resolveList } from '../../src/infer/resolve-format.js';
import { listExamples } from '../../src/infer/fields-shown.js';
import { DEFAULT_FORM } from '../../src/form/default-form.js';
import { planAddition } from '../../src/plan/plan-addition.js';
import { planSort } from '../../src/plan/plan-sort.js';
import { renderIssueBody } from '../form/render-issue-body.js';
import { projectRoot } from '../support/project-root.js';

const FILE = path.join(
  projectRoot(),
  'test/fixtures/lists/maximevandegar-papers-in-100-lines-of-code/README.md',
);
const TEXT = readFileSync(FILE, 'utf8');

describe('entries that are headings', () => {
  it('have the heading and the title it repeats in their skeleton', () => {
    expect(
      entrySkeleton([
        '##### [Maxout Networks]',
        '- Maxout Networks [[arXiv]](https://arxiv.org/abs/1302.4389)',
        '- *Ian J. Goodfellow, David Warde-Farley, Mehdi Mirza, Aaron Courville, Yoshua Bengio*',
        '- `2013-02-18`',
      ]).source,
    ).toBe('##### [{title}]\n- {title} [[arXiv]]({paper}){links}\n- *{authors}*\n- `{notes}`');
    expect(entrySkeleton(['### **A Paper Title**', '- Ann Lee, CVPR 2023']).source).toBe(
      '### **{title}**\n- {authors}, {venue}',
    );
  });

  it('are learnt from the list, with its order by the dates its entries note, to the month', () => {
    const { format, list } = resolveList(defaultConfig(), [{ path: 'README.md', text: TEXT }]);
    expect(format.template.source).toBe(
      '##### [{title}]\n- {title}{[ [[arXiv]]({paper})]}{links}\n- *{authors}*\n{[- `{notes}`]}',
    );
    expect([format.order, format.datesFromArxiv, format.byMonth]).toEqual([
      'oldest-first',
      false,
      true,
    ]);
    // Every entry is dated, those without an arXiv link too (`- \`2015-02-25\``).
    const dated = list.sections[0]!.block.entries.filter((e) =>
      format.reader.date(TEXT.slice(e.start, e.end)),
    );
    expect(dated).toHaveLength(62);
    expect(list.sections.map((s) => s.block.entries.length)).toEqual([62]);
  });

  it('are sorted by those dates: only the two the list has out of place move', () => {
    const { format, list } = resolveList(defaultConfig(), [{ path: 'README.md', text: TEXT }]);
    const plan = planSort(list, format);
    expect(
      plan.files.flatMap((f) => f.sections.flatMap((s) => s.moved.map((m) => m.title))),
    ).toEqual([
      'NICE: Non-linear Independent Components Estimation',
      'NeRF--: Neural Radiance Fields Without Known Camera Parameters',
    ]);
  });

  it('take a new paper at its place, written like the others, adding its lines and a blank line', () => {
    const files = [{ path: 'README.md', text: TEXT }];
    const { format, list } = resolveList(defaultConfig(), files);
    const body = renderIssueBody(DEFAULT_FORM, {
      title: 'Attention Is All You Need',
      authors: 'Ashish Vaswani\nNoam Shazeer',
      paper: 'https://arxiv.org/abs/1706.03762',
      section: 'Implemented papers',
      notes: '2017-06-12',
    });
    const plan = planAddition({ body, form: DEFAULT_FORM, list, format });
    if (plan.kind !== 'insert') throw new Error(plan.kind);
    const entry = [
      '##### [Attention Is All You Need]',
      '- Attention Is All You Need [[arXiv]](https://arxiv.org/abs/1706.03762)',
      '- *Ashish Vaswani, Noam Shazeer*',
      '- `2017-06-12`',
    ].join('\n');
    expect(plan.entry).toBe(entry);
    // Between the papers of 2017-06-08 and 2017-06-14: the list notes its dates to the day.
    const before = '##### [Masked Autoregressive Flow for Density Estimation]';
    expect(plan.text).toBe(TEXT.replace(before, `${entry}\n\n${before}`));
  });

  it('place a paper without an arXiv link by the date in its notes, as its entry shows it', () => {
    const { format, list } = resolveList(defaultConfig(), [{ path: 'README.md', text: TEXT }]);
    const body = renderIssueBody(DEFAULT_FORM, {
      title: 'Mastering the Game of Go with Deep Neural Networks and Tree Search',
      authors: 'David Silver\nAja Huang',
      paper: 'https://www.nature.com/articles/nature16961',
      section: 'Implemented papers',
      notes: '2016-01-27',
    });
    const plan = planAddition({ body, form: DEFAULT_FORM, list, format });
    if (plan.kind !== 'insert') throw new Error(plan.kind);
    expect(plan.placement).toBe('before “Adversarially Learned Inference”');
  });

  it('give the tailored form the list’s own example of its notes: a date', () => {
    const { format, list } = resolveList(defaultConfig(), [{ path: 'README.md', text: TEXT }]);
    expect(listExamples(list, format)).toEqual({ notes: '2013-02-18' });
  });
});
