import type { BranchState } from '../github/gateway.js';
import type { CommandContext } from './command-context.js';

/**
 * The default branch's head as it is now. A repository without its default branch (deleted,
 * or renamed since the event) is a failure: nothing can be built.
 */
export async function readDefaultBranch(context: CommandContext): Promise<BranchState> {
  const { gateway, repository, log } = context;
  const head = await gateway.getBranch(repository.defaultBranch);
  if (!head) throw new Error(`the default branch ${repository.defaultBranch} does not exist`);
  log.info(`Default branch ${repository.defaultBranch} is at ${head.sha}.`);
  return head;
}
