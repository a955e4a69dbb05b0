// Synthetic lists in two formats besides the corpus's own, for `npm run bench`: one-line entries
// (`- [Title](url) - A, B. CVPR 2021. [[Code](url)]`) and tables (`| [Title](url) | CVPR | 2021 |
// [Code](url) |`, one table per section). Deterministic: the same size always gives the same bytes.
import { mulberry32, NEW_PAPER, SECTIONS } from './generate.mjs';

const WORDS = [
  'Sparse',
  'Robust',
  'Adaptive',
  'Efficient',
  'Latent',
  'Masked',
  'Implicit',
  'Unified',
];
const NOUNS = ['Attention', 'Transformers', 'Priors', 'Tokens', 'Kernels', 'Features', 'Routing'];
const TASKS = ['Detection', 'Segmentation', 'Tracking', 'Restoration', 'Retrieval', 'Synthesis'];
const NAMES = [
  'Wei Zhang',
  'Anna Novak',
  'Rahul Sharma',
  'Sofia Rossi',
  'Kenji Tanaka',
  'Lena Fischer',
];
const VENUES = ['CVPR', 'ICCV', 'ECCV', 'NeurIPS', 'ICML', 'ICLR'];

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const intIn = (rand, low, high) => low + Math.floor(rand() * (high - low + 1));

function paper(rand, year, n) {
  const title = `${pick(rand, WORDS)} ${pick(rand, NOUNS)} for ${pick(rand, TASKS)} ${n}`;
  const yymm = `${String(year % 100).padStart(2, '0')}${String(intIn(rand, 1, 12)).padStart(2, '0')}`;
  const url = `https://arxiv.org/abs/${yymm}.${String(n % 100000).padStart(5, '0')}`;
  const authors = Array.from({ length: intIn(rand, 1, 4) }, () => pick(rand, NAMES));
  const code = `https://github.com/lab${n % 97}/repo-${n}`;
  return { title, url, authors, venue: pick(rand, VENUES), year, code };
}

const FORMATS = {
  'one-line': {
    head: () => [],
    entry: (p) =>
      `- [${p.title}](${p.url}) - ${p.authors.join(', ')}. ${p.venue} ${p.year}. [[Code](${p.code})]`,
  },
  table: {
    head: () => ['| Title | Venue | Year | Code |', '| --- | --- | --- | --- |'],
    entry: (p) => `| [${p.title}](${p.url}) | ${p.venue} | ${p.year} | [Code](${p.code}) |`,
  },
};

/**
 * A list of `count` entries in `format`, newest year first in each section, with a few entries
 * out of place for `sort`. Returns its text and where `add` must put {@link NEW_PAPER}: right
 * before the first entry of its section of its year or older (the start offset of that line).
 */
export function generateFormatList(format, count, seed = 20240601) {
  const { head, entry } = FORMATS[format];
  const rand = mulberry32(seed ^ Math.imul(count, 2654435761) ^ format.length);
  const lines = [`Synthetic ${format} paper list: ${count} invented entries.`, ''];
  let expected;
  let n = 0;
  for (let s = 0; s < SECTIONS.length; s += 1) {
    const size = Math.floor(count / SECTIONS.length) + (s < count % SECTIONS.length ? 1 : 0);
    const years = Array.from({ length: size }, () => intIn(rand, 2012, 2024)).sort((a, b) => b - a);
    // A few entries out of place, as in a real list.
    const gap = Math.max(3, Math.floor(years.length / 8));
    for (let i = 0; i + gap < years.length; i += 2 * gap + 1)
      [years[i], years[i + gap]] = [years[i + gap], years[i]];
    lines.push(`## ${SECTIONS[s]}`, '', ...head());
    for (const year of years) {
      n += 1;
      if (SECTIONS[s] === NEW_PAPER.section && !expected && year <= NEW_PAPER.year) {
        expected = { offset: Buffer.byteLength(lines.map((l) => `${l}\n`).join('')) };
      }
      lines.push(entry(paper(rand, year, n)));
    }
    lines.push('');
  }
  return { text: lines.join('\n'), expected };
}

export const BENCH_FORMATS = Object.keys(FORMATS);
