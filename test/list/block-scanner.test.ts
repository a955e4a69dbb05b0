import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atxHeadingText, withoutClosingSequence } from '../../src/list/block-scanner.js';

describe('withoutClosingSequence', () => {
  it('drops trailing blanks and a closing sequence of #s after a blank', () => {
    expect(withoutClosingSequence('2019 ##  ')).toBe('2019');
    expect(withoutClosingSequence('C# ')).toBe('C#');
    expect(withoutClosingSequence('Papers')).toBe('Papers');
    expect(atxHeadingText('## Vision Transformers ##')).toBe('Vision Transformers');
    expect(atxHeadingText('### ###')).toBe('');
  });

  it('agrees with the pattern it replaced in atxHeadingText, `(?:^|[ \\t]+)#+[ \\t]*$`', () => {
    const piece = fc.constantFrom('a', '#', ' ', '\t', '##', ' #', 'b ');
    const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const before = t.replace(/(?:^|[ \t]+)#+[ \t]*$/, '').trim();
        expect(withoutClosingSequence(t).trim()).toBe(before);
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a long run of blanks at once', () => {
    // recheck's attack on the replaced pattern, longer: 2,000 tabs took 16 s.
    const tabs = '\t'.repeat(100_000);
    expect(withoutClosingSequence(`x${tabs}${tabs}\u0000`)).toBe(`x${tabs}${tabs}\u0000`);
    expect(withoutClosingSequence(`x${tabs}#${tabs}`)).toBe('x');
  });
});
