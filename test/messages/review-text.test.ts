import { describe, expect, it } from 'vitest';
import { describeOrder } from '../../src/messages/review-text.js';

describe('describeOrder', () => {
  it('names each order as people say it, alphabetical whether by title or by short name', () => {
    expect(describeOrder('newest-first')).toBe('newest first');
    expect(describeOrder('oldest-first')).toBe('oldest first');
    expect(describeOrder('title')).toBe('alphabetically');
    expect(describeOrder('none')).toBe('none');
  });
});
