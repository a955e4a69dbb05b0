import { describe, expect, it } from 'vitest';
import { sameButForBlanks } from './leave-one-out.js';

describe('sameButForBlanks', () => {
  it('holds for entries that differ in runs of blanks and line breaks only', () => {
    expect(sameButForBlanks(' * **A**: "T", *arXiv*.', '* **A**: "T", *arXiv*.')).toBe(true);
    expect(sameButForBlanks('- T. [[pdf]](u) ', '- T. [[pdf]](u)')).toBe(true);
    expect(sameButForBlanks('* "Chat with\n  the Room"', '* "Chat with the Room"')).toBe(true);
    expect(sameButForBlanks('1. **T.**\n   \n    *A.*', '1. **T.**\n\n    *A.*')).toBe(true);
  });

  it('fails for the same entry, and for a blank where the other has none', () => {
    expect(sameButForBlanks('- T [[paper](u)] [[code](v)]', '- T [[paper](u)] [[code](v)]')).toBe(
      false,
    );
    expect(sameButForBlanks('- T [[paper](u)] [[code](v)]', '- T [[paper](u)][[code](v)]')).toBe(
      false,
    );
    expect(sameButForBlanks('- T, Zhang et al. Arxiv', '- T, Zhang et al., Arxiv')).toBe(false);
  });
});
