import type { PullRequestFile } from '../github/gateway.js';
import { count, problemMessage, problemTitle, reviewSummary } from '../messages/review-text.js';
import { resolveListFormat } from '../infer/resolve-format.js';
import { planReview, type ReviewedFile } from '../plan/plan-review.js';
import type { CommandContext, CommandResult } from './command-context.js';
import { loadConfig } from './load-repository.js';

/** The pull request to review, as the `pull_request` event describes it. */
export interface PullRequestInput {
  readonly number: number;
  /** The branch it goes into, and that branch's head when the event happened. */
  readonly baseRef: string;
  readonly baseSha: string;
  readonly headSha: string;
  /** `owner/repo` of the fork it comes from; absent for a branch of this repository. */
  readonly fork?: string;
}

/**
 * `pull_request`: reviews what a pull request changes in the managed files. The base and head
 * versions are read through the API by sha, with no checkout (a fork's commits can be read in
 * this repository too). The configuration is read at the base, so a pull request cannot change
 * the rules it is checked by. Problems become annotations on the head's lines and fail the step.
 */
export async function reviewPullRequest(
  context: CommandContext,
  pull: PullRequestInput,
): Promise<CommandResult> {
  const { config, files } = await context.log.group(
    `Read the list files changed by #${pull.number}`,
    async () => {
      if (pull.fork) context.log.info(`#${pull.number} comes from ${pull.fork}.`);
      const config = await loadConfig(context, pull.baseSha);
      const changed = await context.gateway.listPullRequestFiles(pull.number);
      const listFiles = new Set(config.files.map((p) => p.replace(/^(?:\.\/)+/, '')));
      const managed = changed.filter((f) => listFiles.has(f.path));
      for (const file of managed.filter((f) => f.status === 'removed'))
        context.log.info(`#${pull.number} deletes ${file.path}: nothing to check in it.`);
      const kept = managed.filter((f) => f.status !== 'removed');
      return { config, files: await readVersions(context, pull, kept) };
    },
  );
  if (files.length === 0) {
    const message = `#${pull.number} changes none of the list files (${config.files.join(', ')}): nothing to review.`;
    return { result: 'skipped', message, summary: message };
  }
  const format = resolveListFormat(
    config,
    files.map((f) => ({ path: f.path, text: f.before ?? f.after })),
  );
  const plan = planReview(files, format);
  const summary = reviewSummary(plan, pull.number, format.order);
  const where = plan.files.map((f) => f.path).join(', ');
  if (plan.problems.length === 0)
    return { result: 'reviewed', message: `#${pull.number}: no problems in ${where}.`, summary };
  const problems = count(plan.problems.length, 'problem', 'problems');
  return {
    result: 'reviewed',
    message: `#${pull.number}: ${problems} in ${where}.`,
    summary,
    annotations: plan.problems.map((p) => ({
      file: p.path,
      line: p.line,
      title: problemTitle(p),
      message: problemMessage(p),
    })),
    failure: `${problems} in the list entries #${pull.number} adds or changes; see the annotations.`,
  };
}

/** Each file where the pull request branched (none when it adds the file) and at its head. */
async function readVersions(
  context: CommandContext,
  pull: PullRequestInput,
  files: readonly PullRequestFile[],
): Promise<ReviewedFile[]> {
  const versions: ReviewedFile[] = [];
  // What the pull request changed is measured from where it branched: an entry the base branch
  // edited since is not the pull request's doing.
  const branchedFrom = files.some((f) => f.status !== 'added')
    ? await context.gateway.mergeBase(pull.baseSha, pull.headSha)
    : pull.baseSha;
  for (const file of files) {
    const after = await context.gateway.readFile(file.path, pull.headSha);
    if (!after) throw new Error(`${file.path} is not in #${pull.number}'s head ${pull.headSha}`);
    const before =
      file.status === 'added'
        ? undefined
        : await context.gateway.readFile(file.previousPath ?? file.path, branchedFrom);
    versions.push({ path: file.path, before: before?.text, after: after.text });
  }
  context.log.info(`Read ${versions.map((v) => v.path).join(', ')} at the base and the head.`);
  return versions;
}
