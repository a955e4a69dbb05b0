// Entries that are headings (`##### [Title]` then field lines): read as such with no
// configuration, and reported loudly when a configured format reads their lines as entries
// instead (the bot would add papers under one of the headings).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { resolveList } from '../../src/infer/resolve-format.js';
import type { SourceFile } from '../../src/list/read-paper-list.js';
import { unreadItems } from '../../src/list/unread-items.js';
import { corpusFiles } from '../support/corpus.js';
import { projectRoot } from '../support/project-root.js';
import { realLists } from '../support/real-lists.js';

/** Findings of heading entries in the files, read with no configuration or with `template`. */
function paperHeadingFindings(files: readonly SourceFile[], template?: string) {
  const config = { ...defaultConfig(), ...(template ? { template } : {}) };
  const { list } = resolveList(config, files);
  return list.files.flatMap((file) => {
    const offered = new Set(list.sections.filter((s) => s.file === file).map((s) => s.block));
    return unreadItems(file, offered).filter((i) => /stand for one paper each/.test(i.message));
  });
}

const PAPERS_IN_100_LINES = path.join(
  projectRoot(),
  'test/fixtures/lists/maximevandegar-papers-in-100-lines-of-code/README.md',
);

describe('headings that stand for one paper each', () => {
  it('are reported once, at the first, when a configured format reads their lines as entries', () => {
    // MaximeVandegar/Papers-in-100-Lines-of-Code, with the template inference gave it before it
    // read entries that are headings.
    const text = readFileSync(PAPERS_IN_100_LINES, 'utf8');
    const template = '- {title}{[ [[arXiv]]({paper})]}{links}';
    expect(paperHeadingFindings([{ path: 'README.md', text }], template)).toEqual([
      {
        path: 'README.md',
        line: 11,
        message:
          '62 headings of level 5, such as "[Maxout Networks]", stand for one paper each, with 3 lines under each: the format read does not take them as entries, and a paper would be added as a line under one of them',
      },
    ]);
  });

  it('are read as entries with no configuration, and then not reported', () => {
    const text = readFileSync(PAPERS_IN_100_LINES, 'utf8');
    const files = [{ path: 'README.md', text }];
    expect(paperHeadingFindings(files)).toEqual([]);
    const { format, list } = resolveList(defaultConfig(), files);
    expect(format.headingEntries).toBe(5);
    expect(list.sections.map((s) => [s.name, s.block.entries.length])).toEqual([
      ['Implemented papers', 62],
    ]);
  });

  it('include headings each linking its paper, with no list item under them', () => {
    // xinghaochen/awesome-hand-pose-estimation: `##### • Title. [\[PDF\]](url)`, authors below.
    const paper = (n: number) =>
      `##### • A Way to Estimate Hand Pose ${n}. [\\[PDF\\]](https://arxiv.org/abs/2301.0000${n})\n\n_Ann Lee, Bo Li_\n`;
    const text = `# Hands\n\n### 2023 CVPR\n\n${[1, 2, 3, 4, 5].map(paper).join('\n')}`;
    const files = [{ path: 'README.md', text }];
    expect(paperHeadingFindings(files, '- {title}')).toEqual([
      {
        path: 'README.md',
        line: 5,
        message:
          '5 headings of level 5, such as "• A Way to Estimate Hand Pose 1. [\\[PDF\\]](https://arxiv.or…", stand for one paper each, each linking its paper: the format read does not take them as entries, so none of their papers is read',
      },
    ]);
    const { format, list } = resolveList(defaultConfig(), files);
    expect(format.headingEntries).toBe(5);
    expect(list.sections.map((s) => [s.name, s.block.entries.length])).toEqual([['2023 CVPR', 5]]);
  });

  it('are not topics holding as many entries each', () => {
    const topic = (name: string) =>
      `## ${name}\n` +
      [1, 2, 3]
        .map(
          (n) =>
            `- [A Paper on Something ${n}](https://arxiv.org/abs/2301.0000${n}), Ann Lee, CVPR 2023\n`,
        )
        .join('');
    const text = `# Papers\n\n${['Detection', 'Tracking', 'Segmentation', 'Pose', 'Depth'].map(topic).join('\n')}`;
    expect(paperHeadingFindings([{ path: 'README.md', text }])).toEqual([]);
  });

  it('are found in none of the real lists the bot reads (the thirteen, and the corpus)', () => {
    for (const list of realLists()) expect(paperHeadingFindings(list.files), list.name).toEqual([]);
    for (const file of corpusFiles()) {
      const files = [{ path: file.file, text: file.text }];
      expect(paperHeadingFindings(files), file.name).toEqual([]);
    }
  });
});
