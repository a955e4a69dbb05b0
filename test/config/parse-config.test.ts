import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS } from '../../src/config/config-schema.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { defaultConfig } from '../../src/config/config.js';

describe('parseConfig: autofill', () => {
  it('fills missing answers from the paper link by default', () => {
    expect(defaultConfig().autofill).toBe('fill-missing');
    expect(CONFIG_KEYS).toContain('autofill');
  });

  it.each(['fill-missing', 'verify', 'off'] as const)('takes "%s"', (mode) => {
    const parsed = parseConfig(`autofill: ${mode}\n`);
    expect(parsed).toMatchObject({ ok: true, config: { autofill: mode } });
  });

  it('refuses another value, naming the key and the modes', () => {
    expect(parseConfig('autofill: always\n', 'cfg.yml')).toEqual({
      ok: false,
      errors: ['cfg.yml: "autofill" must be one of fill-missing, verify, off'],
    });
    expect(parseConfig('autofill: true\n', 'cfg.yml')).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^cfg\.yml: "autofill" must be one of fill-missing/)],
    });
  });
});

describe('parseConfig: list format keys', () => {
  it('takes every key of the list format', () => {
    const text = [
      'template: "| [{title}]({paper}) | {year} |"',
      'columns:',
      '  Title: "[{title}]({paper})"',
      '  Year: "{year}"',
      'link-format: " [{label}]({url})"',
      'link-separator: ", "',
      'author-separator: "; "',
      'last-author-separator: " and "',
      'date-headings: true',
      'order: title',
      'section-order:',
      '  Old Papers: oldest-first',
      '  Misc: none',
      'order-by-month: true',
      'preprints: last-of-their-date',
      'relative-links: false',
      '',
    ].join('\n');
    const parsed = parseConfig(text);
    expect(parsed).toMatchObject({
      ok: true,
      config: {
        template: '| [{title}]({paper}) | {year} |',
        columns: { Title: '[{title}]({paper})', Year: '{year}' },
        'link-format': ' [{label}]({url})',
        'link-separator': ', ',
        'author-separator': '; ',
        'last-author-separator': ' and ',
        'date-headings': true,
        order: 'title',
        'section-order': { 'Old Papers': 'oldest-first', Misc: 'none' },
        'order-by-month': true,
        preprints: 'last-of-their-date',
        'relative-links': false,
      },
    });
    for (const key of [
      'columns',
      'link-format',
      'link-separator',
      'author-separator',
      'last-author-separator',
      'date-headings',
      'section-order',
      'order-by-month',
      'preprints',
      'relative-links',
    ]) {
      expect(CONFIG_KEYS).toContain(key);
    }
  });

  it('leaves what the list shows to inference: no template, order or format keys by default', () => {
    const config = defaultConfig();
    for (const key of [
      'template',
      'order',
      'columns',
      'link-format',
      'link-separator',
      'author-separator',
      'last-author-separator',
      'date-headings',
      'order-by-month',
      'preprints',
      'relative-links',
    ] as const) {
      expect(config[key], key).toBeUndefined();
    }
    expect(config['section-order']).toEqual({});
  });

  it.each([
    ['date-headings: yes\n', '"date-headings" must be a boolean'],
    ['date-headings: "true"\n', '"date-headings" must be a boolean'],
    ['order-by-month: 1\n', '"order-by-month" must be a boolean'],
    ['relative-links: "no"\n', '"relative-links" must be a boolean'],
    ['link-format: 3\n', '"link-format" must be a string'],
    ['link-separator: 3\n', '"link-separator" must be a string'],
    ['author-separator: 1\n', '"author-separator" must be a string'],
    [
      'link-images:\n  GitHub: "javascript:alert(1)"\n',
      '"link-images.GitHub" a badge must be an https:// image address without blanks or brackets',
    ],
    ['last-author-separator: [x]\n', '"last-author-separator" must be a string'],
    ['columns:\n  Title: 3\n', '"columns.Title" must be a string'],
    [
      'section-order:\n  Old: sideways\n',
      '"section-order.Old" must be one of newest-first, oldest-first, title, none',
    ],
    ['order: sideways\n', '"order" must be one of newest-first, oldest-first, title, none'],
    ['preprints: first\n', '"preprints" must be one of mixed, last-of-their-date, last'],
    [
      'template: "{title}"\n',
      '"template" the template must start with literal text (such as "- **") that marks where an entry begins',
    ],
  ])('refuses %j, naming the key', (text, message) => {
    expect(parseConfig(text, 'cfg.yml')).toEqual({ ok: false, errors: [`cfg.yml: ${message}`] });
  });

  it('takes the badges of links shown as badges', () => {
    const text = [
      'link-format: "[![{label}]({image})]({url})"',
      'link-separator: " <br /> "',
      'link-images:',
      '  GitHub: "https://img.shields.io/github/stars/{repo}?style=flat"',
      '  WEB Page: "https://img.shields.io/badge/WEB-Page-159957.svg"',
    ].join('\n');
    expect(parseConfig(`${text}\n`)).toMatchObject({
      ok: true,
      config: {
        'link-images': {
          GitHub: 'https://img.shields.io/github/stars/{repo}?style=flat',
          'WEB Page': 'https://img.shields.io/badge/WEB-Page-159957.svg',
        },
      },
    });
  });

  it('takes columns with the links of a label, and refuses a column template it cannot use', () => {
    expect(
      parseConfig('columns:\n  Title: "[{title}]({paper})"\n  Data: "{[{links:Data}]|-}"\n'),
    ).toMatchObject({ ok: true, config: { columns: { Data: '{[{links:Data}]|-}' } } });
    expect(
      parseConfig('columns:\n  Data: "{title:Data}"\n  Code: "{[{links}"\n', 'cfg.yml'),
    ).toEqual({
      ok: false,
      errors: [
        'cfg.yml: "columns.Data" {title:Data}: only {links} takes a label, as in {links:Data}',
        'cfg.yml: "columns.Code" an optional part "{[" is not closed with "]}"',
      ],
    });
  });

  it('refuses a template with an unknown placeholder, listing the known ones', () => {
    expect(parseConfig('template: "- **{nope}**"\n', 'cfg.yml')).toEqual({
      ok: false,
      errors: [
        'cfg.yml: "template" unknown placeholder {nope}; use one of {title}, {authors}, {venue}, {year}, {links}, {paper}, {abbreviation}, {rating}, {notes}, {tail}, {number}, {repo}, {arxiv}',
      ],
    });
  });
});
