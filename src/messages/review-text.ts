import type { ListOrder } from '../list/list-order.js';
import type { ReviewPlan, ReviewProblem } from '../plan/plan-review.js';
import { describeReason, quoteText } from './markdown-text.js';

/**
 * The title of a problem's annotation: fixed words, never text from the pull request, so
 * nothing untrusted reaches a workflow command's properties but the file path.
 */
export function problemTitle(problem: ReviewProblem): string {
  switch (problem.kind) {
    case 'malformed':
      return 'Malformed entry';
    case 'order':
      return 'Entry out of order';
    case 'duplicate':
      return 'Paper already in this section';
  }
}

/** What is wrong and how to fix it, in one line of plain text (annotations are not Markdown). */
export function problemMessage(problem: ReviewProblem): string {
  switch (problem.kind) {
    case 'malformed':
      return `${capitalise(problem.message)}.`;
    case 'order': {
      const year = problem.year !== undefined ? ` (${problem.year})` : '';
      const place =
        problem.after !== undefined
          ? `right after "${problem.after}"`
          : `first in "${problem.section}"`;
      return `"${problem.title}"${year} is out of order: "${problem.section}" is sorted ${describeOrder(problem.order)}, so it belongs ${place}.`;
    }
    case 'duplicate': {
      const { existing } = problem;
      return `"${problem.title}" is already in "${problem.section}": "${existing.title}" at line ${existing.line} (${describeReason(existing.reason)}). Remove one of them.`;
    }
  }
}

/** The job summary of a review: what was checked, and a table of problems when there are any. */
export function reviewSummary(plan: ReviewPlan, pullNumber: number, order: ListOrder): string {
  const entries = plan.files.reduce((n, f) => n + f.changedEntries, 0);
  const files = plan.files.map((f) => `\`${f.path}\``).join(', ');
  if (entries === 0) return `### No problems\n\n#${pullNumber} changes no entry of ${files}.`;
  const checked = [
    `Checked the ${count(entries, 'new or changed entry', 'new or changed entries')} of #${pullNumber} in ${files}:`,
    'each is readable (title and year) with absolute links,',
    order === 'none' ? '' : `stands in order (${describeOrder(order)}),`,
    'and is not already in its section.',
  ].filter((s) => s !== '');
  if (plan.problems.length === 0) return [`### No problems`, '', checked.join(' ')].join('\n');
  return [
    `### ${count(plan.problems.length, 'problem', 'problems')} found`,
    '',
    checked.join(' '),
    '',
    '| file | line | problem |',
    '| --- | --- | --- |',
    ...plan.problems.map(
      (p) =>
        `| ${quoteText(p.path)} | ${p.line} | **${problemTitle(p)}**: ${quoteText(problemMessage(p), 400)} |`,
    ),
  ].join('\n');
}

/** `newest first`, for people; alphabetical order goes by title or by short name. */
export function describeOrder(order: ListOrder): string {
  return order === 'title' ? 'alphabetically' : order.replace('-', ' ');
}

/** `1 entry`, `2 entries`. */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
