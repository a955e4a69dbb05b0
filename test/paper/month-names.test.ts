import { describe, expect, it } from 'vitest';
import { monthNumber } from '../../src/paper/month-names.js';

describe('monthNumber', () => {
  it.each([
    ['Jan', 1],
    ['may', 5],
    ['Sept', 9],
    ['September', 9],
    ['DEC', 12],
    ['jun', 6],
    ['July', 7],
  ])('reads %j as month %i', (name, month) => {
    expect(monthNumber(name)).toBe(month);
  });

  it.each(['ju', 'papers', 'Mayo', 'Decision', 'CVPR', ''])('reads %j as no month', (name) => {
    expect(monthNumber(name)).toBeUndefined();
  });
});
