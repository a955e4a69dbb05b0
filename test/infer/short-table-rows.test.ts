// Tebmer/Awesome-Knowledge-Distillation-of-LLMs: tables of five columns whose rows stop after
// their last value (`| [**Title**](url) | arXiv | 2024-03 |`), as Markdown allows: the cells a
// row lacks are empty. Half the list's rows are written so.
import { describe, expect, it } from 'vitest';
import { filePaper } from '../support/file-paper.js';
import { inferredList } from '../support/list-helpers.js';

const row = (title: string, url: string, venue: string, date: string, code?: string) =>
  `| [**${title}**](${url}) | ${venue} | ${date} |${code ? ` [Github](${code}) |` : ''}`;

const KNOWTUNING = row(
  'KnowTuning: Knowledge-aware Fine-tuning for Large Language Models',
  'https://arxiv.org/pdf/2402.11176.pdf',
  'arXiv',
  '2024-02',
  'https://github.com/youganglyu/KnowTuning',
);

const LIST = [
  '# Knowledge Distillation of LLMs',
  '',
  '## Labeling',
  '',
  '|  Title  |   Venue  |   Date   | Code | Data|',
  '|:--------|:--------:|:--------:|:--------:|:--------:|',
  row(
    'Evidence-Focused Fact Summarization',
    'https://arxiv.org/pdf/2403.02966.pdf',
    'arXiv',
    '2024-03',
  ),
  row(
    'Aligning Large and Small Language Models via Chain-of-Thought Reasoning',
    'https://aclanthology.org/2024.eacl-long.109.pdf',
    'EACL',
    '2024-03',
    'https://github.com/lranaldii/Aligning_LLMs',
  ),
  row(
    'Divide-or-Conquer? Which Part Should You Distill?',
    'https://arxiv.org/pdf/2402.15000.pdf',
    'arXiv',
    '2024-02',
  ),
  KNOWTUNING,
  row('Is GPT-3 a Good Data Annotator?', 'https://arxiv.org/pdf/2212.10450.pdf', 'ACL', '2022-12'),
  row(
    'Large Language Models Are Reasoning Teachers',
    'https://arxiv.org/abs/2212.10071',
    'ACL',
    '2022-12',
  ),
  '',
].join('\n');

describe('table rows that stop after their last value, with no configuration', () => {
  const { format, list, entries } = inferredList(LIST);

  it('reads every row whole, the cells it lacks empty', () => {
    expect(entries).toHaveLength(6);
    expect(entries.filter((e) => format.reader.fields(e) !== undefined)).toHaveLength(6);
    expect(format.reader.fields(entries[0]!)).toMatchObject({
      title: 'Evidence-Focused Fact Summarization',
      venue: 'arXiv',
      notes: '2024-03',
      links: '',
    });
    expect(format.reader.date(entries[0]!)).toMatchObject({ year: 2024, month: 3 });
  });

  const add = (links: string) =>
    filePaper(list, format, {
      paper: 'https://arxiv.org/pdf/2402.20000.pdf',
      title: 'A New Way to Distill',
      venue: 'arXiv',
      section: 'Labeling',
      links,
      notes: '2024-02',
    });

  it('writes a new row as the rows are: stopping after its last value', () => {
    const plan = add('');
    expect(plan.entry).toBe(
      '| [**A New Way to Distill**](https://arxiv.org/pdf/2402.20000.pdf) | arXiv | 2024-02 |',
    );
    const lines = plan.text.split('\n');
    // At the top of its year, the table's rows unchanged.
    expect(lines[lines.indexOf(plan.entry) + 1]).toMatch(/^\| \[\*\*Evidence-Focused/);
    expect(plan.text.replace(`${plan.entry}\n`, '')).toBe(LIST);
  });

  it('writes the code cell when there is code, and nothing after it', () => {
    expect(add('Github: https://github.com/lab/distill').entry).toBe(
      '| [**A New Way to Distill**](https://arxiv.org/pdf/2402.20000.pdf) | arXiv | 2024-02 | [Github](https://github.com/lab/distill) |',
    );
  });
});
