import { BranchExistsError } from '../github/gateway.js';
import { sortPullRequest } from '../messages/pull-request-text.js';
import { quoteText } from '../messages/markdown-text.js';
import { describeMove } from '../messages/describe-move.js';
import { planSort } from '../plan/plan-sort.js';
import { BOT_TRAILER, madeByBot } from './add-paper.js';
import type { CommandContext, CommandResult } from './command-context.js';
import { loadConfig, loadList } from './load-repository.js';

/**
 * `workflow_dispatch`: re-sorts every managed file. Something to move: push
 * `<prefix>sort` from the default branch's head and open (or update) one pull request that
 * says what moved per section. Nothing to move: no pull request, and the summary says so.
 */
export async function sortList(context: CommandContext): Promise<CommandResult> {
  const { gateway, repository, log } = context;
  const { base, config, plan, files } = await log.group('Read and sort the list', async () => {
    const base = await gateway.getBranch(repository.defaultBranch);
    if (!base) throw new Error(`the default branch ${repository.defaultBranch} does not exist`);
    const config = await loadConfig(context, base.sha);
    const { list, format, files } = await loadList(context, config, base.sha);
    return { base, config, plan: planSort(list, format), files };
  });
  const branch = `${config['branch-prefix']}sort`;

  if (plan.files.length === 0) {
    const open = await gateway.findOpenPullRequest(branch);
    const message = `Every section is in order (${config.order}): no pull request.`;
    const stale = open
      ? `\n\n#${open.number} from an earlier run is still open; it can be closed.`
      : '';
    return { result: 'unchanged', message, summary: `### ${message}${stale}` };
  }

  const moved = plan.files.flatMap((f) => f.sections).reduce((n, s) => n + s.moved.length, 0);
  const commit = {
    branch,
    base,
    files: plan.files.map((f) => {
      const blob = files.find((r) => r.path === f.file.path)?.blobSha;
      return { path: f.file.path, text: f.text, ...(blob ? { baseBlobSha: blob } : {}) };
    }),
    message: `Re-sort the paper list (${moved} ${moved === 1 ? 'entry' : 'entries'} moved)\n\n${BOT_TRAILER}`,
  };
  const blocked = await log.group(`Push ${branch}`, async () => {
    try {
      await gateway.createBranchWithCommit(commit);
      return false;
    } catch (error) {
      if (!(error instanceof BranchExistsError)) throw error;
    }
    const existing = await gateway.getBranch(branch);
    if (existing && !madeByBot(existing)) return true;
    if (existing && existing.parents[0] === base.sha) {
      const current = await Promise.all(
        commit.files.map((f) => gateway.readFile(f.path, existing.sha)),
      );
      if (current.every((file, i) => file?.text === commit.files[i]!.text)) return false;
    }
    await gateway.replaceBranchWithCommit(commit);
    return false;
  });
  if (blocked) {
    const open = await gateway.findOpenPullRequest(branch);
    const message = `${branch} has commits made by people: left as it is.`;
    return {
      result: 'unchanged',
      message,
      summary: `### ${message}`,
      ...(open ? { pullRequest: { number: open.number, url: open.url } } : {}),
    };
  }

  const text = sortPullRequest(plan);
  const opened = await gateway.openPullRequest({
    branch,
    base: repository.defaultBranch,
    title: text.title,
    body: text.body,
  });
  let pullRequest = opened.pullRequest;
  if (opened.created) await gateway.addLabels(pullRequest.number, config.labels);
  else if (pullRequest.title !== text.title || pullRequest.body !== text.body) {
    pullRequest = await gateway.updatePullRequest(pullRequest.number, {
      title: text.title,
      body: text.body,
    });
  }
  const message = `${opened.created ? 'Opened' : 'Updated'} #${pullRequest.number}: ${moved} ${moved === 1 ? 'entry' : 'entries'} moved.`;
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
