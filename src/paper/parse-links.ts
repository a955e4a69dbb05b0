import { checkUrl } from './check-url.js';
import { LIST_MARKER, MARKDOWN_LINK, shorten } from './answer-text.js';
import { collapseSpaces } from './clean-text.js';
import type { PaperLink } from './paper.js';

/** The most extra links an entry shows. */
export const MAX_LINKS = 20;
/** The longest link label accepted. */
export const MAX_LABEL = 40;

/** Links read from the form, or what is wrong with them. */
export interface ParsedLinks {
  readonly links: PaperLink[];
  readonly problems: string[];
}

/**
 * Reads the links answer: one link a line, `Label: url` (`Pytorch-Code: https://github.com/...`),
 * `[Label](url)`, or a bare url whose label is inferred from where it points.
 */
export function parseLinks(answer: string, options: { relative?: boolean } = {}): ParsedLinks {
  const links: PaperLink[] = [];
  const problems: string[] = [];
  const lines = answer
    .split('\n')
    .map((line) => collapseSpaces(line).replace(LIST_MARKER, ''))
    .filter((line) => line !== '');
  if (lines.length > MAX_LINKS) {
    return { links: [], problems: [`has ${lines.length} links; give at most ${MAX_LINKS}`] };
  }
  lines.forEach((line, index) => {
    const where = `line ${index + 1} ("${shorten(line)}")`;
    const markdown = MARKDOWN_LINK.exec(line);
    const [labelText, url] = markdown ? [markdown[1]!, markdown[2]!] : splitLabel(line);
    const problem = checkUrl(url, options);
    if (problem) {
      problems.push(`${where}: the link ${problem}; write one link a line as "Label: https://..."`);
      return;
    }
    const label = collapseSpaces(labelText) || inferLabel(url);
    if (label.length > MAX_LABEL) {
      problems.push(`${where}: the label is longer than ${MAX_LABEL} characters`);
      return;
    }
    links.push({ label, url });
  });
  return { links, problems };
}

/** `Label: url` → label and url; a line with one word is a bare url. */
function splitLabel(line: string): [string, string] {
  const at = line.lastIndexOf(' ');
  if (at === -1) return ['', line];
  const label = line.slice(0, at).replace(/\s*[:：\-–—|]\s*$/, '');
  return [label, line.slice(at + 1)];
}

/**
 * A label for a bare url, from where it points: a GitHub or GitLab repository is `Code`
 * (docs/design.md, "The issue form"), a paper host is named after itself, a `github.io` site is the
 * `Project` page.
 */
export function inferLabel(url: string): string {
  // A file beside the list (`./citations/x.txt`) is named by its file.
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url))
    return (
      url
        .split('/')
        .pop()!
        .replace(/\.[^.]*$/, '') || 'Link'
    );
  const parsed = new URL(url);
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const segments = parsed.pathname.split('/').filter(Boolean);
  if ((host === 'github.com' || host === 'gitlab.com') && segments.length >= 2) return 'Code';
  if (host === 'arxiv.org') return 'arXiv';
  if (host === 'openreview.net') return 'OpenReview';
  if (host === 'doi.org' || host === 'dx.doi.org') return 'DOI';
  if (host === 'huggingface.co') return 'Hugging Face';
  if (host === 'youtube.com' || host === 'youtu.be' || host === 'vimeo.com') return 'Video';
  if (host.endsWith('.github.io') || host.endsWith('.gitlab.io')) return 'Project';
  return 'Link';
}
