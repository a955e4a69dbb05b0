import type { FieldProblem } from '../form/field-problem.js';
import type { PullRequest } from '../github/gateway.js';
import type { DuplicatePlan, InsertPlan } from '../plan/plan-addition.js';
import { autofillCommentLines } from './autofill-text.js';
import { blobLink, defuseMentions, quoteText, describeReason } from './markdown-text.js';

/** Hidden marker by which the bot finds its one comment on an issue again. */
export const COMMENT_MARKER = '<!-- paper-list-bot:comment -->';

const footer = (text: string) => ['', `<sub>${text}</sub>`, '', COMMENT_MARKER].join('\n');

/**
 * The comment once the pull request is open, saying which fields were filled from the paper
 * link. It depends only on the plan and the pull request, not on the run's history, so
 * re-running an event leaves it as it is.
 */
export function proposedComment(plan: InsertPlan, pullRequest: PullRequest): string {
  return [
    // No line number: the pull request shows it, and a comment that names no line stays the
    // same when a refresh moves the entry, which saves rewriting it.
    `#${pullRequest.number} adds **${quoteText(plan.paper.title)}** to **${quoteText(plan.section.name)}** (\`${plan.file.path}\`).`,
    '',
    'A maintainer will review it; merging it closes this issue.',
    ...autofillCommentLines(plan.autofill),
    ...(plan.alsoListed.length > 0
      ? [
          '',
          `Note: the paper is also listed in ${plan.alsoListed.map((o) => `**${quoteText(o.sectionName)}**`).join(', ')}.`,
        ]
      : []),
    footer('Edit this issue to change the entry: the pull request follows your edits.'),
  ].join('\n');
}

/** The comment when answers cannot be used: each problem by field, with the fix. */
export function invalidComment(
  problems: readonly FieldProblem[],
  openPullRequest?: PullRequest,
): string {
  return [
    'I could not add this paper yet. Please **edit the issue** and fix:',
    '',
    ...problems.map((p) => `- **${quoteText(p.label, 80)}**: ${defuseMentions(p.message)}`),
    ...(openPullRequest
      ? ['', `#${openPullRequest.number} still holds the previous, valid version of this entry.`]
      : []),
    footer('I check the issue again each time it is edited.'),
  ].join('\n');
}

/** The comment when the paper is already in the chosen section. */
export function duplicateComment(plan: DuplicatePlan, repositoryUrl: string, ref: string): string {
  const where = plan.where.map(
    (w) =>
      `- [\`${w.file.path}\` line ${w.entry.line}](${blobLink(repositoryUrl, ref, w.file.path, w.entry.line)}): “${quoteText(w.title)}” (${describeReason(w.reason)})`,
  );
  return [
    `**${quoteText(plan.paper.title)}** is already in **${quoteText(plan.section.name)}**, so I did not open a pull request:`,
    '',
    ...where,
    footer(
      'If this is a different paper, edit the title or links; to list it under another topic, choose another section.',
    ),
  ].join('\n');
}

/** The comment when the filer may not trigger the bot (see `allowed-authors`). */
export function notAllowedComment(author: string, policy: string): string {
  return [
    `Thanks for the suggestion, @${author}! This list only adds papers filed by ${policy === 'maintainers' ? 'its maintainers' : 'its collaborators'}, so I did not open a pull request. A maintainer can add it by filing the form themselves.`,
    footer('paper-list-bot'),
  ].join('\n');
}

/** The comment when a human changed the bot's branch: the bot leaves it alone. */
export function branchChangedComment(branch: string, pullRequest: PullRequest | undefined): string {
  return [
    `The branch \`${branch}\`${pullRequest ? ` of #${pullRequest.number}` : ''} has commits that I did not make, so I left it as it is and did not apply your latest edit.`,
    '',
    'A maintainer can update the entry in the pull request by hand, or delete the branch so that I can regenerate it.',
    footer('paper-list-bot never overwrites commits made by people.'),
  ].join('\n');
}

/** The comment when a maintainer closed the bot's pull request and the issue is edited. */
export function maintainerClosedComment(pullRequest: PullRequest): string {
  return [
    `A maintainer closed #${pullRequest.number} without merging it, so I did not open another pull request.`,
    '',
    'If it was closed by mistake, a maintainer can reopen this issue (or #' +
      `${pullRequest.number}) and I will bring it up to date.`,
    footer('paper-list-bot does not reopen what maintainers close.'),
  ].join('\n');
}
