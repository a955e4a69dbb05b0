// GitHub's closing keywords: a pull request merged into the default branch closes the issues
// its body links with `Closes #n`, `Fixes #n`, `Resolves #n` (and their other tenses).
import type { IssueRecord, Repo } from './repo.js';

const KEYWORD = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?):?\s+#(\d+)\b/gi;

/** The issue numbers a pull request body closes with a keyword, in order, once each. */
export function closedByKeywords(body: string | null): number[] {
  const numbers = [...(body ?? '').matchAll(KEYWORD)].map((match) => Number(match[1]));
  return [...new Set(numbers)];
}

/** Closes (as completed) the open issues a pull request merged into the default branch links. */
export function closeLinkedIssues(repo: Repo, pull: IssueRecord, now: string): void {
  if (pull.pull?.baseRef !== repo.defaultBranch) return;
  for (const number of closedByKeywords(pull.body)) {
    const issue = repo.issues.get(number);
    if (!issue || issue.pull || issue.state !== 'open') continue;
    issue.state = 'closed';
    issue.stateReason = 'completed';
    issue.closedAt = now;
    issue.updatedAt = now;
  }
}
