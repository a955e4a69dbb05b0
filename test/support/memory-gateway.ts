// An in-memory GitHubGateway for command tests: branches are snapshots of files, commits are
// counted, pull requests and comments are plain records. It keeps the gateway's contract
// (BranchExistsError, one open pull request per branch) without any HTTP.
import {
  BranchExistsError,
  type BranchState,
  type CommitRequest,
  type GitHubGateway,
  type IssueComment,
  type IssueSnapshot,
  type LabelSpec,
  type ListedPullRequest,
  type Permission,
  type PullRequest,
  type PullRequestFile,
  type RepoFile,
} from '../../src/github/gateway.js';

interface Commit {
  readonly sha: string;
  readonly parents: string[];
  readonly message: string;
  readonly files: Map<string, string>;
}

/** A repository in memory, with a log of the gateway calls made. */
export class MemoryGateway implements GitHubGateway {
  readonly calls: string[] = [];
  readonly commits = new Map<string, Commit>();
  readonly branches = new Map<string, string>();
  readonly pulls: (PullRequest & { base: string })[] = [];
  readonly comments: { id: number; issue: number; url: string; body: string; author: string }[] =
    [];
  readonly labels = new Map<number, string[]>();
  /** The repository's labels, by lower-cased name. */
  readonly repositoryLabels = new Map<string, LabelSpec>();
  readonly permissions = new Map<string, Permission>();
  /** Issues as `getIssue` returns them, by number. */
  readonly issues = new Map<number, IssueSnapshot>();
  private counter = 0;

  constructor(
    files: Record<string, string>,
    readonly defaultBranch = 'main',
  ) {
    const sha = this.addCommit([], 'initial', new Map(Object.entries(files)));
    this.branches.set(defaultBranch, sha);
  }

  /** A commit by a person on a branch (created from the default branch when absent). */
  push(branch: string, files: Record<string, string>, message = 'Edit by a person'): string {
    const parent = this.branches.get(branch) ?? this.branches.get(this.defaultBranch)!;
    const merged = new Map(this.commits.get(parent)!.files);
    for (const [path, text] of Object.entries(files)) merged.set(path, text);
    const sha = this.addCommit([parent], message, merged);
    this.branches.set(branch, sha);
    return sha;
  }

  /** A file's text at a branch. */
  file(branch: string, path: string): string | undefined {
    const sha = this.branches.get(branch);
    return sha ? this.commits.get(sha)!.files.get(path) : undefined;
  }

  async getBranch(branch: string): Promise<BranchState | undefined> {
    this.calls.push(`getBranch ${branch}`);
    const sha = this.branches.get(branch);
    if (!sha) return undefined;
    const commit = this.commits.get(sha)!;
    return { sha, treeSha: `tree-${sha}`, parents: commit.parents, message: commit.message };
  }

  async readFile(path: string, ref: string): Promise<RepoFile | undefined> {
    this.calls.push(`readFile ${path}`);
    const sha = this.branches.get(ref) ?? ref;
    const text = this.commits.get(sha)?.files.get(path);
    return text === undefined ? undefined : { path, text, blobSha: `blob-${path}-${text.length}` };
  }

  async createBranchWithCommit(request: CommitRequest): Promise<string> {
    this.calls.push(`createBranch ${request.branch}`);
    if (this.branches.has(request.branch)) throw new BranchExistsError(request.branch);
    const sha = this.commitOn(request);
    this.branches.set(request.branch, sha);
    return sha;
  }

  async replaceBranchWithCommit(request: CommitRequest): Promise<string> {
    this.calls.push(`replaceBranch ${request.branch}`);
    const sha = this.commitOn(request);
    this.branches.set(request.branch, sha);
    return sha;
  }

  async deleteBranch(branch: string): Promise<void> {
    this.calls.push(`deleteBranch ${branch}`);
    this.branches.delete(branch);
    for (const pull of this.pulls)
      if (pull.headRef === branch && pull.state === 'open')
        Object.assign(pull, { state: 'closed' });
  }

  async findOpenPullRequest(branch: string): Promise<PullRequest | undefined> {
    this.calls.push(`findOpenPullRequest ${branch}`);
    return this.pulls.find((p) => p.headRef === branch && p.state === 'open');
  }

  async findPullRequest(branch: string): Promise<PullRequest | undefined> {
    this.calls.push(`findPullRequest ${branch}`);
    return [...this.pulls].reverse().find((p) => p.headRef === branch);
  }

  async openPullRequest(options: { branch: string; base: string; title: string; body: string }) {
    this.calls.push(`openPullRequest ${options.branch}`);
    const open = this.pulls.find((p) => p.headRef === options.branch && p.state === 'open');
    if (open) return { pullRequest: { ...open }, created: false };
    const number = 100 + this.pulls.length;
    const pull = {
      number,
      url: `https://github.com/o/r/pull/${number}`,
      state: 'open' as const,
      merged: false,
      title: options.title,
      body: options.body,
      headRef: options.branch,
      base: options.base,
    };
    this.pulls.push(pull);
    return { pullRequest: { ...pull }, created: true };
  }

  async updatePullRequest(
    number: number,
    changes: { title?: string; body?: string; state?: 'open' | 'closed' },
  ) {
    this.calls.push(`updatePullRequest ${number}`);
    const pull = this.pulls.find((p) => p.number === number)!;
    Object.assign(pull, changes);
    return { ...pull };
  }

  async listOpenPullRequests(base: string): Promise<ListedPullRequest[]> {
    this.calls.push(`listOpenPullRequests ${base}`);
    return this.pulls
      .filter((p) => p.state === 'open' && p.base === base)
      .map((p) => ({
        ...p,
        baseRef: p.base,
        headSha: this.branches.get(p.headRef) ?? '',
        fromThisRepository: true,
        createdAt: new Date(Date.UTC(2024, 0, 1, 0, 0, p.number)).toISOString(),
      }));
  }

  async getIssue(issueNumber: number): Promise<IssueSnapshot | undefined> {
    this.calls.push(`getIssue ${issueNumber}`);
    const issue = this.issues.get(issueNumber);
    return issue && { ...issue };
  }

  /** The paths that differ between the pull request's base and head branches, as `added` etc. */
  async mergeBase(base: string, head: string): Promise<string> {
    this.calls.push(`mergeBase ${base} ${head}`);
    const resolve = (ref: string) => this.branches.get(ref) ?? ref;
    const ancestors = new Set<string>();
    for (const pending = [resolve(base)]; pending.length > 0;) {
      const sha = pending.pop()!;
      if (ancestors.has(sha)) continue;
      ancestors.add(sha);
      pending.push(...(this.commits.get(sha)?.parents ?? []));
    }
    // Breadth first from the head: the nearest commit the base also descends from.
    for (const queue = [resolve(head)]; queue.length > 0;) {
      const sha = queue.shift()!;
      if (ancestors.has(sha)) return sha;
      queue.push(...(this.commits.get(sha)?.parents ?? []));
    }
    throw new Error(`no merge base of ${base} and ${head}`);
  }

  async listPullRequestFiles(number: number): Promise<PullRequestFile[]> {
    this.calls.push(`listPullRequestFiles ${number}`);
    const pull = this.pulls.find((p) => p.number === number)!;
    const files = (branch: string) => this.commits.get(this.branches.get(branch)!)!.files;
    const [base, head] = [files(pull.base), files(pull.headRef)];
    return [...new Set([...base.keys(), ...head.keys()])]
      .filter((path) => base.get(path) !== head.get(path))
      .sort()
      .map((path) => ({
        path,
        status: !base.has(path) ? 'added' : !head.has(path) ? 'removed' : 'modified',
      }));
  }

  async createLabel(label: LabelSpec): Promise<'created' | 'exists'> {
    this.calls.push(`createLabel ${label.name}`);
    const key = label.name.toLowerCase();
    if (this.repositoryLabels.has(key)) return 'exists';
    this.repositoryLabels.set(key, label);
    return 'created';
  }

  async addLabels(issueNumber: number, labels: readonly string[]): Promise<void> {
    if (labels.length === 0) return;
    this.calls.push(`addLabels ${issueNumber}`);
    this.labels.set(issueNumber, [...(this.labels.get(issueNumber) ?? []), ...labels]);
  }

  async listComments(issueNumber: number): Promise<IssueComment[]> {
    this.calls.push(`listComments ${issueNumber}`);
    return this.comments.filter((c) => c.issue === issueNumber).map((c) => ({ ...c }));
  }

  async createComment(issueNumber: number, body: string): Promise<IssueComment> {
    this.calls.push(`createComment ${issueNumber}`);
    const comment = {
      id: 1000 + this.comments.length,
      issue: issueNumber,
      url: `https://github.com/o/r/issues/${issueNumber}#c`,
      body,
      author: 'github-actions[bot]',
    };
    this.comments.push(comment);
    return { ...comment };
  }

  async updateComment(commentId: number, body: string): Promise<IssueComment> {
    this.calls.push(`updateComment ${commentId}`);
    const comment = this.comments.find((c) => c.id === commentId)!;
    comment.body = body;
    return { ...comment };
  }

  async deleteComment(commentId: number): Promise<void> {
    this.calls.push(`deleteComment ${commentId}`);
    const at = this.comments.findIndex((c) => c.id === commentId);
    if (at !== -1) this.comments.splice(at, 1);
  }

  async getPermission(login: string): Promise<Permission> {
    this.calls.push(`getPermission ${login}`);
    return this.permissions.get(login) ?? 'read';
  }

  private commitOn(request: CommitRequest): string {
    const files = new Map(this.commits.get(request.base.sha)!.files);
    for (const file of request.files) files.set(file.path, file.text);
    return this.addCommit([request.base.sha], request.message, files);
  }

  private addCommit(parents: string[], message: string, files: Map<string, string>): string {
    this.counter += 1;
    const sha = `c${String(this.counter).padStart(39, '0')}`;
    this.commits.set(sha, { sha, parents, message, files });
    return sha;
  }
}
