import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LINE_BREAK,
  DEFAULT_TEMPLATE,
  mustParseEntryTemplate,
  parseEntryTemplate,
  PLACEHOLDERS,
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
    ).toMatch(/only place \{label\} and \{url\}/);
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
