import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/paper/answer-text.ts
var MARKDOWN_LINK = /^\[([^\]]*)\]\(\s*<?([^\s>)]+)>?\s*\)$/;
var LIST_MARKER = /^(?:[-*+•]|\d{1,3}[.)])(?:\s+|$)/;
function shorten(text, max = 60) {
  if (text.length <= max) return text;
  const characters = Array.from(text);
  return characters.length > max ? `${characters.slice(0, max - 1).join("")}…` : text;
}

export {
  MARKDOWN_LINK,
  LIST_MARKER,
  shorten
};
