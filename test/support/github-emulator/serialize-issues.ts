// JSON shapes of issues, pull requests and comments.
import { isMergeable } from './merge.js';
import type { CommentRecord, IssueRecord, Repo } from './repo.js';
import { labelJson, nodeId, repoApiUrl, repoJson, userJson } from './serialize-common.js';
import type { World } from './world.js';

/** The page of an issue or pull request on github.com. */
export function issueHtmlUrl(repo: Repo, issue: IssueRecord): string {
  return `${repo.htmlUrl}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`;
}

function association(repo: Repo, fixed: string | null, login: string): string {
  return fixed ?? repo.associationOf(login);
}

/** An issue (`issue`); pull requests carry `pull_request`. */
export function issueJson(world: World, repo: Repo, issue: IssueRecord): Record<string, unknown> {
  const url = repoApiUrl(world, repo, `/issues/${issue.number}`);
  const pull = issue.pull;
  return {
    url,
    repository_url: repoApiUrl(world, repo),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: issueHtmlUrl(repo, issue),
    id: issue.id,
    node_id: nodeId(pull ? 'PR' : 'I', issue.id),
    number: issue.number,
    title: issue.title,
    user: userJson(world, issue.user),
    labels: issue.labels.map((name) => labelJson(world, repo, name)),
    state: issue.state,
    locked: false,
    assignee: null,
    assignees: [],
    milestone: null,
    comments: repo.commentsOf(issue.number).length,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    author_association: association(repo, issue.authorAssociation, issue.user.login),
    active_lock_reason: null,
    ...(pull
      ? {
          draft: pull.draft,
          pull_request: {
            url: repoApiUrl(world, repo, `/pulls/${issue.number}`),
            html_url: issueHtmlUrl(repo, issue),
            diff_url: `${issueHtmlUrl(repo, issue)}.diff`,
            patch_url: `${issueHtmlUrl(repo, issue)}.patch`,
            merged_at: pull.mergedAt,
          },
        }
      : {}),
    body: issue.body,
    state_reason: issue.stateReason,
  };
}

/**
 * A pull request: the list shape (`pull-request-simple`, which has no `merged`, `mergeable`
 * or counts, like GitHub's) or, with `full`, the single-pull shape.
 */
export function pullJson(
  world: World,
  repo: Repo,
  issue: IssueRecord,
  full: boolean,
): Record<string, unknown> {
  const pull = issue.pull;
  if (!pull) throw new Error(`Emulator bug: #${issue.number} is not a pull request`);
  const url = repoApiUrl(world, repo, `/pulls/${issue.number}`);
  const issueUrl = repoApiUrl(world, repo, `/issues/${issue.number}`);
  const html = issueHtmlUrl(repo, issue);
  const side = (ref: string, sha: string): object => ({
    label: `${repo.owner.login}:${ref}`,
    ref,
    sha,
    user: userJson(world, repo.owner),
    repo: repoJson(world, repo),
  });
  const json: Record<string, unknown> = {
    url,
    id: pull.id,
    node_id: nodeId('PR', pull.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueUrl,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: repoApiUrl(world, repo, '/pulls/comments{/number}'),
    comments_url: `${issueUrl}/comments`,
    statuses_url: repoApiUrl(world, repo, `/statuses/${pull.headSha}`),
    number: issue.number,
    state: issue.state,
    locked: false,
    title: issue.title,
    user: userJson(world, issue.user),
    body: issue.body,
    labels: issue.labels.map((name) => labelJson(world, repo, name)),
    milestone: null,
    active_lock_reason: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(pull.headRef, pull.headSha),
    base: side(pull.baseRef, pull.baseSha),
    _links: {
      self: { href: url },
      html: { href: html },
      issue: { href: issueUrl },
      comments: { href: `${issueUrl}/comments` },
      commits: { href: `${url}/commits` },
      statuses: { href: repoApiUrl(world, repo, `/statuses/${pull.headSha}`) },
    },
    author_association: association(repo, issue.authorAssociation, issue.user.login),
    auto_merge: null,
    draft: pull.draft,
  };
  if (!full) return json;
  const open = issue.state === 'open';
  const mergeable = open ? isMergeable(repo, issue) : null;
  const ahead = repo.objects.ancestors(pull.headSha);
  for (const sha of repo.objects.ancestors(pull.baseSha)) ahead.delete(sha);
  return {
    ...json,
    merged: pull.merged,
    mergeable,
    rebaseable: mergeable,
    mergeable_state: mergeable === null ? 'unknown' : mergeable ? 'clean' : 'dirty',
    merged_by: pull.mergedBy ? userJson(world, pull.mergedBy) : null,
    comments: repo.commentsOf(issue.number).length,
    review_comments: 0,
    maintainer_can_modify: pull.maintainerCanModify,
    commits: ahead.size,
    additions: 0,
    deletions: 0,
    changed_files: 0,
  };
}

/** An issue comment (`issue-comment`). */
export function commentJson(
  world: World,
  repo: Repo,
  comment: CommentRecord,
): Record<string, unknown> {
  const issue = repo.issues.get(comment.issueNumber);
  const page = issue ? issueHtmlUrl(repo, issue) : `${repo.htmlUrl}/issues/${comment.issueNumber}`;
  return {
    url: repoApiUrl(world, repo, `/issues/comments/${comment.id}`),
    html_url: `${page}#issuecomment-${comment.id}`,
    issue_url: repoApiUrl(world, repo, `/issues/${comment.issueNumber}`),
    id: comment.id,
    node_id: nodeId('IC', comment.id),
    user: userJson(world, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: association(repo, comment.authorAssociation, comment.user.login),
    body: comment.body,
    performed_via_github_app: null,
  };
}
