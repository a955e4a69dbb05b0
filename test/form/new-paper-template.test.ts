import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FORM, FORM_LABEL_DEFAULT } from '../../src/form/default-form.js';
import { readFormTemplate } from '../../src/form/read-form-template.js';
import { SHIPPED_FORM_YAML } from '../../src/form/shipped-form.js';

const TEMPLATE_URL = new URL('../../examples/ISSUE_TEMPLATE/new-paper.yml', import.meta.url);
const text = readFileSync(TEMPLATE_URL, 'utf8');

interface Element {
  type: string;
  id?: string;
  attributes: {
    label?: string;
    description?: string;
    options?: unknown[];
    multiple?: boolean;
    value?: string;
  };
  validations?: { required?: boolean };
}

const form = parse(text) as {
  name?: unknown;
  description?: unknown;
  title?: unknown;
  labels?: unknown;
  body: Element[];
};
const answerable = form.body.filter((element) => element.type !== 'markdown');

describe('examples/ISSUE_TEMPLATE/new-paper.yml', () => {
  it('has the top-level keys of an issue form', () => {
    expect(typeof form.name).toBe('string');
    expect(typeof form.description).toBe('string');
    expect(form.title).toBe('[Paper]: ');
    expect(form.labels).toEqual([FORM_LABEL_DEFAULT]);
    expect(Array.isArray(form.body)).toBe(true);
    expect(form.body[0]?.type).toBe('markdown');
  });

  it('uses only known element types, each with attributes', () => {
    for (const element of form.body) {
      expect(['markdown', 'input', 'textarea', 'dropdown', 'checkboxes']).toContain(element.type);
      expect(element.attributes).toBeTypeOf('object');
    }
  });

  it('has unique ids made of [a-zA-Z0-9_-] and unique, non-empty labels', () => {
    const ids = answerable.map((element) => element.id);
    for (const id of ids) expect(id).toMatch(/^[a-zA-Z0-9_-]+$/);
    expect(new Set(ids).size).toBe(ids.length);
    const labels = answerable.map((element) => element.attributes.label?.trim());
    for (const label of labels) expect(label).toBeTruthy();
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('has single-select dropdowns with unique options and no "None" option', () => {
    const dropdowns = answerable.filter((element) => element.type === 'dropdown');
    expect(dropdowns.length).toBeGreaterThan(0);
    for (const dropdown of dropdowns) {
      const options = dropdown.attributes.options ?? [];
      expect(options.length).toBeGreaterThan(0);
      for (const option of options) expect(option).toBeTypeOf('string');
      expect(new Set(options).size).toBe(options.length);
      expect(options.map((option) => String(option).trim().toLowerCase())).not.toContain('none');
      expect(dropdown.attributes.multiple ?? false).toBe(false);
    }
  });

  it('requires only the section: the title, authors and venue can come from the paper link', () => {
    const required = answerable
      .filter((element) => element.validations?.required === true)
      .map((element) => element.id);
    expect(required).toEqual(['section']);
  });

  it('asks for the paper link first, and says which fields it can fill', () => {
    expect(answerable[0]?.id).toBe('paper');
    for (const id of ['title', 'authors', 'venue']) {
      const element = answerable.find((e) => e.id === id);
      expect(element?.attributes.description?.replace(/\s+/g, ' ')).toMatch(
        /leave empty to fill from the paper link/i,
      );
    }
  });

  it('reads back as DEFAULT_FORM, so the two cannot drift', () => {
    const result = readFormTemplate(text);
    expect(result).not.toHaveProperty('error');
    if ('error' in result) return;
    const pick = (field: (typeof DEFAULT_FORM)[number]) => ({
      id: field.id,
      type: field.type,
      label: field.label,
      required: field.required,
      options: field.options,
    });
    expect(result.fields.map(pick)).toEqual(DEFAULT_FORM.map(pick));
  });
});

describe('the form init tailors', () => {
  it('is the shipped form, byte for byte', () => {
    expect(SHIPPED_FORM_YAML).toBe(text);
  });
});
