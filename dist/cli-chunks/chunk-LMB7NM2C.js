import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  UsageError
} from "./chunk-R2TVEQDS.js";
import {
  DEFAULT_AUTHOR_FORMAT,
  DEFAULT_LINK_FORMAT,
  DEFAULT_TEMPLATE,
  compareDates,
  compareTitles,
  defaultConfig,
  entryHeadingLevel,
  isNumbered,
  isPreprintVenue,
  isTableRow,
  leadsWithName,
  mustParseEntryTemplate,
  parseEntryTemplate,
  placedValues,
  requiredValues,
  templateAtoms,
  valueAtoms,
  venueEmphasis
} from "./chunk-RJPXONFU.js";
import {
  canonicalVenue
} from "./chunk-UFR3NOLC.js";
import {
  BUILT_IN_FORM
} from "./chunk-NXT33NVO.js";

// src/list/paper-list.ts
var NAME_SEPARATOR = " › ";
function namePaperList(files, options) {
  const excluded = new Set(options.excludeSections.map(foldName));
  const candidates = [];
  for (const file of files) {
    const hasHeadings = file.sections.some((s) => s.heading);
    for (const section of file.sections) {
      if (!isOffered(section, hasHeadings, excluded)) continue;
      const chain = section.heading ? [...section.parents.map(displayHeading), displayHeading(section.heading.text)] : [fileLabel(file.path)];
      candidates.push({ file, section, chain });
    }
  }
  const qualifyFiles = files.length > 1;
  const names = candidates.map((c) => qualifiedName(c.chain, 0, void 0));
  for (let depth = 0; depth < 8; depth += 1) {
    const counts2 = countBy(names.map(foldName));
    let collided = false;
    names.forEach((name, i) => {
      if ((counts2.get(foldName(name)) ?? 0) < 2) return;
      collided = true;
      const c = candidates[i];
      const file = qualifyFiles && c.section.heading ? fileLabel(c.file.path) : void 0;
      names[i] = qualifiedName(c.chain, qualifyFiles ? depth : depth + 1, file);
    });
    if (!collided) break;
  }
  const counts = countBy(names.map(foldName));
  const sections = candidates.map((c, i) => {
    const name = names[i];
    const unique = (counts.get(foldName(name)) ?? 0) < 2;
    return {
      name: unique ? name : `${name} (line ${c.section.heading?.line ?? 1})`,
      file: c.file,
      block: c.section
    };
  });
  return { files, sections };
}
function isOffered(section, fileHasHeadings, excluded) {
  if (!section.heading) return section.entries.length > 0 || !fileHasHeadings;
  if (excluded.has(foldName(displayHeading(section.heading.text)))) return false;
  if (section.entries.length > 0) return true;
  const empty = !section.hasOtherContent;
  const parentOnly = section.nextHeadingLevel !== void 0 && section.nextHeadingLevel > section.heading.level;
  return empty && !parentOnly;
}
function qualifiedName(chain, parents, file) {
  const own = chain.slice(Math.max(0, chain.length - 1 - parents));
  return [...file ? [file] : [], ...own].join(NAME_SEPARATOR);
}
function fileLabel(path2) {
  return path2.replace(/\.(?:md|markdown)$/i, "");
}
function displayHeading(text) {
  const shown = text.replace(/!\[[^\]]*\]\([^)]*\)/g, "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/<[^>]*>/g, "").replace(/(\*\*|__|`)/g, "").replace(/\s+/g, " ").trim();
  return shown === "" ? text.trim() : shown;
}
function foldName(name) {
  return name.normalize("NFKC").replace(/\s+/g, " ").replace(/ ?(?:›|>|\/) ?/g, "›").trim().toLowerCase();
}
function findSection(list, answer) {
  const wanted = foldName(answer);
  const exact = list.sections.find((s) => foldName(s.name) === wanted);
  if (exact) return exact;
  const matches = list.sections.filter(
    (s) => alternativeNames(s).some((n) => foldName(n) === wanted)
  );
  return matches.length === 1 ? matches[0] : void 0;
}
function alternativeNames(s) {
  const heading = s.block.heading ? displayHeading(s.block.heading.text) : void 0;
  const label = fileLabel(s.file.path);
  if (!heading) return [label, s.file.path];
  return [
    [label, heading].join(NAME_SEPARATOR),
    [s.file.path, heading].join(NAME_SEPARATOR),
    [...s.block.parents.map(displayHeading), heading].join(NAME_SEPARATOR)
  ];
}
function sectionName(list, file, section) {
  const named = list.sections.find((s) => s.block === section);
  if (named) return named.name;
  if (!section.heading) return fileLabel(file.path);
  const heading = displayHeading(section.heading.text);
  return list.files.length > 1 ? [fileLabel(file.path), heading].join(NAME_SEPARATOR) : heading;
}
function countBy(keys) {
  const counts = /* @__PURE__ */ new Map();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

// src/cli/workspace.ts
import { isUtf8 } from "node:buffer";
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

// src/list/cited-title.ts
var QUOTED = /["“]([^"“”\n]+?)\.?["”]/g;
var CITED_AUTHOR = String.raw`(?:[A-Z]\.[ -]?){1,3}[A-Z][\p{L}'’-]+`;
var AFTER_AUTHORS = new RegExp(
  String.raw`(?:^|\|)[ \t]*${CITED_AUTHOR}(?:(?:,? and |, )${CITED_AUTHOR})*\.[ \t]+([^.|\n]+?)\.[ \t]+[A-Z]`,
  "u"
);
function citedTitle(line) {
  for (const match of line.matchAll(QUOTED)) if (isThreeWords(match[1])) return match[1];
  const after = AFTER_AUTHORS.exec(line)?.[1];
  return after !== void 0 && isThreeWords(after) ? after : void 0;
}
function isThreeWords(text) {
  return text.trim().split(/\s+/).length >= 3;
}
var CITATION_LEAD = /^([^"“”\n]*?[.,])[ \t]+["“]/;
function titleOfCitation(text) {
  const lead = CITATION_LEAD.exec(text);
  if (!lead || !/\S[ \t]+\S/.test(lead[1])) return void 0;
  const rest = text.slice(lead[0].length);
  const close = /([?!]?)[.,]["”]|([?!])["”]/.exec(rest) ?? /["”]/.exec(rest);
  if (!close) return void 0;
  const title = rest.slice(0, close.index) + (close[1] ?? close[2] ?? "");
  return isThreeWords(title) ? title : void 0;
}

// src/paper/arxiv-month.ts
var ARXIV_ID = /arxiv\.org\/(?:abs|pdf)\/(\d{2})(0[1-9]|1[0-2])\.(\d{4,5})/i;
function arxivMonth(text, year) {
  const match = ARXIV_ID.exec(text);
  if (!match || 2e3 + Number(match[1]) !== year) return void 0;
  return { month: Number(match[2]), seq: Number(match[3]) };
}
function arxivDate(text) {
  const match = ARXIV_ID.exec(text);
  if (!match) return void 0;
  return { year: 2e3 + Number(match[1]), month: Number(match[2]), seq: Number(match[3]) };
}

// src/list/escaped-lead.ts
function escapedLead(template) {
  const first = template.lines[0]?.[0];
  return first?.kind === "text" && first.text.trimStart().startsWith("(") ? "\\\\?" : "";
}

// src/paper/month-names.ts
var MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december"
];
function monthNumber(name) {
  const lower = name.toLowerCase();
  if (lower.length < 3) return void 0;
  const index = MONTHS.findIndex((month) => month.startsWith(lower));
  return index === -1 ? void 0 : index + 1;
}

// src/paper/parse-venue-date.ts
var ARXIV_YYMM = /\barxiv\b[\s:-]*(\d{2})(\d{2})(?!\d)/i;
var ARXIV_YY_MM_DD = /\barxiv\b[\s:-]*(\d{2})[./](\d{2})(?:[./](\d{2}))?(?!\d)/i;
var ARXIV_YEAR_MONTH = /\barxiv\b[\s:,-]*(19\d\d|20\d\d)[./-](0?[1-9]|1[0-2])(?!\d)/i;
var HAS_DIGIT = /\d/;
var FOUR_DIGIT_YEAR = /(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/;
var MONTH_THEN_YEAR = /(?:^|[\s,(])([A-Za-z]{3,9})\.?,?\s+(1[89]\d\d|20\d\d)$/;
var SHORT_YEAR = /[A-Za-z] ?['’‘] ?(\d\d)(?!\d)/;
var GLUED_YEAR = new RegExp("(?<![\\p{L}\\d])(\\p{L}[\\p{L}-]{1,15}?)( ?)(\\d\\d)(?![\\p{L}\\d.,:])", "u");
function parseVenueDate(venue) {
  if (!HAS_DIGIT.test(venue)) return void 0;
  const yearMonth = ARXIV_YEAR_MONTH.exec(venue);
  if (yearMonth) return { year: Number(yearMonth[1]), month: Number(yearMonth[2]) };
  const arxiv = ARXIV_YYMM.exec(venue) ?? ARXIV_YY_MM_DD.exec(venue);
  if (arxiv) {
    const month2 = Number(arxiv[2]);
    const yy2 = Number(arxiv[1]);
    const year2 = yy2 >= 91 ? 1900 + yy2 : 2e3 + yy2;
    const day = arxiv[3] === void 0 ? 0 : Number(arxiv[3]);
    if (month2 >= 1 && month2 <= 12 && day <= 31)
      return day > 0 ? { year: year2, month: month2, day } : { year: year2, month: month2 };
  }
  const named = MONTH_THEN_YEAR.exec(venue.trim());
  const month = named ? monthNumber(named[1]) : void 0;
  if (named && month !== void 0) return { year: Number(named[2]), month };
  const year = FOUR_DIGIT_YEAR.exec(venue);
  if (year) return { year: Number(year[1]) };
  const short = SHORT_YEAR.exec(venue)?.[1] ?? gluedYear(venue);
  if (short === void 0) return void 0;
  const yy = Number(short);
  return { year: yy >= 70 ? 1900 + yy : 2e3 + yy };
}
function gluedYear(venue) {
  const glued = GLUED_YEAR.exec(venue);
  if (!glued || glued[2] === " " && /^arxiv$/i.test(glued[1])) return void 0;
  return canonicalVenue(glued[1]) !== void 0 ? glued[3] : void 0;
}
var LONE_DATE = /^(19\d\d|20\d\d)[-./](0?[1-9]|1[0-2])(?:[-./](0?[1-9]|[12]\d|3[01]))?$/;
var DAY_MONTH_YEAR = /^(0?[1-9]|[12]\d|3[01])\s+([a-z]{3,9})\.?,?\s+(19\d\d|20\d\d)$/i;
var MONTH_YEAR = /^(0?[1-9]|1[0-2])\/(19\d\d|20\d\d)$/;
function parseLoneDate(text) {
  const trimmed = text.trim();
  const named = DAY_MONTH_YEAR.exec(trimmed);
  const month = named ? monthNumber(named[2]) : void 0;
  if (named && month !== void 0) return { year: Number(named[3]), month, day: Number(named[1]) };
  const monthYear = MONTH_YEAR.exec(trimmed);
  if (monthYear) return { year: Number(monthYear[2]), month: Number(monthYear[1]) };
  const match = LONE_DATE.exec(trimmed);
  if (!match) return void 0;
  const date = { year: Number(match[1]), month: Number(match[2]) };
  return match[3] ? { ...date, day: Number(match[3]) } : date;
}

// src/list/text-lines.ts
function forEachLine(text, visit) {
  let number = 0;
  let at = text.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0;
  const length = text.length;
  let nextCr = text.search(/\r/);
  while (at < length) {
    number += 1;
    const start = at;
    let end = text.indexOf("\n", at);
    let next;
    if (end === -1) {
      end = length;
      next = length;
    } else {
      next = end + 1;
    }
    if (end > start && text.charCodeAt(end - 1) === 13) end -= 1;
    if (nextCr !== -1 && nextCr < start) nextCr = text.indexOf("\r", start);
    if (nextCr !== -1 && nextCr < end) {
      end = nextCr;
      next = nextCr + 1;
    }
    at = next;
    visit({ number, start, end, content: text.slice(start, end) });
  }
}
var BYTE_ORDER_MARK = 65279;
function detectEol(text) {
  const lf = text.indexOf("\n");
  const cr = text.indexOf("\r");
  if (cr !== -1 && (lf === -1 || cr < lf)) return text[cr + 1] === "\n" ? "\r\n" : "\r";
  return "\n";
}
var LINE_END_SOURCE = "(?:\\r\\n|\\r(?!\\n)|\\n)";
var BLANK_LINE = new RegExp(`${LINE_END_SOURCE}[ \\t]*${LINE_END_SOURCE}`);
function isBlank(c) {
  return c === " " || c === "	";
}
function withoutTrailingBlanks(text) {
  let end = text.length;
  while (isBlank(text[end - 1])) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}
function lineEnd(text, from = 0) {
  const lf = text.indexOf("\n", from);
  const cr = text.indexOf("\r", from);
  if (lf === -1) return cr === -1 ? text.length : cr;
  return cr === -1 ? lf : Math.min(lf, cr);
}

// src/list/line-ends.ts
function lineWithoutTrailingBlanks(parts) {
  const last = parts.at(-1);
  if (last?.kind === "optional" && last.fallback === void 0) return blanksIntoLast(parts, last);
  const text = last?.kind === "text" ? last.text.replace(/[ \t]+$/, "") : void 0;
  if (text === void 0) return [...parts];
  return text === "" ? parts.slice(0, -1) : [...parts.slice(0, -1), { kind: "text", text }];
}
function blanksIntoLast(parts, last) {
  const before = parts.at(-2);
  const blanks = before?.kind === "text" ? /[ \t]+$/.exec(before.text)?.[0] : void 0;
  if (before?.kind !== "text" || blanks === void 0) return [...parts];
  const text = before.text.slice(0, -blanks.length);
  const [first, ...rest] = last.parts;
  const opening = first?.kind === "text" ? [{ kind: "text", text: blanks + first.text }, ...rest] : [{ kind: "text", text: blanks }, ...last.parts];
  const kept = text === "" ? [] : [{ kind: "text", text }];
  return [...parts.slice(0, -2), ...kept, { ...last, parts: opening }];
}
function unindented(parts) {
  const [first, ...rest] = parts;
  if (first?.kind !== "text") return [...parts];
  const text = first.text.replace(/^[ \t]+/, "");
  return text === "" ? rest : [{ kind: "text", text }, ...rest];
}
function optionalUnindented(parts) {
  const [first, ...rest] = parts;
  if (first?.kind === "text" && /^[ \t]+$/.test(first.text) && rest[0]?.kind === "optional")
    return optionalUnindented(rest);
  const atom = first?.kind === "optional" ? first.parts[0] : void 0;
  if (first?.kind !== "optional" || atom?.kind !== "text") return [...parts];
  const text = atom.text.replace(/^[ \t]+/, "");
  const atoms = text === "" ? first.parts.slice(1) : [{ kind: "text", text }, ...first.parts.slice(1)];
  return [{ ...first, parts: atoms }, ...rest];
}

// src/list/entry-pattern.ts
var MAX_ENTRY = 4e3;
var LINE_END = `[ \\t]*${LINE_END_SOURCE}[ \\t]*`;
function compileEntryPattern(template) {
  const groups = /* @__PURE__ */ new Map();
  let count3 = 0;
  const capture = (name, body) => {
    if (groups.has(name)) return `(?:${body})`;
    count3 += 1;
    groups.set(name, count3);
    return `(${body})`;
  };
  const lines = template.lines.map((parts, index) => {
    const context = { links: template.links, capture, cells: isTableRow(template) };
    const source = partsSource(
      lineWithoutTrailingBlanks(index === 0 ? unindented(parts) : optionalUnindented(parts)),
      context
    );
    if (index === 0) return `${escapedLead(template)}${source}`;
    const hasValue = parts.some((p) => p.kind !== "text");
    if (source === "") return `(?:${LINE_END})?`;
    return hasValue ? `(?:${LINE_END}${source})?` : `${LINE_END}${source}`;
  });
  return { pattern: new RegExp(`^[ \\t]*${lines.join("")}[ \\t]*$`, "i"), groups };
}
function matchEntry(compiled, entryText) {
  if (entryText.length > MAX_ENTRY) return void 0;
  const match = compiled.pattern.exec(entryText);
  if (!match) return void 0;
  const fields = {};
  for (const [name, index] of compiled.groups) {
    const value = match[index];
    if (value !== void 0) fields[name] = withoutTrailingBlanks(value);
  }
  return fields;
}
function partsSource(parts, context, end = "") {
  let source = "";
  parts.forEach((part, i) => {
    const after = i + 1 < parts.length ? nextText(parts, i + 1) : end;
    const previous = parts[i - 1];
    const afterTitle = previous?.kind === "value" && previous.name === "title";
    if (part.kind === "optional") {
      const inner = atomsSource(part.parts, after, context, afterTitle);
      const fallback = part.fallback === void 0 ? "" : `${literalSource(part.fallback, false)}|`;
      source += `(?:${fallback}${inner})?`;
    } else if (part.kind === "text") {
      source += textSource(parts, i, afterTitle);
    } else {
      source += valueCapture(parts, i, after, context);
    }
  });
  return source;
}
function atomsSource(atoms, after, context, afterTitle) {
  let source = "";
  atoms.forEach((atom, i) => {
    if (atom.kind === "text") {
      const previous = atoms[i - 1];
      const title = previous ? previous.kind === "value" && previous.name === "title" : afterTitle;
      source += textSource(atoms, i, title);
    } else {
      const next = atoms[i + 1];
      source += valueCapture(atoms, i, next?.kind === "text" ? next.text : after, context);
    }
  });
  return source;
}
function valueCapture(items, i, followed, context) {
  const atom = items[i];
  const body = valueSource(atom.name, followed, context);
  const marker = venueEmphasis(items, i);
  return context.capture(atom.name, marker ? venueSource(body, marker) : body);
}
function textSource(items, i, afterTitle) {
  const text = items[i].text;
  const lead = venueEmphasis(items, i - 1) ?? "";
  const trail = venueEmphasis(items, i + 1) ?? "";
  if (!lead && !trail) return literalSource(text, afterTitle);
  const body = text.slice(lead.length, text.length - trail.length);
  const optional = (marker) => marker ? `(?:${escapeRegExp(marker)})?` : "";
  const middle = body === "" ? "" : literalSource(body, afterTitle && lead === "");
  return `${optional(lead)}${middle}${optional(trail)}`;
}
function venueSource(body, marker) {
  const m = escapeRegExp(marker);
  const plain = "(?:(?![.,][ \\t])[^*_\\n|\\\\])+?";
  return `(?:(?<=${m})${body}(?=${m})|(?<!${m})${plain}(?!${m}))`;
}
function nextText(parts, from) {
  const next = parts[from];
  if (next?.kind === "text") return next.text;
  if (next?.kind === "optional" && next.parts[0]?.kind === "text") return next.parts[0].text;
  return "";
}
function literalSource(text, afterTitle) {
  const dot = afterTitle && text.startsWith(".");
  const body = (dot ? text.slice(1) : text).replace(/[ \t]*\|[ \t]*/g, "|").split(/([ \t]+|\n)/).map((piece) => {
    if (piece === "\n") return "[ \\t]*\\r?\\n";
    if (/^[ \t]+$/.test(piece)) return "[ \\t]+";
    return escapeRegExp(piece).replaceAll("\\|", "[ \\t]*\\|[ \\t]*");
  }).join("");
  return dot ? `(?:\\.|(?<=[.?!]))${body}` : body;
}
function valueSource(name, after, context) {
  switch (name) {
    case "year":
      return "(?:19|20)\\d\\d";
    case "number":
      return "\\d{1,9}";
    case "rating":
      return "[★☆]+";
    case "arxiv":
      return "\\d{4}\\.\\d{4,5}(?:v\\d+)?|[a-z-]+(?:\\.[a-z]{2})?\\/\\d{7}";
    case "repo":
      return "[\\w.-]+/[\\w.-]+?";
    case "paper":
      return "<?[^\\s<>()]+(?:\\([^\\s()]*\\)[^\\s<>()]*)*>?";
    case "links":
      return linkListSource(context.links);
    case "notes":
    case "tail":
      return context.cells ? "(?:\\\\.|[^\\\\\\n|])*?" : "[\\s\\S]*?";
    case "title":
      return oneLineValue(after, context.cells, ["]("]);
    default:
      return oneLineValue(after, context.cells);
  }
}
function oneLineValue(after, cells, never = []) {
  const any = cells ? "(?:\\\\.|[^\\\\\\n|])" : "(?:\\\\.|[^\\\\\\n])";
  const stop = after.trimStart().slice(0, 2);
  const stops = stop.length < 2 || /^[.,;:\s]/.test(stop) ? never : [stop, ...never];
  if (stops.length === 0) return `${any}+?`;
  return `(?:(?!${[...new Set(stops)].map(escapeRegExp).join("|")})${any})+?`;
}
function linkListSource(links) {
  const item = (format) => {
    const pieces = format.split(/(\{label\}|\{url\}|\{image\})/);
    return pieces.map((piece, i) => {
      if (piece === "{label}") return oneLineValue(pieces[i + 1] ?? "", false);
      if (piece === "{url}") return "<?[^\\s<>()]+(?:\\([^\\s()]*\\)[^\\s<>()]*)*>?";
      if (piece === "{image}") return "[^\\s<>()]+";
      return literalSource(piece, false);
    }).join("");
  };
  const separator = literalSource(links.separator, false);
  const ownLine = /^[ \t]*\r?\n/.test(links.item);
  const first = ownLine ? `(?:[ \\t]*\\r?\\n)?[ \\t]*${item(links.item.replace(/^[ \t]*\r?\n[ \t]*/, ""))}` : `[ \\t]*${item(links.item.replace(/^[ \t]+/, ""))}`;
  return `(?:${first}(?:${separator}${item(links.item)})*)?`;
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/list/table-cells.ts
var TABLE_DELIMITER = /^[ \t]*(?:\|[ \t]*)?(?::?-+:?[ \t]*\|[ \t]*)+(?::?-+:?[ \t]*)?$/;
function splitCells(row) {
  const body = row.trim().replace(/^\|/, "").replace(/(?<!\\)\|$/, "");
  const cells = [];
  let cell = "";
  let code = false;
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (c === "`") code = !code;
    if (c === "|" && !code && body[i - 1] !== "\\") {
      cells.push(cell);
      cell = "";
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}
function columnKey(cell) {
  return cell.replace(/[*_`]/g, "").replace(/\s+/g, " ").trim().toLowerCase();
}
function pipeOffsets(row) {
  const at = [];
  for (let i = 0; i < row.length; i += 1) if (row[i] === "|" && row[i - 1] !== "\\") at.push(i);
  return at;
}

// src/list/short-rows.ts
function paddedRow(text, head) {
  if (text.includes("\n")) return void 0;
  const trimmed = text.trimEnd();
  const row = trimmed.endsWith("|") ? trimmed : `${trimmed}${head.compact ? "" : " "}|`;
  const missing = head.cells.length - cellCount(row);
  if (missing < 0 || missing === 0 && row === trimmed) return void 0;
  return `${row}${(head.compact ? "|" : "  |").repeat(missing)}`;
}
function cellCount(row) {
  return pipeOffsets(row).length - 1;
}
var ROWS_LOOKED_AT = 50;
function shortenedLike(row, file, section) {
  const table = section.tables[0];
  if (!table) return row;
  const width = table.cells.length;
  let short = 0;
  let empty = 0;
  for (const entry of section.entries.slice(table.firstEntry, table.firstEntry + ROWS_LOOKED_AT)) {
    const text = file.text.slice(entry.start, entry.end).trimEnd();
    if (!text.endsWith("|")) continue;
    if (cellCount(text) < width) short += 1;
    else if (EMPTY_LAST_CELL.test(text)) empty += 1;
  }
  if (short <= empty) return row;
  let out = row.trimEnd();
  while (cellCount(out) > 1 && EMPTY_LAST_CELL.test(out)) out = out.slice(0, -1).trimEnd();
  return out;
}
var EMPTY_LAST_CELL = /(?<!\\)\|[ \t]*\|$/;

// src/list/entry-matches.ts
function sharedFields(whole, matches, head) {
  if (!matches) return cachedFields(whole, head);
  const padding = head ? `${head.cells.length}${head.compact ? "c" : ""}` : "";
  const key = `${whole.pattern.flags}/${whole.pattern.source}/${[...whole.groups].join()}/${padding}`;
  const known2 = matches.get(key);
  if (known2) return known2;
  const made = cachedFields(whole, head);
  matches.set(key, made);
  return made;
}
var KEPT_MATCHES = 2e3;
function cachedFields(whole, head) {
  const match = (text) => {
    const found = matchEntry(whole, text);
    const padded = found || !head ? void 0 : paddedRow(text, head);
    return padded === void 0 ? found : matchEntry(whole, padded);
  };
  const matched = /* @__PURE__ */ new Map();
  let lastText;
  let lastFound;
  return (entryText) => {
    if (entryText === lastText) return lastFound;
    const known2 = matched.get(entryText);
    const found = known2 !== void 0 ? known2 ?? void 0 : match(entryText);
    if (known2 === void 0 && matched.size < KEPT_MATCHES) matched.set(entryText, found ?? null);
    lastText = entryText;
    lastFound = found;
    return found;
  };
}

// src/list/value-pattern.ts
function patternFor(value, line) {
  if (value.cells === void 0 || splitCells(line).length === value.cells) return value.pattern;
  return value.anyCell ?? value.pattern;
}
function valuePattern(template, names, { spanned = false, wholeAfter = false } = {}) {
  const named = (p) => p.kind === "value" && names.includes(p.name);
  for (const [index, parts] of template.lines.entries()) {
    const at = parts.findIndex(named);
    if (at === -1) continue;
    const end = spanned ? parts.findLastIndex(named) : at;
    let before = "";
    let anchored = true;
    for (let i = at - 1; i >= 0; i -= 1) {
      const part = parts[i];
      if (part.kind !== "text") {
        anchored = false;
        break;
      }
      before = part.text + before;
    }
    const next = parts[end + 1];
    const words = wholeAfter ? /^.*/ : /^\s*\S+/;
    const after = next?.kind === "text" ? words.exec(next.text)?.[0] ?? "" : "";
    const afterPattern = after.trim() === "" ? "[ \\t]*$" : `[ \\t]*${literal(after.trim(), "[ \\t]*")}(?!\\()`;
    const pipes = index === 0 && isTableRow(template) ? pipesBefore(parts, at) : 0;
    const cellEnd = after.trim() === "" ? "[ \\t]*(?:\\||$)" : afterPattern;
    const anywhere = `${anchored ? "^[ \\t]*" : ""}${literal(before, "[ \\t]*")}[ \\t]*((?:\\\\.|[^\\\\\\n])*?)${afterPattern}`;
    if (pipes === 0) return { pattern: new RegExp(anywhere, "i"), line: index };
    const own = `${inCell(before, pipes)}[ \\t]*((?:\\\\.|[^\\\\\\n|])*?)${cellEnd}`;
    return {
      pattern: new RegExp(own, "i"),
      line: index,
      cells: cellCount2(parts),
      anyCell: new RegExp(anywhere, "i")
    };
  }
  return void 0;
}
function inCell(before, pipes) {
  const cells = `^[ \\t]*\\|(?:(?:\\\\.|[^\\\\|\\n])*\\|){${pipes - 1}}`;
  const start = before.lastIndexOf("|");
  const gap = start === -1 ? "(?:\\\\.|[^\\\\|\\n])*?" : "";
  return `${cells}${gap}[ \\t]*${literal(before.slice(start + 1).trim(), "[ \\t]*")}`;
}
function cellCount2(parts) {
  const last = parts.at(-1);
  const closed = last?.kind === "text" && last.text.trimEnd().endsWith("|");
  return pipesBefore(parts, parts.length) - (closed ? 1 : 0);
}
function pipesBefore(parts, at) {
  let pipes = 0;
  for (const part of parts.slice(0, at)) {
    const texts2 = part.kind === "text" ? [part.text] : part.kind === "optional" ? part.parts.flatMap((a) => a.kind === "text" ? [a.text] : []) : [];
    for (const text of texts2) pipes += (text.replace(/\\./g, "").match(/\|/g) ?? []).length;
  }
  return pipes;
}
function literal(text, space) {
  return text.split(/[ \t]+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(space);
}

// src/list/title-blanks.ts
var BLANKS = "[ \\t]*";
var TITLE_MARKS = { open: "", close: "", skipped: "\0" };
function settledTitleSource(source, cells) {
  const settled = withoutBlankAmbiguity(skippedParts(source, cells));
  return `^${settled.startsWith(BLANKS) ? "" : BLANKS}${settled}`;
}
function withoutBlankAmbiguity(source) {
  const open = source.indexOf(TITLE_MARKS.open);
  if (open === -1) return source;
  const before = source.slice(0, open);
  const leading = BLANK_RUN_END.test(before) ? "(?![ \\t])" : "";
  const close = source.indexOf(TITLE_MARKS.close);
  const after = source.slice(close + 1);
  const trailing = after.startsWith("[ \\t]") ? "(?<![ \\t])" : "";
  return `${before}${leading}${source.slice(open + 1, close)}${trailing}${after}`;
}
function skippedParts(source, cells) {
  const char = cells ? "[^\\n|]" : "[^\\n]";
  const solid = cells ? "[^\\n| \\t]" : "[^\\n \\t]";
  const pieces = source.split(TITLE_MARKS.skipped);
  return pieces.reduce((joined, piece, i) => {
    if (i === 0) return piece;
    const first = BLANK_RUN_END.test(joined) ? solid : char;
    const last = piece.startsWith("[ \\t]") ? solid : char;
    return `${joined}(?:${first}(?:${char}*?${last})?)?${piece}`;
  }, "");
}
var BLANK_RUN_END = /\[ \\t\][*+]$/;

// src/list/title-pattern.ts
function compileTitlePattern(template, loose = false) {
  const parts = unindented(template.lines[0] ?? []).map(
    (part) => loose && part.kind === "optional" ? { kind: "text", text: TITLE_MARKS.skipped } : part
  );
  const at = parts.findIndex((p) => p.kind === "value" && p.name === "title");
  if (at === -1) return void 0;
  const next = parts[at + 1];
  const after = next?.kind === "text" ? next.text : "";
  const dot = /^[ \t]*([.;])/.exec(after)?.[1];
  const rest = after.replace(/^([ \t]*)[.;]/, "$1");
  const firstWord = (text) => (loose ? /^[ \t]*\S/ : /^[ \t]*\S+/).exec(text)?.[0] ?? "";
  const stop = firstWord(rest);
  const following = parts.slice(next?.kind === "text" ? at + 2 : at + 1);
  const optionalStops = stop === "" ? openings(following, template.links).flatMap((text) => [firstWord(text), firstWord(text.replace(/^[ \t]*[.;]/, ""))]).filter(Boolean) : [];
  const capture = (name, body) => name === "title" ? `${TITLE_MARKS.open}(${body})${TITLE_MARKS.close}` : `(?:${body})`;
  const context = { links: template.links, capture, cells: isTableRow(template) };
  const head = partsSource(parts.slice(0, at + 1), context, stop || (optionalStops[0] ?? ""));
  const tail = titleEnd(stop, dot, optionalStops, valuesFollow(following));
  if (tail === void 0) return void 0;
  return new RegExp(settledTitleSource(`${head}${tail}`, context.cells), "i");
}
function titleEnd(stop, dot, optionalStops, valuesAfter) {
  const maybeDot = dot ? `\\${dot}?` : "";
  if (stop !== "") return `${maybeDot}${literalSource(stop, false)}`;
  const lineEnd2 = "[ \\t]*(?:$|\\r?\\n)";
  if (optionalStops.length > 0) {
    const stops = optionalStops.map((s) => literalSource(s, false));
    return `${maybeDot}(?:${stops.join("|")}|${lineEnd2})`;
  }
  if (!valuesAfter) return `${maybeDot}${lineEnd2}`;
  return dot ? `\\${dot}(?=[ \\t]|\\r?\\n|$)` : void 0;
}
function valuesFollow(parts) {
  return parts.some((p) => p.kind === "value" || p.kind === "optional" && p.parts.length > 0);
}
function openings(parts, links) {
  const found = [];
  for (const part of parts) {
    const first = part.kind === "optional" ? part.parts[0] : part;
    if (first?.kind === "text") found.push(first.text);
    else if (first?.kind === "value" && first.name === "links")
      found.push(links.item.split("{label}")[0]);
    else return found;
    if (part.kind !== "optional") return found;
  }
  return found;
}

// src/list/entry-reader.ts
function makeEntryReader(template, options = {}) {
  const start = startPattern(template);
  const titlePattern = valuePattern(template, ["title"]);
  const venue = valuePattern(template, ["venue", "year"]);
  const date = valuePattern(template, ["venue", "year"], { spanned: true });
  const whole = compileEntryPattern(template);
  const titleOnly = compileTitlePattern(template);
  const titleLoosely = compileTitlePattern(template, true);
  const fields = sharedFields(whole, options.matches, options.tableHead);
  const values = withFirstLine(template, fields);
  const shownDate = (entryText) => {
    const matched = values(entryText);
    return (matched && matchedDate(matched)) ?? (date && patternDate(date, entryText));
  };
  const title = (entryText) => {
    const matched = longerTitle(fields(entryText)?.title, titleOnly?.exec(entryText)?.[1]) ?? titleLoosely?.exec(entryText)?.[1];
    if (matched !== void 0) {
      const read = unemphasised(unescape(matched).trim());
      return titleOfCitation(read) ?? (read || void 0);
    }
    const firstLine = entryText.slice(0, lineEnd(entryText));
    const found = (titlePattern && patternFor(titlePattern, firstLine).exec(firstLine)?.[1]) ?? citedTitle(firstLine);
    return found === void 0 ? void 0 : unescape(found).trim() || void 0;
  };
  return {
    startsEntry: (line) => start.test(line),
    fields,
    title,
    name: nameReader(template, fields, title),
    date(entryText) {
      const arxiv = options.datesFromArxiv ? arxivDate(entryText) : void 0;
      if (arxiv) return arxiv;
      const shown = shownDate(entryText);
      if (!shown || shown.day !== void 0) return shown;
      const place = arxivMonth(entryText, shown.year);
      if (place === void 0 || shown.month !== void 0 && place.month !== shown.month)
        return shown;
      return { year: shown.year, month: place.month, seq: place.seq };
    },
    venue(entryText) {
      const matched = values(entryText)?.venue;
      if (matched !== void 0) return unescape(matched).trim() || void 0;
      if (!venue) return void 0;
      const line = entryText.split(/\r\n?|\n/)[venue.line];
      const match = line === void 0 ? null : patternFor(venue, line).exec(line);
      return match ? unescape(match[1]).trim() || void 0 : void 0;
    },
    links: entryLinks
  };
}
function longerTitle(whole, firstLine) {
  if (whole === void 0 || firstLine === void 0) return whole ?? firstLine;
  const [a, b] = [whole.trim(), firstLine.trim()];
  return b.length > a.length && b.startsWith(a) ? firstLine : whole;
}
function withFirstLine(template, fields) {
  if (template.lines.length !== 1) return fields;
  return (entryText) => {
    const end = lineEnd(entryText);
    return fields(entryText) ?? (end < entryText.length ? fields(entryText.slice(0, end)) : void 0);
  };
}
function nameReader(template, fields, title) {
  if (!leadsWithName(template)) return title;
  const name = valuePattern(template, ["abbreviation"], { wholeAfter: true });
  return (entryText) => {
    const firstLine = entryText.slice(0, lineEnd(entryText));
    const matched = fields(entryText)?.abbreviation ?? patternFor(name, firstLine).exec(firstLine)?.[1];
    return matched === void 0 ? void 0 : unescape(matched).trim() || void 0;
  };
}
function patternDate(date, entryText) {
  const lines = entryText.split(/\r\n?|\n/);
  const preferred = lines[date.line];
  const first = preferred === void 0 ? void 0 : readDate(patternFor(date, preferred), preferred);
  if (first) return first;
  for (const line of lines) {
    const found = readDate(patternFor(date, line), line);
    if (found) return found;
  }
  return void 0;
}
function entryLinks(entryText) {
  const links = [];
  for (const match of entryText.matchAll(LINK)) {
    links.push({ label: unescape(match[1].replace(/^\[|\]$/g, "")), url: match[2] });
  }
  return links;
}
function matchedDate(fields) {
  if (fields.venue !== void 0) {
    const date = parseVenueDate(unescape(fields.venue));
    if (date) return date;
  }
  if (fields.year !== void 0) {
    const month = fields.venue === void 0 ? void 0 : monthNumber(unescape(fields.venue).trim().replace(/\.$/, ""));
    return month === void 0 ? { year: Number(fields.year) } : { year: Number(fields.year), month };
  }
  return fields.notes !== void 0 ? parseLoneDate(unescape(fields.notes)) : void 0;
}
function startPattern(template) {
  const parts = template.lines[0] ?? [];
  const first = parts[0];
  const numbered = first?.kind === "value" && first.name === "number";
  const rest = numbered ? parts.slice(1) : parts;
  const lead = leadingText(rest);
  const optional = lead === "" ? void 0 : rest[1];
  const whole = rest[0]?.kind === "text" ? rest[0].text : "";
  const marker = /^(?:[-*+]|\d{1,9}[.)])$/.test(lead.trim()) && /[ \t]$/.test(whole);
  const starts = optional?.kind === "optional" ? [leadingText(optional.parts), leadingText(rest.slice(2))].map((text) => whole + text) : [marker ? `${lead} ` : lead];
  const bodies = starts.map((start) => literal(numbered ? start : start.trimStart(), "[ \\t]+"));
  const body = bodies.length === 1 ? bodies[0] : `(?:${bodies.join("|")})`;
  return new RegExp(`^[ \\t]{0,3}${numbered ? "\\d{1,9}" : ""}${escapedLead(template)}${body}`);
}
var LINK = /\[((?:\\.|[^[\]\\\n]|\[[^[\]\n]*\])*)\]\(\s*<?([^\s)>]+)/g;
function readDate(pattern, line) {
  const match = pattern.exec(line);
  return match ? parseVenueDate(unescape(match[1])) : void 0;
}
function leadingText(parts) {
  const first = parts[0];
  return first?.kind === "text" ? first.text.trimEnd() : "";
}
function unemphasised(title) {
  return WRAPPED.exec(title)?.[2] ?? title;
}
var WRAPPED = /^(\*\*|__|\*|_)(?![\s*_])((?:(?!\*|_{2}).)+?)(?<![\s*_])\1$/s;
function unescape(text) {
  return text.includes("\\") ? text.replace(/\\(.)/g, "$1") : text;
}

// src/paper/template-html.ts
function templateHtml(templateSource, lineBreak) {
  return new Set(
    [...`${templateSource}${lineBreak}`.matchAll(/<[^<>\n]+>/g)].map((m) => m[0].toLowerCase())
  );
}
function templateImages(templateSource) {
  return new Set([...templateSource.matchAll(/!\[[^\]\n]*\]\(([^(){}\s]+)\)/g)].map((m) => m[1]));
}

// src/paper/github-repo.ts
var NAME = /^[A-Za-z0-9_.-]+$/;
function githubRepo(links) {
  for (const { url } of links) {
    const repo = repoOf(url);
    if (repo) return repo;
  }
  return void 0;
}
function repoOf(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return void 0;
  }
  if (!/^(?:www\.)?github\.com$/i.test(parsed.hostname)) return void 0;
  const [owner, name] = parsed.pathname.split("/").filter((s) => s !== "");
  const repo = name?.replace(/\.git$/i, "");
  if (!owner || !repo || !NAME.test(owner) || !NAME.test(repo)) return void 0;
  return `${owner}/${repo}`;
}
var STARS = /img\.shields\.io\/github\/stars\/([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+?)(?:\.svg)?(?=[?)#]|$)/i;
function starBadgeTemplate(raw) {
  const match = STARS.exec(raw);
  if (!match) return void 0;
  const repo = match[1];
  const at = match.index + match[0].indexOf(repo, "img.shields.io/github/stars/".length);
  const badge = `${raw.slice(0, at)}{repo}${raw.slice(at + repo.length)}`;
  const target = `github.com/${repo}`;
  const linked = badge.toLowerCase().lastIndexOf(`${target.toLowerCase()})`);
  if (linked === -1) return badge;
  return `${badge.slice(0, linked)}github.com/{repo}${badge.slice(linked + target.length)}`;
}

// src/paper/paper-identity.ts
var ASCII = /^[\x20-\x7e]*$/;
function normaliseTitle(title) {
  if (ASCII.test(title)) return title.toLowerCase().replace(/[^a-z0-9]+/g, "");
  return title.normalize("NFKC").toUpperCase().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}
function hasNormalisedTitle(title, normalised) {
  let j = 0;
  for (let i = 0; i < title.length; i += 1) {
    let code = title.charCodeAt(i);
    if (code >= 127 || code < 32) return normaliseTitle(title) === normalised;
    if (code >= 65 && code <= 90) code += 32;
    const alphanumeric = code >= 97 && code <= 122 || code >= 48 && code <= 57;
    if (!alphanumeric) continue;
    if (normalised.charCodeAt(j) !== code)
      return !ASCII.test(title) && normaliseTitle(title) === normalised;
    j += 1;
  }
  return j === normalised.length;
}
var ARXIV = /arxiv\.org\/(?:abs|pdf|html|format)\/((?:[a-z-]+(?:\.[a-z]{2})?\/\d{7})|(?:\d{4}\.\d{4,5}))(?:v\d+)?/i;
var DOI = /(?:doi\.org\/|\/doi\/(?:abs\/|full\/|pdf\/|epdf\/)?|\bdoi:\s*)(10\.\d{4,9}\/[^\s?#]+)/i;
function arxivId(url) {
  return ARXIV.exec(url)?.[1]?.toLowerCase();
}
function paperArxivId(paper) {
  const urls = [paper.paperUrl ?? "", ...paper.links.map((l) => l.url)];
  for (const url of urls) {
    const id = arxivId(url);
    if (id) return id;
  }
  return void 0;
}
function doi(url) {
  const match = DOI.exec(url.replace(/%2F/gi, "/"))?.[1];
  return match ? decodeURIComponent(match).replace(/[.)]+$/, "").toLowerCase() : void 0;
}
function normaliseUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return void 0;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return void 0;
  const host = parsed.host.toLowerCase().replace(/^www\./, "");
  const path2 = parsed.pathname.replace(/\/+$/, "");
  return `${host}${path2}${parsed.search}`;
}
function paperKeys(url) {
  const keys = [];
  const arxiv = arxivId(url);
  if (arxiv) keys.push(`arxiv:${arxiv}`);
  const d = doi(url);
  if (d) keys.push(`doi:${d}`);
  if (!arxiv && !d) {
    const normal = normaliseUrl(url);
    if (normal) keys.push(`url:${normal}`);
  }
  return keys;
}
var PAPER_LABEL = /^(?:paper|pdf|arxiv|doi|openreview|abs|abstract|publication)$/i;
var CODE_LABEL = /code|github|gitlab|repo/i;
var PAPER_HOST = /(?:^|\.)(?:arxiv\.org|doi\.org|openreview\.net|thecvf\.com|papers\.nips\.cc|proceedings\.neurips\.cc|proceedings\.mlr\.press|aclanthology\.org|dl\.acm\.org|ieeexplore\.ieee\.org|link\.springer\.com|sciencedirect\.com|nature\.com|ojs\.aaai\.org|ijcai\.org|semanticscholar\.org)$/i;
var CODE_HOST = /(?:^|\.)(?:github\.com|gitlab\.com|bitbucket\.org|huggingface\.co)$/i;
function linkKind(label, url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return "other";
  }
  if (PAPER_LABEL.test(label.trim()) || PAPER_HOST.test(parsed.hostname)) return "paper";
  if (CODE_LABEL.test(label)) return "code";
  const segments = parsed.pathname.split("/").filter(Boolean).length;
  if (CODE_HOST.test(parsed.hostname) && segments >= 2) return "code";
  return "other";
}

// src/paper/link-images.ts
function imageOf(label, images) {
  const wanted = label.trim().toLowerCase();
  const key = Object.keys(images).find((k) => k.trim().toLowerCase() === wanted);
  return key === void 0 ? void 0 : images[key];
}
function linkImage(label, url, images) {
  const image = imageOf(label, images);
  if (image === void 0) return void 0;
  const repo = image.includes("{repo}") ? githubRepo([{ label, url }]) : "";
  const id = image.includes("{arxiv}") ? arxivId(url) : "";
  if (repo === void 0 || id === void 0) return void 0;
  return image.replaceAll("{repo}", repo).replaceAll("{arxiv}", id);
}
var FILLED = {
  "{repo}": "[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+",
  "{arxiv}": String.raw`\d{4}\.\d{4,5}`
};
function linkImagePatterns(images) {
  return Object.values(images ?? {}).map(
    (image) => new RegExp(
      `^${image.split(/(\{repo\}|\{arxiv\})/).map((piece) => FILLED[piece] ?? piece.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("")}$`
    )
  );
}

// src/list/table-format.ts
function rowTemplateSource(head, columns) {
  const own = head.cells.map((cell) => columns.get(columnKey(cell)) ?? "");
  const titled = own.findIndex((template) => /\{title\}/.test(template));
  const row = placedFrom(own, -1) ?? (titled === -1 ? void 0 : placedFrom(own, titled));
  if (!row) return void 0;
  return head.compact ? `|${row.join("|")}|` : `| ${row.join(" | ")} |`;
}
function placedFrom(own, first) {
  const placed = new Set(first === -1 ? [] : valueNames(own[first]));
  const cells = own.map((template, i) => i === first ? template : cellTemplate(template, placed));
  return placed.has("title") ? cells : void 0;
}
function cellTemplate(own, placed) {
  const template = withoutPlacedOptionals(own, placed);
  const names = valueNames(template);
  const again = names.every((n) => n === "paper") && PAPER_BADGE.test(template);
  if (!again && names.some((n) => placed.has(n)))
    return /^\{\[.*\]\|([^{}|]*)\}$/.exec(template)?.[1] ?? "";
  for (const n of names) placed.add(n);
  return template;
}
function valueNames(template) {
  return [...template.matchAll(/\{([a-z]+(?::[^{}\n]*)?)\}/g)].map((m) => m[1].toLowerCase());
}
function withoutPlacedOptionals(template, placed) {
  const kept = template.replace(
    /\{\[((?:(?!\]\}|\{\[)[\s\S])*)\]\}/g,
    (part, inner) => valueNames(inner).some((n) => placed.has(n)) ? "" : part
  );
  return kept !== template && valueNames(kept).length > 0 ? kept : template;
}
var PAPER_BADGE = /^(?:\{\[)?\[!\[[^\]]*\]\([^)]*\)\]\(\{paper\}\)(?:\]\|[^{}]*\}|\]\})?$/;
var DELIMITER_ROW = new RegExp(TABLE_DELIMITER.source, "gm");
function tableHeads(texts2) {
  const seen = /* @__PURE__ */ new Map();
  for (const text of texts2) {
    let delimiter = -1;
    for (const match of text.matchAll(DELIMITER_ROW)) {
      const above = rowAbove(text, match.index);
      const row = above && above.start !== delimiter ? above.row : void 0;
      if (row !== void 0) delimiter = match.index;
      if (row === void 0) continue;
      const head = {
        cells: splitCells(row).map((c) => c.trim()),
        compact: /^\|[^ \t]/.test(row.trim())
      };
      const key = headKey(head);
      if (!seen.has(key)) seen.set(key, head);
    }
  }
  return [...seen.values()];
}
function rowAbove(text, start) {
  if (text[start - 1] !== "\n") return void 0;
  const end = text[start - 2] === "\r" ? start - 2 : start - 1;
  const afterNewline = text.lastIndexOf("\n", end - 1) + 1;
  const lineStart = afterNewline + text.slice(afterNewline, end).lastIndexOf("\r") + 1;
  const row = text.slice(lineStart, end);
  return /^[ \t]*\|/.test(row) ? { row, start: lineStart } : void 0;
}
function makeTableReader(readers, cells = []) {
  const first = readers[0];
  const startsEntry = (line) => /^[ \t]*\|/.test(line);
  if (readers.length === 1) return { ...first, startsEntry };
  let lastText;
  let lastReader;
  const matching = (text) => {
    if (text !== lastText) {
      lastText = text;
      const width = splitCells(text.slice(0, lineEnd(text))).length;
      const fits = (i) => cells[i] === void 0 || cells[i] === width;
      lastReader = readers.find((r, i) => fits(i) && r.fields(text) !== void 0) ?? readers.find((r) => r.fields(text) !== void 0) ?? readers.find((r, i) => fits(i) && r.title(text) !== void 0) ?? readers.find((r) => r.title(text) !== void 0);
    }
    return lastReader;
  };
  return {
    startsEntry,
    fields: (text) => matching(text)?.fields(text),
    title: (text) => (matching(text) ?? first).title(text),
    name: (text) => (matching(text) ?? first).name(text),
    date: (text) => (matching(text) ?? first).date(text),
    venue: (text) => (matching(text) ?? first).venue(text),
    links: (text) => first.links(text)
  };
}
function sectionRowTemplate(tables, templates) {
  const head = tables[0];
  return head ? templates.get(headKey(head)) : void 0;
}
function headKey(head) {
  return `${head.compact}|${head.cells.map(columnKey).join("|")}`;
}
function alignedRow(row, file, section) {
  const table = section.tables[0];
  if (!table) return row;
  const lineOf = (end) => file.text.slice(file.text.lastIndexOf("\n", end - 1) + 1, end);
  const delimiter = lineOf(table.delimiterEnd).replace(/\r$/, "");
  const columns = pipeOffsets(delimiter);
  const rows = section.entries.slice(table.firstEntry, table.firstEntry + 5).map((e) => file.text.slice(e.start, e.end));
  const same = (r) => pipeOffsets(r).join() === columns.join();
  if (columns.length < 2 || rows.length === 0 || !rows.every(same)) return row;
  const cells = splitCells(row);
  if (cells.length !== columns.length - 1) return row;
  let written = delimiter.slice(0, columns[0] + 1);
  for (const [i, cell] of cells.entries()) {
    const width = columns[i + 1] - columns[i] - 1;
    const content = ` ${cell.trim()} `;
    if (content.length > width) return row;
    written += `${content.padEnd(width)}|`;
  }
  return written;
}

// src/list/list-format.ts
function listFormatOf(settings) {
  if (settings.columns) return tableFormat(settings, settings.columns);
  const template = templateOf(settings.template, settings);
  return {
    ...common(settings, template),
    reader: makeEntryReader(template, settings),
    tableRows: isTableRow(template),
    ...headingEntriesOf(template),
    ...isParagraph(template) ? { paragraphEntries: true } : {},
    templateFor: () => template
  };
}
function tableFormat(settings, columns) {
  const byColumn = new Map(Object.entries(columns).map(([name, cell]) => [columnKey(name), cell]));
  const templates = /* @__PURE__ */ new Map();
  const readers = [];
  const cells = [];
  for (const head of settings.heads ?? []) {
    const source = rowTemplateSource(head, byColumn);
    if (source === void 0) continue;
    const template = templateOf(source, settings);
    templates.set(headKey(head), template);
    readers.push(makeEntryReader(template, { ...settings, tableHead: head }));
    cells.push(head.cells.length);
  }
  const fallback = templateOf(settings.template, settings);
  const all = templates.size > 0 ? [...templates.values()] : [fallback];
  return {
    ...common(settings, all[0]),
    reader: readers.length > 0 ? makeTableReader(readers, cells) : makeTableReader([makeEntryReader(fallback, settings)]),
    tableRows: true,
    templateFor: (section) => sectionRowTemplate(section.tables, templates)
  };
}
function templateOf(source, settings) {
  const template = mustParseEntryTemplate(
    source,
    settings.lineBreak,
    settings.links,
    settings.authors
  );
  const plainVenues2 = settings.plainVenues ?? [];
  return {
    ...template,
    ...plainVenues2.length > 0 ? { plainVenues: plainVenues2 } : {},
    ...settings.venuesShowYear === false ? { venuesYearless: true } : {},
    ...settings.stopAfterTitleMark ? { stopAfterTitleMark: true } : {}
  };
}
function common(settings, template) {
  const sources = [settings.template, ...Object.values(settings.columns ?? {})].join("\n");
  return {
    template,
    order: settings.order,
    sectionOrders: new Map(
      Object.entries(settings.sectionOrders).map(([name, order]) => [foldName(name), order])
    ),
    allowedHtml: templateHtml(
      `${sources}${settings.links.item}${settings.links.separator}`,
      settings.lineBreak
    ),
    excludeSections: settings.excludeSections,
    dateHeadings: settings.dateHeadings,
    numbered: isNumbered(template),
    dated: isDated(template),
    starBadges: sources.includes("{repo}"),
    images: templateImages(sources),
    nestedLists: template.lines.slice(1).some(writesListItem),
    emptyLinks: /\]\(\)/.test(sources),
    linkImages: linkImagePatterns(settings.links.images),
    relativeLinks: settings.relativeLinks ?? false,
    byMonth: settings.byMonth ?? false,
    preprints: settings.preprints ?? "mixed",
    venuesWithoutYear: settings.venuesWithoutYear ?? false,
    ...settings.inferredFit !== void 0 ? { inferredFit: settings.inferredFit } : {},
    datesFromArxiv: settings.datesFromArxiv ?? false,
    groupBullets: settings.groupBullets ?? false
  };
}
function isParagraph(template) {
  const first = template.lines[0]?.[0];
  if (first?.kind !== "text") return false;
  return !/^[ \t]*(?:(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)|[|#<])/.test(first.text);
}
function writesListItem(parts) {
  const first = parts[0];
  return first?.kind === "text" && /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(first.text);
}
function readOptions(format) {
  return {
    startsEntry: format.reader.startsEntry,
    dateHeadings: format.dateHeadings,
    tableRows: format.tableRows,
    groupBullets: format.groupBullets,
    ...format.headingEntries ? { headingEntries: format.headingEntries } : {},
    ...format.paragraphEntries ? { paragraphEntries: true } : {},
    excludeSections: format.excludeSections
  };
}
function headingEntriesOf(template) {
  const level = entryHeadingLevel(template);
  return level ? { headingEntries: level } : {};
}
function orderOf(format, name) {
  return format.sectionOrders.get(foldName(name)) ?? format.order;
}
function isDated(template) {
  const placed = requiredValues(template);
  return placed.has("year") || placed.has("venue") && !template.venuesYearless;
}

// src/list/block-scanner.ts
var FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})(.*)$/;
var ATX = /^[ \t]*#{1,6}(?:[ \t]|$)/;
var SETEXT = /^[ \t]*(=+|-+)[ \t]*$/;
var THEMATIC = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
var LIST_ITEM = /^[ \t]*([-+*]|(\d{1,9})[.)])([ \t]+|$)/;
var HTML_RAW = /^[ \t]*<(?:script|pre|style|textarea)(?:[\s>]|$)/i;
var HTML_BLOCK_TAG = /^[ \t]*<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s>]|\/>|$)/i;
var HTML_COMPLETE_TAG = /^[ \t]*(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$/;
var HTML_ENDS = [
  [/^[ \t]*<!--/, /-->/],
  [/^[ \t]*<\?/, /\?>/],
  [/^[ \t]*<![A-Za-z]/, />/],
  [/^[ \t]*<!\[CDATA\[/, /\]\]>/]
];
function indentOf(line) {
  let columns = 0;
  for (let i = 0; i < line.length; i += 1) {
    const c = line.charCodeAt(i);
    if (c === 32) columns += 1;
    else if (c === 9) columns += 4 - columns % 4;
    else break;
  }
  return columns;
}
var SPECIAL_START = new Set("#-*+=_<>`~0123456789");
var BlockScanner = class {
  fence;
  html;
  /** Content column of the open root-level list item, if any. */
  listIndent;
  /** Where the previous line's paragraph lives, when the previous line was paragraph text. */
  paragraph;
  previousBlank = true;
  /** Whether a code fence or HTML block is open after the last scanned line. */
  get insideBlock() {
    return this.fence !== void 0 || this.html !== void 0;
  }
  /** Classifies the next line. */
  scan(line) {
    const indent = indentOf(line);
    const blank = indent === line.length || /^[ \t]*$/.test(line);
    const inside = this.insideBlockLine(line, indent, blank);
    if (inside) return inside;
    if (blank) {
      this.paragraph = void 0;
      return this.done({ kind: "blank", indent }, true);
    }
    const inList = this.listIndent !== void 0 && indent >= this.listIndent;
    if (this.listIndent !== void 0 && !inList && (this.previousBlank || !this.paragraph)) {
      this.listIndent = void 0;
    }
    const relative = inList ? indent - this.listIndent : indent;
    const first = line[indent] ?? "";
    if (relative >= 4) return this.done({ kind: this.paragraph ? "text" : "code", indent }, false);
    if (!SPECIAL_START.has(first)) return this.text(indent, inList);
    return this.leafBlock(line, indent, inList) ?? this.containerOrHtml(line, indent, first, inList) ?? this.text(indent, inList);
  }
  /** A line inside an open code fence or HTML block, or `undefined` when none is open. */
  insideBlockLine(line, indent, blank) {
    if (this.fence) {
      const close = FENCE_OPEN.exec(line);
      if (close && close[1][0] === this.fence.char && close[1].length >= this.fence.length && close[2].trim() === "") {
        this.fence = void 0;
      }
      return this.done({ kind: "code", indent }, false);
    }
    if (!this.html) return void 0;
    if (this.html === "blank") {
      if (blank) {
        this.html = void 0;
        return this.done({ kind: "blank", indent }, true);
      }
    } else if (this.html.test(line)) {
      this.html = void 0;
    }
    return this.done({ kind: "html", indent }, false);
  }
  /** A code fence's opening, an ATX heading, a setext underline or a thematic break. */
  leafBlock(line, indent, inList) {
    const fence = FENCE_OPEN.exec(line);
    if (fence && !(fence[1][0] === "`" && fence[2].includes("`"))) {
      this.fence = { char: fence[1][0], length: fence[1].length };
      this.closeListUnless(inList);
      this.paragraph = void 0;
      return this.done({ kind: "code", indent }, false);
    }
    if (ATX.test(line)) {
      this.paragraph = void 0;
      if (inList) return this.done({ kind: "text", indent }, false);
      this.listIndent = void 0;
      const level = /#+/.exec(line)[0].length;
      return this.done({ kind: "heading", indent, level }, false);
    }
    const setext = SETEXT.exec(line);
    if (setext && this.paragraph === "root" && !inList) {
      this.paragraph = void 0;
      return this.done({ kind: "setext", indent, level: setext[1][0] === "=" ? 1 : 2 }, false);
    }
    if (!THEMATIC.test(line)) return void 0;
    this.closeListUnless(inList);
    this.paragraph = void 0;
    return this.done({ kind: "thematic-break", indent }, false);
  }
  /** An HTML block's opening, a list item or a block quote. */
  containerOrHtml(line, indent, first, inList) {
    const html = first === "<" ? this.htmlStart(line) : void 0;
    if (html) {
      this.closeListUnless(inList);
      this.paragraph = void 0;
      const endsHere = html !== "blank" && html.test(line.slice(indent + 1));
      if (!endsHere) this.html = html;
      return this.done({ kind: "html", indent }, false);
    }
    const item = LIST_ITEM.exec(line);
    if (item && this.canStartListItem(item)) {
      const marker = item[1];
      const spaces = item[3].length;
      const contentIndent = indent + marker.length + (spaces === 0 || spaces > 4 ? 1 : spaces);
      if (!inList) this.listIndent = contentIndent;
      this.paragraph = "list";
      const bullet = item[2] === void 0;
      return this.done({ kind: "list-item", indent, bullet, contentIndent }, false);
    }
    if (first !== ">") return void 0;
    this.closeListUnless(inList);
    this.paragraph = "quote";
    return this.done({ kind: "quote", indent }, false);
  }
  text(indent, inList) {
    if (!this.paragraph) this.paragraph = inList || this.listIndent !== void 0 ? "list" : "root";
    return this.done({ kind: "text", indent }, false);
  }
  /** An ordered item not starting at 1, or an empty item, cannot interrupt a paragraph. */
  canStartListItem(item) {
    if (this.paragraph !== "root") return true;
    if (item[3] === "") return false;
    return item[2] === void 0 || Number(item[2]) === 1;
  }
  htmlStart(line) {
    if (HTML_RAW.test(line)) return /<\/(?:script|pre|style|textarea)>/i;
    for (const [start, end] of HTML_ENDS) if (start.test(line)) return end;
    if (HTML_BLOCK_TAG.test(line)) return "blank";
    if (!this.paragraph && HTML_COMPLETE_TAG.test(line)) return "blank";
    return void 0;
  }
  closeListUnless(inList) {
    if (!inList) this.listIndent = void 0;
  }
  /** Records the line as the previous one; only paragraph lines keep a paragraph open. */
  done(scanned, blank) {
    this.previousBlank = blank;
    if (scanned.kind !== "text" && scanned.kind !== "list-item" && scanned.kind !== "quote") {
      this.paragraph = void 0;
    }
    return scanned;
  }
};
var HTML_TABLE = /^[ \t]{0,3}<table\b/i;
function isDisclosureMarkup(content) {
  if (!/^[ \t]*<\/?(?:details|summary)\b/i.test(content)) return false;
  const rest = content.replace(/<summary\b[^>]*>[^<]*<\/summary\s*>/gi, "").replace(/<\/?(?:details|summary)\b[^>]*>/gi, "");
  return rest.trim() === "";
}
function atxHeadingText(line) {
  const body = line.replace(/^[ \t]*#{1,6}/, "");
  return cleanHeadingText(withoutClosingSequence(body));
}
function withoutClosingSequence(text) {
  const end = withoutTrailingBlanks(text).length;
  let hashes = end;
  while (text[hashes - 1] === "#") hashes -= 1;
  if (hashes === end || hashes > 0 && !isBlank(text[hashes - 1])) return text.slice(0, end);
  while (isBlank(text[hashes - 1])) hashes -= 1;
  return text.slice(0, hashes);
}
function cleanHeadingText(text) {
  return text.trim();
}

// src/list/section-builder.ts
var SectionBuilder = class {
  /** Headings that never hold entries (`Table of Contents`): no date group goes on one. */
  constructor(excluded = () => false) {
    this.excluded = excluded;
  }
  excluded;
  sections = [];
  section = {
    parents: [],
    entries: [],
    groups: [],
    tables: [],
    strays: [],
    hasOtherContent: false,
    contentEnd: 0,
    contentEndLine: 0
  };
  entry;
  headings = [];
  /** Ends the open entry, if any: the section's content now ends with it. */
  closeEntry() {
    const entry = this.entry;
    if (!entry) return;
    const { start, end, line, lastLine } = entry;
    this.section.entries.push({ start, end, line, lastLine });
    this.section.contentEnd = end;
    this.section.contentEndLine = lastLine;
    this.entry = void 0;
  }
  /** Ends the open section; `nextHeadingLevel` is the level of the heading that ends it. */
  closeSection(nextHeadingLevel) {
    this.closeEntry();
    const {
      heading,
      parents,
      entries,
      groups,
      tables,
      strays,
      hasOtherContent,
      contentEnd,
      contentEndLine
    } = this.section;
    this.sections.push({
      ...heading ? { heading } : {},
      parents,
      entries,
      groups,
      tables,
      strays,
      hasOtherContent,
      contentEnd,
      contentEndLine,
      ...nextHeadingLevel !== void 0 ? { nextHeadingLevel } : {}
    });
  }
  /** Opens the section of `heading`, whose last line is `lastLine`. */
  openSection(heading, lastLine) {
    this.closeSection(heading.level);
    const stack = this.headings;
    while (stack.length > 0 && stack[stack.length - 1].level >= heading.level) stack.pop();
    this.section = {
      heading,
      parents: stack.map((h) => h.text),
      entries: [],
      groups: [],
      tables: [],
      strays: [],
      hasOtherContent: false,
      contentEnd: heading.end,
      contentEndLine: lastLine
    };
    stack.push(heading);
  }
  /**
   * Opens a date group inside the open section when `heading` is nested in it (or the file has
   * no heading yet); returns false when the heading must open a section of its own.
   */
  openDateGroup(heading, date) {
    const open = this.section.heading;
    const under = open && (open.level >= heading.level || this.excluded(open.text));
    if (under && !this.continueParent(heading)) return false;
    this.closeEntry();
    this.section.groups.push({ heading, ...date, firstEntry: this.section.entries.length });
    this.markContent(heading.end, heading.line);
    return true;
  }
  /**
   * A date heading after a sibling that is not one (`#### Benchmark code`, then `#### 2015`)
   * dates the entries of their parent section, when that holds none of its own: the parent goes
   * on from here, read as one section with date groups. Returns false when there is no such
   * parent (the heading is then a section of its own).
   */
  continueParent(heading) {
    const stack = this.headings;
    let at = stack.length - 1;
    while (at >= 0 && (stack[at].level >= heading.level || this.excluded(stack[at].text)))
      at -= 1;
    const parent = stack[at];
    if (!parent) return false;
    const own = this.sections.find((s) => s.heading === parent);
    if (!own || own.entries.length > 0) return false;
    this.closeSection(heading.level);
    stack.length = at + 1;
    const { start, line } = heading;
    this.section = {
      heading: { ...parent, start, end: start, line },
      parents: stack.slice(0, at).map((h) => h.text),
      entries: [],
      groups: [],
      tables: [],
      strays: [],
      hasOtherContent: false,
      contentEnd: start,
      contentEndLine: line
    };
    return true;
  }
  /** The open entry was a table's header row: the rows after it are the table's. */
  openTable(cells, compact, delimiter) {
    const header = this.entry;
    this.entry = void 0;
    this.section.tables.push({
      cells,
      compact,
      line: header.line,
      delimiterEnd: delimiter.end,
      delimiterLine: delimiter.number,
      firstEntry: this.section.entries.length
    });
  }
  /** Something other than an entry stands in the section, ending at `end` on `line`. */
  markContent(end, line) {
    this.section.hasOtherContent = true;
    this.section.contentEnd = end;
    this.section.contentEndLine = line;
  }
  /** Where the section's content ends now. */
  contentMark() {
    const { hasOtherContent, contentEnd, contentEndLine } = this.section;
    return { hadOther: hasOtherContent, contentEnd, contentEndLine };
  }
  /** Restores a mark taken by {@link contentMark}. */
  restore(mark) {
    this.section.hasOtherContent = mark.hadOther;
    this.section.contentEnd = mark.contentEnd;
    this.section.contentEndLine = mark.contentEndLine;
  }
};
function extendEntry(entry, line) {
  entry.end = line.end;
  entry.lastLine = line.number;
}
function continuesEntry(entry, line) {
  if (entry.afterBlank) return line.indent >= entry.contentIndent;
  if (line.indent >= entry.contentIndent) return true;
  switch (line.kind) {
    case "text":
      return true;
    case "list-item":
      return line.bullet !== true;
    default:
      return false;
  }
}

// src/list/group-bullets.ts
var GROUP_LEVEL = 7;
var LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;
var SUMMARY = /^[ \t]*(?:<details[^>]*>[ \t]*)?<summary[^>]*>(.*?)<\/summary>/i;
function dedent(content, columns) {
  if (columns === 0) return content;
  let at = 0;
  let column = 0;
  while (column < columns && (content[at] === " " || content[at] === "	")) {
    column += content[at] === "	" ? 4 - column % 4 : 1;
    at += 1;
  }
  return content.slice(at);
}

// src/list/contents-line.ts
var ANCHOR_LINKS = /^(?:[-*+]|\d{1,9}[.)])?[ \t]*(?:\[[^\]]*\]\((?:\.\/)?#[^)]*\)[ \t,|]*)+$/;
function isContentsLine(text) {
  if (!text.includes("](#") && !text.includes("](./#")) return false;
  return ANCHOR_LINKS.test(text.trim());
}

// src/list/stray-lines.ts
var WEB_LINK = /\]\(\s*<?https?:\/\//i;
function isStray(content, scanned, paragraphStart, paragraphEntries) {
  if (scanned.kind === "list-item") return true;
  if (scanned.kind === "html") return HTML_TABLE.test(content);
  if (scanned.kind !== "text") return false;
  return /^[ \t]*\|/.test(content) || paragraphEntries && paragraphStart && WEB_LINK.test(content);
}

// src/list/heading-date.ts
var YEAR = "((?:19|20)\\d\\d)";
var NUMERIC = new RegExp(`^${YEAR}(?:\\s*[-./年]\\s*(0?[1-9]|1[0-2])\\s*月?)?\\s*年?$`);
var NAMED_FIRST = new RegExp(`^([a-z]{3,9})\\.?,?\\s+${YEAR}$`);
var NAMED_LAST = new RegExp(`^${YEAR},?\\s+([a-z]{3,9})\\.?$`);
function headingDate(text) {
  const shown = displayHeading(text).replace(/[*_`~:]/g, "").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}年月]+$/gu, "").trim().toLowerCase();
  const numeric = NUMERIC.exec(shown);
  if (numeric) return withMonth(Number(numeric[1]), numeric[2] ? Number(numeric[2]) : void 0);
  const named = NAMED_FIRST.exec(shown);
  const first = named && monthNumber(named[1]);
  if (first) return { year: Number(named[2]), month: first };
  const last = NAMED_LAST.exec(shown);
  const second = last && monthNumber(last[2]);
  return second ? { year: Number(last[1]), month: second } : void 0;
}
function withMonth(year, month) {
  return month === void 0 ? { year } : { year, month };
}

// src/list/read-list-file.ts
var PARAGRAPH_AFTER = /* @__PURE__ */ new Set([void 0, "blank", "heading", "setext"]);
var HTML_HEADING = /^[ \t]{0,3}<h([1-6])(?:\s[^>]*)?>(.*?)<\/?h\1\s*\/?>[ \t]*$/i;
function readListFile(path2, text, options) {
  const reader = new ListLineReader(options);
  forEachLine(text, (line) => reader.read(line));
  return { path: path2, text, eol: detectEol(text), sections: reader.finish() };
}
var ListLineReader = class {
  constructor(options) {
    this.options = options;
    const excluded = new Set((options.excludeSections ?? []).map(foldName));
    this.built = new SectionBuilder((text) => excluded.has(foldName(displayHeading(text))));
  }
  options;
  built;
  scanner = new BlockScanner();
  paragraph;
  previousKind;
  previousLine = "";
  /** The last list item at the margin that is not an entry: a group, if entries nest under it. */
  group;
  /** How far in the entries of the open group bullet stand (`    * ` under `* General:`). */
  nest = 0;
  read(line) {
    const opensBlock = !this.scanner.insideBlock;
    const scanned = this.scanner.scan(line.content);
    const html = opensBlock && scanned.kind === "html" ? HTML_HEADING.exec(line.content) : null;
    const summary = this.options.groupBullets && scanned.kind === "html" ? SUMMARY.exec(line.content) : null;
    if (summary) this.summaryGroup(line, summary[1]);
    else if (this.group?.heading.level === GROUP_LEVEL && /<\/details>/i.test(line.content))
      this.group = void 0;
    if (html && (!this.built.entry || this.built.entry.inBlock === false)) {
      this.built.closeEntry();
      this.heading(line, Number(html[1]), html[2].replace(/<[^>]*>/g, ""));
    } else this.readScanned(line, scanned);
    this.previousKind = scanned.kind;
    this.previousLine = line.content;
  }
  finish() {
    this.built.closeSection();
    return this.built.sections;
  }
  readScanned(line, scanned) {
    if (scanned.kind === "setext" && this.paragraph) return this.setextHeading(line, scanned);
    if (scanned.kind === "heading") {
      if (scanned.level === this.options.headingEntries && this.options.startsEntry(line.content)) {
        this.built.closeEntry();
        return this.startEntry(line, scanned, true);
      }
      return this.heading(line, scanned.level, atxHeadingText(line.content));
    }
    if (this.options.tableRows && this.tableHeader(line)) return;
    if (this.built.entry && this.continueEntry(this.built.entry, line, scanned)) return;
    if (scanned.kind === "blank") {
      this.paragraph = void 0;
      return;
    }
    if (scanned.indent < this.nest) this.nest = 0;
    if (this.isEntryStart(line, scanned)) {
      const group = this.group;
      if (group && scanned.indent >= group.contentIndent) {
        this.built.openSection(group.heading, group.heading.line);
        this.group = void 0;
        this.nest = group.contentIndent;
      }
      return this.startEntry(line, scanned);
    }
    this.groupCandidate(line, scanned);
    this.otherContent(line, scanned);
  }
  /** Remembers a list item at the margin that is not an entry: entries may nest under it. */
  groupCandidate(line, scanned) {
    if (scanned.kind === "html" || !this.options.groupBullets || scanned.indent >= 4) return;
    if (scanned.kind !== "list-item") {
      if (scanned.indent === 0) this.group = void 0;
      return;
    }
    if (scanned.indent >= (this.group?.contentIndent ?? Infinity)) return;
    const text = line.content.replace(LIST_MARKER, "").replace(/:[ \t]*$/, "").trim();
    if (text === "" || isContentsLine(text)) {
      this.group = void 0;
      return;
    }
    const { number, start, end } = line;
    const heading = { level: GROUP_LEVEL, text, line: number, start, end };
    this.group = { heading, contentIndent: scanned.contentIndent ?? 2 };
  }
  /** A `<details>` block's summary: a group, when entries stand in the block. */
  summaryGroup(line, summary) {
    const text = summary.replace(/<[^>]*>/g, "").trim();
    if (text === "") return;
    const { number, start, end } = line;
    this.group = {
      heading: { level: GROUP_LEVEL, text, line: number, start, end },
      contentIndent: 0
    };
  }
  /** A heading (ATX, or an HTML `<h2>` line): a section, or a date group of the open one. */
  heading(line, level, text) {
    this.paragraph = void 0;
    this.group = void 0;
    this.nest = 0;
    const { number, start, end } = line;
    const heading = { level, text: cleanHeadingText(text), line: number, start, end };
    if (heading.text === "") {
      this.built.closeEntry();
      return this.built.markContent(end, number);
    }
    const date = this.options.dateHeadings ? headingDate(heading.text) : void 0;
    if (date && this.built.openDateGroup(heading, date)) return;
    this.built.openSection(heading, number);
  }
  /** A delimiter row right under a row read as an entry: that row was the table's header. */
  tableHeader(line) {
    const header = this.built.entry;
    if (!header || header.line !== line.number - 1 || !TABLE_DELIMITER.test(line.content)) {
      return false;
    }
    const row = this.previousLine;
    this.built.openTable(
      splitCells(row).map((c) => c.trim()),
      /^\|[^ \t]/.test(row.trim()),
      line
    );
    this.built.markContent(line.end, line.number);
    return true;
  }
  /** The paragraph above the underline is a heading: undo its counting as section content. */
  setextHeading(line, scanned) {
    const paragraph = this.paragraph;
    this.built.restore(paragraph);
    const text = cleanHeadingText(paragraph.text.join(" "));
    const { start, line: first } = paragraph;
    const strays = this.built.section.strays;
    const from = strays.findIndex((s) => s.line >= first);
    const moved = from === -1 ? [] : strays.splice(from);
    this.built.openSection(
      { level: scanned.level, text, line: first, start, end: line.end },
      line.number
    );
    this.built.section.strays.push(...moved);
    this.paragraph = void 0;
  }
  /** Whether the line belongs to the open entry (taken in), or closes it (false). */
  continueEntry(entry, line, scanned) {
    if (entry.headed) {
      if (scanned.kind !== "blank") extendEntry(entry, line);
      return true;
    }
    if (entry.inBlock) {
      extendEntry(entry, line);
      entry.inBlock = this.scanner.insideBlock;
      return true;
    }
    if (scanned.kind === "blank") {
      entry.afterBlank = true;
      return true;
    }
    const base = scanned.indent >= this.nest ? this.nest : 0;
    const startsNew = (scanned.kind !== "text" || this.options.tableRows === true) && this.options.startsEntry(dedent(line.content, base)) && scanned.indent < Math.min(base + 4, entry.contentIndent);
    if (!startsNew && !this.options.tableRows && continuesEntry(entry, scanned)) {
      extendEntry(entry, line);
      entry.afterBlank = false;
      entry.inBlock = this.scanner.insideBlock;
      return true;
    }
    this.built.closeEntry();
    return false;
  }
  isEntryStart(line, scanned) {
    const paragraphStart = PARAGRAPH_AFTER.has(this.previousKind);
    const pending = this.group?.contentIndent ?? 0;
    const nest = Math.max(this.nest, scanned.indent >= pending ? pending : 0);
    const base = scanned.indent >= nest ? nest : 0;
    return scanned.indent < base + 4 && (scanned.kind === "list-item" || scanned.kind === "text" && (paragraphStart || this.options.tableRows === true)) && this.options.startsEntry(dedent(line.content, base)) && !isContentsLine(line.content);
  }
  startEntry(line, scanned, headed = false) {
    this.paragraph = void 0;
    this.built.entry = {
      start: line.start,
      end: line.end,
      line: line.number,
      lastLine: line.number,
      contentIndent: scanned.contentIndent ?? 2,
      afterBlank: false,
      inBlock: this.scanner.insideBlock,
      ...headed ? { headed } : {}
    };
  }
  /** Free text, tables, quotes...: section content, and a possible setext heading's text. */
  otherContent(line, scanned) {
    const paragraphStart = PARAGRAPH_AFTER.has(this.previousKind);
    if (isStray(line.content, scanned, paragraphStart, this.options.paragraphEntries === true))
      this.built.section.strays.push({ line: line.number, content: line.content });
    if (scanned.kind !== "text") this.paragraph = void 0;
    else if (this.paragraph && this.previousKind === "text")
      this.paragraph.text.push(line.content.trim());
    else if (scanned.indent < 4) {
      const mark = this.built.contentMark();
      this.paragraph = {
        ...mark,
        start: line.start,
        line: line.number,
        text: [line.content.trim()]
      };
    }
    const folding = isDisclosureMarkup(line.content) && !this.built.contentMark().hadOther;
    if (!folding) this.built.markContent(line.end, line.number);
  }
};

// src/list/read-paper-list.ts
function readPaperList(files, format) {
  const lists = files.map((f) => readListFile(f.path, f.text, readOptions(format)));
  return namePaperList(lists, { excludeSections: format.excludeSections });
}

// src/infer/table-heads.ts
var known = /* @__PURE__ */ new WeakMap();
function headsOf(files) {
  const found = known.get(files);
  if (found) return found;
  const heads2 = tableHeads(files.map((f) => f.text));
  known.set(files, heads2);
  return heads2;
}

// src/infer/empty-paper-link.ts
var PAPER_LINK = /([ \t]*)(\[?\[(?:\\[[\]]|[^[\]\n{}])*\]\]?)\(\{paper\}\)/;
function withEmptyPaperLink(template, sample) {
  const link = PAPER_LINK.exec(template);
  if (!link || isInOptionalPart(template, link.index)) return template;
  const empty = `${link[2]}()`;
  const holding = sample.filter((entry) => entry.includes(empty)).length;
  if (holding < 2 || holding * 20 < sample.length) return template;
  const written = `{[${link[0]}]|${link[1]}${empty}}`;
  return template.slice(0, link.index) + written + template.slice(link.index + link[0].length);
}
function isInOptionalPart(template, offset) {
  const before = template.slice(0, offset);
  const closed = Math.max(before.lastIndexOf("]}"), before.lastIndexOf("]|"));
  return before.lastIndexOf("{[") > closed;
}

// src/infer/line-end-blanks.ts
function withFirstLineEnd(template, sample) {
  const end = template.indexOf("\n");
  const first = end === -1 ? template : template.slice(0, end);
  if (!/[^ \t][ \t]$/.test(first) || sample.length === 0) return template;
  const blank = sample.filter((entry) => /[ \t]$/.test(entry.slice(0, lineEnd(entry)))).length;
  if (blank * 2 >= sample.length) return template;
  return first.slice(0, -1) + (end === -1 ? "" : template.slice(end));
}
function joinedByLineEnds(counted) {
  const groups = /* @__PURE__ */ new Map();
  for (const skeleton of counted) {
    const key = skeleton.source.replace(/[ \t]+$/gm, "");
    groups.set(key, [...groups.get(key) ?? [], skeleton]);
  }
  const joined = [...groups.values()].map((variants) => ({ variants, count: variants.reduce((n, v) => n + v.count, 0) })).sort((a, b) => b.count - a.count);
  const topEnds = lineEnds(joined[0]?.variants[0]?.source ?? "");
  return joined.map(({ variants, count: count3 }, i) => {
    const alike = i > 0 && variants.find((v) => lineEnds(v.source) === topEnds);
    return { source: (alike || variants[0]).source, count: count3 };
  });
}
function lineEnds(source) {
  return JSON.stringify(source.match(/[ \t]*$/gm));
}

// src/infer/classify-text.ts
var DELIMITER = new RegExp("(\\s*[()[\\]{};|]\\s*|,\\s+|(?<!(?:^|\\s)\\p{Lu}|\\bal)\\.\\s+|(?<=\\bet al\\.)\\s+|(?<!\\bal)\\.$|\\s+[-–—]\\s+|\\s*\\\\$|\\s*<\\/?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>\\n]*)?\\/?>\\s*|^\\s+|\\s+$)", "u");
var VENUE_NAME = /^(?:arxiv|[A-Z][\w&+-]*(?:\s+[A-Z][\w&+-]*){0,2})$/i;
var YEAR2 = /^(?:19|20)\d\d$/;
var VENUE = /^(?:[A-Za-z][\w&+'’./-]*,?\s+){1,6}(?:19|20)\d\d(?:\.\d{1,2})?(?:\s+[A-Z][\w-]*){0,2}$|^[A-Z][\w&+-]*(?:(?:19|20)\d\d|['’‘]\d\d)$|^(?:[A-Z][\w&+-]*\s+){0,3}[A-Z][\w&+-]* ?['’‘] ?\d\d$|^[aA][rR][xX][iI][vV][\s:]+\d\d[./]\d\d(?:[./]\d\d)?$/;
var PARTICLE = /^(?:van|von|de|der|den|da|di|du|del|dos|le|la|el|bin|al|ten|ter|y)$/;
var NAME_WORD = new RegExp("^(?:\\p{Lu}[\\p{L}'’-]*\\.?|\\p{Lu}\\.(?:-?\\p{Lu}\\.)*|et|al\\.?)$", "u");
function isName(text) {
  const words = text.trim().replace(/\*$/, "").split(/\s+/);
  if (words.length === 0 || words.length > 6 || words[0] === "") return false;
  return words.every((w) => NAME_WORD.test(w) || PARTICLE.test(w)) && new RegExp("\\p{Lu}", "u").test(words[0]);
}
function isNameList(text) {
  const trimmed = text.trim().replace(/\.$/, "").replace(/^and\s+/, "");
  const names = trimmed.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/).filter((n) => n !== "");
  const strong = names.length > 1 || /\s/.test(trimmed) || /et al/.test(trimmed);
  return strong && names.length > 0 && names.every(isName);
}
function isVenue(text) {
  return VENUE.test(text.trim()) && new RegExp("^(?:\\p{Lu}|[aA][rR][xX][iI][vV])", "u").test(text.trim());
}
function classifyText(text, used) {
  const dated = yearVenuePrefix(text, used);
  if (dated !== void 0) return dated;
  const parts = text.split(DELIMITER);
  let out = "";
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i];
    if (i % 2 === 1 || part === "") {
      out += part;
      continue;
    }
    const names = namesFrom(parts, i);
    if (names >= i && !used.has("authors")) {
      used.add("authors");
      out += "{authors}";
      i = names;
      continue;
    }
    if (isMonthBeforeYear(parts, i, used)) {
      used.add("venue");
      out += "{venue}";
      i += 2;
      continue;
    }
    if (isVenueBeforeYear(parts, i, used)) {
      used.add("venue").add("year");
      out += `{venue}${parts[i + 1]}{year}`;
      i += 2;
      continue;
    }
    out += valueOf(part, used) ?? part;
  }
  return out;
}
var YEAR_VENUE = /^([ \t]*)((?:19|20)\d\d)-([A-Z][\w&+]{1,15})-$/;
function yearVenuePrefix(text, used) {
  const match = YEAR_VENUE.exec(text);
  if (!match || used.has("year") || used.has("venue") || !isVenue(`${match[3]} ${match[2]}`))
    return void 0;
  used.add("year").add("venue");
  return `${match[1]}{year}-{venue}-`;
}
function namesFrom(parts, i) {
  let last = i - 1;
  for (let j = i; j < parts.length; j += 2) {
    if (!isNameList(parts[j])) break;
    last = j;
    const delimiter = parts[j + 1];
    if (delimiter === void 0 || !/^,\s+$/.test(delimiter)) break;
  }
  return last;
}
function isMonthBeforeYear(parts, i, used) {
  if (used.has("venue") || used.has("year")) return false;
  const delimiter = parts[i + 1];
  return /^[A-Za-z]{3,9}\.?$/.test(parts[i]) && monthNumber(parts[i].replace(/\.$/, "")) !== void 0 && delimiter !== void 0 && /^,\s+$/.test(delimiter) && YEAR2.test(parts[i + 2] ?? "");
}
function isVenueBeforeYear(parts, i, used) {
  if (used.has("venue") || used.has("year")) return false;
  const delimiter = parts[i + 1];
  return VENUE_NAME.test(parts[i]) && delimiter !== void 0 && /^,\s+$/.test(delimiter) && YEAR2.test(parts[i + 2] ?? "");
}
var DAY = /^(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d|(?:19|20)\d\d([./])\d{1,2}(?:\1\d{1,2})?)$/;
function valueOf(part, used) {
  if (DAY.test(part) && !used.has("notes")) {
    used.add("notes");
    return "{notes}";
  }
  if (YEAR2.test(part) && !used.has("year") && !used.has("venue")) {
    used.add("year");
    return "{year}";
  }
  if (isVenue(part) && !used.has("venue") && !used.has("year")) {
    used.add("venue");
    return "{venue}";
  }
  return void 0;
}

// src/infer/link-run.ts
var LINK_WORD = /^(?:pdf|paper|papers|arxiv|link|url|abs|html|doi|openreview|acl|code|github|project|page|website|blog|video|slides?|poster|demo|data(?:set)?|model|weights|hf|hugging ?face|bib(?:tex)?|supp|talk|youtube|colab|tweet|\d+)$/i;
var PAPER_WORD = /^(?:pdf|paper(?: ?link)?|arxiv|link|url|abs|html|doi|openreview|acl|publication)$/i;
function linkLine(line) {
  const match = /^([ \t]*)(\[?)\[([^[\]\n]+|\[[^[\]\n]+\])\]\(([^()\s]+)\)(\]?)[ \t]*$/.exec(line);
  if (!match || !isLinkLabel(match[3])) return void 0;
  return `${match[1]}${match[2]}[${labelForm(match[3])}]({url})${match[5]}`;
}
function linkRun(pieces, from, used, written) {
  const links = [];
  const separators = [];
  let last = from;
  for (let i = from; i < pieces.length; i += 2) {
    const piece = pieces[i];
    if (piece.kind !== "link") break;
    const previous = pieces[i - 1];
    const open = previous?.kind === "text" && previous.raw.endsWith("[") ? "[" : "";
    const prior = links[links.length - 1];
    const sameForm = prior !== void 0 && labelForm(prior.label) !== "{label}" && labelForm(prior.label) === labelForm(piece.label);
    const inRun = prior !== void 0 && prior.open === open && (open === "[" || sameForm);
    if (!(isLinkLabel(piece.label) || inRun && isRunLabel(piece.label))) break;
    const next = pieces[i + 1];
    const close = next?.kind === "text" && next.raw.startsWith("]") && open ? "]" : "";
    links.push({ label: piece.label, open, close });
    last = i;
    const between = next?.kind === "text" ? next.raw.slice(close.length) : void 0;
    if (between === void 0 || pieces[i + 2]?.kind !== "link") break;
    if (!/^[ \t]*(?:[|,;/·][ \t]*)?\[?$/.test(between)) break;
    separators.push(between.replace(/\[$/, ""));
  }
  const first = links[0];
  const paper = !used.has("paper") && PAPER_WORD.test(bare(first.label));
  const others = paper ? links.slice(1) : links;
  const before = written.slice(0, written.length - first.open.length);
  const lead = /[([]$/.test(before) ? "" : trailingSeparator(before) || " ";
  const separator = separators[0] ?? (paper ? " " : lead);
  const item = others[0] ? `${separator}${others[0].open}[${labelForm(others[0].label)}]({url})${others[0].close}` : void 0;
  used.add("links");
  if (paper) used.add("paper");
  const source = `${paper ? `[${first.label}]({paper})${first.close}` : ""}{links}`;
  return {
    source,
    ...item ? { linkItem: item } : {},
    last,
    takes: links[links.length - 1].close.length,
    before: (text) => paper ? text : withoutTrailingSeparator(text.slice(0, text.length - first.open.length))
  };
}
function labelForm(label) {
  const escaped = /^\\\[([^[\]\\`*_]+)\\\]$/.exec(label);
  if (escaped) return "\\[{label}\\]";
  if (/^`\[[^[\]`*_]+\]`$/.test(label)) return "`[{label}]`";
  const wrapped = /^(\[|`|\*\*|__|\*|_)(.+?)(\]|`|\*\*|__|\*|_)$/s.exec(label);
  if (!wrapped) return "{label}";
  const [, open, inner, close] = wrapped;
  const pairs = open === "[" ? close === "]" : open === close;
  return pairs && !/[`*_[\]]/.test(inner) ? `${open}{label}${close}` : "{label}";
}
function isRunLabel(label) {
  const text = bare(label);
  return text.length <= 40 && text.split(/\s+/).length <= 5;
}
function isLinkWord(label) {
  return LINK_WORD.test(bare(label));
}
function bare(label) {
  return label.replace(/[*_`]/g, "").replace(/^\\?\[|\\?\]$/g, "").trim();
}
function isLinkLabel(label) {
  const text = bare(label).replace(/(?<=\S)\s*\([^()]*\)$/, "");
  return LINK_WORD.test(text) || text.split(/\s+/).length <= 2 && text.length <= 16;
}
var SEPARATORS = "|,;/·";
function trailingSeparator(text) {
  let start = text.length;
  while (isBlank(text[start - 1])) start -= 1;
  if (start > 0 && SEPARATORS.includes(text[start - 1])) {
    start -= 1;
    while (isBlank(text[start - 1])) start -= 1;
  }
  return text.slice(start);
}
function withoutTrailingSeparator(text) {
  return text.slice(0, text.length - trailingSeparator(text).length);
}

// src/infer/labelled-values.ts
function venueLink(piece, used) {
  const taken = ["venue", "year", "paper"].some((name) => used.has(name));
  if (piece.kind !== "link" || taken) return void 0;
  const bracketed = /^\[([^[\]]+)\]$/.exec(piece.label.trim());
  const label = (bracketed?.[1] ?? piece.label).trim();
  const named = isLinkLabel(label) && /^[A-Z0-9]/.test(label) && !isLinkWord(label);
  if (!named || canonicalVenue(label.replace(YEAR_AT_END, "")) === void 0) return void 0;
  if (used.has("title") && parseVenueDate(label) === void 0) return void 0;
  used.add("venue").add("paper");
  return bracketed ? "[[{venue}]]({paper})" : "[{venue}]({paper})";
}
function arxivIdLink(piece, used) {
  if (piece.kind !== "link" || used.has("paper") || used.has("arxiv")) return void 0;
  const match = ARXIV_ID_LABEL.exec(piece.label);
  if (!match) return void 0;
  used.add("paper").add("arxiv");
  return `[${match[1]}{arxiv}${match[2]}]({paper})`;
}
var ARXIV_ID_LABEL = /^(\\?\[?arxiv:[ \t]*)\d{4}\.\d{4,5}(?:v\d+)?(\\?\]?)$/i;
var YEAR_AT_END = /[\s'’]*(?:(?:19|20)\d\d|\d\d)$/;
var FIELD_LINE = new RegExp("^((?:\\p{Lu}[\\p{L}-]*)(?: [\\p{L}-]+){0,2}:[ \\t]+)([^\\s[\\]()<>*_`|][^[\\]()<>*_`|\\n]*)$", "u");
function fieldLine(content, used) {
  const match = FIELD_LINE.exec(content);
  if (!match || used.has("notes")) return void 0;
  if (/author/i.test(match[1]) || /(?:19|20)\d\d/.test(match[2])) return void 0;
  used.add("notes");
  return `${match[1]}{notes}`;
}
var NAME_BEFORE = /^([\p{L}\p{N}][\p{L}\p{N}.+_-]{0,30})([ \t]+[-–—][ \t]+|[ \t]*:[ \t]+)$/u;
function nameBeforeTitle(piece, next, used) {
  if (piece.kind !== "text" || next?.kind !== "link" || used.has("abbreviation")) return void 0;
  const match = NAME_BEFORE.exec(piece.raw);
  if (!match || !new RegExp("\\p{L}", "u").test(match[1]) || next.label.trim().split(/\s+/).length < 3)
    return void 0;
  if (canonicalVenue(match[1]) !== void 0) return void 0;
  used.add("abbreviation");
  return `{abbreviation}${match[2]}`;
}
function withArxivId(source, lines) {
  const id = lines.map(arxivId).find((found) => found !== void 0);
  if (!id || source.includes("{arxiv}")) return source;
  const at = source.toLowerCase().indexOf(id);
  const inAddress = /arxiv\.org\/(?:abs|pdf)\/$/i.test(source.slice(0, at));
  if (at === -1 || !inAddress && /[\w./]/.test(source[at - 1] ?? "")) return source;
  const version = /^v\d+/.exec(source.slice(at + id.length))?.[0] ?? "";
  const end = at + id.length + version.length;
  if (/[\w/]/.test(source[end] ?? "")) return source;
  return `${source.slice(0, at)}{arxiv}${source.slice(end)}`;
}

// src/infer/line-pieces.ts
var URL2 = "[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*";
var LABEL = "(?:[^\\[\\]\\n]|\\[[^\\[\\]\\n]*\\])*";
var PIECE = new RegExp(
  [
    // A badge: an image, or a link around an image.
    `\\[!\\[[^\\]\\n]*\\]\\(${URL2}\\)\\]\\(${URL2}\\)`,
    `!\\[[^\\]\\n]*\\]\\(${URL2}\\)`,
    `\\[(${LABEL})\\]\\((${URL2})\\)`,
    "\\*\\*(?=\\S)(.+?)\\*\\*",
    "__(?=\\S)(.+?)__",
    "\\*(?=[^*\\s])([^*]+?)\\*",
    "(?<![\\w])_(?=[^_\\s])([^_]+?)_(?![\\w])",
    "`([^`]+)`",
    '"([^"\\n]+)"',
    "“([^”\\n]+)”"
  ].join("|"),
  "g"
);
function linePieces(line) {
  const pieces = [];
  let at = 0;
  for (const match of line.matchAll(PIECE)) {
    if (match.index > at) pieces.push({ kind: "text", raw: line.slice(at, match.index) });
    pieces.push(pieceOf(match));
    at = match.index + match[0].length;
  }
  if (at < line.length) pieces.push({ kind: "text", raw: line.slice(at) });
  return pieces;
}
function pieceOf(match) {
  const raw = match[0];
  if (raw.startsWith("!") || raw.startsWith("[![")) return { kind: "badge", raw };
  if (match[1] !== void 0) return { kind: "link", raw, label: match[1], url: match[2] };
  const [open, close] = markers(raw);
  return {
    kind: "wrapped",
    raw,
    open,
    close,
    inner: raw.slice(open.length, raw.length - close.length)
  };
}
function markers(raw) {
  if (raw.startsWith("**") || raw.startsWith("__")) return [raw.slice(0, 2), raw.slice(0, 2)];
  if (raw.startsWith("“")) return ["“", "”"];
  return [raw[0], raw[0]];
}
function withInlineEmphasis(pieces) {
  const out = [];
  for (let i = 0; i < pieces.length; i += 1) {
    const piece = pieces[i];
    const before = out[out.length - 1];
    const after = pieces[i + 1];
    const inline = piece.kind === "wrapped" && /^[*_]/.test(piece.open) && before?.kind === "text" && after?.kind === "text" && /[\p{L}\p{N}][ \t]$/u.test(before.raw) && /^(?:[ \t][\p{L}\p{N}]|[,;:.][ \t])/u.test(after.raw);
    if (inline) {
      out[out.length - 1] = { kind: "text", raw: before.raw + piece.raw + after.raw };
      i += 1;
    } else out.push(piece);
  }
  return out;
}

// src/infer/brackets.ts
function balanced(text) {
  let square = 0;
  let round = 0;
  for (const char of text) {
    if (char === "[") square += 1;
    else if (char === "]") square -= 1;
    else if (char === "(") round += 1;
    else if (char === ")") round -= 1;
    if (square < 0 || round < 0) return false;
  }
  return square === 0 && round === 0;
}
function wholeMarkup(text) {
  return balanced(text) && (text.match(/\*\*/g)?.length ?? 0) % 2 === 0;
}

// src/infer/title-split.ts
var SHORTEST = 8;
var TITLE_START = /[\p{L}\p{N}“"]/u;
var BLANK = /\s/u;
var LINE_END2 = /[\n\r\u2028\u2029]/;
function splitPlainTitle(raw) {
  const cps = Array.from(raw);
  const ends = endings(cps);
  let first = 0;
  while (first < cps.length && !TITLE_START.test(cps[first])) first += 1;
  let stop = first;
  while (stop < cps.length && !LINE_END2.test(cps[stop])) stop += 1;
  for (let end = first + SHORTEST; end <= stop; end += 1) {
    if (ends.at(end)) return split(cps, first, end);
  }
  for (let end = Math.min(first + SHORTEST, cps.length + 1) - 1; end >= SHORTEST; end -= 1) {
    const start = end - SHORTEST;
    if (cps.slice(start, end).some((c) => LINE_END2.test(c))) continue;
    if (ends.at(end)) return split(cps, start, end);
  }
  return void 0;
}
function split(cps, start, end) {
  return {
    prefix: cps.slice(0, start).join(""),
    title: cps.slice(start, end).join(""),
    rest: cps.slice(end).join("")
  };
}
function endings(cps) {
  const blank = (i) => i < cps.length && BLANK.test(cps[i]);
  let lastLineEnd = -1;
  cps.forEach((c, i) => {
    if (LINE_END2.test(c)) lastLineEnd = i;
  });
  let blanksFrom = cps.length;
  while (blanksFrom > 0 && blank(blanksFrom - 1)) blanksFrom -= 1;
  const delimiter = (i) => {
    const c = cps[i];
    const next = cps[i + 1];
    if ((c === "." || c === ",") && blank(i + 1)) return 2;
    if (!blank(i)) return 0;
    if (next === "(" || next === "[") return 2;
    if (next === "<" && /[A-Za-z/]/.test(cps[i + 2] ?? "")) return 2;
    return next !== void 0 && "-–—|".includes(next) && blank(i + 2) ? 3 : 0;
  };
  return {
    at(end) {
      const length = delimiter(end);
      if (length > 0 && lastLineEnd < end + length) return true;
      return end >= blanksFrom || cps[end] === "." && end + 1 >= blanksFrom;
    }
  };
}

// src/infer/plain-title.ts
function plainTextTitle(raw, first, used) {
  return (first ? venueThenTitle(raw, used) : void 0) ?? plainTitle(raw, first, used);
}
var LEAD_VENUE = /^([ \t]*(?:[•·][ \t]+)?(?:\\\[|[([]))([^()[\]\\\n]{2,40})((?:\\\]|[)\]])[ \t]+)(?=\S)/;
var YEAR_FIRST = /^(?:19|20)\d\d[ \t]+[A-Z][\w&+-]*$/;
function venueThenTitle(raw, used) {
  const lead = used.has("venue") ? null : LEAD_VENUE.exec(raw);
  if (!lead || !(isVenue(lead[2]) || YEAR_FIRST.test(lead[2]))) return void 0;
  used.add("venue");
  const title = plainTitle(raw.slice(lead[0].length), true, used);
  if (title === void 0) used.delete("venue");
  return title === void 0 ? void 0 : `${lead[1]}{venue}${lead[3]}${title}`;
}
function plainTitle(raw, first, used) {
  const split2 = splitPlainTitle(raw);
  const odd = split2 !== void 0 && (/\b[a-z][a-z0-9+.-]*:\/\//i.test(split2.title) || !balanced(split2.title));
  if (!split2 || odd || !isTitleText(split2.title)) return void 0;
  if (!first && split2.title.split(/\s+/).length < 3) return void 0;
  used.add("title");
  return `${split2.prefix}{title}${classifyText(split2.rest, used)}`;
}
var ARXIV_LABEL = /^\\?\[?arxiv:\s*\d{4}\.\d{4,5}(?:v\d+)?\\?\]?$/i;
function isTitleText(text) {
  const plain = text.replace(/[*_`"“”]/g, "").trim();
  if (plain.length < 4 || isVenue(plain) || ARXIV_LABEL.test(plain)) return false;
  return plain.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length >= 2 || plain.length >= 12;
}

// src/infer/heading-title.ts
var LINKED = /\]\(<?https?:\/\//;
function headingTitle(line) {
  const marks = /^[ \t]{0,3}#{1,6}[ \t]+/.exec(line)?.[0];
  if (marks === void 0) return void 0;
  const rest = line.slice(marks.length);
  if (rest === "" || /[\r\n\u2028\u2029]/.test(rest)) return void 0;
  const open = OPENING_MARKS.find((mark) => rest.length > mark.length && rest.startsWith(mark));
  const inner = withoutTrailingBlanks(rest).slice(open.length);
  if (inner === "") return void 0;
  const close = CLOSING_MARKS.find((mark) => inner.length > mark.length && inner.endsWith(mark));
  const paired = open === "[" ? close === "]" : open === close;
  if (!paired) return void 0;
  const title = inner.slice(0, inner.length - close.length);
  return { source: `${marks}${open}{title}${close}`, title: title.trim() };
}
var OPENING_MARKS = ["[", "**", "__", ""];
var CLOSING_MARKS = ["]", "**", "__", ""];

// src/infer/badge-lines.ts
var ARXIV_BADGE = /\]\(https?:\/\/arxiv\.org\/(?:abs|pdf)\/\d{4}\.\d{4,5}[^)]*\)$/;
var BADGE_LINE = /^[ \t]*\[?!\[[^\]\n]*\]\([^()\s]*\)(?:\]\([^()\s]*\))?[ \t]*$/;
function optionalBadgeLines(source) {
  return source.split("\n").map(
    (line, i) => i > 0 && BADGE_LINE.test(line) && /\{(?:repo|arxiv)\}/.test(line) ? `{[${line}]}` : line
  ).join("\n");
}

// src/infer/entry-skeleton.ts
var MARKER = /^([ \t]*)(?:([-*+])|(\d{1,9})([.)]))([ \t]+)/;
function entrySkeleton(lines) {
  const used = /* @__PURE__ */ new Set();
  let linkItem;
  const out = [];
  const heading = headingLine(lines[0] ?? "", used);
  if (heading) {
    linkItem = heading.linkItem;
    out.push(heading.source);
  }
  lines.forEach((line, index) => {
    if (heading && index === 0) return;
    const own = linkLine(line);
    if (index > 0 && own && out[out.length - 1]?.endsWith("{links}")) {
      linkItem ??= `
${own}`;
      return;
    }
    let prefix = "";
    let content = line;
    if (index === 0) {
      const marker = MARKER.exec(line);
      if (marker) {
        prefix = marker[2] ? `${marker[1]}${marker[2]}${marker[5]}` : `{number}${marker[4]}${marker[5]}`;
        if (marker[3]) used.add("number");
        content = line.slice(marker[0].length);
      }
    } else {
      const marker = /^[ \t]*(?:[-*+][ \t]+)?/.exec(line)[0];
      prefix = marker;
      content = line.slice(marker.length);
      if (heading?.title && content.startsWith(heading.title)) {
        prefix += "{title}";
        content = content.slice(heading.title.length);
      }
    }
    const field = index > 0 ? fieldLine(content, used) : void 0;
    if (field !== void 0) {
      out.push(prefix + field);
      return;
    }
    const pieces = linePieces(content);
    const written = lineSkeleton(
      index === 0 ? withInlineEmphasis(pieces) : pieces,
      used,
      index === 0
    );
    linkItem ??= written.linkItem;
    out.push(prefix + written.source);
  });
  const source = optionalBadgeLines(withArxivId(out.join("\n"), lines));
  return { source, ...linkItem ? { linkItem } : {} };
}
function headingLine(line, used) {
  const heading = headingTitle(line);
  if (!heading) return void 0;
  if (!LINKED.test(heading.title)) {
    used.add("title");
    return heading;
  }
  const marks = /^[ \t]{0,3}#{1,6}[ \t]+/.exec(line)[0];
  const written = lineSkeleton(
    withInlineEmphasis(linePieces(line.slice(marks.length))),
    used,
    true
  );
  return {
    source: marks + written.source,
    ...written.linkItem ? { linkItem: written.linkItem } : {}
  };
}
function cellSkeleton(cell) {
  const result = lineSkeleton(linePieces(cell.trim()), /* @__PURE__ */ new Set(["abbreviation"]), true);
  return { source: result.source, ...result.linkItem ? { linkItem: result.linkItem } : {} };
}
function rowSkeleton(row) {
  const used = /* @__PURE__ */ new Set();
  let linkItem;
  const cells = splitCells(row);
  const written = cells.map((cell) => {
    const result = lineSkeleton(linePieces(cell.trim()), used, true);
    linkItem ??= result.linkItem;
    return result.source;
  });
  const lead = row.trimStart().startsWith("|") ? "| " : "";
  const trail = row.trimEnd().endsWith("|") ? " |" : "";
  return { source: `${lead}${written.join(" | ")}${trail}`, ...linkItem ? { linkItem } : {} };
}
function lineSkeleton(given, used, titleLine) {
  const pieces = [...given];
  let source = "";
  let linkItem;
  for (let i = 0; i < pieces.length; i += 1) {
    const piece = pieces[i];
    const linked = venueLink(piece, used) ?? arxivIdLink(piece, used);
    if (linked !== void 0) {
      source += linked;
      continue;
    }
    const named = i === 0 && titleLine ? nameBeforeTitle(piece, pieces[1], used) : void 0;
    if (named !== void 0) {
      source += named;
      continue;
    }
    if (piece.kind === "link" && isLinkLabel(piece.label) && !used.has("links")) {
      const run = linkRun(pieces, i, used, source);
      source = run.before(source) + run.source;
      linkItem ??= run.linkItem;
      i = run.last;
      const next = pieces[i + 1];
      if (run.takes > 0 && next?.kind === "text") {
        pieces[i + 1] = { kind: "text", raw: next.raw.slice(run.takes) };
      }
      continue;
    }
    const venue = wrappedVenueBeforeYear(piece, pieces[i + 1], used);
    if (venue) {
      source += venue.source;
      pieces[i + 1] = { kind: "text", raw: venue.rest };
      continue;
    }
    const title = !used.has("title") && titleLine ? titleOf(piece, i === 0, used) : void 0;
    if (title !== void 0) {
      source += title;
      continue;
    }
    source += valueOf2(piece, used);
  }
  return { source, ...linkItem ? { linkItem } : {} };
}
function titleOf(piece, first, used) {
  if (piece.kind === "link" && isTitleText(piece.label)) {
    used.add("title").add("paper");
    const cited = citedTitle(piece.label) !== void 0;
    return `[${cited ? "{title}" : wrapTitle(piece.label)}]({paper})`;
  }
  if (piece.kind === "wrapped") {
    const inner = linePieces(piece.inner);
    const only = inner.length === 1 ? inner[0] : void 0;
    if (only?.kind === "link" && isTitleText(only.label)) {
      used.add("title").add("paper");
      return `${piece.open}[${wrapTitle(only.label)}]({paper})${piece.close}`;
    }
    if (piece.open !== "`" && isTitleText(piece.inner) && !isNameList(piece.inner)) {
      used.add("title");
      return `${piece.open}${venueInTitle(piece.inner, used) ?? wrapTitle(piece.inner)}${piece.close}`;
    }
  }
  if (piece.kind === "text" && !isNameList(piece.raw)) {
    return plainTextTitle(piece.raw, first, used);
  }
  return void 0;
}
function shortName(piece, used) {
  if (piece.kind !== "wrapped" || used.has("title") || used.has("abbreviation")) return void 0;
  if (piece.open === "`" || piece.open === '"' || piece.open === "“") return void 0;
  const inner = /^(\[?)([^[\]\s]+(?: [^[\]\s]+)?)(\]?)$/.exec(piece.inner);
  if (!inner || inner[2].length > 30 || isVenue(inner[2])) return void 0;
  used.add("abbreviation");
  return `${piece.open}${inner[1]}{abbreviation}${inner[3]}${piece.close}`;
}
function wrappedVenueBeforeYear(piece, next, used) {
  if (piece.kind !== "wrapped" || next?.kind !== "text" || used.has("venue") || used.has("year"))
    return void 0;
  const year = /^(,?\s+)((?:19|20)\d\d)(?!\d)/.exec(next.raw);
  if (!year || !/^(?:arxiv|[A-Z][\w&+-]*(?:\s+[A-Z][\w&+-]*){0,2})$/i.test(piece.inner))
    return void 0;
  used.add("venue").add("year");
  return {
    source: `${piece.open}{venue}${piece.close}${year[1]}{year}`,
    rest: next.raw.slice(year[0].length)
  };
}
function valueOf2(piece, used) {
  const short = shortName(piece, used);
  if (short !== void 0) return short;
  const stars = piece.kind === "badge" && !used.has("repo") ? starBadgeTemplate(piece.raw) : void 0;
  if (stars !== void 0) {
    used.add("repo");
    return stars;
  }
  if (piece.kind === "text") return classifyText(piece.raw, used);
  if (piece.kind === "wrapped") {
    const inner = piece.inner.replace(/[.,]$/, "");
    const end = piece.inner.slice(inner.length);
    if (!used.has("authors") && isNameList(inner)) {
      used.add("authors");
      return `${piece.open}{authors}${end}${piece.close}`;
    }
    const dated = used.has("venue") || used.has("year");
    const year = !used.has("year") && YEAR2.test(inner);
    const named = !dated && isVenue(inner) ? "venue" : year ? "year" : "";
    if (named) {
      used.add(named);
      return `${piece.open}{${named}}${end}${piece.close}`;
    }
    const boxed = /^\[([^[\]]+)\]$/.exec(inner);
    if (boxed && !dated && isVenue(boxed[1])) {
      used.add("venue");
      return `${piece.open}[{venue}]${end}${piece.close}`;
    }
  }
  if (used.has("notes") || piece.kind === "badge" && ARXIV_BADGE.test(piece.raw))
    return piece.raw;
  used.add("notes");
  return piece.kind === "wrapped" ? `${piece.open}{notes}${piece.close}` : "{notes}";
}
function venueInTitle(inner, used) {
  const venued = /^(.*\S)( \()([^()]+)(\)\.?)$/s.exec(inner);
  if (!venued || used.has("venue") || !isVenue(venued[3]) || !isTitleText(venued[1]))
    return void 0;
  used.add("venue");
  return `{title}${venued[2]}{venue}${venued[4]}`;
}
function wrapTitle(label) {
  const match = /^([*_]*)(.*?)([.;]?)([*_]*)$/s.exec(label);
  return `${match[1]}{title}${match[3]}${match[4]}`;
}

// src/infer/merge-skeletons.ts
var PLACEHOLDER_OR_CHAR = /\{[a-z]+\}|[\s\S]/gu;
function mergeSkeletons(skeletons2, minShare = 0.03) {
  const total = skeletons2.reduce((n, s) => n + s.count, 0);
  const [top, ...rest] = skeletons2;
  if (!top) return "";
  let base = tokens(top.source).map((text) => ({ text }));
  const parts = { next: 0 };
  for (const other of rest) {
    if (other.count < Math.max(2, total * minShare)) break;
    const theirs = tokens(other.source);
    base = withOptional(base, theirs, parts) ?? widened(base, theirs, parts) ?? base;
  }
  return render(base);
}
function tokens(source) {
  return source.match(PLACEHOLDER_OR_CHAR) ?? [];
}
function withOptional(base, other, parts) {
  const kept = alignment(
    base.map((t) => t.text),
    other
  );
  if (!kept) return void 0;
  const fresh = base.map((t, i) => !kept[i] && t.part === void 0);
  const ids = runIds(fresh, parts);
  const split2 = /* @__PURE__ */ new Map();
  const next = base.map((t, i) => {
    if (fresh[i]) return { text: t.text, part: ids[i] };
    if (t.part === void 0 || kept[i]) return t;
    const key = String(t.part);
    if (!split2.has(key)) split2.set(key, parts.next += 1);
    return { text: t.text, part: split2.get(key) };
  });
  const heldTogether = partsContiguous(next);
  return heldTogether && runsHoldValues(next, new Set(ids.filter((_, i) => fresh[i]))) ? next : void 0;
}
function partsContiguous(tokens2) {
  const closed = /* @__PURE__ */ new Set();
  let open;
  for (const { part } of tokens2) {
    if (part === open) continue;
    if (open !== void 0) closed.add(open);
    if (part !== void 0 && closed.has(part)) return false;
    open = part;
  }
  return true;
}
function runIds(marked, parts) {
  return marked.map((m, i) => {
    if (m && (i === 0 || !marked[i - 1])) parts.next += 1;
    return parts.next;
  });
}
function widened(base, other, parts) {
  const kept = alignment(
    other,
    base.map((t) => t.text)
  );
  if (!kept) return void 0;
  const ids = runIds(
    kept.map((k) => !k),
    parts
  );
  const carried = kept.filter(Boolean).length === base.length;
  let matched = 0;
  const next = other.map((text, i) => {
    if (!kept[i]) return { text, part: ids[i] };
    const part = carried ? base[matched++].part : void 0;
    return part === void 0 ? { text } : { text, part };
  });
  const fresh = new Set(ids.filter((_, i) => !kept[i]));
  return partsContiguous(next) && runsHoldValues(next, fresh) ? next : void 0;
}
function alignment(longer, shorter) {
  const n = longer.length;
  const m = shorter.length;
  if (m >= n || n * m > 25e4) return void 0;
  const lcs = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j2 = m - 1; j2 >= 0; j2 -= 1) {
      lcs[i][j2] = longer[i] === shorter[j2] ? lcs[i + 1][j2 + 1] + 1 : Math.max(lcs[i + 1][j2], lcs[i][j2 + 1]);
    }
  }
  if (lcs[0][0] !== m) return void 0;
  const kept = new Array(n).fill(false);
  let j = 0;
  for (let i = 0; i < n && j < m; i += 1) {
    if (longer[i] === shorter[j] && lcs[i][j] === lcs[i + 1][j + 1] + 1) {
      kept[i] = true;
      j += 1;
    }
  }
  return balancedGaps(longer, shiftGapsLeft(longer, kept));
}
function balancedGaps(tokens2, kept) {
  let start = 0;
  while (start < tokens2.length) {
    if (kept[start]) {
      start += 1;
      continue;
    }
    let end = start;
    while (end + 1 < tokens2.length && !kept[end + 1]) end += 1;
    let [from, to] = [start, end];
    while (!balanced(tokens2.slice(from, to + 1).join("")) && to + 1 < tokens2.length && kept[to + 1] && tokens2[to + 1] === tokens2[from]) {
      [from, to] = [from + 1, to + 1];
    }
    if (balanced(tokens2.slice(from, to + 1).join("")) && from !== start) {
      for (let i = start; i <= end; i += 1) kept[i] = true;
      for (let i = from; i <= to; i += 1) kept[i] = false;
    }
    start = to + 1;
  }
  return kept;
}
function shiftGapsLeft(tokens2, kept) {
  let i = tokens2.length - 1;
  while (i >= 0) {
    if (kept[i]) {
      i -= 1;
      continue;
    }
    let end = i;
    let start = i;
    while (start > 0 && !kept[start - 1]) start -= 1;
    while (start > 0 && tokens2[start - 1] === tokens2[end]) {
      kept[start - 1] = false;
      kept[end] = true;
      start -= 1;
      end -= 1;
    }
    i = start - 1;
  }
  return kept;
}
function runsHoldValues(base, fresh) {
  const runs = /* @__PURE__ */ new Map();
  const gaps = /* @__PURE__ */ new Map();
  let last;
  let between = "";
  for (const token of base) {
    if (token.part === void 0) {
      between += token.text;
      continue;
    }
    if (!runs.has(token.part)) gaps.set(token.part, { before: last, text: between });
    runs.set(token.part, (runs.get(token.part) ?? "") + token.text);
    last = token.part;
    between = "";
  }
  const valued = (id) => id !== void 0 && /\{[a-z]+\}/.test(runs.get(id));
  return [...runs].every(([id, run]) => {
    if (run.includes("{title}") || run.includes("\n")) return false;
    if (valued(id)) return true;
    const gap = gaps.get(id);
    const before = gap.before;
    return fresh.has(id) && before !== void 0 && fresh.has(before) && valued(before) && !gap.text.includes("\n");
  });
}
function render(base) {
  let out = "";
  let open;
  for (const token of base) {
    if (token.part !== open) {
      if (open !== void 0) out += "]}";
      if (token.part !== void 0) out += "{[";
      open = token.part;
    }
    out += token.text;
  }
  return open !== void 0 ? `${out}]}` : out;
}

// src/infer/link-columns.ts
var LinkLabelCounts = class {
  cells = /* @__PURE__ */ new Map();
  labels = /* @__PURE__ */ new Map();
  /**
   * Counts the labels of the links in one cell of the column `key`; of its badges too where
   * the cell shows its links as badges (src/infer/badge-cells.ts).
   */
  count(key, cell, badges = false) {
    const found = [...cell.matchAll(LINK_LABEL), ...badges ? cell.matchAll(BADGE_LABEL) : []];
    const spelt = new Set(found.map((m) => m[1].trim()));
    if (spelt.size === 0) return;
    this.cells.set(key, (this.cells.get(key) ?? 0) + 1);
    const counts = this.labels.get(key) ?? /* @__PURE__ */ new Map();
    for (const label of spelt) counts.set(label, (counts.get(label) ?? 0) + 1);
    this.labels.set(key, counts);
  }
  /**
   * The label nearly all (80%) of the column's cells with links give their links, as most spell
   * it, when at least two cells have links; `undefined` otherwise.
   */
  sharedLabel(key) {
    const cells = this.cells.get(key) ?? 0;
    if (cells < 2) return void 0;
    const byName = /* @__PURE__ */ new Map();
    for (const [spelling, n] of this.labels.get(key) ?? []) {
      const name = spelling.toLowerCase();
      const seen = byName.get(name) ?? { total: 0, spelling, most: 0 };
      seen.total += n;
      if (n > seen.most) Object.assign(seen, { spelling, most: n });
      byName.set(name, seen);
    }
    const top = [...byName.values()].sort((a, b) => b.total - a.total)[0];
    return top && top.total >= cells * 0.8 ? top.spelling : void 0;
  }
};
var LINK_LABEL = /(?<!!)\[([^\][\n]+)\]\(/g;
var BADGE_LABEL = /\[!\[([^\][\n]+)\]\([^()\s]*\)\]\(/g;
var LINKS_COLUMN = /code|github|repo|link|resource|implement/;
function labelLinkColumns(columns, heads2, counts) {
  const labelled = new Map(columns);
  for (const head of heads2) {
    const withLinks = head.filter((key) => labelled.get(key)?.includes("{links}"));
    if (withLinks.length < 2) continue;
    const keeper = withLinks.find((key) => LINKS_COLUMN.test(key)) ?? withLinks[0];
    for (const key of withLinks) {
      const label = key === keeper ? void 0 : counts.sharedLabel(key);
      if (label) labelled.set(key, labelled.get(key).replace("{links}", `{links:${label}}`));
    }
  }
  return labelled;
}

// src/infer/tally.ts
function tally(counts, key) {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
function mostCounted(counts) {
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

// src/infer/badge-cells.ts
var BADGE = /\[!\[([^\]\n]*)\]\(([^()\s]+)\)\]\(([^()\s]+)\)/g;
var STARS2 = /\/github\/stars\//;
var BADGE_ITEM = "[![{label}]({image})]({url})";
var PAPER_COLUMN = /^(?:papers?|pdf|paper links?)$/;
var BadgeCells = class {
  images = /* @__PURE__ */ new Map();
  separators = /* @__PURE__ */ new Map();
  /**
   * The skeleton of a cell of badges linking URLs, counted, and the cell's text without the
   * paper's own badge (what holds its other links); `undefined` for any other cell.
   */
  skeleton(key, cell) {
    const read = badgesOf(cell);
    if (!read) return void 0;
    const { badges, separator } = read;
    if (separator !== void 0) tally(this.separators, separator);
    const [first, ...rest] = badges;
    const paper = PAPER_COLUMN.test(key) && !STARS2.test(first[2]);
    for (const badge of paper ? rest : badges) this.countImage(badge[1], badge[2], badge[3]);
    const links = paper && rest.length === 0 ? "" : `${paper ? separator : ""}{links}`;
    const own = paper ? `[![${first[1]}](${paperImage(first[2], first[3])})]({paper})` : "";
    const others = paper ? cell.trim().slice(first[0].length) : cell;
    return { source: `${own}${links}`, linkItem: BADGE_ITEM, links: others };
  }
  /** The link format of the badges, when cells of them were read. */
  linkFormat() {
    if (this.images.size === 0) return void 0;
    const images = {};
    for (const [label, counts] of this.images) {
      const image = mostCounted(counts);
      const all = [...counts.values()].reduce((n, c) => n + c, 0);
      if (counts.get(image) * 3 >= all * 2) images[label] = image;
    }
    return {
      item: BADGE_ITEM,
      separator: mostCounted(this.separators) ?? " ",
      images
    };
  }
  countImage(label, image, url) {
    const counts = this.images.get(label) ?? /* @__PURE__ */ new Map();
    tally(counts, generalised(image, url));
    this.images.set(label, counts);
  }
};
function generalised(image, url) {
  const repo = githubRepo([{ label: "", url }]);
  const id = arxivId(url);
  let out = image;
  if (repo && out.includes(repo)) out = out.replaceAll(repo, "{repo}");
  if (id && out.includes(id)) out = out.replaceAll(id, "{arxiv}");
  return out;
}
function paperImage(image, url) {
  const id = arxivId(url);
  return id && image.includes(id) ? image.replaceAll(id, "{arxiv}") : image;
}
function badgeColumns(cells) {
  const columns = /* @__PURE__ */ new Set();
  for (const [key, cell] of cells) {
    if (columns.has(key)) continue;
    const badges = badgesOf(cell)?.badges;
    if (badges && (badges.length > 1 || !STARS2.test(badges[0][2]))) columns.add(key);
  }
  return columns;
}
function badgesOf(cell) {
  const text = cell.trim();
  const badges = [...text.matchAll(BADGE)];
  if (badges.length === 0 || badges[0].index !== 0) return void 0;
  if (badges.some((b) => b[1].trim() === "")) return void 0;
  const between = [];
  let at = 0;
  for (const badge of badges) {
    if (badge.index > at) between.push(text.slice(at, badge.index));
    at = badge.index + badge[0].length;
  }
  if (at !== text.length || between.length !== badges.length - 1 || new Set(between).size > 1)
    return void 0;
  return { badges, separator: between[0] };
}

// src/infer/learn-columns.ts
var HINTS = [
  [/venue|conference|conf\b|journal|publication|published|proceedings|^pub\.?$/, "venue"],
  [/author/, "authors"],
  [/^(?:year|date|time)$/, "year"],
  [/^(?:name|method|model|short name|abbreviation|acronym|alias)$/, "abbreviation"]
];
var EMPTY_MARKER = /^(?:-+|—|–|n\/?a|none|x|✗|:[a-z_]+:|\/)$/i;
function learnColumns(rows) {
  const cells = /* @__PURE__ */ new Map();
  const names = /* @__PURE__ */ new Map();
  const linkItems = /* @__PURE__ */ new Map();
  const dated = /* @__PURE__ */ new Map();
  const labels = new LinkLabelCounts();
  const badges = new BadgeCells();
  const badged = badgeColumns(columnCells(rows));
  for (const row of rows) {
    const head = row.head;
    if (!head) continue;
    const row0 = row.lines[0];
    splitCells(row0).forEach((cell, i) => {
      const name = head.cells[i];
      if (name === void 0) return;
      const key = columnKey(name);
      names.set(key, name.replace(/[*_`]/g, "").trim());
      const paper = paperBadge(cell, row0);
      const links = !paper && badged.has(key) ? badges.skeleton(key, cell) : void 0;
      const skeleton = paper ?? links ?? cellOf(key, cell);
      labels.count(key, links?.links ?? cell, links !== void 0);
      if (parseLoneDate(cell.trim().replace(/^([*_`]+)(.*)\1$/s, "$2"))) tally(dated, key);
      const counts = cells.get(key) ?? /* @__PURE__ */ new Map();
      tally(counts, skeleton.source);
      cells.set(key, counts);
      if (skeleton.linkItem) tally(linkItems, skeleton.linkItem);
    });
  }
  const counted = new Map(
    [...cells].map(([key, counts]) => [
      key,
      [...counts].map(([source, n]) => ({ source, count: n })).sort((a, b) => b.count - a.count)
    ])
  );
  const valued = [...counted].map(([key, c]) => [key, columnValue(c, isHinted(key))]);
  const merged = withOneTitle(new Map(valued), heads(rows));
  const finals = /* @__PURE__ */ new Map();
  for (const [key, value] of merged) {
    const count3 = counted.get(key);
    const days = (dated.get(key) ?? 0) * 2 > count3.reduce((n, c) => n + c.count, 0);
    const dates = days ? value.replace("{year}", "{notes}") : value;
    finals.set(key, hinted(key, withMarker(dates, count3), days));
  }
  const columns = {};
  for (const [key, template] of labelLinkColumns(finals, heads(rows), labels))
    columns[names.get(key)] = template;
  const badgeLinks = badges.linkFormat();
  return { columns, linkItems, ...badgeLinks ? { badges: badgeLinks } : {} };
}
function cellOf(key, cell) {
  return EMPTY_MARKER.test(cell.trim()) ? { source: cell.trim() } : titleLink(key, cellSkeleton(cell));
}
function isHinted(key) {
  return HINTS.some(([pattern]) => pattern.test(key));
}
var PAPER_COLUMN2 = /^(?:papers?|titles?|paper title|paper name)$/;
function titleLink(key, skeleton) {
  return PAPER_COLUMN2.test(key) && skeleton.source === "{links}" ? { source: "[{title}]({paper})" } : skeleton;
}
var BADGE_LINK = /^\[!\[([^\]\n]*)\]\(([^()\s]+)\)\]\(([^()\s]+)\)$/;
function paperBadge(cell, row) {
  const match = BADGE_LINK.exec(cell.trim());
  if (!match || /github\/stars\//i.test(match[2])) return void 0;
  const url = match[3];
  const elsewhere = row.split(`](${url})`).length - 1 >= 2;
  return elsewhere ? { source: `[![${match[1]}](${match[2]})]({paper})` } : void 0;
}
function columnValue(counted, named) {
  const valued = counted.filter((c) => /\{[a-z]+\}/.test(c.source));
  const words = counted.filter(
    (c) => !/\{[a-z]+\}/.test(c.source) && !EMPTY_MARKER.test(c.source.trim())
  );
  const count3 = (cells) => cells.reduce((n, c) => n + c.count, 0);
  if (words.length >= 3 && (valued.length === 0 || named && count3(words) > count3(valued)))
    return "{notes}";
  if (valued.every((c) => c.source.trim() === "{year}") && numbers(words) >= 3) return "{notes}";
  return mergeSkeletons(valued.length > 0 ? valued : counted);
}
function numbers(cells) {
  return cells.reduce((n, c) => n + (/^\d+$/.test(c.source.trim()) ? c.count : 0), 0);
}
function withMarker(value, counted) {
  if (!/\{[a-z]+\}/.test(value) || value.includes("{[") || value.includes("{title}")) return value;
  const marker = counted.find((c) => EMPTY_MARKER.test(c.source.trim()) && c.count >= 2);
  if (marker && !/[{}\n]/.test(marker.source)) return `{[${value}]|${marker.source.trim()}}`;
  return counted.some((c) => c.source.trim() === "") ? `{[${value}]}` : value;
}
function hinted(key, template, days) {
  const named = /author/.test(key) ? template : template.replace("{authors}", "{notes}");
  for (const [pattern, name] of HINTS) {
    if (name === "year" && days) continue;
    if (pattern.test(key)) return named.replace("{notes}", `{${name}}`);
  }
  return named;
}
function withOneTitle(columns, tables) {
  const named = new Map(columns);
  const titled = (head) => head.filter((key) => named.get(key)?.includes("{title}"));
  const sure = (key) => /title|paper/.test(key) || /\{title\}[^\]]*\]\(/.test(named.get(key));
  const anySure = tables.some((head) => titled(head).some(sure));
  const demote = (key) => named.set(key, named.get(key).replace("{title}", "{notes}"));
  for (const head of tables) {
    const own = titled(head);
    const best = own.find((k) => /title/.test(k)) ?? own.find((k) => /paper|name/.test(k)) ?? own.find(sure) ?? (anySure ? void 0 : own[0]);
    for (const key of own) if (key !== best) demote(key);
  }
  return named;
}
function* columnCells(rows) {
  for (const row of rows) {
    const head = row.head;
    if (!head) continue;
    const cells = splitCells(row.lines[0]);
    for (let i = 0; i < cells.length && i < head.cells.length; i += 1)
      yield [columnKey(head.cells[i]), cells[i]];
  }
}
function heads(rows) {
  const distinct = /* @__PURE__ */ new Map();
  for (const row of rows) {
    if (!row.head) continue;
    const keys = row.head.cells.map(columnKey);
    distinct.set(keys.join("|"), keys);
  }
  return [...distinct.values()];
}
function headOf(tables, index) {
  let found;
  for (const table of tables) if (table.firstEntry <= index) found = table;
  return found;
}

// src/infer/collect-entries.ts
var ANY_ITEM = /^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S/;
var ANY_ROW = /^[ \t]*\|/;
var ANY_PARAGRAPH = /^(?:\*\*|__)\S|^(?![ \t]*[>|<!])[^\n]*\]\(<?https?:\/\//;
var STARTS = {
  list: ANY_ITEM,
  table: ANY_ROW,
  paragraph: ANY_PARAGRAPH
};
var NESTED_ITEM = /^([ \t]{2,})(?:[-*+]|\d{1,9}[.)])[ \t]+\S/;
function nestedItems(lines) {
  const own = lines[0].replace(/^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/, "");
  if (own.length > 60 || /\]\((?!#)/.test(own) || lines.length < 2) return [];
  const items = [];
  let indent = Infinity;
  for (const line of lines.slice(1)) {
    const item = NESTED_ITEM.exec(line);
    if (item && item[1].length <= indent) {
      indent = item[1].length;
      items.push([line.slice(indent)]);
    } else if (items.length > 0 && line.trim() !== "") {
      items[items.length - 1].push(line.slice(Math.min(indent, /^[ \t]*/.exec(line)[0].length)));
    }
  }
  return items.length >= 1 && items.every((i) => /\]\(|\*\*/.test(i[0])) ? items : [];
}
function collectEntries(files, shape, excludeSections, dateHeadings, headingLevel = 0, readFile) {
  const excluded = new Set(excludeSections.map(foldName));
  const isExcluded = (section) => excluded.has(section.heading ? foldName(displayHeading(section.heading.text)) : "");
  const start = shape === "heading" ? new RegExp(`^[ \\t]{0,3}#{${headingLevel}}[ \\t]+\\S`) : STARTS[shape];
  const startsEntry = (line) => start.test(line);
  const found = [];
  for (const file of files) {
    const read = readListFile(file.path, file.text, {
      startsEntry,
      dateHeadings,
      excludeSections,
      tableRows: shape === "table",
      ...shape === "heading" ? { headingEntries: headingLevel } : {}
    });
    readFile?.(read, new Set(read.sections.filter((s) => s.heading && !isExcluded(s))));
    for (const section of read.sections) {
      if (isExcluded(section)) continue;
      section.entries.forEach((entry, index) => {
        const lines = file.text.slice(entry.start, entry.end).split(/\r\n?|\n/);
        if (isContentsLine(lines[0])) return;
        const head = headOf(section.tables, index);
        const nested = shape === "list" ? nestedItems(lines) : [];
        if (nested.length > 0) {
          for (const item of nested)
            found.push({ path: file.path, section, lines: item, nested: true });
        } else found.push({ path: file.path, section, lines, ...head ? { head } : {} });
      });
    }
  }
  return found;
}

// src/list/paper-headings.ts
var PAPER_HEADINGS = 5;
function paperHeadingGroups(file, sections) {
  const byLevel = /* @__PURE__ */ new Map();
  const allByLevel = /* @__PURE__ */ new Map();
  for (const section of file.sections) {
    if (!section.heading) continue;
    const level = section.heading.level;
    addTo(allByLevel, level, section);
    if (sections.has(section)) addTo(byLevel, level, section);
  }
  const found = [];
  for (const [level, all] of allByLevel) {
    const linking = all.filter((s) => s.entries.length === 0 && linksPaper(s)).length;
    if (all.length >= PAPER_HEADINGS && linking >= all.length * 0.8) {
      found.push({ level, sections: all, size: 0 });
      continue;
    }
    const alike = byLevel.get(level) ?? [];
    if (alike.length < PAPER_HEADINGS) continue;
    const size = mostCommon(alike.map((s) => s.entries.length));
    if (size < 2 || size > 6) continue;
    const sized = alike.filter((s) => s.entries.length === size).length;
    const repeated = alike.filter((s) => repeatsHeading(file, s)).length;
    if (sized >= alike.length * 0.8 && repeated >= alike.length * 0.8)
      found.push({ level, sections: alike, size });
  }
  return found;
}
function linksPaper(section) {
  const text = section.heading?.text ?? "";
  return /\]\(https?:\/\//.test(text) && text.replace(/\[[^\]]*\]\([^)]*\)/g, "").trim().split(/\s+/).length >= 3;
}
function addTo(byLevel, level, section) {
  const sections = byLevel.get(level);
  if (sections) sections.push(section);
  else byLevel.set(level, [section]);
}
function mostCommon(values) {
  const counts = /* @__PURE__ */ new Map();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}
function repeatsHeading(file, section) {
  const entry = section.entries[0];
  if (!entry || !section.heading) return false;
  const words = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  const heading = words(section.heading.text);
  return heading.length >= 4 && words(file.text.slice(entry.start, entry.end)).includes(heading);
}

// src/infer/optional-notes.ts
function withOptionalNotes(source) {
  const at = source.indexOf("{notes}");
  if (at === -1 || isInOptionalPart2(source, at)) return source;
  const end = at + "{notes}".length;
  let before = /[^\p{L}\p{N}{}|\n]*$/u.exec(source.slice(0, at))[0];
  let after = /^[^\p{L}\p{N}{}|\s]*/u.exec(source.slice(end))[0];
  if (at === before.length) {
    before = before.replace(/^[ \t]*(?:[-*+]|\d{1,9}[.)])?[ \t]*/, "");
    after += /^[ \t]*/.exec(source.slice(end + after.length))[0];
  }
  if (!wholeMarkup(`${before}{notes}${after}`)) return source;
  const part = `{[${before}{notes}${after}]}`;
  return source.slice(0, at - before.length) + part + source.slice(end + after.length);
}
function isInOptionalPart2(source, at) {
  const head = source.slice(0, at);
  return head.lastIndexOf("{[") > head.lastIndexOf("]}");
}

// src/infer/varying-text.ts
var MIN_VARIANTS = 3;
function withVaryingNotes(counted) {
  const groups = /* @__PURE__ */ new Map();
  for (const { source, count: count3 } of counted) {
    if (source.includes("{notes}")) continue;
    const parts = source.split(/(\{[a-z]+\})/);
    const runs = parts.filter((_, i) => i % 2 === 0);
    const values = parts.filter((_, i) => i % 2 === 1).join("");
    const key = `${values}#${runs.length}`;
    const group = groups.get(key) ?? [];
    group.push({ runs, count: count3, source });
    groups.set(key, group);
  }
  const joined = /* @__PURE__ */ new Map();
  const taken = /* @__PURE__ */ new Set();
  for (const members of groups.values()) {
    for (const [source, count3, from] of joinedAtOneRun(members)) {
      joined.set(source, (joined.get(source) ?? 0) + count3);
      for (const s of from) taken.add(s);
    }
  }
  const rest = counted.filter((c) => !taken.has(c.source));
  return [...rest, ...[...joined].map(([source, count3]) => ({ source, count: count3 }))].sort(
    (a, b) => b.count - a.count
  );
}
function joinedAtOneRun(members) {
  if (members.length < MIN_VARIANTS) return [];
  const joined = [];
  const used = /* @__PURE__ */ new Set();
  for (let at = 0; at < members[0].runs.length; at += 1) {
    const byRest = /* @__PURE__ */ new Map();
    for (const m of members) {
      if (used.has(m.source)) continue;
      const rest = m.runs.map((r, i) => i === at ? "" : r).join("\0");
      const alike = byRest.get(rest) ?? [];
      alike.push(m);
      byRest.set(rest, alike);
    }
    for (const group of byRest.values()) {
      const found = notesRun(group.map((m) => m.runs[at]));
      if (!found) continue;
      const alike = group.filter((m) => found.of.has(m.runs[at]));
      const runs = [...alike[0].runs];
      runs[at] = found.run;
      const parts = alike[0].source.split(/(\{[a-z]+\})/);
      const source = parts.map((p, i) => i % 2 === 0 ? runs[i / 2] : p).join("");
      if (brackets(source) !== brackets(alike[0].source)) continue;
      joined.push([source, alike.reduce((n, m) => n + m.count, 0), alike.map((m) => m.source)]);
      for (const m of alike) used.add(m.source);
    }
  }
  return joined;
}
function notesRun(runs) {
  let distinct = [...new Set(runs)];
  for (let tries = 0; tries < 2 && distinct.length >= MIN_VARIANTS; tries += 1) {
    const head = wordEdge(commonStart(distinct));
    const tail = reversed(wordEdge(commonStart(distinct.map(reversed))));
    if (head.length + tail.length === 0) return void 0;
    if (/\[$/.test(head) && /^\]\]?\(/.test(tail)) return void 0;
    const middle = (r) => r.slice(head.length, Math.max(head.length, r.length - tail.length));
    const words = (m) => new RegExp("\\p{L}", "u").test(m) && !/[\n{}[\]]/.test(m);
    if (distinct.every((r) => words(middle(r)))) {
      return { run: `${head}{notes}${tail}`, of: new Set(distinct) };
    }
    distinct = distinct.filter((r) => middle(r).trim() !== "");
  }
  return void 0;
}
function commonStart(texts2) {
  let end = 0;
  const first = texts2[0];
  while (end < first.length && texts2.every((t) => t[end] === first[end])) end += 1;
  return first.slice(0, end);
}
function wordEdge(common2) {
  const cut = common2.search(/[\p{L}\p{N}]+$/u);
  return cut === -1 ? common2 : common2.slice(0, cut);
}
function reversed(text) {
  return [...text].reverse().join("");
}
function brackets(text) {
  const count3 = (c) => text.split(c).length - 1;
  return `${count3("(") - count3(")")} ${count3("[") - count3("]")}`;
}

// src/infer/learn-template.ts
var PARAGRAPH_AFTER_BLANK = /(?:^|\n)[ \t]*\n(?:(?:\*\*|__)\S|(?![ \t]*(?:[-*+][ \t]|\d{1,9}[.)][ \t]|[>|<!#]))[^\n]*\]\(<?https?:\/\/)/g;
var SAMPLE = 300;
function learnTemplate(files, options, dateHeadings) {
  const head = files.map(beginning);
  const collect = (shape) => sampled(collectEntries(head, shape, options.excludeSections, dateHeadings));
  let level;
  const lists = sampled(
    collectEntries(head, "list", options.excludeSections, dateHeadings, 0, (file, sections) => {
      level ??= paperHeadingGroups(file, sections)[0]?.level;
    })
  );
  if (level !== void 0) {
    const headed = sampled(
      collectEntries(head, "heading", options.excludeSections, dateHeadings, level)
    );
    return headingChoice(skeletons(headed), headed, options, dateHeadings);
  }
  const text = head.map((f) => f.text).join("\n");
  const tables = count(text, /^[ \t]*\|?[ \t]*:?-{3,}/gm) > 0;
  const paragraphCount = count(text, PARAGRAPH_AFTER_BLANK);
  const listsOnly = !tables && paragraphCount <= lists.length / 2 && lists.length >= 5;
  if (listsOnly && options.knownReadsAll?.(texts(lists))) return { sample: texts(lists) };
  const items = skeletons(lists);
  const rows = tables ? collect("table") : [];
  const paragraphs = paragraphCount > items.titled ? collect("paragraph") : [];
  const prose = skeletons(paragraphs);
  const others = Math.max(items.titled, prose.titled);
  if (titledRows(rows, others + 1) > others) {
    return { ...tableChoice(files, rows, options, dateHeadings), sample: texts(rows) };
  }
  const [list, candidates] = prose.titled > items.titled ? [prose, paragraphs] : [items, lists];
  if (list.titled === 0) return { sample: texts(candidates) };
  const merged = list.indent + withOptionalNotes(mergeSkeletons(withVaryingNotes(list.counted)));
  const sample = texts(candidates);
  const template = withEmptyPaperLink(withFirstLineEnd(merged, sample), sample);
  const links = linkFormat(list.linkItems);
  const valid = !("error" in parseEntryTemplate(template, options.lineBreak, links));
  const summaries = text.match(/<summary[^>]*>[^\n]*?<\/summary>/gi)?.length ?? 0;
  const groupBullets = list === items && (candidates.filter((c) => c.nested).length >= 5 || summaries >= 2);
  const choice = { template, links, dateHeadings, ...groupBullets ? { groupBullets } : {} };
  return { ...valid ? { choice } : {}, sample };
}
function headingChoice(learnt, candidates, options, dateHeadings) {
  const template = withOptionalNotes(mergeSkeletons(learnt.counted));
  const links = linkFormat(learnt.linkItems);
  const valid = learnt.titled > 0 && !("error" in parseEntryTemplate(template, options.lineBreak, links));
  return {
    ...valid ? { choice: { template, links, dateHeadings } } : {},
    sample: texts(candidates)
  };
}
function tableChoice(files, rows, options, dateHeadings) {
  const learnt = learnColumns(rows);
  const byColumn = new Map(Object.entries(learnt.columns).map(([n, c]) => [columnKey(n), c]));
  const template = headsOf(files).map((head) => rowTemplateSource(head, byColumn)).find((source) => source !== void 0);
  if (template === void 0) return {};
  const items = linkFormat(learnt.linkItems);
  const links = learnt.badges && items.item === learnt.badges.item ? learnt.badges : items;
  if ("error" in parseEntryTemplate(template, options.lineBreak, links)) return {};
  return { choice: { template, links, dateHeadings, columns: learnt.columns } };
}
var LEARNING_CHARS = 2e5;
function beginning(file) {
  if (file.text.length <= LEARNING_CHARS) return file;
  const cut = file.text.lastIndexOf("\n", LEARNING_CHARS);
  return { path: file.path, text: file.text.slice(0, cut === -1 ? LEARNING_CHARS : cut) };
}
function sampled(candidates) {
  if (candidates.length <= SAMPLE) return [...candidates];
  const step = candidates.length / SAMPLE;
  return Array.from({ length: SAMPLE }, (_, i) => candidates[Math.floor(i * step)]);
}
function texts(candidates) {
  return candidates.map((c) => c.lines.join("\n"));
}
function count(text, pattern) {
  return text.match(pattern)?.length ?? 0;
}
function skeletons(candidates) {
  const counts = /* @__PURE__ */ new Map();
  const linkItems = /* @__PURE__ */ new Map();
  const indents = /* @__PURE__ */ new Map();
  let titled = 0;
  for (const candidate of candidates) {
    const skeleton = entrySkeleton(candidate.lines);
    if (!skeleton.source.includes("{title}")) continue;
    titled += 1;
    const indent2 = /^[ \t]*/.exec(skeleton.source)[0];
    tally(indents, indent2);
    tally(counts, skeleton.source.slice(indent2.length));
    if (skeleton.linkItem) tally(linkItems, skeleton.linkItem);
  }
  const indent = [...indents].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
  return { titled, counted: countedSkeletons(counts), linkItems, indent };
}
function titledRows(rows, enough) {
  let titled = 0;
  for (const row of rows) {
    if (titled >= enough) break;
    if (rowSkeleton(row.lines[0]).source.includes("{title}")) titled += 1;
  }
  return titled;
}
function countedSkeletons(counts) {
  const venues = [...counts.keys()].some((source) => source.includes("{venue}"));
  const merged = /* @__PURE__ */ new Map();
  for (const [source, n] of counts) {
    const key = venues && !source.includes("{venue}") ? source.replace("{year}", "{venue}") : source;
    merged.set(key, (merged.get(key) ?? 0) + n);
  }
  return joinedByLineEnds(
    [...merged].map(([source, n]) => ({ source, count: n })).sort((a, b) => b.count - a.count)
  );
}
function linkFormat(items) {
  const top = [...items].sort((a, b) => b[1] - a[1])[0];
  return top ? { item: top[0], separator: "" } : DEFAULT_LINK_FORMAT;
}

// src/paper/author-separators.ts
var BLANK2 = /\s/;
function lastSeparator(authors) {
  const comma = authors.lastIndexOf(",");
  const amp = authors.lastIndexOf("&");
  if (amp > comma) return widened2(authors, amp, amp + 1);
  const and = /\sand\s/.exec(authors.slice(comma + 1));
  if (and) {
    const at = comma + 1 + and.index + 1;
    const separator = widened2(authors, at, at + 3);
    return separator.start === comma + 1 && comma !== -1 ? { ...separator, start: comma } : separator;
  }
  if (comma === -1 || !BLANK2.test(authors[comma + 1] ?? "")) return void 0;
  return widened2(authors, comma, comma + 1, false);
}
function widened2(text, start, end, before = true) {
  let from = start;
  while (before && from > 0 && BLANK2.test(text[from - 1])) from -= 1;
  let to = end;
  while (to < text.length && BLANK2.test(text[to])) to += 1;
  return { start: from, end: to };
}

// src/infer/list-read.ts
var SECTION_SAMPLE = 100;
function sampledEntries(entries) {
  return entries.length <= SECTION_SAMPLE ? entries : entries.slice(0, SECTION_SAMPLE);
}
var datesOfReads = /* @__PURE__ */ new WeakMap();
function sampledDates(read) {
  const known2 = datesOfReads.get(read);
  if (known2) return known2;
  const dates = read.list.sections.map(
    ({ file, block }) => sampledEntries(block.entries).map(
      (entry) => read.format.reader.date(file.text.slice(entry.start, entry.end))
    )
  );
  datesOfReads.set(read, dates);
  return dates;
}

// src/infer/author-format.ts
function authorFormat({ format, list }) {
  const lasts = /* @__PURE__ */ new Map();
  const separators = /* @__PURE__ */ new Map();
  for (const section of list.sections) {
    for (const entry of sampledEntries(section.block.entries)) {
      const authors = format.reader.fields(
        section.file.text.slice(entry.start, entry.end)
      )?.authors;
      if (authors === void 0 || /et al/.test(authors)) continue;
      const last2 = lastSeparator(authors);
      if (!last2) continue;
      tally(lasts, authors.slice(last2.start, last2.end).replace(/\s+/g, " "));
      if (authors.slice(0, last2.start).includes(",")) tally(separators, ", ");
    }
  }
  const last = mostCounted(lasts) ?? DEFAULT_AUTHOR_FORMAT.last;
  return { separator: mostCounted(separators) ?? DEFAULT_AUTHOR_FORMAT.separator, last };
}

// src/paper/escape-markdown.ts
var ALWAYS = /[\\`*[\]<~|$]/g;
var LONE_UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
var ENTITY = /&(?=#?[0-9A-Za-z]+;)/g;
var BLOCK_START = /^(?:[#>+=-]|\d{1,9}(?=[.)]))/;
var BARE_URL = /(?<![A-Za-z])https?:\/\/[^\s<>]+/gi;
var WWW = /(www)\./gi;
var TRAILING_PUNCTUATION = /[.,;:!?'"*_~]+$/;
function escapeInline(text) {
  let escaped = "";
  let at = 0;
  for (const match of text.matchAll(BARE_URL)) {
    const url = trimUrl(match[0]);
    escaped += escapeText(text.slice(at, match.index)) + `<${url}>`;
    at = match.index + url.length;
  }
  return escaped + escapeText(text.slice(at));
}
function escapeText(text) {
  return text.replace(ALWAYS, (c) => `\\${c}`).replace(LONE_UNDERSCORE, "\\_").replace(ENTITY, "\\&").replace(WWW, "$1\\.");
}
function trimUrl(url) {
  let trimmed = url.replace(TRAILING_PUNCTUATION, "");
  while (trimmed.endsWith(")") && count2(trimmed, "(") < count2(trimmed, ")")) {
    trimmed = trimmed.slice(0, -1).replace(TRAILING_PUNCTUATION, "");
  }
  return trimmed;
}
function count2(text, char) {
  return text.split(char).length - 1;
}
function escapeLineStart(text) {
  return escapeBlockStart(escapeInline(text));
}
function escapeBlockStart(escaped) {
  const start = BLOCK_START.exec(escaped);
  if (!start) return escaped;
  const at = /^\d/.test(escaped) ? start[0].length : 0;
  return `${escaped.slice(0, at)}\\${escaped.slice(at)}`;
}
var URL_UNSAFE = /[\s()<>"`\\\p{Cc}]/gu;
function escapeUrl(url) {
  return url.replace(
    URL_UNSAFE,
    (c) => Array.from(
      new TextEncoder().encode(c),
      (b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`
    ).join("")
  );
}

// src/paper/link-labels.ts
function valueKey(atom) {
  return atom.label === void 0 ? atom.name : `${atom.name}:${atom.label.toLowerCase()}`;
}
function linkLabels(template) {
  return valueAtoms(template).flatMap((atom) => atom.label ? [atom.label] : []);
}

// src/paper/format-entry.ts
function formatEntry(paper, template, number = 1) {
  const values = placeholderValues(paper, template, number);
  const plain = isPlainVenue(paper.venue, template.plainVenues);
  const lines = [];
  for (const parts of template.lines) {
    const line = new LineWriter(values, template.stopAfterTitleMark ?? false);
    const atoms = lineAtoms(parts, values);
    for (const atom of plain ? withoutVenueEmphasis(atoms) : atoms) line.write(atom);
    if (line.placed > 0 && line.filled === 0) continue;
    if (line.text.trim() === "" && parts.some((p) => p.kind === "optional")) continue;
    if (line.text.trim() === "" && lines.at(-1)?.trim() === "") continue;
    lines.push(line.text);
  }
  while (lines.length > 1 && lines.at(-1).trim() === "") lines.pop();
  return lines.join("\n");
}
function lineAtoms(parts, values) {
  const atoms = [];
  let written = false;
  let afterIndent = false;
  for (const part of parts) {
    if (part.kind !== "optional") {
      const trimmed = afterIndent && part.kind === "text";
      atoms.push(trimmed ? { kind: "text", text: part.text.replace(/^[ \t]+/, "") } : part);
      afterIndent = false;
      continue;
    }
    if (part.parts.some((a) => a.kind === "value")) written = isWritten(part.parts, values);
    if (written) atoms.push(...part.parts);
    else if (part.fallback !== void 0) atoms.push({ kind: "text", text: part.fallback });
    afterIndent = !written && part.fallback === void 0 && atoms.length > 0 && atoms.every((a) => a.kind === "text" && /^[ \t]*$/.test(a.text));
  }
  return atoms;
}
function isPlainVenue(venue, plainVenues2 = []) {
  const name = venueName(venue).toLowerCase();
  return plainVenues2.some((plain) => plain.toLowerCase() === name);
}
function withoutVenueEmphasis(atoms) {
  const out = [...atoms];
  atoms.forEach((_, i) => {
    const marker = venueEmphasis(atoms, i);
    const before = atoms[i - 1];
    const after = atoms[i + 1];
    if (!marker || before?.kind !== "text" || after?.kind !== "text") return;
    out[i - 1] = { kind: "text", text: before.text.slice(0, -marker.length) };
    out[i + 1] = { kind: "text", text: after.text.slice(marker.length) };
  });
  return out;
}
function isWritten(atoms, values) {
  const placed = atoms.flatMap((a) => a.kind === "value" ? [a] : []);
  const needed = placed.length > 1 ? placed.filter((a) => a.name !== "links") : placed;
  return needed.every((atom) => (values[valueKey(atom)] ?? "") !== "");
}
var LineWriter = class {
  constructor(values, stopAfterTitleMark) {
    this.values = values;
    this.stopAfterTitleMark = stopAfterTitleMark;
  }
  values;
  stopAfterTitleMark;
  text = "";
  placed = 0;
  filled = 0;
  /** Whether the last atom written is the title. */
  afterTitle = false;
  write(atom) {
    const afterTitle = this.afterTitle;
    this.afterTitle = atom.kind === "value" && atom.name === "title";
    if (atom.kind === "text") {
      const kept = afterTitle && this.stopAfterTitleMark && /[?!]$/.test(this.text);
      this.text += !kept && /[.?!]$/.test(this.text) && /^[.;]/.test(atom.text) ? atom.text.slice(1) : atom.text;
      return;
    }
    this.placed += 1;
    const given = this.values[valueKey(atom)] ?? "";
    const value = atom.name === "links" ? linksAfter(this.text, given) : given;
    if (value !== "") this.filled += 1;
    this.text += /^[ \t]*$/.test(this.text) ? escapeBlockStart(value) : value;
  }
};
function linksAfter(text, links) {
  if (text === "" && links.startsWith("\n")) return links.slice(1);
  if (/^[ \t]+$/.test(text) && links.startsWith("\n")) return links.slice(1).replace(/^[ \t]+/, "");
  return /(?:^|[ \t|])$/.test(text) ? links.replace(/^[ \t]+/, "") : links;
}
function placeholderValues(paper, template, number) {
  const lineBreak = template.lineBreak;
  const placed = placedValues(template);
  const pairs = [
    ...paper.paperUrl && !template.lines.flat().some(isPaper) ? [{ label: "Paper", url: paper.paperUrl }] : [],
    ...paper.links
  ];
  const tags = [
    ...paper.abbreviation ? [`[**${escapeInline(paper.abbreviation)}**]`] : [],
    ...paper.rating ? [`[${paper.rating}]`] : []
  ];
  return {
    title: escapeInline(paper.title),
    authors: joinAuthors(
      paper.authors.map(
        (a) => a.url ? `[${escapeInline(a.name)}](${escapeUrl(a.url)})` : escapeInline(a.name)
      ),
      template.authors
    ),
    venue: escapeInline(
      placed.has("year") || template.venuesYearless ? venueName(paper.venue) : paper.venue
    ),
    year: paper.date ? String(paper.date.year) : "",
    ...linkValues(pairs, template),
    paper: paper.paperUrl ? escapeUrl(paper.paperUrl) : "",
    abbreviation: paper.abbreviation ? escapeInline(paper.abbreviation) : "",
    rating: paper.rating ?? "",
    // The first line of the notes stands where the template puts it (escaped there if that starts
    // a line); the others start lines of their own.
    notes: paper.notes.map((note, i) => i === 0 ? escapeInline(note) : escapeLineStart(note)).join(`${lineBreak}
`),
    tail: formatTail(tags, paper.notes, lineBreak),
    number: String(number),
    repo: githubRepo(paper.links) ?? "",
    arxiv: paperArxivId(paper) ?? ""
  };
}
function venueName(venue) {
  const name = venue.replace(/(?<!\d)(?:19|20)\d\d(?!\d)/, "").replace(/\s{2,}/g, " ").replace(/^[\s,]+|[\s,]+$/g, "");
  return name === "" ? venue : name;
}
function joinAuthors(names, format) {
  if (names.length <= 1) return names.join("");
  const last = format.last;
  if (names.length === 2) return names.join(last.replace(/^,(?=\s+\S)/, ""));
  return `${names.slice(0, -1).join(format.separator)}${last}${names[names.length - 1]}`;
}
function isPaper(part) {
  if (part.kind === "optional") return part.parts.some(isPaper);
  return part.kind === "value" && part.name === "paper";
}
function linkValues(links, template) {
  const labels = linkLabels(template);
  const claimed = new Set(labels.map((l) => l.toLowerCase()));
  const values = {
    links: formatLinks(
      links.filter((l) => !claimed.has(l.label.toLowerCase())),
      template.links
    )
  };
  for (const label of labels) {
    const own = links.filter((l) => l.label.toLowerCase() === label.toLowerCase());
    values[`links:${label.toLowerCase()}`] = formatLinks(
      own.map((l) => ({ ...l, label })),
      template.links
    );
  }
  return values;
}
function formatLinks(links, format) {
  return links.map(
    (l) => format.item.replace("{label}", () => escapeInline(l.label)).replace("{url}", () => escapeUrl(l.url)).replace("{image}", () => linkImage(l.label, l.url, format.images ?? {}) ?? "")
  ).join(format.separator);
}
function formatTail(tags, notes, lineBreak) {
  if (notes.length <= 1) {
    const note = notes[0];
    if (note === void 0) return tags.join(" ");
    return tags.length > 0 ? `${tags.join(" ")} ${escapeInline(note)}` : escapeLineStart(note);
  }
  const head = tags.length > 0 ? [`${tags.join(" ")}${lineBreak}`] : [];
  return [...head, notes.map(escapeLineStart).join(`${lineBreak}
`)].join("\n");
}

// src/infer/plain-venues.ts
function plainVenues({ format, list }) {
  const marker = templateVenueEmphasis(format.template);
  if (!marker) return [];
  const plain = /* @__PURE__ */ new Map();
  for (const section of list.sections) {
    for (const entry of sampledEntries(section.block.entries)) {
      const text = section.file.text.slice(entry.start, entry.end);
      const venue = format.reader.fields(text)?.venue;
      if (!venue) continue;
      const name = venueName(venue);
      const key = name.toLowerCase();
      const seen = plain.get(key) ?? { count: 0, wrapped: 0, name };
      if (text.includes(`${marker}${venue}${marker}`)) seen.wrapped += 1;
      else seen.count += 1;
      plain.set(key, seen);
    }
  }
  return [...plain.values()].filter((v) => v.count >= 2 && v.count > v.wrapped).map((v) => v.name).sort();
}
function templateVenueEmphasis(template) {
  for (const parts of template.lines) {
    const atoms = parts.flatMap((p) => p.kind === "optional" ? p.parts : [p]);
    const marker = atoms.map((_, i) => venueEmphasis(atoms, i)).find((m) => m !== void 0);
    if (marker) return marker;
  }
  return void 0;
}

// src/infer/title-stop.ts
function keepsStopAfterTitleMark({ format, list }) {
  const after = textAfterTitle(format.template);
  if (after === void 0 || !after.startsWith(".")) return false;
  let kept = 0;
  let dropped = 0;
  for (const section of list.sections) {
    for (const entry of sampledEntries(section.block.entries)) {
      const text = section.file.text.slice(entry.start, entry.end);
      const title = format.reader.fields(text)?.title;
      if (title === void 0 || !/[?!]$/.test(title)) continue;
      if (text.includes(`${title}${after}`)) kept += 1;
      else if (text.includes(`${title}${after.slice(1)}`)) dropped += 1;
    }
  }
  return kept > dropped;
}
function textAfterTitle(template) {
  for (const parts of template.lines) {
    const at = parts.findIndex((p) => p.kind === "value" && p.name === "title");
    const next = parts[at + 1];
    if (at !== -1) return next?.kind === "text" ? next.text : void 0;
  }
  return void 0;
}

// src/infer/detect-order.ts
function detectOrder(keys, byMonth = false) {
  let newer = 0;
  let older = 0;
  let count3 = 0;
  let dated;
  for (const key of keys) {
    if (!key.date) continue;
    count3 += 1;
    if (dated?.date) {
      const step = compareDates(key.date, dated.date, byMonth);
      if (step < 0) older += 1;
      if (step > 0) newer += 1;
    }
    dated = key;
  }
  if (older + newer >= 3) {
    if (older >= 2 * newer) return "newest-first";
    if (newer >= 2 * older) return "oldest-first";
  }
  if (count3 >= 4 && older + newer >= 2 && Math.min(older, newer) === 0)
    return older > 0 ? "newest-first" : "oldest-first";
  const titles = keys.flatMap((k) => {
    const title = k.name?.();
    return title === void 0 ? [] : [title];
  });
  let ascending = 0;
  let descending = 0;
  for (let i = 1; i < titles.length && descending === 0; i += 1) {
    const step = compareTitles(titles[i - 1], titles[i]);
    if (step < 0) ascending += 1;
    if (step > 0) descending += 1;
  }
  if (descending === 0 && ascending >= (older + newer > 0 ? 4 : 8)) return "title";
  if (Math.min(older, newer) < 2) return void 0;
  return "none";
}

// src/infer/section-orders.ts
function sectionOrders(read) {
  const { format, list } = read;
  const dates = sampledDates(read);
  const sections = list.sections.map((section, s) => {
    const { file, block } = section;
    const keys = sampledEntries(block.entries).map((entry, i) => {
      const date = dates[s][i];
      const name = () => format.reader.name(file.text.slice(entry.start, entry.end));
      return { ...date ? { date } : {}, name };
    });
    return {
      name: section.name,
      size: block.entries.length,
      runs: splitRuns(
        keys,
        block.groups.map((g) => g.firstEntry)
      )
    };
  });
  const byMonth = ordersByMonth(sections.flatMap((s) => s.runs));
  const found = /* @__PURE__ */ new Map();
  const weight = /* @__PURE__ */ new Map();
  for (const section of sections) {
    const order2 = agreedOrder(section.runs.map((run) => detectOrder(run, byMonth)));
    if (!order2) continue;
    found.set(section.name, order2);
    weight.set(order2, (weight.get(order2) ?? 0) + section.size);
  }
  const order = [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? pooledOrder(
    sections.flatMap((s) => s.runs),
    byMonth
  );
  const differing = {};
  for (const [name, own] of found) if (own !== order) differing[name] = own;
  return { order, sectionOrders: differing, byMonth };
}
function ordersByMonth(runs) {
  const years = steps(runs, false);
  const months = steps(runs, true);
  const within = way({ up: months.up - years.up, down: months.down - years.down });
  const across = way(years);
  return within !== 0 && (across === 0 || across === within);
}
function pooledOrder(runs, byMonth) {
  const { up, down } = steps(runs, byMonth);
  return up + down >= 3 && up >= 2 * down ? "oldest-first" : "newest-first";
}
function way({ up, down }) {
  const pairs = up + down;
  if (pairs < 5 || Math.max(up, down) < pairs * 0.7) return 0;
  return up > down ? 1 : -1;
}
function orderEvidence(read) {
  const dates = sampledDates(read);
  const runs = read.list.sections.flatMap(({ block }, s) => {
    const keys = dates[s].map((date) => date ? { date } : {});
    return splitRuns(
      keys,
      block.groups.map((g) => g.firstEntry)
    );
  });
  const { up, down } = steps(runs, true);
  return { consistency: up + down === 0 ? 0 : Math.max(up, down) / (up + down), steps: up + down };
}
function steps(runs, byMonth) {
  let up = 0;
  let down = 0;
  for (const run of runs) {
    const dates = run.flatMap((k) => k.date ? [k.date] : []);
    for (let i = 1; i < dates.length; i += 1) {
      const step = compareDates(dates[i], dates[i - 1], byMonth);
      if (step > 0) up += 1;
      if (step < 0) down += 1;
    }
  }
  return { up, down };
}
function splitRuns(keys, starts) {
  const bounds = [0, ...starts.filter((s) => s > 0), keys.length];
  const split2 = [];
  for (let i = 1; i < bounds.length; i += 1) {
    const run = keys.slice(bounds[i - 1], bounds[i]);
    if (run.length > 0) split2.push(run);
  }
  return split2;
}
function agreedOrder(orders) {
  const known2 = orders.filter((o) => o !== void 0);
  if (known2.length === 0) return void 0;
  return known2.every((o) => o === known2[0]) ? known2[0] : "none";
}

// src/infer/preprint-order.ts
function detectPreprintOrder(runs, byMonth) {
  let both = 0;
  let apart = 0;
  let againstDates = 0;
  let first = 0;
  let after = 0;
  for (const run of runs) {
    if (run.order !== "newest-first" && run.order !== "oldest-first") continue;
    const keys = run.keys.filter((k) => k.preprint !== void 0 && k.date !== void 0);
    const kinds = keys.map((k) => k.preprint);
    if (kinds.includes(true) && kinds.includes(false)) {
      both += 1;
      if (kinds.lastIndexOf(false) < kinds.indexOf(true)) {
        apart += 1;
        if (datesPutPreprintFirst(keys, run.order, byMonth)) againstDates += 1;
      }
    }
    for (let i = 1; i < keys.length; i += 1) {
      const [a, b] = [keys[i - 1], keys[i]];
      if (a.preprint === b.preprint || compareDates(a.date, b.date, byMonth) !== 0) continue;
      if (b.preprint) first += 1;
      else after += 1;
    }
  }
  if (both >= 2 && apart >= both * 0.8 && againstDates >= 2) return "last";
  if (first >= 3 && first >= (first + after) * 0.85) return "last-of-their-date";
  return "mixed";
}
function datesPutPreprintFirst(keys, order, byMonth) {
  const sign = order === "newest-first" ? -1 : 1;
  const papers = keys.filter((k) => !k.preprint);
  return keys.some(
    (p) => p.preprint && papers.some((k) => sign * compareDates(p.date, k.date, byMonth) < 0)
  );
}
function orderedRuns(read, orderOf2) {
  const dates = sampledDates(read);
  return read.list.sections.flatMap((section, s) => {
    const order = orderOf2(section.name);
    if (order !== "newest-first" && order !== "oldest-first") return [];
    const { file, block } = section;
    const entries = sampledEntries(block.entries);
    const keys = entries.map((entry, i) => {
      const venue = read.format.reader.venue(file.text.slice(entry.start, entry.end));
      return {
        date: dates[s][i],
        preprint: venue === void 0 ? void 0 : isPreprintVenue(venue)
      };
    });
    const starts = [0, ...block.groups.map((g) => g.firstEntry).filter((s2) => s2 > 0), keys.length];
    return starts.slice(1).flatMap((end, i) => {
      const run = keys.slice(starts[i], end);
      return run.length > 0 ? [{ keys: run, order }] : [];
    });
  });
}

// src/infer/shared-literals.ts
var WORDS = 3;
function countWhole(format, entries) {
  const own = unsharedLiterals(format.template, entries);
  let whole = 0;
  for (const text of entries) {
    if (format.reader.fields(text) !== void 0 && own.every((w) => text.includes(w))) whole += 1;
  }
  return whole;
}
function unsharedLiterals(template, entries) {
  return wordyLiterals(template).filter((text) => {
    let seen = 0;
    for (const entry of entries) {
      if (entry.includes(text)) seen += 1;
      if (seen >= 2) return false;
    }
    return true;
  });
}
function wordyLiterals(template) {
  return templateAtoms(template).flatMap((atom) => atom.kind === "text" ? [atom.text.trim()] : []).filter((text) => (text.match(new RegExp("\\p{L}{2,}", "gu"))?.length ?? 0) >= WORDS);
}

// src/infer/infer-list-format.ts
var RELATIVE_LINK = /^[ \t]*(?:[-*+|]|\d{1,9}[.)]).*\]\(\.\/[\w.-]+(?:\/[\w.-]+)*(?:#[\w.-]+)?\)/m;
function inferListFormat(files, options) {
  return inferList(files, options).inferred;
}
function inferList(files, given) {
  const plain = plainText(files);
  const learnt = inferFrom(plain, given);
  if (plain === files) return learnt;
  return { inferred: learnt.inferred, list: readWith(files, learnt.inferred, learnt.options).list };
}
function plainText(files) {
  const plain = (text) => !text.startsWith("\uFEFF") && !text.includes("\r");
  if (files.every((f) => plain(f.text))) return files;
  return files.map((f) => ({ ...f, text: f.text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n") }));
}
function inferFrom(files, given) {
  const options = { ...given, matches: given.matches ?? /* @__PURE__ */ new Map() };
  const dateHeadings = hasDateHeadings(files, 2);
  const home = {
    template: DEFAULT_TEMPLATE,
    links: DEFAULT_LINK_FORMAT,
    dateHeadings
  };
  const homeReader = formatOf(files, home, options).reader;
  const knownReadsAll = (sample) => sample.every((text) => homeReader.fields(text) !== void 0);
  const learnt = learnTemplate(files, { ...options, knownReadsAll }, dateHeadings);
  const better = learnt.choice && score(files, learnt.choice, learnt.sample, options) > score(files, home, learnt.sample, options);
  const chosen = better && learnt.choice ? learnt.choice : home;
  const byVenue = readWith(files, chosen, options);
  const byArxiv = { format: formatOf(files, chosen, options, true), list: byVenue.list };
  const datesFromArxiv = ordersByArxiv(byVenue, byArxiv);
  const read = datesFromArxiv ? byArxiv : byVenue;
  const orders = sectionOrders(read);
  const orderOf2 = (name) => orders.sectionOrders[name] ?? orders.order;
  const inferred = {
    ...chosen,
    ...orders,
    preprints: detectPreprintOrder(orderedRuns(read, orderOf2), orders.byMonth),
    datesFromArxiv,
    groupBullets: chosen.groupBullets ?? false,
    relativeLinks: files.some((f) => hasRelativeLink(f.text)),
    authors: authorFormat(read),
    ...venueYears(read),
    plainVenues: plainVenues(read),
    stopAfterTitleMark: keepsStopAfterTitleMark(read),
    ...wholeShare(read.format, learnt.sample)
  };
  return { inferred, list: read.list, options };
}
function hasRelativeLink(text) {
  return text.includes("](./") && RELATIVE_LINK.test(text);
}
var HEADING_AT = /[ \t]{0,3}#{1,6}[ \t]+([^\r\n]*)/y;
function hasDateHeadings(files, enough) {
  let count3 = 0;
  for (const { text } of files) {
    for (let at = text.indexOf("#"); at !== -1; at = text.indexOf("#", at + 1)) {
      let start = at;
      while (start > 0 && at - start < 3 && isBlank(text[start - 1])) start -= 1;
      if (start > 0 && text[start - 1] !== "\n" && text[start - 1] !== "\r") continue;
      HEADING_AT.lastIndex = start;
      const match = HEADING_AT.exec(text);
      if (match && headingDate(withoutClosingSequence(match[1]))) count3 += 1;
      if (count3 >= enough) return true;
    }
  }
  return false;
}
function venueYears({ format, list }) {
  let without = 0;
  let venues = 0;
  for (const section of list.sections) {
    for (const entry of sampledEntries(section.block.entries)) {
      const venue = format.reader.fields(section.file.text.slice(entry.start, entry.end))?.venue;
      if (venue === void 0) continue;
      venues += 1;
      if (!parseVenueDate(venue)) without += 1;
    }
  }
  const withYear = venues - without;
  return {
    venuesWithoutYear: without >= Math.max(2, venues * 0.05),
    venuesShowYear: placedValues(format.template).has("year") || venues < 5 || withYear > 0
  };
}
function ordersByArxiv(byVenue, byArxiv) {
  const venue = orderEvidence(byVenue);
  if (venue.consistency > 1 - ARXIV_MARGIN) return false;
  const arxiv = orderEvidence(byArxiv);
  return arxiv.steps >= 10 && arxiv.consistency >= venue.consistency + ARXIV_MARGIN;
}
var ARXIV_MARGIN = 0.05;
function readWith(files, choice, options) {
  const format = formatOf(files, choice, options);
  return { format, list: readPaperList(files, format) };
}
function wholeShare(format, sample) {
  if (sample.length < 5) return {};
  return { readWhole: countWhole(format, sample) / sample.length };
}
function score(files, choice, sample, options) {
  const { reader } = formatOf(files, choice, options);
  let matched = 0;
  for (const text of sample) {
    if (reader.fields(text)) matched += 2;
    else if (reader.title(text) !== void 0) matched += 1;
  }
  return matched;
}
function formatOf(files, choice, options, datesFromArxiv = false) {
  return listFormatOf({
    datesFromArxiv,
    template: choice.template,
    lineBreak: options.lineBreak,
    links: choice.links,
    dateHeadings: choice.dateHeadings,
    groupBullets: choice.groupBullets ?? false,
    order: "newest-first",
    sectionOrders: {},
    excludeSections: options.excludeSections,
    ...options.matches ? { matches: options.matches } : {},
    ...choice.columns ? { columns: choice.columns, heads: headsOf(files) } : {}
  });
}

// src/infer/resolve-format.ts
function resolveList(config, files) {
  const excludeSections = config["exclude-sections"];
  const lineBreak = config["line-break"];
  const configured = config["link-format"];
  const images = config["link-images"];
  const links = configured ? { item: configured, separator: config["link-separator"] ?? "", ...images ? { images } : {} } : DEFAULT_LINK_FORMAT;
  const authors = authorsOf(config);
  const heads2 = () => headsOf(files);
  if (config.template !== void 0) {
    const format2 = configuredFormat(config, config.template, { links, authors: authors(), heads: heads2 });
    return { format: format2, list: readPaperList(files, format2) };
  }
  const matches = /* @__PURE__ */ new Map();
  const { inferred, list } = inferList(files, { excludeSections, lineBreak, matches });
  const format = listFormatOf({
    template: inferred.template,
    lineBreak,
    links: configured ? links : images ? { ...inferred.links, images } : inferred.links,
    authors: authors(inferred.authors),
    dateHeadings: config["date-headings"] ?? inferred.dateHeadings,
    order: config.order ?? inferred.order,
    sectionOrders: { ...inferred.sectionOrders, ...config["section-order"] },
    excludeSections,
    relativeLinks: config["relative-links"] ?? inferred.relativeLinks,
    byMonth: config["order-by-month"] ?? inferred.byMonth,
    preprints: config.preprints ?? inferred.preprints,
    venuesWithoutYear: config["venues-without-year"] ?? inferred.venuesWithoutYear,
    venuesShowYear: config["venues-show-year"] ?? inferred.venuesShowYear,
    ...inferred.readWhole !== void 0 ? { inferredFit: inferred.readWhole } : {},
    datesFromArxiv: config["dates-from-arxiv"] ?? inferred.datesFromArxiv,
    groupBullets: config["group-bullets"] ?? inferred.groupBullets,
    plainVenues: config["plain-venues"] ?? inferred.plainVenues,
    stopAfterTitleMark: config["stop-after-title-mark"] ?? inferred.stopAfterTitleMark,
    matches,
    ...inferred.columns ? { columns: inferred.columns, heads: heads2() } : {}
  });
  const same = format.dateHeadings === inferred.dateHeadings && format.groupBullets === inferred.groupBullets;
  return { format, list: same ? list : readPaperList(files, format) };
}
function authorsOf(config) {
  const separator = config["author-separator"];
  const last = config["last-author-separator"];
  return (inferred) => ({
    separator: separator ?? inferred?.separator ?? DEFAULT_AUTHOR_FORMAT.separator,
    last: last ?? separator ?? inferred?.last ?? DEFAULT_AUTHOR_FORMAT.last
  });
}
function configuredFormat(config, template, given) {
  const columns = config.columns;
  return listFormatOf({
    template,
    lineBreak: config["line-break"],
    links: given.links,
    authors: given.authors,
    dateHeadings: config["date-headings"] ?? false,
    order: config.order ?? "newest-first",
    sectionOrders: config["section-order"],
    excludeSections: config["exclude-sections"],
    relativeLinks: config["relative-links"] ?? false,
    byMonth: config["order-by-month"] ?? false,
    preprints: config.preprints ?? "mixed",
    venuesWithoutYear: config["venues-without-year"] ?? false,
    venuesShowYear: config["venues-show-year"] ?? true,
    datesFromArxiv: config["dates-from-arxiv"] ?? false,
    groupBullets: config["group-bullets"] ?? false,
    plainVenues: config["plain-venues"] ?? [],
    stopAfterTitleMark: config["stop-after-title-mark"] ?? false,
    ...columns ? { columns, heads: given.heads() } : {}
  });
}

// src/cli/workspace.ts
async function loadWorkspace(cwd, options) {
  const dir = path.resolve(cwd, options.dir ?? ".");
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(`--dir ${dir} is not a folder`);
  const config = await readConfig(cwd, dir, options.config);
  const files = config.files.map((file) => ({ path: file, text: readText(dir, file) }));
  const { format, list } = resolveList(config, files);
  let form;
  return {
    dir,
    config,
    format,
    list,
    readForm: () => form ??= readIssueForm(dir, config["form-template"])
  };
}
async function readConfig(cwd, dir, option) {
  const file = option !== void 0 ? path.resolve(cwd, option) : path.join(dir, ".github/paper-list.yml");
  if (!existsSync(file)) {
    if (option !== void 0) throw new UsageError(`--config ${option}: no such file`);
    return defaultConfig();
  }
  const { parseConfig } = await import("./parse-config-XISOLMFA.js");
  const parsed = parseConfig(readFileSync(file, "utf8"), path.relative(cwd, file) || file);
  if (!parsed.ok) throw new UsageError(parsed.errors.join("\n"));
  return parsed.config;
}
async function readIssueForm(dir, file) {
  const full = path.join(dir, file);
  if (!existsSync(full)) return BUILT_IN_FORM;
  const { chooseIssueForm } = await import("./choose-issue-form-EQDQHIFE.js");
  return chooseIssueForm({ path: file, text: readFileSync(full, "utf8") });
}
function readText(dir, file) {
  const full = path.join(dir, file);
  if (!existsSync(full)) {
    throw new UsageError(
      `${file} not found in ${dir}: run in the list's folder, pass --dir, or set "files" in the configuration`
    );
  }
  const bytes = readFileSync(full);
  if (!isUtf8(bytes)) {
    throw new UsageError(`${file} is not valid UTF-8; paper-list-bot only edits UTF-8 files`);
  }
  return bytes.toString("utf8");
}
function writeTextAtomically(dir, file, text) {
  const full = path.join(dir, file);
  const temporary = `${full}.paper-list-bot-${process.pid}.tmp`;
  writeFileSync(temporary, text, "utf8");
  renameSync(temporary, full);
}

export {
  sampledEntries,
  escapeUrl,
  normaliseTitle,
  hasNormalisedTitle,
  paperArxivId,
  normaliseUrl,
  paperKeys,
  linkKind,
  displayHeading,
  foldName,
  findSection,
  sectionName,
  BLANK_LINE,
  TABLE_DELIMITER,
  alignedRow,
  shortenedLike,
  lastSeparator,
  arxivMonth,
  arxivDate,
  githubRepo,
  linkImage,
  formatEntry,
  parseVenueDate,
  parseLoneDate,
  listFormatOf,
  orderOf,
  HTML_TABLE,
  isContentsLine,
  readPaperList,
  headsOf,
  paperHeadingGroups,
  countWhole,
  inferListFormat,
  loadWorkspace,
  writeTextAtomically
};
