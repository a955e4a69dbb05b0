// Files a paper through the default "New paper" form into a list read with its format, as the
// shape tests of real lists do: the plan of an insertion, or the test fails with the plan.
import { DEFAULT_FORM } from '../../src/form/default-form.js';
import type { ListFormat } from '../../src/list/list-format.js';
import type { PaperList } from '../../src/list/paper-list.js';
import { planAddition, type AdditionPlan } from '../../src/plan/plan-addition.js';
import { renderIssueBody } from '../form/render-issue-body.js';

/** The insertion planned for `answers` (by form field id); throws for any other plan. */
export function filePaper(
  list: PaperList,
  format: ListFormat,
  answers: Readonly<Record<string, string>>,
): Extract<AdditionPlan, { kind: 'insert' }> {
  const body = renderIssueBody(DEFAULT_FORM, answers);
  const plan = planAddition({ body, form: DEFAULT_FORM, list, format });
  if (plan.kind !== 'insert') throw new Error(JSON.stringify(plan));
  return plan;
}
