import { describe, expect, it } from 'vitest';
import {
  DEFAULT_AUTHOR_FORMAT,
  DEFAULT_LINE_BREAK,
  DEFAULT_LINK_FORMAT,
  DEFAULT_TEMPLATE,
  isNumbered,
  isTableRow,
  leadsWithName,
  mustParseEntryTemplate,
  parseEntryTemplate,
  placedValues,
  PLACEHOLDERS,
  requiredValues,
  type LinkFormat,
} from '../../src/paper/entry-template.js';

function errorOf(source: string, ...rest: [string?, LinkFormat?]): string {
  const parsed = parseEntryTemplate(source, ...rest);
  if (!('error' in parsed)) throw new Error(`expected an error for ${JSON.stringify(source)}`);
  return parsed.error;
}

describe('parseEntryTemplate', () => {
  it('parses the default template into its four lines', () => {
    const template = mustParseEntryTemplate(DEFAULT_TEMPLATE);
    expect(template.source).toBe(DEFAULT_TEMPLATE);
    expect(template.lineBreak).toBe(DEFAULT_LINE_BREAK);
    expect(template.lines).toEqual([
      [
        { kind: 'text', text: '- **' },
        { kind: 'value', name: 'title' },
        { kind: 'text', text: '** <Br>' },
      ],
      [
        { kind: 'value', name: 'authors' },
        { kind: 'text', text: ' <Br>' },
      ],
      [
        { kind: 'text', text: '[' },
        { kind: 'value', name: 'venue' },
        { kind: 'text', text: ']' },
        { kind: 'value', name: 'links' },
        { kind: 'text', text: ' <Br>' },
      ],
      [{ kind: 'value', name: 'tail' }],
    ]);
  });

  it('keeps the given line break', () => {
    expect(mustParseEntryTemplate('- {title} {year}', '<br/>').lineBreak).toBe('<br/>');
  });

  it('reads CRLF line ends and ignores trailing line ends', () => {
    const template = mustParseEntryTemplate('- **{title}**\r\n{venue}\r\n\r\n');
    expect(template.lines).toEqual([
      [
        { kind: 'text', text: '- **' },
        { kind: 'value', name: 'title' },
        { kind: 'text', text: '**' },
      ],
      [{ kind: 'value', name: 'venue' }],
    ]);
  });

  it('accepts every placeholder, and the year in place of the venue', () => {
    const others = PLACEHOLDERS.filter((p) => p !== 'number');
    const source = `{number}. ${others.map((p) => `{${p}}`).join(' ')}`;
    expect('error' in parseEntryTemplate(source)).toBe(false);
    expect('error' in parseEntryTemplate('- **{title}** ({year})')).toBe(false);
  });

  it('refuses an unknown placeholder, naming it and the valid ones', () => {
    const error = errorOf('- **{title}** {venue} {doi}');
    expect(error).toContain('unknown placeholder {doi}');
    for (const name of PLACEHOLDERS) expect(error).toContain(`{${name}}`);
  });

  it('treats braces that hold no lower-case name as literal text', () => {
    const template = mustParseEntryTemplate('- {title} {venue} {} {Title} {2023}');
    expect(template.lines[0]!.filter((p) => p.kind === 'value')).toHaveLength(2);
  });

  it('refuses a template without the title', () => {
    expect(errorOf('- [{venue}] {authors}')).toBe('the template must place the {title}');
    expect(errorOf('- {Title} {venue}')).toBe('the template must place the {title}');
  });

  it('accepts a template without a date: year headings or the order may not need one', () => {
    expect('error' in parseEntryTemplate('- **{title}** {authors}')).toBe(false);
  });

  it('parses optional parts, and refuses them nested, unclosed or without a placeholder', () => {
    const template = mustParseEntryTemplate('* {[**{abbreviation}**: ]}"{title}", {venue}');
    expect(template.lines[0]).toEqual([
      { kind: 'text', text: '* ' },
      {
        kind: 'optional',
        parts: [
          { kind: 'text', text: '**' },
          { kind: 'value', name: 'abbreviation' },
          { kind: 'text', text: '**: ' },
        ],
      },
      { kind: 'text', text: '"' },
      { kind: 'value', name: 'title' },
      { kind: 'text', text: '", ' },
      { kind: 'value', name: 'venue' },
    ]);
    expect(errorOf('* {[a {[{abbreviation}]} ]}{title}')).toMatch(/cannot be nested/);
    expect(errorOf('* {[{abbreviation} {title}')).toMatch(/not closed/);
    expect(errorOf('* {[: ]}{title}')).toMatch(/must hold a placeholder/);
  });

  it('places the number only at the start', () => {
    expect('error' in parseEntryTemplate('{number}. **{title}.** {venue}')).toBe(false);
    expect(errorOf('- {title} {number}')).toMatch(/\{number\} can only start/);
  });

  it('checks the link format', () => {
    expect(errorOf('- {title} {links}', ' <Br>', { item: '[{label}]', separator: ' ' })).toMatch(
      /must place the \{url\}/,
    );
    expect(
      errorOf('- {title} {links}', ' <Br>', { item: '[{title}]({url})', separator: ' ' }),
    ).toMatch(/only place \{label\}, \{url\} and \{image\}/);
  });

  it('refuses a template that does not start with literal text', () => {
    for (const source of ['{title} [{venue}]', '   {title} [{venue}]', '\n- {title} {venue}']) {
      expect(errorOf(source), JSON.stringify(source)).toMatch(/must start with literal text/);
    }
  });
});

describe('mustParseEntryTemplate', () => {
  it('throws with the reason for an invalid template', () => {
    expect(() => mustParseEntryTemplate('{title} {venue}')).toThrow(
      /^invalid entry template: the template must start with literal text/,
    );
  });
});

describe('parseEntryTemplate: optional parts with a fallback', () => {
  it('keeps the text after "|" as what stands in the part\'s place', () => {
    const template = mustParseEntryTemplate('| {title} | {venue} | {[{abbreviation}]|-} |');
    expect(template.lines).toEqual([
      [
        { kind: 'text', text: '| ' },
        { kind: 'value', name: 'title' },
        { kind: 'text', text: ' | ' },
        { kind: 'value', name: 'venue' },
        { kind: 'text', text: ' | ' },
        { kind: 'optional', parts: [{ kind: 'value', name: 'abbreviation' }], fallback: '-' },
        { kind: 'text', text: ' |' },
      ],
    ]);
  });

  it('keeps a fallback of several characters, and sets none for an empty one', () => {
    const longer = mustParseEntryTemplate('- {title} {[({abbreviation})]|n/a} {venue}');
    expect(longer.lines[0]![3]).toEqual({
      kind: 'optional',
      parts: [
        { kind: 'text', text: '(' },
        { kind: 'value', name: 'abbreviation' },
        { kind: 'text', text: ')' },
      ],
      fallback: 'n/a',
    });
    const empty = mustParseEntryTemplate('- {title} {[{abbreviation}]|} x');
    expect(empty.lines[0]![3]).toEqual({
      kind: 'optional',
      parts: [{ kind: 'value', name: 'abbreviation' }],
    });
  });

  it('reads a closing "]}" outside an optional part as literal text', () => {
    expect(mustParseEntryTemplate('- ]} {title}').lines).toEqual([
      [
        { kind: 'text', text: '- ]} ' },
        { kind: 'value', name: 'title' },
      ],
    ]);
  });

  it('refuses a fallback part that is nested, unclosed or holds no placeholder', () => {
    expect(errorOf('| {title} | {[a {[{abbreviation}]|-} ]|-} |')).toBe(
      'optional parts "{[ ... ]}" cannot be nested',
    );
    expect(errorOf('| {title} | {[{abbreviation} |')).toBe(
      'an optional part "{[" is not closed with "]}"',
    );
    expect(errorOf('| {title} | {[n/a]|-} |')).toBe(
      'an optional part "{[ ... ]}" must hold a placeholder, or follow on its line the optional part it goes with',
    );
  });
});

describe('parseEntryTemplate: an optional part of text alone goes with the one before it', () => {
  // BradyFU/Awesome-Multimodal-Large-Language-Models: a star badge and `<br>` open the title cell
  // of the papers with code, and a `<br>` closes it.
  const source =
    '| {[![Star](https://img.shields.io/github/stars/{repo}.svg?style=social&label=Star) <br> ]}[**{title}**]({paper}){[ <br>]} | {venue} |';

  it('parses where an optional part before it on its line holds a value', () => {
    const template = mustParseEntryTemplate(source);
    const optional = template.lines[0]!.filter((p) => p.kind === 'optional');
    expect(
      optional.map((p) =>
        p.parts.map((a) => (a.kind === 'value' ? `{${a.name}}` : a.text)).join(''),
      ),
    ).toEqual([
      '![Star](https://img.shields.io/github/stars/{repo}.svg?style=social&label=Star) <br> ',
      ' <br>',
    ]);
  });

  it('is refused first on its line, or on a line after the part', () => {
    expect(errorOf('| {[<br> ]}{title} |')).toMatch(/or follow on its line/);
    expect(errorOf('- {[**{abbreviation}**: ]}{title}\n  {[more]}')).toMatch(
      /or follow on its line/,
    );
  });
});

describe('parseEntryTemplate: exact error messages', () => {
  it('names the misplaced number, on the first line or a later one', () => {
    const message = 'the {number} can only start the template, as in "{number}. **{title}**"';
    expect(errorOf('- **{title}** {number}')).toBe(message);
    expect(errorOf('{number}. **{title}**\n  {number}')).toBe(message);
  });

  it('asks for literal text after the number', () => {
    const message =
      'the template must start with literal text (such as "- **") that marks where an entry begins';
    expect(errorOf('{number}{title}')).toBe(message);
    expect(errorOf('{number} {title}')).toBe(message);
  });

  it('checks the link format: it must place {url}, and only {label}, {url} and {image}', () => {
    const source = '- {title} {links}';
    expect(errorOf(source, ' <Br>', { item: '[{label}]', separator: ' ' })).toBe(
      'the link format must place the {url}',
    );
    expect(errorOf(source, ' <Br>', { item: '[{label}]({url}) {venue}', separator: '' })).toBe(
      'the link format may only place {label}, {url} and {image}',
    );
    const badges = { item: '[![{label}]({image})]({url})', separator: ' <br /> ' };
    expect(parseEntryTemplate(source, ' <Br>', badges)).not.toHaveProperty('error');
    // {label} may be left out: the link is its bare url.
    expect(
      'error' in parseEntryTemplate(source, ' <Br>', { item: ' <{url}>', separator: '' }),
    ).toBe(false);
  });

  it('keeps the given link and author formats on the parsed template', () => {
    const links = { item: '\n  [[{label}]]({url})', separator: '' };
    const authors = { separator: ', ', last: ', and ' };
    const template = mustParseEntryTemplate('- **{title}**{links}', '<br>', links, authors);
    expect(template.links).toEqual(links);
    expect(template.authors).toEqual(authors);
    expect(mustParseEntryTemplate('- **{title}**').links).toEqual(DEFAULT_LINK_FORMAT);
    expect(mustParseEntryTemplate('- **{title}**').authors).toEqual(DEFAULT_AUTHOR_FORMAT);
  });
});

describe('parseEntryTemplate: the paper link with a label of its own is optional', () => {
  it('makes " [[pdf]]({paper})" an optional part, spaces before it included', () => {
    const template = mustParseEntryTemplate('- **{title}** ({year}), {authors} [[pdf]]({paper})');
    expect(template.lines).toEqual([
      [
        { kind: 'text', text: '- **' },
        { kind: 'value', name: 'title' },
        { kind: 'text', text: '** (' },
        { kind: 'value', name: 'year' },
        { kind: 'text', text: '), ' },
        { kind: 'value', name: 'authors' },
        {
          kind: 'optional',
          parts: [
            { kind: 'text', text: ' [[pdf]](' },
            { kind: 'value', name: 'paper' },
            { kind: 'text', text: ')' },
          ],
        },
      ],
    ]);
  });

  it('takes the closing "]" of "[[Paper]({paper})]" into the part', () => {
    const template = mustParseEntryTemplate('- **{title}** {venue} [[Paper]({paper})]');
    expect(template.lines[0]!.slice(3)).toEqual([
      { kind: 'value', name: 'venue' },
      {
        kind: 'optional',
        parts: [
          { kind: 'text', text: ' [[Paper](' },
          { kind: 'value', name: 'paper' },
          { kind: 'text', text: ')]' },
        ],
      },
    ]);
  });

  it('keeps the literal text around the link outside the part', () => {
    const template = mustParseEntryTemplate('- **{title}** [x] [pdf]({paper}), {venue}');
    expect(template.lines[0]).toEqual([
      { kind: 'text', text: '- **' },
      { kind: 'value', name: 'title' },
      { kind: 'text', text: '** [x]' },
      {
        kind: 'optional',
        parts: [
          { kind: 'text', text: ' [pdf](' },
          { kind: 'value', name: 'paper' },
          { kind: 'text', text: ')' },
        ],
      },
      { kind: 'text', text: ', ' },
      { kind: 'value', name: 'venue' },
    ]);
  });

  it('leaves a title linked to the paper as it is', () => {
    const template = mustParseEntryTemplate('- [{title}]({paper}) {venue}');
    expect(template.lines).toEqual([
      [
        { kind: 'text', text: '- [' },
        { kind: 'value', name: 'title' },
        { kind: 'text', text: '](' },
        { kind: 'value', name: 'paper' },
        { kind: 'text', text: ') ' },
        { kind: 'value', name: 'venue' },
      ],
    ]);
  });
});

describe('placedValues and requiredValues', () => {
  it('counts values in optional parts as placed but not required', () => {
    const template = mustParseEntryTemplate(
      '{number}. **{title}** {[({abbreviation})]} {venue}\n  {[{rating}]|-} {notes}',
    );
    expect([...placedValues(template)]).toEqual([
      'number',
      'title',
      'abbreviation',
      'venue',
      'rating',
      'notes',
    ]);
    expect([...requiredValues(template)]).toEqual(['number', 'title', 'venue', 'notes']);
  });

  it('requires the paper when the title links to it, not when the link has its own label', () => {
    const linkedTitle = mustParseEntryTemplate('- [{title}]({paper}) {venue}');
    expect(requiredValues(linkedTitle).has('paper')).toBe(true);
    const labelled = mustParseEntryTemplate('- **{title}** ({year}), {authors} [[pdf]]({paper})');
    expect(placedValues(labelled).has('paper')).toBe(true);
    expect([...requiredValues(labelled)]).toEqual(['title', 'year', 'authors']);
  });

  it("gives the default template's values", () => {
    const template = mustParseEntryTemplate(DEFAULT_TEMPLATE);
    expect([...placedValues(template)]).toEqual(['title', 'authors', 'venue', 'links', 'tail']);
    expect([...requiredValues(template)]).toEqual(['title', 'authors', 'venue', 'links', 'tail']);
  });
});

describe('isNumbered and isTableRow', () => {
  it('tells a numbered template', () => {
    expect(isNumbered(mustParseEntryTemplate('{number}. **{title}** {venue}'))).toBe(true);
    expect(isNumbered(mustParseEntryTemplate('1. **{title}** {venue}'))).toBe(false);
    expect(isNumbered(mustParseEntryTemplate(DEFAULT_TEMPLATE))).toBe(false);
  });

  it('tells a table row, indented or not', () => {
    expect(isTableRow(mustParseEntryTemplate('| {title} | {venue} |'))).toBe(true);
    expect(isTableRow(mustParseEntryTemplate('  |{title}|{venue}|'))).toBe(true);
    expect(isTableRow(mustParseEntryTemplate('- {title} | {venue}'))).toBe(false);
    expect(isTableRow(mustParseEntryTemplate('{number}. | {title} |'))).toBe(false);
    expect(isTableRow(mustParseEntryTemplate(DEFAULT_TEMPLATE))).toBe(false);
  });
});

describe('leadsWithName', () => {
  const leads = (source: string) => leadsWithName(mustParseEntryTemplate(source));

  it('tells a template that starts every entry with its short name', () => {
    expect(leads('* {abbreviation} - [{title}]({paper})')).toBe(true);
    expect(leads('{number}. **{abbreviation}**: {title}')).toBe(true);
    expect(leads('| {abbreviation} | [{title}]({paper}) |')).toBe(true);
  });

  it('does not where the short name is optional, or comes after the title', () => {
    expect(leads('*{[ **{abbreviation}**:]} "{title}"')).toBe(false);
    expect(leads('- [{title}]({paper}) ({abbreviation})')).toBe(false);
    expect(leads(DEFAULT_TEMPLATE)).toBe(false);
  });
});
