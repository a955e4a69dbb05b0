import { parseDocument } from 'yaml';
import type { FormField, FormFieldType } from './form-field.js';

/** The rendered elements of an issue form, or one sentence saying why it could not be read. */
export type ReadFormTemplateResult = { fields: FormField[] } | { error: string };

/** Element types GitHub renders as `### <label>` in the issue; `markdown` is never rendered. */
const RENDERED: readonly string[] = ['input', 'textarea', 'dropdown', 'checkboxes'];
const ID_PATTERN = /^[a-zA-Z0-9_-]+$/;

/** Signals a template problem; caught in {@link readFormTemplate} and returned as `{ error }`. */
class TemplateError extends Error {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Dropdown options as strings (YAML may read `2023` as a number), or a template error. */
function readOptions(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new TemplateError(`${where} is a dropdown without an \`options\` list`);
  }
  return value.map((option: unknown, index) => {
    if (typeof option === 'string' || typeof option === 'number' || typeof option === 'boolean') {
      return String(option);
    }
    throw new TemplateError(`option ${index + 1} of ${where} is not a single line of text`);
  });
}

/** The boxes of a checkboxes element: each `{ label, required }`. */
function readBoxes(value: unknown, where: string): { options: string[]; required: string[] } {
  if (!Array.isArray(value) || value.length === 0) {
    throw new TemplateError(`${where} is a checkboxes element without an \`options\` list`);
  }
  const boxes = value.map((box: unknown, index) => {
    const label = isRecord(box) ? box['label'] : undefined;
    if (typeof label !== 'string' || label.trim() === '') {
      throw new TemplateError(`option ${index + 1} of ${where} has no label`);
    }
    return { label: label.trim(), required: isRecord(box) && box['required'] === true };
  });
  return {
    options: boxes.map((box) => box.label),
    required: boxes.filter((box) => box.required).map((box) => box.label),
  };
}

/** The element's id; GitHub makes it optional, so an element without one is named by position. */
function readId(element: Record<string, unknown>, position: number, where: string): string {
  const id = element['id'];
  if (id === undefined) return `element-${position}`;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
    throw new TemplateError(
      `${where} has the id "${String(id)}", which is not made of a-z, 0-9, _ and -`,
    );
  }
  return id;
}

/** The parts of a field that depend on its type: options, required boxes, render. */
function typeDetails(
  type: FormFieldType,
  attributes: Record<string, unknown>,
  where: string,
): Partial<FormField> {
  if (type === 'dropdown') return { options: readOptions(attributes['options'], where) };
  if (type === 'checkboxes') {
    const { options, required } = readBoxes(attributes['options'], where);
    return { options, ...(required.length > 0 ? { requiredOptions: required } : {}) };
  }
  const render = attributes['render'];
  return type === 'textarea' && typeof render === 'string' && render.trim() !== ''
    ? { render: render.trim() }
    : {};
}

/** Reads one element of the `body` list; `undefined` for markdown, which is never rendered. */
function readField(element: unknown, position: number): FormField | undefined {
  const where = `field ${position}`;
  if (!isRecord(element)) throw new TemplateError(`${where} is not a mapping`);
  const type = element['type'];
  if (typeof type !== 'string') throw new TemplateError(`${where} has no type`);
  if (type === 'markdown') return undefined;
  if (!RENDERED.includes(type)) throw new TemplateError(`${where} has an unknown type "${type}"`);

  const id = readId(element, position, where);
  const attributes = element['attributes'];
  const label = isRecord(attributes) ? attributes['label'] : undefined;
  if (!isRecord(attributes) || typeof label !== 'string' || label.trim() === '') {
    throw new TemplateError(`${where} ("${id}") has no label`);
  }
  const details = typeDetails(type as FormFieldType, attributes, where);
  const validations = element['validations'];
  const required =
    type === 'checkboxes'
      ? details.requiredOptions !== undefined
      : isRecord(validations) && validations['required'] === true;
  return { id, type: type as FormFieldType, label, required, ...details };
}

/** Reads the fields of a parsed issue-form document, throwing a {@link TemplateError}. */
function readFields(form: unknown): FormField[] {
  if (!isRecord(form)) throw new TemplateError('the issue form is not a YAML mapping');
  const body = form['body'];
  if (!Array.isArray(body)) throw new TemplateError('the issue form has no `body` list');
  const fields: FormField[] = [];
  const positions = new Map<string, number>();
  body.forEach((element: unknown, index) => {
    const field = readField(element, index + 1);
    if (field === undefined) return;
    const earlier = positions.get(field.id);
    if (earlier !== undefined) {
      throw new TemplateError(`fields ${earlier} and ${index + 1} share the id "${field.id}"`);
    }
    positions.set(field.id, index + 1);
    fields.push(field);
  });
  if (fields.length === 0) throw new TemplateError('the issue form has no fields to answer');
  return fields;
}

/**
 * Reads a GitHub issue-form template (`.github/ISSUE_TEMPLATE/*.yml`) into the elements GitHub
 * renders into the issue body: inputs, textareas, dropdowns and checkboxes, in order, with id,
 * type, label, `required` (from `validations.required`, or for checkboxes whether any box is
 * required), dropdown options, box labels and required boxes, and a textarea's `render`.
 * Markdown elements are skipped: GitHub shows them in the form only. Every rendered element
 * counts, even one the bot has no use for, because its heading ends the answer before it.
 *
 * Never throws: a template that cannot be read gives `{ error }`, one sentence such as "the issue
 * form has no `body` list" or "field 3 has no label" (fields are counted from 1 over the whole
 * `body` list, markdown included, so the number points into the file).
 */
export function readFormTemplate(yamlText: string): ReadFormTemplateResult {
  try {
    const document = parseDocument(yamlText);
    const firstError = document.errors[0];
    if (firstError !== undefined) {
      const reason = firstError.message.split('\n')[0] ?? '';
      return { error: `the issue form is not valid YAML (${reason.trim().replace(/:$/, '')})` };
    }
    return { fields: readFields(document.toJS()) };
  } catch (error) {
    if (error instanceof TemplateError) return { error: error.message };
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { error: `the issue form could not be read (${reason})` };
  }
}
