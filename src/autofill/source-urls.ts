// Where each metadata source is asked: its base URL, read once from the environment (so tests
// and self-hosted mirrors can point the bot elsewhere) into one typed record passed down.

import type { MetadataSource } from '../metadata/paper-metadata.js';

/** The sources that answer requests (the link's own facts need none). */
export type RemoteSource = Exclude<MetadataSource, 'link'>;

/** Each source's base URL, without a trailing slash. */
export type SourceUrls = Readonly<Record<RemoteSource, string>>;

/** The environment variable that overrides each source's base URL, and its default. */
export const SOURCE_URL_VARIABLES: Readonly<
  Record<RemoteSource, { readonly variable: string; readonly defaultUrl: string }>
> = {
  arxiv: { variable: 'PAPER_LIST_BOT_ARXIV_URL', defaultUrl: 'https://export.arxiv.org' },
  doi: { variable: 'PAPER_LIST_BOT_DOI_URL', defaultUrl: 'https://doi.org' },
  openreview: {
    variable: 'PAPER_LIST_BOT_OPENREVIEW_URL',
    defaultUrl: 'https://api2.openreview.net',
  },
  dblp: { variable: 'PAPER_LIST_BOT_DBLP_URL', defaultUrl: 'https://dblp.org' },
  'semantic-scholar': {
    variable: 'PAPER_LIST_BOT_SEMANTIC_SCHOLAR_URL',
    defaultUrl: 'https://api.semanticscholar.org',
  },
  huggingface: { variable: 'PAPER_LIST_BOT_HUGGINGFACE_URL', defaultUrl: 'https://huggingface.co' },
};

function baseUrl(variable: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${variable} must be an absolute http(s) URL; "${value}" is not a URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${variable} must be an http(s) URL; "${value}" uses ${url.protocol}`);
  }
  if (url.search !== '' || url.hash !== '') {
    throw new Error(`${variable} must be a base URL without "?" or "#"; got "${value}".`);
  }
  return url.href.replace(/\/+$/, '');
}

/**
 * Reads the six base URLs from `env` (pass `process.env` from the entry point; nothing below
 * reads the environment). An unset or empty variable means the public service; a value that is
 * not an http(s) base URL is an error naming the variable.
 */
export function readSourceUrls(env: Readonly<Record<string, string | undefined>>): SourceUrls {
  const entries = Object.entries(SOURCE_URL_VARIABLES).map(([source, { variable, defaultUrl }]) => {
    const value = env[variable]?.trim();
    return [source, baseUrl(variable, value ? value : defaultUrl)] as const;
  });
  return Object.fromEntries(entries) as Record<RemoteSource, string>;
}
