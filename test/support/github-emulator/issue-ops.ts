// Operations shared by the issues and pulls routes: finding an issue, reading label lists,
// and opening or closing (with GitHub's rules for reopening pull requests).
import { notFound, unprocessable, validationFailed } from './http-errors.js';
import type { IssueRecord, Repo } from './repo.js';

/** The issue or pull request with that number, or 404. */
export function requireIssue(repo: Repo, number: string | undefined): IssueRecord {
  const issue = repo.issues.get(Number(number));
  if (!issue) throw notFound();
  return issue;
}

/** The pull request with that number, or 404 (also for plain issues). */
export function requirePull(repo: Repo, number: string | undefined): IssueRecord {
  const issue = requireIssue(repo, number);
  if (!issue.pull) throw notFound();
  return issue;
}

/** Label names from a request: strings or `{ name }` objects; 422 otherwise. */
export function labelNames(value: unknown): string[] {
  if (!Array.isArray(value)) {
    throw unprocessable(
      `Invalid request.\n\nFor 'properties/labels', ${JSON.stringify(value)} is not an array.`,
    );
  }
  return value.map((item) => {
    const name =
      typeof item === 'object' && item !== null ? (item as { name?: unknown }).name : item;
    if (typeof name !== 'string' || name.trim() === '') {
      throw validationFailed({ resource: 'Label', code: 'invalid', field: 'name', value: name });
    }
    return name;
  });
}

/** Adds labels to an issue (case-insensitive, no duplicates), creating repository labels. */
export function addLabels(repo: Repo, issue: IssueRecord, names: readonly string[]): void {
  for (const name of names) {
    const label = repo.ensureLabel(name);
    if (!issue.labels.some((l) => l.toLowerCase() === label.name.toLowerCase()))
      issue.labels.push(label.name);
  }
}

/** An open pull request, other than `issue`, with the same head and base. */
export function duplicateOpenPull(
  repo: Repo,
  head: string,
  base: string,
  except?: number,
): IssueRecord | undefined {
  for (const other of repo.issues.values()) {
    const pull = other.pull;
    if (
      pull &&
      other.number !== except &&
      other.state === 'open' &&
      pull.headRef === head &&
      pull.baseRef === base
    ) {
      return other;
    }
  }
  return undefined;
}

/**
 * Opens or closes an issue or pull request. A merged pull request cannot be reopened, nor one
 * whose head branch is gone or that duplicates an open one.
 */
export function setIssueState(
  repo: Repo,
  issue: IssueRecord,
  state: string,
  reason: string | undefined,
  now: string,
): void {
  if (state !== 'open' && state !== 'closed') {
    throw validationFailed({
      resource: issue.pull ? 'PullRequest' : 'Issue',
      code: 'invalid',
      field: 'state',
    });
  }
  const pull = issue.pull;
  if (state === issue.state) {
    if (!pull && reason !== undefined && state === 'closed') issue.stateReason = reason;
    return;
  }
  if (state === 'open' && pull) {
    const refuse = (message: string): never => {
      throw validationFailed({ resource: 'PullRequest', code: 'custom', field: 'state', message });
    };
    if (pull.merged) refuse('state cannot be changed. The pull request has already been merged.');
    const head = repo.branch(pull.headRef);
    if (!head) refuse(`state cannot be changed. The ${pull.headRef} branch has been deleted.`);
    if (duplicateOpenPull(repo, pull.headRef, pull.baseRef, issue.number)) {
      throw validationFailed({
        resource: 'PullRequest',
        code: 'custom',
        message: `A pull request already exists for ${repo.owner.login}:${pull.headRef}.`,
      });
    }
    pull.headSha = head ?? pull.headSha;
    pull.baseSha = repo.branch(pull.baseRef) ?? pull.baseSha;
  }
  issue.state = state;
  issue.closedAt = state === 'closed' ? now : null;
  issue.stateReason = pull ? null : state === 'closed' ? (reason ?? 'completed') : 'reopened';
}
