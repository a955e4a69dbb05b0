// doi.org content negotiation (`Accept: application/vnd.citationstyles.csl+json`): Crossref and
// DataCite both answer CSL-JSON, with small differences (Crossref's `container-title` may be a
// list; DataCite's arXiv DOIs `10.48550/arXiv.<id>` name no container at all).

import * as z from 'zod/mini';
import { arxivIdFacts } from './link-facts.js';
import { found, titleFields, type ParseResult, checkShape } from './paper-metadata.js';
import { canonicalVenue, venueLabel } from './venue-names.js';
import { collapseSpaces } from '../paper/clean-text.js';

const textOrList = z.union([z.string(), z.array(z.string())]);

const cslName = z.object({
  given: z.optional(z.string()),
  family: z.optional(z.string()),
  literal: z.optional(z.string()),
  name: z.optional(z.string()),
});

const cslDate = z.object({
  'date-parts': z.optional(z.array(z.array(z.union([z.number(), z.string(), z.null()])))),
});

/** The CSL-JSON fields the bot reads; everything else is ignored. */
const cslSchema = z.object({
  DOI: z.optional(z.string()),
  URL: z.optional(z.string()),
  title: z.optional(textOrList),
  author: z.optional(z.array(cslName)),
  'container-title': z.optional(textOrList),
  'container-title-short': z.optional(textOrList),
  event: z.optional(z.union([z.string(), z.object({ name: z.optional(z.string()) })])),
  'event-title': z.optional(z.string()),
  issued: z.optional(cslDate),
  'published-print': z.optional(cslDate),
  'published-online': z.optional(cslDate),
});
type Csl = z.infer<typeof cslSchema>;

function first(value: string | readonly string[] | undefined): string | undefined {
  const text = typeof value === 'string' ? value : value?.[0];
  const clean = text === undefined ? '' : collapseSpaces(text);
  return clean === '' ? undefined : clean;
}

/** `{given: 'Henry S.', family: 'Frank'}` → `Henry S. Frank`; `{literal}` as written. */
function authorName(author: z.infer<typeof cslName>): string {
  const literal = author.literal ?? author.name;
  if (literal !== undefined) return collapseSpaces(literal);
  return collapseSpaces(`${author.given ?? ''} ${author.family ?? ''}`);
}

function yearOf(csl: Csl): number | undefined {
  for (const date of [csl.issued, csl['published-print'], csl['published-online']]) {
    const year = Number(date?.['date-parts']?.[0]?.[0]);
    if (Number.isInteger(year) && year > 1000) return year;
  }
  return undefined;
}

/** Book series that hold many conferences' proceedings: they name no venue. */
const BOOK_SERIES =
  /^(?:Lecture Notes in (?:Computer Science|Artificial Intelligence|Networks and Systems)|Communications in Computer and Information Science)$/i;

/**
 * The venue: the event (a proceedings paper's conference) or the container (a journal), by its
 * canonical short name when the table knows it, else the short container title, else the full
 * one; then the year.
 */
function venueOf(csl: Csl, year: number | undefined): string | undefined {
  const event = typeof csl.event === 'string' ? csl.event : (csl.event?.name ?? csl['event-title']);
  const candidates = [first(event), first(csl['container-title'])].filter(
    (name): name is string => name !== undefined && !BOOK_SERIES.test(name),
  );
  const known = candidates.find((name) => canonicalVenue(name) !== undefined);
  const short = first(csl['container-title-short']);
  const name =
    known ?? (short !== undefined && !BOOK_SERIES.test(short) ? short : candidates.at(-1));
  return name === undefined ? undefined : venueLabel(name, year);
}

const DATACITE_ARXIV = /^10\.48550\/arxiv\.(.+)$/i;

/**
 * Reads a CSL-JSON record from doi.org: the title, the authors as "First Last" (or the literal
 * name), the venue (`CVPR 2016`, `Science 1970`) and year from `issued`. A DataCite arXiv DOI
 * (`10.48550/arXiv.<id>`) gives `arXiv YYMM` from the id. The record's page is `doi.org/<doi>`.
 */
export function parseCslJson(json: unknown, doi: string): ParseResult {
  const checked = checkShape(cslSchema, json, 'doi');
  if ('verdict' in checked) return checked.verdict;
  const csl = checked.data;
  const recordDoi = csl.DOI ?? doi;
  const year = yearOf(csl);
  const arxivId = DATACITE_ARXIV.exec(recordDoi)?.[1];
  const arxiv = arxivId === undefined ? undefined : arxivIdFacts(arxivId);
  return found({
    source: 'doi',
    url: `https://doi.org/${doi}`,
    ...titleFields(first(csl.title)),
    authors: (csl.author ?? []).map(authorName).filter((name) => name !== ''),
    venue: arxiv?.venue ?? venueOf(csl, year),
    year: year ?? arxiv?.year,
    doi: recordDoi,
  });
}
