// What makes two entries the same paper (docs/design.md, "Duplicates"): the title up to case,
// punctuation and spacing, or the paper's identity (arXiv id in any version, DOI, the same paper
// URL).

const ASCII = /^[\x20-\x7e]*$/;

/** The title reduced to letters and digits, case-folded: `ConvNeXt V2: ...` → `convnextv2...`. */
export function normaliseTitle(title: string): string {
  // Most titles are ASCII: no Unicode normalisation or full case folding needed.
  if (ASCII.test(title)) return title.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return (
    title
      .normalize('NFKC')
      // Upper then lower case folds `ß` to `ss` and ligatures to their letters, like full case folding.
      .toUpperCase()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '')
  );
}

/**
 * Whether `title` normalises to `normalised` (a normaliseTitle result): the same answer as
 * comparing the two, without building the normalised title. A duplicate search asks this of
 * every entry, and most differ in their first letters.
 */
export function hasNormalisedTitle(title: string, normalised: string): boolean {
  let j = 0;
  for (let i = 0; i < title.length; i += 1) {
    let code = title.charCodeAt(i);
    // Beyond ASCII (or a control character), Unicode folding decides: compare the long way.
    if (code >= 0x7f || code < 0x20) return normaliseTitle(title) === normalised;
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    const alphanumeric = (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
    if (!alphanumeric) continue;
    // An accent written apart from its letter further on (`e\u0301`) joins it when folded.
    if (normalised.charCodeAt(j) !== code)
      return !ASCII.test(title) && normaliseTitle(title) === normalised;
    j += 1;
  }
  return j === normalised.length;
}

const ARXIV =
  /arxiv\.org\/(?:abs|pdf|html|format)\/((?:[a-z-]+(?:\.[a-z]{2})?\/\d{7})|(?:\d{4}\.\d{4,5}))(?:v\d+)?/i;
/** `doi.org/10...`, a publisher's `/doi/10...` (ACM, Wiley, SAGE), or `doi:10...`. */
const DOI =
  /(?:doi\.org\/|\/doi\/(?:abs\/|full\/|pdf\/|epdf\/)?|\bdoi:\s*)(10\.\d{4,9}\/[^\s?#]+)/i;

/** The arXiv id of an arXiv abs/pdf/html URL, without its version: `2301.00808`. */
export function arxivId(url: string): string | undefined {
  return ARXIV.exec(url)?.[1]?.toLowerCase();
}

/** The arXiv id of a paper's link, else of the first of its other links that has one. */
export function paperArxivId(paper: {
  readonly paperUrl?: string | undefined;
  readonly links: readonly { readonly url: string }[];
}): string | undefined {
  const urls = [paper.paperUrl ?? '', ...paper.links.map((l) => l.url)];
  for (const url of urls) {
    const id = arxivId(url);
    if (id) return id;
  }
  return undefined;
}

/** The DOI of a `doi.org` URL or `doi:` reference, lower-cased (DOIs ignore case). */
export function doi(url: string): string | undefined {
  const match = DOI.exec(url.replace(/%2F/gi, '/'))?.[1];
  return match
    ? decodeURIComponent(match)
        .replace(/[.)]+$/, '')
        .toLowerCase()
    : undefined;
}

/**
 * A URL reduced to what identifies the page: no scheme, no `www.`, no fragment, no trailing
 * slash, host lower-cased. Returns `undefined` for text that is not an absolute http(s) URL.
 */
export function normaliseUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  const host = parsed.host.toLowerCase().replace(/^www\./, '');
  const path = parsed.pathname.replace(/\/+$/, '');
  return `${host}${path}${parsed.search}`;
}

/**
 * The keys under which a paper link identifies its paper: `arxiv:<id>`, `doi:<doi>` or
 * `url:<normalised url>`. Two papers sharing any key are the same paper.
 */
export function paperKeys(url: string): string[] {
  const keys: string[] = [];
  const arxiv = arxivId(url);
  if (arxiv) keys.push(`arxiv:${arxiv}`);
  const d = doi(url);
  if (d) keys.push(`doi:${d}`);
  if (!arxiv && !d) {
    const normal = normaliseUrl(url);
    if (normal) keys.push(`url:${normal}`);
  }
  return keys;
}

/** Link kinds that matter for duplicates: the paper itself, its code, or anything else. */
export type LinkKind = 'paper' | 'code' | 'other';

const PAPER_LABEL = /^(?:paper|pdf|arxiv|doi|openreview|abs|abstract|publication)$/i;
const CODE_LABEL = /code|github|gitlab|repo/i;
const PAPER_HOST =
  /(?:^|\.)(?:arxiv\.org|doi\.org|openreview\.net|thecvf\.com|papers\.nips\.cc|proceedings\.neurips\.cc|proceedings\.mlr\.press|aclanthology\.org|dl\.acm\.org|ieeexplore\.ieee\.org|link\.springer\.com|sciencedirect\.com|nature\.com|ojs\.aaai\.org|ijcai\.org|semanticscholar\.org)$/i;
const CODE_HOST = /(?:^|\.)(?:github\.com|gitlab\.com|bitbucket\.org|huggingface\.co)$/i;

/** Classifies a link by its label and host, for duplicate detection. */
export function linkKind(label: string, url: string): LinkKind {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'other';
  }
  if (PAPER_LABEL.test(label.trim()) || PAPER_HOST.test(parsed.hostname)) return 'paper';
  if (CODE_LABEL.test(label)) return 'code';
  // A repository, not a profile: `github.com/<owner>/<repo>`.
  const segments = parsed.pathname.split('/').filter(Boolean).length;
  if (CODE_HOST.test(parsed.hostname) && segments >= 2) return 'code';
  return 'other';
}
