import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitPlainTitle } from '../../src/infer/title-split.js';

describe('splitPlainTitle', () => {
  it('ends the title at the first delimiter after eight characters', () => {
    expect(splitPlainTitle('Deep Residual Learning. K. He, X. Zhang. CVPR 2016.')).toEqual({
      prefix: '',
      title: 'Deep Residual Learning',
      rest: '. K. He, X. Zhang. CVPR 2016.',
    });
    expect(splitPlainTitle('"Attention Is All You Need" (NeurIPS 2017)')).toEqual({
      prefix: '',
      title: '"Attention Is All You Need"',
      rest: ' (NeurIPS 2017)',
    });
    expect(splitPlainTitle('- Short. Then a long tail')).toEqual({
      prefix: '- ',
      title: 'Short. Then a long tail',
      rest: '',
    });
    expect(splitPlainTitle('Tiny')).toBeUndefined();
    // Fields set apart by pipes (hoya012/awesome-anomaly-detection).
    expect(splitPlainTitle('Anomaly Detection of Time Series  | **[Thesis 2010]** |')).toEqual({
      prefix: '',
      title: 'Anomaly Detection of Time Series ',
      rest: ' | **[Thesis 2010]** |',
    });
    // An HTML tag after the title (visionxiang/awesome-salient-object-detection).
    expect(splitPlainTitle('Visual Saliency Transformer  <br> <sub>*N. Liu*</sub>')).toEqual({
      prefix: '',
      title: 'Visual Saliency Transformer ',
      rest: ' <br> <sub>*N. Liu*</sub>',
    });
    expect(splitPlainTitle('Love Is <3 Or More')?.title).toBe('Love Is <3 Or More');
  });

  it('agrees with the pattern it replaced on random texts', () => {
    const pattern =
      /^([^\p{L}\p{N}“"]*)(.{8,}?)((?:\.\s|\s[-–—|]\s|\s\(|\s\[|\s<(?=[A-Za-z/])|,\s).*|\.?\s*)$/u;
    const piece = fc.constantFrom(
      ...['a', 'B', '7', '“', '"', '.', ',', ' ', '\t', '-', '–', '|', '(', '[', '\r', '\n'],
      ...['\u2028', '𝒜', '😀', '. ', ' - ', ', ', 'Word ', '  ', '<', ' <br>', '</sub>', '<3'],
    );
    const text = fc.array(piece, { maxLength: 16 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (raw) => {
        const match = pattern.exec(raw);
        const expected = match
          ? { prefix: match[1]!, title: match[2]!, rest: match[3] ?? '' }
          : undefined;
        expect(splitPlainTitle(raw)).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });

  it('splits crafted text at once', () => {
    // recheck's attack on the replaced pattern, longer: 1,000 characters took 13 s.
    const n = 20_000;
    const raw = `${',,,,,,,,'.repeat(n)}"${'\t['.repeat(n)}\t\n\t\t,[(\u0000-[`;
    expect(splitPlainTitle(raw)).toBeUndefined();
    expect(splitPlainTitle(`Title of a paper${' \t'.repeat(n)}x`)?.title).toBe(
      `Title of a paper${' \t'.repeat(n)}x`,
    );
  });
});
