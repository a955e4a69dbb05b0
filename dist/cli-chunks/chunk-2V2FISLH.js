import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  collapseSpaces
} from "./chunk-CA7NHJAO.js";

// src/metadata/paper-metadata.ts
var SOURCE_NAMES = {
  link: "the link",
  arxiv: "arXiv",
  doi: "doi.org",
  openreview: "OpenReview",
  dblp: "DBLP",
  "semantic-scholar": "Semantic Scholar",
  huggingface: "Hugging Face"
};
function notFound(reason) {
  return { found: false, reason };
}
function invalidAnswer(source, detail) {
  return {
    found: false,
    reason: `${SOURCE_NAMES[source]} answered in an unexpected shape (${detail})`,
    invalid: true
  };
}
function found(record) {
  const entries = Object.entries(record).filter(
    ([, value]) => value !== void 0 && !(Array.isArray(value) && value.length === 0)
  );
  return { found: true, record: Object.fromEntries(entries) };
}
function cleanTitle(title) {
  return collapseSpaces(title);
}
var TEX = /\$[^$]+\$|\\[A-Za-z]+|\\[{}$&%_#^~]/;
function hasTex(title) {
  return TEX.test(title);
}
function titleFields(title) {
  if (title === void 0) return {};
  const clean = cleanTitle(title);
  if (clean === "") return {};
  return hasTex(clean) ? { title: clean, hasTex: true } : { title: clean };
}
function firstIssue(error) {
  const issue = error.issues[0];
  if (!issue) return "unexpected shape";
  const path = issue.path.map(String).join(".");
  return path ? `${path}: ${issue.message}` : issue.message;
}
function checkShape(schema, json, source) {
  const parsed = schema.safeParse(json);
  return parsed.success ? { data: parsed.data } : { verdict: invalidAnswer(source, firstIssue(parsed.error)) };
}

export {
  SOURCE_NAMES,
  notFound,
  invalidAnswer,
  found,
  titleFields,
  checkShape
};
