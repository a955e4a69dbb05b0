import { shorten } from '../paper/answer-text.js';
import { autofillSection } from './autofill-text.js';
import { describeMove } from './describe-move.js';
import type { InsertPlan } from '../plan/plan-addition.js';
import type { SortPlan } from '../plan/plan-sort.js';
import { blobLink, codeBlock, defuseMentions, quoteText, describeReason } from './markdown-text.js';

/** Hidden marker that identifies the bot's pull requests. */
export const PULL_REQUEST_MARKER = '<!-- paper-list-bot:pull-request -->';

/** Added to a pull request closed because its issue was closed, so a reopened issue may replace it. */
export const CLOSED_WITH_ISSUE_MARKER = '<!-- paper-list-bot:closed-with-issue -->';

/** A pull request's title and body. */
export interface PullRequestText {
  readonly title: string;
  readonly body: string;
}

/** Where an addition's pull request lives. */
export interface AdditionContext {
  readonly issueNumber: number;
  readonly issueAuthor: string;
  readonly repositoryUrl: string;
  readonly branch: string;
}

/**
 * The pull request for one paper: `Closes #n`, the entry as it will render and as Markdown,
 * the file and section linked to the line, what was filled from the paper link, where else the
 * paper is listed, and credit.
 */
export function additionPullRequest(plan: InsertPlan, context: AdditionContext): PullRequestText {
  const { repositoryUrl, branch, issueNumber } = context;
  const title = `Add “${shorten(plan.paper.title, 80)}” to ${plan.section.name}`;
  const where = `[\`${plan.file.path}\` line ${plan.line}](${blobLink(repositoryUrl, branch, plan.file.path, plan.line)})`;
  const notes = [
    ...plan.alsoListed.map(
      (other) =>
        `Also listed in **${quoteText(other.sectionName)}**: [\`${other.file.path}\` line ${other.entry.line}](${blobLink(repositoryUrl, branch, other.file.path, other.entry.line)}) (${describeReason(other.reason)}). Curators list a paper under several topics on purpose; check that this one belongs here too.`,
    ),
    ...plan.sharedLinks.map(
      (shared) =>
        `Shares \`${shared.url}\` with “${quoteText(shared.location.title)}” in ${quoteText(shared.location.sectionName)} — one repository often serves several papers, so this is only a note.`,
    ),
    ...(plan.unwritten ?? []).map(
      (link) =>
        `Not written: **${quoteText(link.label)}** \`${link.url}\` — the list's entries have no place for such a link. Add it by hand if it belongs.`,
    ),
  ];
  const body = [
    `Closes #${issueNumber}`,
    '',
    `Adds **${quoteText(plan.paper.title)}** to **${quoteText(plan.section.name)}** at ${where}, ${quoteText(plan.placement, 300)}.`,
    '',
    '### The entry',
    '',
    // GitHub breaks lines at every newline of a pull request body, while the list's own file
    // runs an entry's lines together: one line shows the entry as the list will. An entry that is
    // a heading shows as its lines do: its heading, then the lines under it.
    defuseMentions(/^#{1,6}[ \t]/.test(plan.entry) ? plan.entry : plan.entry.split('\n').join(' ')),
    '',
    '<details><summary>Markdown</summary>',
    '',
    codeBlock(plan.entry, 'markdown'),
    '',
    '</details>',
    ...autofillSection(plan.autofill),
    ...(notes.length > 0 ? ['', '### Notes', '', ...notes.map((n) => `- ${n}`)] : []),
    '',
    '---',
    `Proposed by @${context.issueAuthor} in #${issueNumber}. To change the entry, edit the issue: this pull request follows it. Closing the issue closes this pull request.`,
    '',
    PULL_REQUEST_MARKER,
  ].join('\n');
  return { title, body };
}

/** The pull request of a re-sort: what moved, per section. */
export function sortPullRequest(plan: SortPlan): PullRequestText {
  const sections = plan.files.flatMap((file) =>
    file.sections.map((s) => ({ file: file.file.path, ...s })),
  );
  const moved = sections.reduce((n, s) => n + s.moved.length, 0);
  const lines = sections.flatMap((section) => [
    `#### ${quoteText(section.name)} (\`${section.file}\`)`,
    '',
    ...section.moved.map((m) => `- ${quoteText(describeMove(m), 300)}`),
    '',
  ]);
  return {
    title: `Re-sort the paper list (${moved} ${moved === 1 ? 'entry' : 'entries'} in ${sections.length} ${sections.length === 1 ? 'section' : 'sections'})`,
    body: [
      `Puts every section back in order (${sections.length === 1 ? 'one section' : `${sections.length} sections`}). Only whole entries move; no entry changes.`,
      '',
      '### What moved',
      '',
      ...lines,
      '---',
      'Opened by paper-list-bot from a manual run. Run it again to refresh this pull request.',
      '',
      PULL_REQUEST_MARKER,
    ].join('\n'),
  };
}
