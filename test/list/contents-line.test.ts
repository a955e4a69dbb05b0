import { describe, expect, it } from 'vitest';
import { isContentsLine } from '../../src/list/contents-line.js';

describe('isContentsLine', () => {
  it('is a line of links to anchors in the file, with or without a list marker', () => {
    expect(isContentsLine('- [Intro](#intro)')).toBe(true);
    expect(isContentsLine('  * [2025](./#2025) | [2024](./#2024)')).toBe(true);
    expect(isContentsLine('[Vision](#vision), [Audio](#audio)')).toBe(true);
  });

  it('is not a line linking anything else, or holding other text', () => {
    expect(isContentsLine('- [A Paper](https://arxiv.org/abs/1)')).toBe(false);
    expect(isContentsLine('- [Intro](#intro) and more')).toBe(false);
    expect(isContentsLine('- Intro')).toBe(false);
  });
});
