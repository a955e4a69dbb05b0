// Fourteen real paper lists of other formats (test/fixtures/lists/SOURCES.md), read with no
// configuration at all: how many of their true entries the inferred format reads (counted by each
// list's own pattern, written apart from the bot), and how many sample entries, taken out and
// filed again through the form with their author's answers, come back byte for byte.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { planInit } from '../../src/infer/plan-init.js';
import { resolveList, resolveListFormat } from '../../src/infer/resolve-format.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { findPaper } from '../../src/list/find-paper.js';
import { lintList } from '../../src/list/lint-list.js';
import { readPaperList } from '../../src/list/read-paper-list.js';
import { sortListFile } from '../../src/list/sort-list-file.js';
import { planSort } from '../../src/plan/plan-sort.js';
import { orderOf, type ListFormat } from '../../src/list/list-format.js';
import { sectionName, type PaperList } from '../../src/list/paper-list.js';
import { leaveOneOut, type LeaveOneOutResult } from '../support/leave-one-out.js';
import { unnumbered } from '../support/placed-among-equals.js';
import { realLists, type RealList } from '../support/real-lists.js';

const LISTS = realLists();

const formats = new Map<string, ReturnType<typeof resolveListFormat>>();

/** The list and its format, inferred with no configuration. */
function readWith(files: RealList['files']): [PaperList, ListFormat] {
  const { list, format } = resolveList(defaultConfig(), files);
  return [list, format];
}

/** The list's format with no configuration, inferred once per list for all the tests below. */
function formatOf(list: RealList) {
  const known = formats.get(list.name);
  if (known) return known;
  const format = resolveListFormat(defaultConfig(), list.files);
  formats.set(list.name, format);
  return format;
}

/** Of a list's true entries (by its own pattern): how many, read as entries, and with a title. */
interface Recognised {
  readonly truth: number;
  readonly entries: number;
  readonly found: number;
  /** True entries read without a title, by line, and whether `check` names each of them. */
  readonly untitledReported: boolean;
}

const counts = new Map<string, Recognised>();

/** Entries of the list's true entries (by its own pattern) read as entries with their title. */
function recognised(list: RealList): Recognised {
  const known = counts.get(list.name);
  if (known) return known;
  const counted = countRecognised(list);
  counts.set(list.name, counted);
  return counted;
}

function countRecognised(list: RealList): Recognised {
  const format = formatOf(list);
  const read = readPaperList(list.files, format);
  let found = 0;
  let truth = 0;
  let entries = 0;
  let untitledReported = true;
  for (const file of read.files) {
    const lines = list.trueEntryLines.get(file.path)!;
    truth += lines.size;
    const titled = new Set<number>();
    const offered = new Set<number>();
    for (const section of read.sections.filter((s) => s.file === file)) {
      for (const entry of section.block.entries) {
        offered.add(entry.line);
        const text = file.text.slice(entry.start, entry.end);
        if (format.reader.title(text) !== undefined) titled.add(entry.line);
      }
    }
    const noTitle = new Set(
      lintList(file, format.reader, format)
        .filter((f) => f.message.startsWith('no title'))
        .map((f) => f.line),
    );
    for (const line of lines) {
      if (offered.has(line)) entries += 1;
      if (titled.has(line)) found += 1;
      else if (!noTitle.has(line)) untitledReported = false;
    }
  }
  return { found, truth, entries, untitledReported };
}

/**
 * Lists below 98% and why. awesome-causality-algorithms is a table of software (104 of 111 rows
 * read with a title): seven rows have no paper (`NA`, an empty cell or a description where the
 * others link the paper's title). Its papers cited as text are read by their quoted title
 * (`Buesing, Lars, ... "Title." arXiv preprint (2018).`) or by the title after their authors'
 * initials and names (`P. Spirtes, C. Glymour, and R. Scheines. Causation, Prediction, and Search.`).
 */
const RECOGNISED_FLOOR: Readonly<Record<string, number>> = {
  'rguo12-awesome-causality-algorithms': 0.93,
};

describe('real lists of other formats, with no configuration', () => {
  it('holds fourteen lists of tables, one-line, numbered, year-headed, grouped, multi-line and heading entries', () => {
    expect(LISTS).toHaveLength(14);
    const formats = new Set(LISTS.map((l) => l.format));
    for (const format of [
      'table',
      'one-line',
      'numbered',
      'year-headings',
      'details',
      'notes',
      'headings',
    ])
      expect(formats, format).toContain(format);
  });

  it.each(LISTS.map((l) => [l.name, l] as const))(
    'reads the true entries of %s with their titles',
    (name, list) => {
      const { found, truth } = recognised(list);
      expect(found / truth, `${found} of ${truth}`).toBeGreaterThanOrEqual(
        RECOGNISED_FLOOR[name] ?? 0.98,
      );
    },
  );

  it.each(LISTS.map((l) => [l.name, l] as const))(
    'reads every true entry of %s as an entry, and check names each one read without a title',
    (_name, list) => {
      const { entries, truth, untitledReported } = recognised(list);
      expect(entries).toBe(truth);
      expect(untitledReported).toBe(true);
    },
  );

  it('reads 99% of all 1,456 true entries', () => {
    const all = LISTS.map(recognised);
    const found = all.reduce((n, r) => n + r.found, 0);
    const truth = all.reduce((n, r) => n + r.truth, 0);
    expect(truth).toBe(1456);
    expect(found / truth).toBeGreaterThanOrEqual(0.99);
  });

  it.each(LISTS.map((l) => [l.name, l] as const))(
    'sorts %s by moving whole entries, and a sorted list stays as it is',
    (_name, list) => {
      const format = formatOf(list);
      const read = readPaperList(list.files, format);
      for (const file of read.files) {
        const order = (s: (typeof file.sections)[number]) =>
          orderOf(format, sectionName(read, file, s));
        const { numbered, byMonth, preprints } = format;
        const options = { numbered, byMonth, preprints };
        const once = sortListFile(file, format.reader, order, options);
        const entries = (text: string) => {
          const again = readPaperList([{ path: file.path, text }], format).files[0]!;
          return again.sections
            .flatMap((s) => s.entries.map((e) => text.slice(e.start, e.end).replace(/^\d+/, '')))
            .sort();
        };
        expect(entries(once.text)).toEqual(entries(file.text));
        const reread = readPaperList([{ path: file.path, text: once.text }], format).files[0]!;
        expect(sortListFile(reread, format.reader, order, options).text).toBe(once.text);
      }
    },
  );

  it.each(LISTS.map((l) => [l.name, l] as const))(
    'sorts %s once for all: the list sorted and its format inferred again, a sort moves nothing',
    (_name, list) => {
      const once = planSort(...readWith(list.files));
      const sorted = list.files.map((f) => ({
        path: f.path,
        text: once.files.find((s) => s.file.path === f.path)?.text ?? f.text,
      }));
      expect(planSort(...readWith(sorted)).files.map((f) => f.file.path)).toEqual([]);
    },
  );

  it.each(LISTS.map((l) => [l.name, l] as const))(
    'init on %s writes a configuration that reads the list as inference does',
    (_name, list) => {
      const config = defaultConfig();
      const plan = planInit(list.files, {
        excludeSections: config['exclude-sections'],
        lineBreak: config['line-break'],
      })!;
      const parsed = parseConfig(plan.config);
      if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
      const written = resolveListFormat(parsed.config, list.files);
      const inferred = formatOf(list);
      expect(written.template).toEqual(inferred.template);
      expect(written.order).toBe(inferred.order);
      expect([...written.sectionOrders]).toEqual([...inferred.sectionOrders]);
      expect(written.dateHeadings).toBe(inferred.dateHeadings);
    },
  );
});

/**
 * Sample entries, of those the form can express, that come back byte for byte: the entry as
 * written (but for its number, its place), the whole file (the entry at its place too), and, of
 * the rest written so, those placed among entries the list's order ranks equal to it (a place as
 * right as its author's). Measured at the time of writing; a change that lowers one fails here.
 */
const LEAVE_ONE_OUT: Readonly<
  Record<string, { written: number; file: number; amongEquals: number }>
> = {
  'atfortes-awesome-llm-reasoning': { written: 13, file: 12, amongEquals: 1 },
  // Its rows show links as badges; the list keeps no order, so a new row ends its table, where
  // only the last sample stood.
  'dmitryryumin-iccv-2023-papers': { written: 19, file: 1, amongEquals: 0 },
  'awesome-nerf-awesome-nerf': { written: 11, file: 7, amongEquals: 3 },
  'maximevandegar-papers-in-100-lines-of-code': { written: 18, file: 16, amongEquals: 0 },
  // Two samples are one paper listed twice in one section under two links: filed again, each is
  // the duplicate of the other (SPEC §7). Its titles were read with their links before, which
  // hid that, and counted both as rebuilt (written 19, file 8).
  'minsoo9506-catchminor-research': { written: 17, file: 7, amongEquals: 1 },
  'rguo12-awesome-causality-algorithms': { written: 2, file: 0, amongEquals: 0 },
  // Six more samples since it writes `[[PDF]]()` for a paper without a link, as it does, and a
  // section's own way of joining the last author (CVPR: `A, B, C`).
  'shunk031-awesome-ai-best-papers': { written: 9, file: 3, amongEquals: 6 },
  'tamlhp-awesome-machine-unlearning': { written: 9, file: 4, amongEquals: 4 },
  'gt-ripl-awesome-llm-robotics': { written: 2, file: 2, amongEquals: 0 },
  'thuyimingli-backdoor-learning-resources': { written: 10, file: 4, amongEquals: 5 },
  'xiaoxinhe-awesome-graph-llm': { written: 17, file: 16, amongEquals: 1 },
  // Its titles ending in "?" keep the full stop after them (`Fall Short?.`), as new ones do.
  'xnhyacinth-awesome-llm-long-context-modeling': { written: 14, file: 7, amongEquals: 3 },
  'yassouali-awesome-semi-supervised-learning': { written: 7, file: 2, amongEquals: 5 },
};

/**
 * Samples whose title is read otherwise than their author gives it, where any is. nerf writes an
 * emoji code in a title (`Ha-NeRF:laughing:: …`); GT-RIPL has an entry with no title (check names
 * it); MaximeVandegar names a heading after the model (`Stable Diffusion v1-5`), not the paper.
 * jindongwang's entries open with the day each was added (`- 20200529 WWW-20 [Title](url)`),
 * which no placeholder stands for: the format learnt reads that stamp as the title.
 */
const TITLES_MISREAD: Readonly<Record<string, number>> = {
  'awesome-nerf-awesome-nerf': 1,
  'gt-ripl-awesome-llm-robotics': 1,
  'maximevandegar-papers-in-100-lines-of-code': 1,
  'jindongwang-transferlearning': 20,
};

describe('titles of the real lists', () => {
  it("are read from the title's own cell of a table row, never from another cell's link", () => {
    // rguo12's seven rows with no paper (`|Uber CausalML|NA|[Python](url)|`) have no title, which
    // check names; the label of their code link is none.
    const list = LISTS.find((l) => l.name === 'rguo12-awesome-causality-algorithms')!;
    const [read, format] = readWith(list.files);
    const titles = read.sections.flatMap((s) =>
      s.block.entries.map((e) => format.reader.title(s.file.text.slice(e.start, e.end))),
    );
    expect(titles.filter((t) => t === undefined)).toHaveLength(7);
    expect(
      titles.filter((t) => t !== undefined && /^(?:Python|R|Julia|Java|Matlab)$/.test(t)),
    ).toEqual([]);
  });

  it.each(LISTS.map((l) => [l.name, l] as const))(
    "are the titles each sample's author gives in the form, read from %s",
    (name, list) => {
      const format = formatOf(list);
      const misread = list.samples.filter(
        (s) => (format.reader.title(s.entry) ?? '') !== s.answers.title,
      );
      expect(misread.length, misread.map((s) => s.answers.title).join('\n')).toBeLessThanOrEqual(
        TITLES_MISREAD[name] ?? 0,
      );
    },
  );

  it('are read without the links after them, so a paper listed twice is found twice', () => {
    const list = LISTS.find((l) => l.name === 'minsoo9506-catchminor-research')!;
    const [read, format] = readWith(list.files);
    const title =
      'The precision-recall plot is more informative than the ROC plot when evaluating binary classifiers on imbalanced datasets';
    const found = findPaper(read, { title, links: [] }, format.reader);
    expect(found.same.map((m) => [m.sectionName, m.entry.line, m.reason])).toEqual([
      ['Perfomance Measure', 66, 'title'],
      ['Perfomance Measure', 70, 'title'],
    ]);
  });
});

/** Each sample's result, worked out once for the tests below that both ask for it. */
const leftOutResults = new WeakMap<object, ReturnType<typeof leaveOneOut>>();
function leftOut(list: RealList, sample: RealList['samples'][number]) {
  const known = leftOutResults.get(sample);
  if (known) return known;
  const result = leaveOneOut(list, sample);
  leftOutResults.set(sample, result);
  return result;
}

/**
 * Whether a rule could put the sample back where its author put it, so that a place elsewhere is
 * the bot's fault: it is not a paper the list holds twice (the other copy makes it a duplicate,
 * SPEC §7), and its author's place is one the list's order gives (own-place.ts), or the bot wrote
 * it differently (a fault wherever it goes), or put it there anyway.
 */
function placeableSample(sample: RealList['samples'][number], result: LeaveOneOutResult): boolean {
  if (result.reason === 'not inserted: duplicate') return false;
  const writtenElse =
    result.written !== undefined && unnumbered(result.written) !== unnumbered(sample.entry);
  return result.inOrder || result.exact || !!result.amongEquals || writtenElse;
}

describe('leave one out on the real lists', () => {
  it.each(LISTS.map((l) => [l.name, l] as const))('%s', (name, list) => {
    const samples = list.samples.filter((s) => s.expressible);
    const results = samples.map((s) => ({ sample: s, result: leftOut(list, s) }));
    const file = results.filter((r) => r.result.exact).length;
    // A numbered entry's number is its place, counted apart below.
    const written = results.filter(
      (r) =>
        r.result.written !== undefined &&
        unnumbered(r.result.written) === unnumbered(r.sample.entry),
    ).length;
    const amongEquals = results.filter((r) => r.result.amongEquals).length;
    const butForBlanks = results.filter((r) => r.result.butForBlanks).length;
    const placeable = results.filter((r) => placeableSample(r.sample, r.result));
    const placed = placeable.filter((r) => r.result.exact || r.result.amongEquals).length;
    console.log(
      `${name}: ${samples.length} samples, ${written} written, ${file} files exact, ${amongEquals} more placed among equals, ${butForBlanks} written but for the author's blanks; ${placed} of the ${placeable.length} whose place the list's order gives placed so`,
    );
    // The 90%, of the samples a rule can put back where their author put them.
    expect(placed).toBeGreaterThanOrEqual(Math.ceil(0.9 * placeable.length));
    const floor = LEAVE_ONE_OUT[name] ?? { written: 0, file: 0, amongEquals: 0 };
    expect(written).toBeGreaterThanOrEqual(floor.written);
    expect(file).toBeGreaterThanOrEqual(floor.file);
    expect(file + amongEquals).toBeGreaterThanOrEqual(floor.file + floor.amongEquals);
    // Whatever the bot writes, the list's own format reads back whole.
    const { reader } = formatOf(list);
    for (const { result } of results) {
      if (result.written !== undefined)
        expect(reader.fields(result.written), result.written).toBeDefined();
    }
  });
});

/**
 * What a format reads and writes, as data: its template's parts (not their source), its orders;
 * not the share of entries it reads whole, which any entry moves.
 */
function readsAs(format: ListFormat): string {
  return JSON.stringify(format, (key, value: unknown) => {
    if (key === 'reader' || key === 'source' || key === 'inferredFit') return undefined;
    if (value instanceof Map) return [...value];
    if (value instanceof Set) return [...value];
    if (value instanceof RegExp) return String(value);
    return value;
  });
}

/**
 * Samples whose filing still changes how the list is read, where any does. In catchminor-research,
 * the sections that show an order weigh the same once a sample is out: ten entries in sections
 * kept in no order, ten in one kept oldest first. The list's main order, which its sections too
 * short to show one follow, goes with the weightier, so one more paper in either tips it (a
 * configuration, which `init` writes, pins it).
 */
const READ_OTHERWISE: Readonly<Record<string, number>> = {
  'minsoo9506-catchminor-research': 5,
};

describe('a paper the bot files on a real list', () => {
  // The list with no configuration is learnt again at every run: what the bot writes must not
  // teach it another format or order than the one it was written by. Taking the author's own
  // entry out may (a section of three left with two); writing it again must not.
  it.each(LISTS.map((l) => [l.name, l] as const))(
    'leaves %s read as it was before the paper was filed',
    (name, list) => {
      const changed: number[] = [];
      for (const sample of list.samples) {
        const { text, without } = leftOut(list, sample);
        if (text === undefined || without === undefined) continue;
        const withText = (t: string) =>
          list.files.map((f) => (f.path === sample.file ? { path: f.path, text: t } : f));
        const after = resolveListFormat(defaultConfig(), withText(text));
        if (readsAs(without.format) !== readsAs(after)) changed.push(sample.line);
      }
      expect(changed.length, `lines ${changed.join(', ')}`).toBeLessThanOrEqual(
        READ_OTHERWISE[name] ?? 0,
      );
    },
  );
});

describe('leave one out on the real lists with their line ends swapped', () => {
  // CRLF and LF lists are written alike: a CRLF is one line end, never a blank line.
  it.each(LISTS.map((l) => [l.name, l] as const))('%s', (_name, list) => {
    const swapped = {
      ...list,
      files: list.files.map((f) => ({
        path: f.path,
        text: f.text.includes('\r\n')
          ? f.text.replace(/\r\n/g, '\n')
          : f.text.replace(/\n/g, '\r\n'),
      })),
    };
    for (const sample of list.samples.filter((s) => s.expressible)) {
      const own = leftOut(list, sample);
      const other = leaveOneOut(swapped, sample);
      expect([other.exact, other.written], `line ${sample.line}`).toEqual([own.exact, own.written]);
    }
  });
});
