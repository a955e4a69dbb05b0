// Event-AHU/Mamba_State_Space_Model_Paper_List: multi-line entries, half of them starting with
// the paper's arXiv id written out (`* [arXiv:2501.16295] **Title**,`), the id of its arXiv link.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { DEFAULT_FORM } from '../../src/form/default-form.js';
import { entrySkeleton } from '../../src/infer/entry-skeleton.js';
import { resolveList } from '../../src/infer/resolve-format.js';
import { filePaper } from '../support/file-paper.js';
import { compileEntryPattern, matchEntry } from '../../src/list/entry-pattern.js';
import { mustParseEntryTemplate } from '../../src/paper/entry-template.js';
import { formatEntry } from '../../src/paper/format-entry.js';
import type { Paper } from '../../src/paper/paper.js';
import { planAddition } from '../../src/plan/plan-addition.js';
import { renderIssueBody } from '../form/render-issue-body.js';

const entry = (title: string, id: string, written: boolean) =>
  [
    `* ${written ? `[arXiv:${id}] ` : ''}**${title}**,`,
    '  Ann Lee, Bo Chen, Cy Dee',
    `  [[Paper](https://arxiv.org/abs/${id})]`,
  ].join('\n');

describe('an arXiv id written in the entry', () => {
  it('is the {arxiv} of the entry’s arXiv link, never an id of another paper', () => {
    const lines = entry('Mixture-of-Mamba', '2501.16295', true).split('\n');
    expect(entrySkeleton(lines).source).toBe(
      '* [arXiv:{arxiv}] **{title}**,\n  {authors}\n  [[Paper]({paper})]{links}',
    );
    const other = ['* [arXiv:2501.00001] **Mixture-of-Mamba**,', ...lines.slice(1)];
    expect(entrySkeleton(other).source).toContain('[arXiv:2501.00001]');
  });

  it('is written from the paper link, else from an arXiv link among the others, and read back', () => {
    const template = mustParseEntryTemplate('- {[[arXiv:{arxiv}] ]}**{title}**, {venue}');
    const paper: Paper = {
      title: 'Mamba',
      authors: [],
      venue: 'arXiv 2023',
      section: 'A',
      links: [],
      notes: [],
    };
    const withId = formatEntry(
      { ...paper, paperUrl: 'https://arxiv.org/pdf/2312.00752v2' },
      template,
    );
    expect(withId).toBe('- [arXiv:2312.00752] **Mamba**, arXiv 2023');
    const byLink = formatEntry(
      {
        ...paper,
        paperUrl: 'https://openreview.net/forum?id=x',
        links: [{ label: 'arXiv', url: 'https://arxiv.org/abs/2312.00752' }],
      },
      template,
    );
    expect(byLink).toBe(withId);
    expect(formatEntry(paper, template)).toBe('- **Mamba**, arXiv 2023');
    expect(matchEntry(compileEntryPattern(template), withId)).toEqual({
      arxiv: '2312.00752',
      title: 'Mamba',
      venue: 'arXiv 2023',
    });
  });
});

const LIST = [
  '# Mamba Paper List',
  '',
  '## Year 2025',
  '',
  entry('Mixture-of-Mamba: Multi-Modal State-Space Models', '2501.16295', true),
  '',
  entry('Physics-driven autoregressive state space models for imaging', '2412.09331', false),
  '',
  entry('OMEGA: Occlusion-Aware Navigation', '2408.10618', false),
  '',
  entry('Shaking Up VLMs: Comparing Transformers and State Space Models', '2409.05395', true),
  '',
  entry('LinFusion: 1 GPU, 1 Minute, 16K Image', '2409.02097', true),
  '',
  entry('Stochastic Layer-Wise Shuffle', '2408.17081', true),
  '',
].join('\n');

describe('a list writing some entries’ arXiv ids, with no configuration', () => {
  const { format, list } = resolveList(defaultConfig(), [{ path: 'README.md', text: LIST }]);

  it('learns the id as optional, and reads every entry whole', () => {
    expect(format.template.source).toBe(
      '*{[ [arXiv:{arxiv}]]} **{title}**,\n  {authors}\n  [[Paper]({paper})]{links}',
    );
    const entries = list.sections.flatMap((s) => s.block.entries);
    expect(
      entries.map((e) => format.reader.fields(LIST.slice(e.start, e.end)) !== undefined),
    ).toEqual([true, true, true, true, true, true]);
  });

  it('writes a new arXiv paper with its id', () => {
    const plan = filePaper(list, format, {
      paper: 'https://arxiv.org/abs/2502.10463',
      title: 'A New State Space Model',
      authors: 'Ann Lee, Bo Chen',
      section: 'Year 2025',
    });
    expect(plan.entry).toBe(
      '* [arXiv:2502.10463] **A New State Space Model**,\n  Ann Lee, Bo Chen\n  [[Paper](https://arxiv.org/abs/2502.10463)]',
    );
  });
});

describe('a list writing every entry’s arXiv id', () => {
  it('refuses a paper without an arXiv link, naming the field and the fix', () => {
    const text = [1, 2, 3, 4, 5]
      .map((i) => entry(`Paper number ${i} of the list`, `240${i}.0000${i}`, true))
      .join('\n\n');
    const { format, list } = resolveList(defaultConfig(), [
      { path: 'README.md', text: `# L\n\n## A\n\n${text}\n` },
    ]);
    expect(format.template.source).toContain('* [arXiv:{arxiv}] **{title}**');
    const plan = planAddition({
      body: renderIssueBody(DEFAULT_FORM, {
        paper: 'https://openreview.net/forum?id=abc',
        title: 'A Paper Without arXiv',
        authors: 'Ann Lee',
        section: 'A',
      }),
      form: DEFAULT_FORM,
      list,
      format,
    });
    expect(plan.kind).toBe('invalid');
    if (plan.kind !== 'invalid') return;
    expect(plan.problems.map((p) => p.message).join(' ')).toMatch(
      /"Paper link" needs an arXiv link .*every entry of the list shows its arXiv id/,
    );
  });
});
