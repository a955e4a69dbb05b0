import { describe, expect, it } from 'vitest';
import { arxivMonth } from '../../src/paper/arxiv-month.js';

describe('arxivMonth', () => {
  it.each([
    ['[[Paper](https://arxiv.org/abs/2205.09921)]', 2022, 5, 9921],
    ['https://arxiv.org/pdf/2205.09921v2.pdf', 2022, 5, 9921],
    ['http://ARXIV.ORG/ABS/2112.1234', 2021, 12, 1234],
    ['https://arxiv.org/abs/0704.0001', 2007, 4, 1],
    ['https://arxiv.org/abs/2301.00808 and https://arxiv.org/abs/2205.09921', 2023, 1, 808],
  ])('dates %j of %i to month %i, number %i in it', (text, year, month, seq) => {
    expect(arxivMonth(text, year)).toEqual({ month, seq });
  });

  it('gives no month when the link is of another year', () => {
    expect(arxivMonth('https://arxiv.org/abs/2205.09921', 2023)).toBe(undefined);
    expect(arxivMonth('https://arxiv.org/abs/2205.09921', 2021)).toBe(undefined);
  });

  it('reads only the first arXiv link', () => {
    const text = 'https://arxiv.org/abs/2101.00001 https://arxiv.org/abs/2205.09921';
    expect(arxivMonth(text, 2021)).toEqual({ month: 1, seq: 1 });
    expect(arxivMonth(text, 2022)).toBe(undefined);
  });

  it.each([
    ['a month 13', 'https://arxiv.org/abs/2213.09921', 2022],
    ['a month 00', 'https://arxiv.org/abs/2200.09921', 2022],
    ['a number of three digits', 'https://arxiv.org/abs/2112.123', 2021],
    ['an HTML page', 'https://arxiv.org/html/2205.09921', 2022],
    ['an old-style id', 'https://arxiv.org/abs/hep-th/9912001', 1999],
    ['no link', 'arXiv 2205', 2022],
  ])('gives no month for %s', (_, text, year) => {
    expect(arxivMonth(text, year)).toBe(undefined);
  });
});
