// The schema of the configuration file, which validates it: loaded only when a list has one.
import { FORM_LABEL_DEFAULT } from '../form/default-form.js';
import * as z from 'zod/mini';
import { DEFAULT_LINE_BREAK, parseEntryTemplate } from '../paper/entry-template.js';
import { LIST_ORDERS } from '../list/list-order.js';
import { PREPRINT_ORDERS } from '../list/preprints.js';
import { AUTOFILL_MODES } from '../plan/fill-answers.js';
import {
  BRANCH_PREFIX_DEFAULT,
  EXCLUDED_BY_DEFAULT,
  FORM_TEMPLATE_DEFAULT,
  TRIGGER_POLICIES,
} from './config.js';

const relativePath = z.string().check(
  z.minLength(1),
  z.refine((p) => !p.startsWith('/') && !p.split(/[\\/]/).includes('..'), {
    message: 'must be a path inside the repository (no leading "/" and no "..")',
  }),
);

/** A string that is not empty. */
const nonEmpty = z.string().check(z.minLength(1));

/** A mapping key that is not empty. */
function nonEmptyKey() {
  return z.string().check(z.minLength(1));
}

/**
 * The schema of `.github/paper-list.yml` (docs/design.md, "Configuration"). Every key has a default
 * that fits a list shaped like the corpus, so zero configuration works; unknown keys are errors.
 */
export const configSchema = z.strictObject({
  /** The list files the bot manages, relative to the repository root. */
  files: z._default(z.array(relativePath).check(z.minLength(1)), ['README.md']),
  /**
   * How entries are ordered within a section. Left out, it is read from the list: the order most
   * sections follow (newest first when the list shows none).
   */
  order: z.optional(z.enum(LIST_ORDERS)),
  /** Sections whose order differs from `order`, by heading text. */
  'section-order': z._default(z.record(nonEmptyKey(), z.enum(LIST_ORDERS)), {}),
  /**
   * How one paper is written; see the README's template reference. Left out, it is inferred
   * from the list's own entries (docs/design.md, "Inference").
   */
  template: z.optional(
    z.string().check(
      z.superRefine((source, ctx) => {
        const parsed = parseEntryTemplate(source);
        if ('error' in parsed)
          ctx.addIssue({ code: 'custom', message: parsed.error, input: source });
      }),
    ),
  ),
  /** How `{links}` writes one link (`{label}`, `{url}`), and what separates two links. */
  'link-format': z.optional(
    z.string().check(
      z.superRefine((item, ctx) => {
        const parsed = parseEntryTemplate('- {title}', DEFAULT_LINE_BREAK, { item, separator: '' });
        if ('error' in parsed) ctx.addIssue({ code: 'custom', message: parsed.error, input: item });
      }),
    ),
  ),
  'link-separator': z.optional(z.string()),
  /**
   * For links shown as badges (`{image}` in the link format): each label's badge image, where
   * `{repo}` and `{arxiv}` stand for the link's GitHub repository and arXiv id.
   */
  'link-images': z.optional(
    z.record(
      nonEmptyKey(),
      z.string().check(
        z.regex(/^https:\/\/[^\s()<>"']+$/, {
          message: 'a badge must be an https:// image address without blanks or brackets',
        }),
      ),
    ),
  ),
  /**
   * For lists of tables: how each column is written, by its header (`Title: "[{title}]({paper})"`).
   * A table's rows get cells in its own columns; a column not named here is left empty.
   */
  columns: z.optional(
    z.record(
      nonEmptyKey(),
      z.string().check(
        z.superRefine((cell, ctx) => {
          // A cell is checked as one of a row: its placeholders and optional parts.
          const parsed = parseEntryTemplate(`| {title} | ${cell} |`);
          if ('error' in parsed)
            ctx.addIssue({ code: 'custom', message: parsed.error, input: cell });
        }),
      ),
    ),
  ),
  /** What stands between authors, and before the last one (`, `, ` and `); read from the list when left out. */
  'author-separator': z.optional(z.string()),
  'last-author-separator': z.optional(z.string()),
  /** Whether entries of one year are ordered by month too (arXiv ids, month headings); read from the list when left out. */
  'order-by-month': z.optional(z.boolean()),
  /**
   * Where preprints go: `mixed` (by their date, like any paper), `last-of-their-date` (after the
   * published papers of their date) or `last` (after every published paper of their section);
   * read from the list when left out.
   */
  preprints: z.optional(z.enum(PREPRINT_ORDERS)),
  /** Whether entries are dated by their arXiv link first (lists ordered by arXiv id); read from the list when left out. */
  'dates-from-arxiv': z.optional(z.boolean()),
  /** Whether a list item with entries nested under it is a section of its own; read from the list when left out. */
  'group-bullets': z.optional(z.boolean()),
  /** Whether venues may show no year (`Preprint`); read from the list when left out. */
  'venues-without-year': z.optional(z.boolean()),
  /**
   * Whether venues show their year (`CVPR 2019`); `false` writes a new entry's venue without it
   * (`CVPR`), as lists dated by their headings do; read from the list when left out.
   */
  'venues-show-year': z.optional(z.boolean()),
  /** Venues written without the emphasis the template puts around `{venue}` (`arXiv`); read from the list when left out. */
  'plain-venues': z.optional(z.array(nonEmpty)),
  /** Whether the template's `.` after the title follows a title's own `?` or `!` too (`Short?.`); read from the list when left out. */
  'stop-after-title-mark': z.optional(z.boolean()),
  /** Whether entries may link files beside the list (`./citations/x.txt`); read from the list when left out. */
  'relative-links': z.optional(z.boolean()),
  /** Whether headings naming a date (`## 2019`) date the entries under them instead of being sections. */
  'date-headings': z.optional(z.boolean()),
  /** What ends each line of multi-line notes. */
  'line-break': z._default(z.string(), DEFAULT_LINE_BREAK),
  /** Headings that never hold entries. */
  'exclude-sections': z._default(z.array(nonEmpty), () => [...EXCLUDED_BY_DEFAULT]),
  /** Labels added to the bot's pull requests. */
  labels: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(50))), []),
  /** Prefix of the bot's branches: `<prefix>issue-<n>`, `<prefix>sort`. */
  'branch-prefix': z._default(
    z
      .string()
      .check(
        z.minLength(1),
        z.regex(/^[A-Za-z0-9._/-]+$/, 'may only hold letters, digits, ".", "_", "-" and "/"'),
      ),
    BRANCH_PREFIX_DEFAULT,
  ),
  /**
   * The label the issue form applies. An issue without it is still handled when it is shaped
   * like the form; the bot then applies the label, creating it when missing.
   */
  'form-label': z._default(nonEmpty, FORM_LABEL_DEFAULT),
  /** Where the issue form lives, to read its labels and section options. */
  'form-template': z._default(relativePath, FORM_TEMPLATE_DEFAULT),
  /** Who may file papers the bot acts on. */
  'allowed-authors': z._default(z.enum(TRIGGER_POLICIES), 'anyone'),
  /**
   * Whether the bot asks the paper link's sources (arXiv, doi.org, OpenReview, DBLP...) for the
   * title, authors and venue: `fill-missing` fills the answers left empty, `verify` also
   * reports fetched values that differ from the answers, `off` never asks.
   */
  autofill: z._default(z.enum(AUTOFILL_MODES), 'fill-missing'),
});

/** The configuration with every default filled in. */
export type Config = z.output<typeof configSchema>;

/** The keys a configuration file may use. */
export const CONFIG_KEYS = Object.keys(configSchema.shape);
