// Leave one out: take an entry out of a real list, file it again through the form with the
// answers its author would give, and compare the file with the original, byte for byte.
import { defaultConfig } from '../../src/config/config.js';
import { DEFAULT_FORM } from '../../src/form/default-form.js';
import { resolveListFormat } from '../../src/infer/resolve-format.js';
import type { Entry } from '../../src/list/list-file.js';
import type { ListFormat } from '../../src/list/list-format.js';
import { findSection, type PaperList } from '../../src/list/paper-list.js';
import { readPaperList } from '../../src/list/read-paper-list.js';
import {
  applyEdits,
  entryNumber,
  numbersExplicitly,
  renumberEdit,
} from '../../src/list/renumber.js';
import { planAddition } from '../../src/plan/plan-addition.js';
import { renderIssueBody } from '../form/render-issue-body.js';
import { standsInOrder } from './own-place.js';
import { placedAmongEquals, unnumbered } from './placed-among-equals.js';
import type { RealList, Sample } from './real-lists.js';

/** What became of one sample. */
export interface LeaveOneOutResult {
  readonly exact: boolean;
  /** Why not, when it is not exact. */
  readonly reason?: string;
  /** The entry as the bot wrote it, when it wrote one. */
  readonly written?: string;
  /** The file as the bot wrote it, when it wrote one. */
  readonly text?: string;
  /** The file once the entry is out, before the bot wrote it again, and the format it is read by. */
  readonly without?: { readonly text: string; readonly format: ListFormat };
  /**
   * Written byte for byte, and placed among entries the list's order ranks equal to it (see
   * placed-among-equals.ts): a place as right as its author's.
   */
  readonly amongEquals?: boolean;
  /**
   * Written as its author wrote it but for blanks and line breaks (a stray space before the
   * bullet, one at the line's end, a title broken over two lines): slips no form answer carries.
   */
  readonly butForBlanks?: boolean;
  /**
   * Whether its author's place is one the list's order gives (see own-place.ts); when not, no
   * rule could put it back there.
   */
  readonly inOrder: boolean;
}

/** Whether two entries differ in their runs of blanks and line breaks only. */
export function sameButForBlanks(a: string, b: string): boolean {
  const squeezed = (text: string) => text.replace(/\s+/g, ' ').trim();
  return a !== b && squeezed(a) === squeezed(b);
}

/** Removes the sample, files it again with zero configuration, and compares the file. */
export function leaveOneOut(list: RealList, sample: Sample): LeaveOneOutResult {
  const file = list.files.find((f) => f.path === sample.file)!;
  const full = fullRead(list);
  const located = locate(full.list, sample, file.text);
  if (!located)
    return { exact: false, reason: 'the entry is not read as an entry', inOrder: false };
  // A numbered list without the entry numbers on without a gap, as its maintainer would keep it.
  const fileRead = full.list.files.find((f) => f.path === sample.file)!;
  const explicit = numbersExplicitly(fileRead, [located.entry, ...located.renumber]);
  const edits =
    full.format.numbered && explicit
      ? located.renumber.flatMap((e) => {
          const own = entryNumber(fileRead, e);
          const edit = own === undefined ? undefined : renumberEdit(fileRead, e, own - 1);
          return edit ? [edit] : [];
        })
      : [];
  const cut = { at: located.cut.from, remove: located.cut.to - located.cut.from, insert: '' };
  const reduced = list.files.map((f) =>
    f.path === sample.file ? { path: f.path, text: applyEdits(f.text, [cut, ...edits]) } : f,
  );
  const again = read(reduced);
  const section = findSection(again.list, located.section);
  const inOrder = standsInOrder(again.format, {
    files: list.files,
    path: sample.file,
    section: located.section,
    start: located.entry.start,
  });
  if (!section)
    return {
      exact: false,
      reason: `no section "${located.section}" once the entry is out`,
      inOrder,
    };
  const body = renderIssueBody(DEFAULT_FORM, { ...sample.answers, section: section.name });
  const plan = planAddition({ body, form: DEFAULT_FORM, list: again.list, format: again.format });
  if (plan.kind !== 'insert') {
    const why =
      plan.kind === 'invalid' ? plan.problems.map((p) => p.message).join(' ') : 'duplicate';
    return { exact: false, reason: `not inserted: ${why}`, inOrder };
  }
  const without = { text: reduced.find((f) => f.path === sample.file)!.text, format: again.format };
  if (plan.text === file.text)
    return { exact: true, written: plan.entry, text: plan.text, without, inOrder };
  const entryWritten = plan.entry === sample.entry;
  const placement = {
    files: list.files,
    path: sample.file,
    original: file.text,
    written: plan.text,
    entry: sample.entry,
    section: located.section,
  };
  return {
    exact: false,
    reason: entryWritten ? `written right but placed ${plan.placement}` : 'written differently',
    written: plan.entry,
    text: plan.text,
    without,
    butForBlanks: sameButForBlanks(unnumbered(plan.entry), unnumbered(sample.entry)),
    amongEquals:
      unnumbered(plan.entry) === unnumbered(sample.entry) &&
      placedAmongEquals(again.format, placement),
    inOrder,
  };
}

/** The whole list read, once per list: every sample of a list starts from it. */
const fullReads = new WeakMap<RealList, ReturnType<typeof read>>();
function fullRead(list: RealList): ReturnType<typeof read> {
  const known = fullReads.get(list);
  if (known) return known;
  const made = read(list.files);
  fullReads.set(list, made);
  return made;
}

function read(files: readonly { path: string; text: string }[]): {
  list: PaperList;
  format: ListFormat;
} {
  const format = resolveListFormat(defaultConfig(), files);
  return { list: readPaperList(files, format), format };
}

/** The sample's entry as read, its section's name, and what to cut to take it out. */
function locate(
  list: PaperList,
  sample: Sample,
  text: string,
):
  | { section: string; cut: { from: number; to: number }; entry: Entry; renumber: readonly Entry[] }
  | undefined {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const start = text.indexOf(sample.entry.replace(/\n/g, eol));
  for (const section of list.sections) {
    if (section.file.path !== sample.file) continue;
    const entries = section.block.entries;
    const index = entries.findIndex((e) => e.start === start);
    if (index === -1) continue;
    return {
      section: section.name,
      cut: cutOf(text, entries, index),
      entry: entries[index]!,
      renumber: entries.slice(index + 1),
    };
  }
  return undefined;
}

/** The entry with the gap after it (the gap before it, when it is the last of its run). */
function cutOf(
  text: string,
  entries: readonly Entry[],
  index: number,
): { from: number; to: number } {
  const entry = entries[index]!;
  const next = entries[index + 1];
  if (next && text.slice(entry.end, next.start).trim() === '')
    return { from: entry.start, to: next.start };
  const previous = entries[index - 1];
  if (previous && text.slice(previous.end, entry.start).trim() === '')
    return { from: previous.end, to: entry.end };
  const before = text.slice(0, entry.start).replace(/\s+$/, '').length;
  return { from: before, to: entry.end };
}
