import type {
  BranchState,
  CommitRequest,
  PullRequest,
  OpenPullRequestOptions,
} from '../github/gateway.js';
import { DelegatingGateway } from '../github/delegating-gateway.js';
import {
  dropStaleMark,
  markStale,
  readBuildStamp,
  sameBuild,
  stripBuildStamps,
  withBuildStamp,
  type BuildStamp,
} from '../messages/build-stamp.js';
import { madeByBot } from './push-bot-branch.js';

/**
 * Keeps the build stamp (messages/build-stamp.ts) of the bot's pull requests true, for every
 * command at once: it remembers, per branch, the last commit the bot made or found there (and
 * what it was built on), writes that as the stamp of every pull request body it sends for the
 * branch, and hands the commands bodies without a stamp that is up to date, so that they
 * compose and compare the text they always did. A body whose stamp is missing or out of date
 * is handed over so that it differs from the command's text: the command rewrites it, which
 * brings the stamp up to date (pull requests opened before stamps existed get one then).
 */
export class StampingGateway extends DelegatingGateway {
  /** Branch → the last build of the bot's seen there. */
  private readonly builds = new Map<string, BuildStamp>();
  /** Pull request number → its head branch. */
  private readonly headOf = new Map<number, string>();

  override async getBranch(branch: string): Promise<BranchState | undefined> {
    const state = await super.getBranch(branch);
    if (state && madeByBot(state))
      this.builds.set(branch, { base: state.parents[0]!, head: state.sha });
    else this.builds.delete(branch);
    return state;
  }

  override async createBranchWithCommit(request: CommitRequest): Promise<string> {
    const head = await super.createBranchWithCommit(request);
    this.builds.set(request.branch, { base: request.base.sha, head });
    return head;
  }

  override async replaceBranchWithCommit(request: CommitRequest): Promise<string> {
    const head = await super.replaceBranchWithCommit(request);
    this.builds.set(request.branch, { base: request.base.sha, head });
    return head;
  }

  override async deleteBranch(branch: string): Promise<void> {
    await super.deleteBranch(branch);
    this.builds.delete(branch);
  }

  override async findOpenPullRequest(branch: string): Promise<PullRequest | undefined> {
    const found = await super.findOpenPullRequest(branch);
    return found && this.present(found);
  }

  override async findPullRequest(branch: string): Promise<PullRequest | undefined> {
    const found = await super.findPullRequest(branch);
    return found && this.present(found);
  }

  override async openPullRequest(
    options: OpenPullRequestOptions,
  ): Promise<{ pullRequest: PullRequest; created: boolean }> {
    const build = this.builds.get(options.branch);
    const body = build ? withBuildStamp(options.body, build) : dropStaleMark(options.body);
    const opened = await super.openPullRequest({ ...options, body });
    return { ...opened, pullRequest: this.present(opened.pullRequest) };
  }

  override async updatePullRequest(
    number: number,
    changes: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<PullRequest> {
    const branch = this.headOf.get(number);
    const build = branch === undefined ? undefined : this.builds.get(branch);
    const body =
      changes.body === undefined
        ? {}
        : { body: build ? withBuildStamp(changes.body, build) : dropStaleMark(changes.body) };
    return this.present(await super.updatePullRequest(number, { ...changes, ...body }));
  }

  override async listOpenPullRequests(base: string) {
    // The refresh reads the stamps themselves: bodies go out as GitHub has them.
    const pulls = await super.listOpenPullRequests(base);
    for (const pull of pulls) this.headOf.set(pull.number, pull.headRef);
    return pulls;
  }

  /**
   * A pull request as the commands see it: without its stamp when the stamp names the build
   * last seen on its branch; with a stamp that names no commit when the stamp is missing or
   * names another build, so that the body differs from any text a command composes.
   */
  private present(pull: PullRequest): PullRequest {
    this.headOf.set(pull.number, pull.headRef);
    const build = this.builds.get(pull.headRef);
    if (!build) return pull;
    if (sameBuild(readBuildStamp(pull.body), build))
      return { ...pull, body: stripBuildStamps(pull.body) };
    return { ...pull, body: markStale(pull.body) };
  }
}
