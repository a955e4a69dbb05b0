import { describe, expect, it } from 'vitest';
import { shorten } from '../../src/paper/answer-text.js';

describe('shorten', () => {
  it('cuts between characters, never inside an emoji', () => {
    const cut = shorten(`${'A'.repeat(58)}🚀🚀🚀`, 60);
    expect(cut).toBe(`${'A'.repeat(58)}🚀…`);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(cut)).toBe(false);
  });

  it('leaves text within the limit alone, counting an emoji as one character', () => {
    expect(shorten('short', 60)).toBe('short');
    expect(shorten('🚀'.repeat(60), 60)).toBe('🚀'.repeat(60));
  });
});
