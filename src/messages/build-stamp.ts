// The build stamp: a hidden line at the end of each of the bot's pull request bodies that says
// which commit the bot built the branch on and which commit it made. The REST API has no cheap
// way to learn the parent of every pull request's head commit (one request each), but the list
// of pull requests returns every body and every head in one request, so a refresh reads the
// stamps to tell, without another request, which pull requests are built on the default
// branch's head, which are behind, and which branches moved since the bot wrote them.

/** Which commit the bot built a branch on, and the commit it made there. */
export interface BuildStamp {
  /** The parent of the bot's commit: the default branch's head it was built on. */
  readonly base: string;
  /** The bot's commit, the branch's head when the bot wrote it. */
  readonly head: string;
}

const STAMP = /\n?<!-- paper-list-bot:build base=([0-9a-f]{40}) head=([0-9a-f]{40}) -->/g;

/** The stamp line for a build. */
export function formatBuildStamp(build: BuildStamp): string {
  return `<!-- paper-list-bot:build base=${build.base} head=${build.head} -->`;
}

/** The last stamp in a body, when it has one. */
export function readBuildStamp(body: string): BuildStamp | undefined {
  const matches = [...body.matchAll(STAMP)];
  const last = matches[matches.length - 1];
  return last ? { base: last[1]!, head: last[2]! } : undefined;
}

/** The body without its stamps (the text the bot's commands compose and compare). */
export function stripBuildStamps(body: string): string {
  return body.replace(STAMP, '');
}

/** The body with one stamp, for `build`, on its last line. */
export function withBuildStamp(body: string, build: BuildStamp): string {
  return `${stripBuildStamps(body)}\n${formatBuildStamp(build)}`;
}

/** Whether two builds name the same commits. */
export function sameBuild(a: BuildStamp | undefined, b: BuildStamp | undefined): boolean {
  return a !== undefined && b !== undefined && a.base === b.base && a.head === b.head;
}

/** The stamp of a body whose stamp is missing or names another build: it names no commit. */
const STALE: BuildStamp = { base: '0'.repeat(40), head: '0'.repeat(40) };

/**
 * The body marked as built on no commit: it then differs from any text a command composes, so
 * the command rewrites it, and the rewrite carries the real stamp.
 */
export function markStale(body: string): string {
  return withBuildStamp(body, STALE);
}

/** The body without the mark of {@link markStale}, for a write that has no stamp to give. */
export function dropStaleMark(body: string): string {
  return readBuildStamp(body)?.head === STALE.head ? stripBuildStamps(body) : body;
}
