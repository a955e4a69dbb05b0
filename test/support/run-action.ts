// Runs the action on one event, with the runner's environment: the event payload in a file
// named by GITHUB_EVENT_PATH, REST calls to GITHUB_API_URL. By default `run()` runs in this
// process with an I/O of its own (see recording-io.ts) and its pauses recorded, not waited;
// with `spawn: true` the committed bundle dist/index.js runs exactly as the Actions runner
// runs it: a separate Node process, inputs as INPUT_* variables, outputs and the job summary
// written to the files named by GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, real pauses.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from './project-root.js';
import { runInProcess } from './run-in-process.js';

/** The bundle the runner executes (action.yml `runs.main`). */
export const ACTION_BUNDLE = path.join(projectRoot(), 'dist/index.js');

/** How to run the action once. */
export interface RunActionOptions {
  readonly apiUrl: string;
  readonly repository: string;
  readonly eventName: string;
  readonly payload: unknown;
  /** Action inputs by name (`github-token`, `config-path`). */
  readonly inputs: Readonly<Record<string, string>>;
  /** The default branch head at event time (the runner's GITHUB_SHA). */
  readonly sha?: string;
  readonly timeoutMs?: number;
  /** Run the committed dist/index.js in a process of its own, as the runner does (default: in-process). */
  readonly spawn?: boolean;
  /**
   * More of the runner's variables, such as the metadata emulator's `PAPER_LIST_BOT_*_URL`
   * (what a workflow's `env:` would set); they reach `run()` in-process and the bundle spawned.
   */
  readonly env?: Readonly<Record<string, string>>;
}

/** What the run left behind. */
export interface ActionRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  /** Every pause the run asked for, in ms, in order (in-process runs only: spawned ones wait). */
  readonly waits?: readonly number[];
}

/** Runs the action once and collects its exit code, logs, outputs and job summary. */
export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'paper-list-action-'));
  const eventPath = path.join(dir, 'event.json');
  const outputPath = path.join(dir, 'output');
  const summaryPath = path.join(dir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(options.payload, null, 2));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: options.repository,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    ...(options.sha ? { GITHUB_SHA: options.sha } : {}),
    ...options.env,
  };
  const timeoutMs = options.timeoutMs ?? 60_000;
  try {
    if (!options.spawn) return await runInProcess(env, options.inputs, timeoutMs);
    for (const [name, value] of Object.entries(options.inputs)) {
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    }
    const { code, stdout, stderr } = await spawnNode(ACTION_BUNDLE, env, timeoutMs);
    return {
      code,
      stdout,
      stderr,
      outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
      summary: readFileSync(summaryPath, 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function spawnNode(script: string, env: NodeJS.ProcessEnv, timeoutMs: number) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the action did not finish within ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Reads a GITHUB_OUTPUT file: `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!match) {
      const simple = /^([^=]+)=(.*)$/.exec(lines[i]!);
      if (simple) outputs[simple[1]!] = simple[2]!;
      continue;
    }
    const value: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== match[2]; i += 1) value.push(lines[i]!);
    outputs[match[1]!] = value.join('\n');
  }
  return outputs;
}

/** A realistic `issues` event payload, as GitHub sends it. */
export function issuesPayload(options: {
  action: string;
  owner: string;
  repo: string;
  number: number;
  title: string;
  body: string;
  author: { login: string; id: number };
  labels: readonly string[];
  comments?: number;
  state?: 'open' | 'closed';
  authorAssociation?: string;
  defaultBranch?: string;
  label?: string;
  /** When the issue was opened and last changed (default: both at one fixed time). */
  createdAt?: string;
  updatedAt?: string;
}): unknown {
  const repositoryUrl = `https://github.com/${options.owner}/${options.repo}`;
  const user = {
    login: options.author.login,
    id: options.author.id,
    type: 'User',
    html_url: `https://github.com/${options.author.login}`,
  };
  return {
    action: options.action,
    issue: {
      url: `https://api.github.com/repos/${options.owner}/${options.repo}/issues/${options.number}`,
      html_url: `${repositoryUrl}/issues/${options.number}`,
      number: options.number,
      title: options.title,
      body: options.body,
      user,
      labels: options.labels.map((name, i) => ({
        id: 1000 + i,
        name,
        color: 'ededed',
        default: false,
      })),
      state: options.state ?? 'open',
      locked: false,
      comments: options.comments ?? 0,
      author_association: options.authorAssociation ?? 'NONE',
      created_at: options.createdAt ?? '2026-11-27T10:00:00Z',
      updated_at: options.updatedAt ?? options.createdAt ?? '2026-11-27T10:00:00Z',
    },
    ...(options.label ? { label: { name: options.label, color: 'ededed' } } : {}),
    repository: {
      id: 1,
      name: options.repo,
      full_name: `${options.owner}/${options.repo}`,
      owner: { login: options.owner, type: 'User' },
      html_url: repositoryUrl,
      default_branch: options.defaultBranch ?? 'main',
      private: false,
    },
    sender: user,
  };
}

/** A `workflow_dispatch` event payload. */
export function dispatchPayload(options: {
  owner: string;
  repo: string;
  defaultBranch?: string;
}): unknown {
  return {
    inputs: {},
    ref: `refs/heads/${options.defaultBranch ?? 'main'}`,
    repository: {
      id: 1,
      name: options.repo,
      full_name: `${options.owner}/${options.repo}`,
      owner: { login: options.owner, type: 'User' },
      html_url: `https://github.com/${options.owner}/${options.repo}`,
      default_branch: options.defaultBranch ?? 'main',
      private: false,
    },
    sender: { login: options.owner, id: 1, type: 'User' },
    workflow: '.github/workflows/paper-list-bot.yml',
  };
}

/**
 * A `push` event payload, as GitHub sends it, for a push that moved `branch` (default: the
 * default branch) from `before` to `after`, whose head commit has the tree `treeId`.
 */
export function pushPayload(options: {
  owner: string;
  repo: string;
  after: string;
  before?: string;
  treeId?: string;
  branch?: string;
  defaultBranch?: string;
}): unknown {
  const defaultBranch = options.defaultBranch ?? 'main';
  const repositoryUrl = `https://github.com/${options.owner}/${options.repo}`;
  return {
    ref: `refs/heads/${options.branch ?? defaultBranch}`,
    before: options.before ?? '0'.repeat(40),
    after: options.after,
    created: false,
    deleted: false,
    forced: false,
    compare: `${repositoryUrl}/compare/${(options.before ?? '').slice(0, 12)}...${options.after.slice(0, 12)}`,
    commits: [],
    head_commit: options.treeId
      ? {
          id: options.after,
          tree_id: options.treeId,
          distinct: true,
          message: 'Merge pull request',
          timestamp: '2026-11-27T10:00:00Z',
        }
      : null,
    repository: {
      id: 1,
      name: options.repo,
      full_name: `${options.owner}/${options.repo}`,
      owner: { login: options.owner, name: options.owner },
      html_url: repositoryUrl,
      default_branch: defaultBranch,
      master_branch: defaultBranch,
      private: false,
    },
    pusher: { name: options.owner, email: `${options.owner}@users.noreply.github.com` },
    sender: { login: options.owner, id: 1, type: 'User' },
  };
}

/** A `schedule` event payload: the cron line and, as GitHub sends today, the repository. */
export function schedulePayload(options: { owner: string; repo: string }): unknown {
  return {
    schedule: '17 5 * * *',
    repository: {
      id: 1,
      name: options.repo,
      full_name: `${options.owner}/${options.repo}`,
      owner: { login: options.owner, type: 'User' },
      html_url: `https://github.com/${options.owner}/${options.repo}`,
      default_branch: 'main',
      private: false,
    },
  };
}
