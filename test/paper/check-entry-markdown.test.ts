import { describe, expect, it } from 'vitest';
import { checkEntryMarkdown, parseMarkdown } from '../../src/paper/check-entry-markdown.js';
import { templateHtml } from '../../src/paper/template-html.js';
import {
  DEFAULT_LINE_BREAK,
  DEFAULT_TEMPLATE,
  mustParseEntryTemplate,
} from '../../src/paper/entry-template.js';
import { formatEntry } from '../../src/paper/format-entry.js';
import type { Paper } from '../../src/paper/paper.js';

const ALLOWED = templateHtml(DEFAULT_TEMPLATE, DEFAULT_LINE_BREAK);

const PAPER: Paper = {
  title: 'Run, Don’t Walk: Chasing Higher FLOPS for Faster Neural Networks',
  authors: [{ name: 'Jierun Chen', url: 'https://jierunchen.github.io/' }, { name: 'Hao He' }],
  venue: 'CVPR 2023',
  date: { year: 2023 },
  section: 'Network',
  paperUrl: 'https://arxiv.org/abs/2303.03667',
  links: [{ label: 'Pytorch-Code', url: 'https://github.com/JierunChen/FasterNet' }],
  abbreviation: 'FasterNet',
  rating: '★☆',
  notes: ['partial convolution', 'second line'],
};

const ENTRY = formatEntry(PAPER, mustParseEntryTemplate(DEFAULT_TEMPLATE));

describe('parseMarkdown', () => {
  it('parses GFM (tables, strikethrough)', () => {
    const root = parseMarkdown('| a |\n| - |\n| b |\n\n~~x~~');
    expect(root.children.map((n) => n.type)).toEqual(['table', 'paragraph']);
    expect((root.children[1] as { children: { type: string }[] }).children[0]!.type).toBe('delete');
  });
});

describe('checkEntryMarkdown', () => {
  it('accepts a formatted entry', () => {
    expect(checkEntryMarkdown(ENTRY, ALLOWED)).toEqual([]);
  });

  it('accepts the template tags in any case', () => {
    expect(checkEntryMarkdown('- **T** <BR>\nA <br>\n[CVPR 2023]', ALLOWED)).toEqual([]);
  });

  it.each([
    ['a <script> tag', `${ENTRY} <script>alert(1)</script>`, /HTML "<script>"/],
    ['an <img> tag', `${ENTRY} <img src=x onerror=alert(1)>`, /HTML "<img/],
    ['a <br/> the template does not write', `${ENTRY} <br/>`, /HTML "<br\/>"/],
    [
      'a javascript: link',
      `${ENTRY} [[Code](javascript:alert(1))]`,
      /links to "javascript:alert\(1\)"/,
    ],
    ['a relative link', `${ENTRY} [x](/x)`, /links to "\/x"/],
    ['an image', `${ENTRY} ![x](https://example.org/x.png)`, /holds a image/],
  ])('refuses %s', (_name, entry, problem) => {
    const problems = checkEntryMarkdown(entry, ALLOWED);
    expect(
      problems.some((p) => problem.test(p)),
      problems.join('; '),
    ).toBe(true);
  });

  it('accepts a GitHub star badge only where the template shows one, and no other image', () => {
    const star =
      '![Star](https://img.shields.io/github/stars/ada/tool.svg?style=social&label=Star)';
    const entry = (image: string) => `| ${image} <br> [**Title**](https://arxiv.org/abs/1) |`;
    expect(checkEntryMarkdown(entry(star), ALLOWED, { starBadges: true })).toEqual([]);
    expect(checkEntryMarkdown(entry(star), ALLOWED)).toEqual(['holds a image']);
    expect(
      checkEntryMarkdown(entry('![x](https://evil.example/t.png)'), ALLOWED, { starBadges: true }),
    ).toEqual(['holds a image']);
  });

  it('accepts an image the template writes as it is, and no other', () => {
    const badge = 'https://img.shields.io/badge/arXiv-b31b1b.svg';
    const entry = (image: string) =>
      `| [Title](https://arxiv.org/abs/1) | [${image}](https://arxiv.org/abs/1) |`;
    const images = new Set([badge]);
    expect(checkEntryMarkdown(entry(`![arXiv](${badge})`), ALLOWED, { images })).toEqual([]);
    expect(checkEntryMarkdown(entry(`![arXiv](${badge})`), ALLOWED)).toEqual(['holds a image']);
    expect(
      checkEntryMarkdown(entry('![arXiv](https://evil.example/t.png)'), ALLOWED, { images }),
    ).toEqual(['holds a image']);
  });

  it('accepts a link with no address only where the template writes one (`[[PDF]]()`)', () => {
    const entry = '- **A Title.** Ann Lee [[PDF]]()';
    expect(checkEntryMarkdown(entry, ALLOWED, { emptyLinks: true })).toEqual([]);
    expect(checkEntryMarkdown(entry, ALLOWED)).toEqual(['links to ""']);
    expect(
      checkEntryMarkdown('- A [x](javascript:alert(1))', ALLOWED, { emptyLinks: true }),
    ).toEqual(['links to "javascript:alert(1)"']);
  });

  it('refuses a reference definition', () => {
    expect(checkEntryMarkdown('- [x]: https://evil.example', ALLOWED)).toEqual([
      'holds a definition',
    ]);
    const problems = checkEntryMarkdown(`${ENTRY}\n\n[x]: https://evil.example`, ALLOWED);
    expect(problems).toContain('holds a definition');
    expect(problems).toContain('is 2 blocks, not one');
  });

  it('refuses a reference link to a definition', () => {
    const problems = checkEntryMarkdown('- **T** [x][y]\n\n[y]: https://example.org', ALLOWED);
    expect(problems).toContain('holds a linkReference');
  });

  it('refuses a second list item', () => {
    expect(checkEntryMarkdown(`${ENTRY}\n- **Another** <Br>`, ALLOWED)).toEqual([
      'is 2 list items, not one',
    ]);
  });

  it('refuses a nested list', () => {
    expect(checkEntryMarkdown('- **T** <Br>\n  - nested', ALLOWED)).toEqual([
      'holds a nested list',
    ]);
  });

  it.each([
    ['a heading', `${ENTRY}\n# Heading`, 'holds a heading'],
    ['a block quote', `${ENTRY}\n> quote`, 'holds a blockquote'],
    ['a code block', `${ENTRY}\n\`\`\`\ncode\n\`\`\``, 'holds a code'],
    ['a thematic break', `${ENTRY}\n\n***`, 'holds a thematicBreak'],
    ['a footnote', `${ENTRY} [^1]\n\n[^1]: note`, 'holds a footnoteDefinition'],
  ])('refuses %s', (_name, entry, problem) => {
    const problems = checkEntryMarkdown(entry, ALLOWED);
    expect(problems).toContain(problem);
    expect(problems.some((p) => /blocks, not one$/.test(p))).toBe(true);
  });

  it('refuses text that is not one block', () => {
    expect(checkEntryMarkdown('', ALLOWED)).toEqual(['is 0 blocks, not one']);
    expect(checkEntryMarkdown('one\n\ntwo', ALLOWED)).toEqual(['is 2 blocks, not one']);
  });

  // SPEC 2: notes are free text; only a new list item, heading, HTML tag, `javascript:` link or
  // reference definition must not come out of an answer. A note that mentions an e-mail address
  // is none of those, so a valid paper with one must format to an entry this check accepts.
  // Today GFM turns the address into a `mailto:` autolink and the check refuses the entry, which
  // makes `planAddition` reject a valid issue.
  it('accepts the formatted entry of a paper whose notes mention an e-mail address', () => {
    const entry = formatEntry(
      { ...PAPER, notes: ['questions to jierun.chen@example.org'] },
      mustParseEntryTemplate(DEFAULT_TEMPLATE),
    );
    expect(checkEntryMarkdown(entry, ALLOWED)).toEqual([]);
  });
});

describe('checkEntryMarkdown for entries that are headings', () => {
  const HEADED =
    '##### [Maxout Networks]\n- Maxout Networks [[arXiv]](https://arxiv.org/abs/1302.4389)\n- *Ian J. Goodfellow*';

  it("accepts the heading of the list's level and one block under it", () => {
    expect(checkEntryMarkdown(HEADED, ALLOWED, { headingEntries: 5 })).toEqual([]);
  });

  it('refuses a heading of another level, a second heading, or a second block', () => {
    expect(checkEntryMarkdown(HEADED, ALLOWED, { headingEntries: 3 })).toEqual([
      'does not open with a heading of level 3',
    ]);
    expect(checkEntryMarkdown(`${HEADED}\n## Other`, ALLOWED, { headingEntries: 5 })).toEqual([
      'is 2 blocks under its heading',
      'holds a heading',
    ]);
    expect(checkEntryMarkdown(`${HEADED}\n\n> quote`, ALLOWED, { headingEntries: 5 })).toEqual([
      'is 2 blocks under its heading',
      'holds a blockquote',
    ]);
  });

  it('still refuses a heading in entries of other lists', () => {
    expect(checkEntryMarkdown(HEADED, ALLOWED)).toEqual([
      'is 2 blocks, not one',
      'holds a heading',
      'holds a nested list',
    ]);
  });
});
