import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  shorten
} from "./chunk-5BHKW6SU.js";
import {
  HTML_TABLE,
  TABLE_DELIMITER,
  displayHeading,
  foldName,
  isContentsLine,
  paperHeadingGroups
} from "./chunk-LMB7NM2C.js";

// src/list/unread-items.ts
function unreadItems(file, sections, excludeSections = []) {
  return [
    ...paperHeadings(file, sections),
    ...unreadLines(file, sections),
    ...unreadSections(file, sections, new Set(excludeSections.map(foldName)))
  ].sort((a, b) => a.line - b.line);
}
var LINKED_ITEMS = 3;
var LINKED_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t].*\bhttps?:\/\//i;
function unreadSections(file, sections, excluded) {
  return file.sections.flatMap((section) => {
    if (sections.has(section) || !section.heading || section.entries.length > 0) return [];
    if (excluded.has(foldName(displayHeading(section.heading.text)))) return [];
    const linked = section.strays.filter((s) => LINKED_ITEM.test(s.content)).length;
    if (linked < LINKED_ITEMS) return [];
    return [
      {
        path: file.path,
        line: section.heading.line,
        message: `"${shorten(section.heading.text)}" holds ${linked} list items with links, none read as an entry, so it is not offered (name it in "exclude-sections" if it holds no papers)`
      }
    ];
  });
}
function paperHeadings(file, sections) {
  return paperHeadingGroups(file, sections).map(({ level, sections: alike, size }) => {
    const first = alike[0].heading;
    return {
      path: file.path,
      line: first.line,
      message: `${alike.length} headings of level ${level}, such as "${shorten(first.text)}", stand for one paper each, ` + (size > 0 ? `with ${size} lines under each: the format read does not take them as entries, and a paper would be added as a line under one of them` : "each linking its paper: the format read does not take them as entries, so none of their papers is read")
    };
  });
}
function namesNoPaper(content) {
  const text = content.replace(/^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/, "").trim();
  const link = /^\[([^[\]\n]+)\]\([^()\s]+\)$/.exec(text);
  const words = (link ? link[1] : text).split(/\s+/).length;
  return (link !== null || !/[[\]()]/.test(text)) && words <= 3;
}
function unreadLines(file, sections) {
  const found = [];
  const heads = new Set(
    file.sections.flatMap((s) => [
      ...s.tables.flatMap((t) => [t.line, t.line + 1]),
      ...s.heading ? [s.heading.line] : []
    ])
  );
  for (const section of file.sections) {
    if (!sections.has(section)) continue;
    const firstGroup = section.groups[0]?.heading.line ?? 0;
    for (const { line, content } of section.strays) {
      if (isContentsLine(content) || heads.has(line)) continue;
      if (line < firstGroup && namesNoPaper(content)) continue;
      if (TABLE_DELIMITER.test(content)) {
        if (found[found.length - 1]?.line === line - 1) found.pop();
        continue;
      }
      const message = HTML_TABLE.test(content) ? "an HTML table is not read: its rows are not entries (write them as a Markdown table or as list items)" : `"${shorten(content.trim())}" is not read as an entry`;
      found.push({ path: file.path, line, message });
    }
  }
  return found;
}

export {
  unreadItems
};
