// Links shown as badges: the link format places `{image}`, the badge of the link's label as the
// list shows it (`[![{label}]({image})]({url})`, DmitryRyumin/ICCV-2023-Papers). In a badge,
// `{repo}` and `{arxiv}` stand for the link's own GitHub repository and arXiv id, as in
// `https://img.shields.io/github/stars/{repo}?style=flat`.

import { githubRepo } from './github-repo.js';
import { arxivId } from './paper-identity.js';

/** The badge image of each link label, as the list shows it. */
export type LinkImages = Readonly<Record<string, string>>;

/** The badge of the label (case aside), or `undefined` when the list shows none for it. */
export function imageOf(label: string, images: LinkImages): string | undefined {
  const wanted = label.trim().toLowerCase();
  const key = Object.keys(images).find((k) => k.trim().toLowerCase() === wanted);
  return key === undefined ? undefined : images[key];
}

/**
 * The badge image URL of one link: its label's badge, with the link's repository and arXiv id
 * in place; `undefined` when the list shows no badge for the label, or the badge needs a
 * repository or id the link's URL does not have.
 */
export function linkImage(label: string, url: string, images: LinkImages): string | undefined {
  const image = imageOf(label, images);
  if (image === undefined) return undefined;
  const repo = image.includes('{repo}') ? githubRepo([{ label, url }]) : '';
  const id = image.includes('{arxiv}') ? arxivId(url) : '';
  if (repo === undefined || id === undefined) return undefined;
  return image.replaceAll('{repo}', repo).replaceAll('{arxiv}', id);
}

/** What `{repo}` and `{arxiv}` stand for in a badge, for the Markdown check. */
const FILLED: Readonly<Record<string, string>> = {
  '{repo}': '[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+',
  '{arxiv}': String.raw`\d{4}\.\d{4,5}`,
};

/** Patterns of the badge images the list's link format writes: the only ones allowed. */
export function linkImagePatterns(images: LinkImages | undefined): RegExp[] {
  return Object.values(images ?? {}).map(
    (image) =>
      new RegExp(
        `^${image
          .split(/(\{repo\}|\{arxiv\})/)
          .map((piece) => FILLED[piece] ?? piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('')}$`,
      ),
  );
}
