// A fast-check arbitrary for messy lists in the default (corpus) format: headings of any level
// (ATX with trailing tabs or closing hashes, setext), entries with years, arXiv YYMM or no date,
// `<Br>`/`<br>`, trailing whitespace, notes lines, indented continuations; free text, rules,
// tables of contents, fences and HTML blocks holding entry look-alikes; blank and whitespace-only
// lines; LF or CRLF; with or without a final newline. It knows which entries and headings the
// text holds, so the list engine's reading can be checked against it.
import fc from 'fast-check';

/** A generated list file and what it is made of. */
export interface GeneratedList {
  readonly text: string;
  readonly eol: '\n' | '\r\n';
  /** Every entry's text (its lines joined by `eol`), in file order. */
  readonly entries: readonly string[];
  /** Every heading opening a section: level and text, in file order. */
  readonly headings: readonly { readonly level: number; readonly text: string }[];
}

type Block =
  | {
      readonly kind: 'heading';
      readonly lines: string[];
      readonly level: number;
      readonly text: string;
    }
  | { readonly kind: 'entry'; readonly lines: string[] }
  | {
      readonly kind: 'other';
      readonly lines: string[];
      /** Entries inside the block, when it holds any. */
      readonly entries?: readonly string[][];
    };

const word = fc.constantFrom(
  'Deep',
  'Sparse',
  'Vision',
  'Transformer',
  'Diffusion',
  'Nets',
  'of',
  'the',
  'C#',
  'Zoë',
  '🚀',
  'ViT-B/16',
  'A\\*',
  '(v2)',
  'شبكة',
);
const words = (min: number, max: number) =>
  fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(' '));
const trailing = fc.constantFrom('', '', '', ' ', '  ', '\t', ' \t');
const lineBreak = fc.constantFrom(' <Br>', ' <Br>', ' <br>', '<br>', ' <Br> ', ' <BR>');

/** A venue: a year, arXiv YYMM (month 01-12), a four-digit arXiv year, or none. */
const venue = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('CVPR', 'ICCV', 'ICLR', 'NeurIPS', 'ECCV'),
      fc.integer({ min: 1995, max: 2030 }),
      fc.constantFrom('', ' Oral', ' Spotlight', ' Best Paper'),
    )
    .map(([v, y, s]) => `${v} ${y}${s}`),
  fc
    .tuple(fc.integer({ min: 0, max: 29 }), fc.integer({ min: 1, max: 12 }))
    .map(([yy, mm]) => `arXiv ${String(yy).padStart(2, '0')}${String(mm).padStart(2, '0')}`),
  fc.constantFrom('arXiv 2016', 'Workshop', 'Tech report', 'arXiv', 'blog post'),
);

/** One entry's lines in the default format, sometimes cut short or with extra notes lines. */
export const entryLines: fc.Arbitrary<string[]> = fc
  .tuple(
    words(1, 6),
    words(1, 4),
    venue,
    fc.constantFrom(
      '',
      ' [[Paper](https://arxiv.org/abs/2301.00001)]',
      ' [[Code](https://github.com/a/b)]',
    ),
    fc.constantFrom('', '[**Net**]', '[**Net**] [★★]', '[★] short note', 'plain note'),
    fc.array(fc.constantFrom('1) second point', 'more notes', '2. third', 'with `code`'), {
      maxLength: 2,
    }),
    fc.integer({ min: 1, max: 4 }),
    fc.array(fc.tuple(lineBreak, trailing), { minLength: 6, maxLength: 6 }),
    fc.boolean(),
  )
  .map(([title, authors, v, links, tail, notes, keep, ends, indented]) => {
    const [e0, e1, e2, e3, e4] = ends as [string, string][];
    const lines = [
      `- **${title}**${e0![0]}${e0![1]}`,
      `${authors}${e1![0]}${e1![1]}`,
      `[${v}]${links}${e2![0]}${e2![1]}`,
    ].slice(0, Math.min(keep, 3));
    if (keep >= 4 && tail !== '') lines.push(`${tail}${notes.length > 0 ? e3![0] : ''}${e3![1]}`);
    notes.forEach((n, i) => lines.push(`${n}${i < notes.length - 1 ? e4![0] : ''}`));
    // A paragraph after a blank line, indented to the item's content, still belongs to it.
    if (indented) lines.push('', '  an indented paragraph of the same item');
    return lines;
  });

/** A dated entry, as the bot would insert it: its lines joined by `\n`. */
export const datedEntry: fc.Arbitrary<string> = fc
  .tuple(
    words(1, 5),
    words(1, 3),
    venue.filter((v) => /\d{4}/.test(v)),
    fc.boolean(),
  )
  .map(([title, authors, v, tail]) =>
    [
      `- **New ${title}** <Br>`,
      `${authors} <Br>`,
      `[${v}] <Br>`,
      ...(tail ? ['[**NEW**] [★★] a new note'] : []),
    ].join('\n'),
  );

const headingText = fc.tuple(words(1, 3), fc.nat({ max: 999 })).map(([w, n]) => `${w} ${n}`);

const atxHeading: fc.Arbitrary<Block> = fc
  .tuple(
    fc.integer({ min: 1, max: 6 }),
    headingText,
    fc.constantFrom('', '', '\t', ' ', ' #', ' ##\t'),
  )
  .map(([level, text, end]) => ({
    kind: 'heading',
    level,
    text,
    lines: [`${'#'.repeat(level)} ${text}${end}`],
  }));

const setextHeading: fc.Arbitrary<Block> = fc
  .tuple(fc.constantFrom(1, 2), headingText, fc.integer({ min: 1, max: 8 }))
  .map(([level, text, n]) => ({
    kind: 'heading',
    level,
    text,
    lines: [text, (level === 1 ? '=' : '-').repeat(n)],
  }));

const other: fc.Arbitrary<Block> = fc
  .constantFrom<string[]>(
    ['Some free text about this section.'],
    ['See also [the survey](https://example.org) and', 'a second line of the same paragraph.'],
    ['**Bold remark** with trailing tab\t'],
    ['---'],
    ['***'],
    ['- [Table of contents](#toc)', '- [Another section](#another-section)'],
    ['1. an ordered list', '2. of things'],
    ['> a quote', '> - **Quoted look-alike** <Br>'],
    ['```', '- **Fake entry in a fence** <Br>', '', '[CVPR 2020] <Br>', '```'],
    ['~~~~markdown', '# not a heading', '- **Fake** <Br>', '~~~~'],
    ['<details>', '<summary>Older papers</summary>', '- **Hidden look-alike** <Br>', '</details>'],
    ['<!-- a comment', '', '- **Commented-out look-alike** <Br>', '-->'],
    ['| a | b |', '| --- | --- |', '| 1 | 2 |'],
  )
  .map((lines) => ({ kind: 'other', lines }));

/** A `<details>` block whose body, after a blank line, holds real entries (Markdown reads them). */
const detailsWithEntries: fc.Arbitrary<Block> = fc
  .array(entryLines, { minLength: 1, maxLength: 3 })
  .map((entries) => ({
    kind: 'other',
    lines: [
      '<details>',
      '<summary>Older papers</summary>',
      ...entries.flatMap((lines) => ['', ...lines]),
      '',
      '</details>',
    ],
    entries,
  }));

const block: fc.Arbitrary<Block> = fc.oneof(
  { weight: 1, arbitrary: detailsWithEntries },
  { weight: 3, arbitrary: atxHeading },
  { weight: 1, arbitrary: setextHeading },
  { weight: 8, arbitrary: entryLines.map((lines): Block => ({ kind: 'entry', lines })) },
  { weight: 3, arbitrary: other },
);

const blankLine = fc.constantFrom('', '', '', ' ', '  ', '\t', ' \t ');

/**
 * Blank lines between two blocks. Most pairs need at least one (a paragraph would otherwise run
 * on, a setext heading would swallow the text above it); an ATX heading or an entry right after
 * an entry or a heading needs none.
 */
function separatorCount(previous: Block | undefined, next: Block): number {
  if (previous === undefined) return 0;
  const atx = (b: Block) => b.kind === 'heading' && b.lines.length === 1;
  // An HTML block such as `<details>` runs up to a blank line, headings included.
  const htmlBlock = previous.kind === 'other' && previous.lines.at(-1) === '</details>';
  if ((atx(next) && !htmlBlock) || previous.kind === 'heading') return 0;
  if (previous.kind === 'entry' && next.kind === 'entry') return 0;
  return 1;
}

export const listArbitrary: fc.Arbitrary<GeneratedList> = fc
  .tuple(
    fc.array(fc.tuple(block, fc.array(blankLine, { maxLength: 3 })), {
      maxLength: 40,
      size: 'medium',
    }),
    fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
    fc.boolean(),
    fc.array(blankLine, { maxLength: 2 }),
  )
  .map(([pieces, eol, finalNewline, leading]) => {
    const lines: string[] = [...leading];
    const entries: string[] = [];
    const headings: { level: number; text: string }[] = [];
    let previous: Block | undefined;
    for (const [b, blanks] of pieces) {
      const needed = separatorCount(previous, b);
      const gap = blanks.length >= needed ? blanks : [...blanks, ''];
      lines.push(...(previous === undefined ? [] : gap));
      if (b.kind === 'entry') entries.push(b.lines.join(eol));
      if (b.kind === 'other') for (const inner of b.entries ?? []) entries.push(inner.join(eol));
      if (b.kind === 'heading') headings.push({ level: b.level, text: b.text });
      lines.push(...b.lines);
      previous = b;
    }
    const text = lines.join(eol) + (finalNewline && lines.length > 0 ? eol : '');
    return { text, eol, entries, headings };
  });
