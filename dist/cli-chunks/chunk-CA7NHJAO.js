import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/paper/clean-text.ts
var DROPPED = /[\u200B\uFEFF\u2060]/g;
var BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
var CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;
function refuseInvisible(text) {
  const bidi = BIDI_CONTROL.exec(text);
  if (bidi) {
    return `contains an invisible text-direction control character (${codePoint(bidi[0])}); delete it and type the text again`;
  }
  const control = CONTROL.exec(text);
  if (control)
    return `contains an invisible control character (${codePoint(control[0])}); delete it`;
  return void 0;
}
function dropInvisible(text) {
  return text.normalize("NFC").replace(DROPPED, "").replace(/[\u2028\u2029]/g, "\n");
}
function collapseSpaces(text) {
  return text.replace(/[\s\u00A0]+/gu, " ").trim();
}
function codePoint(char) {
  return `U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

// src/metadata/paper-match.ts
var ENTITIES = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'"
};
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name) => {
    if (name[0] !== "#") return ENTITIES[name.toLowerCase()] ?? entity;
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return Number.isInteger(code) && code > 0 && code <= 1114111 ? String.fromCodePoint(code) : entity;
  });
}
function matchKey(text) {
  return decodeEntities(text).normalize("NFKD").replace(new RegExp("\\p{M}+", "gu"), "").toUpperCase().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
function sameTitle(a, b) {
  const key = (title) => matchKey(title).replace(/ /g, "");
  return key(a) !== "" && key(a) === key(b);
}
function dblpName(name) {
  return collapseSpaces(decodeEntities(name)).replace(/\s+\d{4}$/, "");
}
function sameAuthor(a, b) {
  const [x, y] = [matchKey(dblpName(a)).split(" "), matchKey(dblpName(b)).split(" ")];
  if (x.join(" ") === "" || y.join(" ") === "") return false;
  if (x.join(" ") === y.join(" ")) return true;
  return x.at(-1) === y.at(-1) && x[0][0] === y[0][0];
}
function matchesPaper(candidate, wanted) {
  return sameTitle(candidate.title, wanted.title) && candidate.authors.some((author) => wanted.authors.some((other) => sameAuthor(author, other)));
}

export {
  refuseInvisible,
  dropInvisible,
  collapseSpaces,
  decodeEntities,
  matchKey,
  dblpName,
  matchesPaper
};
