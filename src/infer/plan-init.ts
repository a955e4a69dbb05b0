import { stringify } from 'yaml';
import type { Config } from '../config/config.js';
import { listFormatOf, orderOf, type ListFormat } from '../list/list-format.js';
import type { ListOrder } from '../list/list-order.js';
import type { PreprintOrder } from '../list/preprints.js';
import type { PaperList } from '../list/paper-list.js';
import { readPaperList, type SourceFile } from '../list/read-paper-list.js';
import { headsOf } from './table-heads.js';
import { unreadItems, type UnreadItem } from '../list/unread-items.js';
import { DEFAULT_AUTHOR_FORMAT } from '../paper/entry-template.js';
import { inferListFormat, type InferredFormat } from './infer-list-format.js';
import { fieldsRequired, fieldsShown, listExamples } from './fields-shown.js';
import { tailorForm } from './tailor-form.js';
import { countWhole } from './shared-literals.js';

/** One section as `init` found it. */
export interface SectionReport {
  readonly name: string;
  readonly path: string;
  readonly entries: number;
  readonly order: ListOrder;
}

/** What `init` learnt of a list, and what it would write. */
export interface InitPlan {
  /** The files that hold entries, which the configuration manages. */
  readonly files: readonly string[];
  /** `.github/paper-list.yml` describing the list. */
  readonly config: string;
  /** The issue form tailored to the list; `undefined` when no form could be written. */
  readonly form: string | undefined;
  readonly sections: readonly SectionReport[];
  /** Entries read, with their title. */
  readonly recognised: number;
  /**
   * Entries the learnt format reads whole, every part in its place: new entries are written in
   * it, so a format that reads few of them writes entries unlike the list's.
   */
  readonly readWhole: number;
  /** The entry template new entries are written with (the first table's row, for tables). */
  readonly template: string;
  /** Where the list puts preprints among its published papers. */
  readonly preprints: PreprintOrder;
  /** Items the format does not read, and entries whose title cannot be read, with why. */
  readonly unread: readonly UnreadItem[];
}

/** Settings `init` takes as given (the configuration's defaults). */
export interface InitOptions {
  readonly excludeSections: readonly string[];
  readonly lineBreak: string;
}

/**
 * Learns a list's format from its Markdown files (docs/design.md, "Inference") and plans what
 * `init` writes: the configuration describing it, for the files that hold entries, and the issue
 * form with the fields its entries show and its sections. `undefined` when no file holds an entry
 * the inferred format reads.
 */
export function planInit(files: readonly SourceFile[], options: InitOptions): InitPlan | undefined {
  const first = read(files, options);
  const kept = files.filter((f) => recognisedIn(first, f.path) > 0);
  if (kept.length === 0) return undefined;
  const chosen = kept.length === files.length ? first : read(kept, options);
  const { inferred, format, list } = chosen;
  const used = fieldsShown(list, format);
  return {
    files: kept.map((f) => f.path),
    config: configText(kept, inferred),
    form: tailorForm(
      used,
      list.sections.map((s) => s.name),
      listExamples(list, format),
      fieldsRequired(list, format),
      Object.values(inferred.columns ?? {}).flatMap((cell) =>
        [...cell.matchAll(/\{links:([^{}]+)\}/g)].map((m) => m[1]!),
      ),
      Object.keys(inferred.links.images ?? {}),
    ),
    sections: list.sections.map((s) => ({
      name: s.name,
      path: s.file.path,
      entries: s.block.entries.length,
      order: orderOf(format, s.name),
    })),
    recognised: kept.reduce((n, f) => n + recognisedIn(chosen, f.path), 0),
    readWhole: readWhole(chosen),
    template: format.template.source,
    preprints: format.preprints,
    unread: unread(list, format),
  };
}

function read(files: readonly SourceFile[], options: InitOptions) {
  const inferred = inferListFormat(files, options);
  const format = formatOf(files, inferred, options);
  return { inferred, format, list: readPaperList(files, format) };
}

function formatOf(
  files: readonly SourceFile[],
  inferred: InferredFormat,
  options: InitOptions,
): ListFormat {
  return listFormatOf({
    ...inferred,
    lineBreak: options.lineBreak,
    excludeSections: options.excludeSections,
    ...(inferred.columns ? { heads: headsOf(files) } : {}),
  });
}

/** Entries of a file, in its offered sections, whose title is read. */
function readWhole({ list, format }: { list: PaperList; format: ListFormat }): number {
  const texts = list.sections.flatMap(({ file, block }) =>
    block.entries.map((entry) => file.text.slice(entry.start, entry.end)),
  );
  return countWhole(format, texts);
}

function recognisedIn(
  { list, format }: { list: PaperList; format: ListFormat },
  path: string,
): number {
  let count = 0;
  for (const section of list.sections) {
    if (section.file.path !== path) continue;
    for (const entry of section.block.entries) {
      const text = section.file.text.slice(entry.start, entry.end);
      if (format.reader.title(text) !== undefined) count += 1;
    }
  }
  return count;
}

function unread(list: PaperList, format: ListFormat): UnreadItem[] {
  return list.files.flatMap((file) => {
    const offered = new Set(list.sections.filter((s) => s.file === file).map((s) => s.block));
    const untitled = [...offered].flatMap((section) =>
      section.entries
        .filter((e) => format.reader.title(file.text.slice(e.start, e.end)) === undefined)
        .map((e) => ({
          path: file.path,
          line: e.line,
          message: "the entry's title cannot be read",
        })),
    );
    return [...unreadItems(file, offered, format.excludeSections), ...untitled].sort(
      (a, b) => a.line - b.line,
    );
  });
}

/** The configuration's text: every inferred setting that differs from today's defaults. */
function configText(files: readonly SourceFile[], inferred: InferredFormat): string {
  const config: Partial<Record<keyof Config, unknown>> = {
    files: files.map((f) => f.path),
    template: inferred.template,
    ...(inferred.columns ? { columns: inferred.columns } : {}),
    ...(inferred.links.item !== ' [[{label}]({url})]' || inferred.links.separator !== ''
      ? { 'link-format': inferred.links.item, 'link-separator': inferred.links.separator }
      : {}),
    ...(inferred.links.images ? { 'link-images': inferred.links.images } : {}),
    ...(inferred.authors.separator !== DEFAULT_AUTHOR_FORMAT.separator
      ? { 'author-separator': inferred.authors.separator }
      : {}),
    ...(inferred.authors.last !== DEFAULT_AUTHOR_FORMAT.last
      ? { 'last-author-separator': inferred.authors.last }
      : {}),
    ...(inferred.dateHeadings ? { 'date-headings': true } : {}),
    order: inferred.order,
    ...(Object.keys(inferred.sectionOrders).length > 0
      ? { 'section-order': inferred.sectionOrders }
      : {}),
    ...(inferred.byMonth ? { 'order-by-month': true } : {}),
    ...(inferred.preprints !== 'mixed' ? { preprints: inferred.preprints } : {}),
    ...(inferred.relativeLinks ? { 'relative-links': true } : {}),
    ...(inferred.venuesWithoutYear ? { 'venues-without-year': true } : {}),
    ...(inferred.venuesShowYear ? {} : { 'venues-show-year': false }),
    ...(inferred.plainVenues.length > 0 ? { 'plain-venues': [...inferred.plainVenues] } : {}),
    ...(inferred.stopAfterTitleMark ? { 'stop-after-title-mark': true } : {}),
    ...(inferred.datesFromArxiv ? { 'dates-from-arxiv': true } : {}),
    ...(inferred.groupBullets ? { 'group-bullets': true } : {}),
  };
  const header = [
    '# How paper-list-bot reads and writes this list, learnt from the list by `paper-list-bot init`.',
    '# Correct anything it got wrong; the README explains each key.',
  ].join('\n');
  return `${header}\n${stringify(config, { lineWidth: 0 })}`;
}
