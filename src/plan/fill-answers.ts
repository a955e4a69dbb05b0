import { MAX_AUTHORS } from '../paper/parse-authors.js';
import { matchKey } from '../metadata/paper-match.js';
import type { MetadataRecord, MetadataSource } from '../metadata/paper-metadata.js';
import { listSpelling } from '../metadata/venue-names.js';

/** When the bot asks the paper's link for metadata (configuration `autofill`). */
export const AUTOFILL_MODES = ['fill-missing', 'verify', 'off'] as const;
export type AutofillMode = (typeof AUTOFILL_MODES)[number];

/** The answers autofill can supply. */
export const FILLABLE_FIELDS = ['title', 'authors', 'venue'] as const;
export type FillableField = (typeof FILLABLE_FIELDS)[number];

/** A value the bot wrote into an empty answer, and where it came from. */
export interface FilledField {
  readonly field: FillableField | 'links';
  readonly value: string;
  readonly source: MetadataSource;
  /** The record's page, for people to check. */
  readonly url: string;
}

/** A fetched value that differs from the filer's answer (the answer stays). */
export interface FieldDifference {
  readonly field: FillableField;
  readonly given: string;
  readonly fetched: string;
  readonly source: MetadataSource;
  readonly url: string;
}

/** The answers after autofill, and what a reviewer should know about them. */
export interface FillResult {
  readonly answers: ReadonlyMap<string, string>;
  readonly filled: readonly FilledField[];
  readonly differences: readonly FieldDifference[];
  /** Remarks for the reviewer: a title with TeX, a venue left out by a source. */
  readonly notes: readonly string[];
}

/**
 * Whether to ask the link at all: never when `off` or without a paper link; with `fill-missing`
 * only when a fillable answer is empty; with `verify` always.
 */
export function wantsAutofill(answers: ReadonlyMap<string, string>, mode: AutofillMode): boolean {
  if (mode === 'off' || !answers.get('paper')?.trim()) return false;
  return mode === 'verify' || FILLABLE_FIELDS.some((field) => !answers.get(field)?.trim());
}

/** The answer text each record would give a field, as the form would hold it. */
function fetchedValue(
  field: FillableField,
  record: MetadataRecord,
  listVenues: readonly string[],
): string | undefined {
  if (field === 'title') return record.title;
  if (field === 'authors') {
    const names = (record.authors ?? []).map(plainName).filter((name) => name !== '');
    // A list shows at most MAX_AUTHORS names; a consortium paper ends with "et al.".
    const shown =
      names.length > MAX_AUTHORS ? [...names.slice(0, MAX_AUTHORS - 1), 'et al.'] : names;
    return shown.length > 0 ? shown.join('\n') : undefined;
  }
  return record.venue === undefined ? undefined : listSpelling(record.venue, listVenues);
}

/**
 * A fetched author's name as plain text for the authors answer, which reads `Name (url)`,
 * `Name <url>`, `[Name](url)` and commas as a person's markup: a source must not plant a link
 * or split a name, so links, brackets and separators are dropped.
 */
function plainName(name: string): string {
  return name
    .replace(/(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S*/gi, ' ')
    .replace(/[[\]()<>{}]/g, ' ')
    .replace(/[,;，]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The record to take a field from: a published venue before a preprint's, else the first. */
function bestRecord(
  field: FillableField,
  records: readonly MetadataRecord[],
  listVenues: readonly string[],
): { record: MetadataRecord; value: string } | undefined {
  const candidates = records.flatMap((record) => {
    const value = fetchedValue(field, record, listVenues);
    return value === undefined || value.trim() === '' ? [] : [{ record, value }];
  });
  if (field !== 'venue') return candidates[0];
  return candidates.find((c) => !/^arxiv\b/i.test(c.value)) ?? candidates[0];
}

/** Two values that differ only in case, spacing, diacritics or punctuation are the same. */
function sameValue(field: FillableField, a: string, b: string): boolean {
  if (field !== 'authors') return matchKey(a) === matchKey(b);
  const names = (text: string) =>
    text
      .split(/\n|,|;/)
      .map(matchKey)
      .filter((name) => name !== '');
  return names(a).join('|') === names(b).join('|');
}

/**
 * Merges what the sources say into the filer's answers, field by field: an empty answer is
 * filled (the venue in the list's own spelling), an answer given is kept and a fetched value
 * that differs is reported. A code link is added only when the filer gave no links at all.
 */
export function fillAnswers(
  answers: ReadonlyMap<string, string>,
  records: readonly MetadataRecord[],
  listVenues: readonly string[],
): FillResult {
  const merged = new Map(answers);
  const filled: FilledField[] = [];
  const differences: FieldDifference[] = [];
  for (const field of FILLABLE_FIELDS) {
    const best = bestRecord(field, records, listVenues);
    if (!best) continue;
    const { record, value } = best;
    const given = answers.get(field)?.trim();
    if (!given) {
      merged.set(field, value);
      filled.push({ field, value, source: record.source, url: record.url });
    } else if (!sameValue(field, given, value)) {
      differences.push({ field, given, fetched: value, source: record.source, url: record.url });
    }
  }
  const code = records.find((record) => record.codeUrl !== undefined);
  if (code?.codeUrl && !answers.get('links')?.trim()) {
    merged.set('links', `Code: ${code.codeUrl}`);
    filled.push({ field: 'links', value: code.codeUrl, source: code.source, url: code.url });
  }
  return { answers: merged, filled, differences, notes: recordNotes(records, filled) };
}

/** What the reviewer should check: TeX in a filled title, and each source's own remarks. */
function recordNotes(records: readonly MetadataRecord[], filled: readonly FilledField[]): string[] {
  const title = filled.find((f) => f.field === 'title');
  const tex = title && records.find((r) => r.url === title.url && r.hasTex);
  return [
    ...(tex ? ['The filled title holds TeX markup; check how it reads in the list.'] : []),
    ...records.flatMap((record) => record.notes ?? []),
  ];
}
