import type { Config } from '../config/config.js';
import { listFormatOf, type ListFormat } from '../list/list-format.js';
import type { SourceFile } from '../list/read-paper-list.js';
import { DEFAULT_LINK_FORMAT } from '../paper/entry-template.js';
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
  const heads = () => tableHeads(files.map((f) => f.text));
  if (config.template !== undefined) {
    const columns = config.columns;
    return listFormatOf({
      template: config.template,
      lineBreak,
      links,
      dateHeadings: config['date-headings'] ?? false,
      order: config.order ?? 'newest-first',
      sectionOrders: config['section-order'],
      excludeSections,
      ...(columns ? { columns, heads: heads() } : {}),
    });
  }
  const inferred = inferListFormat(files, { excludeSections, lineBreak });
  return listFormatOf({
    template: inferred.template,
    lineBreak,
    links: configured ? links : inferred.links,
    dateHeadings: config['date-headings'] ?? inferred.dateHeadings,
    order: config.order ?? inferred.order,
    sectionOrders: { ...inferred.sectionOrders, ...config['section-order'] },
    excludeSections,
    ...(inferred.columns ? { columns: inferred.columns, heads: heads() } : {}),
  });
}
