import { describe, expect, it } from 'vitest';
import {
  autofillCommentLines,
  autofillSection,
  describeAutofillRun,
  sourceLink,
} from '../../src/messages/autofill-text.js';
import type { AutofillReport } from '../../src/plan/apply-autofill.js';

const report: AutofillReport = {
  filled: [
    {
      field: 'title',
      label: 'Title',
      value: 'Attention Is All You Need',
      source: 'arxiv',
      url: 'https://arxiv.org/abs/1706.03762',
    },
    {
      field: 'authors',
      label: 'Authors',
      value: 'Ashish Vaswani\nNoam Shazeer',
      source: 'arxiv',
      url: 'https://arxiv.org/abs/1706.03762',
    },
    {
      field: 'links',
      label: 'Other links',
      value: 'https://github.com/tensorflow/tensor2tensor',
      source: 'huggingface',
      url: 'https://huggingface.co/papers/1706.03762',
    },
  ],
  differences: [
    {
      field: 'venue',
      label: 'Venue and year',
      given: 'CVPR 2017',
      fetched: 'NeurIPS 2017',
      source: 'dblp',
      url: 'https://dblp.org/rec/conf/nips/VaswaniSPUJGKP17',
    },
  ],
  notes: ['The filled title holds TeX markup; check how it reads in the list.'],
};

describe('autofillSection', () => {
  it('tables the filled fields and the differences, each linked to its record', () => {
    expect(autofillSection(report).join('\n')).toBe(
      [
        '',
        '### From the paper link',
        '',
        'The issue left these fields empty; the bot filled them from the paper link. Check them before merging.',
        '',
        '| Field | Value | Source |',
        '| --- | --- | --- |',
        '| Title | Attention Is All You Need | [arXiv](https://arxiv.org/abs/1706.03762) |',
        '| Authors | Ashish Vaswani, Noam Shazeer | [arXiv](https://arxiv.org/abs/1706.03762) |',
        '| Other links | Code: <https://github.com/tensorflow/tensor2tensor> | [Hugging Face](https://huggingface.co/papers/1706.03762) |',
        '',
        'The sources disagree with these answers; the answers were kept.',
        '',
        '| Field | Answer | Fetched | Source |',
        '| --- | --- | --- | --- |',
        '| Venue and year | CVPR 2017 | NeurIPS 2017 | [DBLP](https://dblp.org/rec/conf/nips/VaswaniSPUJGKP17) |',
        '',
        '- The filled title holds TeX markup; check how it reads in the list.',
      ].join('\n'),
    );
  });

  it('is empty when nothing was filled, contradicted or noted', () => {
    expect(autofillSection(undefined)).toEqual([]);
    expect(autofillSection({ filled: [], differences: [], notes: [] })).toEqual([]);
  });

  it('escapes fetched text like an answer: no cell, link, HTML or mention comes out of it', () => {
    const hostile: AutofillReport = {
      filled: [
        {
          field: 'title',
          label: 'Title',
          value: 'A | B <img src=x onerror=alert(1)> [x](javascript:alert(1)) @everyone **b**',
          source: 'doi',
          url: 'https://doi.org/10.1/x)<script>',
        },
      ],
      differences: [],
      notes: ['@admins see <b>this</b>'],
    };
    const text = autofillSection(hostile).join('\n');
    expect(text).toContain(
      '| Title | A \\| B \\<img src=x onerror=alert(1)> \\[x\\](javascript:alert(1)) @\u2060everyone \\*\\*b\\*\\* | [doi.org](https://doi.org/10.1/x%29%3Cscript%3E) |',
    );
    expect(text).toContain('- @\u2060admins see \\<b>this\\</b>');
  });
});

describe('sourceLink', () => {
  it('links only http(s) records', () => {
    expect(sourceLink('openreview', 'javascript:alert(1)')).toBe('OpenReview');
    expect(sourceLink('dblp', 'not a url')).toBe('DBLP');
    expect(sourceLink('arxiv', 'https://arxiv.org/abs/a b(c)')).toBe(
      '[arXiv](https://arxiv.org/abs/a%20b%28c%29)',
    );
    // A pipe would end the table cell the link stands in.
    expect(sourceLink('dblp', 'https://dblp.org/rec/a|b')).toBe(
      '[DBLP](https://dblp.org/rec/a%7Cb)',
    );
  });
});

describe('autofillCommentLines', () => {
  it('says which fields were filled and which answers the sources contradict', () => {
    expect(autofillCommentLines(report)).toEqual([
      '',
      'I filled **Title**, **Authors** and **Other links** from the paper link; the pull request shows where each value comes from.',
      "The paper link's sources give another **Venue and year**; I kept your answer, and the pull request shows both.",
    ]);
    expect(autofillCommentLines(undefined)).toEqual([]);
  });
});

describe('describeAutofillRun', () => {
  it('says what was asked and what was filled, in one line', () => {
    const attempts = [
      { source: 'arxiv' as const, outcome: 'found' as const },
      { source: 'dblp' as const, outcome: 'not-found' as const, reason: 'DBLP has no record' },
    ];
    expect(describeAutofillRun(attempts, 2, report)).toBe(
      "Asked the paper link's sources (2 requests): arXiv found it, DBLP had no record. Filled Title, Authors, Other links. The sources give another Venue and year.",
    );
  });
});
