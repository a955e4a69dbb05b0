import type { Config } from '../config/config.js';
import { makeEntryReader, type EntryReader } from '../list/entry-reader.js';
import type { ListOrder } from '../list/list-order.js';
import { templateHtml } from '../paper/check-entry-markdown.js';
import { mustParseEntryTemplate, type EntryTemplate } from '../paper/entry-template.js';

/** Everything about a list's format that reading, writing and ordering entries need. */
export interface ListFormat {
  readonly template: EntryTemplate;
  readonly reader: EntryReader;
  readonly order: ListOrder;
  /** HTML tags the template itself writes, allowed in formatted entries. */
  readonly allowedHtml: ReadonlySet<string>;
  readonly excludeSections: readonly string[];
}

/** The list format a configuration describes. */
export function listFormat(config: Config): ListFormat {
  const template = mustParseEntryTemplate(config.template, config['line-break']);
  return {
    template,
    reader: makeEntryReader(template),
    order: config.order,
    allowedHtml: templateHtml(config.template, config['line-break']),
    excludeSections: config['exclude-sections'],
  };
}
