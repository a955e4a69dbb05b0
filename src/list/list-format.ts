import { makeEntryReader, type EntryMatches, type EntryReader } from '../list/entry-reader.js';
import type { ListOrder } from '../list/list-order.js';
import type { PreprintOrder } from './preprints.js';
import { templateHtml, templateImages } from '../paper/template-html.js';
import { linkImagePatterns } from '../paper/link-images.js';
import {
  requiredValues,
  isNumbered,
  isTableRow,
  entryHeadingLevel,
  mustParseEntryTemplate,
  type EntryTemplate,
  type AuthorFormat,
  type LinkFormat,
} from '../paper/entry-template.js';
import type { Section } from './list-file.js';
import { foldName } from './paper-list.js';
import { columnKey } from './table-cells.js';
import {
  headKey,
  makeTableReader,
  rowTemplateSource,
  sectionRowTemplate,
  type TableShape,
} from './table-format.js';
import type { ReadListOptions } from './read-list-file.js';

/** Everything about a list's format that reading, writing and ordering entries need. */
export interface ListFormat {
  readonly template: EntryTemplate;
  readonly reader: EntryReader;
  /** The order of sections without one of their own. */
  readonly order: ListOrder;
  /** Sections with an order of their own, by folded name. */
  readonly sectionOrders: ReadonlyMap<string, ListOrder>;
  /** HTML tags the template itself writes, allowed in formatted entries. */
  readonly allowedHtml: ReadonlySet<string>;
  readonly excludeSections: readonly string[];
  /** Headings naming a date (`## 2019`) date the entries under them. */
  readonly dateHeadings: boolean;
  /** Entries are table rows. */
  readonly tableRows: boolean;
  /** Entries are headings of this level, each with the lines under it (`##### [Title]`). */
  readonly headingEntries?: number;
  /** Entries are numbered (`{number}. ...`). */
  readonly numbered: boolean;
  /** Entries are paragraphs (`**{title}** ...`): other paragraphs linking papers are reported. */
  readonly paragraphEntries?: boolean;
  /** The template a new entry of `section` is written with; `undefined` when none fits it. */
  templateFor(section: Section): EntryTemplate | undefined;
  /** Every entry shows its date (venue or year): one without is a problem `check` reports. */
  readonly dated: boolean;
  /** The template shows the code's GitHub stars as an image (`{repo}` in a badge). */
  readonly starBadges: boolean;
  /** Images the template writes as they are (`[![arXiv](badge.svg)]({paper})`): allowed. */
  readonly images: ReadonlySet<string>;
  /** The template writes a nested list under the entry's first line. */
  readonly nestedLists: boolean;
  /** The template writes a link with no address where a paper has none (`[[PDF]]()`). */
  readonly emptyLinks: boolean;
  /** The badges the link format shows links with (`{image}`), as patterns: allowed. */
  readonly linkImages: readonly RegExp[];
  /** The list links files beside it (`./citations/x.txt`): such links are accepted. */
  readonly relativeLinks: boolean;
  /** Entries of one year are ordered by month too (arXiv ids, month headings). */
  readonly byMonth: boolean;
  /** Where preprints go among the published papers (src/list/preprints.ts). */
  readonly preprints: PreprintOrder;
  /** Some venues show no year (`Preprint`): a venue need not hold one. */
  readonly venuesWithoutYear: boolean;
  /**
   * For a format inferred from the list (no `template` configured): the share of its sampled
   * entries it reads whole. New entries are written in it; few read whole, it would write them
   * unlike the list's.
   */
  readonly inferredFit?: number;
  /** Entries are dated by their arXiv link when they have one (lists ordered by arXiv id). */
  readonly datesFromArxiv: boolean;
  /** List items with entries nested under them are sections of their own. */
  readonly groupBullets: boolean;
}

/** The settings a list format is made of (from a configuration, inference, or both). */
export interface ListFormatSettings {
  readonly template: string;
  readonly lineBreak: string;
  readonly links: LinkFormat;
  readonly authors?: AuthorFormat;
  readonly dateHeadings: boolean;
  readonly order: ListOrder;
  readonly sectionOrders: Readonly<Record<string, ListOrder>>;
  readonly excludeSections: readonly string[];
  /** Whether entries link files beside the list (`./citations/x.txt`). */
  readonly relativeLinks?: boolean;
  /** Whether entries of one year are ordered by month too. */
  readonly byMonth?: boolean;
  /** Where preprints go among the published papers. */
  readonly preprints?: PreprintOrder;
  /** Whether some venues show no year. */
  readonly venuesWithoutYear?: boolean;
  /** Whether entries are dated by their arXiv link first. */
  readonly datesFromArxiv?: boolean;
  /** Whether list items with entries nested under them are sections. */
  readonly groupBullets?: boolean;
  /** Venues written without the emphasis around `{venue}` (`arXiv`). */
  readonly plainVenues?: readonly string[];
  /** Whether venues show their year (the default); lists dated by headings may write none. */
  readonly venuesShowYear?: boolean;
  /** Whether the template's `.` after the title follows a title's own `?` or `!` too. */
  readonly stopAfterTitleMark?: boolean;
  /** For an inferred format: the share of the sampled entries it reads whole. */
  readonly inferredFit?: number;
  /** For tables: each column's cell template by column name, and the list's table heads. */
  readonly columns?: Readonly<Record<string, string>>;
  readonly heads?: readonly TableShape[];
  /** Entry matches shared with the other formats built while resolving this one. */
  readonly matches?: EntryMatches;
}

/** The list format settings describe; the template must be valid. */
export function listFormatOf(settings: ListFormatSettings): ListFormat {
  if (settings.columns) return tableFormat(settings, settings.columns);
  const template = templateOf(settings.template, settings);
  return {
    ...common(settings, template),
    reader: makeEntryReader(template, settings),
    tableRows: isTableRow(template),
    ...headingEntriesOf(template),
    ...(isParagraph(template) ? { paragraphEntries: true } : {}),
    templateFor: () => template,
  };
}

/** A list of tables: one row template per table head. */
function tableFormat(
  settings: ListFormatSettings,
  columns: Readonly<Record<string, string>>,
): ListFormat {
  const byColumn = new Map(Object.entries(columns).map(([name, cell]) => [columnKey(name), cell]));
  const templates = new Map<string, EntryTemplate>();
  const readers: EntryReader[] = [];
  const cells: number[] = [];
  for (const head of settings.heads ?? []) {
    const source = rowTemplateSource(head, byColumn);
    if (source === undefined) continue;
    const template = templateOf(source, settings);
    templates.set(headKey(head), template);
    readers.push(makeEntryReader(template, { ...settings, tableHead: head }));
    cells.push(head.cells.length);
  }
  const fallback = templateOf(settings.template, settings);
  const all = templates.size > 0 ? [...templates.values()] : [fallback];
  return {
    ...common(settings, all[0]!),
    reader:
      readers.length > 0
        ? makeTableReader(readers, cells)
        : makeTableReader([makeEntryReader(fallback, settings)]),
    tableRows: true,
    templateFor: (section) => sectionRowTemplate(section.tables, templates),
  };
}

/** A template source parsed with the settings' line break, links, authors and plain venues. */
function templateOf(source: string, settings: ListFormatSettings): EntryTemplate {
  const template = mustParseEntryTemplate(
    source,
    settings.lineBreak,
    settings.links,
    settings.authors,
  );
  const plainVenues = settings.plainVenues ?? [];
  return {
    ...template,
    ...(plainVenues.length > 0 ? { plainVenues } : {}),
    ...(settings.venuesShowYear === false ? { venuesYearless: true } : {}),
    ...(settings.stopAfterTitleMark ? { stopAfterTitleMark: true } : {}),
  };
}

function common(settings: ListFormatSettings, template: EntryTemplate) {
  const sources = [settings.template, ...Object.values(settings.columns ?? {})].join('\n');
  return {
    template,
    order: settings.order,
    sectionOrders: new Map(
      Object.entries(settings.sectionOrders).map(([name, order]) => [foldName(name), order]),
    ),
    allowedHtml: templateHtml(
      `${sources}${settings.links.item}${settings.links.separator}`,
      settings.lineBreak,
    ),
    excludeSections: settings.excludeSections,
    dateHeadings: settings.dateHeadings,
    numbered: isNumbered(template),
    dated: isDated(template),
    starBadges: sources.includes('{repo}'),
    images: templateImages(sources),
    nestedLists: template.lines.slice(1).some(writesListItem),
    emptyLinks: /\]\(\)/.test(sources),
    linkImages: linkImagePatterns(settings.links.images),
    relativeLinks: settings.relativeLinks ?? false,
    byMonth: settings.byMonth ?? false,
    preprints: settings.preprints ?? 'mixed',
    venuesWithoutYear: settings.venuesWithoutYear ?? false,
    ...(settings.inferredFit !== undefined ? { inferredFit: settings.inferredFit } : {}),
    datesFromArxiv: settings.datesFromArxiv ?? false,
    groupBullets: settings.groupBullets ?? false,
  };
}

/**
 * Whether entries written with the template are paragraphs: its first line opens with text that
 * starts no list item, table row, heading or HTML (`**{title}**`, `({venue}) {title}`).
 */
function isParagraph(template: EntryTemplate): boolean {
  const first = template.lines[0]?.[0];
  if (first?.kind !== 'text') return false;
  return !/^[ \t]*(?:(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)|[|#<])/.test(first.text);
}

/** Whether a template line after the first starts a list item (`  - {authors}`). */
function writesListItem(parts: EntryTemplate['lines'][number]): boolean {
  const first = parts[0];
  return first?.kind === 'text' && /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(first.text);
}

/** How {@link readListFile} finds this format's entries and date headings. */
export function readOptions(format: ListFormat): ReadListOptions {
  return {
    startsEntry: format.reader.startsEntry,
    dateHeadings: format.dateHeadings,
    tableRows: format.tableRows,
    groupBullets: format.groupBullets,
    ...(format.headingEntries ? { headingEntries: format.headingEntries } : {}),
    ...(format.paragraphEntries ? { paragraphEntries: true } : {}),
    excludeSections: format.excludeSections,
  };
}

function headingEntriesOf(template: EntryTemplate): { headingEntries?: number } {
  const level = entryHeadingLevel(template);
  return level ? { headingEntries: level } : {};
}

/** The order of the section offered as `name`. */
export function orderOf(format: ListFormat, name: string): ListOrder {
  return format.sectionOrders.get(foldName(name)) ?? format.order;
}

/** Whether every entry shows its date: a year, or a venue written with its year. */
function isDated(template: EntryTemplate): boolean {
  const placed = requiredValues(template);
  return placed.has('year') || (placed.has('venue') && !template.venuesYearless);
}
