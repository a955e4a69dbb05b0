import { SOURCE_NAMES, type MetadataSource } from '../metadata/paper-metadata.js';
import type { AutofillReport, TriedSource } from '../plan/apply-autofill.js';
import { quoteText } from './markdown-text.js';

/** Table cells hold one value each: at most this many characters of it. */
const MAX_CELL = 300;

/**
 * A link to a source's record, named after the source. The URL was built from what a source
 * sent, so it is untrusted: only http(s) is linked, and the characters that could end a
 * Markdown link destination are percent-encoded.
 */
export function sourceLink(source: MetadataSource, url: string): string {
  const name = SOURCE_NAMES[source];
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return name;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return name;
  const href = parsed.href.replace(
    /[()<>\\\s[\]`|]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `[${name}](${href})`;
}

/** A value as a table cell: authors one a line become `A, B`, then escaped like any answer. */
function cell(value: string): string {
  return quoteText(value.split('\n').join(', '), MAX_CELL);
}

/** `A`, `A and B`, `A, B and C`. */
function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * The pull request's account of the autofill: the fields filled (value and source, linked to
 * the record, so the reviewer can check it), the fetched values that differ from the filer's
 * answers (which were kept), and the sources' notes. Every fetched text is escaped like an
 * answer. Empty when the sources added and contradicted nothing.
 */
export function autofillSection(report: AutofillReport | undefined): string[] {
  if (!report) return [];
  const { filled, differences, notes } = report;
  if (filled.length + differences.length + notes.length === 0) return [];
  const value = (field: string, text: string) => (field === 'links' ? `Code: ${text}` : text);
  return [
    '',
    '### From the paper link',
    ...(filled.length > 0
      ? [
          '',
          'The issue left these fields empty; the bot filled them from the paper link. Check them before merging.',
          '',
          '| Field | Value | Source |',
          '| --- | --- | --- |',
          ...filled.map(
            (f) =>
              `| ${quoteText(f.label, 80)} | ${cell(value(f.field, f.value))} | ${sourceLink(f.source, f.url)} |`,
          ),
        ]
      : []),
    ...(differences.length > 0
      ? [
          '',
          'The sources disagree with these answers; the answers were kept.',
          '',
          '| Field | Answer | Fetched | Source |',
          '| --- | --- | --- | --- |',
          ...differences.map(
            (d) =>
              `| ${quoteText(d.label, 80)} | ${cell(d.given)} | ${cell(d.fetched)} | ${sourceLink(d.source, d.url)} |`,
          ),
        ]
      : []),
    ...(notes.length > 0 ? ['', ...notes.map((note) => `- ${quoteText(note, MAX_CELL)}`)] : []),
  ];
}

/** The issue comment's lines on the autofill: which fields were filled, which answers disagree. */
export function autofillCommentLines(report: AutofillReport | undefined): string[] {
  if (!report) return [];
  const labels = (items: readonly { label: string }[]) =>
    joinWords([...new Set(items.map((i) => `**${quoteText(i.label, 80)}**`))]);
  const lines: string[] = [];
  if (report.filled.length > 0) {
    lines.push(
      `I filled ${labels(report.filled)} from the paper link; the pull request shows where each value comes from.`,
    );
  }
  if (report.differences.length > 0) {
    lines.push(
      `The paper link's sources give another ${labels(report.differences)}; I kept your answer, and the pull request shows both.`,
    );
  }
  return lines.length > 0 ? ['', ...lines] : [];
}

const OUTCOME_WORDS: Readonly<Record<TriedSource['outcome'], string>> = {
  found: 'found it',
  'not-found': 'had no record',
  failed: 'failed',
  skipped: 'was not asked',
};

/**
 * One line for the log and the command line on what the sources were asked and what they gave:
 * `Asked the paper link's sources (2 requests): arXiv found it, DBLP had no record. Filled
 * Title, Authors.`
 */
export function describeAutofillRun(
  attempts: readonly TriedSource[],
  requests: number,
  report: AutofillReport,
): string {
  const asked =
    attempts.length === 0
      ? 'The paper link names no source to ask'
      : `Asked the paper link's sources (${requests} ${requests === 1 ? 'request' : 'requests'}): ${attempts
          .map((a) => `${SOURCE_NAMES[a.source]} ${OUTCOME_WORDS[a.outcome]}`)
          .join(', ')}`;
  const filled = report.filled.map((f) => f.label);
  const differing = report.differences.map((d) => d.label);
  return [
    `${asked}.`,
    ...(filled.length > 0 ? [`Filled ${filled.join(', ')}.`] : []),
    ...(differing.length > 0 ? [`The sources give another ${differing.join(', ')}.`] : []),
  ].join(' ');
}
