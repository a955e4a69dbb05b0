// Public types of the GitHub emulator: what tests pass in and what they read back.

/** A repository permission level, as set with `setCollaboratorPermission`. */
export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

/** A GitHub account. */
export interface UserInfo {
  readonly login: string;
  readonly id: number;
  readonly type: 'User' | 'Bot' | 'Organization';
}

/** A GitHub account as tests describe it; `type` defaults to `User`. */
export interface UserInput {
  readonly login: string;
  readonly id: number;
  readonly type?: 'User' | 'Bot' | 'Organization';
}

/** The author or committer of a commit; `date` is ISO 8601 in UTC, to the second. */
export interface GitSignature {
  readonly name: string;
  readonly email: string;
  readonly date: string;
}

/** A commit as the emulator stores it. */
export interface CommitInfo {
  readonly sha: string;
  readonly message: string;
  readonly parents: readonly string[];
  /** The root tree sha. */
  readonly tree: string;
  readonly author: GitSignature;
  readonly committer: GitSignature;
  /** True for commits GitHub itself signs: API commits without an explicit author or committer. */
  readonly verified: boolean;
  /** GitHub's verification reason: `valid` or `unsigned`. */
  readonly reason: string;
}

/** An issue (not a pull request) in a snapshot. */
export interface IssueState {
  readonly number: number;
  readonly id: number;
  readonly title: string;
  readonly body: string | null;
  readonly state: 'open' | 'closed';
  readonly stateReason: string | null;
  readonly user: UserInfo;
  readonly labels: readonly string[];
  readonly authorAssociation: string;
  /** Number of comments. */
  readonly comments: number;
  readonly htmlUrl: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly closedAt: string | null;
}

/** A pull request in a snapshot. */
export interface PullState {
  readonly number: number;
  readonly id: number;
  readonly title: string;
  readonly body: string | null;
  readonly state: 'open' | 'closed';
  readonly draft: boolean;
  readonly headRef: string;
  /** The head commit: the branch head while open, frozen when closed. */
  readonly headSha: string;
  readonly baseRef: string;
  readonly merged: boolean;
  readonly mergedAt: string | null;
  readonly mergeCommitSha: string | null;
  readonly user: UserInfo;
  readonly labels: readonly string[];
  /** Number of issue comments on the pull request. */
  readonly comments: number;
  readonly htmlUrl: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly closedAt: string | null;
}

/** An issue or pull-request comment in a snapshot. */
export interface CommentState {
  readonly id: number;
  /** The issue or pull request the comment is on. */
  readonly issueNumber: number;
  readonly body: string;
  readonly user: UserInfo;
  readonly htmlUrl: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A read-only copy of one repository's state. */
export interface RepoSnapshot {
  readonly owner: string;
  readonly name: string;
  readonly private: boolean;
  readonly defaultBranch: string;
  /** Branch name → head commit sha. */
  readonly branches: Readonly<Record<string, string>>;
  readonly pulls: readonly PullState[];
  /** Issues only; pull requests are in `pulls` (they share the number sequence). */
  readonly issues: readonly IssueState[];
  /** Every issue and pull-request comment, oldest first. */
  readonly comments: readonly CommentState[];
  /** Names of the repository's labels. */
  readonly labels: readonly string[];
  /** Login → permission, as set with `setCollaboratorPermission`. */
  readonly collaborators: Readonly<Record<string, Permission>>;
  /** Looks a commit up by sha. */
  readonly commits: (sha: string) => CommitInfo | undefined;
}

/** One request the emulator received, in arrival order. */
export interface RecordedRequest {
  readonly method: string;
  /** Path without the query, percent-decoded (`%2F` becomes `/`). */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  /** The response status; 0 while the request is still being handled. */
  status: number;
  /** The parsed JSON body (or the text, when it is not JSON); absent without a body. */
  readonly body?: unknown;
}

/** What a `beforeRequest` hook sees. */
export interface EmulatorRequest {
  readonly method: string;
  /** Path without the query, percent-decoded. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: unknown;
}

/** A hook run before each request is handled; awaited, so it can change state first. */
export type BeforeRequestHook = (request: EmulatorRequest) => void | Promise<void>;

/** Fault injection: the next matching requests get this response instead. */
export interface FaultOptions {
  /** HTTP method to match (any when absent). */
  readonly method?: string;
  /** A RegExp tested against the decoded path, or a string equal to it. */
  readonly path: RegExp | string;
  readonly status: number;
  /** JSON body; defaults to `{ message: <status text>, documentation_url }`. */
  readonly body?: object;
  /** Extra response headers; they override the emulator's defaults. */
  readonly headers?: Readonly<Record<string, string>>;
  /** How many requests to fail (default 1). */
  readonly times?: number;
  /**
   * Handle the request first (its changes stick), then answer with the fault anyway: a write
   * that GitHub applied although the client saw an error (e.g. a 502 from a timed-out gateway).
   */
  readonly applied?: boolean;
}

/** Options of `secondaryRateLimitNext`. */
export interface SecondaryRateLimitOptions {
  readonly method?: string;
  readonly path: RegExp | string;
  readonly retryAfterSeconds: number;
  readonly times?: number;
}

/** Options of `primaryRateLimitNext`. */
export interface PrimaryRateLimitOptions {
  readonly method?: string;
  readonly path: RegExp | string;
  /** Seconds until `x-ratelimit-reset`. */
  readonly resetInSeconds: number;
  readonly times?: number;
}

/** Options of `startGitHubEmulator`. */
export interface GitHubEmulatorOptions {
  /** The bearer token every request must carry (default `test-token`). */
  readonly token?: string;
  /** The account that authors comments, pulls and API commits (default github-actions[bot]). */
  readonly bot?: { readonly login: string; readonly id: number };
  /** Receives one line per request. */
  readonly log?: (line: string) => void;
  /** Port to listen on (default 0: any free port). */
  readonly port?: number;
  /** Start of the emulator's clock (default 2024-01-01T00:00:00Z); it ticks one second per operation. */
  readonly startTime?: Date;
  /**
   * Milliseconds each request waits before it is handled, like the round trip to
   * api.github.com (default 0: loopback speed). Benchmarks use it to count what a run's
   * requests cost.
   */
  readonly latencyMs?: number;
}
