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
