// xinghaochen/awesome-hand-pose-estimation: 465 entries that are headings holding the paper and
// its links (`##### • [\[arXiv:2206.07117\]](url) Title.  [\[PDF\]](url)  [\[Code\]](url)`, or
// `##### • \[2016 IJCV\] Title. [\[PDF\]](url)`, or the title alone under a `### 2024 ECCV`
// section), the authors in emphasis below, after a blank line. Escaped brackets label each link.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { resolveList } from '../../src/infer/resolve-format.js';
import { filePaper } from '../support/file-paper.js';

const entry = (head: string, title: string, url: string, authors: string, code?: string) =>
  [
    `##### • ${head}${title}. [\\[PDF\\]](${url})${code ? `  [\\[Code\\]](${code})` : ''}`,
    '',
    `_${authors}_`,
    '',
  ].join('\n');

const LIST = [
  '# Awesome Hand Pose Estimation',
  '',
  '### arXiv Papers',
  '',
  ...[
    ['2303.15147', 'Pushing the Envelope for Depth-Based Hand Pose Estimation', 'Mohammad Rezaei'],
    ['2206.04927', 'Ego2HandsPose: A Dataset for Egocentric Two-hand Pose', 'Fanqing Lin'],
  ].map(([id, title, authors]) =>
    entry(
      `[\\[arXiv:${id}\\]](https://arxiv.org/abs/${id}) `,
      title!,
      `https://arxiv.org/abs/${id}`,
      authors!,
    ),
  ),
  '### TPAMI / IJCV',
  '',
  ...[
    [
      '2018 IJCV',
      'Depth-Based Hand Pose Estimation: Methods, Data, and Challenges',
      'https://github.com/jsupancic/deep_hand_pose',
    ],
    ['2016 TPAMI', 'Latent Regression Forest: Structured Estimation of 3D Hand Poses'],
    ['2016 IJCV', 'Lie-X: Depth Image Based Articulated Object Pose Estimation'],
    [
      '2015 IJCV',
      'Estimate Hand Poses Efficiently from Single Depth Images',
      'https://github.com/lzddzh/hpe',
    ],
  ].map(([venue, title, code], i) =>
    entry(`\\[${venue}\\] `, title!, `https://example.org/${i}.pdf`, 'Chi Xu, Li Cheng', code),
  ),
  '### 2024 ECCV',
  '',
  ...[
    ['HandDAGT: A Denoising Adaptive Graph Transformer for 3D Hand Pose Estimation'],
    ['Dense Hand-Object GraspNet with Full Grasping Taxonomy', 'https://github.com/hands/graspnet'],
    ['3D Hand Pose Estimation in Everyday Egocentric Images'],
    ['AttentionHand: Text-driven Controllable Hand Image Generation', 'https://github.com/ry/ah'],
    ['SMPLer-X: Scaling Up Expressive Human Pose and Shape Estimation'],
    ['WiLoR: End-to-end 3D Hand Localization and Reconstruction in-the-wild'],
  ].map(([title, code], i) =>
    entry('', title!, `https://www.ecva.net/${i}.pdf`, 'Wencan Cheng, Jong Hwan Ko', code),
  ),
].join('\n');

describe('entries that are headings holding their paper and links, with no configuration', () => {
  const files = [{ path: 'README.md', text: LIST }];
  const { format, list } = resolveList(defaultConfig(), files);

  it('reads each heading and the authors under it as one entry, its links and venue in their places', () => {
    console.log(
      format.template.source,
      JSON.stringify(list.sections.map((s) => [s.name, s.block.entries.length])),
    );
    expect(format.headingEntries).toBe(5);
    expect(list.sections.map((s) => [s.name, s.block.entries.length])).toEqual([
      ['arXiv Papers', 2],
      ['TPAMI / IJCV', 4],
      ['2024 ECCV', 6],
    ]);
    const tpami = list.sections[1]!.block.entries[1]!;
    expect(format.reader.fields(LIST.slice(tpami.start, tpami.end))).toBeDefined();
    const text = LIST.slice(tpami.start, tpami.end);
    expect(format.reader.title(text)).toBe(
      'Latent Regression Forest: Structured Estimation of 3D Hand Poses',
    );
    expect(format.reader.date(text)).toEqual({ year: 2016 });
  });

  it('writes a new paper as a heading with its links labelled in escaped brackets, the authors below', () => {
    const plan = filePaper(list, format, {
      paper: 'https://arxiv.org/abs/2410.01234',
      title: 'A New Hand Pose Estimator',
      authors: 'Ada Lovelace, Alan Turing',
      venue: 'ECCV 2024',
      section: '2024 ECCV',
      links: 'Code: https://github.com/lab/hands',
    });
    expect(plan.entry).toMatch(
      /^##### • (?:\\?\[ECCV 2024\\?\] )?A New Hand Pose Estimator\. \[\\\[PDF\\\]\]\(https:\/\/arxiv\.org\/abs\/2410\.01234\) +\[\\\[Code\\\]\]\(https:\/\/github\.com\/lab\/hands\)\n\n_Ada Lovelace, Alan Turing_$/,
    );
  });
});
