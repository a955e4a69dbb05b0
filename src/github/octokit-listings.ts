// The reads a refresh makes through the REST API: the open pull requests in one list, and an
// issue as it is now. Kept out of OctokitGateway so that each file stays small.
import type { IssueSnapshot, ListedPullRequest } from './gateway.js';
import type { GitHubClient } from './octokit-client.js';
import type { RepoRef } from './octokit-commits.js';
import { toPullRequest } from './octokit-shapes.js';
import { hasStatus } from './request-errors.js';

/**
 * Every open pull request into `base`, oldest first: one request per 100 pull requests. The
 * list carries each head's commit and each body, which is all a refresh needs to tell which of
 * the bot's pull requests are behind.
 */
export async function listOpenPulls(
  octokit: GitHubClient,
  repository: RepoRef,
  base: string,
): Promise<ListedPullRequest[]> {
  const pulls = await octokit.paginate(octokit.rest.pulls.list, {
    ...repository,
    state: 'open',
    base,
    sort: 'created',
    direction: 'asc',
    per_page: 100,
  });
  const own = `${repository.owner}/${repository.repo}`.toLowerCase();
  return pulls.map((pull) => ({
    ...toPullRequest(pull),
    baseRef: pull.base.ref,
    headSha: pull.head.sha,
    fromThisRepository: pull.head.repo?.full_name.toLowerCase() === own,
    createdAt: pull.created_at,
  }));
}

/** An issue as it is now; `undefined` when it does not exist or was deleted. */
export async function readIssueNow(
  octokit: GitHubClient,
  repository: RepoRef,
  issueNumber: number,
): Promise<IssueSnapshot | undefined> {
  try {
    const { data } = await octokit.rest.issues.get({ ...repository, issue_number: issueNumber });
    return {
      number: data.number,
      body: data.body ?? '',
      author: { login: data.user?.login ?? '', id: data.user?.id ?? 0 },
      comments: data.comments,
      labels: data.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? ''))),
      state: data.state === 'closed' ? 'closed' : 'open',
      isPullRequest: data.pull_request !== undefined && data.pull_request !== null,
    };
  } catch (error) {
    if (hasStatus(error, 404, 410)) return undefined;
    throw error;
  }
}
