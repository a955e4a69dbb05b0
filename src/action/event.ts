import { readFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import type { IssueInput } from '../commands/add-paper.js';
import type { PullRequestInput } from '../commands/review-pull-request.js';
import type { RepositoryContext } from '../commands/command-context.js';

/** An `issues` event: the issue, what happened to it, and the label just added if any. */
export interface IssuesEvent {
  readonly kind: 'issues';
  /** The payload's `action`: `opened`, `edited`, `labeled`, `closed`, ... */
  readonly action: string;
  readonly repository: RepositoryContext;
  readonly issue: IssueInput & {
    readonly isPullRequest: boolean;
    /** When the issue was opened and last changed (ISO 8601), to tell a label given at opening. */
    readonly createdAt: string;
    readonly updatedAt: string;
  };
  /** For `labeled` events: the label just added. */
  readonly label: string | undefined;
  /** `GITHUB_SHA`: the default branch's head when the event happened, when the runner says. */
  readonly sha: string | undefined;
}

/** A manual run from the Actions tab. */
export interface DispatchEvent {
  readonly kind: 'workflow_dispatch';
  readonly repository: RepositoryContext;
}

/** A `pull_request` event: the pull request to review, by number and by the commits it compares. */
export interface PullRequestEvent {
  readonly kind: 'pull_request';
  /** The payload's `action`: `opened`, `synchronize`, `reopened`, `edited`, ... */
  readonly action: string;
  readonly repository: RepositoryContext;
  readonly pullRequest: PullRequestInput;
}

/** A `push`: the ref it moved and the ref's new head (a refresh runs for the default branch). */
export interface PushEvent {
  readonly kind: 'push';
  readonly repository: RepositoryContext;
  /** `refs/heads/<branch>`, or a tag's ref. */
  readonly ref: string;
  /** The ref's head after the push; all zeros when the push deleted the ref. */
  readonly after: string;
  /** The tree of `after`, from the payload's `head_commit`, when it names one. */
  readonly treeSha: string | undefined;
}

/** A scheduled run (`on: schedule`): a refresh. */
export interface ScheduleEvent {
  readonly kind: 'schedule';
  readonly repository: RepositoryContext;
}

/** Any other event: the action skips it, so its payload is not read. */
export interface OtherEvent {
  readonly kind: 'other';
  /** `GITHUB_EVENT_NAME`. */
  readonly name: string;
}

/** The parts of the triggering event the commands use. */
export type ActionEvent =
  IssuesEvent | DispatchEvent | PullRequestEvent | PushEvent | ScheduleEvent | OtherEvent;

/** The events the action reads a payload for. */
const HANDLED = ['issues', 'workflow_dispatch', 'pull_request', 'push', 'schedule'] as const;

function handled(name: string): name is (typeof HANDLED)[number] {
  return (HANDLED as readonly string[]).includes(name);
}

const text = z.string().check(z.minLength(1));
const repositorySchema = z.object({ default_branch: text, html_url: text });
const labelSchema = z.object({ name: text });
const timestamp = z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value))));

/** What GitHub sends for `issues` events, as far as the bot reads it. */
const issuesPayload = z.object({
  action: text,
  repository: repositorySchema,
  label: z.optional(labelSchema),
  issue: z.object({
    number: z.number().check(z.int(), z.positive()),
    // GitHub sends null for an issue whose body was left empty.
    body: z.nullable(z.string()),
    user: z.object({ login: text, id: z.number().check(z.int()) }),
    comments: z.number().check(z.int(), z.nonnegative()),
    labels: z.array(labelSchema),
    state: z.enum(['open', 'closed']),
    created_at: timestamp,
    updated_at: timestamp,
    pull_request: z.optional(z.unknown()),
  }),
});

const dispatchPayload = z.object({ repository: repositorySchema });

const commitSha = z.string().check(z.regex(/^[0-9a-f]{40}$/i));

/** What GitHub sends for `pull_request` events, as far as the bot reads it. */
const pullRequestPayload = z.object({
  action: text,
  repository: repositorySchema,
  pull_request: z.object({
    number: z.number().check(z.int(), z.positive()),
    base: z.object({ ref: text, sha: commitSha }),
    // `repo` is null when the fork the pull request comes from was deleted.
    head: z.object({ sha: commitSha, repo: z.nullable(z.object({ full_name: text })) }),
  }),
});

/** What GitHub sends for `push` events, as far as the bot reads it. */
const pushPayload = z.object({
  ref: text,
  after: commitSha,
  repository: repositorySchema,
  // null when the push deleted the ref, or when it moved it to a commit already pushed.
  head_commit: z.optional(z.nullable(z.object({ tree_id: commitSha }))),
});

/** A scheduled run's payload: `schedule`, and `repository` on today's GitHub. */
const schedulePayload = z.object({ repository: z.optional(repositorySchema) });

/** Checks a payload against its schema; the error names the first bad field and what it is. */
function parsePayload<T>(schema: z.ZodMiniType<T>, payload: unknown, event: string): T {
  const result = schema.safeParse(payload);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.map(String).join('.') || '(the payload)';
    return `${where}: ${issue.message}`;
  });
  throw new Error(
    `the ${event} event payload is not what GitHub sends (${problems.join('; ')}); is GITHUB_EVENT_PATH the runner's event file?`,
  );
}

/** The repository named by `GITHUB_REPOSITORY`, with what the payload says of it. */
function repositoryContext(
  env: NodeJS.ProcessEnv,
  repository: z.infer<typeof repositorySchema>,
): RepositoryContext {
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || rest.length > 0)
    throw new Error('GITHUB_REPOSITORY is not set: run this action in a GitHub Actions workflow');
  return { owner, repo, defaultBranch: repository.default_branch, url: repository.html_url };
}

/** `GITHUB_SHA` when it names a commit. */
function eventSha(env: NodeJS.ProcessEnv): string | undefined {
  const sha = env.GITHUB_SHA?.trim();
  if (sha === undefined || sha === '') return undefined;
  if (!/^[0-9a-f]{40}$/i.test(sha)) throw new Error(`GITHUB_SHA "${sha}" is not a commit sha`);
  return sha;
}

/**
 * Reads the event the runner describes: its name from `GITHUB_EVENT_NAME`, its payload from the
 * JSON file at `GITHUB_EVENT_PATH`, the repository from `GITHUB_REPOSITORY` and the payload.
 * The payload of an event the bot acts on is checked field by field; a missing or malformed
 * field fails the run with its name, and nothing is filled in.
 */
export async function readEvent(env: NodeJS.ProcessEnv): Promise<ActionEvent> {
  const name = env.GITHUB_EVENT_NAME ?? '';
  if (!handled(name)) return { kind: 'other', name };
  const path = env.GITHUB_EVENT_PATH;
  if (!path)
    throw new Error('GITHUB_EVENT_PATH is not set: run this action in a GitHub Actions workflow');
  const payload: unknown = JSON.parse(await readFile(path, 'utf8'));
  if (name === 'workflow_dispatch') {
    const dispatch = parsePayload(dispatchPayload, payload, name);
    return { kind: name, repository: repositoryContext(env, dispatch.repository) };
  }
  if (name === 'pull_request') return pullRequestEvent(env, payload);
  if (name === 'push') return pushEvent(env, payload);
  if (name === 'schedule') return scheduleEvent(env, payload);
  const { action, repository, label, issue } = parsePayload(issuesPayload, payload, name);
  return {
    kind: name,
    action,
    repository: repositoryContext(env, repository),
    issue: {
      number: issue.number,
      body: issue.body ?? '',
      author: { login: issue.user.login, id: issue.user.id },
      comments: issue.comments,
      labels: issue.labels.map((l) => l.name),
      state: issue.state,
      isPullRequest: issue.pull_request !== undefined,
      createdAt: issue.created_at,
      updatedAt: issue.updated_at,
    },
    label: label?.name,
    sha: eventSha(env),
  };
}

/** A `pull_request` event; the head repository is named only when it is a fork. */
function pullRequestEvent(env: NodeJS.ProcessEnv, payload: unknown): PullRequestEvent {
  const event = parsePayload(pullRequestPayload, payload, 'pull_request');
  const repository = repositoryContext(env, event.repository);
  const { number, base, head } = event.pull_request;
  const headRepository = head.repo?.full_name ?? '(a deleted fork)';
  const own =
    headRepository.toLowerCase() === `${repository.owner}/${repository.repo}`.toLowerCase();
  return {
    kind: 'pull_request',
    action: event.action,
    repository,
    pullRequest: {
      number,
      baseRef: base.ref,
      baseSha: base.sha,
      headSha: head.sha,
      ...(own ? {} : { fork: headRepository }),
    },
  };
}

/** A `push` event: the ref, its new head and that head's tree. */
function pushEvent(env: NodeJS.ProcessEnv, payload: unknown): PushEvent {
  const event = parsePayload(pushPayload, payload, 'push');
  return {
    kind: 'push',
    repository: repositoryContext(env, event.repository),
    ref: event.ref,
    after: event.after,
    treeSha: event.head_commit?.tree_id,
  };
}

/**
 * A `schedule` event. Older payloads hold only the cron line: the repository is then the one
 * the runner names, and a schedule always runs on the default branch (`GITHUB_REF`).
 */
function scheduleEvent(env: NodeJS.ProcessEnv, payload: unknown): ScheduleEvent {
  const event = parsePayload(schedulePayload, payload, 'schedule');
  const branch = /^refs\/heads\/(.+)$/.exec(env.GITHUB_REF ?? '')?.[1];
  const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const repository = event.repository ?? {
    default_branch: branch ?? '',
    html_url: `${server}/${env.GITHUB_REPOSITORY ?? ''}`,
  };
  if (!repository.default_branch)
    throw new Error('the schedule event names no repository and GITHUB_REF no branch');
  return { kind: 'schedule', repository: repositoryContext(env, repository) };
}
