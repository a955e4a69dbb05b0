import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  sampledEntries
} from "./chunk-LMB7NM2C.js";
import {
  FILER_VALUES,
  placedValues,
  requiredValues
} from "./chunk-RJPXONFU.js";

// src/infer/fields-shown.ts
var FIELDS_OF = {
  title: ["title"],
  authors: ["authors"],
  venue: ["venue"],
  year: ["venue"],
  links: ["paper", "links"],
  paper: ["paper"],
  abbreviation: ["abbreviation"],
  rating: ["rating"],
  notes: ["notes"],
  tail: ["abbreviation", "rating", "notes"],
  number: [],
  repo: ["links"],
  arxiv: ["paper"]
};
function fieldsShown(list, format) {
  const templates = list.sections.flatMap((s) => format.templateFor(s.block) ?? []);
  return fieldsUsed(templates.length > 0 ? templates : [format.template], format);
}
function fieldsUsed(templates, format) {
  const used = /* @__PURE__ */ new Set(["title", "section"]);
  if (format.dateHeadings) used.add("venue");
  for (const template of templates) {
    for (const name of placedValues(template)) for (const id of FIELDS_OF[name]) used.add(id);
  }
  return used;
}
function fieldsRequired(list, format) {
  const templates = list.sections.flatMap((s) => format.templateFor(s.block) ?? []);
  const required = (templates.length > 0 ? templates : [format.template]).map(requiredValues);
  const names = FILER_VALUES.filter((name) => required.every((placed) => placed.has(name)));
  return new Set(names.flatMap((name) => FIELDS_OF[name]));
}
var EXAMPLE_FIELDS = ["notes", "abbreviation"];
function listExamples(list, format) {
  const examples = {};
  for (const section of list.sections) {
    for (const entry of sampledEntries(section.block.entries)) {
      const fields = format.reader.fields(section.file.text.slice(entry.start, entry.end));
      for (const id of EXAMPLE_FIELDS) {
        const value = fields?.[id]?.trim();
        if (value && !(id in examples) && !value.includes("\n")) examples[id] = value;
      }
      if (EXAMPLE_FIELDS.every((id) => id in examples)) return examples;
    }
  }
  return examples;
}

export {
  fieldsShown,
  fieldsRequired,
  listExamples
};
