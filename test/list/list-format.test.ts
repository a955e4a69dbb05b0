import { describe, expect, it } from 'vitest';
import { listFormatOf } from '../../src/list/list-format.js';
import { DEFAULT_LINK_FORMAT } from '../../src/paper/entry-template.js';
import { formatEntry } from '../../src/paper/format-entry.js';
import type { Paper } from '../../src/paper/paper.js';

const PAPER: Paper = {
  title: 'Deep Residual Learning',
  authors: [{ name: 'Kaiming He' }],
  venue: 'CVPR 2016',
  date: { year: 2016 },
  section: 'Networks',
  paperUrl: 'https://arxiv.org/abs/1512.03385',
  links: [],
  notes: [],
};

const SETTINGS = {
  lineBreak: ' <Br>',
  links: DEFAULT_LINK_FORMAT,
  dateHeadings: false,
  order: 'newest-first' as const,
  sectionOrders: {},
  excludeSections: [],
};

describe('venues written without their year (`venuesShowYear: false`)', () => {
  it('writes a new entry’s venue without its year, and asks no entry for one', () => {
    const template = '| [{title}]({paper}) | {venue} |';
    const yearless = listFormatOf({ ...SETTINGS, template, venuesShowYear: false });
    expect(formatEntry(PAPER, yearless.template)).toBe(
      '| [Deep Residual Learning](https://arxiv.org/abs/1512.03385) | CVPR |',
    );
    expect(yearless.dated).toBe(false);
    const shown = listFormatOf({ ...SETTINGS, template });
    expect(formatEntry(PAPER, shown.template)).toContain('| CVPR 2016 |');
    expect(shown.dated).toBe(true);
  });

  it('still dates entries that show a year of their own', () => {
    const template = '- [{title}]({paper}), *{venue}*, {year}';
    const format = listFormatOf({ ...SETTINGS, template, venuesShowYear: false });
    expect(formatEntry(PAPER, format.template)).toBe(
      '- [Deep Residual Learning](https://arxiv.org/abs/1512.03385), *CVPR*, 2016',
    );
    expect(format.dated).toBe(true);
  });
});
