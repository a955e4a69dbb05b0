import { describe, expect, it } from 'vitest';
import { inferListFormat } from '../../src/infer/infer-list-format.js';
import {
  DEFAULT_AUTHOR_FORMAT,
  DEFAULT_LINE_BREAK,
  DEFAULT_LINK_FORMAT,
  DEFAULT_TEMPLATE,
} from '../../src/paper/entry-template.js';

const OPTIONS = {
  excludeSections: ['Table of Contents', 'Contents'],
  lineBreak: DEFAULT_LINE_BREAK,
};

const infer = (text: string, path = 'README.md') => inferListFormat([{ path, text }], OPTIONS);

/** One entry of the project's own format. */
function homeEntry(title: string, authors: string, venue: string, short: string): string {
  return [
    `- **${title}** <Br>`,
    `${authors} <Br>`,
    `[${venue}] [[Paper](https://arxiv.org/abs/${short.length}${title.length})] <Br>`,
    `[**${short}**] [★★]`,
  ].join('\n');
}

const HOME = `# Reading list

## Vision
${[
  homeEntry(
    'Swin Transformer: Hierarchical Vision Transformer',
    'Ze Liu, Yutong Lin, Yue Cao',
    'ICCV 2021',
    'Swin',
  ),
  homeEntry(
    'Deep Residual Learning for Image Recognition',
    'Kaiming He, Xiangyu Zhang, Jian Sun',
    'CVPR 2016',
    'ResNet',
  ),
  homeEntry(
    'Very Deep Convolutional Networks',
    'Karen Simonyan, Andrew Zisserman',
    'ICLR 2015',
    'VGG',
  ),
  homeEntry(
    'ImageNet Classification with Deep Networks',
    'Alex Krizhevsky, Ilya Sutskever',
    'NeurIPS 2012',
    'AlexNet',
  ),
].join('\n\n')}

## Diffusion
${[
  homeEntry(
    'High-Resolution Image Synthesis with Latent Diffusion',
    'Robin Rombach, Andreas Blattmann',
    'CVPR 2022',
    'LDM',
  ),
  homeEntry(
    'Denoising Diffusion Implicit Models',
    'Jiaming Song, Chenlin Meng, Stefano Ermon',
    'ICLR 2021',
    'DDIM',
  ),
  homeEntry(
    'Denoising Diffusion Probabilistic Models',
    'Jonathan Ho, Ajay Jain, Pieter Abbeel',
    'NeurIPS 2020',
    'DDPM',
  ),
  homeEntry(
    'Deep Unsupervised Learning using Nonequilibrium Thermodynamics',
    'Jascha Sohl-Dickstein, Eric Weiss',
    'ICML 2015',
    'DPM',
  ),
].join('\n\n')}
`;

const AWESOME = `# Awesome LLM Robotics

## Planning
* **TidyBot**: "Personalized Robot Assistance with Large Language Models", *arXiv, May 2023*. [[Paper](https://arxiv.org/abs/2305.05658)] [[Code](https://github.com/jimmyyhwu/tidybot)]
* "Language Models as Zero-Shot Planners for Embodied Agents", *ICML, 2022*. [[Paper](https://arxiv.org/abs/2201.07207)] [[Code](https://github.com/huangwl18/language-planner)]
* **SayCan**: "Do As I Can, Not As I Say: Grounding Language in Robotic Affordances", *CoRL, 2021*. [[Paper](https://arxiv.org/abs/2204.01691)] [[Website](https://say-can.github.io/)]
* "Embodied Reasoning through Planning with Language Models", *arXiv, July 2020*. [[Paper](https://arxiv.org/abs/2207.05608)] [[Website](https://innermonologue.github.io/)]
* **Socratic**: "Composing Zero-Shot Multimodal Reasoning with Language", *arXiv, Apr 2019*. [[Paper](https://arxiv.org/abs/2204.00598)] [[Website](https://socraticmodels.github.io/)]

## Manipulation
* **CLIPort**: "What and Where Pathways for Robotic Manipulation", *CoRL, 2020*. [[Paper](https://arxiv.org/abs/2109.12098)] [[Code](https://github.com/cliport/cliport)]
* "Grounded Decoding: Guiding Text Generation with Grounded Models", *arXiv, Mar 2021*. [[Paper](https://arxiv.org/abs/2303.00855)] [[Website](https://grounded-decoding.github.io/)]
* **PaLM-E**: "An Embodied Multimodal Language Model", *arXiv, Mar 2022*. [[Paper](https://arxiv.org/abs/2303.03378)] [[Website](https://palm-e.github.io/)]
* **RT-2**: "Vision-Language-Action Models Transfer Web Knowledge to Robotic Control", *arXiv, July 2023*. [[Paper](https://arxiv.org/abs/2307.15818)] [[Website](https://robotics-transformer2.github.io/)]
`;

// Numbered entries stand apart, a blank line between them.
const NUMBERED = `# Papers

## Language Models

1. [**Attention Is All You Need.**](https://arxiv.org/abs/1706.03762) _Ashish Vaswani, Noam Shazeer, and Niki Parmar._ NeurIPS 2017.

2. [**BERT: Pre-training of Deep Bidirectional Transformers.**](https://arxiv.org/abs/1810.04805) _Jacob Devlin, Ming-Wei Chang, and Kenton Lee._ NAACL 2019.

3. [**Language Models are Few-Shot Learners.**](https://arxiv.org/abs/2005.14165) _Tom Brown, Benjamin Mann, and Nick Ryder._ NeurIPS 2020.

4. [**Training Language Models to Follow Instructions.**](https://arxiv.org/abs/2203.02155) _Long Ouyang, Jeff Wu, and Xu Jiang._ NeurIPS 2022.

5. [**LLaMA: Open and Efficient Foundation Language Models.**](https://arxiv.org/abs/2302.13971) _Hugo Touvron, Thibaut Lavril, and Gautier Izacard._ Arxiv 2023.
`;

const TABLE = `# Papers

## Detection

| Title | Venue | Year | Code |
|-------|-------|------|------|
| [Focal Loss for Dense Object Detection](https://arxiv.org/abs/1708.02002) | ICCV | 2017 | [code](https://github.com/a/b) |
| [Feature Pyramid Networks for Object Detection](https://arxiv.org/abs/1612.03144) | CVPR | 2016 | - |
| [Faster R-CNN: Towards Real-Time Object Detection](https://arxiv.org/abs/1506.01497) | NeurIPS | 2015 | [code](https://github.com/c/d) |
| [Rich Feature Hierarchies for Accurate Object Detection](https://arxiv.org/abs/1311.2524) | CVPR | 2014 | - |
`;

const YEARS = `# Papers

## 2023
- [Segment Anything](https://arxiv.org/abs/2304.02643) - Alexander Kirillov, Eric Mintun, Nikhila Ravi
- [Visual Instruction Tuning](https://arxiv.org/abs/2304.08485) - Haotian Liu, Chunyuan Li, Qingyang Wu

## 2022
- [Masked Autoencoders Are Scalable Vision Learners](https://arxiv.org/abs/2111.06377) - Kaiming He, Xinlei Chen, Saining Xie
- [A ConvNet for the 2020s](https://arxiv.org/abs/2201.03545) - Zhuang Liu, Hanzi Mao, Chao-Yuan Wu

## 2021
- [Learning Transferable Visual Models From Natural Language Supervision](https://arxiv.org/abs/2103.00020) - Alec Radford, Jong Wook Kim, Chris Hallacy
- [Emerging Properties in Self-Supervised Vision Transformers](https://arxiv.org/abs/2104.14294) - Mathilde Caron, Hugo Touvron, Ishan Misra
`;

const PARAGRAPHS = `# Papers

## Vision

**Deep Residual Learning for Image Recognition**, Kaiming He and Jian Sun, CVPR 2016. [[paper]](https://arxiv.org/abs/1512.03385)

**Very Deep Convolutional Networks for Large-Scale Image Recognition**, Karen Simonyan and Andrew Zisserman, ICLR 2015. [[paper]](https://arxiv.org/abs/1409.1556)

**Going Deeper with Convolutions**, Christian Szegedy and Yangqing Jia, CVPR 2014. [[paper]](https://arxiv.org/abs/1409.4842)

**ImageNet Classification with Deep Convolutional Neural Networks**, Alex Krizhevsky and Geoffrey Hinton, NeurIPS 2012. [[paper]](https://papers.nips.cc/x)
`;

describe('inferListFormat', () => {
  it("keeps the project's own format for a list written in it", () => {
    expect(infer(HOME)).toMatchObject({
      template: DEFAULT_TEMPLATE,
      links: DEFAULT_LINK_FORMAT,
      authors: DEFAULT_AUTHOR_FORMAT,
      dateHeadings: false,
      order: 'newest-first',
      sectionOrders: {},
      relativeLinks: false,
      byMonth: false,
    });
    expect(infer(HOME).columns).toBeUndefined();
  });

  it('learns a one-line awesome list with optional short names, and each section’s order', () => {
    expect(infer(AWESOME)).toMatchObject({
      template: '*{[ **{abbreviation}**:]} "{title}", *{venue}*. [[Paper]({paper})]{links}',
      links: { item: ' [[{label}]({url})]', separator: '' },
      dateHeadings: false,
      order: 'newest-first',
      sectionOrders: { Manipulation: 'oldest-first' },
      relativeLinks: false,
    });
  });

  it('learns a numbered list, its authors’ serial comma and its oldest-first order', () => {
    expect(infer(NUMBERED)).toMatchObject({
      template: '{number}. [**{title}.**]({paper}) _{authors}._ {venue}.',
      links: DEFAULT_LINK_FORMAT,
      authors: { separator: ', ', last: ', and ' },
      dateHeadings: false,
      order: 'oldest-first',
      sectionOrders: {},
    });
  });

  it('learns a table list: a template per column, the Year column read as the year', () => {
    expect(infer(TABLE)).toMatchObject({
      template: '| [{title}]({paper}) | {venue} | {year} | {[{links}]|-} |',
      columns: {
        Title: '[{title}]({paper})',
        Venue: '{venue}',
        Year: '{year}',
        Code: '{[{links}]|-}',
      },
      links: { item: ' [{label}]({url})', separator: '' },
      dateHeadings: false,
      order: 'newest-first',
      sectionOrders: {},
    });
  });

  it('learns a list under year headings: the headings date the entries', () => {
    expect(infer(YEARS)).toMatchObject({
      template: '- [{title}]({paper}) - {authors}',
      links: DEFAULT_LINK_FORMAT,
      authors: DEFAULT_AUTHOR_FORMAT,
      dateHeadings: true,
      order: 'newest-first',
      sectionOrders: {},
    });
  });

  it('writes no year in venues where no entry shows one, and reads their tables', () => {
    // Star counts fall between 1900 and 2099 now and then: no years.
    const row = (title: string, venue: string, stars: number) =>
      `| [${title}](https://arxiv.org/abs/${stars}.0001) | ${venue} | [code](https://github.com/a/${stars}) | ${stars} |`;
    const text = [
      '## 2018',
      '| Title | Conf | Code | Stars |',
      '|:------|:----:|:----:|:-----:|',
      row('Learning to See in the Dark', 'CVPR', 2326),
      row('Glow: Generative Flow', 'NIPS', 2088),
      row('Squeeze-and-Excitation Networks', 'CVPR', 1477),
      '## 2017',
      '| Title | Conf | Code | Stars |',
      '|:------|:----:|:----:|:-----:|',
      row('Mask R-CNN for Instances', 'ICCV', 992),
      row('Attention Is All You Need', 'NIPS', 1982),
      row('Deep Photo Style Transfer', 'CVPR', 9011),
      '',
    ].join('\n');
    const inferred = infer(text);
    expect(inferred.columns).toMatchObject({ Conf: '{venue}', Stars: '{notes}' });
    expect(inferred.venuesShowYear).toBe(false);
    expect(infer(TABLE).venuesShowYear).toBe(true);
    expect(infer(NUMBERED).venuesShowYear).toBe(true);
  });

  it('takes no table of contents for the entries, its links written `./#anchor` or `#anchor`', () => {
    // dair-ai/ML-Papers-of-the-Week: a contents list of week links under year headings.
    const weeks = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => `- [Top ML Papers of Week ${i + 1} Here](./#week-${i + 1})`,
      );
    const text = ['# Papers of the week', '## 2024', ...weeks(8), '', TABLE].join('\n');
    expect(infer(text).template).toBe('| [{title}]({paper}) | {venue} | {year} | {[{links}]|-} |');
  });

  it('reads papers named in bold over their link lines, not the link lines', () => {
    const paper = (title: string, id: string) =>
      `**${title}**\n\n- Paper: https://arxiv.org/abs/${id}\n- Code: https://github.com/lab/${id}\n`;
    const text = [
      '# CVPR Papers with Code',
      '',
      '# NeRF',
      '',
      paper('Scaffold-GS: Structured 3D Gaussians for Rendering', '2312.00109'),
      paper('GPS-Gaussian: Generalizable Pixel-wise 3D Gaussian Splatting', '2312.02155'),
      paper('Gaussian Shell Maps for Efficient 3D Human Generation', '2311.17857'),
      '',
    ].join('\n');
    expect(infer(text).template).toBe('**{title}**');
  });

  it('learns papers whose keyword lines differ, over a few one-line blogs', () => {
    // opendilab/awesome-RLHF: a paper's title, authors, keywords and code, a line each.
    const paper = (title: string, keywords: string, code: boolean) =>
      [
        `- [${title}](https://arxiv.org/abs/${title.length})`,
        '  - Shenao Zhang, Zhihan Liu, Boyi Liu',
        `  - Keyword: ${keywords}`,
        ...(code ? [`  - Code: [Official](https://github.com/lab/${title.length})`] : []),
        '',
      ].join('\n');
    const blog = (who: string, title: string) =>
      `- [${who}] [${title}](https://blog.example/${title.length})`;
    const text = [
      '# Awesome RLHF',
      '## Papers',
      paper(
        'Reward-Augmented Data Enhances Preference Alignment',
        'Reward-Augmented Data, DPO',
        true,
      ),
      paper('The Accuracy Paradox in RLHF for Language Models', 'Reward Model Evaluation', true),
      paper('Align Anything: Training All-Modality Models', 'All-Modality, Alignment', false),
      paper(
        'REvolve: Reward Evolution with Large Language Models',
        'Reward Design, Evolution',
        true,
      ),
      '## Blogs',
      blog('Hugging Face', 'Illustrating Reinforcement Learning from Human Feedback'),
      blog('OpenAI / Arize', 'OpenAI on Reinforcement Learning With Human Feedback'),
      blog('Weixun Wang', 'Overview of RL and RLHF for Large Models'),
      '',
    ].join('\n');
    expect(infer(text).template).toBe(
      '- [{title}]({paper})\n  - {authors}\n  - Keyword{[: {notes}]}\n  - Code:{links}',
    );
  });

  it('one heading naming a year is not enough to call them date headings', () => {
    const one = YEARS.replace('## 2022', '## Older').replace('## 2021', '## Oldest');
    expect(infer(one).dateHeadings).toBe(false);
  });

  it('finds date headings indented up to three spaces, closed by #s, under CR line ends', () => {
    expect(infer(YEARS.replace('## 2022', '   ## 2022 ##')).dateHeadings).toBe(true);
    expect(infer(YEARS.replace(/\n/g, '\r')).dateHeadings).toBe(true);
  });

  it('takes no # within a line, nor one indented four spaces, for a date heading', () => {
    const within = YEARS.replace('## 2022', 'See #2022').replace('## 2021', 'Up # 2021');
    expect(infer(within).dateHeadings).toBe(false);
    const indented = YEARS.replace('## 2022', '    ## 2022').replace('## 2021', '    ## 2021');
    expect(infer(indented).dateHeadings).toBe(false);
  });

  it('infers at once a list whose entries hold a long run of blanks before their links', () => {
    // Finding the separator before a link once took cubic time on such a run (recheck's attack).
    const tabs = '\t'.repeat(20_000);
    const entry = (n: number) =>
      `- [Paper ${n} on Things](https://arxiv.org/abs/2301.0000${n}) - Ada Lovelace.${tabs}x [[Code](https://github.com/a/b${n})]`;
    const list = `# Papers\n\n## Vision\n${[1, 2, 3, 4, 5, 6].map(entry).join('\n')}\n`;
    expect(infer(list).template).toContain('{title}');
  });

  it('learns a list of paragraph entries', () => {
    expect(infer(PARAGRAPHS)).toMatchObject({
      template: '**{title}**, {authors}, {venue}. [[paper]]({paper}){links}',
      links: DEFAULT_LINK_FORMAT,
      authors: { separator: ', ', last: ' and ' },
      dateHeadings: false,
      order: 'newest-first',
      sectionOrders: {},
    });
  });

  it('learns paragraphs that open with a venue in parentheses (yyyujintang/Awesome-Mamba-Papers)', () => {
    const entry = (month: number, title: string) =>
      `(Arxiv 24.0${month}.11) ${title} [Paper](https://arxiv.org/abs/240${month}.0000${month}) [Code](https://github.com/lab/m${month})`;
    const titles = [
      'Selective Scans for Image Restoration',
      'State Space Models Learn to Segment Anything',
      'Vision Mamba for Multi-Dimensional Data',
      'Hierarchical State Spaces for Sequences',
      'A Mamba for Point Clouds',
      'Graph Mamba: Selective Spaces on Graphs',
    ];
    // Oldest first, by month within the year, as the list is.
    const text = `# Mamba papers\n\n## Vision\n\n${titles.map((t, i) => entry(i + 1, t)).join('\n\n')}\n`;
    expect(infer(text)).toMatchObject({
      template: '({venue}) {title} [Paper]({paper}){links}',
      links: { item: ' [{label}]({url})', separator: '' },
      order: 'oldest-first',
      byMonth: true,
    });
  });

  it('learns paragraph entries over several lines ended by two spaces', () => {
    const text = `# Papers

**Deep Residual Learning for Image Recognition**  
Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun  
CVPR 2016 [[paper]](https://arxiv.org/abs/1512.03385)

**Very Deep Convolutional Networks for Large-Scale Image Recognition**  
Karen Simonyan, Andrew Zisserman  
ICLR 2015 [[paper]](https://arxiv.org/abs/1409.1556)

**Going Deeper with Convolutions**  
Christian Szegedy, Wei Liu, Yangqing Jia  
CVPR 2014 [[paper]](https://arxiv.org/abs/1409.4842)
`;
    expect(infer(text)).toMatchObject({
      template: '**{title}**  \n{authors}  \n{venue} [[paper]]({paper}){links}',
      links: DEFAULT_LINK_FORMAT,
      order: 'newest-first',
    });
  });

  it('learns a CRLF list as the same list with LF line ends', () => {
    // Paragraph entries are found after blank lines: a CRLF's CR once hid them.
    const crlf = PARAGRAPHS.replace(/\n/g, '\r\n');
    expect(infer(crlf)).toEqual(infer(PARAGRAPHS));
  });

  it('learns a list opening with a byte order mark as the same list without one', () => {
    // Its first heading dates the entries under it as the others do.
    const years = YEARS.replace('# Papers\n\n', '').replace(/\n## 2021[^]*/, '\n');
    expect(infer(`\uFEFF${years}`)).toEqual(infer(years));
    expect(infer(`\uFEFF${years}`).dateHeadings).toBe(true);
  });

  it('reads no entry whole where its template would write one entry’s own words into every new one (hymie122/RAG-Survey)', () => {
    // Papers as paragraphs under task bullets: the bullets read as entries, a paper's title as
    // their template's literal text.
    const words =
      'Dense Sparse Learning Entities Graph Selective Knowledge Stochastic Masked Think';
    const titles = [...words.split(' '), 'Rationale', 'Legal'];
    const group = (task: string, i: number) =>
      `  - ${task}\n\n    [${titles[2 * i]} Passages for Retrieval](https://doi.org/10.18653/v1/2023.acl-${i})\n\n    [${titles[2 * i + 1]} Search through Expected Utility](https://arxiv.org/pdf/2405.0281${i})`;
    const tasks = ['Answering', 'Fact verification', 'Reasoning', 'Summaries', 'Dialogue', 'Code'];
    const text = `# RAG\n\n## RAG for Text\n\n${tasks.map(group).join('\n\n')}\n`;
    // Whatever it learns, entries that lack its words are not read whole: the format is unfit.
    const inferred = infer(text);
    expect(inferred.template).toMatch(/Expected Utility/);
    expect(inferred.readWhole).toBeLessThan(0.5);
  });

  it('sees entries linking files beside the list', () => {
    const text = `# Papers

## Vision
- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385) - Kaiming He, Jian Sun [bibtex](./citations/he2016.txt)
- [Very Deep Convolutional Networks](https://arxiv.org/abs/1409.1556) - Karen Simonyan, Andrew Zisserman [bibtex](./citations/simonyan2015.txt)
`;
    expect(infer(text).relativeLinks).toBe(true);
    expect(infer(YEARS).relativeLinks).toBe(false);
  });

  it('orders by month where arXiv months order the entries of one year', () => {
    const venues = ['arXiv 2311', 'arXiv 2310', 'arXiv 2309', 'arXiv 2307', 'arXiv 2306'];
    const more = ['arXiv 2305', 'arXiv 2304', 'arXiv 2303', 'arXiv 2302', 'arXiv 2301'];
    const entries = [...venues, ...more].map((venue, i) =>
      homeEntry(
        `A Study of Month Ordered Papers Number ${i + 1}`,
        'Ann Lee, Bob Ray',
        venue,
        `M${i}`,
      ),
    );
    const inferred = infer(`# Papers\n\n## Preprints\n${entries.join('\n\n')}\n`);
    expect(inferred).toMatchObject({
      template: DEFAULT_TEMPLATE,
      order: 'newest-first',
      byMonth: true,
    });
  });

  it('falls back to the project’s own format when no entry shows a title', () => {
    const inferred = infer('# Notes\n\nSome text.\n\n- a\n- b\n');
    expect(inferred).toMatchObject({
      template: DEFAULT_TEMPLATE,
      links: DEFAULT_LINK_FORMAT,
      order: 'newest-first',
      sectionOrders: {},
    });
  });

  it('leaves out excluded sections such as a table of contents', () => {
    const bold = Array.from(
      { length: 8 },
      (_, i) => `- **Reading tables of contents as entries, part ${i + 1}**, Ann Lee, CVPR 2020`,
    );
    const text = YEARS.replace('# Papers\n', `# Papers\n\n## Contents\n${bold.join('\n')}\n`);
    expect(infer(text).template).toBe('- [{title}]({paper}) - {authors}');
    const all = inferListFormat([{ path: 'README.md', text }], { ...OPTIONS, excludeSections: [] });
    expect(all.template).toBe('- **{title}**, {authors}, {venue}');
  });
});
