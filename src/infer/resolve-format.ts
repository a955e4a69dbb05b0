import type { Config } from '../config/config.js';
import { listFormatOf, type ListFormat } from '../list/list-format.js';
import type { SourceFile } from '../list/read-paper-list.js';
import {
  DEFAULT_AUTHOR_FORMAT,
  DEFAULT_LINK_FORMAT,
  type AuthorFormat,
} from '../paper/entry-template.js';
import { inferListFormat } from './infer-list-format.js';
import { tableHeads } from '../list/table-format.js';

/**
 * The list format of a repository: what its configuration says, and what the configuration
 * leaves out inferred from the list's files (docs/design.md, "Inference"). A configuration that
 * sets the template is used as written, with today's defaults for the rest, so configurations
 * written before inference read the same.
 */
export function resolveListFormat(config: Config, files: readonly SourceFile[]): ListFormat {
  const excludeSections = config['exclude-sections'];
  const lineBreak = config['line-break'];
  const configured = config['link-format'];
  const links = configured
    ? { item: configured, separator: config['link-separator'] ?? '' }
    : DEFAULT_LINK_FORMAT;
  const separator = config['author-separator'];
  const last = config['last-author-separator'];
  const authors = (inferred?: AuthorFormat): AuthorFormat => ({
    separator: separator ?? inferred?.separator ?? DEFAULT_AUTHOR_FORMAT.separator,
    last: last ?? separator ?? inferred?.last ?? DEFAULT_AUTHOR_FORMAT.last,
  });
  const heads = () => tableHeads(files.map((f) => f.text));
  if (config.template !== undefined) {
    const columns = config.columns;
    return listFormatOf({
      template: config.template,
      lineBreak,
      links,
      authors: authors(),
      dateHeadings: config['date-headings'] ?? false,
      order: config.order ?? 'newest-first',
      sectionOrders: config['section-order'],
      excludeSections,
      relativeLinks: config['relative-links'] ?? false,
      byMonth: config['order-by-month'] ?? false,
      venuesWithoutYear: config['venues-without-year'] ?? false,
      datesFromArxiv: config['dates-from-arxiv'] ?? false,
      ...(columns ? { columns, heads: heads() } : {}),
    });
  }
  const inferred = inferListFormat(files, { excludeSections, lineBreak });
  return listFormatOf({
    template: inferred.template,
    lineBreak,
    links: configured ? links : inferred.links,
    authors: authors(inferred.authors),
    dateHeadings: config['date-headings'] ?? inferred.dateHeadings,
    order: config.order ?? inferred.order,
    sectionOrders: { ...inferred.sectionOrders, ...config['section-order'] },
    excludeSections,
    relativeLinks: config['relative-links'] ?? inferred.relativeLinks,
    byMonth: config['order-by-month'] ?? inferred.byMonth,
    venuesWithoutYear: config['venues-without-year'] ?? inferred.venuesWithoutYear,
    datesFromArxiv: config['dates-from-arxiv'] ?? inferred.datesFromArxiv,
    ...(inferred.columns ? { columns: inferred.columns, heads: heads() } : {}),
  });
}
