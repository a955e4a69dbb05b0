import { describeMove } from '../messages/describe-move.js';
import { quoteText } from '../messages/markdown-text.js';
import { sortPullRequest } from '../messages/pull-request-text.js';
import { planSort } from '../plan/plan-sort.js';
import { sortBranch } from './bot-branches.js';
import type { CommandContext, CommandResult } from './command-context.js';
import { loadConfig, loadRepositoryList } from './load-repository.js';
import { openBotPullRequest } from './open-bot-pull-request.js';
import { BOT_TRAILER, madeByBot, pushBotBranch } from './push-bot-branch.js';

/**
 * `workflow_dispatch`: re-sorts every managed file. Something to move: push `<prefix>sort`
 * from the default branch's head and open (or update) one pull request that says what moved
 * per section. Nothing to move: no pull request, and the summary says so; an open re-sort pull
 * request from an earlier run is closed, as there is nothing left for it to do.
 */
export async function sortList(context: CommandContext): Promise<CommandResult> {
  const { gateway, repository, log } = context;
  const { base, config, plan, files } = await log.group('Read and sort the list', async () => {
    const base = await gateway.getBranch(repository.defaultBranch);
    if (!base) throw new Error(`the default branch ${repository.defaultBranch} does not exist`);
    const config = await loadConfig(context, base.sha);
    const { list, format, files } = await loadRepositoryList(context, config, base.sha);
    return { base, config, plan: planSort(list, format), files };
  });
  const branch = sortBranch(config);

  if (plan.files.length === 0) {
    const message = `Every section is in order (${config.order}): no pull request.`;
    // A re-sort pull request from an earlier run has nothing left to do: close it.
    const stale = await gateway.findOpenPullRequest(branch);
    if (!stale) return { result: 'unchanged', message, summary: `### ${message}` };
    await gateway.updatePullRequest(stale.number, { state: 'closed' });
    const head = await gateway.getBranch(branch);
    if (head && madeByBot(head)) await gateway.deleteBranch(branch);
    const closed = `${message} Closed #${stale.number} from an earlier run, which is no longer needed.`;
    return {
      result: 'closed',
      message: closed,
      summary: `### ${closed}`,
      pullRequest: { number: stale.number, url: stale.url },
    };
  }

  const moved = plan.files.flatMap((f) => f.sections).reduce((n, s) => n + s.moved.length, 0);
  const entries = `${moved} ${moved === 1 ? 'entry' : 'entries'}`;
  const pushed = await log.group(`Push ${branch}`, () =>
    pushBotBranch(context, {
      branch,
      base,
      files: plan.files.map((f) => {
        const baseBlobSha = files.find((r) => r.path === f.file.path)?.blobSha;
        return { path: f.file.path, text: f.text, ...(baseBlobSha ? { baseBlobSha } : {}) };
      }),
      message: `Re-sort the paper list (${entries} moved)\n\n${BOT_TRAILER}`,
    }),
  );
  if (pushed === 'human') {
    const open = await gateway.findOpenPullRequest(branch);
    const message = `${branch} has commits made by people: left as it is.`;
    return {
      result: 'unchanged',
      message,
      summary: `### ${message}\n\nDelete the branch (or merge its pull request) and run again.`,
      ...(open ? { pullRequest: { number: open.number, url: open.url } } : {}),
    };
  }

  const opened = await openBotPullRequest(context, branch, sortPullRequest(plan), config.labels);
  const { pullRequest } = opened;
  const message = `${opened.created ? 'Opened' : 'Updated'} #${pullRequest.number}: ${entries} moved.`;
  const perSection = plan.files.flatMap((f) =>
    f.sections.map(
      (s) =>
        `- **${quoteText(s.name)}** (\`${f.file.path}\`): ${s.moved.map((m) => quoteText(describeMove(m), 300)).join('; ')}`,
    ),
  );
  return {
    result: 'sorted',
    message,
    summary: [
      `### ${message}`,
      '',
      ...perSection,
      '',
      `[#${pullRequest.number}](${pullRequest.url})`,
    ].join('\n'),
    pullRequest: { number: pullRequest.number, url: pullRequest.url },
  };
}
