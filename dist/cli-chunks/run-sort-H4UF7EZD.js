import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  entryNumber,
  withNumber
} from "./chunk-LJHVECZE.js";
import {
  loadWorkspace,
  orderOf,
  sectionName,
  writeTextAtomically
} from "./chunk-LMB7NM2C.js";
import {
  EXIT
} from "./chunk-R2TVEQDS.js";
import {
  compareDates,
  compareTitles,
  isPreprintVenue
} from "./chunk-RJPXONFU.js";
import "./chunk-UFR3NOLC.js";
import "./chunk-NXT33NVO.js";
import "./chunk-7BITOXNC.js";

// src/list/sort-list-file.ts
function sortListFile(file, reader, order, options = {}) {
  const orderOf2 = typeof order === "function" ? order : () => order;
  const preprintsLast = options.preprints === "last";
  const pieces = [];
  const changed = [];
  let copied = 0;
  for (const section of file.sections) {
    const own = orderOf2(section);
    if (own === "none") continue;
    const keyed = section.entries.map((entry, index) => {
      const text = file.text.slice(entry.start, entry.end);
      const title = own === "title" ? reader.name(text) : void 0;
      const date = own === "title" ? void 0 : reader.date(text);
      const preprint = preprintsLast && own !== "title" && isPreprintVenue(reader.venue(text));
      return { entry, index, title, date, preprint };
    });
    const sorted = groupRuns(section).flatMap(
      (run) => keyed.slice(run.from, run.to).sort(comparator(own, options.byMonth ?? false))
    );
    if (sorted.every((k, i) => k.index === i)) continue;
    sorted.forEach((k, i) => {
      const slot = section.entries[i];
      const text = file.text.slice(k.entry.start, k.entry.end);
      const number = options.numbered ? entryNumber(file, slot) : void 0;
      pieces.push(
        file.text.slice(copied, slot.start),
        number === void 0 ? text : withNumber(text, number)
      );
      copied = slot.end;
    });
    changed.push({ section, moved: movedEntries(sorted, file, reader) });
  }
  if (changed.length === 0) return { text: file.text, changed };
  pieces.push(file.text.slice(copied));
  return { text: pieces.join(""), changed };
}
function groupRuns(section) {
  const starts = [0, ...section.groups.map((g) => g.firstEntry), section.entries.length];
  const runs = [];
  for (let i = 1; i < starts.length; i += 1) {
    if (starts[i] > starts[i - 1]) runs.push({ from: starts[i - 1], to: starts[i] });
  }
  return runs;
}
function comparator(order, byMonth) {
  const dates = order === "newest-first" ? (x, y) => compareDates(y, x, byMonth) : (x, y) => compareDates(x, y, byMonth);
  return (a, b) => {
    const byKey = order === "title" ? compareOptional(a.title, b.title, compareTitles) : Number(a.preprint) - Number(b.preprint) || compareOptional(a.date, b.date, dates);
    return byKey !== 0 ? byKey : a.index - b.index;
  };
}
function compareOptional(a, b, compare) {
  if (a === void 0) return b === void 0 ? 0 : 1;
  if (b === void 0) return -1;
  return compare(a, b);
}
function movedEntries(sorted, file, reader) {
  const stayed = longestIncreasingRun(sorted.map((k) => k.index));
  const moved = [];
  sorted.forEach((k, to) => {
    if (stayed.has(k.index)) return;
    const text = file.text.slice(k.entry.start, k.entry.end);
    const year = reader.date(text)?.year;
    moved.push({
      title: reader.title(text) ?? `entry at line ${k.entry.line}`,
      ...year !== void 0 ? { year } : {},
      fromLine: k.entry.line,
      from: k.index,
      to
    });
  });
  return moved;
}
function longestIncreasingRun(values) {
  const tails = [];
  const tailIndex = [];
  const previous = new Array(values.length).fill(-1);
  values.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (tails[mid] < value) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = value;
    tailIndex[lo] = i;
    previous[i] = lo > 0 ? tailIndex[lo - 1] : -1;
  });
  const run = /* @__PURE__ */ new Set();
  for (let i = tailIndex[tails.length - 1] ?? -1; i !== -1; i = previous[i]) run.add(values[i]);
  return run;
}

// src/plan/plan-sort.ts
function planSort(list, format) {
  const files = [];
  for (const file of list.files) {
    const sorted = sortListFile(
      file,
      format.reader,
      (section) => orderOf(format, sectionName(list, file, section)),
      { numbered: format.numbered, byMonth: format.byMonth, preprints: format.preprints }
    );
    if (sorted.changed.length === 0) continue;
    files.push({
      file,
      text: sorted.text,
      sections: sorted.changed.map((c) => ({
        name: sectionName(list, file, c.section),
        section: c.section,
        moved: c.moved
      }))
    });
  }
  return { files };
}

// src/messages/describe-move.ts
function describeMove(move) {
  const distance = Math.abs(move.to - move.from);
  const direction = move.to < move.from ? "up" : "down";
  const year = move.year !== void 0 ? ` (${move.year})` : "";
  return `"${move.title}"${year} ${direction} ${distance} ${distance === 1 ? "place" : "places"}`;
}

// src/cli/run-sort.ts
async function runSort(options, io) {
  const workspace = await loadWorkspace(io.cwd, options);
  const plan = planSort(workspace.list, workspace.format);
  if (plan.files.length === 0) {
    io.out("in order: every section is sorted");
    return EXIT.ok;
  }
  for (const file of plan.files) {
    for (const section of file.sections) {
      const what = `${section.name} (${file.file.path}): ${count(section.moved.length)} ${options.check ? "would move" : "moved"}`;
      (options.check ? io.err : io.out)(
        `${options.check ? "out of order" : "sorted"}: ${what}: ${section.moved.map(describeMove).join("; ")}`
      );
    }
    if (!options.check) writeTextAtomically(workspace.dir, file.file.path, file.text);
  }
  return options.check ? EXIT.outOfOrder : EXIT.ok;
}
function count(n) {
  return n === 1 ? "1 entry" : `${n} entries`;
}
export {
  runSort
};
