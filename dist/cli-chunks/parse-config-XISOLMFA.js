import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  _default,
  _enum,
  _maxLength,
  _minLength,
  _regex,
  array,
  boolean,
  optional,
  record,
  refine,
  strictObject,
  string,
  superRefine
} from "./chunk-BDDGPIHY.js";
import {
  AUTOFILL_MODES
} from "./chunk-WIXKJ7UE.js";
import "./chunk-G73ONDCX.js";
import "./chunk-CA7NHJAO.js";
import "./chunk-5BHKW6SU.js";
import {
  require_dist
} from "./chunk-MOCXWIXD.js";
import {
  BRANCH_PREFIX_DEFAULT,
  DEFAULT_LINE_BREAK,
  EXCLUDED_BY_DEFAULT,
  FORM_TEMPLATE_DEFAULT,
  LIST_ORDERS,
  PREPRINT_ORDERS,
  TRIGGER_POLICIES,
  defaultConfig,
  parseEntryTemplate
} from "./chunk-RJPXONFU.js";
import "./chunk-UFR3NOLC.js";
import {
  FORM_LABEL_DEFAULT
} from "./chunk-NXT33NVO.js";
import {
  __toESM
} from "./chunk-7BITOXNC.js";

// src/config/parse-config.ts
var import_yaml = __toESM(require_dist(), 1);

// src/config/config-schema.ts
var relativePath = string().check(
  _minLength(1),
  refine((p) => !p.startsWith("/") && !p.split(/[\\/]/).includes(".."), {
    message: 'must be a path inside the repository (no leading "/" and no "..")'
  })
);
var nonEmpty = string().check(_minLength(1));
function nonEmptyKey() {
  return string().check(_minLength(1));
}
var configSchema = strictObject({
  /** The list files the bot manages, relative to the repository root. */
  files: _default(array(relativePath).check(_minLength(1)), ["README.md"]),
  /**
   * How entries are ordered within a section. Left out, it is read from the list: the order most
   * sections follow (newest first when the list shows none).
   */
  order: optional(_enum(LIST_ORDERS)),
  /** Sections whose order differs from `order`, by heading text. */
  "section-order": _default(record(nonEmptyKey(), _enum(LIST_ORDERS)), {}),
  /**
   * How one paper is written; see the README's template reference. Left out, it is inferred
   * from the list's own entries (docs/design.md, "Inference").
   */
  template: optional(
    string().check(
      superRefine((source, ctx) => {
        const parsed = parseEntryTemplate(source);
        if ("error" in parsed)
          ctx.addIssue({ code: "custom", message: parsed.error, input: source });
      })
    )
  ),
  /** How `{links}` writes one link (`{label}`, `{url}`), and what separates two links. */
  "link-format": optional(
    string().check(
      superRefine((item, ctx) => {
        const parsed = parseEntryTemplate("- {title}", DEFAULT_LINE_BREAK, { item, separator: "" });
        if ("error" in parsed) ctx.addIssue({ code: "custom", message: parsed.error, input: item });
      })
    )
  ),
  "link-separator": optional(string()),
  /**
   * For links shown as badges (`{image}` in the link format): each label's badge image, where
   * `{repo}` and `{arxiv}` stand for the link's GitHub repository and arXiv id.
   */
  "link-images": optional(
    record(
      nonEmptyKey(),
      string().check(
        _regex(/^https:\/\/[^\s()<>"']+$/, {
          message: "a badge must be an https:// image address without blanks or brackets"
        })
      )
    )
  ),
  /**
   * For lists of tables: how each column is written, by its header (`Title: "[{title}]({paper})"`).
   * A table's rows get cells in its own columns; a column not named here is left empty.
   */
  columns: optional(
    record(
      nonEmptyKey(),
      string().check(
        superRefine((cell, ctx) => {
          const parsed = parseEntryTemplate(`| {title} | ${cell} |`);
          if ("error" in parsed)
            ctx.addIssue({ code: "custom", message: parsed.error, input: cell });
        })
      )
    )
  ),
  /** What stands between authors, and before the last one (`, `, ` and `); read from the list when left out. */
  "author-separator": optional(string()),
  "last-author-separator": optional(string()),
  /** Whether entries of one year are ordered by month too (arXiv ids, month headings); read from the list when left out. */
  "order-by-month": optional(boolean()),
  /**
   * Where preprints go: `mixed` (by their date, like any paper), `last-of-their-date` (after the
   * published papers of their date) or `last` (after every published paper of their section);
   * read from the list when left out.
   */
  preprints: optional(_enum(PREPRINT_ORDERS)),
  /** Whether entries are dated by their arXiv link first (lists ordered by arXiv id); read from the list when left out. */
  "dates-from-arxiv": optional(boolean()),
  /** Whether a list item with entries nested under it is a section of its own; read from the list when left out. */
  "group-bullets": optional(boolean()),
  /** Whether venues may show no year (`Preprint`); read from the list when left out. */
  "venues-without-year": optional(boolean()),
  /**
   * Whether venues show their year (`CVPR 2019`); `false` writes a new entry's venue without it
   * (`CVPR`), as lists dated by their headings do; read from the list when left out.
   */
  "venues-show-year": optional(boolean()),
  /** Venues written without the emphasis the template puts around `{venue}` (`arXiv`); read from the list when left out. */
  "plain-venues": optional(array(nonEmpty)),
  /** Whether the template's `.` after the title follows a title's own `?` or `!` too (`Short?.`); read from the list when left out. */
  "stop-after-title-mark": optional(boolean()),
  /** Whether entries may link files beside the list (`./citations/x.txt`); read from the list when left out. */
  "relative-links": optional(boolean()),
  /** Whether headings naming a date (`## 2019`) date the entries under them instead of being sections. */
  "date-headings": optional(boolean()),
  /** What ends each line of multi-line notes. */
  "line-break": _default(string(), DEFAULT_LINE_BREAK),
  /** Headings that never hold entries. */
  "exclude-sections": _default(array(nonEmpty), () => [...EXCLUDED_BY_DEFAULT]),
  /** Labels added to the bot's pull requests. */
  labels: _default(array(string().check(_minLength(1), _maxLength(50))), []),
  /** Prefix of the bot's branches: `<prefix>issue-<n>`, `<prefix>sort`. */
  "branch-prefix": _default(
    string().check(
      _minLength(1),
      _regex(/^[A-Za-z0-9._/-]+$/, 'may only hold letters, digits, ".", "_", "-" and "/"')
    ),
    BRANCH_PREFIX_DEFAULT
  ),
  /**
   * The label the issue form applies. An issue without it is still handled when it is shaped
   * like the form; the bot then applies the label, creating it when missing.
   */
  "form-label": _default(nonEmpty, FORM_LABEL_DEFAULT),
  /** Where the issue form lives, to read its labels and section options. */
  "form-template": _default(relativePath, FORM_TEMPLATE_DEFAULT),
  /** Who may file papers the bot acts on. */
  "allowed-authors": _default(_enum(TRIGGER_POLICIES), "anyone"),
  /**
   * Whether the bot asks the paper link's sources (arXiv, doi.org, OpenReview, DBLP...) for the
   * title, authors and venue: `fill-missing` fills the answers left empty, `verify` also
   * reports fetched values that differ from the answers, `off` never asks.
   */
  autofill: _default(_enum(AUTOFILL_MODES), "fill-missing")
});
var CONFIG_KEYS = Object.keys(configSchema.shape);

// src/config/parse-config.ts
function parseConfig(text, path = ".github/paper-list.yml") {
  let data;
  try {
    data = (0, import_yaml.parse)(text, { prettyErrors: true });
  } catch (error) {
    const where = error instanceof import_yaml.YAMLParseError && error.linePos ? ` (line ${error.linePos[0].line})` : "";
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ok: false, errors: [`${path} is not valid YAML${where}: ${message}`] };
  }
  if (data === null || data === void 0) return { ok: true, config: defaultConfig() };
  if (typeof data !== "object" || Array.isArray(data)) {
    return {
      ok: false,
      errors: [`${path} must be a mapping of keys to values (keys: ${CONFIG_KEYS.join(", ")})`]
    };
  }
  const result = configSchema.safeParse(data);
  if (result.success) return { ok: true, config: result.data };
  return { ok: false, errors: result.error.issues.map((issue) => describeIssue(issue, path)) };
}
function describeIssue(issue, path) {
  const key = issue.path.map(String).join(".");
  switch (issue.code) {
    case "unrecognized_keys":
      return `${path}: unknown key ${issue.keys.map((k) => `"${k}"`).join(", ")}; known keys are ${CONFIG_KEYS.join(", ")}`;
    case "invalid_value":
      return `${path}: "${key}" must be one of ${issue.values.map(String).join(", ")}`;
    case "invalid_type":
      return `${path}: "${key}" must be ${article(issue.expected)}`;
    case "too_small":
      return `${path}: "${key}" must not be empty`;
    default:
      return `${path}: "${key}" ${issue.message}`;
  }
}
function article(expected) {
  if (expected === "array") return "a list";
  if (expected === "object" || expected === "record") return "a mapping";
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}
export {
  parseConfig
};
