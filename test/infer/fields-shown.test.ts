import { describe, expect, it } from 'vitest';
import { fieldsRequired, fieldsUsed } from '../../src/infer/fields-shown.js';
import { readPaperList } from '../../src/list/read-paper-list.js';
import { listFormatOf } from '../../src/list/list-format.js';
import {
  DEFAULT_LINK_FORMAT,
  DEFAULT_TEMPLATE,
  mustParseEntryTemplate,
} from '../../src/paper/entry-template.js';

function formatWith(template: string, dateHeadings = false) {
  return listFormatOf({
    template,
    lineBreak: ' <Br>',
    links: DEFAULT_LINK_FORMAT,
    dateHeadings,
    order: 'newest-first',
    sectionOrders: {},
    excludeSections: [],
  });
}

/** The fields a template's entries show. */
function used(template: string, dateHeadings = false): string[] {
  const format = formatWith(template, dateHeadings);
  return [...fieldsUsed([mustParseEntryTemplate(template)], format)].sort();
}

describe('fieldsUsed', () => {
  it('always asks the title and the section', () => {
    expect(used('- {title}')).toEqual(['section', 'title']);
  });

  it('asks the fields the placeholders show, optional parts included', () => {
    expect(used('- [{title}]({paper}), {authors}{[, {venue}]}')).toEqual([
      'authors',
      'paper',
      'section',
      'title',
      'venue',
    ]);
    expect(used('* **{abbreviation}**: "{title}"{links}')).toEqual([
      'abbreviation',
      'links',
      'paper',
      'section',
      'title',
    ]);
  });

  it('asks the venue for a year, and the short name, rating and notes for the tail', () => {
    expect(used('- {title} ({year})')).toEqual(['section', 'title', 'venue']);
    expect(used(DEFAULT_TEMPLATE)).toEqual([
      'abbreviation',
      'authors',
      'links',
      'notes',
      'paper',
      'rating',
      'section',
      'title',
      'venue',
    ]);
  });

  it('asks nothing for the number, and the venue under date headings', () => {
    expect(used('{number}. {title}')).toEqual(['section', 'title']);
    expect(used('- {title}', true)).toEqual(['section', 'title', 'venue']);
  });

  it('joins the fields of several templates (one per table head)', () => {
    const format = formatWith('| {title} |');
    const templates = ['| {title} | {authors} |', '| {title} | {venue} |'].map((t) =>
      mustParseEntryTemplate(t),
    );
    expect([...fieldsUsed(templates, format)].sort()).toEqual([
      'authors',
      'section',
      'title',
      'venue',
    ]);
  });
});

describe('fieldsRequired', () => {
  const list = (template: string) => {
    const format = formatWith(template);
    const text = '# Papers\n\n## Planning\n';
    return [...fieldsRequired(readPaperList([{ path: 'README.md', text }], format), format)];
  };

  it('requires the short name, rating and notes a template shows outside optional parts', () => {
    expect(list('* **{abbreviation}**: {title} [{rating}] {notes}')).toEqual([
      'abbreviation',
      'rating',
      'notes',
    ]);
    expect(list('* {[**{abbreviation}**: ]}{title}{[ {notes}]}')).toEqual([]);
    expect(list('* {title}, {authors}, {venue}. [[Paper]({paper})]{links}')).toEqual([]);
    expect(list('| {title} | ![Star](https://img.shields.io/github/stars/{repo}) |')).toEqual([
      'links',
    ]);
  });
});
