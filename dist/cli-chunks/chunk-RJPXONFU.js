import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  FORM_LABEL_DEFAULT
} from "./chunk-NXT33NVO.js";

// src/paper/optional-paper-link.ts
var LINK_OPENING = /[ \t]*(\[?\[(?:\\[[\]]|[^[\]\n])*\]\]?\()$/;
function optionalPaperLink(parts) {
  const at = parts.findIndex((p) => p.kind === "value" && p.name === "paper");
  const before = parts[at - 1];
  const after = parts[at + 1];
  if (at === -1 || before?.kind !== "text" || after?.kind !== "text") return parts;
  const opening = LINK_OPENING.exec(before.text);
  if (!opening || !after.text.startsWith(")")) return parts;
  const outer = opening[1].startsWith("[[") && !opening[1].includes("]]");
  const closing = outer && after.text.startsWith(")]") ? ")]" : ")";
  const lineIndent = at === 1 && before.text === opening[0];
  const opened = lineIndent ? opening[1] : opening[0];
  const link = [
    { kind: "text", text: opened },
    { kind: "value", name: "paper" },
    { kind: "text", text: closing }
  ];
  const head = before.text.slice(0, before.text.length - opened.length);
  const tail = after.text.slice(closing.length);
  return [
    ...parts.slice(0, at - 1),
    ...head ? [{ kind: "text", text: head }] : [],
    { kind: "optional", parts: link },
    ...tail ? [{ kind: "text", text: tail }] : [],
    ...parts.slice(at + 2)
  ];
}

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
var TOKEN = /\{\[|\](?:\|([^{}\n]*))?\}|\{([a-z]+)(?::([^{}[\]\n]*))?\}/g;
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
  let optional;
  let at = 0;
  const push = (atom) => (optional ?? parts).push(atom);
  for (const match of raw.matchAll(TOKEN)) {
    const token = match[0];
    const closes = token.startsWith("]");
    if (closes && !optional) continue;
    if (match.index > at) push({ kind: "text", text: raw.slice(at, match.index) });
    at = match.index + token.length;
    if (token === "{[") {
      if (optional) return { error: 'optional parts "{[ ... ]}" cannot be nested' };
      optional = [];
    } else if (closes) {
      const follows = parts.some((p) => p.kind === "optional");
      if (!optional.some((p) => p.kind === "value") && !follows) return { error: TEXT_ALONE };
      const fallback = match[1];
      parts.push({ kind: "optional", parts: optional, ...fallback ? { fallback } : {} });
      optional = void 0;
    } else {
      const atom = placeholder(match[2], match[3]);
      if ("error" in atom) return atom;
      push(atom);
      seen.add(atom.name);
    }
  }
  if (optional) return { error: 'an optional part "{[" is not closed with "]}"' };
  if (at < raw.length) parts.push({ kind: "text", text: raw.slice(at) });
  return { parts };
}
function placeholder(name, label) {
  if (!PLACEHOLDERS.includes(name)) {
    const known = PLACEHOLDERS.map((p) => `{${p}}`).join(", ");
    return { error: `unknown placeholder {${name}}; use one of ${known}` };
  }
  const trimmed = label?.trim();
  if (label !== void 0 && (name !== "links" || !trimmed))
    return { error: `{${name}:${label}}: only {links} takes a label, as in {links:Data}` };
  return { kind: "value", name, ...trimmed ? { label: trimmed } : {} };
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
  if (/\{(?!label\}|url\}|image\})[a-z]+\}/.test(links.item))
    return "the link format may only place {label}, {url} and {image}";
  return void 0;
}
function placedValues(template) {
  return new Set(valueAtoms(template).map((atom) => atom.name));
}
function valueAtoms(template) {
  return templateAtoms(template).flatMap((atom) => atom.kind === "value" ? [atom] : []);
}
function templateAtoms(template) {
  return template.lines.flatMap(
    (parts) => parts.flatMap((part) => part.kind === "optional" ? part.parts : [part])
  );
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

// src/config/config.ts
var TRIGGER_POLICIES = ["anyone", "collaborators", "maintainers"];
var EXCLUDED_BY_DEFAULT = [
  "Table of Contents",
  "Table of Content",
  "Contents",
  "TOC"
];
var BRANCH_PREFIX_DEFAULT = "paper-list-bot/";
var FORM_TEMPLATE_DEFAULT = ".github/ISSUE_TEMPLATE/new-paper.yml";
function defaultConfig() {
  return {
    files: ["README.md"],
    "section-order": {},
    "line-break": DEFAULT_LINE_BREAK,
    "exclude-sections": [...EXCLUDED_BY_DEFAULT],
    labels: [],
    "branch-prefix": BRANCH_PREFIX_DEFAULT,
    "form-label": FORM_LABEL_DEFAULT,
    "form-template": FORM_TEMPLATE_DEFAULT,
    "allowed-authors": "anyone",
    autofill: "fill-missing"
  };
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

export {
  DEFAULT_TEMPLATE,
  DEFAULT_LINE_BREAK,
  DEFAULT_LINK_FORMAT,
  DEFAULT_AUTHOR_FORMAT,
  parseEntryTemplate,
  placedValues,
  valueAtoms,
  templateAtoms,
  FILER_VALUES,
  requiredValues,
  leadsWithName,
  isNumbered,
  entryHeadingLevel,
  venueEmphasis,
  isTableRow,
  mustParseEntryTemplate,
  LIST_ORDERS,
  compareTitles,
  compareDates,
  PREPRINT_ORDERS,
  isPreprintVenue,
  comparePreprints,
  TRIGGER_POLICIES,
  EXCLUDED_BY_DEFAULT,
  BRANCH_PREFIX_DEFAULT,
  FORM_TEMPLATE_DEFAULT,
  defaultConfig
};
