import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncSectionOptions } from '../../src/form/section-options.js';
import { readFormTemplate } from '../../src/form/read-form-template.js';
import { projectRoot } from '../support/project-root.js';

const FORM = readFileSync(
  path.join(projectRoot(), 'examples/ISSUE_TEMPLATE/new-paper.yml'),
  'utf8',
);
const LIST = [
  'Vision Transformers',
  'Diffusion Models',
  'Efficient Networks',
  'Self-Supervised Learning',
];

/** Options match sections after trimming and case folding, as the bot matches answers. */
function sync(text: string, sections: readonly string[]) {
  const result = syncSectionOptions(text, sections, (option) =>
    sections.find((s) => s.toLowerCase() === option.trim().toLowerCase()),
  );
  if (!result.ok) throw new Error(result.error);
  return result.edit;
}

/** The Section options the edited form offers, as GitHub reads them. */
function options(text: string): readonly string[] {
  const read = readFormTemplate(text);
  if (!('fields' in read)) throw new Error(read.error);
  return read.fields.find((f) => f.id === 'section')!.options!;
}

/** A form whose Section options are the given lines (indented as in the example). */
function formWith(lines: string): string {
  return [
    'name: New paper # the form',
    'body:',
    '  - type: dropdown',
    '    id: section',
    '    attributes:',
    '      label: Section',
    '      options:',
    lines,
    '    validations:',
    '      required: true # keep',
    '',
  ].join('\n');
}

describe('syncSectionOptions', () => {
  it('refuses to move options under a default, which is an index into them', () => {
    const text = formWith(
      '        - Gone\n        - Vision Transformers\n        - Diffusion Models',
    ).replace('      label: Section\n', '      label: Section\n      default: 2\n');
    const result = syncSectionOptions(text, ['Vision Transformers', 'Diffusion Models'], (o) =>
      ['Vision Transformers', 'Diffusion Models'].find((s) => s === o.trim()),
    );
    expect(result).toEqual({
      ok: false,
      error: 'the Section dropdown sets a default, which an edit of its options would shift',
    });
  });

  it('leaves a form whose options name every section byte for byte', () => {
    const edit = sync(FORM, LIST);
    expect(edit).toEqual({ text: FORM, added: [], removed: [] });
  });

  it('adds a new section after its predecessor in the list, changing only that line', () => {
    const sections = [...LIST.slice(0, 2), 'Graph Networks', ...LIST.slice(2)];
    const edit = sync(FORM, sections);
    expect(edit.added).toEqual(['Graph Networks']);
    expect(edit.text).toBe(
      FORM.replace(
        '        - Diffusion Models\n',
        '        - Diffusion Models\n        - Graph Networks\n',
      ),
    );
    expect(options(edit.text)).toEqual(sections);
  });

  it('drops the line of an option that names no section, and keeps comments', () => {
    const text = formWith(
      [
        '        - Alpha # the first',
        '        # Beta was retired',
        '        - Beta',
        '        - Gamma',
      ].join('\n'),
    );
    const edit = sync(text, ['Alpha', 'Gamma']);
    expect(edit.removed).toEqual(['Beta']);
    expect(edit.text).toBe(
      formWith(
        ['        - Alpha # the first', '        # Beta was retired', '        - Gamma'].join('\n'),
      ),
    );
  });

  it('renames by dropping the old option and adding the new one in its place', () => {
    const edit = sync(FORM, ['Visual Transformers', ...LIST.slice(1)]);
    expect(edit).toMatchObject({
      added: ['Visual Transformers'],
      removed: ['Vision Transformers'],
    });
    expect(options(edit.text)).toEqual(['Visual Transformers', ...LIST.slice(1)]);
    expect(edit.text.split('\n').length).toBe(FORM.split('\n').length);
  });

  it('keeps options that match case-insensitively as they are written', () => {
    const text = formWith(['        - alpha', '        - GAMMA '].join('\n'));
    expect(sync(text, ['Alpha', 'Gamma']).text).toBe(text);
  });

  it('puts a section no earlier section precedes first, and several new ones in list order', () => {
    const text = formWith('        - Gamma');
    const edit = sync(text, ['Alpha', 'Beta', 'Gamma', 'Delta']);
    expect(options(edit.text)).toEqual(['Alpha', 'Beta', 'Gamma', 'Delta']);
    expect(edit.added).toEqual(['Alpha', 'Beta', 'Delta']);
  });

  it('keeps CRLF line endings', () => {
    const crlf = FORM.replace(/\n/g, '\r\n');
    const edit = sync(crlf, [...LIST, 'Graph Networks']);
    expect(edit.text).toBe(
      crlf.replace(
        '        - Self-Supervised Learning\r\n',
        '        - Self-Supervised Learning\r\n        - Graph Networks\r\n',
      ),
    );
    expect(edit.text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('quotes new options like the existing ones, and whenever YAML would misread them', () => {
    const single = formWith(["        - 'Alpha'", "        - 'Beta'"].join('\n'));
    expect(sync(single, ['Alpha', 'Beta', "Graphs: Bob's"]).text).toContain(
      "        - 'Graphs: Bob''s'\n",
    );
    const double = formWith(['        - "Alpha"'].join('\n'));
    expect(sync(double, ['Alpha', 'Beta']).text).toContain('        - "Beta"\n');
    const plain = formWith('        - Alpha');
    const edit = sync(plain, ['Alpha', 'Beta', 'C: D', '2023', 'yes', '#tag', 'x #y']);
    expect(edit.text).toContain('        - Beta\n');
    expect(edit.text).toContain("        - 'C: D'\n");
    expect(edit.text).toContain("        - '2023'\n");
    expect(options(edit.text)).toEqual(['Alpha', 'Beta', 'C: D', '2023', 'yes', '#tag', 'x #y']);
  });

  it('rewrites options written in brackets', () => {
    const text = formWith('').replace('options:\n\n', 'options: [Alpha, "Old one"]\n');
    const edit = sync(text, ['Alpha', 'Beta']);
    expect(edit.text).toBe(text.replace('[Alpha, "Old one"]', '[Alpha, Beta]'));
  });

  it('keeps a form without a final newline without one', () => {
    const text = formWith(['        - Alpha', '        - Old'].join('\n')).replace(
      /\n {4}validations:\n {6}required: true # keep\n$/,
      '',
    );
    const edit = sync(text, ['Alpha', 'Beta']);
    expect(edit.text.endsWith('- Beta')).toBe(true);
    expect(options(edit.text.replace(/$/, '\n    validations:\n      required: true\n'))).toEqual([
      'Alpha',
      'Beta',
    ]);
  });

  it('refuses forms it cannot edit safely, saying why', () => {
    const refuse = (text: string) => syncSectionOptions(text, ['A'], () => undefined);
    expect(refuse('body: [')).toEqual({ ok: false, error: 'the issue form is not valid YAML' });
    expect(refuse('body:\n  - type: input\n    id: title\n')).toMatchObject({ ok: false });
    expect(refuse(formWith('        - >-\n          Folded'))).toMatchObject({
      ok: false,
      error: 'the Section options are not plain lines of text',
    });
    expect(refuse(formWith('        [Alpha, # note\n         Beta]'))).toMatchObject({ ok: false });
  });
});
