import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  angleLink,
  MAX_AUTHOR_NAME,
  MAX_AUTHORS,
  parenLink,
  parseAuthors,
} from '../../src/paper/parse-authors.js';

describe('parseAuthors', () => {
  it('reads the four forms, one author a line', () => {
    expect(
      parseAuthors(
        'Jierun Chen\n[Shiu-hong Kao](https://cse.hkust.edu.hk/~skao/)\nHao He <https://example.org/hao>\nWeipeng Zhuo (https://stevezhuo.github.io/)',
      ),
    ).toEqual({
      authors: [
        { name: 'Jierun Chen' },
        { name: 'Shiu-hong Kao', url: 'https://cse.hkust.edu.hk/~skao/' },
        { name: 'Hao He', url: 'https://example.org/hao' },
        { name: 'Weipeng Zhuo', url: 'https://stevezhuo.github.io/' },
      ],
      problems: [],
    });
  });

  it('reads all authors on one line, separated by commas or semicolons', () => {
    const { authors, problems } = parseAuthors(
      'Jierun Chen, [Shiu-hong Kao](https://a.org/x,y), Hao He <https://b.org>; Weipeng Zhuo (https://c.org)，Song Wen',
    );
    expect(problems).toEqual([]);
    expect(authors).toEqual([
      { name: 'Jierun Chen' },
      { name: 'Shiu-hong Kao', url: 'https://a.org/x,y' },
      { name: 'Hao He', url: 'https://b.org' },
      { name: 'Weipeng Zhuo', url: 'https://c.org' },
      { name: 'Song Wen' },
    ]);
  });

  it('does not split at a comma inside brackets', () => {
    expect(parseAuthors('[Doe, Jane](https://jane.org)').authors).toEqual([
      { name: 'Doe, Jane', url: 'https://jane.org' },
    ]);
  });

  it('tolerates list markers, a leading "and", blank lines and extra spaces', () => {
    expect(
      parseAuthors('- Ann   Lee\n\n* Bob\n+ Cy\n1. Dee\n2) Eve\n• Fay\nand  Gus\n  ').authors.map(
        (a) => a.name,
      ),
    ).toEqual(['Ann Lee', 'Bob', 'Cy', 'Dee', 'Eve', 'Fay', 'Gus']);
  });

  it('keeps parentheses that hold no link as part of the name', () => {
    expect(parseAuthors('Ann Lee (MIT)').authors).toEqual([{ name: 'Ann Lee (MIT)' }]);
  });

  it('accepts a Markdown link with an angle-bracketed destination', () => {
    expect(parseAuthors('[Ann](<https://ann.org/a>)').authors).toEqual([
      { name: 'Ann', url: 'https://ann.org/a' },
    ]);
  });

  it('needs at least one author', () => {
    for (const answer of ['', '  \n ', ', ;']) {
      expect(parseAuthors(answer)).toEqual({
        authors: [],
        problems: ['needs at least one author'],
      });
    }
  });

  it.each([
    ['Ann <javascript:alert(1)>', /author 1 .*javascript:/],
    ['Ann (ftp://example.org)', /ftp:/],
    ['[Ann](data:text/html,hi)', /data:/],
    ['Ann (//example.org)', /not a complete link/],
    ['Ann <https://user:pw@example.org>', /user name or password/],
    ['https://example.org/ann', /link without a name/],
    ['<https://example.org/ann>', /link but no name/],
  ])('reports the author %j with its fix', (answer, message) => {
    const { authors, problems } = parseAuthors(answer);
    expect(authors).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('names the author by position in a problem, and keeps the good ones', () => {
    const { authors, problems } = parseAuthors('Ann\nBob <javascript:x>\nCy');
    expect(authors.map((a) => a.name)).toEqual(['Ann', 'Cy']);
    expect(problems).toEqual([
      'author 2 ("Bob <javascript:x>") has a link that must start with https:// or http:// (not javascript:)',
    ]);
  });

  it('refuses a name that is too long', () => {
    expect(parseAuthors('A'.repeat(MAX_AUTHOR_NAME + 1)).problems[0]).toMatch(
      `longer than ${MAX_AUTHOR_NAME}`,
    );
    expect(parseAuthors('A'.repeat(MAX_AUTHOR_NAME)).authors).toHaveLength(1);
  });

  it(`accepts ${MAX_AUTHORS} authors and refuses more`, () => {
    const names = (n: number) => Array.from({ length: n }, (_, i) => `Author ${i}`).join(', ');
    expect(parseAuthors(names(MAX_AUTHORS)).authors).toHaveLength(MAX_AUTHORS);
    const many = parseAuthors(names(10_000));
    expect(many.authors).toEqual([]);
    expect(many.problems).toEqual([
      `lists 10000 authors; list at most ${MAX_AUTHORS} and end with "et al."`,
    ]);
  });
});

describe('parseAuthors list markers', () => {
  it('takes a bare list marker for an empty line, not an author named "-"', () => {
    expect(parseAuthors('- Ada Lovelace\n- \n*').authors).toEqual([{ name: 'Ada Lovelace' }]);
  });
});

describe("an author's link in brackets", () => {
  // The patterns the readers replace, with the link's own brackets ruled out of the link.
  const ANGLE = /^(.*?)\s*<([^<>]*)>$/;
  const PAREN = /^(.*?)\s*\(\s*((?:https?:)?\/\/[^()\s]*|[a-z][a-z0-9+.-]*:[^()\s]*)\s*\)$/i;
  const piece = fc.constantFrom(
    ...[
      'a',
      'Z',
      ' ',
      '\t',
      '<',
      '>',
      '(',
      ')',
      ':',
      '/',
      '//',
      'http:',
      'HTTPS:',
      'x.y',
      '\u00a0',
    ],
  );
  const item = fc.array(piece, { maxLength: 14 }).map((p) => p.join(''));
  const groups = (match: RegExpExecArray | null) => (match ? [match[1], match[2]] : undefined);

  it('reads what the patterns read, on random items', () => {
    fc.assert(
      fc.property(item, (text) => {
        expect(angleLink(text)).toEqual(groups(ANGLE.exec(text)));
        expect(parenLink(text)).toEqual(groups(PAREN.exec(text)));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads the name and link of the four forms, and nothing else', () => {
    expect(angleLink('Hao He  <https://example.org/hao>')).toEqual([
      'Hao He',
      'https://example.org/hao',
    ]);
    expect(parenLink('Weipeng Zhuo ( //stevezhuo.github.io/ )')).toEqual([
      'Weipeng Zhuo',
      '//stevezhuo.github.io/',
    ]);
    expect(parenLink('Ada Lovelace (Countess)')).toBeUndefined();
    expect(angleLink('Ada <a> Lovelace')).toBeUndefined();
  });

  it('reads a long crafted answer at once', () => {
    // The patterns replaced took 3 and 4 s on 60,000 such characters (GitHub allows 65,536), and
    // would take over a minute on these.
    const n = 100_000;
    const tooLong = (start: string) =>
      expect.stringMatching(
        new RegExp(`^author 1 \\("${start}.*…"\\) is longer than 200 characters$`),
      );
    const started = performance.now();
    expect(parseAuthors(`${'a <'.repeat(n)}x`).problems).toEqual([tooLong('a <a <')]);
    expect(parseAuthors(`${'(//'.repeat(n)}x`).problems).toEqual([tooLong('\\(//\\(//')]);
    // A bound no busy machine reaches, and the replaced patterns overrun many times.
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
