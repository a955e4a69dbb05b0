import type { MetadataAccess } from '../autofill/autofill-submission.js';
import type { GitHubGateway } from '../github/gateway.js';
import type { Sleep } from '../github/sleep.js';

/** The repository a command works on. */
export interface RepositoryContext {
  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch: string;
  /** `https://github.com/<owner>/<repo>` (or the Enterprise server's). */
  readonly url: string;
}

/** Progress reporting: the Actions log in the action, silence in tests. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  /** Runs a phase inside a collapsible log group. */
  group<T>(name: string, phase: () => Promise<T>): Promise<T>;
}

/** What every command gets: the gateway, the repository, where its configuration lives. */
export interface CommandContext {
  readonly gateway: GitHubGateway;
  readonly repository: RepositoryContext;
  /** Path of the configuration file in the repository. */
  readonly configPath: string;
  readonly log: Logger;
  /**
   * How a command pauses (to give a concurrent run's comment a moment to appear): real time
   * by default, recorded and skipped in tests.
   */
  readonly wait?: Sleep;
  /**
   * Where the paper link's metadata sources are (read from the environment once, by the entry
   * point). Absent: autofill never asks, as for a run without network.
   */
  readonly metadata?: MetadataAccess;
}

/** Outcomes reported as the action's `result` output. */
export type ResultKind =
  | 'created'
  | 'updated'
  | 'unchanged'
  | 'invalid'
  | 'duplicate'
  | 'sorted'
  | 'closed'
  | 'reviewed'
  | 'refreshed'
  | 'skipped';

/** A problem to show on a line of a file (an error annotation in the action). */
export interface Annotation {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** Fixed words, never text from outside. */
  readonly title: string;
  /** One line of plain text. */
  readonly message: string;
}

/** What a command did, for outputs, the log and the job summary. */
export interface CommandResult {
  readonly result: ResultKind;
  /** One line for the log. */
  readonly message: string;
  /** Markdown for the job summary. */
  readonly summary: string;
  readonly pullRequest?: { readonly number: number; readonly url: string };
  readonly commentUrl?: string;
  /** Problems to show on the lines they are about. */
  readonly annotations?: readonly Annotation[];
  /** A refresh: the bot's pull requests it rebuilt, closed or opened (empty: none). */
  readonly refreshed?: readonly number[];
  /** Set when the step must fail although the command ran to the end: why, in one line. */
  readonly failure?: string;
}
