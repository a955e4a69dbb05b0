// A paper's GitHub repository (`owner/name`), for the star badges lists show beside their code
// links: `![Star](https://img.shields.io/github/stars/{repo}.svg?style=social&label=Star)`.

import type { PaperLink } from './paper.js';

/** The characters GitHub allows in an owner's and a repository's name. */
const NAME = /^[A-Za-z0-9_.-]+$/;

/** `owner/name` of the first link to a GitHub repository, or undefined. */
export function githubRepo(links: readonly PaperLink[]): string | undefined {
  for (const { url } of links) {
    const repo = repoOf(url);
    if (repo) return repo;
  }
  return undefined;
}

function repoOf(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!/^(?:www\.)?github\.com$/i.test(parsed.hostname)) return undefined;
  const [owner, name] = parsed.pathname.split('/').filter((s) => s !== '');
  const repo = name?.replace(/\.git$/i, '');
  if (!owner || !repo || !NAME.test(owner) || !NAME.test(repo)) return undefined;
  return `${owner}/${repo}`;
}

/** Where a star badge's URL names its repository: `.../github/stars/owner/name(.svg)?...`. */
const STARS =
  /img\.shields\.io\/github\/stars\/([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+?)(?:\.svg)?(?=[?)#]|$)/i;

/**
 * A star badge written as a template: its repository (and the link around it, when that links
 * the same repository) as `{repo}`. Undefined for any other badge.
 */
export function starBadgeTemplate(raw: string): string | undefined {
  const match = STARS.exec(raw);
  if (!match) return undefined;
  const repo = match[1]!;
  const at = match.index + match[0].indexOf(repo, 'img.shields.io/github/stars/'.length);
  const badge = `${raw.slice(0, at)}{repo}${raw.slice(at + repo.length)}`;
  // `[![Star](…)](https://github.com/owner/name)`: the link is the repository's too.
  const target = `github.com/${repo}`;
  const linked = badge.toLowerCase().lastIndexOf(`${target.toLowerCase()})`);
  if (linked === -1) return badge;
  return `${badge.slice(0, linked)}github.com/{repo}${badge.slice(linked + target.length)}`;
}
