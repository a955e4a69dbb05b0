import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  chooseIssueForm
} from "./chunk-HVM2HH6W.js";
import "./chunk-6VWXAFT4.js";
import {
  syncSectionOptions
} from "./chunk-UFVJ3QEW.js";
import "./chunk-MOCXWIXD.js";
import {
  findSection,
  writeTextAtomically
} from "./chunk-LMB7NM2C.js";
import "./chunk-R2TVEQDS.js";
import "./chunk-RJPXONFU.js";
import "./chunk-UFR3NOLC.js";
import "./chunk-NXT33NVO.js";
import "./chunk-7BITOXNC.js";

// src/cli/fix-form.ts
import { readFileSync } from "node:fs";
import path from "node:path";
function fixForm(workspace, form, io) {
  const file = form.path;
  if (!file) {
    io.err("warning: --fix-form: the list has no issue form of its own to fix");
    return form;
  }
  const text = readFileSync(path.join(workspace.dir, file), "utf8");
  const { list } = workspace;
  const synced = syncSectionOptions(
    text,
    list.sections.map((section) => section.name),
    (option) => findSection(list, option)?.name
  );
  if (!synced.ok) {
    io.err(`warning: ${file}: ${synced.error}; not changed`);
    return form;
  }
  const { added, removed } = synced.edit;
  if (added.length === 0 && removed.length === 0) return form;
  writeTextAtomically(workspace.dir, file, synced.edit.text);
  const quoted = (names) => names.map((n) => `"${n}"`).join(", ");
  io.out(
    `fixed: ${file}: Section options ${[
      ...added.length > 0 ? [`added ${quoted(added)}`] : [],
      ...removed.length > 0 ? [`removed ${quoted(removed)}`] : []
    ].join("; ")}`
  );
  return chooseIssueForm({ path: file, text: synced.edit.text });
}
export {
  fixForm
};
