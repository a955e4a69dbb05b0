import { describe, expect, it } from 'vitest';
import { mostCounted, tally } from '../../src/infer/tally.js';

describe('tally and mostCounted', () => {
  it('count keys and give the one counted most, the first counted of equals', () => {
    const counts = new Map<string, number>();
    for (const key of [', ', ' and ', ' and ', ', ', ', and ']) tally(counts, key);
    expect([...counts]).toEqual([
      [', ', 2],
      [' and ', 2],
      [', and ', 1],
    ]);
    expect(mostCounted(counts)).toBe(', ');
    expect(mostCounted(new Map())).toBeUndefined();
  });
});
