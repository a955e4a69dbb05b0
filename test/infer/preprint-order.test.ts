import { describe, expect, it } from 'vitest';
import {
  detectPreprintOrder,
  orderedRuns,
  type OrderedRun,
  type PreprintKey,
} from '../../src/infer/preprint-order.js';
import type { ListOrder } from '../../src/list/list-order.js';
import { orderOf } from '../../src/list/list-format.js';
import { readPaperList } from '../../src/list/read-paper-list.js';
import { formatWith } from '../support/list-helpers.js';

/** `2021`, `2021P` (a preprint), `2021?` (no venue): the keys of one run. */
function run(order: ListOrder, ...keys: string[]): OrderedRun {
  return {
    order,
    keys: keys.map((k): PreprintKey => {
      const year = Number(k.slice(0, 4));
      return { date: { year }, preprint: k.endsWith('?') ? undefined : k.endsWith('P') };
    }),
  };
}

describe('detectPreprintOrder', () => {
  it('finds preprints kept after every published paper, against their dates', () => {
    const runs = [
      run('oldest-first', '2021', '2024', '2023P', '2023P'),
      run('oldest-first', '2022', '2023', '2024', '2023P'),
      run('oldest-first', '2024', '2023P'),
    ];
    expect(detectPreprintOrder(runs, false)).toBe('last');
  });

  it('does not call preprints last where their dates alone put them there', () => {
    const runs = [
      run('oldest-first', '2021', '2022', '2023P', '2024P'),
      run('oldest-first', '2020', '2022', '2023P'),
      run('newest-first', '2023', '2022', '2021P'),
    ];
    expect(detectPreprintOrder(runs, false)).toBe('mixed');
  });

  it('finds the published papers of a year before its preprints', () => {
    const runs = [
      run('newest-first', '2021', '2021', '2021P', '2020', '2020P', '2020P'),
      run('newest-first', '2022', '2022P', '2021', '2021P'),
    ];
    expect(detectPreprintOrder(runs, false)).toBe('last-of-their-date');
  });

  it('finds no rule where a year’s papers and preprints are mixed', () => {
    const runs = [
      run('newest-first', '2021', '2021P', '2021', '2020P', '2020', '2020P'),
      run('newest-first', '2022P', '2022', '2021', '2021P'),
    ];
    expect(detectPreprintOrder(runs, false)).toBe('mixed');
  });

  it('ignores unordered sections and entries without a venue', () => {
    const runs = [
      run('none', '2024', '2023P', '2024', '2023P'),
      run('title', '2024', '2023P', '2024', '2023P'),
      run('oldest-first', '2024?', '2023P', '2024?', '2023P'),
    ];
    expect(detectPreprintOrder(runs, false)).toBe('mixed');
  });
});

describe('orderedRuns', () => {
  it('reads each entry’s date and kind, a run per date group, with its section’s order', () => {
    const format = formatWith({
      template: '- (*{venue}*) {title}',
      'date-headings': true,
      'section-order': { Other: 'none' },
    });
    const text = [
      '# Papers',
      '### 2024',
      "- (*ICLR'24*) A",
      '- (*arXiv 2024*) B',
      '### 2023',
      '- (*CVPR 2023*) C',
      '# Other',
      '- (*arXiv 2023*) D',
      '',
    ].join('\n');
    const list = readPaperList([{ path: 'README.md', text }], format);
    const runs = orderedRuns({ format, list }, (name) => orderOf(format, name));
    expect(runs).toEqual([
      {
        order: 'newest-first',
        keys: [
          { date: { year: 2024 }, preprint: false },
          { date: { year: 2024 }, preprint: true },
        ],
      },
      { order: 'newest-first', keys: [{ date: { year: 2023 }, preprint: false }] },
    ]);
  });
});
