// A blank ending an entry's first line is a slip some entries carry, not part of the format,
// unless most entries end it so: new entries are written without it where most are.
import { lineEnd } from '../list/text-lines.js';

/**
 * The template with the single blank ending its first line dropped when fewer than half of the
 * sampled entries' first lines end with a blank. Two blanks or more (a Markdown line break) stay.
 */
export function withFirstLineEnd(template: string, sample: readonly string[]): string {
  const end = template.indexOf('\n');
  const first = end === -1 ? template : template.slice(0, end);
  if (!/[^ \t][ \t]$/.test(first) || sample.length === 0) return template;
  const blank = sample.filter((entry) => /[ \t]$/.test(entry.slice(0, lineEnd(entry)))).length;
  if (blank * 2 >= sample.length) return template;
  return first.slice(0, -1) + (end === -1 ? '' : template.slice(end));
}

/** A skeleton's template source and how many sampled entries have it. */
interface Counted {
  readonly source: string;
  readonly count: number;
}

/**
 * Skeletons that differ only in the blanks ending their lines count as one. Some lists pad each
 * line with any number of spaces (HCPLab-SYSU's entries end theirs with 0 to 13), which the entry
 * patterns read alike; counted apart, one new entry could tip which skeleton is the most common,
 * and the list would be read another way. The most common skeleton is written as most of its
 * entries end their lines; any other as the most common one ends them where some of its entries
 * do (so the two still differ only in their parts), else as most of its own do. `counted` is most
 * common first, and so is the result.
 */
export function joinedByLineEnds(counted: readonly Counted[]): Counted[] {
  const groups = new Map<string, Counted[]>();
  for (const skeleton of counted) {
    const key = skeleton.source.replace(/[ \t]+$/gm, '');
    groups.set(key, [...(groups.get(key) ?? []), skeleton]);
  }
  const joined = [...groups.values()]
    .map((variants) => ({ variants, count: variants.reduce((n, v) => n + v.count, 0) }))
    .sort((a, b) => b.count - a.count);
  const topEnds = lineEnds(joined[0]?.variants[0]?.source ?? '');
  return joined.map(({ variants, count }, i) => {
    const alike = i > 0 && variants.find((v) => lineEnds(v.source) === topEnds);
    return { source: (alike || variants[0]!).source, count };
  });
}

/** The blanks ending each line of a skeleton, as one string to compare. */
function lineEnds(source: string): string {
  return JSON.stringify(source.match(/[ \t]*$/gm));
}
