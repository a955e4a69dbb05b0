import { fieldProblem, type FieldProblem } from '../form/field-problem.js';
import type { FormField } from '../form/form-field.js';
import { collapseSpaces, dropInvisible, refuseInvisible } from './clean-text.js';

/**
 * Reads the answers of one submission for the field validators, collecting every problem by
 * field with the field's label as the form shows it.
 */
export interface AnswerReader {
  /** Every problem reported so far. */
  readonly problems: FieldProblem[];
  /** The field's label as the form shows it (its id when the form has no such field). */
  label(id: string): string;
  report(id: string, message: string): void;
  /** Whether the field was answered at all. */
  has(id: string): boolean;
  /** The answer cleaned of invisible characters, or undefined (reported) when it holds ones we refuse. */
  text(id: string): string | undefined;
  /** A one-line answer, spaces collapsed, or undefined (reported) when it spans lines or is too long. */
  line(id: string, max: number, required: boolean): string | undefined;
}

/** Length in characters as people count them (code points, so an emoji is one). */
export function characters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (code < 0xd800 || code > 0xdbff || i + 1 === text.length) count += 1;
  }
  return count;
}

/** An {@link AnswerReader} over the answers of a form. */
export function answerReader(
  answers: ReadonlyMap<string, string>,
  fields: readonly FormField[],
): AnswerReader {
  const problems: FieldProblem[] = [];
  const labels = new Map(fields.map((f) => [f.id, f.label.trim()]));
  const label = (id: string): string => labels.get(id) ?? id;
  const report = (id: string, message: string): void => {
    problems.push(fieldProblem(id, label(id), message));
  };
  const required = (id: string) =>
    report(id, `"${label(id)}" is required: fill it in by editing the issue.`);

  const text = (id: string): string | undefined => {
    const raw = answers.get(id);
    if (raw === undefined) return undefined;
    const refused = refuseInvisible(raw);
    if (!refused) return dropInvisible(raw);
    report(id, `"${label(id)}" ${refused}.`);
    return undefined;
  };

  const line = (id: string, max: number, isRequired: boolean): string | undefined => {
    const value = text(id);
    if (value === undefined) {
      if (isRequired && !answers.has(id)) required(id);
      return undefined;
    }
    if (value.trim().includes('\n')) {
      report(id, `"${label(id)}" must be one line: remove the line breaks.`);
      return undefined;
    }
    const collapsed = collapseSpaces(value);
    if (collapsed === '') {
      if (isRequired) required(id);
      return undefined;
    }
    const length = characters(collapsed);
    if (length <= max) return collapsed;
    report(id, `"${label(id)}" is ${length} characters long; shorten it to at most ${max}.`);
    return undefined;
  };

  return { problems, label, report, has: (id) => answers.has(id), text, line };
}
