// Read-only copies of the emulator's records, for tests to assert on.
import type { CommitObject } from './git-objects.js';
import type { CommentRecord, IssueRecord, Repo } from './repo.js';
import { issueHtmlUrl } from './serialize-issues.js';
import type { CommentState, CommitInfo, IssueState, PullState, RepoSnapshot } from './types.js';

/** A commit as tests see it. */
export function commitInfo(commit: CommitObject): CommitInfo {
  return {
    sha: commit.sha,
    message: commit.message,
    parents: [...commit.parents],
    tree: commit.tree,
    author: { ...commit.author },
    committer: { ...commit.committer },
    verified: commit.verified,
    reason: commit.reason,
  };
}

/** An issue as tests see it. */
export function issueState(repo: Repo, issue: IssueRecord): IssueState {
  return {
    number: issue.number,
    id: issue.id,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    stateReason: issue.stateReason,
    user: { ...issue.user },
    labels: [...issue.labels],
    authorAssociation: issue.authorAssociation ?? repo.associationOf(issue.user.login),
    comments: repo.commentsOf(issue.number).length,
    htmlUrl: issueHtmlUrl(repo, issue),
    createdAt: issue.createdAt,
    updatedAt: issue.updatedAt,
    closedAt: issue.closedAt,
  };
}

/** A pull request as tests see it. */
export function pullState(repo: Repo, issue: IssueRecord): PullState {
  const pull = issue.pull;
  if (!pull) throw new Error(`Emulator bug: #${issue.number} is not a pull request`);
  return {
    number: issue.number,
    id: pull.id,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    draft: pull.draft,
    headRef: pull.headRef,
    headSha: pull.headSha,
    baseRef: pull.baseRef,
    merged: pull.merged,
    mergedAt: pull.mergedAt,
    mergeCommitSha: pull.mergeCommitSha,
    user: { ...issue.user },
    labels: [...issue.labels],
    comments: repo.commentsOf(issue.number).length,
    htmlUrl: issueHtmlUrl(repo, issue),
    createdAt: issue.createdAt,
    updatedAt: issue.updatedAt,
    closedAt: issue.closedAt,
  };
}

/** A comment as tests see it. */
export function commentState(repo: Repo, comment: CommentRecord): CommentState {
  const issue = repo.issues.get(comment.issueNumber);
  const page = issue ? issueHtmlUrl(repo, issue) : `${repo.htmlUrl}/issues/${comment.issueNumber}`;
  return {
    id: comment.id,
    issueNumber: comment.issueNumber,
    body: comment.body,
    user: { ...comment.user },
    htmlUrl: `${page}#issuecomment-${comment.id}`,
    createdAt: comment.createdAt,
    updatedAt: comment.updatedAt,
  };
}

/** A copy of a whole repository's state. */
export function repoSnapshot(repo: Repo): RepoSnapshot {
  const issues = [...repo.issues.values()].sort((a, b) => a.number - b.number);
  return Object.freeze({
    owner: repo.owner.login,
    name: repo.name,
    private: repo.isPrivate,
    defaultBranch: repo.defaultBranch,
    branches: Object.freeze(Object.fromEntries(repo.branches())),
    pulls: Object.freeze(issues.filter((i) => i.pull).map((i) => pullState(repo, i))),
    issues: Object.freeze(issues.filter((i) => !i.pull).map((i) => issueState(repo, i))),
    comments: Object.freeze(
      [...repo.comments.values()].sort((a, b) => a.id - b.id).map((c) => commentState(repo, c)),
    ),
    labels: Object.freeze([...repo.labels.values()].map((l) => l.name)),
    collaborators: Object.freeze(
      Object.fromEntries([...repo.collaborators.values()].map((c) => [c.login, c.permission])),
    ),
    commits: (sha: string) => {
      const commit = repo.objects.commit(sha);
      return commit ? commitInfo(commit) : undefined;
    },
  });
}
