// What a refresh writes: its comments on issues whose pull request it closes, the pull request
// that brings the issue form's Section options in step with the list, and its job summary.
import type { FieldProblem } from '../form/field-problem.js';
import type { SectionOptionsEdit } from '../form/section-options.js';
import type { DuplicatePlan } from '../plan/plan-addition.js';
import { COMMENT_MARKER } from './issue-comment.js';
import { blobLink, defuseMentions, describeReason, quoteText } from './markdown-text.js';
import { PULL_REQUEST_MARKER, type PullRequestText } from './pull-request-text.js';

const footer = (text: string) => ['', `<sub>${text}</sub>`, '', COMMENT_MARKER].join('\n');

/**
 * The comment when the paper reached its section on the default branch some other way (by
 * hand, or by another pull request) while the bot's pull request was open: where it is, and
 * that the bot's pull request is closed.
 */
export function alreadyListedComment(
  plan: DuplicatePlan,
  pullNumber: number,
  repositoryUrl: string,
  ref: string,
): string {
  const where = plan.where.map(
    (w) =>
      `- [\`${w.file.path}\` line ${w.entry.line}](${blobLink(repositoryUrl, ref, w.file.path, w.entry.line)}): “${quoteText(w.title)}” (${describeReason(w.reason)})`,
  );
  return [
    `**${quoteText(plan.paper.title)}** is now in **${quoteText(plan.section.name)}** on \`${ref}\`, so I closed #${pullNumber}, which would have added it a second time:`,
    '',
    ...where,
    footer('If this is a different paper, edit the title or links, and I open a new pull request.'),
  ].join('\n');
}

/**
 * The comment when the list changed under a proposed paper so that the issue no longer fits it
 * (its section was renamed or removed): each problem by field, and that the pull request is
 * closed until the issue is edited.
 */
export function noLongerFitsComment(problems: readonly FieldProblem[], pullNumber: number): string {
  return [
    `The list changed since I opened #${pullNumber}, and this issue no longer fits it, so I closed #${pullNumber}. Please **edit the issue** and fix:`,
    '',
    ...problems.map((p) => `- **${quoteText(p.label, 80)}**: ${defuseMentions(p.message)}`),
    '',
    'Once the issue is fixed I open a new pull request.',
    footer('I check the issue again each time it is edited.'),
  ].join('\n');
}

/** The pull request that brings the form's Section options in step with the list. */
export function formOptionsPullRequest(edit: SectionOptionsEdit, path: string): PullRequestText {
  const names = (list: readonly string[]) => list.map((n) => `**${quoteText(n)}**`).join(', ');
  const changes = [
    ...(edit.added.length > 0 ? [`- Added: ${names(edit.added)}`] : []),
    ...(edit.removed.length > 0 ? [`- Removed (no such section): ${names(edit.removed)}`] : []),
  ];
  return {
    title: `Bring the issue form's Section options in line with the list (${count(edit.added.length, 'added')}, ${count(edit.removed.length, 'removed')})`,
    body: [
      `The **Section** options of \`${path}\` no longer name the list's sections, so filers cannot pick every section, or can pick one the list does not have. This changes only those option lines; comments and every other line of the form stay as they are.`,
      '',
      ...changes,
      '',
      '---',
      'Opened by paper-list-bot when the list changed. It follows the list: a later change updates it, and it is closed once the form and the list agree again.',
      '',
      PULL_REQUEST_MARKER,
    ].join('\n'),
  };
}

function count(n: number, what: string): string {
  return `${n} ${what}`;
}

/** One of the bot's pull requests in the refresh's job summary. */
export interface RefreshRow {
  /** 0 when there is no pull request (a branch people took over). */
  readonly number: number;
  readonly url: string;
  /** What the pull request is for: `#12`, `re-sort`, `issue form`. */
  readonly subject: string;
  /** What the refresh did, in a word or two: `rebuilt`, `closed`, `left alone`, ... */
  readonly done: string;
  /** Why, in fixed words (plus numbers and commit ids). */
  readonly why: string;
}

/** The job summary: one line of what happened, then one table row per bot pull request. */
export function refreshSummary(
  headline: string,
  rows: readonly RefreshRow[],
  deferred: readonly number[],
): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
  return [
    `### ${quoteText(headline, 400)}`,
    ...(rows.length > 0
      ? [
          '',
          '| Pull request | For | Done | Why |',
          '| --- | --- | --- | --- |',
          ...rows.map(
            (r) =>
              `| ${r.number > 0 ? `[#${r.number}](${r.url})` : '—'} | ${cell(r.subject)} | ${cell(r.done)} | ${cell(r.why)} |`,
          ),
        ]
      : []),
    ...(deferred.length > 0
      ? [
          '',
          `${deferred.length} more pull request(s) are behind and left to the next run: ${deferred.map((n) => `#${n}`).join(', ')}.`,
        ]
      : []),
  ].join('\n');
}
