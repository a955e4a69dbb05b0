/** The kinds of issue-form elements that GitHub renders into the issue body. */
export type FormFieldType = 'input' | 'textarea' | 'dropdown' | 'checkboxes';

/**
 * One element of an issue form that GitHub renders as `### <label>` in a submitted issue, as far
 * as parsing the issue needs it.
 *
 * The id is the contract (docs/design.md, "The issue form"); the label is what GitHub prints as
 * the heading, so labels may be reworded in a repository's own template without breaking the
 * parser. Elements without an id in the template get one from their position (`element-3`).
 */
export interface FormField {
  readonly id: string;
  readonly type: FormFieldType;
  readonly label: string;
  readonly required: boolean;
  /** Dropdown options, or the labels of a checkboxes element's boxes, in order. */
  readonly options?: readonly string[];
  /** The boxes of a checkboxes element that must be ticked. */
  readonly requiredOptions?: readonly string[];
  /** A textarea's `render` language: GitHub then wraps the answer in a code fence. */
  readonly render?: string;
}
