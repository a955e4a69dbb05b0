// Who authors and commits API-made commits. Without an explicit author or committer, GitHub
// authors the commit as the token's account, commits it as "GitHub" (web-flow) and signs it,
// so it shows as verified; an explicit author or committer makes an unsigned commit.
import type { CommitMeta } from './repo.js';
import { optionalObject, optionalString, requiredString, type Body } from './http-errors.js';
import type { GitSignature, UserInfo } from './types.js';
import { WEB_FLOW, type World } from './world.js';

/** The noreply address GitHub gives an account. */
export function noreplyEmail(user: UserInfo): string {
  return `${user.id}+${user.login}@users.noreply.github.com`;
}

/** The account behind an email, when it is a GitHub noreply address. */
function userByEmail(world: World, email: string): UserInfo | null {
  const match = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/i.exec(email);
  return match?.[1] ? world.user(match[1]) : null;
}

function signature(person: Body, date: string): GitSignature {
  return {
    name: requiredString(person, 'name'),
    email: requiredString(person, 'email'),
    date: optionalString(person, 'date') ?? date,
  };
}

/**
 * The metadata of a commit made through the API from the request's `author` and `committer`.
 * `committerDefault` is what an omitted committer becomes when an author is given: the author
 * (git data API) or the token's account (contents API).
 */
export function apiCommitMeta(
  world: World,
  body: Body,
  message: string,
  committerDefault: 'author' | 'token',
): CommitMeta {
  const now = world.now();
  const author = optionalObject(body, 'author');
  const committer = optionalObject(body, 'committer');
  const bot: GitSignature = { name: world.bot.login, email: noreplyEmail(world.bot), date: now };
  if (!author && !committer) {
    return {
      message,
      author: bot,
      committer: { name: 'GitHub', email: 'noreply@github.com', date: now },
      authorUser: world.bot,
      committerUser: WEB_FLOW,
      verified: true,
      reason: 'valid',
    };
  }
  const authorSig = author ? signature(author, now) : undefined;
  const committerSig = committer
    ? signature(committer, now)
    : committerDefault === 'token' || !authorSig
      ? bot
      : authorSig;
  const finalAuthor = authorSig ?? committerSig;
  return {
    message,
    author: finalAuthor,
    committer: committerSig,
    authorUser: userByEmail(world, finalAuthor.email),
    committerUser: userByEmail(world, committerSig.email),
    verified: false,
    reason: 'unsigned',
  };
}
