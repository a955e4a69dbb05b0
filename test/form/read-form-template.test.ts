import { describe, expect, it } from 'vitest';
import { readFormTemplate } from '../../src/form/read-form-template.js';

describe('readFormTemplate', () => {
  it('reads every rendered element in order, checkboxes included, and skips markdown', () => {
    const result = readFormTemplate(`
name: New paper
description: Propose a paper
body:
  - type: markdown
    attributes:
      value: Hello
  - type: input
    id: title
    attributes:
      label: Title
    validations:
      required: true
  - type: checkboxes
    id: terms
    attributes:
      label: Terms
      options:
        - label: I agree
  - type: textarea
    id: bibtex
    attributes:
      label: BibTeX
      render: bibtex
  - type: dropdown
    id: year
    attributes:
      label: Year
      options: [2023, "2024", Other]
    validations:
      required: false
`);
    expect(result).toEqual({
      fields: [
        { id: 'title', type: 'input', label: 'Title', required: true },
        { id: 'terms', type: 'checkboxes', label: 'Terms', required: false, options: ['I agree'] },
        { id: 'bibtex', type: 'textarea', label: 'BibTeX', required: false, render: 'bibtex' },
        {
          id: 'year',
          type: 'dropdown',
          label: 'Year',
          required: false,
          options: ['2023', '2024', 'Other'],
        },
      ],
    });
  });

  it.each([
    ['invalid YAML', 'body: [\n  - type: input\n  id: x', /^the issue form is not valid YAML \(/],
    ['a non-mapping document', '- a\n- b', /^the issue form is not a YAML mapping$/],
    ['an empty document', '', /^the issue form is not a YAML mapping$/],
    ['no body', 'name: x', /^the issue form has no `body` list$/],
    ['a body that is not a list', 'body: {}', /^the issue form has no `body` list$/],
    ['a non-mapping element', 'body: [text]', /^field 1 is not a mapping$/],
    ['an element without type', 'body: [{ id: a }]', /^field 1 has no type$/],
    [
      'an unknown type',
      'body: [{ type: slider, id: a }]',
      /^field 1 has an unknown type "slider"$/,
    ],
    [
      'a checkboxes element without options',
      'body: [{ type: checkboxes, id: a, attributes: { label: A } }]',
      /^field 1 is a checkboxes element without an `options` list$/,
    ],
    [
      'a box without label',
      'body: [{ type: checkboxes, id: a, attributes: { label: A, options: [{ required: true }] } }]',
      /^option 1 of field 1 has no label$/,
    ],
    [
      'a bad id',
      'body: [{ type: input, id: "a b", attributes: { label: A } }]',
      /^field 1 has the id "a b", which is not made of a-z, 0-9, _ and -$/,
    ],
    ['a field without label', 'body: [{ type: input, id: a }]', /^field 1 \("a"\) has no label$/],
    [
      'a blank label',
      'body: [{ type: input, id: a, attributes: { label: "  " } }]',
      /^field 1 \("a"\) has no label$/,
    ],
    [
      'a dropdown without options',
      'body: [{ type: dropdown, id: a, attributes: { label: A } }]',
      /^field 1 is a dropdown without an `options` list$/,
    ],
    [
      'a dropdown with a nested option',
      'body: [{ type: dropdown, id: a, attributes: { label: A, options: [x, [y]] } }]',
      /^option 2 of field 1 is not a single line of text$/,
    ],
    [
      'duplicate ids',
      'body:\n  - { type: input, id: a, attributes: { label: A } }\n  - { type: textarea, id: a, attributes: { label: B } }',
      /^fields 1 and 2 share the id "a"$/,
    ],
    [
      'no answerable field',
      'body: [{ type: markdown, attributes: { value: hi } }]',
      /^the issue form has no fields to answer$/,
    ],
  ])('gives one sentence for %s', (_name, yamlText, message) => {
    const result = readFormTemplate(yamlText);
    expect(result).toEqual({ error: expect.stringMatching(message) });
    if ('error' in result) expect(result.error).not.toContain('\n');
  });

  it('names an element without id by its position, as GitHub allows ids to be left out', () => {
    const result = readFormTemplate(
      'body:\n  - type: markdown\n    attributes: { value: hi }\n  - type: input\n    id: a\n    attributes: { label: A }\n  - type: input\n    attributes: { label: Your affiliation }',
    );
    expect(result).toEqual({
      fields: [
        { id: 'a', type: 'input', label: 'A', required: false },
        { id: 'element-3', type: 'input', label: 'Your affiliation', required: false },
      ],
    });
  });

  it('reads required boxes, which make the checkboxes element required', () => {
    const result = readFormTemplate(`
body:
  - type: checkboxes
    id: checklist
    attributes:
      label: Checklist
      options:
        - label: I searched the list for this paper
          required: true
        - label: I am an author of the paper
`);
    expect(result).toEqual({
      fields: [
        {
          id: 'checklist',
          type: 'checkboxes',
          label: 'Checklist',
          required: true,
          options: ['I searched the list for this paper', 'I am an author of the paper'],
          requiredOptions: ['I searched the list for this paper'],
        },
      ],
    });
  });

  it('never throws, whatever the text', () => {
    for (const text of ['\u0000', '*alias', '&a [*a]', 'body: !!binary xyz', ':', '{{{']) {
      expect(() => readFormTemplate(text)).not.toThrow();
    }
  });

  it('keeps the label as written and ignores render outside textareas', () => {
    const result = readFormTemplate(
      'body: [{ type: input, id: a, attributes: { label: " Spaced ", render: js } }]',
    );
    expect(result).toEqual({
      fields: [{ id: 'a', type: 'input', label: ' Spaced ', required: false }],
    });
  });
});
