import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  checkUrl
} from "./chunk-G73ONDCX.js";
import {
  collapseSpaces,
  matchKey
} from "./chunk-CA7NHJAO.js";
import {
  LIST_MARKER,
  MARKDOWN_LINK,
  shorten
} from "./chunk-5BHKW6SU.js";
import {
  listSpelling
} from "./chunk-UFR3NOLC.js";

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
function fetchedValue(field, record, listVenues) {
  if (field === "title") return record.title;
  if (field === "authors") {
    const names = (record.authors ?? []).map(plainName).filter((name) => name !== "");
    const shown = names.length > MAX_AUTHORS ? [...names.slice(0, MAX_AUTHORS - 1), "et al."] : names;
    return shown.length > 0 ? shown.join("\n") : void 0;
  }
  return record.venue === void 0 ? void 0 : listSpelling(record.venue, listVenues);
}
function plainName(name) {
  return name.replace(/(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S*/gi, " ").replace(/[[\]()<>{}]/g, " ").replace(/[,;，]/g, " ").replace(/\s+/g, " ").trim();
}
function bestRecord(field, records, listVenues) {
  const candidates = records.flatMap((record) => {
    const value = fetchedValue(field, record, listVenues);
    return value === void 0 || value.trim() === "" ? [] : [{ record, value }];
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
    const { record, value } = best;
    const given = answers.get(field)?.trim();
    if (!given) {
      merged.set(field, value);
      filled.push({ field, value, source: record.source, url: record.url });
    } else if (!sameValue(field, given, value)) {
      differences.push({ field, given, fetched: value, source: record.source, url: record.url });
    }
  }
  const code = records.find((record) => record.codeUrl !== void 0);
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
    ...records.flatMap((record) => record.notes ?? [])
  ];
}

export {
  parseAuthors,
  AUTOFILL_MODES,
  FILLABLE_FIELDS,
  wantsAutofill,
  fillAnswers
};
