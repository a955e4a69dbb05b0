import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  require_dist
} from "./chunk-MOCXWIXD.js";
import {
  __toESM
} from "./chunk-7BITOXNC.js";

// src/form/section-options.ts
var import_yaml = __toESM(require_dist(), 1);
function syncSectionOptions(text, sections, sectionOf) {
  const document = (0, import_yaml.parseDocument)(text);
  if (document.errors.length > 0) return fail("the issue form is not valid YAML");
  const options = sectionOptions(document);
  if (!options) return fail("the issue form has no Section dropdown (a dropdown with id section)");
  const values = options.items.map((item) => (0, import_yaml.isScalar)(item) ? String(item.value) : void 0);
  if (values.some((value) => value === void 0))
    return fail("the Section options are not plain lines of text");
  const { slots, added, removed } = arrange(values, sections, sectionOf);
  if (added.length === 0 && removed.length === 0)
    return { ok: true, edit: { text, added, removed } };
  if (sectionDropdown(document)?.getIn(["attributes", "default"]) !== void 0)
    return fail("the Section dropdown sets a default, which an edit of its options would shift");
  const splices = options.flow ? flowSplices(text, options, slots) : blockSplices(text, options, slots);
  if (typeof splices === "string") return fail(splices);
  const spliced = applySplices(text, splices);
  const edited = text.endsWith("\n") ? spliced : spliced.replace(/\r?\n$/, "");
  const wanted = slots.map((s) => s.kind === "kept" ? values[s.index] : s.section);
  if (!sameExceptOptions(document, edited, wanted))
    return fail("the Section options could not be rewritten without touching other lines");
  return { ok: true, edit: { text: edited, added, removed } };
}
function fail(error) {
  return { ok: false, error };
}
function sectionDropdown(document) {
  const body = document.get("body");
  if (!(0, import_yaml.isSeq)(body)) return void 0;
  const element = body.items.find(
    (item) => (0, import_yaml.isMap)(item) && item.get("id") === "section" && item.get("type") === "dropdown"
  );
  return (0, import_yaml.isMap)(element) ? element : void 0;
}
function sectionOptions(document) {
  const options = sectionDropdown(document)?.getIn(["attributes", "options"]);
  return (0, import_yaml.isSeq)(options) ? options : void 0;
}
function arrange(values, sections, sectionOf) {
  const slots = [];
  const removed = [];
  values.forEach((value, index) => {
    const section = sectionOf(value);
    if (section === void 0) removed.push(value);
    else slots.push({ kind: "kept", index, section });
  });
  const added = [];
  sections.forEach((section, position) => {
    if (slots.some((slot) => slot.section === section)) return;
    let at = 0;
    for (let before = position - 1; before >= 0 && at === 0; before -= 1) {
      const last = slots.map((slot) => slot.section).lastIndexOf(sections[before]);
      if (last >= 0) at = last + 1;
    }
    slots.splice(at, 0, { kind: "added", section });
    added.push(section);
  });
  return { slots, added, removed };
}
function blockSplices(text, options, slots) {
  const lines = [];
  for (const item of options.items) {
    const range = (0, import_yaml.isScalar)(item) ? item.range : void 0;
    if (!range || !(0, import_yaml.isScalar)(item) || item.type?.startsWith("BLOCK"))
      return "the Section options are not plain lines of text";
    const start = text.lastIndexOf("\n", range[0] - 1) + 1;
    if (!/^[ \t]*-[ \t]+$/.test(text.slice(start, range[0])))
      return "each Section option must be on a line of its own, as `- name`";
    const newline = text.indexOf("\n", range[1]);
    const end = newline === -1 ? text.length : newline + 1;
    if (!/^[ \t]*(#.*)?\r?\n?$/.test(text.slice(range[1], end)))
      return "each Section option must be on a line of its own, as `- name`";
    lines.push({ start, end });
  }
  const first = lines[0];
  const lead = text.slice(first.start, options.items[0].range[0]);
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const quote = quoting(options);
  const splices = [];
  let at = first.start;
  for (const slot of slots) {
    if (slot.kind === "kept") {
      at = lines[slot.index].end;
      continue;
    }
    const line = `${lead}${formatOption(slot.section, quote, false)}`;
    const atEnd = at === text.length && !text.endsWith("\n");
    splices.push({ start: at, end: at, text: atEnd ? `${eol}${line}` : `${line}${eol}` });
  }
  const kept = new Set(slots.flatMap((s) => s.kind === "kept" ? [s.index] : []));
  lines.forEach((line, index) => {
    if (!kept.has(index)) splices.push({ ...line, text: "" });
  });
  return splices;
}
function flowSplices(text, options, slots) {
  const range = options.range;
  if (!range || text.slice(range[0], range[1]).includes("#"))
    return "the Section options hold comments inside brackets";
  const quote = quoting(options);
  const written = slots.map((slot) => {
    if (slot.kind === "added") return formatOption(slot.section, quote, true);
    const item = options.items[slot.index];
    return text.slice(item.range[0], item.range[1]);
  });
  return [{ start: range[0], end: range[1], text: `[${written.join(", ")}]` }];
}
function quoting(options) {
  const types = options.items.map((item) => (0, import_yaml.isScalar)(item) ? item.type : void 0);
  const double = types.includes("QUOTE_DOUBLE") && !types.includes("QUOTE_SINGLE");
  const always = types.every((t) => t === "QUOTE_SINGLE" || t === "QUOTE_DOUBLE");
  return { always, quote: double ? "double" : "single" };
}
function formatOption(value, quoting2, flow) {
  if (!quoting2.always && readsBackPlain(value, flow)) return value;
  if (quoting2.quote === "double") return JSON.stringify(value);
  return `'${value.replace(/'/g, "''")}'`;
}
function readsBackPlain(value, flow) {
  try {
    const back = (0, import_yaml.parse)(flow ? `[${value}]` : `- ${value}
`);
    return Array.isArray(back) && back.length === 1 && back[0] === value;
  } catch {
    return false;
  }
}
function applySplices(text, splices) {
  const ordered = splices.map((splice, order) => ({ ...splice, order })).sort((a, b) => a.start - b.start || a.order - b.order);
  let out = "";
  let at = 0;
  for (const splice of ordered) {
    out += text.slice(at, splice.start) + splice.text;
    at = Math.max(at, splice.end);
  }
  return out + text.slice(at);
}
function sameExceptOptions(original, edited, wanted) {
  const document = (0, import_yaml.parseDocument)(edited);
  const options = sectionOptions(document);
  if (document.errors.length > 0 || !options) return false;
  const expected = original.clone();
  sectionOptions(expected).items = wanted.map((w) => expected.createNode(w));
  return JSON.stringify(document.toJS()) === JSON.stringify(expected.toJS());
}

export {
  syncSectionOptions
};
