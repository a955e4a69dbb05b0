// Semantic Scholar `GET /graph/v1/paper/<ARXIV:id|DOI:doi>?fields=title,authors,venue,year,
// externalIds,publicationVenue`: the fallback when the other sources left something out.

import * as z from 'zod/mini';
import { arxivIdFacts } from './link-facts.js';
import { found, notFound, titleFields, type ParseResult, checkShape } from './paper-metadata.js';
import { canonicalVenue, venueLabel } from './venue-names.js';
import { collapseSpaces } from '../paper/clean-text.js';

/** The fields the bot asks Semantic Scholar for, in the order of the query string. */
export const SEMANTIC_SCHOLAR_FIELDS = 'title,authors,venue,year,externalIds,publicationVenue';

const paperSchema = z.object({
  paperId: z.optional(z.nullable(z.string())),
  url: z.optional(z.nullable(z.string())),
  title: z.optional(z.nullable(z.string())),
  authors: z.optional(z.nullable(z.array(z.object({ name: z.nullable(z.string()) })))),
  venue: z.optional(z.nullable(z.string())),
  year: z.optional(z.nullable(z.number())),
  externalIds: z.optional(
    z.nullable(z.object({ ArXiv: z.optional(z.string()), DOI: z.optional(z.string()) })),
  ),
  publicationVenue: z.optional(
    z.nullable(z.object({ name: z.optional(z.string()), type: z.optional(z.string()) })),
  ),
  error: z.optional(z.string()),
});
type Paper = z.infer<typeof paperSchema>;

/**
 * The venue: a preprint (`arXiv.org`, `ArXiv`) is `arXiv YYMM` from its arXiv id; a venue the
 * table knows is its short name; another venue keeps Semantic Scholar's name. Then the year.
 */
function venueOf(paper: Paper, year: number | undefined): string | undefined {
  const name = [paper.publicationVenue?.name, paper.venue]
    .map((v) => collapseSpaces(v ?? ''))
    .find((v) => v !== '');
  if (name === undefined) return undefined;
  const canonical = canonicalVenue(name);
  if (canonical === 'arXiv') {
    const arxiv = paper.externalIds?.ArXiv;
    return arxiv === undefined ? undefined : arxivIdFacts(arxiv)?.venue;
  }
  return venueLabel(canonical ?? name, year);
}

/**
 * Reads Semantic Scholar's paper record: title, authors, venue (see above), year, the page on
 * semanticscholar.org, and the DOI when it names one. An `error` body (what Semantic Scholar
 * sends with 404) is "not found".
 */
export function parseSemanticScholarPaper(json: unknown, paperId: string): ParseResult {
  const checked = checkShape(paperSchema, json, 'semantic-scholar');
  if ('verdict' in checked) return checked.verdict;
  const paper = checked.data;
  if (paper.error !== undefined || !paper.paperId) {
    return notFound(`Semantic Scholar has no record ${paperId}`);
  }
  const year = paper.year ?? undefined;
  const doi = paper.externalIds?.DOI;
  return found({
    source: 'semantic-scholar',
    url: paper.url ?? `https://www.semanticscholar.org/paper/${paper.paperId}`,
    ...titleFields(paper.title ?? undefined),
    authors: (paper.authors ?? [])
      .map((author) => collapseSpaces(author.name ?? ''))
      .filter((name) => name !== ''),
    venue: venueOf(paper, year),
    year,
    doi: doi !== undefined && !/^10\.48550\//i.test(doi) ? doi : undefined,
  });
}
