// showlab/Awesome-Video-Diffusion: `+ [Title](url) (Dec., 2024)  ` for a preprint, `(CVPR, 2024)`
// for a published paper, then badge lines. 706 of its 793 entries were reported undated, the
// month read as a literal `Nov.` around the year.
import { describe, expect, it } from 'vitest';
import { filePaper } from '../support/file-paper.js';
import { inferredList } from '../support/list-helpers.js';

const entry = (title: string, id: string, date: string) =>
  [
    `+ [${title}](https://arxiv.org/abs/${id}) (${date})  `,
    `  [![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/${id})`,
    '',
  ].join('\n');

const LIST = [
  '# Awesome Video Diffusion',
  '',
  '## Evaluation Benchmarks and Metrics',
  '',
  entry('Evaluation Agent: Efficient and Promptable Evaluation', '2412.09645', 'Dec., 2024'),
  entry(
    'Frechet Video Motion Distance: A Metric for Motion Consistency',
    '2407.16124',
    'Jul., 2024',
  ),
  entry('T2V-CompBench: A Benchmark for Compositional Text-to-video', '2407.14505', 'Jun., 2024'),
  entry('ChronoMagic-Bench: A Benchmark for Metamorphic Evaluation', '2406.18522', 'NeurIPS, 2024'),
  entry('PEEKABOO: Interactive Video Generation via Masked-Diffusion', '2312.07509', 'CVPR, 2024'),
  entry(
    'T2VScore: Towards A Better Metric for Text-to-Video Generation',
    '2401.07781',
    'Jan., 2024',
  ),
  entry(
    'FETV: A Benchmark for Fine-Grained Evaluation of Video Generation',
    '2311.01813',
    'Nov., 2023',
  ),
].join('\n');

describe('entries dated by a month and year, or a venue and year, with no configuration', () => {
  const { format, list, entries } = inferredList(LIST);

  it('reads the month or the venue with its year as the venue, and dates each entry', () => {
    // A venue or a month's name, the year after a comma (the few written `CVPR 2024` read too).
    expect(format.template.source).toBe(
      '+ [{title}]({paper}) ({venue}{[, {year}]})  \n{[  [![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/{arxiv})]}',
    );
    // The month the list writes; a venue's year takes the month of the paper's arXiv link of that
    // year (PEEKABOO's link is of December 2023: CVPR 2024 alone).
    const dates = entries.map((e) => format.reader.date(e));
    expect(dates.map((d) => [d?.year, d?.month])).toEqual([
      [2024, 12],
      [2024, 7],
      [2024, 6],
      [2024, 6],
      [2024, undefined],
      [2024, 1],
      [2023, 11],
    ]);
  });

  it('writes a new paper as the published ones are, at its year, with its arXiv badge', () => {
    const plan = filePaper(list, format, {
      paper: 'https://arxiv.org/abs/2501.00001',
      title: 'A New Video Benchmark',
      venue: 'CVPR 2025',
      section: 'Evaluation Benchmarks and Metrics',
    });
    expect(plan.entry).toBe(
      [
        '+ [A New Video Benchmark](https://arxiv.org/abs/2501.00001) (CVPR, 2025)  ',
        '  [![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/2501.00001)',
      ].join('\n'),
    );
    expect(plan.text.indexOf(plan.entry)).toBeLessThan(plan.text.indexOf('Evaluation Agent'));
  });

  it('writes no arXiv badge for a paper that is not on arXiv', () => {
    const plan = filePaper(list, format, {
      paper: 'https://openreview.net/forum?id=abc123',
      title: 'A New Video Benchmark',
      venue: 'ICLR 2025',
      section: 'Evaluation Benchmarks and Metrics',
    });
    expect(plan.entry).toBe(
      '+ [A New Video Benchmark](https://openreview.net/forum?id=abc123) (ICLR, 2025)  ',
    );
  });
});
