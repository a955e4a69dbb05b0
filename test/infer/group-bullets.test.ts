import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { DEFAULT_FORM } from '../../src/form/default-form.js';
import { resolveList } from '../../src/infer/resolve-format.js';
import { planAddition } from '../../src/plan/plan-addition.js';
import { renderIssueBody } from '../form/render-issue-body.js';

const LIST = [
  '# Awesome Detection',
  '',
  '## Contents',
  '- [Papers](#papers)',
  '  - [Two-stage](#two-stage)',
  '',
  '## Papers',
  '',
  '- **Two-stage**',
  '  - [Faster R-CNN: Towards Real-Time Object Detection](https://arxiv.org/abs/1506.01497) - NeurIPS 2015',
  '  - [Fast R-CNN](https://arxiv.org/abs/1504.08083) - ICCV 2015',
  '  - [Rich Feature Hierarchies for Accurate Object Detection](https://arxiv.org/abs/1311.2524) - CVPR 2014',
  '- **One-stage**',
  '  - [Focal Loss for Dense Object Detection](https://arxiv.org/abs/1708.02002) - ICCV 2017',
  '  - [YOLO9000: Better, Faster, Stronger](https://arxiv.org/abs/1612.08242) - CVPR 2017',
  '  - [SSD: Single Shot MultiBox Detector](https://arxiv.org/abs/1512.02325) - ECCV 2016',
  '',
].join('\n');

describe('a list of entries nested under group bullets, with no configuration', () => {
  const files = [{ path: 'README.md', text: LIST }];
  const { format, list } = resolveList(defaultConfig(), files);

  it('offers each group as a section, nested in its heading, and not the table of contents', () => {
    expect(format.template.source).toBe('- [{title}]({paper}) - {venue}');
    expect(format.groupBullets).toBe(true);
    expect(list.sections.map((s) => [s.name, s.block.parents, s.block.entries.length])).toEqual([
      ['Two-stage', ['Awesome Detection', 'Papers'], 3],
      ['One-stage', ['Awesome Detection', 'Papers'], 3],
    ]);
  });

  it('adds a paper to its group at its place, indented as the group’s entries', () => {
    const body = renderIssueBody(DEFAULT_FORM, {
      paper: 'https://arxiv.org/abs/1605.06409',
      title: 'RetinaNet Revisited',
      authors: 'Ada Lovelace',
      venue: 'CVPR 2016',
      section: 'One-stage',
    });
    const plan = planAddition({ body, form: DEFAULT_FORM, list, format });
    if (plan.kind !== 'insert') throw new Error(JSON.stringify(plan));
    expect(plan.entry).toBe(
      '  - [RetinaNet Revisited](https://arxiv.org/abs/1605.06409) - CVPR 2016',
    );
    expect(plan.text).toBe(
      LIST.replace(
        '  - [SSD: Single',
        '  - [RetinaNet Revisited](https://arxiv.org/abs/1605.06409) - CVPR 2016\n  - [SSD: Single',
      ),
    );
  });
});

// cmhungsteve/Awesome-Transformer-Attention: group bullets ending in `:`, entries four spaces in,
// and a template whose short name is optional, so that `* ` alone starts the group bullets too.
const NESTED = [
  '# Awesome Transformers',
  '',
  '## Detection',
  '* General:',
  '    * **detrex**: "detrex: Benchmarking Detection Transformers", arXiv, 2023 (*IDEA*). [[Paper](https://arxiv.org/abs/2306.07265)]',
  '* CNN-based backbone:',
  '    * **DETR**: "End-to-End Object Detection with Transformers", ECCV, 2020 (*Facebook*). [[Paper](https://arxiv.org/abs/2005.12872)]',
  '    * "Deformable DETR: Deformable Transformers for Detection", ICLR, 2021 (*SenseTime*). [[Paper](https://arxiv.org/abs/2010.04159)]',
  '    * **UP-DETR**: "UP-DETR: Unsupervised Pre-training for Detection", CVPR, 2021 (*Tencent*). [[Paper](https://arxiv.org/abs/2011.09094)]',
  '* Transformer-based backbone:',
  '    * **ViT-FRCNN**: "Toward Transformer-Based Object Detection", arXiv, 2020 (*Pinterest*). [[Paper](https://arxiv.org/abs/2012.09958)]',
  '    * **YOLOS**: "You Only Look at One Sequence", NeurIPS, 2021 (*Horizon*). [[Paper](https://arxiv.org/abs/2106.00666)]',
  '    * "Toward Fast Detection Transformers at Scale", ICCV, 2021 (*Google*). [[Paper](https://arxiv.org/abs/2107.00001)]',
  '    * "Sparse Queries for Detection Transformers", CVPR, 2022 (*Meta*). [[Paper](https://arxiv.org/abs/2201.00001)]',
  '',
].join('\n');

describe('entries four spaces in under group bullets that start like entries', () => {
  const files = [{ path: 'README.md', text: NESTED }];
  const { format, list } = resolveList(defaultConfig(), files);

  it('reads each group bullet as a section, and every entry in it', () => {
    expect(format.template.source).toBe(
      '*{[ **{abbreviation}**:]} "{title}", {venue}, {year}{[ (*{notes}*).]} [[Paper]({paper})]{links}',
    );
    expect(list.sections.map((s) => [s.name, s.block.entries.length])).toEqual([
      ['General', 1],
      ['CNN-based backbone', 3],
      ['Transformer-based backbone', 4],
    ]);
    expect(format.reader.startsEntry('* General:')).toBe(false);
    expect(format.reader.startsEntry('* "Deformable DETR", ICLR, 2021')).toBe(true);
  });

  it('adds a paper to its group four spaces in, at its place', () => {
    const body = renderIssueBody(DEFAULT_FORM, {
      paper: 'https://arxiv.org/abs/2405.00001',
      title: 'A Better Detection Transformer',
      venue: 'CVPR, 2020',
      section: 'CNN-based backbone',
      abbreviation: 'BDT',
      notes: 'Google',
    });
    const plan = planAddition({ body, form: DEFAULT_FORM, list, format });
    if (plan.kind !== 'insert') throw new Error(JSON.stringify(plan));
    const entry =
      '    * **BDT**: "A Better Detection Transformer", CVPR, 2020 (*Google*). [[Paper](https://arxiv.org/abs/2405.00001)]';
    expect(plan.entry).toBe(entry);
    // The groups run oldest first (one of four entries says so): after the paper of its year.
    expect(format.order).toBe('oldest-first');
    const next = '    * "Deformable DETR:';
    expect(plan.text).toBe(NESTED.replace(next, `${entry}\n${next}`));
  });
});
