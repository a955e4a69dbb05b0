import { describe, expect, it } from 'vitest';
import { cellSkeleton, entrySkeleton, rowSkeleton } from '../../src/infer/entry-skeleton.js';

describe('entrySkeleton', () => {
  it('a bold title, a year in parentheses, authors and a pdf link to the paper', () => {
    expect(
      entrySkeleton([
        '- **ImageNet Classification with Deep Convolutional Neural Networks** (2012), A. Krizhevsky et al. [[pdf]](https://papers.nips.cc/paper/4824.pdf)',
      ]),
    ).toEqual({ source: '- **{title}** ({year}), {authors} [[pdf]]({paper}){links}' });
  });

  it('a venue in parentheses before a plain title, in a paragraph (yyyujintang/Awesome-Mamba-Papers)', () => {
    expect(
      entrySkeleton([
        '(Arxiv 24.02.01) Selective Scans for Long Sequences [Paper](https://arxiv.org/abs/2402.00001) [Code](https://github.com/a/b)',
      ]),
    ).toEqual({
      source: '({venue}) {title} [Paper]({paper}){links}',
      linkItem: ' [{label}]({url})',
    });
    // Text in parentheses that is no venue stays literal: the title is found after it as before.
    expect(
      entrySkeleton(['(Survey) Selective Scans for Long Sequences. [Paper](https://x.org/a)'])
        .source,
    ).not.toContain('{venue}');
  });

  it('a venue with its year linking the paper after the title, then code links qualified in parentheses', () => {
    // zhaoxin94/awesome-domain-adaptation.
    expect(
      entrySkeleton([
        '- Learning Semantic Representations for Domain Adaptation [[ICML2018]](http://proceedings.mlr.press/v80/x.html) [[TensorFlow(Official)]](https://github.com/a/b)',
      ]),
    ).toEqual({
      source: '- {title} [[{venue}]]({paper}){links}',
      linkItem: ' [[{label}]]({url})',
    });
  });

  it('fields set apart by pipes, the venue in brackets in bold (hoya012/awesome-anomaly-detection)', () => {
    expect(
      entrySkeleton([
        "- Deep Learning for Anomalies in Time Series | **[IEEE Access' 18]** | [`[pdf]`](https://ieeexplore.ieee.org/document/1)",
      ]),
    ).toEqual({ source: '- {title} | **[{venue}]** | [`[pdf]`]({paper}){links}' });
  });

  it('a venue in the bold title, then authors and links on lines under it (benedekrozemberczki)', () => {
    expect(
      entrySkeleton([
        '- **Using MaxSAT for Efficient Explanations of Tree Ensembles (AAAI 2022)**',
        '  - Alexey Ignatiev, Yacine Izza',
        '  - [[Paper]](https://ojs.aaai.org/index.php/AAAI/article/view/20292)',
      ]).source,
    ).toBe('- **{title} ({venue})**\n  - {authors}\n  - [[Paper]]({paper}){links}');
    // Words in parentheses that are no venue stay in the title.
    expect(entrySkeleton(['- **Graph Networks (A Survey)**']).source).toBe('- **{title}**');
  });

  it('a title with words in bold after a venue in parentheses (DirtyHarryLYL/LLM-in-Vision)', () => {
    expect(
      entrySkeleton([
        '- (arXiv 2024.6) Bootstrap3D: Improving **3D Content Creation** with Synthetic Data, [[Paper]](https://arxiv.org/pdf/2406.00093)',
      ]).source,
    ).toBe('- ({venue}) {title}, [[Paper]]({paper}){links}');
  });

  it('a year set apart in code beside a company (eugeneyan/applied-ml)', () => {
    expect(
      entrySkeleton([
        '1. [Reliable and Scalable Data Ingestion at Airbnb](https://www.slideshare.net/x) `Airbnb` `2016`',
      ]),
    ).toEqual({ source: '{number}. [{title}]({paper}) `{notes}` `{year}`' });
  });

  it('a numbered entry: a linked bold title, authors in emphasis, a venue', () => {
    expect(
      entrySkeleton([
        '1. [**Attention Is All You Need.**](https://arxiv.org/abs/1706.03762) _Ashish Vaswani, Noam Shazeer._ Arxiv 2022.',
      ]),
    ).toEqual({ source: '{number}. [**{title}.**]({paper}) _{authors}._ {venue}.' });
    expect(
      entrySkeleton([
        '12) [**Attention Is All You Need.**](https://arxiv.org/abs/1706.03762) _Ashish Vaswani, Noam Shazeer._ Arxiv 2022.',
      ]).source,
    ).toBe('{number}) [**{title}.**]({paper}) _{authors}._ {venue}.');
  });

  it('one bracketed link at the end keeps the blank before it in its format', () => {
    expect(
      entrySkeleton([
        '- [Title of a Paper](https://arxiv.org/abs/1) Notes here. [[code](https://x.org/c)]',
      ]),
    ).toMatchObject({ linkItem: ' [[{label}]({url})]' });
  });

  it('a short name and a dash before a linked title, and a code link in parentheses', () => {
    // hindupuravinash/the-gan-zoo: `* 3D-GAN - [Title](url) ([github](url))`.
    expect(
      entrySkeleton([
        '* 3D-GAN - [Learning a Probabilistic Latent Space of Object Shapes](https://arxiv.org/abs/1610.07584) ([github](https://github.com/zck119/3dgan-release))',
      ]),
    ).toEqual({
      source: '* {abbreviation} - [{title}]({paper}) ({links})',
      linkItem: '[{label}]({url})',
    });
  });

  it('takes no bare link for a title', () => {
    // amusi/CVPR2024-Papers-with-Code: `**Title**`, then `- Paper: https://...` lines.
    expect(entrySkeleton(['- Paper: https://arxiv.org/abs/2312.00109']).source).not.toContain(
      '{title}',
    );
    expect(
      entrySkeleton(['- Homepage: https://city-super.github.io/scaffold-gs/']).source,
    ).not.toContain('{title}');
  });

  it('takes no text closing a bracket it did not open for a title', () => {
    // opendilab/awesome-RLHF's blogs: the author in brackets, then the linked title.
    expect(
      entrySkeleton([
        '- [Hugging Face] [Illustrating Reinforcement Learning from Human Feedback](https://huggingface.co/blog/rlhf)',
      ]).source,
    ).toBe('- [{authors}] [{title}]({paper})');
  });

  it('a labelled line of free text under the first is the notes', () => {
    // opendilab/awesome-RLHF: each paper's keywords, unlike any other's.
    const paper = (keywords: string) => [
      '- [Reward-Augmented Data Enhances Direct Preference Alignment](https://arxiv.org/abs/2410.08067)',
      '  - Shenao Zhang, Zhihan Liu, Boyi Liu',
      `  - Keyword: ${keywords}`,
    ];
    expect(entrySkeleton(paper('Reward-Augmented Data, DPO, LLMs')).source).toBe(
      '- [{title}]({paper})\n  - {authors}\n  - Keyword: {notes}',
    );
    expect(entrySkeleton(paper('Online RL, Multi-armed Bandit')).source).toBe(
      entrySkeleton(paper('Diffusion Model, REINFORCE, PPO')).source,
    );
    expect(entrySkeleton(paper('NeurIPS 2023')).source).not.toContain('{notes}');
    expect(
      entrySkeleton([
        '- [A Title of a Paper](https://a.org/x)',
        '  - Authors: Ada Lovelace, Alan Turing',
      ]).source,
    ).not.toContain('{notes}');
  });

  it('a venue the bot knows labelling the paper link before the title; not `arXiv`', () => {
    // Yochengliu/awesome-point-cloud-analysis, under year headings.
    const line = (label: string) =>
      `- [[${label}](https://arxiv.org/abs/1904.07601)] Relation-Shape Convolutional Neural Network. [[pytorch](https://github.com/a/b)]`;
    expect(entrySkeleton([line('CVPR')]).source).toBe('- [[{venue}]({paper})] {title}.{links}');
    expect(entrySkeleton([line('arXiv')]).source).not.toContain('{venue}');
    expect(entrySkeleton([line('Code')]).source).not.toContain('{venue}');
  });

  it('a short name, a quoted title, a venue in emphasis, a paper link and other links', () => {
    expect(
      entrySkeleton([
        '* **TidyBot**: "Personalized Robot Assistance with Large Language Models", *arXiv, May 2023*. [[Paper](https://arxiv.org/abs/2305.05658)] [[Code](https://github.com/jimmyyhwu/tidybot)]',
      ]),
    ).toEqual({
      source: '* **{abbreviation}**: "{title}", *{venue}*. [[Paper]({paper})]{links}',
      linkItem: ' [[{label}]({url})]',
    });
  });

  it('a linked title, authors and venue in text, and links separated by ` | `', () => {
    expect(
      entrySkeleton([
        '- [Neural Volume Rendering: NeRF And Beyond](https://arxiv.org/abs/2101.05204), Dellaert and Yen-Chen, Arxiv 2020 | [blog](https://dellaert.github.io/NeRF/) | [github](https://github.com/yenchenlin/awesome-NeRF)',
      ]),
    ).toEqual({
      source: '- [{title}]({paper}), {authors}, {venue}{links}',
      linkItem: ' | [{label}]({url})',
    });
  });

  it('keeps labels set in code or emphasis as the list sets them', () => {
    // minsoo9506/catchMinor-research writes ``[`My Summary`](url)``.
    expect(
      entrySkeleton([
        '- Auto-Encoding Variational Bayes (2014) [`Paper Link`](https://arxiv.org/abs/1312.6114) [`My Summary`](https://minsoo9506.github.io/07-vae/)',
      ]).linkItem,
    ).toBe(' [`{label}`]({url})');
    expect(
      entrySkeleton(['- **A Title of a Paper**, CVPR 2019 [**code**](https://github.com/a/b)'])
        .linkItem,
    ).toBe(' [**{label}**]({url})');
  });

  it('a link of a few words after other links in their brackets is one of them', () => {
    // XiaoxinHe/Awesome-Graph-LLM writes `][[blog in Chinese](url)]`, as the bot writes a label
    // a filer gives: read as notes, it once made one filed paper change the list's template.
    const links =
      '[[paper](https://arxiv.org/abs/2311.00423)][[code](https://github.com/HKUDS/LLMRec)][[blog in Chinese](https://mp.weixin.qq.com/s/a)]';
    expect(entrySkeleton([`- (*WSDM'24*) LLMRec: Graph Augmentation ${links}`])).toEqual({
      source: '- (*{venue}*) {title} [[paper]({paper})]{links}',
      linkItem: '[[{label}]({url})]',
    });
    // So is one whose label is set as the others' (hoya012/deep_learning_object_detection: code
    // around brackets), and the first, labelled `pdf`, links the paper.
    expect(
      entrySkeleton([
        "- **[MR-CNN]** Object detection via a multi-region & semantic segmentation-aware CNN model | **[ICCV' 15]** |[`[pdf]`](https://x.org/a.pdf) [`[official code - caffe]`](https://github.com/a/b)",
      ]),
    ).toEqual({
      source: '- **[{abbreviation}]** {title} | **[{venue}]** |[`[pdf]`]({paper}){links}',
      linkItem: ' [`[{label}]`]({url})',
    });
    // Not a bare label of a few words after a bare link, nor one in other brackets than the link
    // before it.
    expect(
      entrySkeleton([
        '- Graph Augmentation for Recommendation [code](https://github.com/a/b) [Graph Augmentation Again](https://x.org/a)',
      ]).source,
    ).toBe('- {title}{links} {notes}');
    expect(
      entrySkeleton([
        '- [[code](https://github.com/a/b)] [Graph Augmentation for All](https://x.org/a)',
      ]).source,
    ).toContain('{title}');
  });

  it('one link alone shows its separator by what stands before it', () => {
    expect(
      entrySkeleton([
        '- [Neural Volume Rendering: NeRF And Beyond](https://arxiv.org/abs/2101.05204), Dellaert and Yen-Chen, Arxiv 2020 | [github](https://github.com/yenchenlin/awesome-NeRF)',
      ]),
    ).toEqual({
      source: '- [{title}]({paper}), {authors}, {venue}{links}',
      linkItem: ' | [{label}]({url})',
    });
  });

  it('a multi-line entry with its links one a line', () => {
    expect(
      entrySkeleton([
        '- **Deep Residual Learning for Image Recognition**',
        '  [[paper]](https://arxiv.org/abs/1512.03385)',
        '  [[code]](https://github.com/KaimingHe/deep-residual-networks)',
        '  [[slides]](https://x.org/slides.pdf)',
      ]),
    ).toEqual({
      source: '- **{title}**\n  [[paper]]({paper}){links}',
      linkItem: '\n  [[{label}]]({url})',
    });
  });

  it('links one a line under a first line that ends in links', () => {
    expect(
      entrySkeleton([
        '- **Deep Residual Learning for Image Recognition** [[paper]](https://arxiv.org/abs/1512.03385)',
        '  [[code]](https://github.com/KaimingHe/deep-residual-networks)',
      ]),
    ).toEqual({
      source: '- **{title}** [[paper]]({paper}){links}',
      linkItem: '\n  [[{label}]]({url})',
    });
  });

  it('a plain-text title runs to the first delimiter; a day date is the notes', () => {
    expect(
      entrySkeleton([
        '- Deep Residual Learning for Image Recognition. Kaiming He, Xiangyu Zhang. CVPR 2016. [[code]](https://github.com/x/y)',
      ]),
    ).toEqual({
      source: '- {title}. {authors}. {venue}.{links}',
      linkItem: ' [[{label}]]({url})',
    });
    expect(
      entrySkeleton([
        '- A Survey of Large Language Models, 30 Oct 2023, [[paper]](https://arxiv.org/abs/2303.18223)',
      ]),
    ).toEqual({ source: '- {title}, {notes}, [[paper]]({paper}){links}' });
  });

  it('the lines after the first keep their indent and list marker', () => {
    expect(
      entrySkeleton([
        '- **Deep Residual Learning for Image Recognition**',
        '  - Kaiming He, Xiangyu Zhang, Shaoqing Ren',
        '  - CVPR 2016',
      ]),
    ).toEqual({ source: '- **{title}**\n  - {authors}\n  - {venue}' });
  });
});

describe('entrySkeleton of a bold title ending in ";"', () => {
  it('keeps the ";" literal, out of the title', () => {
    expect(
      entrySkeleton(['- **Multimodal Learning with Transformers: A Survey;** Peng Xu, Xiatian Zhu'])
        .source,
    ).toBe('- **{title};** {authors}');
  });
});

describe('entrySkeleton of a heading holding its paper and links', () => {
  it('reads the heading as a line after its marks, links labelled in escaped brackets', () => {
    // xinghaochen/awesome-hand-pose-estimation.
    expect(
      entrySkeleton([
        '##### • [\\[arXiv:2206.07117\\]](https://arxiv.org/abs/2206.07117) TriHorn-Net: Hand Pose.  [\\[PDF\\]](https://arxiv.org/abs/2206.07117)  [\\[Code\\]](https://github.com/m/t)',
        '',
        '_Mohammad Rezaei, Vassilis Athitsos_',
      ]),
    ).toEqual({
      source: '##### • [\\[arXiv:{arxiv}\\]]({paper}) {title}.{links}\n\n_{authors}_',
      linkItem: '  [\\[{label}\\]]({url})',
    });
    expect(
      entrySkeleton([
        '##### • \\[2016 IJCV\\] Lie-X: Depth Image Based Pose Estimation. [\\[PDF\\]](https://a.org/x.pdf)',
      ]).source,
    ).toBe('##### • \\[{venue}\\] {title}. [\\[PDF\\]]({paper}){links}');
  });
});

describe('cellSkeleton', () => {
  it('ends a plain title at an HTML tag (visionxiang/awesome-salient-object-detection)', () => {
    expect(
      cellSkeleton(
        ' Visual Saliency Transformer   <br> <sub><sup>*Nian Liu, Junwei Han*</sup></sub> ',
      ),
    ).toEqual({ source: '{title} <br> <sub><sup>*{authors}*</sup></sub>' });
  });

  it('a linked title, a venue, a year, authors', () => {
    expect(cellSkeleton(' [Deep Residual Learning](https://arxiv.org/abs/1512.03385) ')).toEqual({
      source: '[{title}]({paper})',
    });
    expect(cellSkeleton('CVPR 2016')).toEqual({ source: '{venue}' });
    expect(cellSkeleton('2016')).toEqual({ source: '{year}' });
    expect(cellSkeleton('Kaiming He, Xiangyu Zhang')).toEqual({ source: '{authors}' });
  });

  it('a linked title ending in a full stop keeps the stop outside the title', () => {
    expect(cellSkeleton('[Deep Residual Learning.](https://arxiv.org/abs/1512.03385)')).toEqual({
      source: '[{title}.]({paper})',
    });
  });

  it("a paper cited as text keeps its citation's final full stop (rguo12/awesome-causality-algorithms)", () => {
    // Its other rows link the bare title, without a stop: the stop is the citation's own.
    const quoted =
      '[Hill, Jennifer L. "Bayesian nonparametric modeling for causal inference." Journal of Computational and Graphical Statistics 20, no. 1 (2011): 217-240.](https://www.tandfonline.com/doi/pdf/10.1198/jcgs.2010.08162)';
    expect(cellSkeleton(quoted)).toEqual({ source: '[{title}]({paper})' });
    const byInitials =
      '[P. Spirtes, C. Glymour, and R. Scheines. Causation, Prediction, and Search. The MIT Press, 2000.](https://example.org/book)';
    expect(cellSkeleton(byInitials)).toEqual({ source: '[{title}]({paper})' });
  });

  it('links, with the link item the cell writes', () => {
    expect(cellSkeleton('[Code](https://github.com/x/y)')).toEqual({
      source: '{links}',
      linkItem: ' [{label}]({url})',
    });
  });

  it('keeps markers and short names literal (the header names a short-name column)', () => {
    expect(cellSkeleton('-')).toEqual({ source: '-' });
    expect(cellSkeleton('RetinaNet')).toEqual({ source: 'RetinaNet' });
    expect(cellSkeleton('')).toEqual({ source: '' });
  });
});

describe('rowSkeleton', () => {
  it('skeletons each cell, one value each per row, and keeps the pipes', () => {
    expect(
      rowSkeleton(
        '|  [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385) |CVPR 2016| [code](https://github.com/x/y) |',
      ),
    ).toEqual({
      source: '| [{title}]({paper}) | {venue} | {links} |',
      linkItem: ' [{label}]({url})',
    });
  });
});
