import type { GitHubGateway, Head } from '../github/gateway.js';
import { refreshSummary, type RefreshRow } from '../messages/refresh-text.js';
import { planRefresh, type BotPullRequest, type RefreshPlan } from '../plan/plan-refresh.js';
import type { CommandContext, CommandResult } from './command-context.js';
import { refreshFormPull } from './refresh-form.js';
import { closedMeanwhile, refreshIssuePull } from './refresh-issue-pull.js';
import { readRefresh, resolveHead, row, standingRow, type RefreshRun } from './refresh-state.js';
import type { RunMemoryGateway } from './run-memory-gateway.js';
import { sortList } from './sort-list.js';

/** How many issue pull requests one run brings up to date at most; the rest wait for the next. */
export const REFRESH_LIMIT = 50;

/**
 * How old the list of pull requests may be when a branch it vouched for is rebuilt: older, it
 * is read again, so that a commit someone pushed while a long (paced) run went on is seen.
 */
const FRESH_FOR_MS = 30_000;

/** What a refresh is given besides the context (whose gateway is `memory`). */
export interface RefreshOptions {
  /** The gateway without the run's memory, for what must be read as it is now. */
  readonly fresh: GitHubGateway;
  readonly memory: RunMemoryGateway;
  /** The default branch's head named by the event (a push's `after`); read when absent. */
  readonly tip?: Head;
  /** Default {@link REFRESH_LIMIT}. */
  readonly limit?: number;
  /** The clock the freshness of the list of pull requests is measured with (default `Date.now`). */
  readonly now?: () => number;
}

/** Words that say a row's pull request was written to. */
const WRITTEN = ['rebuilt', 'closed', 'opened', 'updated'];

/**
 * Keeps the bot's open pull requests in step with the default branch (`push` to it, `schedule`,
 * and after the re-sort of `workflow_dispatch`). Reads the list, the form and the open pull
 * requests once; each issue pull request the head has moved past is rebuilt from its issue on
 * the head, or closed when the paper got there another way or its issue no longer fits the
 * list; branches people committed to are never touched; the re-sort pull request is re-sorted
 * on the head (or closed when the head is in order); the issue form's Section options follow
 * the list. Pull requests built on the head cost nothing. The summary has one row per bot pull
 * request; `refreshed` lists those written to.
 */
export async function refreshPullRequests(
  context: CommandContext,
  options: RefreshOptions,
): Promise<CommandResult> {
  const run = await context.log.group('Read the list and the open pull requests', () =>
    readRefresh(context, options.memory, options.fresh, options.tip),
  );
  const plan = planRefresh({
    pulls: run.pulls,
    prefix: run.config['branch-prefix'],
    defaultBranch: context.repository.defaultBranch,
    tip: run.tip.sha,
    limit: options.limit ?? REFRESH_LIMIT,
  });
  const rows = plan.current.map((item) =>
    standingRow(item.pull, subject(item), 'current', run.tip.sha),
  );
  // No log group around the commands run below: they open their own, and groups do not nest.
  context.log.info(
    `${plan.current.length} of the bot's issue pull request(s) built on ${run.tip.sha.slice(0, 7)}, ${plan.work.length} to refresh now, ${plan.deferred.length} left for the next run.`,
  );
  const done = await refreshEach(run, plan, options.now ?? Date.now);
  rows.push(...done.rows);
  const { sort } = plan;
  if (sort) rows.push(await guarded(sort, done.failures, () => refreshSortPull(run, sort)));
  const form = await (plan.form
    ? guarded(plan.form, done.failures, () => refreshFormPull(run, plan.form))
    : refreshFormPull(run, undefined));
  if (form) rows.push(form);
  for (const item of plan.deferred)
    rows.push(
      row(
        item.pull,
        subject(item),
        'deferred',
        `over the ${options.limit ?? REFRESH_LIMIT} a run refreshes: next run`,
      ),
    );
  return refreshResult(run, rows, plan, done.failures, form);
}

/** The issue pull requests to refresh, one after the other; a failure does not stop the rest. */
async function refreshEach(
  run: RefreshRun,
  plan: RefreshPlan,
  now: () => number,
): Promise<{ rows: RefreshRow[]; failures: string[] }> {
  const rows: RefreshRow[] = [];
  const failures: string[] = [];
  let known = byNumber([...plan.work, ...plan.current]);
  let listedAt = now();
  for (const planned of plan.work) {
    if (now() - listedAt > FRESH_FOR_MS) {
      known = await relist(run);
      listedAt = now();
    }
    const item = known.get(planned.pull.number);
    const target = item?.target;
    let done: RefreshRow;
    if (!item)
      done = row(planned.pull, subject(planned), 'left alone', 'closed while the refresh ran');
    else if (item.standing === 'current' || target?.kind !== 'issue')
      done = standingRow(item.pull, subject(item), 'current', run.tip.sha);
    else done = await guarded(item, failures, () => refreshIssuePull(run, { ...item, target }));
    const line = `#${done.number} (${done.subject}): ${done.done}: ${done.why}`;
    if (done.done === 'failed') run.context.log.warn(line);
    else run.context.log.info(line);
    rows.push(done);
  }
  return { rows, failures };
}

/** The bot's issue pull requests as the list of open pull requests shows them now. */
async function relist(run: RefreshRun): Promise<Map<number, BotPullRequest>> {
  const again = planRefresh({
    pulls: await run.fresh.listOpenPullRequests(run.context.repository.defaultBranch),
    prefix: run.config['branch-prefix'],
    defaultBranch: run.context.repository.defaultBranch,
    tip: run.tip.sha,
    limit: Infinity,
  });
  return byNumber([...again.work, ...again.current]);
}

function byNumber(items: readonly BotPullRequest[]): Map<number, BotPullRequest> {
  return new Map(items.map((item) => [item.pull.number, item]));
}

/** A step for one pull request whose failure is a row of the summary (and fails the run at the end). */
async function guarded<T extends RefreshRow | undefined>(
  item: BotPullRequest,
  failures: string[],
  step: () => Promise<T>,
): Promise<T | RefreshRow> {
  try {
    return await step();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    failures.push(`#${item.pull.number}: ${message}`);
    return row(item.pull, subject(item), 'failed', message);
  }
}

/** The re-sort pull request: re-sorted on the head by the sort command, or closed by it. */
async function refreshSortPull(run: RefreshRun, item: BotPullRequest): Promise<RefreshRow> {
  const standing = await resolveHead(run, item);
  if (standing.kind !== 'behind')
    return standingRow(item.pull, 're-sort', standing.kind, run.tip.sha);
  try {
    const sorted = await sortList(run.context);
    if (sorted.result === 'sorted') return row(item.pull, 're-sort', 'rebuilt', sorted.message);
    if (sorted.result === 'closed')
      return row(item.pull, 're-sort', 'closed', 'the head is in order');
    return row(item.pull, 're-sort', 'left alone', sorted.message);
  } catch (error) {
    return closedMeanwhile(run, item.pull, 're-sort', error);
  }
}

/** What a bot pull request is for, in the summary. */
function subject(item: BotPullRequest): string {
  const { target } = item;
  return target.kind === 'issue'
    ? `issue #${target.issue}`
    : target.kind === 'sort'
      ? 're-sort'
      : 'issue form';
}

/** The command's result: `refreshed` when it wrote to a pull request, the rows as the summary. */
function refreshResult(
  run: RefreshRun,
  rows: readonly RefreshRow[],
  plan: RefreshPlan,
  failures: readonly string[],
  form: RefreshRow | undefined,
): CommandResult {
  const written = rows.filter((r) => r.number > 0 && WRITTEN.includes(r.done));
  const tip = run.tip.sha.slice(0, 7);
  const headline =
    written.length > 0
      ? `Refreshed ${written.length} pull request(s) on ${tip}.`
      : rows.length > 0
        ? `Nothing to refresh: the bot's pull requests are up to date with ${tip} or left alone.`
        : `Nothing to refresh: no pull request of the bot is open (${tip}).`;
  const ordered = [...rows].sort((a, b) => (a.number || Infinity) - (b.number || Infinity));
  const formWritten = form && form.number > 0 && WRITTEN.includes(form.done) ? form : undefined;
  return {
    result: written.length > 0 ? 'refreshed' : 'unchanged',
    message: headline,
    summary: refreshSummary(
      headline,
      ordered,
      plan.deferred.map((item) => item.pull.number),
    ),
    refreshed: written.map((r) => r.number),
    ...(formWritten ? { pullRequest: { number: formWritten.number, url: formWritten.url } } : {}),
    ...(failures.length > 0
      ? {
          failure: `${failures.length} pull request(s) could not be refreshed: ${failures.join('; ')}`,
        }
      : {}),
  };
}
