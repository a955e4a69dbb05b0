import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fieldsUsed, tailorForm } from '../../src/infer/tailor-form.js';
import { listFormatOf } from '../../src/list/list-format.js';
import { SHIPPED_FORM_YAML } from '../../src/form/shipped-form.js';
import {
  DEFAULT_LINK_FORMAT,
  DEFAULT_TEMPLATE,
  mustParseEntryTemplate,
} from '../../src/paper/entry-template.js';

interface FormField {
  readonly type: string;
  readonly id?: string;
  readonly attributes: {
    readonly label?: string;
    readonly options?: readonly unknown[];
    readonly description?: string;
    readonly placeholder?: string;
  };
}

function fieldsOf(form: string | undefined): FormField[] {
  expect(form).toBeDefined();
  return (parse(form!) as { body: FormField[] }).body;
}

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

describe('tailorForm', () => {
  it('keeps only the fields asked, in the shipped order, with the markdown intro', () => {
    const form = tailorForm(new Set(['title', 'section', 'venue', 'paper']), ['Vision']);
    expect(fieldsOf(form).map((f) => [f.type, f.id])).toEqual([
      ['markdown', undefined],
      ['input', 'paper'],
      ['input', 'title'],
      ['input', 'venue'],
      ['dropdown', 'section'],
    ]);
  });

  it('names the list’s sections in the Section options, in order', () => {
    const sections = ['Planning: LLMs', '2023', 'C++ & "Rust"', 'Vision Transformers'];
    const form = tailorForm(new Set(['title', 'section']), sections);
    const section = fieldsOf(form).find((f) => f.id === 'section')!;
    expect(section.attributes.options).toEqual(sections);
  });

  it('keeps the rest of the shipped form as it is', () => {
    const all = new Set(['paper', 'title', 'authors', 'venue', 'section', 'links']);
    const more = new Set([...all, 'abbreviation', 'rating', 'notes']);
    const shippedSections = [
      'Vision Transformers',
      'Diffusion Models',
      'Efficient Networks',
      'Self-Supervised Learning',
    ];
    const form = tailorForm(more, shippedSections)!;
    expect(parse(form)).toEqual(parse(SHIPPED_FORM_YAML));
    const shipped = parse(SHIPPED_FORM_YAML) as Record<string, unknown>;
    const tailored = parse(tailorForm(all, shippedSections)!) as Record<string, unknown>;
    expect({ ...tailored, body: undefined }).toEqual({ ...shipped, body: undefined });
    const kept = (shipped.body as FormField[]).filter((f) => f.id === undefined || all.has(f.id));
    expect(tailored.body).toEqual(kept);
  });

  it('shows the list’s own answers as placeholders, and says when its notes are a date', () => {
    const used = new Set(['title', 'section', 'notes', 'abbreviation']);
    const dated = fieldsOf(
      tailorForm(used, ['Papers'], { notes: '2015-02-25', abbreviation: 'ResNet' }),
    );
    const notes = dated.find((f) => f.id === 'notes')!;
    expect(notes.attributes.placeholder).toBe('2015-02-25');
    expect(notes.attributes.description).toMatch(
      /This list notes a date here, such as 2015-02-25\.$/,
    );
    expect(dated.find((f) => f.id === 'abbreviation')!.attributes.placeholder).toBe('ResNet');
    const plain = fieldsOf(tailorForm(used, ['Papers'], { notes: 'partial convolution' }));
    const free = plain.find((f) => f.id === 'notes')!;
    expect(free.attributes.placeholder).toBe('partial convolution');
    expect(free.attributes.description).not.toMatch(/date/);
  });
});
