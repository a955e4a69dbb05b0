import type { Config } from '../config/config.js';
import type { EntryMatches } from '../list/entry-reader.js';
import { listFormatOf, type ListFormat } from '../list/list-format.js';
import type { SourceFile } from '../list/read-paper-list.js';
import {
  DEFAULT_AUTHOR_FORMAT,
  DEFAULT_LINK_FORMAT,
  type AuthorFormat,
  type LinkFormat,
} from '../paper/entry-template.js';
import { inferList } from './infer-list-format.js';
import type { PaperList } from '../list/paper-list.js';
import { readPaperList } from '../list/read-paper-list.js';
import type { TableShape } from '../list/table-format.js';
import { headsOf } from './table-heads.js';

/**
 * The list format of a repository: what its configuration says, and what the configuration
 * leaves out inferred from the list's files (docs/design.md, "Inference"). A configuration that
 * sets the template is used as written, with today's defaults for the rest, so configurations
 * written before inference read the same.
 */
export function resolveListFormat(config: Config, files: readonly SourceFile[]): ListFormat {
  return resolveList(config, files).format;
}

/**
 * The list format as {@link resolveListFormat} gives it, and the files read with it: inference
 * reads them once, and that read is the list's.
 */
export function resolveList(
  config: Config,
  files: readonly SourceFile[],
): { format: ListFormat; list: PaperList } {
  const excludeSections = config['exclude-sections'];
  const lineBreak = config['line-break'];
  const configured = config['link-format'];
  const images = config['link-images'];
  const links = configured
    ? { item: configured, separator: config['link-separator'] ?? '', ...(images ? { images } : {}) }
    : DEFAULT_LINK_FORMAT;
  const authors = authorsOf(config);
  const heads = () => headsOf(files);
  if (config.template !== undefined) {
    const format = configuredFormat(config, config.template, { links, authors: authors(), heads });
    return { format, list: readPaperList(files, format) };
  }
  const matches: EntryMatches = new Map();
  const { inferred, list } = inferList(files, { excludeSections, lineBreak, matches });
  const format = listFormatOf({
    template: inferred.template,
    lineBreak,
    links: configured ? links : images ? { ...inferred.links, images } : inferred.links,
    authors: authors(inferred.authors),
    dateHeadings: config['date-headings'] ?? inferred.dateHeadings,
    order: config.order ?? inferred.order,
    sectionOrders: { ...inferred.sectionOrders, ...config['section-order'] },
    excludeSections,
    relativeLinks: config['relative-links'] ?? inferred.relativeLinks,
    byMonth: config['order-by-month'] ?? inferred.byMonth,
    preprints: config.preprints ?? inferred.preprints,
    venuesWithoutYear: config['venues-without-year'] ?? inferred.venuesWithoutYear,
    venuesShowYear: config['venues-show-year'] ?? inferred.venuesShowYear,
    ...(inferred.readWhole !== undefined ? { inferredFit: inferred.readWhole } : {}),
    datesFromArxiv: config['dates-from-arxiv'] ?? inferred.datesFromArxiv,
    groupBullets: config['group-bullets'] ?? inferred.groupBullets,
    plainVenues: config['plain-venues'] ?? inferred.plainVenues,
    stopAfterTitleMark: config['stop-after-title-mark'] ?? inferred.stopAfterTitleMark,
    matches,
    ...(inferred.columns ? { columns: inferred.columns, heads: heads() } : {}),
  });
  // The read inference made is the list's, unless the configuration changes how entries are
  // found (date headings set against what inference found).
  const same =
    format.dateHeadings === inferred.dateHeadings && format.groupBullets === inferred.groupBullets;
  return { format, list: same ? list : readPaperList(files, format) };
}

/** The author format: the configuration's separators, else the inferred, else the defaults. */
function authorsOf(config: Config): (inferred?: AuthorFormat) => AuthorFormat {
  const separator = config['author-separator'];
  const last = config['last-author-separator'];
  return (inferred) => ({
    separator: separator ?? inferred?.separator ?? DEFAULT_AUTHOR_FORMAT.separator,
    last: last ?? separator ?? inferred?.last ?? DEFAULT_AUTHOR_FORMAT.last,
  });
}

/** A configured template's format: as written, with today's defaults for every other key. */
function configuredFormat(
  config: Config,
  template: string,
  given: { links: LinkFormat; authors: AuthorFormat; heads: () => readonly TableShape[] },
): ListFormat {
  const columns = config.columns;
  return listFormatOf({
    template,
    lineBreak: config['line-break'],
    links: given.links,
    authors: given.authors,
    dateHeadings: config['date-headings'] ?? false,
    order: config.order ?? 'newest-first',
    sectionOrders: config['section-order'],
    excludeSections: config['exclude-sections'],
    relativeLinks: config['relative-links'] ?? false,
    byMonth: config['order-by-month'] ?? false,
    preprints: config.preprints ?? 'mixed',
    venuesWithoutYear: config['venues-without-year'] ?? false,
    venuesShowYear: config['venues-show-year'] ?? true,
    datesFromArxiv: config['dates-from-arxiv'] ?? false,
    groupBullets: config['group-bullets'] ?? false,
    plainVenues: config['plain-venues'] ?? [],
    stopAfterTitleMark: config['stop-after-title-mark'] ?? false,
    ...(columns ? { columns, heads: given.heads() } : {}),
  });
}
