// What one metadata source says about a paper, and the text helpers every parser shares.

import type * as z from 'zod/mini';
import { collapseSpaces } from '../paper/clean-text.js';

/** The places the bot may learn a paper's metadata from, in the order it asks them. */
export const METADATA_SOURCES = [
  'link',
  'arxiv',
  'doi',
  'openreview',
  'dblp',
  'semantic-scholar',
  'huggingface',
] as const;
/** One of {@link METADATA_SOURCES}. */
export type MetadataSource = (typeof METADATA_SOURCES)[number];

/** How each source is named in messages to the filer. */
export const SOURCE_NAMES: Readonly<Record<MetadataSource, string>> = {
  link: 'the link',
  arxiv: 'arXiv',
  doi: 'doi.org',
  openreview: 'OpenReview',
  dblp: 'DBLP',
  'semantic-scholar': 'Semantic Scholar',
  huggingface: 'Hugging Face',
};

/**
 * What one source says about a paper. Every field but `url` and `source` is optional: a source
 * states only what it knows, and the caller merges sources field by field (the filer's answers
 * win). Strings are plain text as the source wrote them, whitespace collapsed.
 */
export interface MetadataRecord {
  readonly source: MetadataSource;
  /** The record's human page (arXiv abstract, doi.org, OpenReview forum, DBLP record...). */
  readonly url: string;
  readonly title?: string;
  /** Set when the title holds TeX (`$\alpha$`, `\emph{}`): kept as is for a person to check. */
  readonly hasTex?: true;
  /** "First Last", in the source's order. */
  readonly authors?: readonly string[];
  /** In the list's spelling: `CVPR 2023`, `ICLR 2024 Oral`, `arXiv 2301`. */
  readonly venue?: string;
  readonly year?: number;
  /** The published version's DOI when the source names one (arXiv, DBLP, Semantic Scholar). */
  readonly doi?: string;
  /** A code repository (Hugging Face's `githubRepo`). */
  readonly codeUrl?: string;
  /** What the filer should know about this record, e.g. why a venue was left out. */
  readonly notes?: readonly string[];
}

/** A parser's verdict on one response: a record, or why the source has none. */
export type ParseResult =
  | { readonly found: true; readonly record: MetadataRecord }
  | {
      readonly found: false;
      readonly reason: string;
      /** Set when the answer was not in the source's documented shape (a failure, not a miss). */
      readonly invalid?: true;
    };

/** A "not found" verdict with its reason. */
export function notFound(reason: string): ParseResult {
  return { found: false, reason };
}

/** The verdict on an answer that is not in the source's documented shape. */
export function invalidAnswer(source: MetadataSource, detail: string): ParseResult {
  return {
    found: false,
    reason: `${SOURCE_NAMES[source]} answered in an unexpected shape (${detail})`,
    invalid: true,
  };
}

/** A record without the optional fields that are `undefined` or empty. */
export function found(record: MetadataRecord): ParseResult {
  const entries = Object.entries(record).filter(
    ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
  );
  return { found: true, record: Object.fromEntries(entries) as unknown as MetadataRecord };
}

/** Titles arrive hard-wrapped (arXiv) or padded: lines joined, spaces collapsed. */
export function cleanTitle(title: string): string {
  return collapseSpaces(title);
}

const TEX = /\$[^$]+\$|\\[A-Za-z]+|\\[{}$&%_#^~]/;

/** Whether a title holds TeX math or a TeX command, which a list shows as typed. */
export function hasTex(title: string): boolean {
  return TEX.test(title);
}

/** The title fields of a record: the cleaned title and, when it holds TeX, the flag. */
export function titleFields(title: string | undefined): Pick<MetadataRecord, 'title' | 'hasTex'> {
  if (title === undefined) return {};
  const clean = cleanTitle(title);
  if (clean === '') return {};
  return hasTex(clean) ? { title: clean, hasTex: true } : { title: clean };
}

/** The readable message of a zod failure, for a "the answer is not valid" reason. */
export function firstIssue(error: {
  readonly issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[];
}): string {
  const issue = error.issues[0];
  if (!issue) return 'unexpected shape';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/**
 * An answer checked against the source's documented shape: its data, or the "unexpected shape"
 * verdict naming the first field that is off.
 */
export function checkShape<T>(
  schema: z.ZodMiniType<T>,
  json: unknown,
  source: MetadataSource,
): { readonly data: T } | { readonly verdict: ParseResult } {
  const parsed = schema.safeParse(json);
  return parsed.success
    ? { data: parsed.data }
    : { verdict: invalidAnswer(source, firstIssue(parsed.error)) };
}
