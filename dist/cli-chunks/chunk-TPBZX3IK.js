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
  collapseSpaces,
  listSpelling,
  matchKey,
  optional,
  record,
  refine,
  strictObject,
  string,
  superRefine
} from "./chunk-AGFX25W6.js";
import {
  FORM_LABEL_DEFAULT
} from "./chunk-NXT33NVO.js";

// src/paper/entry-template.ts
var PLACEHOLDERS = [
  "title",
  "authors",
  "venue",
  "year",
  "links",
  "paper",
  "abbreviation",
  "rating",
  "notes",
  "tail",
  "number",
  "repo",
  "arxiv"
];
var DEFAULT_TEMPLATE = "- **{title}** <Br>\n{authors} <Br>\n[{venue}]{links} <Br>\n{tail}";
var DEFAULT_LINE_BREAK = " <Br>";
var DEFAULT_LINK_FORMAT = { item: " [[{label}]({url})]", separator: "" };
var DEFAULT_AUTHOR_FORMAT = { separator: ", ", last: ", " };
var TOKEN = /\{\[|\](?:\|([^{}\n]*))?\}|\{([a-z]+)\}/g;
function parseEntryTemplate(source, lineBreak = DEFAULT_LINE_BREAK, links = DEFAULT_LINK_FORMAT, authors = DEFAULT_AUTHOR_FORMAT) {
  const lines = [];
  const seen = /* @__PURE__ */ new Set();
  for (const raw of source.replace(/\r\n?/g, "\n").replace(/\n+$/, "").split("\n")) {
    const parsed = parseLine(raw, seen);
    if ("error" in parsed) return parsed;
    lines.push(optionalPaperLink(parsed.parts));
  }
  const problem = templateProblem(lines, seen) ?? linkFormatProblem(links);
  return problem ? { error: problem } : { source, lines, lineBreak, links, authors };
}
var TEXT_ALONE = 'an optional part "{[ ... ]}" must hold a placeholder, or follow on its line the optional part it goes with';
function parseLine(raw, seen) {
  const parts = [];
  let optional2;
  let at = 0;
  const push = (atom) => (optional2 ?? parts).push(atom);
  for (const match of raw.matchAll(TOKEN)) {
    const token = match[0];
    const closes = token.startsWith("]");
    if (closes && !optional2) continue;
    if (match.index > at) push({ kind: "text", text: raw.slice(at, match.index) });
    at = match.index + token.length;
    if (token === "{[") {
      if (optional2) return { error: 'optional parts "{[ ... ]}" cannot be nested' };
      optional2 = [];
    } else if (closes) {
      const follows = parts.some((p) => p.kind === "optional");
      if (!optional2.some((p) => p.kind === "value") && !follows) return { error: TEXT_ALONE };
      const fallback = match[1];
      parts.push({ kind: "optional", parts: optional2, ...fallback ? { fallback } : {} });
      optional2 = void 0;
    } else {
      const name = match[2];
      if (!PLACEHOLDERS.includes(name)) {
        return {
          error: `unknown placeholder {${name}}; use one of ${PLACEHOLDERS.map((p) => `{${p}}`).join(", ")}`
        };
      }
      push({ kind: "value", name });
      seen.add(name);
    }
  }
  if (optional2) return { error: 'an optional part "{[" is not closed with "]}"' };
  if (at < raw.length) parts.push({ kind: "text", text: raw.slice(at) });
  return { parts };
}
var LINK_OPENING = /[ \t]*(\[?\[[^[\]\n]*\]\]?\()$/;
function optionalPaperLink(parts) {
  const at = parts.findIndex((p) => p.kind === "value" && p.name === "paper");
  const before = parts[at - 1];
  const after = parts[at + 1];
  if (at === -1 || before?.kind !== "text" || after?.kind !== "text") return parts;
  const opening = LINK_OPENING.exec(before.text);
  if (!opening || !after.text.startsWith(")")) return parts;
  const outer = opening[1].startsWith("[[") && !opening[1].includes("]]");
  const closing = outer && after.text.startsWith(")]") ? ")]" : ")";
  const link = [
    { kind: "text", text: opening[0] },
    { kind: "value", name: "paper" },
    { kind: "text", text: closing }
  ];
  const head = before.text.slice(0, before.text.length - opening[0].length);
  const tail = after.text.slice(closing.length);
  return [
    ...parts.slice(0, at - 1),
    ...head ? [{ kind: "text", text: head }] : [],
    { kind: "optional", parts: link },
    ...tail ? [{ kind: "text", text: tail }] : [],
    ...parts.slice(at + 2)
  ];
}
function templateProblem(lines, seen) {
  if (!seen.has("title")) return "the template must place the {title}";
  const [first, second] = lines[0] ?? [];
  const numbered = first?.kind === "value" && first.name === "number";
  const lead = numbered ? second : first;
  if (lead?.kind !== "text" || lead.text.trim() === "") {
    return 'the template must start with literal text (such as "- **") that marks where an entry begins';
  }
  const misplaced = lines.some(
    (parts, i) => parts.some((p, j) => p.kind === "value" && p.name === "number" && (i > 0 || j > 0))
  );
  if (misplaced) return 'the {number} can only start the template, as in "{number}. **{title}**"';
  return void 0;
}
function linkFormatProblem(links) {
  if (!links.item.includes("{url}")) return "the link format must place the {url}";
  if (/\{(?!label\}|url\})[a-z]+\}/.test(links.item))
    return "the link format may only place {label} and {url}";
  return void 0;
}
function placedValues(template) {
  const names = /* @__PURE__ */ new Set();
  for (const parts of template.lines) {
    for (const part of parts) {
      const atoms = part.kind === "optional" ? part.parts : [part];
      for (const atom of atoms) if (atom.kind === "value") names.add(atom.name);
    }
  }
  return names;
}
var FILER_VALUES = ["abbreviation", "rating", "notes", "repo", "arxiv"];
function requiredValues(template) {
  const names = /* @__PURE__ */ new Set();
  for (const parts of template.lines) {
    for (const part of parts) if (part.kind === "value") names.add(part.name);
  }
  return names;
}
function leadsWithName(template) {
  const first = template.lines[0]?.find(
    (part) => part.kind !== "text" && !(part.kind === "value" && part.name === "number")
  );
  return first?.kind === "value" && first.name === "abbreviation";
}
function isNumbered(template) {
  const first = template.lines[0]?.[0];
  return first?.kind === "value" && first.name === "number";
}
function entryHeadingLevel(template) {
  const first = template.lines[0]?.[0];
  if (first?.kind !== "text") return void 0;
  const marks = /^[ \t]{0,3}(#{1,6})(?:[ \t]|$)/.exec(first.text);
  return marks ? marks[1].length : void 0;
}
var EMPHASIS = ["**", "__", "*", "_"];
function venueEmphasis(parts, i) {
  const atom = parts[i];
  if (atom?.kind !== "value" || atom.name !== "venue") return void 0;
  const before = parts[i - 1];
  const after = parts[i + 1];
  if (before?.kind !== "text" || after?.kind !== "text") return void 0;
  return EMPHASIS.find((m) => before.text.endsWith(m) && after.text.startsWith(m));
}
function isTableRow(template) {
  const first = template.lines[0]?.[0];
  return first?.kind === "text" && first.text.trimStart().startsWith("|");
}
function mustParseEntryTemplate(source, lineBreak, links, authors) {
  const parsed = parseEntryTemplate(source, lineBreak, links, authors);
  if ("error" in parsed) throw new Error(`invalid entry template: ${parsed.error}`);
  return parsed;
}

// src/list/list-order.ts
var LIST_ORDERS = ["newest-first", "oldest-first", "title", "none"];
var collator;
function compareTitles(a, b) {
  const quick = asciiLetterOrder(a, b);
  if (quick !== void 0) return quick;
  collator ??= new Intl.Collator("en", { sensitivity: "base", numeric: true });
  return collator.compare(a, b);
}
function asciiLetterOrder(a, b) {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const lowerX = asciiLetter(x);
    const lowerY = asciiLetter(y);
    if (lowerX === void 0 || lowerY === void 0) return void 0;
    if (lowerX !== lowerY) return lowerX - lowerY;
  }
  return void 0;
}
function asciiLetter(code) {
  if (code >= 97 && code <= 122) return code;
  return code >= 65 && code <= 90 ? code + 32 : void 0;
}
function compareDates(a, b, byMonth, withinMonth = false) {
  if (a.year !== b.year || !byMonth) return a.year - b.year;
  if (a.month === void 0 || b.month === void 0) return 0;
  if (a.month !== b.month || !withinMonth) return a.month - b.month;
  if (a.day !== void 0 && b.day !== void 0) return a.day - b.day;
  return a.seq !== void 0 && b.seq !== void 0 ? a.seq - b.seq : 0;
}

// src/list/preprints.ts
var PREPRINT_ORDERS = ["mixed", "last-of-their-date", "last"];
var PREPRINT_VENUE = /^[\s*_([]*(?:arxiv|preprint|corr|biorxiv|medrxiv|chemrxiv|techrxiv|ssrn)\b/i;
function isPreprintVenue(venue) {
  return venue !== void 0 && PREPRINT_VENUE.test(venue);
}
function comparePreprints(rule, a, b, datesEqual) {
  if (rule === "mixed" || a === b) return 0;
  if (rule === "last-of-their-date" && !datesEqual) return 0;
  return a ? 1 : -1;
}

// src/paper/check-url.ts
var MAX_URL_LENGTH = 2e3;
function checkUrl(url, options = {}) {
  if (url.length > MAX_URL_LENGTH) return `is longer than ${MAX_URL_LENGTH} characters`;
  if (/[\s\p{Cc}]/u.test(url)) return "must not contain spaces or control characters";
  if (options.relative && isRelativeLink(url)) return void 0;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return "is not a complete link: write it with https://";
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    return `must start with https:// or http:// (not ${parsed.protocol})`;
  }
  if (parsed.hostname === "") return "has no host name";
  if (parsed.username !== "" || parsed.password !== "")
    return "must not contain a user name or password";
  return void 0;
}
function isRelativeLink(url) {
  return /^(?:\.\/)?[\w%-][\w.%~-]*(?:\/[\w.%~-]+)*(?:#[\w.%~-]+)?$/.test(url) && !url.split("/").includes("..") && url.includes("/");
}

// src/paper/answer-text.ts
var MARKDOWN_LINK = /^\[([^\]]*)\]\(\s*<?([^\s>)]+)>?\s*\)$/;
var LIST_MARKER = /^(?:[-*+•]|\d{1,3}[.)])(?:\s+|$)/;
function shorten(text, max = 60) {
  if (text.length <= max) return text;
  const characters = Array.from(text);
  return characters.length > max ? `${characters.slice(0, max - 1).join("")}…` : text;
}

// src/paper/parse-authors.ts
var MAX_AUTHORS = 500;
var MAX_AUTHOR_NAME = 200;
var PAREN_URL = /^(?:(?:https?:)?\/\/[^()\s]*|[a-z][a-z0-9+.-]*:[^()\s]*)$/i;
function angleLink(item) {
  return trailingLink(item, "<", ">");
}
function parenLink(item) {
  const link = trailingLink(item, "(", ")");
  const url = link?.[1].trim();
  return link && url !== void 0 && PAREN_URL.test(url) ? [link[0], url] : void 0;
}
function trailingLink(item, open, close) {
  if (!item.endsWith(close)) return void 0;
  const start = item.lastIndexOf(open, item.length - 2);
  const inside = item.slice(start + 1, -1);
  if (start === -1 || inside.includes(close)) return void 0;
  return [item.slice(0, start).trimEnd(), inside];
}
function parseAuthors(answer) {
  const authors = [];
  const problems = [];
  const items = answer.split("\n").flatMap(splitOutsideBrackets).map(
    (item) => collapseSpaces(item).replace(LIST_MARKER, "").replace(/^and\s+/i, "")
  ).filter((item) => item !== "");
  if (items.length > MAX_AUTHORS) {
    return {
      authors: [],
      problems: [
        `lists ${items.length} authors; list at most ${MAX_AUTHORS} and end with "et al."`
      ]
    };
  }
  items.forEach((item, index) => {
    const author = readAuthor(item);
    const where = `author ${index + 1} ("${shorten(item)}")`;
    if (typeof author === "string") problems.push(`${where} ${author}`);
    else authors.push(author);
  });
  if (authors.length === 0 && problems.length === 0) problems.push("needs at least one author");
  return { authors, problems };
}
function readAuthor(item) {
  const markdown = MARKDOWN_LINK.exec(item);
  const link = markdown ? [markdown[1], markdown[2]] : angleLink(item) ?? parenLink(item);
  const name = collapseSpaces(link ? link[0] : item);
  if (/^(?:https?:\/\/|www\.)/i.test(name)) return 'is a link without a name: write "Name <url>"';
  if (name === "") return 'has a link but no name: write "Name <url>"';
  if (name.length > MAX_AUTHOR_NAME) return `is longer than ${MAX_AUTHOR_NAME} characters`;
  if (!link) return { name };
  const url = link[1].trim();
  const problem = checkUrl(url);
  if (problem) return `has a link that ${problem}`;
  return { name, url };
}
function splitOutsideBrackets(line) {
  const parts = [];
  let depth = 0;
  let current = "";
  for (const char of line) {
    if (char === "[" || char === "(" || char === "<") depth += 1;
    else if ((char === "]" || char === ")" || char === ">") && depth > 0) depth -= 1;
    if ((char === "," || char === ";" || char === "，") && depth === 0) {
      parts.push(current);
      current = "";
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

// src/plan/fill-answers.ts
var AUTOFILL_MODES = ["fill-missing", "verify", "off"];
var FILLABLE_FIELDS = ["title", "authors", "venue"];
function wantsAutofill(answers, mode) {
  if (mode === "off" || !answers.get("paper")?.trim()) return false;
  return mode === "verify" || FILLABLE_FIELDS.some((field) => !answers.get(field)?.trim());
}
function fetchedValue(field, record2, listVenues) {
  if (field === "title") return record2.title;
  if (field === "authors") {
    const names = (record2.authors ?? []).map(plainName).filter((name) => name !== "");
    const shown = names.length > MAX_AUTHORS ? [...names.slice(0, MAX_AUTHORS - 1), "et al."] : names;
    return shown.length > 0 ? shown.join("\n") : void 0;
  }
  return record2.venue === void 0 ? void 0 : listSpelling(record2.venue, listVenues);
}
function plainName(name) {
  return name.replace(/(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S*/gi, " ").replace(/[[\]()<>{}]/g, " ").replace(/[,;，]/g, " ").replace(/\s+/g, " ").trim();
}
function bestRecord(field, records, listVenues) {
  const candidates = records.flatMap((record2) => {
    const value = fetchedValue(field, record2, listVenues);
    return value === void 0 || value.trim() === "" ? [] : [{ record: record2, value }];
  });
  if (field !== "venue") return candidates[0];
  return candidates.find((c) => !/^arxiv\b/i.test(c.value)) ?? candidates[0];
}
function sameValue(field, a, b) {
  if (field !== "authors") return matchKey(a) === matchKey(b);
  const names = (text) => text.split(/\n|,|;/).map(matchKey).filter((name) => name !== "");
  return names(a).join("|") === names(b).join("|");
}
function fillAnswers(answers, records, listVenues) {
  const merged = new Map(answers);
  const filled = [];
  const differences = [];
  for (const field of FILLABLE_FIELDS) {
    const best = bestRecord(field, records, listVenues);
    if (!best) continue;
    const { record: record2, value } = best;
    const given = answers.get(field)?.trim();
    if (!given) {
      merged.set(field, value);
      filled.push({ field, value, source: record2.source, url: record2.url });
    } else if (!sameValue(field, given, value)) {
      differences.push({ field, given, fetched: value, source: record2.source, url: record2.url });
    }
  }
  const code = records.find((record2) => record2.codeUrl !== void 0);
  if (code?.codeUrl && !answers.get("links")?.trim()) {
    merged.set("links", `Code: ${code.codeUrl}`);
    filled.push({ field: "links", value: code.codeUrl, source: code.source, url: code.url });
  }
  return { answers: merged, filled, differences, notes: recordNotes(records, filled) };
}
function recordNotes(records, filled) {
  const title = filled.find((f) => f.field === "title");
  const tex = title && records.find((r) => r.url === title.url && r.hasTex);
  return [
    ...tex ? ["The filled title holds TeX markup; check how it reads in the list."] : [],
    ...records.flatMap((record2) => record2.notes ?? [])
  ];
}

// src/config/config.ts
var TRIGGER_POLICIES = ["anyone", "collaborators", "maintainers"];
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
   * For lists of tables: how each column is written, by its header (`Title: "[{title}]({paper})"`).
   * A table's rows get cells in its own columns; a column not named here is left empty.
   */
  columns: optional(record(nonEmptyKey(), string())),
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
  /** Whether entries may link files beside the list (`./citations/x.txt`); read from the list when left out. */
  "relative-links": optional(boolean()),
  /** Whether headings naming a date (`## 2019`) date the entries under them instead of being sections. */
  "date-headings": optional(boolean()),
  /** What ends each line of multi-line notes. */
  "line-break": _default(string(), DEFAULT_LINE_BREAK),
  /** Headings that never hold entries. */
  "exclude-sections": _default(array(nonEmpty), [
    "Table of Contents",
    "Table of Content",
    "Contents",
    "TOC"
  ]),
  /** Labels added to the bot's pull requests. */
  labels: _default(array(string().check(_minLength(1), _maxLength(50))), []),
  /** Prefix of the bot's branches: `<prefix>issue-<n>`, `<prefix>sort`. */
  "branch-prefix": _default(
    string().check(
      _minLength(1),
      _regex(/^[A-Za-z0-9._/-]+$/, 'may only hold letters, digits, ".", "_", "-" and "/"')
    ),
    "paper-list-bot/"
  ),
  /**
   * The label the issue form applies. An issue without it is still handled when it is shaped
   * like the form; the bot then applies the label, creating it when missing.
   */
  "form-label": _default(nonEmpty, FORM_LABEL_DEFAULT),
  /** Where the issue form lives, to read its labels and section options. */
  "form-template": _default(relativePath, ".github/ISSUE_TEMPLATE/new-paper.yml"),
  /** Who may file papers the bot acts on. */
  "allowed-authors": _default(_enum(TRIGGER_POLICIES), "anyone"),
  /**
   * Whether the bot asks the paper link's sources (arXiv, doi.org, OpenReview, DBLP...) for the
   * title, authors and venue: `fill-missing` fills the answers left empty, `verify` also
   * reports fetched values that differ from the answers, `off` never asks.
   */
  autofill: _default(_enum(AUTOFILL_MODES), "fill-missing")
});
function defaultConfig() {
  return configSchema.parse({});
}
var CONFIG_KEYS = Object.keys(configSchema.shape);

export {
  checkUrl,
  isRelativeLink,
  MARKDOWN_LINK,
  LIST_MARKER,
  shorten,
  parseAuthors,
  FILLABLE_FIELDS,
  wantsAutofill,
  fillAnswers,
  DEFAULT_TEMPLATE,
  DEFAULT_LINK_FORMAT,
  DEFAULT_AUTHOR_FORMAT,
  parseEntryTemplate,
  placedValues,
  FILER_VALUES,
  requiredValues,
  leadsWithName,
  isNumbered,
  entryHeadingLevel,
  venueEmphasis,
  isTableRow,
  mustParseEntryTemplate,
  compareTitles,
  compareDates,
  isPreprintVenue,
  comparePreprints,
  configSchema,
  defaultConfig,
  CONFIG_KEYS
};
