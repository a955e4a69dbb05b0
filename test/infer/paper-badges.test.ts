// ChenHsing/Awesome-Video-Diffusion-Models: tables whose arXiv column is a fixed badge linking
// the paper the Title column links too, beside a Github column of star badges.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { resolveList } from '../../src/infer/resolve-format.js';
import { filePaper } from '../support/file-paper.js';

const ARXIV = '[![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)]';
const star = (repo: string) =>
  `[![Star](https://img.shields.io/github/stars/${repo}.svg?style=social&label=Star)](https://github.com/${repo})`;
const row = (title: string, id: string, repo?: string) =>
  `| [${title}](https://arxiv.org/abs/${id}) | ${ARXIV}(https://arxiv.org/abs/${id}) | ${repo ? star(repo) : '-'} | CVPR 2024 |`;

const LIST = [
  '# Awesome Video Diffusion Models',
  '',
  '## Human Video Generation',
  '',
  '| Title | arXiv | Github | Pub. & Date |',
  '|---|:---:|:---:|:---:|',
  row(
    'Animate Anyone: Consistent Image-to-Video Synthesis',
    '2311.17117',
    'HumanAIGC/AnimateAnyone',
  ),
  row('MagicDance: Realistic Human Dance Video Generation', '2311.12052', 'Boese0601/MagicDance'),
  row('DisCo: Disentangled Control for Human Dance Generation', '2307.00040', 'Wangt-CN/DisCo'),
  row('Dancing Avatar: Pose and Text-Guided Human Motion Videos', '2308.07749'),
  row('DreamPose: Fashion Image-to-Video Synthesis', '2304.06025', 'johannakarras/DreamPose'),
  row('Follow Your Pose: Pose-Guided Text-to-Video Generation', '2304.01186'),
  '',
].join('\n');

describe('a column of badges linking the paper, with no configuration', () => {
  const { format, list } = resolveList(defaultConfig(), [{ path: 'README.md', text: LIST }]);

  it('learns the badge linking {paper}, and reads every row whole', () => {
    expect(format.template.source).toBe(
      `| [{title}]({paper}) | ${ARXIV}({paper}) | {[${star('{repo}')}]|-} | {venue} |`,
    );
    const rows = list.sections.flatMap((s) => s.block.entries);
    expect(rows.filter((e) => format.reader.fields(LIST.slice(e.start, e.end)))).toHaveLength(6);
  });

  it('writes a new paper with the badge linking its paper, its image let through', () => {
    const plan = filePaper(list, format, {
      paper: 'https://arxiv.org/abs/2403.00001',
      title: 'A New Human Video Generation Model',
      venue: 'CVPR 2024',
      section: 'Human Video Generation',
      links: 'Code: https://github.com/lab/new-model',
    });
    expect(plan.entry).toBe(
      `| [A New Human Video Generation Model](https://arxiv.org/abs/2403.00001) | ${ARXIV}(https://arxiv.org/abs/2403.00001) | ${star('lab/new-model')} | CVPR 2024 |`,
    );
  });
});
