import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/list/renumber.ts
var NUMBER = /^([ \t]*)(\d{1,9})(?=[.)])/;
function entryNumber(file, entry) {
  const match = NUMBER.exec(file.text.slice(entry.start, entry.start + 24));
  return match ? Number(match[2]) : void 0;
}
function numbersExplicitly(file, entries) {
  return entries.length <= 1 || new Set(entries.map((e) => entryNumber(file, e))).size > 1;
}
function renumberEdit(file, entry, to) {
  const match = NUMBER.exec(file.text.slice(entry.start, entry.start + 24));
  if (!match || Number(match[2]) === to) return void 0;
  const text = file.text.slice(entry.start, entry.end);
  const numbered = withNumber(text, to);
  const [indent, digits] = [match[1].length, match[2].length];
  if (numbered === `${text.slice(0, indent)}${to}${text.slice(indent + digits)}`) {
    return { at: entry.start + indent, remove: digits, insert: String(to) };
  }
  return { at: entry.start, remove: text.length, insert: numbered };
}
var ITEM_OPENING = /^([ \t]*)(\d{1,9})([.)] +)/;
function withNumber(text, to) {
  const opening = ITEM_OPENING.exec(text);
  const grown = String(to).length - (opening?.[2].length ?? 0);
  if (!opening || grown <= 0 || /\t/.test(opening[0])) {
    return text.replace(NUMBER, (_, indent2) => `${indent2}${to}`);
  }
  const [whole, indent, , marker] = opening;
  const padding = marker.length - 2;
  const taken = Math.min(grown, padding);
  const rest = text.slice(whole.length);
  const head = `${indent}${to}${marker.slice(0, marker.length - taken)}`;
  const moved = grown - taken;
  if (moved === 0) return head + rest;
  const aligned = new RegExp(`(\\r\\n|\\r|\\n) {${whole.length}}(?=[^ \\t\\r\\n])`, "g");
  return head + rest.replace(aligned, `$1${" ".repeat(whole.length + moved)}`);
}
function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => a.at - b.at);
  const pieces = [];
  let copied = 0;
  for (const edit of sorted) {
    pieces.push(text.slice(copied, edit.at), edit.insert);
    copied = edit.at + edit.remove;
  }
  pieces.push(text.slice(copied));
  return pieces.join("");
}

export {
  entryNumber,
  numbersExplicitly,
  renumberEdit,
  withNumber,
  applyEdits
};
