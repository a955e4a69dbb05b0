import { describe, expect, it } from 'vitest';
import { checkUrl, isRelativeLink } from '../../src/paper/check-url.js';

const NOT_COMPLETE = 'is not a complete link: write it with https://';

describe('checkUrl with relative links', () => {
  it.each([
    './citations/x.txt',
    'citations/x.txt',
    'reports/a%20b.md',
    './word',
    'a/~b',
    // awesome-NeRF/awesome-NeRF links lines of its BibTeX file.
    './NeRF-and-Beyond.bib#L168-L173',
  ])('accepts the relative path %j', (url) => {
    expect(isRelativeLink(url)).toBe(true);
    expect(checkUrl(url, { relative: true })).toBe(undefined);
  });

  it('refuses the same paths when relative links are not allowed', () => {
    expect(checkUrl('./citations/x.txt')).toBe(NOT_COMPLETE);
    expect(checkUrl('reports/a%20b.md', { relative: false })).toBe(NOT_COMPLETE);
  });

  it.each([
    '../x',
    './../x',
    'a/../b',
    'word',
    '/abs/path',
    'a//b',
    '.hidden/x',
    'a/b/',
    '~/x',
    '#anchor',
    './x#a#b',
    './x#',
  ])('refuses %j, which is no path inside the repository', (url) => {
    expect(isRelativeLink(url)).toBe(false);
    expect(checkUrl(url, { relative: true })).toBe(NOT_COMPLETE);
  });

  it('refuses a scheme other than http(s)', () => {
    expect(isRelativeLink('javascript:x')).toBe(false);
    expect(checkUrl('javascript:x', { relative: true })).toBe(
      'must start with https:// or http:// (not javascript:)',
    );
    expect(checkUrl('mailto:a@b.c', { relative: true })).toBe(
      'must start with https:// or http:// (not mailto:)',
    );
  });

  it('refuses spaces before anything else', () => {
    expect(checkUrl('a b/c', { relative: true })).toBe(
      'must not contain spaces or control characters',
    );
  });

  it('still accepts absolute http(s) links', () => {
    expect(checkUrl('https://example.org/x', { relative: true })).toBe(undefined);
  });
});
