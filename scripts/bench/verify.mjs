// Checks that `add` and `sort` did exactly their job on a generated list. Returns a message
// describing the first problem, or undefined when the result is right.
import { NEW_PAPER } from './generate.mjs';

/** The year of an entry, read from the venue bracket of its third line (SPEC 5). */
function entryYear(lines) {
  const venue = /^\[([^\]]*)\]/.exec(lines[2] ?? '')?.[1] ?? '';
  const arxiv = /\barxiv\s*(\d{2})(\d{2})(?!\d)/i.exec(venue);
  if (arxiv && Number(arxiv[2]) >= 1 && Number(arxiv[2]) <= 12) return 2000 + Number(arxiv[1]);
  const year = /(?<!\d)(20\d\d|19\d\d)(?!\d)/.exec(venue);
  return year ? Number(year[1]) : undefined;
}

/** Sections (H1 headings) and the entries under them, each entry as its lines. */
function readSections(text) {
  const sections = [];
  let section;
  let entry;
  for (const line of text.split('\n')) {
    if (line.startsWith('# ')) {
      section = { name: line.slice(2), entries: [] };
      sections.push(section);
      entry = undefined;
    } else if (section && line.startsWith('- **')) {
      entry = { lines: [line] };
      section.entries.push(entry);
    } else if (line.trim() === '') {
      entry = undefined;
    } else if (entry) {
      entry.lines.push(line);
    }
  }
  return sections;
}

function firstDifference(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) if (a[i] !== b[i]) return i;
  return n;
}

/** `add` must splice the new entry and one blank line in before the expected entry, nothing else. */
export function checkAdd(before, after, expected, stdout) {
  const entry = Buffer.from(`${NEW_PAPER.entry}\n\n`, 'utf8');
  if (after.length !== before.length + entry.length) {
    return `file grew by ${after.length - before.length} bytes, expected exactly ${entry.length} (the new entry and one blank line)`;
  }
  const want = Buffer.concat([
    before.subarray(0, expected.offset),
    entry,
    before.subarray(expected.offset),
  ]);
  if (!want.equals(after)) {
    const at = firstDifference(want, after);
    return `file differs from the expected insertion at byte ${at}: got ${JSON.stringify(after.subarray(at, at + 80).toString('utf8'))}`;
  }
  const line = /line (\d+)/.exec(stdout)?.[1];
  if (Number(line) !== expected.line) {
    return `add reported line ${line ?? '(none)'}, expected ${expected.line}`;
  }
  return undefined;
}

/** `sort` must only move whole entries: a stable sort by year, newest first, in each section. */
export function checkSort(before, after) {
  if (after.length !== before.length) {
    return `file size changed from ${before.length} to ${after.length} bytes`;
  }
  if (after.equals(before)) return 'file unchanged, but the list had entries out of order';
  const oldText = before.toString('utf8');
  const newText = after.toString('utf8');
  const oldLines = oldText.split('\n').sort();
  const newLines = newText.split('\n').sort();
  if (oldLines.length !== newLines.length || oldLines.some((l, i) => l !== newLines[i])) {
    return 'the sorted file does not hold the same lines as the original';
  }
  const oldSections = readSections(oldText);
  const newSections = readSections(newText);
  if (oldSections.map((s) => s.name).join('\n') !== newSections.map((s) => s.name).join('\n')) {
    return 'the sections changed';
  }
  for (let s = 0; s < oldSections.length; s += 1) {
    const keyed = oldSections[s].entries.map((e, i) => ({ e, i, year: entryYear(e.lines) ?? -1 }));
    keyed.sort((a, b) => b.year - a.year || a.i - b.i);
    const want = keyed.map((k) => k.e.lines.join('\n'));
    const got = newSections[s].entries.map((e) => e.lines.join('\n'));
    const at = firstDifference(want, got);
    if (at < Math.max(want.length, got.length)) {
      return `section "${oldSections[s].name}": entry ${at + 1} is ${JSON.stringify((got[at] ?? '(missing)').split('\n')[0])}, expected ${JSON.stringify((want[at] ?? '(none)').split('\n')[0])}`;
    }
  }
  return undefined;
}
