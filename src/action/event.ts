import { readFile } from 'node:fs/promises';
import type { IssueInput } from '../commands/add-paper.js';
import type { RepositoryContext } from '../commands/command-context.js';

/** The parts of the triggering event the commands use. */
export interface ActionEvent {
  /** `GITHUB_EVENT_NAME`: `issues`, `workflow_dispatch`, ... */
  readonly name: string;
  /** The payload's `action`: `opened`, `edited`, `closed`, ... */
  readonly action: string | undefined;
  readonly repository: RepositoryContext;
  readonly issue: (IssueInput & { readonly isPullRequest: boolean }) | undefined;
  /** For `labeled` events: the label just added. */
  readonly label: string | undefined;
}

type Json = Record<string, unknown>;
const object = (value: unknown): Json =>
  typeof value === 'object' && value !== null ? (value as Json) : {};
const string = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;
const number = (value: unknown): number | undefined =>
  typeof value === 'number' ? value : undefined;

/**
 * Reads the event the runner describes: its name from `GITHUB_EVENT_NAME`, its payload from the
 * JSON file at `GITHUB_EVENT_PATH`, the repository from `GITHUB_REPOSITORY` and the payload.
 */
export async function readEvent(env: NodeJS.ProcessEnv): Promise<ActionEvent> {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const path = env.GITHUB_EVENT_PATH;
  const payload: Json = path ? object(JSON.parse(await readFile(path, 'utf8'))) : {};
  const repo = object(payload.repository);
  const [owner, repoName] = (env.GITHUB_REPOSITORY ?? string(repo.full_name) ?? '/').split('/');
  if (!owner || !repoName)
    throw new Error('GITHUB_REPOSITORY is not set: run this action in a GitHub Actions workflow');
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const repository: RepositoryContext = {
    owner,
    repo: repoName,
    defaultBranch: string(repo.default_branch) ?? 'main',
    url: string(repo.html_url) ?? `${serverUrl}/${owner}/${repoName}`,
  };

  const rawIssue = object(payload.issue);
  const user = object(rawIssue.user);
  const issueNumber = number(rawIssue.number);
  const issue =
    issueNumber === undefined
      ? undefined
      : {
          number: issueNumber,
          body: string(rawIssue.body) ?? '',
          author: { login: string(user.login) ?? 'ghost', id: number(user.id) ?? 0 },
          comments: number(rawIssue.comments) ?? 0,
          labels: (Array.isArray(rawIssue.labels) ? rawIssue.labels : [])
            .map((label) => (typeof label === 'string' ? label : string(object(label).name)))
            .filter((label): label is string => label !== undefined),
          state: rawIssue.state === 'closed' ? ('closed' as const) : ('open' as const),
          isPullRequest: rawIssue.pull_request !== undefined,
        };
  return {
    name,
    action: string(payload.action),
    repository,
    issue,
    label: string(object(payload.label).name),
  };
}
