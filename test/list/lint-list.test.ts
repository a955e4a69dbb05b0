import { describe, expect, it } from 'vitest';
import { lintList } from '../../src/list/lint-list.js';
import { DEFAULT_FORMAT, read } from '../support/list-helpers.js';

const { reader } = DEFAULT_FORMAT;

describe('lintList options', () => {
  const text = '# P\n- **A** <Br>\nSomeone <Br>\n[Workshop] [[Cite](./citations/a.txt)] <Br>\n';
  const noYear = {
    path: 'README.md',
    line: 2,
    message: 'no year can be read from the venue of "A"',
  };
  const relative = {
    path: 'README.md',
    line: 4,
    message: 'link target "./citations/a.txt" is not an absolute http(s) URL',
  };

  it('reports a missing year and a relative link by default', () => {
    expect(lintList(read(text), reader)).toEqual([noYear, relative]);
  });

  it('reports no missing year in a section named for a year (Psychic-DL/Awesome-Traffic-Agent-Trajectory-Prediction)', () => {
    const sections = `## Journal Papers 2019\n${text.slice(4)}## Others\n${text.slice(4)}`;
    expect(lintList(read(sections), reader).filter((f) => f.message.startsWith('no year'))).toEqual(
      [{ ...noYear, line: 6 }],
    );
  });

  it('reports no missing year when entries are not dated', () => {
    expect(lintList(read(text), reader, { dated: false })).toEqual([relative]);
  });

  it('accepts links to files beside the list with relativeLinks', () => {
    expect(lintList(read(text), reader, { relativeLinks: true })).toEqual([noYear]);
    expect(lintList(read(text), reader, { dated: false, relativeLinks: true })).toEqual([]);
  });

  it('still refuses links that leave the repository or have no folder', () => {
    const outside =
      '# P\n- **A** <Br>\n[CVPR 2020] [[Up](../a.txt)] [[Bare](a.txt)] [[Abs](/x/a.txt)] <Br>\n';
    expect(lintList(read(outside), reader, { relativeLinks: true }).map((f) => f.message)).toEqual([
      'link target "../a.txt" is not an absolute http(s) URL',
      'link target "a.txt" is not an absolute http(s) URL',
      'link target "/x/a.txt" is not an absolute http(s) URL',
    ]);
  });
});

describe('lintList link targets', () => {
  const targets = (links: string) =>
    lintList(read(`# P\n- **A** <Br>\nSomeone <Br>\n[CVPR 2020] ${links} <Br>\n`), reader).map(
      (f) => f.message,
    );

  it('accepts http(s) URLs in any case, with or without angle brackets, and mailto:', () => {
    expect(
      targets(
        '[[a](https://x.org/a)] [[b](HTTP://x.org)] [[c](<https://x.org/c d>)] [[d](mailto:a@x.org)]',
      ),
    ).toEqual([]);
  });

  it('refuses a URL without a host, an empty target and other schemes', () => {
    expect(targets('[[a](https:///x)] [[b]()] [[c](ftp://x.org)] [[d](https://)]')).toEqual([
      'link target "https:///x" is not an absolute http(s) URL',
      'link target "" is not an absolute http(s) URL',
      'link target "ftp://x.org" is not an absolute http(s) URL',
      'link target "https://" is not an absolute http(s) URL',
    ]);
  });

  it('finds links whose ]( went missing, and not labels ending in their own brackets', () => {
    expect(
      targets(
        '[[PyTorch (lucidrains)](https://x.org/a)] [[pdf]](https://x.org/b) [[Code (soon)](https://x.org/c)]',
      ),
    ).toEqual([]);
    // A label opening with a tag in brackets (wzhe06/Reco-papers).
    expect(
      targets(
        '[[PNN] Product-based Neural Networks (SJTU 2016)](https://x.org/a) [[RF in MAB]Random Forest](https://x.org/b)',
      ),
    ).toEqual([]);
    // A bracketed label with parentheses of its own (zhaoxin94/awesome-domain-adaptation).
    expect(
      targets(
        '[[Pytorch(official)]](https://x.org/a) [[Pytorch(Official) & Caffe(official)]](https://x.org/b)',
      ),
    ).toEqual([]);
    expect(targets('[[Paper(https://x.org/a)] [[Code]https://x.org/b')).toEqual([
      'broken link "[[Paper(https://x.org/a)]": write it as [[Label](https://...)]',
      'broken link "[[Code]": write it as [[Label](https://...)]',
    ]);
  });
});
