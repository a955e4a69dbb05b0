// BradyFU/Awesome-Multimodal-Large-Language-Models: tables of papers whose title cell holds a
// GitHub star badge and a `<br>` before the title and a `<br>` after it when the paper has code,
// the title alone when not; a Date column of days; a Demo column beside the Code column; and
// tables of datasets, whose Paper column holds the title beside a Name.
import { describe, expect, it } from 'vitest';
import { filePaper } from '../support/file-paper.js';
import { inferredList } from '../support/list-helpers.js';

const badge = (repo: string) =>
  `![Star](https://img.shields.io/github/stars/${repo}.svg?style=social&label=Star) <br> `;

const paper = (title: string, venue: string, date: string, repo?: string, demo = '-') => {
  const link = `https://arxiv.org/pdf/${date.slice(2, 4)}${date.slice(5, 7)}.0${date.slice(8)}00`;
  return repo
    ? `| ${badge(repo)}[**${title}**](${link}) <br> | ${venue} | ${date} | [Github](https://github.com/${repo}) | ${demo} |`
    : `| [**${title}**](${link}) | ${venue} | ${date} | - | ${demo} |`;
};

const NEXT = paper('NExT-OMNI: Towards Any-to-Any Models', 'arXiv', '2025-10-16');

const LIST = [
  '# Awesome Multimodal Models',
  '',
  '## Multimodal Instruction Tuning',
  '|  Title  |   Venue  |   Date   |   Code   |   Demo   |',
  '|:--------|:--------:|:--------:|:--------:|:--------:|',
  paper('Emu3.5: Native Multimodal Models', 'arXiv', '2025-11-05', 'baaivision/Emu3.5'),
  NEXT,
  paper('DeepSeek-OCR: Contexts Optical Compression', 'arXiv', '2025-09-12', 'ds/OCR'),
  paper('Seed2.0 Model Card', 'NeurIPS', '2025-08-30'),
  paper('OmniVinci: Omni-Modal Understanding', 'arXiv', '2025-07-17', 'NVlabs/OmniVinci'),
  paper('VITA-E: Embodied Interaction', 'ICCV', '2025-06-11', 'Tencent/VITA', 'Local Demo'),
  paper('Qwen3-VL Technical Report', 'arXiv', '2025-05-01'),
  '',
  '## Multimodal Hallucination',
  '|  Title  |   Venue  |   Date   |   Code   |   Demo   |',
  '|:--------|:--------:|:--------:|:--------:|:--------:|',
  paper('HallE-Switch: Object Existence', 'arXiv', '2023-10-03', 'bronyayang/HallE'),
  paper('Negative Object Presence Evaluation', 'ICLR', '2023-09-09'),
  paper('Analyzing Object Hallucination', 'CVPR', '2023-08-01', 'YiyangZhou/LURE'),
  '',
  '## Datasets',
  '| Name | Paper | Type | Modalities |',
  '|:-----|:-----:|:----:|:----------:|',
  '| **ShareGPT4Video** | [ShareGPT4Video: Better Captions](https://arxiv.org/pdf/2406.04325v1) | Caption | Video-Text |',
  '| **COYO-700M** | [COYO-700M: Image-Text Pair Dataset](https://github.com/kakaobrain/coyo-dataset/) | Caption | Image-Text |',
  '| **ShareGPT4V** | [ShareGPT4V: Improving Models with Better Captions](https://arxiv.org/pdf/2311.12793.pdf) | Caption | Image-Text |',
  '',
].join('\n');

describe('title cells with a star badge for the papers with code, with no configuration', () => {
  const { format, list, entries } = inferredList(LIST);

  it('makes the badge and the <br> after the title one optional whole', () => {
    expect(format.template.source).toBe(
      `| {[${badge('{repo}')}]}[**{title}**]({paper}){[ <br>]} | {venue} | {notes} | {[{links}]|-} | - |`,
    );
  });

  it('reads every row whole but those with a demo, and the titles of the datasets too', () => {
    const whole = entries.filter((e) => format.reader.fields(e) !== undefined);
    // The ten papers but the one with a Local Demo, which the form cannot express.
    expect(whole.filter((e) => /\| 20\d\d-/.test(e))).toHaveLength(9);
    expect(entries.map((e) => format.reader.title(e))).toContain(
      'COYO-700M: Image-Text Pair Dataset',
    );
    expect(entries.every((e) => format.reader.title(e) !== undefined)).toBe(true);
    // A date cell is read as the date, never with the cells after it.
    expect(format.reader.date(NEXT)).toEqual({ year: 2025, month: 10, day: 16 });
  });

  const add = (links: string) => {
    const plan = filePaper(list, format, {
      paper: 'https://arxiv.org/pdf/2510.20000',
      title: 'A New Multimodal Model',
      venue: 'arXiv 2025',
      section: 'Multimodal Instruction Tuning',
      links,
      notes: '2025-10-20',
    });
    return plan;
  };

  it('writes the badge and both <br> for a paper with code, at its date', () => {
    const plan = add('Github: https://github.com/lab/new-model');
    expect(plan.entry).toBe(
      `| ${badge('lab/new-model')}[**A New Multimodal Model**](https://arxiv.org/pdf/2510.20000) <br> | arXiv | 2025-10-20 | [Github](https://github.com/lab/new-model) | - |`,
    );
    const lines = plan.text.split('\n');
    expect(lines.indexOf(plan.entry)).toBe(lines.indexOf(NEXT) - 1);
  });

  it('writes the title alone, with no badge and no <br>, for a paper without code', () => {
    expect(add('').entry).toBe(
      '| [**A New Multimodal Model**](https://arxiv.org/pdf/2510.20000) | arXiv | 2025-10-20 | - | - |',
    );
  });
});
