/**
 * A problem with one answer of the issue form, reported back to the person who filed it.
 *
 * Problems are values, never exceptions: validation collects all of them so that one comment
 * can say, field by field, what to fix.
 */
export interface FieldProblem {
  /** The form field's id (`title`, `authors`, ...), or `form` for the body as a whole. */
  readonly field: string;
  /** The field's label as the form shows it, so the message speaks the filer's language. */
  readonly label: string;
  /** What is wrong and how to fix it, as one sentence. */
  readonly message: string;
}

/** Builds a {@link FieldProblem}. */
export function fieldProblem(field: string, label: string, message: string): FieldProblem {
  return { field, label, message };
}
