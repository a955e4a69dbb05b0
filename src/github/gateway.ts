// The narrow interface the commands use to talk to GitHub. One real implementation sits over
// Octokit (octokit-gateway.ts); command tests use an in-memory one. Every method is one idea
// the commands need, not one endpoint.

/** A commit at the head of a branch. */
export interface Head {
  readonly sha: string;
  /** The commit's tree, when known; the gateway looks it up when it needs it. */
  readonly treeSha?: string;
}

/** A file read at some ref. */
export interface RepoFile {
  readonly path: string;
  readonly text: string;
  /** The blob sha, needed to update the file through the contents API. */
  readonly blobSha: string;
}

/** A branch's head commit, with what tells whether the bot made it. */
export interface BranchState extends Head {
  readonly treeSha: string;
  /** Parents of the branch's head commit. */
  readonly parents: readonly string[];
  readonly message: string;
}

/** A pull request as the commands see it. */
export interface PullRequest {
  readonly number: number;
  readonly url: string;
  readonly state: 'open' | 'closed';
  readonly merged: boolean;
  readonly title: string;
  readonly body: string;
  readonly headRef: string;
}

/** An open pull request as the list of pull requests shows it: what a refresh decides on. */
export interface ListedPullRequest extends PullRequest {
  /** The branch it merges into. */
  readonly baseRef: string;
  /** Its head commit. */
  readonly headSha: string;
  /** Whether its head branch is in this repository (not in a fork). */
  readonly fromThisRepository: boolean;
  /** When it was opened (ISO 8601). */
  readonly createdAt: string;
}

/** An issue as the commands read it, from an event's payload or from the API. */
export interface Issue {
  readonly number: number;
  /** Empty when the issue has no body. */
  readonly body: string;
  readonly author: { readonly login: string; readonly id: number };
  /** How many comments it has (as of the event, for an event's issue). */
  readonly comments: number;
  readonly labels: readonly string[];
  readonly state: 'open' | 'closed';
}

/** An issue as it is now (the event that started a run may be older). */
export interface IssueSnapshot extends Issue {
  /** Pull requests are issues too. */
  readonly isPullRequest: boolean;
}

/** What a pull request is opened with. */
export interface OpenPullRequestOptions {
  readonly branch: string;
  readonly base: string;
  readonly title: string;
  readonly body: string;
}

/** A file a pull request changes, as its files list reports it. */
export interface PullRequestFile {
  readonly path: string;
  /** `added`, `removed`, `modified`, `renamed`, `copied`, `changed` or `unchanged`. */
  readonly status: string;
  /** For a renamed or copied file: its path before. */
  readonly previousPath?: string;
}

/** An issue comment. */
export interface IssueComment {
  readonly id: number;
  readonly url: string;
  readonly body: string;
  readonly author: string;
}

/** A file to write in a commit. */
export interface FileChange {
  readonly path: string;
  readonly text: string;
  /** The blob the change is based on (the contents API needs it for existing files). */
  readonly baseBlobSha?: string;
}

/** What to commit, and where. */
export interface CommitRequest {
  readonly branch: string;
  /** The commit the branch is built on (the default branch's head). */
  readonly base: Head;
  readonly files: readonly FileChange[];
  readonly message: string;
}

/** A repository label to create. */
export interface LabelSpec {
  readonly name: string;
  /** Six hex digits, no `#`. */
  readonly color: string;
  readonly description: string;
}

/** A repository permission level, as the collaborator-permission API reports it. */
export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

/** Thrown when a branch to create already exists: a re-run or a race, handled by the caller. */
export class BranchExistsError extends Error {
  override readonly name = 'BranchExistsError';
}

/** The operations paper-list-bot performs on one repository. */
export interface GitHubGateway {
  /** A file's text at a ref, or `undefined` when it does not exist there. */
  readFile(path: string, ref: string): Promise<RepoFile | undefined>;
  /** The state of a branch, or `undefined` when it does not exist. */
  getBranch(branch: string): Promise<BranchState | undefined>;
  /**
   * Creates `branch` at `base` with one commit holding the files. Throws
   * {@link BranchExistsError} when the branch exists.
   */
  createBranchWithCommit(request: CommitRequest): Promise<string>;
  /**
   * Points an existing branch at a new commit (on `base`) holding the files, replacing what was
   * there in one ref update.
   */
  replaceBranchWithCommit(request: CommitRequest): Promise<string>;
  deleteBranch(branch: string): Promise<void>;

  /** The open pull request from `branch`, if any. */
  findOpenPullRequest(branch: string): Promise<PullRequest | undefined>;
  /** The most recent pull request from `branch` in any state, if any. */
  findPullRequest(branch: string): Promise<PullRequest | undefined>;
  /** Opens a pull request; when one is already open for the branch, returns that one. */
  openPullRequest(
    options: OpenPullRequestOptions,
  ): Promise<{ pullRequest: PullRequest; created: boolean }>;
  updatePullRequest(
    number: number,
    changes: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<PullRequest>;
  /** Every open pull request into `base`, oldest first, every page. */
  listOpenPullRequests(base: string): Promise<ListedPullRequest[]>;
  /** The files a pull request changes, every page (GitHub lists at most 3000). */
  listPullRequestFiles(number: number): Promise<PullRequestFile[]>;
  /**
   * The newest commit both `base` and `head` descend from: what a pull request's changes are
   * measured against (the base branch may have moved on since it branched).
   */
  mergeBase(base: string, head: string): Promise<string>;
  addLabels(issueNumber: number, labels: readonly string[]): Promise<void>;
  /**
   * Creates a repository label; `'exists'` when the repository already has one of that name
   * (GitHub compares names case-insensitively).
   */
  createLabel(label: LabelSpec): Promise<'created' | 'exists'>;

  /** An issue as it is now; `undefined` when there is none with that number. */
  getIssue(issueNumber: number): Promise<IssueSnapshot | undefined>;
  /** Every comment of an issue, oldest first. */
  listComments(issueNumber: number): Promise<IssueComment[]>;
  createComment(issueNumber: number, body: string): Promise<IssueComment>;
  updateComment(commentId: number, body: string): Promise<IssueComment>;
  deleteComment(commentId: number): Promise<void>;

  /** A user's permission on the repository. */
  getPermission(login: string): Promise<Permission>;
}
