/** The kinds of issue-form fields that carry an answer. */
export type FormFieldType = 'input' | 'textarea' | 'dropdown';

/**
 * One answerable field of an issue form, as far as parsing a submitted issue needs it.
 *
 * The id is the contract (SPEC 2); the label is what GitHub prints as `### <label>` in the issue
 * body, so labels may be reworded in a repository's own template without breaking the parser.
 */
export interface FormField {
  readonly id: string;
  readonly type: FormFieldType;
  readonly label: string;
  readonly required: boolean;
  /** Dropdown options, in order. */
  readonly options?: readonly string[];
  /** A textarea's `render` language: GitHub then wraps the answer in a code fence. */
  readonly render?: string;
}
