import { describe, expect, it } from 'vitest';
import { headingDate } from '../../src/list/heading-date.js';

describe('headingDate', () => {
  it.each([
    ['2019', { year: 2019 }],
    ['### 2019', { year: 2019 }],
    ['2024-05', { year: 2024, month: 5 }],
    ['2024-5', { year: 2024, month: 5 }],
    ['2020.1', { year: 2020, month: 1 }],
    ['2020/12', { year: 2020, month: 12 }],
    ['May 2024', { year: 2024, month: 5 }],
    ['Sept 2023', { year: 2023, month: 9 }],
    ['September 2023', { year: 2023, month: 9 }],
    ['Sep. 2023', { year: 2023, month: 9 }],
    ['2023, May', { year: 2023, month: 5 }],
    ['2023年', { year: 2023 }],
    ['2023年5月', { year: 2023, month: 5 }],
    ['**2018**', { year: 2018 }],
    ['`2019`', { year: 2019 }],
    ['[2017](#x)', { year: 2017 }],
    ['<b>2016</b>', { year: 2016 }],
    ['2019:', { year: 2019 }],
    ['🔥 2021', { year: 2021 }],
  ])('reads %j as a date', (text, date) => {
    expect(headingDate(text)).toEqual(date);
  });

  it.each([
    'Papers 2019',
    '2019 Papers',
    '2020/13',
    '2020.13',
    '2019-2020',
    'Mayo 2023',
    'Junes 2019',
    'Ju 2019',
    '1899',
    '2100',
    'Papers',
    '',
  ])('reads %j as no date', (text) => {
    expect(headingDate(text)).toBeUndefined();
  });

  it('gives no month key to a year alone', () => {
    expect(Object.keys(headingDate('2019')!)).toEqual(['year']);
  });
});
