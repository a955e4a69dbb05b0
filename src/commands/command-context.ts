import type { GitHubGateway } from '../github/gateway.js';

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
}

/** Outcomes reported as the action's `result` output. */
export type ResultKind =
  'created' | 'updated' | 'unchanged' | 'invalid' | 'duplicate' | 'sorted' | 'closed' | 'skipped';

/** What a command did, for outputs, the log and the job summary. */
export interface CommandResult {
  readonly result: ResultKind;
  /** One line for the log. */
  readonly message: string;
  /** Markdown for the job summary. */
  readonly summary: string;
  readonly pullRequest?: { readonly number: number; readonly url: string };
  readonly commentUrl?: string;
}

/** A silent logger, for tests. */
export const quietLogger: Logger = {
  info: () => {},
  warn: () => {},
  group: (_name, phase) => phase(),
};
