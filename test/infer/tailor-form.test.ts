import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { tailorForm } from '../../src/infer/tailor-form.js';
import { SHIPPED_FORM_YAML } from '../../src/form/shipped-form.js';

interface FormField {
  readonly type: string;
  readonly id?: string;
  readonly attributes: {
    readonly label?: string;
    readonly options?: readonly unknown[];
    readonly description?: string;
    readonly placeholder?: string;
  };
  readonly validations?: { readonly required?: boolean };
}

function fieldsOf(form: string | undefined): FormField[] {
  expect(form).toBeDefined();
  return (parse(form!) as { body: FormField[] }).body;
}

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

  it('requires the fields every entry shows, and only those', () => {
    const used = new Set(['title', 'section', 'notes', 'abbreviation', 'rating']);
    const fields = fieldsOf(tailorForm(used, ['Papers'], {}, new Set(['abbreviation'])));
    const required = fields.filter((f) => f.validations?.required).map((f) => f.id);
    expect(required).toEqual(['section', 'abbreviation']);
  });

  it('names the labels a list shows a badge for, where it shows its links as badges', () => {
    const used = new Set(['title', 'section', 'paper', 'links']);
    const links = (form: string | undefined) =>
      fieldsOf(form).find((f) => f.id === 'links')!.attributes.description;
    const badged = tailorForm(used, ['Papers'], {}, new Set(), [], ['GitHub', 'WEB Page']);
    expect(links(badged)).toContain(
      'This list shows each link as the badge of its label (`GitHub`, `WEB Page`)',
    );
    expect(links(tailorForm(used, ['Papers']))).not.toContain('badge');
  });
});
