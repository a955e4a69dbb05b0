import { describe, expect, it } from 'vitest';
import { compileEntryPattern, matchEntry } from '../../src/list/entry-pattern.js';
import { parseEntryTemplate, mustParseEntryTemplate } from '../../src/paper/entry-template.js';
import { formatEntry } from '../../src/paper/format-entry.js';
import { linkLabels, valueKey } from '../../src/paper/link-labels.js';
import type { Paper } from '../../src/paper/paper.js';

const LINKS = { item: '[{label}]({url})', separator: ' ' };
const ROW = '| [**{title}**]({paper}) | {venue} | {[{links}]|-} | {[{links:Data}]|-} |';
const template = mustParseEntryTemplate(ROW, undefined, LINKS);

const paper = (links: Paper['links']): Paper => ({
  title: 'Distilling Step-by-Step',
  authors: [],
  venue: 'ACL 2023',
  section: 'Papers',
  paperUrl: 'https://arxiv.org/abs/2305.02301',
  links,
  notes: [],
});

describe('{links:Label}', () => {
  it('parses as the links placeholder with a label', () => {
    const cells = template.lines[0]!.filter((p) => p.kind === 'optional');
    expect(cells.map((c) => (c.kind === 'optional' ? c.parts[0] : undefined))).toEqual([
      { kind: 'value', name: 'links' },
      { kind: 'value', name: 'links', label: 'Data' },
    ]);
    expect(linkLabels(template)).toEqual(['Data']);
    expect(valueKey({ kind: 'value', name: 'links', label: 'Data' })).toBe('links:data');
    expect(valueKey({ kind: 'value', name: 'venue' })).toBe('venue');
  });

  it('is refused on another placeholder, or without a label', () => {
    expect(parseEntryTemplate('- {title:Data}')).toEqual({
      error: '{title:Data}: only {links} takes a label, as in {links:Data}',
    });
    expect(parseEntryTemplate('- {title} {links: }')).toMatchObject({
      error: expect.stringContaining('only {links} takes a label'),
    });
  });

  it('writes the links of its label there, spelt as the template spells it, and the others in {links}', () => {
    const written = formatEntry(
      paper([
        { label: 'Github', url: 'https://github.com/google-research/distilling' },
        { label: 'data', url: 'https://huggingface.co/datasets/x' },
      ]),
      template,
    );
    expect(written).toBe(
      '| [**Distilling Step-by-Step**](https://arxiv.org/abs/2305.02301) | ACL 2023 | [Github](https://github.com/google-research/distilling) | [Data](https://huggingface.co/datasets/x) |',
    );
    expect(matchEntry(compileEntryPattern(template), written)).toMatchObject({
      title: 'Distilling Step-by-Step',
      venue: 'ACL 2023',
    });
  });

  it('writes the fallback where no link has its label, and where only such links are', () => {
    expect(formatEntry(paper([{ label: 'Code', url: 'https://c.org' }]), template)).toMatch(
      /\| \[Code\]\(https:\/\/c\.org\) \| - \|$/,
    );
    expect(formatEntry(paper([{ label: 'Data', url: 'https://d.org' }]), template)).toMatch(
      /\| - \| \[Data\]\(https:\/\/d\.org\) \|$/,
    );
  });
});
