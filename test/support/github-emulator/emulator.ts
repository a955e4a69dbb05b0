// The emulator as tests use it: a running server plus control methods that seed and inspect
// state the way people (not the bot) would change it on GitHub.
import { noreplyEmail } from './commit-meta.js';
import { FaultQueue, SECONDARY_RATE_LIMIT_MESSAGE } from './faults.js';
import { DOCS_URL } from './http-errors.js';
import { mergePull } from './merge.js';
import { addLabels } from './issue-ops.js';
import { openPull } from './open-pull.js';
import { EmulatorUsageError, Repo, type CommitMeta, type IssueRecord } from './repo.js';
import { EmulatorServer } from './server.js';
import { commentState, commitInfo, issueState, pullState, repoSnapshot } from './snapshot.js';
import type {
  BeforeRequestHook,
  CommentState,
  CommitInfo,
  FaultOptions,
  GitHubEmulatorOptions,
  IssueState,
  Permission,
  PrimaryRateLimitOptions,
  PullState,
  RecordedRequest,
  RepoSnapshot,
  SecondaryRateLimitOptions,
  UserInput,
} from './types.js';
import { World } from './world.js';

/** File content for the control methods: text (UTF-8) or bytes. */
export type FileContent = string | Buffer;

/** Identifies a repository. */
export interface RepoName {
  readonly owner: string;
  readonly name: string;
}

/** Options of {@link GitHubEmulator.createRepo}. */
export interface CreateRepoOptions extends RepoName {
  /** Default `main`. */
  readonly defaultBranch?: string;
  /** The initial commit's files, path → content. */
  readonly files: Readonly<Record<string, FileContent>>;
  readonly private?: boolean;
}

/** Options of {@link GitHubEmulator.commit}. */
export interface CommitOptions extends RepoName {
  readonly branch: string;
  /** Path → new content, or `null` to delete the file. */
  readonly files: Readonly<Record<string, FileContent | null>>;
  readonly message: string;
  /** Default: the repository owner. */
  readonly author?: { readonly name: string; readonly email: string; readonly login?: string };
}

/** Options of {@link GitHubEmulator.createIssue}. */
export interface CreateIssueOptions extends RepoName {
  readonly number?: number;
  readonly title: string;
  readonly body: string | null;
  readonly user: UserInput;
  readonly labels?: readonly string[];
  readonly state?: 'open' | 'closed';
  /** Default: derived from the user's permission (OWNER, COLLABORATOR or NONE). */
  readonly authorAssociation?: string;
}

/** Options of {@link GitHubEmulator.createComment}. */
export interface CreateCommentOptions extends RepoName {
  readonly issueNumber: number;
  readonly body: string;
  readonly user: UserInput;
  readonly authorAssociation?: string;
}

/** Options of {@link GitHubEmulator.openPullRequest}. */
export interface OpenPullRequestOptions extends RepoName {
  /** A branch of the repository (push it with {@link GitHubEmulator.commit}). */
  readonly head: string;
  /** Default: the default branch. */
  readonly base?: string;
  readonly title: string;
  readonly body?: string | null;
  readonly user: UserInput;
}

/** Options of {@link GitHubEmulator.mergePullRequest}. */
export interface MergePullRequestOptions extends RepoName {
  readonly number: number;
  /** Default `merge` (a two-parent merge commit). */
  readonly method?: 'merge' | 'squash' | 'rebase';
  /** Who merges (default: the repository owner). */
  readonly by?: UserInput;
  /** Delete the head branch afterwards, as GitHub's auto-delete does. */
  readonly deleteBranch?: boolean;
}

function toBuffer(content: FileContent): Buffer {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
}

/** A running GitHub REST API emulator. Start one with {@link startGitHubEmulator}. */
export class GitHubEmulator {
  private readonly faults = new FaultQueue();
  private readonly hooks: BeforeRequestHook[] = [];
  private readonly requestLog: RecordedRequest[] = [];
  private readonly server: EmulatorServer;

  /** Use {@link startGitHubEmulator}. */
  constructor(
    private readonly world: World,
    log?: (line: string) => void,
  ) {
    this.server = new EmulatorServer({
      world,
      faults: this.faults,
      hooks: this.hooks,
      requests: this.requestLog,
      log,
    });
  }

  /** @internal Starts listening; called by {@link startGitHubEmulator}. */
  async listen(port: number): Promise<void> {
    this.world.baseUrl = await this.server.listen(port);
  }

  /** The base URL, `http://127.0.0.1:PORT`: pass it as `baseUrl` / `GITHUB_API_URL`. */
  get url(): string {
    return this.world.baseUrl;
  }

  /** The account that authors what the token creates. */
  get bot(): { readonly login: string; readonly id: number } {
    return { login: this.world.bot.login, id: this.world.bot.id };
  }

  /** Stops the server. */
  close(): Promise<void> {
    return this.server.close();
  }

  /** Creates a repository with one initial commit on its default branch; returns that commit's sha. */
  createRepo(options: CreateRepoOptions): string {
    const { owner, name } = options;
    if (this.world.repo(owner, name))
      throw new EmulatorUsageError(`${owner}/${name} already exists`);
    this.world.tick();
    const ownerUser = this.world.user(owner);
    const repo = new Repo(
      { now: () => this.world.now(), nextId: () => this.world.nextId() },
      this.world.nextId(),
      ownerUser,
      name,
      options.private ?? false,
      options.defaultBranch ?? 'main',
    );
    this.world.repos.set(`${owner}/${name}`.toLowerCase(), repo);
    const files = new Map(
      Object.entries(options.files).map(([p, c]): [string, Buffer] => [p, toBuffer(c)]),
    );
    const commit = repo.commitChanges(undefined, files, this.humanMeta(repo, 'Initial commit'));
    repo.setRef(`refs/heads/${repo.defaultBranch}`, commit.sha);
    return commit.sha;
  }

  /**
   * Pushes one commit to a branch, as a person would (unsigned); creates the branch from the
   * default branch's head when it does not exist. Returns the commit sha.
   */
  commit(options: CommitOptions): string {
    const repo = this.repo(options);
    this.world.tick();
    const parent = repo.branch(options.branch) ?? repo.branch(repo.defaultBranch);
    const files = new Map(
      Object.entries(options.files).map(([p, c]): [string, Buffer | null] => [
        p,
        c === null ? null : toBuffer(c),
      ]),
    );
    const commit = repo.commitChanges(
      parent,
      files,
      this.humanMeta(repo, options.message, options.author),
    );
    repo.setRef(`refs/heads/${options.branch}`, commit.sha);
    return commit.sha;
  }

  /** Points a branch at any commit (a force push); creates the branch when absent. */
  moveBranch(options: RepoName & { readonly branch: string; readonly sha: string }): void {
    const repo = this.repo(options);
    if (!repo.objects.commit(options.sha)) throw new EmulatorUsageError(`No commit ${options.sha}`);
    this.world.tick();
    repo.setRef(`refs/heads/${options.branch}`, options.sha);
  }

  /** Deletes a branch, as a person would (closing open pull requests from or into it). */
  deleteBranch(options: RepoName & { readonly branch: string }): void {
    const repo = this.repo(options);
    this.world.tick();
    if (!repo.deleteRef(`refs/heads/${options.branch}`)) {
      throw new EmulatorUsageError(`No branch ${options.branch} in ${repo.fullName}`);
    }
  }

  /** Opens (or records) an issue written by `user`. */
  createIssue(options: CreateIssueOptions): IssueState {
    const repo = this.repo(options);
    this.world.tick();
    const now = this.world.now();
    const closed = options.state === 'closed';
    const issue: IssueRecord = {
      number: repo.allocateNumber(options.number),
      id: this.world.nextId(),
      title: options.title,
      body: options.body,
      user: this.world.registerUser(options.user),
      labels: [],
      state: closed ? 'closed' : 'open',
      stateReason: closed ? 'completed' : null,
      authorAssociation: options.authorAssociation ?? null,
      createdAt: now,
      updatedAt: now,
      closedAt: closed ? now : null,
    };
    for (const label of options.labels ?? []) issue.labels.push(repo.ensureLabel(label).name);
    repo.issues.set(issue.number, issue);
    return issueState(repo, issue);
  }

  /** Edits an issue's body as its author would in the web UI (the clock moves on). */
  editIssue(options: RepoName & { readonly number: number; readonly body: string }): IssueState {
    const repo = this.repo(options);
    const issue = repo.issues.get(options.number);
    if (!issue) throw new EmulatorUsageError(`No issue #${options.number} in ${repo.fullName}`);
    this.world.tick();
    issue.body = options.body;
    issue.updatedAt = this.world.now();
    return issueState(repo, issue);
  }

  /** Adds a comment by `user` to an issue or pull request. */
  createComment(options: CreateCommentOptions): CommentState {
    const repo = this.repo(options);
    const issue = repo.issues.get(options.issueNumber);
    if (!issue)
      throw new EmulatorUsageError(`No issue #${options.issueNumber} in ${repo.fullName}`);
    this.world.tick();
    const now = this.world.now();
    const comment = {
      id: this.world.nextId(),
      issueNumber: issue.number,
      body: options.body,
      user: this.world.registerUser(options.user),
      authorAssociation: options.authorAssociation ?? null,
      createdAt: now,
      updatedAt: now,
    };
    repo.comments.set(comment.id, comment);
    issue.updatedAt = now;
    return commentState(repo, comment);
  }

  /** Sets a user's permission (`none` removes the collaborator). */
  setCollaboratorPermission(
    options: RepoName & { readonly login: string; readonly permission: Permission },
  ): void {
    const repo = this.repo(options);
    if (options.permission === 'none') repo.collaborators.delete(options.login.toLowerCase());
    else
      repo.collaborators.set(options.login.toLowerCase(), {
        login: options.login,
        permission: options.permission,
      });
  }

  /**
   * Labels an issue as a maintainer does in the web UI, `afterSeconds` after the last change
   * (the clock moves on), creating the repository label when missing.
   */
  labelIssue(
    options: RepoName & {
      readonly number: number;
      readonly label: string;
      readonly afterSeconds?: number;
    },
  ): IssueState {
    const repo = this.repo(options);
    const issue = repo.issues.get(options.number);
    if (!issue) throw new EmulatorUsageError(`No issue #${options.number} in ${repo.fullName}`);
    for (let i = 0; i < (options.afterSeconds ?? 1); i += 1) this.world.tick();
    addLabels(repo, issue, [options.label]);
    issue.updatedAt = this.world.now();
    return issueState(repo, issue);
  }

  /** Opens a pull request as `user` would on github.com (from a branch of the repository). */
  openPullRequest(options: OpenPullRequestOptions): PullState {
    const repo = this.repo(options);
    const base = options.base ?? repo.defaultBranch;
    const headSha = repo.branch(options.head);
    const baseSha = repo.branch(base);
    if (!headSha || !baseSha)
      throw new EmulatorUsageError(
        `No branch ${headSha ? base : options.head} in ${repo.fullName}`,
      );
    this.world.tick();
    const issue = openPull(this.world, repo, {
      head: options.head,
      headSha,
      base,
      baseSha,
      title: options.title,
      body: options.body ?? null,
      user: this.world.registerUser(options.user),
    });
    return pullState(repo, issue);
  }

  /**
   * Merges an open pull request as a maintainer would: a merge commit (signed by GitHub) whose
   * tree is the three-way merge of head into base, which is the head's tree when the base has
   * not moved. Like GitHub, the default branch moves to it, the pull request is marked merged
   * and closed, and a merge into the default branch closes the issues the body links with a
   * closing keyword (`Closes #n`). Returns the merge commit sha; throws on a conflict.
   */
  mergePullRequest(options: MergePullRequestOptions): string {
    const repo = this.repo(options);
    const issue = repo.issues.get(options.number);
    if (!issue?.pull)
      throw new EmulatorUsageError(`No pull request #${options.number} in ${repo.fullName}`);
    if (issue.state !== 'open')
      throw new EmulatorUsageError(`Pull request #${options.number} is not open`);
    this.world.tick();
    const mergedBy = options.by ? this.world.registerUser(options.by) : repo.owner;
    const commit = mergePull(repo, issue, {
      method: options.method ?? 'merge',
      mergedBy,
      now: this.world.now(),
    });
    if (!commit)
      throw new EmulatorUsageError(`Pull request #${options.number} does not merge cleanly`);
    if (options.deleteBranch) repo.deleteRef(`refs/heads/${issue.pull.headRef}`);
    return commit.sha;
  }

  /** A read-only snapshot of a repository. */
  state(owner: string, name: string): RepoSnapshot {
    return repoSnapshot(this.repo({ owner, name }));
  }

  /** A file's bytes at a branch, tag or sha; `undefined` when the file or the ref is absent. */
  readFileBytes(owner: string, name: string, ref: string, path: string): Buffer | undefined {
    const repo = this.repo({ owner, name });
    const commit = repo.resolve(ref);
    const leaf = commit ? repo.treeOf(commit.sha).get(path) : undefined;
    const bytes = leaf?.type === 'blob' ? repo.objects.blob(leaf.sha) : undefined;
    return bytes ? Buffer.from(bytes) : undefined;
  }

  /** A file's text (UTF-8) at a branch, tag or sha; `undefined` when the file or the ref is absent. */
  readFile(owner: string, name: string, ref: string, path: string): string | undefined {
    return this.readFileBytes(owner, name, ref, path)?.toString('utf8');
  }

  /** Every file path at a ref, sorted. */
  listFiles(owner: string, name: string, ref: string): string[] {
    const repo = this.repo({ owner, name });
    const commit = repo.resolve(ref);
    if (!commit) throw new EmulatorUsageError(`No ref ${ref} in ${repo.fullName}`);
    return [...repo.treeOf(commit.sha).keys()].sort();
  }

  /** A commit by sha (or branch); throws when unknown. */
  commitInfo(owner: string, name: string, sha: string): CommitInfo {
    const repo = this.repo({ owner, name });
    const commit = repo.objects.commit(sha) ?? repo.resolve(sha);
    if (!commit) throw new EmulatorUsageError(`No commit ${sha} in ${repo.fullName}`);
    return commitInfo(commit);
  }

  /** Every request so far, in arrival order. */
  get requests(): readonly RecordedRequest[] {
    return this.requestLog;
  }

  /** Forgets the requests so far. */
  resetRequests(): void {
    this.requestLog.length = 0;
  }

  /** Makes the next matching request(s) get this response instead of being handled. */
  failNext(options: FaultOptions): void {
    this.faults.add(options);
  }

  /** Makes the next matching request(s) hit a secondary rate limit: 403 with `retry-after`. */
  secondaryRateLimitNext(options: SecondaryRateLimitOptions): void {
    this.faults.add({
      ...(options.method ? { method: options.method } : {}),
      path: options.path,
      status: 403,
      body: { message: SECONDARY_RATE_LIMIT_MESSAGE, documentation_url: DOCS_URL },
      headers: { 'retry-after': String(options.retryAfterSeconds) },
      times: options.times ?? 1,
    });
  }

  /** Makes the next matching request(s) hit the primary rate limit: 403 with 0 remaining. */
  primaryRateLimitNext(options: PrimaryRateLimitOptions): void {
    this.faults.add({
      ...(options.method ? { method: options.method } : {}),
      path: options.path,
      status: 403,
      body: { message: 'API rate limit exceeded for installation.', documentation_url: DOCS_URL },
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + options.resetInSeconds),
      },
      times: options.times ?? 1,
    });
  }

  /** How many injected responses are still waiting for a request. */
  pendingFaults(): number {
    return this.faults.pending();
  }

  /** Runs `hook` before each request is handled (awaited); returns a function that removes it. */
  beforeRequest(hook: BeforeRequestHook): () => void {
    this.hooks.push(hook);
    return () => {
      const index = this.hooks.indexOf(hook);
      if (index >= 0) this.hooks.splice(index, 1);
    };
  }

  private repo({ owner, name }: RepoName): Repo {
    const repo = this.world.repo(owner, name);
    if (!repo) throw new EmulatorUsageError(`No repository ${owner}/${name}`);
    return repo;
  }

  private humanMeta(repo: Repo, message: string, author?: CommitOptions['author']): CommitMeta {
    const user = author?.login ? this.world.user(author.login) : author ? null : repo.owner;
    const signature = {
      name: author?.name ?? repo.owner.login,
      email: author?.email ?? noreplyEmail(repo.owner),
      date: this.world.now(),
    };
    return {
      message,
      author: signature,
      committer: signature,
      authorUser: user,
      committerUser: user,
      verified: false,
      reason: 'unsigned',
    };
  }
}

/** Starts an emulator on 127.0.0.1 (port 0: any free port). */
export async function startGitHubEmulator(
  options: GitHubEmulatorOptions = {},
): Promise<GitHubEmulator> {
  const bot = options.bot ?? { login: 'github-actions[bot]', id: 41898282 };
  const world = new World(
    options.token ?? 'test-token',
    { login: bot.login, id: bot.id, type: bot.login.endsWith('[bot]') ? 'Bot' : 'User' },
    options.startTime ?? new Date(Date.UTC(2024, 0, 1)),
  );
  const emulator = new GitHubEmulator(world, options.log);
  const latencyMs = options.latencyMs ?? 0;
  if (latencyMs > 0) emulator.beforeRequest(() => delay(latencyMs));
  await emulator.listen(options.port ?? 0);
  return emulator;
}

/** Resolves after `ms` milliseconds. */
function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
