import fc from 'fast-check';
import type { Link, List, Paragraph, Strong } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/paper/check-entry-markdown.js';
import { escapeInline, escapeLineStart, escapeUrl } from '../../src/paper/escape-markdown.js';

/** Collapses whitespace runs to one space and trims, as a one-line answer is normalised. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * `- **<escaped>**` parsed: the strong node, checked to be the only content of the only item of
 * the only list.
 */
function strongOf(escaped: string): Strong {
  const root = parseMarkdown(`- **${escaped}**`);
  expect(root.children).toHaveLength(1);
  const list = root.children[0] as List;
  expect(list.type).toBe('list');
  expect(list.children).toHaveLength(1);
  const item = list.children[0]!;
  expect(item.children).toHaveLength(1);
  const paragraph = item.children[0] as Paragraph;
  expect(paragraph.type).toBe('paragraph');
  expect(paragraph.children).toHaveLength(1);
  const strong = paragraph.children[0] as Strong;
  expect(strong.type).toBe('strong');
  return strong;
}

describe('escapeInline', () => {
  it.each([
    ['\\', '\\\\'],
    ['`', '\\`'],
    ['*', '\\*'],
    ['[', '\\['],
    [']', '\\]'],
    ['<', '\\<'],
    ['~', '\\~'],
    ['|', '\\|'],
    ['$', '\\$'],
    ['_', '\\_'],
  ])('escapes the Markdown-active %j', (char, escaped) => {
    expect(escapeInline(`a ${char} b`)).toBe(`a ${escaped} b`);
    expect(toString(strongOf(escapeInline(`a ${char} b`)))).toBe(`a ${char} b`);
  });

  it('escapes whole constructs so that they render as typed', () => {
    const cases: [string, string][] = [
      ['**bold**', '\\*\\*bold\\*\\*'],
      ['_em_', '\\_em\\_'],
      ['`code`', '\\`code\\`'],
      ['~~strike~~', '\\~\\~strike\\~\\~'],
      ['[link](https://example.org)', '\\[link\\](<https://example.org>)'],
      // Bare URLs become autolinks, so no escape lands inside them.
      ['see https://www.cs.toronto.edu/~vmnih/.', 'see <https://www.cs.toronto.edu/~vmnih/>.'],
      ['(code: https://x.org/a_(b)_c)', '(code: <https://x.org/a_(b)_c>)'],
      ['http://x.com/*a*', '<http://x.com/*a>\\*'],
      ['![img](https://example.org/x.png)', '!\\[img\\](<https://example.org/x.png>)'],
      ['<script>alert(1)</script>', '\\<script>alert(1)\\</script>'],
      ['<https://example.org>', '\\<<https://example.org>>'],
      ['a | b', 'a \\| b'],
      ['$x^2$', '\\$x^2\\$'],
      ['[^1]', '\\[^1\\]'],
    ];
    for (const [text, escaped] of cases) {
      expect(escapeInline(text), text).toBe(escaped);
      expect(toString(strongOf(escapeInline(text))), text).toBe(text);
    }
  });

  it('keeps an underscore inside a word, in any script', () => {
    for (const word of ['snake_case', 'a_1', 'x_y_z', '日本_語', 'Ünï_cödé']) {
      expect(escapeInline(word)).toBe(word);
      expect(toString(strongOf(escapeInline(word)))).toBe(word);
    }
    expect(escapeInline('_lead trail_ mid_dle')).toBe('\\_lead trail\\_ mid_dle');
  });

  it('escapes entity-like references but keeps a bare ampersand', () => {
    expect(escapeInline('&copy;')).toBe('\\&copy;');
    expect(escapeInline('&#169;')).toBe('\\&#169;');
    expect(escapeInline('&#x41;')).toBe('\\&#x41;');
    expect(escapeInline('Tom & Jerry')).toBe('Tom & Jerry');
    expect(escapeInline('R&D')).toBe('R&D');
    expect(escapeInline('&amp')).toBe('&amp');
    for (const text of ['&copy; &#169; &#x41; &amp;', 'Tom & Jerry']) {
      expect(toString(strongOf(escapeInline(text)))).toBe(text);
    }
  });

  it('leaves ordinary text, including punctuation that is only active at a line start, alone', () => {
    const text = 'Run, Don’t Walk: Chasing 2x FLOPS (v2) #1 > 2 + 3 = 5 - 6! 中文 🔥';
    expect(escapeInline(text)).toBe(text);
  });

  it('renders any one-line text as exactly that text inside the strong title', () => {
    // One-line answers are collapsed and trimmed before they are formatted, so the generated text
    // has no control characters and no whitespace at either end. GFM autolink literals (`www.`,
    // `http://`, `mailto:`) are left out: escapes inside them are not undone by the parser.
    const markdown = fc.constantFrom(
      ...'\\`*_[]<>~|$&#!()-+=.:;{}"\'/^%@'.split(''),
      '**',
      '__',
      '&copy;',
      '&#169;',
      '&#x41;',
      '1.',
      '1)',
      '<Br>',
      '```',
      '[x](y)',
      ' ',
      '\t',
      '\u00A0',
      '\u3000',
      'snake_case',
      'é',
      '中文',
      '🔥',
    );
    const piece = fc.oneof(markdown, fc.string({ unit: 'grapheme', maxLength: 4 }));
    const line = fc
      .array(piece, { maxLength: 16 })
      .map((pieces) => collapse(pieces.join('').replace(/\p{Cc}/gu, '')))
      .filter((text) => text !== '' && !/www\.|:\/\/|(?:mailto|xmpp):/i.test(text));
    fc.assert(
      fc.property(line, (text) => {
        expect(collapse(toString(strongOf(escapeInline(text))))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('escapeLineStart', () => {
  /** An entry whose second line is the given text: the list item and its text. */
  function entryWithLine(line: string) {
    const root = parseMarkdown(`- **Title** <Br>\n${line}`);
    return { blocks: root.children, text: toString(root) };
  }

  it.each([
    ['# heading', '\\# heading'],
    ['###', '\\###'],
    ['- item', '\\- item'],
    ['---', '\\---'],
    ['+ item', '\\+ item'],
    ['> quote', '\\> quote'],
    ['===', '\\==='],
    ['1. item', '1\\. item'],
    ['1) item', '1\\) item'],
    ['123456789. item', '123456789\\. item'],
    ['* item', '\\* item'],
    ['```js', '\\`\\`\\`js'],
    ['~~~', '\\~\\~\\~'],
    ['<div>', '\\<div>'],
    ['| a | b |', '\\| a \\| b \\|'],
    ['[ref]: https://example.org', '\\[ref\\]: <https://example.org>'],
  ])('escapes a line starting %j', (line, escaped) => {
    expect(escapeLineStart(line)).toBe(escaped);
    const { blocks, text } = entryWithLine(escapeLineStart(line));
    expect(blocks).toHaveLength(1);
    expect((blocks[0] as List).children).toHaveLength(1);
    expect(text).toBe(`Title <Br>\n${line}`);
  });

  it.each(['# heading', '- item', '+ item', '> quote', '1. item', '1) item'])(
    'is needed: an unescaped %j would leave the entry',
    (line) => {
      const { blocks } = entryWithLine(line);
      const list = blocks[0] as List;
      expect(blocks.length > 1 || list.children.length > 1).toBe(true);
    },
  );

  it('leaves lines that start no block alone', () => {
    for (const line of [
      '2023 was a good year',
      '1234567890. too long for a list number',
      'ok # not a heading',
      'a - b',
      '中文 notes',
      '🔥',
    ]) {
      expect(escapeLineStart(line)).toBe(line);
    }
  });

  it('escapes the rest of the line as escapeInline does', () => {
    expect(escapeLineStart('# **bold** and snake_case')).toBe(
      '\\# \\*\\*bold\\*\\* and snake_case',
    );
  });
});

describe('escapeUrl', () => {
  it('leaves an ordinary absolute URL unchanged', () => {
    for (const url of [
      'https://github.com/JierunChen/FasterNet',
      'https://www.cs.toronto.edu/~vmnih/',
      'https://scholar.google.com/citations?hl=zh-CN&user=4oXBp9UAAAAJ',
      'http://mipal.snu.ac.kr/index.php/Main_Page',
      'https://example.org/a%20b#frag',
      'https://例え.jp/ü',
    ]) {
      expect(escapeUrl(url)).toBe(url);
    }
  });

  it('percent-encodes what would end or break a link destination', () => {
    expect(escapeUrl('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(escapeUrl('https://example.org/a(b)')).toBe('https://example.org/a%28b%29');
    expect(escapeUrl('https://example.org/<x>"y"`z`\\')).toBe(
      'https://example.org/%3Cx%3E%22y%22%60z%60%5C',
    );
    expect(escapeUrl('https://example.org/\u0001\t\n')).toBe('https://example.org/%01%09%0A');
  });

  it('keeps a link one link to the whole url', () => {
    const url = 'https://example.org/a) [b](javascript:alert(1)';
    const root = parseMarkdown(`[x](${escapeUrl(url)})`);
    const paragraph = root.children[0] as Paragraph;
    expect(paragraph.children).toHaveLength(1);
    const link = paragraph.children[0] as Link;
    expect(link.type).toBe('link');
    expect(decodeURIComponent(link.url)).toBe(url);
  });
});
