// hindupuravinash/the-gan-zoo: one entry a model, `* 3D-GAN - [Title](url)`, alphabetised by the
// models' short names, the papers' dates all over the place.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { resolveList } from '../../src/infer/resolve-format.js';
import { filePaper } from '../support/file-paper.js';
import { planSort } from '../../src/plan/plan-sort.js';

const entry = (name: string, id: string, title: string) =>
  `* ${name} - [${title}](https://arxiv.org/abs/${id}) `;

const ENTRIES = [
  entry('3D-GAN', '1610.07584', 'Learning a Probabilistic Latent Space of Object Shapes'),
  entry('ABC-GAN', '1711.11139', 'Adaptive Blur and Control for improved training stability'),
  entry('acGAN', '1702.01983', 'Face Aging With Conditional Generative Adversarial Networks'),
  entry('BiGAN', '1605.09782', 'Adversarial Feature Learning'),
  entry('BinGAN', '1806.06778', 'Learning Compact Binary Descriptors with a Regularized GAN'),
  entry('CycleGAN', '1703.10593', 'Unpaired Image-to-Image Translation'),
  // A blank before `)` leaves this one unread whole; its name is still `DP-GAN`.
  '* DP-GAN - [Diversity-Promoting Generative Adversarial Network ](https://arxiv.org/abs/1802.01345 ) ',
  entry('DPGAN', '1802.06739', 'Differentially Private Generative Adversarial Network'),
  entry('LSGAN', '1611.04076', 'Least Squares Generative Adversarial Networks'),
  entry('WGAN', '1701.07875', 'Wasserstein GAN'),
];
const LIST = ['# The GAN Zoo', '', ...ENTRIES, ''].join('\n');

describe('a list alphabetised by the short names its entries start with', () => {
  const files = [{ path: 'README.md', text: LIST }];
  const { format, list } = resolveList(defaultConfig(), files);

  it('is found ordered by name, with no configuration', () => {
    expect(format.template.source).toBe('* {abbreviation} - [{title}]({paper}) ');
    expect(format.order).toBe('title');
  });

  it('takes a new model at its place in the alphabet', () => {
    const plan = filePaper(list, format, {
      paper: 'https://arxiv.org/abs/1809.11096',
      title: 'Large Scale GAN Training for High Fidelity Natural Image Synthesis',
      abbreviation: 'BigGAN',
      section: 'The GAN Zoo',
    });
    expect(plan.entry).toBe(
      '* BigGAN - [Large Scale GAN Training for High Fidelity Natural Image Synthesis](https://arxiv.org/abs/1809.11096) ',
    );
    const lines = plan.text.split('\n');
    expect(lines.indexOf(plan.entry)).toBe(lines.indexOf(ENTRIES[3]!) + 1);
    expect(lines.indexOf(plan.entry)).toBe(lines.indexOf(ENTRIES[4]!) - 1);
  });

  it('is already sorted: a re-sort moves nothing', () => {
    expect(planSort(list, format).files.flatMap((f) => f.sections)).toEqual([]);
  });
});
