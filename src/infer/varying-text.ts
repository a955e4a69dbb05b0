// Text that differs from entry to entry where the entries are otherwise alike is a value no
// pattern named: `[💬 3D]`, `[💬 Aesthetic]` before the titles of Yutong-Zhou-cv's text-to-image
// papers. Their skeletons, each too rare to count, are joined into one with that text as notes.

/** A skeleton's template source and how many entries have it. */
interface Counted {
  readonly source: string;
  readonly count: number;
}

/** How many different texts in one place make it a value rather than a few variants. */
const MIN_VARIANTS = 3;

/**
 * The skeletons, those alike but for the words in the middle of one literal run (three or more
 * different ones, between the same text) joined into one holding `{notes}` there, most common
 * first. Skeletons that place notes already are left as they are.
 */
export function withVaryingNotes(counted: readonly Counted[]): Counted[] {
  const groups = new Map<string, { runs: string[]; count: number; source: string }[]>();
  for (const { source, count } of counted) {
    if (source.includes('{notes}')) continue;
    const parts = source.split(/(\{[a-z]+\})/);
    const runs = parts.filter((_, i) => i % 2 === 0);
    const values = parts.filter((_, i) => i % 2 === 1).join('');
    const key = `${values}#${runs.length}`;
    const group = groups.get(key) ?? [];
    group.push({ runs, count, source });
    groups.set(key, group);
  }
  const joined = new Map<string, number>();
  const taken = new Set<string>();
  for (const members of groups.values()) {
    for (const [source, count, from] of joinedAtOneRun(members)) {
      joined.set(source, (joined.get(source) ?? 0) + count);
      for (const s of from) taken.add(s);
    }
  }
  const rest = counted.filter((c) => !taken.has(c.source));
  return [...rest, ...[...joined].map(([source, count]) => ({ source, count }))].sort(
    (a, b) => b.count - a.count,
  );
}

/** The members alike but for one run, joined: [source with `{notes}`, count, sources joined]. */
function joinedAtOneRun(
  members: readonly { runs: string[]; count: number; source: string }[],
): [string, number, string[]][] {
  if (members.length < MIN_VARIANTS) return [];
  const joined: [string, number, string[]][] = [];
  const used = new Set<string>();
  for (let at = 0; at < members[0]!.runs.length; at += 1) {
    const byRest = new Map<string, (typeof members)[number][]>();
    for (const m of members) {
      if (used.has(m.source)) continue;
      const rest = m.runs.map((r, i) => (i === at ? '' : r)).join('\u0000');
      const alike = byRest.get(rest) ?? [];
      alike.push(m);
      byRest.set(rest, alike);
    }
    for (const group of byRest.values()) {
      const found = notesRun(group.map((m) => m.runs[at]!));
      if (!found) continue;
      const alike = group.filter((m) => found.of.has(m.runs[at]!));
      const runs = [...alike[0]!.runs];
      runs[at] = found.run;
      const parts = alike[0]!.source.split(/(\{[a-z]+\})/);
      const source = parts.map((p, i) => (i % 2 === 0 ? runs[i / 2] : p)).join('');
      // The words may not take a bracket with them: `Title ({notes} [[paper]` opens one never closed.
      if (brackets(source) !== brackets(alike[0]!.source)) continue;
      joined.push([source, alike.reduce((n, m) => n + m.count, 0), alike.map((m) => m.source)]);
      for (const m of alike) used.add(m.source);
    }
  }
  return joined;
}

/**
 * The run with its differing words as `{notes}`, and the runs it stands for: the text all the
 * runs start and end with, cut at a word's edge, around three or more different texts of words
 * on one line. A run that is that text alone (the entries without the words) is left out.
 */
function notesRun(runs: readonly string[]): { run: string; of: Set<string> } | undefined {
  let distinct = [...new Set(runs)];
  for (let tries = 0; tries < 2 && distinct.length >= MIN_VARIANTS; tries += 1) {
    const head = wordEdge(commonStart(distinct));
    const tail = reversed(wordEdge(commonStart(distinct.map(reversed))));
    if (head.length + tail.length === 0) return undefined;
    // Labels of one link that differ (`[[pdf]](`, `[[link]](`) name the link: they are no notes.
    if (/\[$/.test(head) && /^\]\]?\(/.test(tail)) return undefined;
    const middle = (r: string) =>
      r.slice(head.length, Math.max(head.length, r.length - tail.length));
    const words = (m: string) => /\p{L}/u.test(m) && !/[\n{}[\]]/.test(m);
    if (distinct.every((r) => words(middle(r)))) {
      return { run: `${head}{notes}${tail}`, of: new Set(distinct) };
    }
    distinct = distinct.filter((r) => middle(r).trim() !== '');
  }
  return undefined;
}

function commonStart(texts: readonly string[]): string {
  let end = 0;
  const first = texts[0]!;
  while (end < first.length && texts.every((t) => t[end] === first[end])) end += 1;
  return first.slice(0, end);
}

/** The common text cut back to where a word ends: what follows it must start a word afresh. */
function wordEdge(common: string): string {
  const cut = common.search(/[\p{L}\p{N}]+$/u);
  return cut === -1 ? common : common.slice(0, cut);
}

function reversed(text: string): string {
  return [...text].reverse().join('');
}

/** How many more `(` and `[` a text opens than it closes. */
function brackets(text: string): string {
  const count = (c: string) => text.split(c).length - 1;
  return `${count('(') - count(')')} ${count('[') - count(']')}`;
}
