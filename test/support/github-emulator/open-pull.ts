// Opening a pull request: the record GitHub creates, shared by the API route (the token's
// account opens it) and the emulator's control method (a person opens it).
import type { IssueRecord, Repo } from './repo.js';
import type { UserInfo } from './types.js';
import type { World } from './world.js';

/** What a new pull request is made of; the branches must exist. */
export interface NewPull {
  readonly head: string;
  readonly headSha: string;
  readonly base: string;
  readonly baseSha: string;
  readonly title: string;
  readonly body: string | null;
  readonly user: UserInfo;
  readonly draft?: boolean;
  readonly maintainerCanModify?: boolean;
}

/** Records an open pull request under the next issue number and returns it. */
export function openPull(world: World, repo: Repo, options: NewPull): IssueRecord {
  const now = world.now();
  const issue: IssueRecord = {
    number: repo.allocateNumber(),
    id: world.nextId(),
    title: options.title,
    body: options.body,
    user: options.user,
    labels: [],
    state: 'open',
    stateReason: null,
    authorAssociation: null,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    pull: {
      id: world.nextId(),
      headRef: options.head,
      headSha: options.headSha,
      baseRef: options.base,
      baseSha: options.baseSha,
      draft: options.draft ?? false,
      maintainerCanModify: options.maintainerCanModify ?? true,
      merged: false,
      mergedAt: null,
      mergedBy: null,
      mergeCommitSha: null,
    },
  };
  repo.issues.set(issue.number, issue);
  return issue;
}
