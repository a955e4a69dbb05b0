import type {
  BranchState,
  CommitRequest,
  GitHubGateway,
  IssueComment,
  IssueSnapshot,
  LabelSpec,
  ListedPullRequest,
  Permission,
  PullRequest,
  PullRequestFile,
  RepoFile,
  OpenPullRequestOptions,
} from './gateway.js';

/**
 * A gateway that hands every operation to another one: the base of the decorators that add one
 * concern (stamping the bot's pull requests, remembering what a run already read) and override
 * only the operations that concern touches.
 */
export class DelegatingGateway implements GitHubGateway {
  constructor(protected readonly inner: GitHubGateway) {}

  readFile(path: string, ref: string): Promise<RepoFile | undefined> {
    return this.inner.readFile(path, ref);
  }
  getBranch(branch: string): Promise<BranchState | undefined> {
    return this.inner.getBranch(branch);
  }
  createBranchWithCommit(request: CommitRequest): Promise<string> {
    return this.inner.createBranchWithCommit(request);
  }
  replaceBranchWithCommit(request: CommitRequest): Promise<string> {
    return this.inner.replaceBranchWithCommit(request);
  }
  deleteBranch(branch: string): Promise<void> {
    return this.inner.deleteBranch(branch);
  }
  findOpenPullRequest(branch: string): Promise<PullRequest | undefined> {
    return this.inner.findOpenPullRequest(branch);
  }
  findPullRequest(branch: string): Promise<PullRequest | undefined> {
    return this.inner.findPullRequest(branch);
  }
  openPullRequest(
    options: OpenPullRequestOptions,
  ): Promise<{ pullRequest: PullRequest; created: boolean }> {
    return this.inner.openPullRequest(options);
  }
  updatePullRequest(
    number: number,
    changes: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<PullRequest> {
    return this.inner.updatePullRequest(number, changes);
  }
  listOpenPullRequests(base: string): Promise<ListedPullRequest[]> {
    return this.inner.listOpenPullRequests(base);
  }
  listPullRequestFiles(number: number): Promise<PullRequestFile[]> {
    return this.inner.listPullRequestFiles(number);
  }
  mergeBase(base: string, head: string): Promise<string> {
    return this.inner.mergeBase(base, head);
  }
  addLabels(issueNumber: number, labels: readonly string[]): Promise<void> {
    return this.inner.addLabels(issueNumber, labels);
  }
  createLabel(label: LabelSpec): Promise<'created' | 'exists'> {
    return this.inner.createLabel(label);
  }
  getIssue(issueNumber: number): Promise<IssueSnapshot | undefined> {
    return this.inner.getIssue(issueNumber);
  }
  listComments(issueNumber: number): Promise<IssueComment[]> {
    return this.inner.listComments(issueNumber);
  }
  createComment(issueNumber: number, body: string): Promise<IssueComment> {
    return this.inner.createComment(issueNumber, body);
  }
  updateComment(commentId: number, body: string): Promise<IssueComment> {
    return this.inner.updateComment(commentId, body);
  }
  deleteComment(commentId: number): Promise<void> {
    return this.inner.deleteComment(commentId);
  }
  getPermission(login: string): Promise<Permission> {
    return this.inner.getPermission(login);
  }
}
