import {
  BranchExistsError,
  type BranchState,
  type CommitRequest,
  type GitHubGateway,
  type Permission,
  type PullRequest,
  type RepoFile,
  type OpenPullRequestOptions,
} from '../github/gateway.js';
import { DelegatingGateway } from '../github/delegating-gateway.js';

/** A pull request the run took for open was closed or merged by someone while the run ran. */
export class ClosedMeanwhileError extends Error {
  override readonly name = 'ClosedMeanwhileError';
  constructor(readonly pullRequest: PullRequest) {
    super(`#${pullRequest.number} was ${pullRequest.merged ? 'merged' : 'closed'} meanwhile`);
  }
}

const COMMIT_SHA = /^[0-9a-f]{40}$/i;

/**
 * What one run has already read or been told, so that a refresh, which runs the add and sort
 * commands over many pull requests, asks GitHub nothing twice:
 *
 * - a file at a commit (a commit never changes), the tree of a commit, a user's permission, and
 *   the default branch's head once read;
 * - the open pull requests and the branch heads the refresh learnt from the list of pull
 *   requests (`remember…`): an add then neither tries to create a branch it knows exists nor
 *   opens a pull request it knows is open. What the run writes replaces what it knew.
 *
 * A known pull request that comes back closed from an update was closed or merged by someone
 * during the run: {@link ClosedMeanwhileError} stops the command before it writes more.
 */
export class RunMemoryGateway extends DelegatingGateway {
  private readonly files = new Map<string, Promise<RepoFile | undefined>>();
  private readonly trees = new Map<string, string>();
  private readonly heads = new Map<string, BranchState>();
  private readonly openPulls = new Map<string, PullRequest>();
  private readonly permissions = new Map<string, Promise<Permission>>();

  constructor(
    inner: GitHubGateway,
    private readonly defaultBranch: string,
  ) {
    super(inner);
  }

  /** The head of a branch, as the run knows it without asking. */
  rememberBranch(branch: string, state: BranchState): void {
    this.heads.set(branch, state);
    if (state.treeSha) this.trees.set(state.sha, state.treeSha);
  }

  /** A commit's tree, known from the event (a push names its head commit's tree). */
  rememberTree(commitSha: string, treeSha: string): void {
    this.trees.set(commitSha, treeSha);
  }

  /** An open pull request, as the list of pull requests showed it. */
  rememberOpenPullRequest(pull: PullRequest): void {
    this.openPulls.set(pull.headRef, pull);
  }

  override readFile(path: string, ref: string): Promise<RepoFile | undefined> {
    if (!COMMIT_SHA.test(ref)) return super.readFile(path, ref);
    const key = `${ref.toLowerCase()}:${path}`;
    let file = this.files.get(key);
    if (!file) {
      file = super.readFile(path, ref);
      this.files.set(key, file);
      file.catch(() => this.files.delete(key));
    }
    return file;
  }

  override async getBranch(branch: string): Promise<BranchState | undefined> {
    const known = this.heads.get(branch);
    if (known) return known;
    const state = await super.getBranch(branch);
    if (state && branch === this.defaultBranch) this.rememberBranch(branch, state);
    else if (state?.treeSha) this.trees.set(state.sha, state.treeSha);
    return state;
  }

  override async createBranchWithCommit(request: CommitRequest): Promise<string> {
    if (this.heads.has(request.branch))
      throw new BranchExistsError(`branch ${request.branch} already exists`);
    const head = await super.createBranchWithCommit(this.withTree(request));
    this.heads.delete(request.branch);
    return head;
  }

  override async replaceBranchWithCommit(request: CommitRequest): Promise<string> {
    this.heads.delete(request.branch);
    return super.replaceBranchWithCommit(this.withTree(request));
  }

  override async deleteBranch(branch: string): Promise<void> {
    this.heads.delete(branch);
    await super.deleteBranch(branch);
  }

  override async findOpenPullRequest(branch: string): Promise<PullRequest | undefined> {
    return this.openPulls.get(branch) ?? super.findOpenPullRequest(branch);
  }

  override async findPullRequest(branch: string): Promise<PullRequest | undefined> {
    return this.openPulls.get(branch) ?? super.findPullRequest(branch);
  }

  override async openPullRequest(
    options: OpenPullRequestOptions,
  ): Promise<{ pullRequest: PullRequest; created: boolean }> {
    const open = this.openPulls.get(options.branch);
    if (open) return { pullRequest: open, created: false };
    return super.openPullRequest(options);
  }

  override async updatePullRequest(
    number: number,
    changes: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<PullRequest> {
    const updated = await super.updatePullRequest(number, changes);
    const known = [...this.openPulls.values()].find((p) => p.number === number);
    if (known) this.openPulls.delete(known.headRef);
    if (updated.state === 'open') this.openPulls.set(updated.headRef, updated);
    else if (known && changes.state !== 'closed') throw new ClosedMeanwhileError(updated);
    return updated;
  }

  override getPermission(login: string): Promise<Permission> {
    let permission = this.permissions.get(login);
    if (!permission) {
      permission = super.getPermission(login);
      this.permissions.set(login, permission);
    }
    return permission;
  }

  /** The request with its base's tree filled in when the run knows it (saves a request). */
  private withTree(request: CommitRequest): CommitRequest {
    const tree = request.base.treeSha ?? this.trees.get(request.base.sha);
    return tree ? { ...request, base: { ...request.base, treeSha: tree } } : request;
  }
}
