import { describe, expect, it } from 'vitest';
import {
  dblpName,
  matchesPaper,
  matchKey,
  sameAuthor,
  sameTitle,
} from '../../src/metadata/paper-match.js';

describe('the matcher', () => {
  it('compares titles ignoring case, spacing, diacritics, punctuation and TeX dollars', () => {
    expect(
      sameTitle(
        '$ω$Test: WebView-Oriented Testing for Android Applications',
        'ωTest: Webview oriented testing for Android applications.',
      ),
    ).toBe(true);
    expect(sameTitle('Café au lait', 'CAFE AU LAIT')).toBe(true);
    expect(sameTitle('ConvNeXt V2', 'ConvNeXt V1')).toBe(false);
    expect(sameTitle('', '')).toBe(false);
  });

  it('compares authors by full name or by family name and initial', () => {
    expect(sameAuthor('Kaiming He 0001', 'Kaiming He')).toBe(true);
    expect(sameAuthor('K. He', 'Kaiming He')).toBe(true);
    expect(sameAuthor('Jiří Matas', 'Jiri Matas')).toBe(true);
    expect(sameAuthor('Kaiming He', 'Kaiming Ha')).toBe(false);
    expect(sameAuthor('Xiang Li', 'Yang Li')).toBe(false);
    expect(dblpName('Jian Sun 0001')).toBe('Jian Sun');
  });

  it('reduces text to letters and digits, entities decoded, for comparing answers', () => {
    expect(matchKey('L&apos;Injection:  Über-Fast &#x3b1;')).toBe('l injection uber fast α');
  });

  it('needs the title and at least one author', () => {
    const paper = { title: 'Deep Residual Learning', authors: ['Kaiming He', 'Jian Sun'] };
    expect(
      matchesPaper({ title: 'Deep residual learning.', authors: ['Jian Sun 0001'] }, paper),
    ).toBe(true);
    expect(
      matchesPaper({ title: 'Deep residual learning.', authors: ['Ross Girshick'] }, paper),
    ).toBe(false);
    expect(matchesPaper({ title: 'Deep residual learning.', authors: [] }, paper)).toBe(false);
  });
});
