// One remark parse of a Markdown file, as a yardstick for `npm run bench`: reads the file, parses
// it once with mdast-util-from-markdown + GFM (what remark-parse + remark-gfm do) and prints the
// in-process parse time as JSON.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/bench/remark-parse.mjs FILE');
  process.exit(2);
}
const text = readFileSync(file, 'utf8');
const start = performance.now();
const tree = fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
const parseMs = performance.now() - start;
console.log(JSON.stringify({ parseMs, children: tree.children.length }));
