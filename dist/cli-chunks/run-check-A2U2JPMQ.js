import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  isRelativeLink
} from "./chunk-G73ONDCX.js";
import {
  unreadItems
} from "./chunk-4PABCGX2.js";
import {
  shorten
} from "./chunk-5BHKW6SU.js";
import {
  findSection,
  loadWorkspace
} from "./chunk-LMB7NM2C.js";
import {
  EXIT
} from "./chunk-R2TVEQDS.js";
import "./chunk-RJPXONFU.js";
import "./chunk-UFR3NOLC.js";
import "./chunk-NXT33NVO.js";
import "./chunk-7BITOXNC.js";

// src/list/lint-list.ts
var BROKEN_LINK = /\[\[[^\]\n]*\)\](?!\(|\]\()|\[\[[^\]\n]*\](?!\()(?!\])(?![^[\]\n]*\]\()/g;
var LINK_TARGET = /\]\(\s*<?([^\s)>]*)/g;
function lintList(file, reader, options = {}) {
  const findings = [];
  for (const section of file.sections) {
    const own = inSection(section, options);
    for (const entry of section.entries) lintInto(findings, file, entry, reader, own);
  }
  return findings;
}
function inSection(section, options) {
  return YEAR_AT_END.test(section.heading?.text ?? "") ? { ...options, dated: false } : options;
}
var YEAR_AT_END = /(?:^|\s)(?:19|20)\d\d[\s*_]*$/;
function lintInto(findings, file, entry, reader, options) {
  const text = file.text.slice(entry.start, entry.end);
  const report = (offset, message) => {
    findings.push({ path: file.path, line: entry.line + countLines(text, offset), message });
  };
  const title = reader.title(text);
  if (title === void 0) report(0, "no title can be read from the first line");
  if ((options.dated ?? true) && !reader.date(text)) {
    report(0, `no year can be read from the venue${title ? ` of "${shorten(title)}"` : ""}`);
  }
  LINK_TARGET.lastIndex = 0;
  for (let match = LINK_TARGET.exec(text); match; match = LINK_TARGET.exec(text)) {
    const url = match[1];
    const fine = /^(?:https?:\/\/[^/]|mailto:)/i.test(url);
    if (!fine && !(options.relativeLinks && isRelativeLink(url))) {
      report(match.index, `link target "${shorten(url)}" is not an absolute http(s) URL`);
    }
  }
  if (!text.includes("[[")) return;
  for (const match of text.matchAll(BROKEN_LINK)) {
    report(match.index, `broken link "${shorten(match[0])}": write it as [[Label](https://...)]`);
  }
}
function countLines(text, offset) {
  let lines = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1))
    lines += 1;
  return lines;
}

// src/cli/run-check.ts
var NO_ENTRIES = 'its entries are written in a way the bot does not recognise; run `paper-list-bot init` to see what it reads, or set "template" in the configuration';
async function runCheck(options, io) {
  const workspace = await loadWorkspace(io.cwd, options);
  const read = await workspace.readForm();
  if (read.warning) io.err(`warning: ${read.warning}`);
  const form = options.fixForm ? (await import("./fix-form-FUCTJTFR.js")).fixForm(workspace, read, io) : read;
  let findings = 0;
  let entries = 0;
  for (const file of workspace.list.files) {
    const own = file.sections.reduce((n, s) => n + s.entries.length, 0);
    entries += own;
    if (own === 0) {
      findings += 1;
      io.out(`${file.path}: no entries can be read: ${NO_ENTRIES}`);
    }
    const offered = new Set(
      workspace.list.sections.filter((s) => s.file === file).map((s) => s.block)
    );
    const lint = { ...file, sections: file.sections.filter((s) => offered.has(s)) };
    const problems = [
      ...lintList(lint, workspace.format.reader, workspace.format),
      ...unreadItems(file, offered, workspace.format.excludeSections)
    ].sort((a, b) => a.line - b.line);
    for (const finding of problems) {
      findings += 1;
      io.out(`${finding.path}:${finding.line}: ${finding.message}`);
    }
  }
  const sectionOptions = form.fields.find((f) => f.id === "section")?.options ?? [];
  if (form.path) {
    for (const option of sectionOptions.filter((o) => !findSection(workspace.list, o))) {
      findings += 1;
      io.out(`${form.path}: Section option "${option}" is not a section of the list`);
    }
    for (const section of workspace.list.sections.filter(
      (s) => !sectionOptions.some((o) => findSection(workspace.list, o) === s)
    )) {
      findings += 1;
      io.out(
        `${form.path}: the list's section "${section.name}" is missing from the Section options`
      );
    }
  }
  io.out(`sections: ${workspace.list.sections.map((s) => s.name).join(", ")}`);
  const sections = workspace.list.sections.length;
  const summary = `${entries} entries in ${sections} sections of ${workspace.list.files.length} file(s)`;
  if (findings === 0) {
    io.out(`ok: ${summary}, no problems`);
    return EXIT.ok;
  }
  io.out(`${findings} problem(s) in ${summary}`);
  return EXIT.invalid;
}
export {
  runCheck
};
