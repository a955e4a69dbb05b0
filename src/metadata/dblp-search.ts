// DBLP `GET /search/publ/api?q=<title>&format=json&h=10`: asked for a preprint, to find the venue
// it was published at. A hit counts only when its title is the paper's and an author matches.

import * as z from 'zod/mini';
import { found, notFound, titleFields, type ParseResult, checkShape } from './paper-metadata.js';
import { canonicalVenue, venueLabel } from './venue-names.js';
import { dblpName, decodeEntities, matchesPaper, type WantedPaper } from './paper-match.js';

const authorSchema = z.union([z.string(), z.object({ text: z.string() })]);
const oneOrMany = <T extends z.ZodMiniType>(schema: T) => z.union([schema, z.array(schema)]);

const infoSchema = z.object({
  title: z.optional(z.string()),
  authors: z.optional(z.object({ author: oneOrMany(authorSchema) })),
  venue: z.optional(oneOrMany(z.string())),
  year: z.optional(z.string()),
  key: z.optional(z.string()),
  doi: z.optional(z.string()),
  url: z.optional(z.string()),
});
const hitSchema = z.object({ info: infoSchema });
const searchSchema = z.object({
  result: z.object({ hits: z.object({ hit: z.optional(oneOrMany(hitSchema)) }) }),
});
type Info = z.infer<typeof infoSchema>;

function list<T>(value: T | readonly T[] | undefined): readonly T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

function hitAuthors(info: Info): string[] {
  return list(info.authors?.author).map((a) => dblpName(typeof a === 'string' ? a : a.text));
}

function isPreprint(info: Info): boolean {
  const venue = list(info.venue)[0];
  return (info.key ?? '').startsWith('journals/corr/') || venue === 'CoRR';
}

/** The hit's venue: its venue string (`CVPR Workshops`) or key (`conf/cvpr`), then the year. */
function hitVenue(info: Info, year: number | undefined): string | undefined {
  const venue = list(info.venue)[0];
  const name =
    (venue !== undefined ? canonicalVenue(venue) : undefined) ??
    (info.key !== undefined ? canonicalVenue(info.key) : undefined) ??
    venue;
  return name === undefined ? undefined : venueLabel(name, year);
}

/**
 * Reads DBLP's search answer and keeps the first hit that is the wanted paper (see
 * {@link matchesPaper}) and not its arXiv copy (`CoRR`). `authors.author` may be one author
 * or a list, each a name or `{ text }`; homonym numbers (`Kaiming He 0001`) and the title's
 * final period are dropped. The record's page is the DBLP record.
 */
export function parseDblpSearch(json: unknown, wanted: WantedPaper): ParseResult {
  const checked = checkShape(searchSchema, json, 'dblp');
  if ('verdict' in checked) return checked.verdict;
  const hits = list(checked.data.result.hits.hit).map((hit) => hit.info);
  const matching = hits.filter((info) =>
    matchesPaper({ title: info.title ?? '', authors: hitAuthors(info) }, wanted),
  );
  const published = matching.find((info) => !isPreprint(info));
  if (!published) {
    return notFound(
      matching.length > 0
        ? `DBLP has only the arXiv (CoRR) record of "${wanted.title}"`
        : `DBLP has no record of "${wanted.title}" by its authors`,
    );
  }
  const year = published.year === undefined ? undefined : Number(published.year);
  const title = decodeEntities(published.title ?? '').replace(/\.$/, '');
  return found({
    source: 'dblp',
    url: published.url ?? `https://dblp.org/rec/${published.key ?? ''}`,
    ...titleFields(title),
    authors: hitAuthors(published),
    venue: hitVenue(published, year),
    year: Number.isInteger(year) ? year : undefined,
    doi: published.doi,
  });
}
