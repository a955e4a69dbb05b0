import type { List, ListItem, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { checkEntryMarkdown, parseMarkdown } from '../../src/paper/check-entry-markdown.js';
import { templateHtml } from '../../src/paper/template-html.js';
import {
  DEFAULT_LINE_BREAK,
  DEFAULT_TEMPLATE,
  mustParseEntryTemplate,
} from '../../src/paper/entry-template.js';
import { formatEntry } from '../../src/paper/format-entry.js';
import type { Paper } from '../../src/paper/paper.js';
import { corpusFile } from '../support/corpus.js';

const DEFAULT = mustParseEntryTemplate(DEFAULT_TEMPLATE);
const DEFAULT_HTML = templateHtml(DEFAULT_TEMPLATE, DEFAULT_LINE_BREAK);

const PERSONAL = 'lcybuzz-personal-dl-paper-record';
const LOW_LEVEL = 'lcybuzz-low-level-vision-paper-record';

/**
 * The exact text of one corpus entry: the line starting `- **<title>**` and the lines after it up
 * to the next blank line, without line ends. The title must start exactly one entry of the file.
 */
function corpusEntry(name: string, title: string): string {
  const lines = corpusFile(name).text.split('\n');
  const starts = lines.flatMap((line, index) => (line.startsWith(`- **${title}**`) ? [index] : []));
  if (starts.length !== 1) {
    throw new Error(`expected one entry titled "${title}" in ${name}, found ${starts.length}`);
  }
  const entry: string[] = [];
  for (let at = starts[0]!; at < lines.length; at += 1) {
    const line = lines[at]!.replace(/\r$/, '');
    if (line.trim() === '') break;
    entry.push(line);
  }
  return entry.join('\n');
}

/** A paper with the optional parts empty; the date is what its venue says. */
function paper(fields: Omit<Paper, 'section' | 'links' | 'notes'> & Partial<Paper>): Paper {
  return { section: 'Network', links: [], notes: [], ...fields };
}

interface SeedCase {
  readonly shape: string;
  readonly file: string;
  readonly paper: Paper;
}

/** Corpus entries of different shapes, each rebuilt from its fields. */
const SEEDS: readonly SeedCase[] = [
  {
    shape: 'no links, no fourth line, arXiv YYMM',
    file: `${PERSONAL}/quantization.md`,
    paper: paper({
      title: 'A Survey of Quantization Methods for Efficient Neural Network Inference',
      authors: [
        { name: 'Amir Gholami', url: 'http://amirgholami.org/' },
        { name: 'Sehoon Kim' },
        { name: 'Zhen Dong', url: 'https://dong-zhen.com/' },
        { name: 'Zhewei Yao', url: 'https://yaozhewei.github.io/' },
        { name: 'Michael W. Mahoney', url: 'https://www.stat.berkeley.edu/~mmahoney/' },
        { name: 'Kurt Keutzer', url: 'https://people.eecs.berkeley.edu/~keutzer/' },
      ],
      venue: 'arXiv 2103',
      date: { year: 2021, month: 3 },
    }),
  },
  {
    shape: 'no links, abbreviation only',
    file: `${PERSONAL}/README.md`,
    paper: paper({
      title: 'Recurrent models of visual attention',
      authors: [
        { name: 'Volodymyr Mnih', url: 'https://www.cs.toronto.edu/~vmnih/' },
        { name: 'Nicolas Heess', url: 'http://homepages.inf.ed.ac.uk/s0677090/' },
        { name: 'Alex Graves', url: 'https://www.cs.toronto.edu/~graves/' },
        { name: 'Koray Kavukcuoglu', url: 'http://koray.kavukcuoglu.org/' },
      ],
      venue: 'NIPS 2014',
      date: { year: 2014 },
      abbreviation: 'RAM',
    }),
  },
  {
    shape: 'Project + Code links, abbreviation + rating + notes',
    file: `${PERSONAL}/README.md`,
    paper: paper({
      title: 'Pixel-Adaptive Convolutional Neural Networks',
      authors: [
        { name: 'Hang Su', url: 'https://suhangpro.github.io/' },
        { name: 'Varun Jampani', url: 'https://varunjampani.github.io/' },
        { name: 'Deqing Sun', url: 'https://deqings.github.io/' },
        { name: 'Orazio Gallo', url: 'https://research.nvidia.com/person/orazio-gallo' },
        { name: 'Erik Learned-Miller', url: 'https://people.cs.umass.edu/~elm/' },
        { name: 'Jan Kautz', url: 'https://jankautz.com/' },
      ],
      venue: 'CVPR 2019',
      date: { year: 2019 },
      links: [
        { label: 'Project', url: 'https://suhangpro.github.io/pac/' },
        { label: 'Pytorch-Code', url: 'https://github.com/NVlabs/pacnet' },
      ],
      abbreviation: 'PAC',
      rating: '★',
      notes: ['采用类似双边滤波的思想, 对卷积核乘上一个根据某些特征计算出来的weight'],
    }),
  },
  {
    shape: 'Project + Code links, abbreviation only',
    file: `${PERSONAL}/GAN.md`,
    paper: paper({
      title: 'Seeing What a GAN Cannot Generate',
      authors: [
        { name: 'David Bau', url: 'https://people.csail.mit.edu/davidbau/home/' },
        { name: 'Jun-Yan Zhu', url: 'https://www.cs.cmu.edu/~junyanz/' },
        { name: 'Jonas Wulff' },
        { name: 'William Peebles', url: 'https://www.wpeebles.com/' },
        { name: 'Hendrik Strobelt', url: 'http://hendrik.strobelt.com/' },
        { name: 'Bolei Zhou', url: 'http://bzhou.ie.cuhk.edu.hk/' },
        { name: 'Antonio Torralba', url: 'https://groups.csail.mit.edu/vision/torralbalab/' },
      ],
      venue: 'ICCV 2019',
      date: { year: 2019 },
      links: [
        { label: 'Project', url: 'https://ganseeing.csail.mit.edu/' },
        { label: 'Pytorch-Code', url: 'https://github.com/davidbau/ganseeing' },
      ],
      abbreviation: 'GANSeeing',
    }),
  },
  {
    shape: 'several code links',
    file: `${PERSONAL}/GAN.md`,
    paper: paper({
      title: 'Self-Attention Generative Adversarial Networks',
      authors: [
        { name: 'Han Zhang', url: 'https://sites.google.com/view/hanzhang' },
        { name: 'Ian Goodfellow', url: 'https://www.iangoodfellow.com/' },
        { name: 'Dimitris Metaxas', url: 'https://www.cs.rutgers.edu/~dnm/' },
        { name: 'Augustus Odena', url: 'http://www.augustusodena.com/' },
      ],
      venue: 'ICML 2019',
      date: { year: 2019 },
      links: [
        { label: 'Pytorch-Code', url: 'https://github.com/heykeetae/Self-Attention-GAN' },
        { label: 'TF-Code1', url: 'https://github.com/brain-research/self-attention-gan' },
        { label: 'TF-Code2', url: 'https://github.com/taki0112/Self-Attention-GAN-Tensorflow' },
      ],
      abbreviation: 'SAGAN',
    }),
  },
  {
    shape: 'rating only',
    file: `${PERSONAL}/GAN.md`,
    paper: paper({
      title: 'Progressive Growing of GANs',
      authors: [
        { name: 'Tero Karras', url: 'https://research.nvidia.com/person/tero-karras' },
        { name: 'Timo Aila', url: 'https://research.nvidia.com/person/timo-aila' },
        { name: 'Samuli Laine', url: 'https://users.aalto.fi/~laines9/' },
        { name: 'Jaakko Lehtinen', url: 'https://users.aalto.fi/~lehtinj7/' },
      ],
      venue: 'ICLR 2018',
      date: { year: 2018 },
      links: [
        { label: 'Pytorch-Code', url: 'https://github.com/tkarras/progressive_growing_of_gans' },
      ],
      rating: '★★☆',
    }),
  },
  {
    shape: 'one code link, abbreviation only',
    file: `${PERSONAL}/README.md`,
    paper: paper({
      title: 'A ConvNet for the 2020s',
      authors: [
        { name: 'Zhuang Liu', url: 'https://liuzhuang13.github.io/' },
        { name: 'Hanzi Mao', url: 'https://hanzimao.me/' },
        { name: 'Chao-Yuan Wu', url: 'https://chaoyuan.org/' },
        { name: 'Christoph Feichtenhofer', url: 'https://feichtenhofer.github.io/' },
        { name: 'Trevor Darrell', url: 'https://people.eecs.berkeley.edu/~trevor/' },
        { name: 'Saining Xie', url: 'https://www.sainingxie.com/' },
      ],
      venue: 'CVPR 2022',
      date: { year: 2022 },
      links: [{ label: 'Pytorch-Code', url: 'https://github.com/facebookresearch/ConvNeXt' }],
      abbreviation: 'ConvNeXt',
    }),
  },
  {
    shape: 'abbreviation + rating + notes, authors with and without urls',
    file: `${PERSONAL}/README.md`,
    paper: paper({
      title: 'Squeeze-and-Excitation Networks',
      authors: [
        { name: 'Jie Hu' },
        { name: 'Li Shen' },
        { name: 'Samuel Albanie', url: 'http://www.robots.ox.ac.uk/~albanie/' },
        { name: 'Gang Sun' },
        { name: 'Andrea Vedaldi', url: 'http://www.robots.ox.ac.uk/~vedaldi/' },
      ],
      venue: 'CVPR 2018',
      date: { year: 2018 },
      links: [{ label: 'Caffe-Code', url: 'https://github.com/hujie-frank/SENet' }],
      abbreviation: 'SENet',
      rating: '★★★',
      notes: ['经典的空间attention'],
    }),
  },
  {
    shape: 'abbreviation + rating, no notes',
    file: `${PERSONAL}/GAN.md`,
    paper: paper({
      title: 'Least Squares Generative Adversarial Networks',
      authors: [
        { name: 'Xudong Mao', url: 'https://xudongmao.github.io/' },
        { name: 'Qing Li', url: 'https://www4.comp.polyu.edu.hk/~csqli/' },
        { name: 'Haoran Xie', url: 'http://home.eduhk.hk/~hxie/' },
        { name: 'Raymond Y.K. Lau' },
        { name: 'Zhen Wang' },
        { name: 'Stephen Paul Smolley' },
      ],
      venue: 'ICCV 2017',
      date: { year: 2017 },
      links: [{ label: 'TF-Code', url: 'https://github.com/xudonmao/LSGAN' }],
      abbreviation: 'LSGAN',
      rating: '★★☆',
    }),
  },
  {
    shape: 'arXiv YYMM with a code link, rating + notes',
    file: `${PERSONAL}/README.md`,
    paper: paper({
      title: 'ResNeSt: Split-Attention Networks',
      authors: [
        { name: 'Hang Zhang', url: 'https://hangzhang.org/' },
        { name: 'Chongruo Wu' },
        { name: 'Zhongyue Zhang', url: 'http://zhongyuezhang.com/' },
        { name: 'Yi Zhu', url: 'https://sites.google.com/view/yizhu/home' },
        { name: 'Zhi Zhang' },
        { name: 'Haibin Lin', url: 'https://sites.google.com/view/haibinlin/' },
        { name: 'Yue Sun', url: 'https://aptsunny.github.io/' },
        { name: 'Tong He', url: 'https://hetong007.github.io/' },
        { name: 'Jonas Muller', url: 'https://people.csail.mit.edu/jonasmueller/' },
        { name: 'R. Manmatha' },
        { name: 'Mu Li', url: 'https://www.cs.cmu.edu/~muli/' },
        { name: 'Alex Smola', url: 'http://alex.smola.org/' },
      ],
      venue: 'arXiv 2004',
      date: { year: 2020, month: 4 },
      links: [{ label: 'Pytorch-Code', url: 'https://github.com/zhanghang1989/ResNeSt' }],
      rating: '★★',
      notes: [
        '类似于将ResNeXt中的每个cardinal再分成成并行的切片, 并对这些split做attention. 性能在分类, 检测, 分割任务上都提升了不少',
      ],
    }),
  },
  {
    shape: 'arXiv YYMM, no links, no author urls, rating + notes',
    file: `${PERSONAL}/GAN.md`,
    paper: paper({
      title: 'Conditional Generative Adversarial Nets',
      authors: [{ name: 'Mehdi Mirza' }, { name: 'Simon Osindero' }],
      venue: 'arXiv 1411',
      date: { year: 2014, month: 11 },
      rating: '★★',
      notes: ['给定类别的图像生成, 把label分别加入G和D的输入中'],
    }),
  },
  {
    shape: 'notes only, without tags',
    file: `${PERSONAL}/quantization.md`,
    paper: paper({
      title: 'Learning Sparse Low-Precision Neural Networks With Learnable Regularization',
      authors: [
        { name: 'Yoojin Choi' },
        { name: 'Mostafa El-Khamy' },
        { name: 'Jungwon Lee', url: 'https://sites.google.com/site/jungwonlee' },
      ],
      venue: 'arXiv 1809',
      date: { year: 2018, month: 9 },
      notes: ['三星出品'],
    }),
  },
  {
    shape: 'Oral venue, rating + notes',
    file: `${PERSONAL}/README.md`,
    paper: paper({
      title:
        'CutMix: Regularization Strategy to Train Strong Classifiers with Localizable Features',
      authors: [
        { name: 'Sangdoo Yun', url: 'https://sangdooyun.github.io/' },
        { name: 'Dongyoon Han', url: 'https://sites.google.com/site/dyhan0920/' },
        { name: 'Seong Joon Oh', url: 'https://coallaoh.github.io//' },
        { name: 'Sanghyuk Chun', url: 'https://sanghyukchun.github.io/home/' },
        { name: 'Junsuk Choe', url: 'https://sites.google.com/site/junsukchoe/' },
        { name: 'Youngjoon Yoo', url: 'https://yjyoo3312.github.io/' },
      ],
      venue: 'ICCV 2019 Oral',
      date: { year: 2019 },
      links: [{ label: 'Pytorch-Code', url: 'https://github.com/clovaai/CutMix-PyTorch' }],
      rating: '★★',
      notes: ['随机将一块区域替换成另一个类别的图像, label也做相应mix'],
    }),
  },
  {
    shape: 'Best Paper venue, full-width colon in the title',
    file: `${PERSONAL}/GAN.md`,
    paper: paper({
      title: 'SinGAN：Learning a generative Model from a Single Natural Image',
      authors: [
        { name: 'Tamar Rott Shaham', url: 'https://tamarott.github.io/' },
        { name: 'Tali Dekel', url: 'http://people.csail.mit.edu/talidekel/' },
        { name: 'Tomer Michaeli', url: 'https://tomer.net.technion.ac.il/' },
      ],
      venue: 'ICCV 2019 Best Paper',
      date: { year: 2019 },
      links: [{ label: 'Pytorch-Code', url: 'https://github.com/tamarott/SinGAN' }],
      abbreviation: 'SinGAN',
    }),
  },
  {
    shape: 'Spotlight venue, rating + notes with a colon',
    file: `${PERSONAL}/README.md`,
    paper: paper({
      title: 'Residual Attention Network',
      authors: [
        { name: 'Fei Wang' },
        { name: 'Mengqing Jiang', url: 'https://github.com/Jmq14' },
        { name: 'Chen Qian' },
        { name: 'Shuo Yang', url: 'http://shuoyang1213.me/' },
        { name: 'Chen Li' },
        { name: 'Honggang Zhang' },
        { name: 'Xiaogang Wang', url: 'http://www.ee.cuhk.edu.hk/~xgwang/' },
        { name: 'Xiaoou Tang', url: 'https://www.ie.cuhk.edu.hk/people/xotang.shtml' },
      ],
      venue: 'CVPR 2017 Spotlight',
      date: { year: 2017 },
      links: [
        { label: 'Caffe-Code', url: 'https://github.com/fwang91/residual-attention-network' },
      ],
      rating: '★',
      notes: [
        '提出了一个形式上与resnet很相似的结构: resudual attention net, 将attention机制结合进前馈深度神经网络中.',
      ],
    }),
  },
  {
    shape: 'Oral venue, Project + Code links, emoji note without tags, url with a query',
    file: `${LOW_LEVEL}/VideoRelated.md`,
    paper: paper({
      title: 'FateZero: Fusing Attentions for Zero-shot Text-based Video Editing',
      authors: [
        { name: 'Chenyang Qi', url: 'https://chenyangqiqi.github.io/' },
        { name: 'Xiaodong Cun', url: 'http://vinthony.github.io/' },
        { name: 'Yong Zhang', url: 'https://yzhang2016.github.io' },
        { name: 'Chenyang Lei', url: 'https://chenyanglei.github.io/' },
        { name: 'Xintao Wang', url: 'https://xinntao.github.io/' },
        {
          name: 'Ying Shan',
          url: 'https://scholar.google.com/citations?hl=zh-CN&user=4oXBp9UAAAAJ',
        },
        { name: 'Qifeng Chen', url: 'https://cqf.io' },
      ],
      venue: 'ICCV 2023 Oral',
      date: { year: 2023 },
      links: [
        { label: 'Project', url: 'https://fate-zero-edit.github.io/' },
        { label: 'Pytorch-Code', url: 'https://github.com/ChenyangQiQi/FateZero' },
      ],
      notes: ['🔥'],
    }),
  },
  {
    shape: 'plus sign in title and abbreviation, unofficial code',
    file: `${PERSONAL}/quantization.md`,
    paper: paper({
      title:
        'LSQ+: Improving low-bit quantization through learnable offsets and better initialization',
      authors: [
        { name: 'Yash Bhalgat', url: 'https://yashbhalgat.github.io/' },
        { name: 'Jinwon Lee' },
        { name: 'Markus Nagel' },
        { name: 'Tijmen Blankevoort' },
        { name: 'Nojun Kwak', url: 'http://mipal.snu.ac.kr/index.php/Main_Page' },
      ],
      venue: 'CVPR 2020',
      date: { year: 2020 },
      links: [
        {
          label: 'Unofficial-Pytorch-Code',
          url: 'https://github.com/DeadAt0m/LSQFakeQuantize-PyTorch',
        },
      ],
      abbreviation: 'LSQ+',
      rating: '★★',
      notes: ['将LSQ推广至非对称量化, scale和offset均可学习'],
    }),
  },
];

/** The one list item of a parsed entry. */
function onlyItem(entry: string): ListItem {
  const root = parseMarkdown(entry);
  expect(root.children).toHaveLength(1);
  const list = root.children[0] as List;
  expect(list.type).toBe('list');
  expect(list.children).toHaveLength(1);
  return list.children[0]!;
}

describe('formatEntry reproduces corpus entries byte for byte', () => {
  it('covers at least 12 distinct shapes', () => {
    expect(new Set(SEEDS.map((seed) => seed.shape)).size).toBeGreaterThanOrEqual(12);
    expect(SEEDS.length).toBeGreaterThanOrEqual(12);
  });

  it.each(SEEDS)('$shape: $paper.title', ({ file, paper: seed }) => {
    const expected = corpusEntry(file, seed.title);
    expect(formatEntry(seed, DEFAULT)).toBe(expected);
  });

  it.each(SEEDS)('passes the Markdown check: $paper.title', ({ paper: seed }) => {
    expect(checkEntryMarkdown(formatEntry(seed, DEFAULT), DEFAULT_HTML)).toEqual([]);
  });
});

const BASE = paper({
  title: 'Run, Don’t Walk',
  authors: [{ name: 'Jierun Chen', url: 'https://jierunchen.github.io/' }, { name: 'Hao He' }],
  venue: 'CVPR 2023',
  date: { year: 2023 },
  links: [{ label: 'Pytorch-Code', url: 'https://github.com/JierunChen/FasterNet' }],
});

const HEAD = [
  '- **Run, Don’t Walk** <Br>',
  '[Jierun Chen](https://jierunchen.github.io/), Hao He <Br>',
  '[CVPR 2023] [[Pytorch-Code](https://github.com/JierunChen/FasterNet)] <Br>',
];

describe('formatEntry with the default template', () => {
  it('leaves out the fourth line when there is no abbreviation, rating or notes', () => {
    expect(formatEntry(BASE, DEFAULT)).toBe(HEAD.join('\n'));
  });

  it('writes no final line end', () => {
    expect(formatEntry(BASE, DEFAULT).endsWith('\n')).toBe(false);
    expect(formatEntry({ ...BASE, rating: '★' }, DEFAULT).endsWith('\n')).toBe(false);
  });

  it('puts the paper link first, labelled Paper', () => {
    const entry = formatEntry({ ...BASE, paperUrl: 'https://arxiv.org/abs/2303.03667' }, DEFAULT);
    expect(entry.split('\n')[2]).toBe(
      '[CVPR 2023] [[Paper](https://arxiv.org/abs/2303.03667)] [[Pytorch-Code](https://github.com/JierunChen/FasterNet)] <Br>',
    );
  });

  it('writes the tags in order: abbreviation, rating, then a one-line note', () => {
    const entry = formatEntry(
      { ...BASE, abbreviation: 'FasterNet', rating: '★☆', notes: ['partial convolution'] },
      DEFAULT,
    );
    expect(entry).toBe([...HEAD, '[**FasterNet**] [★☆] partial convolution'].join('\n'));
  });

  it('puts multi-line notes after the tags, each line ending with <Br> but the last', () => {
    const entry = formatEntry(
      { ...BASE, abbreviation: 'FasterNet', rating: '★☆', notes: ['1) first', '2) second', 'end'] },
      DEFAULT,
    );
    expect(entry).toBe(
      [...HEAD, '[**FasterNet**] [★☆] <Br>', '1\\) first <Br>', '2\\) second <Br>', 'end'].join(
        '\n',
      ),
    );
    expect(checkEntryMarkdown(entry, DEFAULT_HTML)).toEqual([]);
  });

  it('starts multi-line notes on line 4 when there are no tags', () => {
    const entry = formatEntry({ ...BASE, notes: ['first line', 'second line'] }, DEFAULT);
    expect(entry).toBe([...HEAD, 'first line <Br>', 'second line'].join('\n'));
  });

  it('writes only the rating, or only the abbreviation, when that is all there is', () => {
    expect(formatEntry({ ...BASE, rating: '★★★' }, DEFAULT)).toBe([...HEAD, '[★★★]'].join('\n'));
    expect(formatEntry({ ...BASE, abbreviation: 'FN' }, DEFAULT)).toBe(
      [...HEAD, '[**FN**]'].join('\n'),
    );
  });

  it('escapes a one-line note that starts the line, but not one after the tags', () => {
    expect(formatEntry({ ...BASE, notes: ['# not a heading'] }, DEFAULT).split('\n')[3]).toBe(
      '\\# not a heading',
    );
    expect(
      formatEntry({ ...BASE, rating: '★', notes: ['# not a heading'] }, DEFAULT).split('\n')[3],
    ).toBe('[★] # not a heading');
  });

  it('escapes hostile text so that the entry stays one list item showing the text', () => {
    const hostile = paper({
      title: '# Title <script>alert(1)</script> [x](javascript:alert(1)) **bold** _em_',
      authors: [
        { name: '[Evil](javascript:alert(1))' },
        { name: 'Eve ] (x', url: 'https://example.org/a) [b](javascript:alert(1)' },
      ],
      venue: 'CVPR 2023] [[Code](javascript:alert(1))',
      date: { year: 2023 },
      links: [{ label: 'Co]de', url: 'https://example.org/<img src=x onerror=alert(1)>' }],
      abbreviation: '**X**',
      notes: [
        '- a new item',
        '# a heading',
        '[ref]: https://evil.example',
        '<img src=x onerror=alert(1)>',
        '1. one',
        '2) two',
        '> quote',
        '===',
        '```',
        '| a | b |',
        '+ plus',
        '&copy; &#169;',
      ],
    });
    const entry = formatEntry(hostile, DEFAULT);
    expect(checkEntryMarkdown(entry, DEFAULT_HTML)).toEqual([]);
    const item = onlyItem(entry);
    expect(item.children).toHaveLength(1);
    const paragraph = item.children[0] as Paragraph;
    expect(paragraph.type).toBe('paragraph');
    expect(toString(paragraph.children[0])).toBe(hostile.title);
    const text = toString(paragraph);
    for (const line of hostile.notes) expect(text).toContain(line);
    expect(text).toContain('[Evil](javascript:alert(1))');
  });
});

describe('formatEntry with a custom template', () => {
  it('fills a one-line template with the year and the paper url', () => {
    const template = mustParseEntryTemplate('- **{title}** ({year}), {authors} [[pdf]]({paper})');
    const entry = formatEntry({ ...BASE, paperUrl: 'https://arxiv.org/abs/2303.03667' }, template);
    expect(entry).toBe(
      '- **Run, Don’t Walk** (2023), [Jierun Chen](https://jierunchen.github.io/), Hao He [[pdf]](https://arxiv.org/abs/2303.03667)',
    );
  });

  it('places each value where its placeholder stands, and drops lines whose values are all empty', () => {
    const template = mustParseEntryTemplate(
      '* {title} / {venue}\n  {abbreviation} {rating}\n  notes: {notes}\n  ---',
      '<br/>',
    );
    const withAll = formatEntry(
      { ...BASE, abbreviation: 'FN', rating: '★', notes: ['one', 'two'] },
      template,
    );
    expect(withAll).toBe(
      ['* Run, Don’t Walk / CVPR 2023', '  FN ★', '  notes: one<br/>', 'two', '  ---'].join('\n'),
    );
    // Line 2 has a value (the rating), line 3 has none; the literal-only line 4 always stays.
    expect(formatEntry({ ...BASE, rating: '★' }, template)).toBe(
      ['* Run, Don’t Walk / CVPR 2023', '   ★', '  ---'].join('\n'),
    );
  });

  it('writes the text after a paper link left out at the start of a line after its indent', () => {
    const template = mustParseEntryTemplate(
      '- {title}.\n  [[pdf]]({paper}) [[code]](https://c.org)',
    );
    expect(formatEntry({ ...BASE, links: [] }, template)).toBe(
      '- Run, Don’t Walk.\n  [[code]](https://c.org)',
    );
    expect(formatEntry({ ...BASE, links: [], paperUrl: 'https://p.org/1' }, template)).toBe(
      '- Run, Don’t Walk.\n  [[pdf]](https://p.org/1) [[code]](https://c.org)',
    );
  });

  it('uses the template line break inside multi-line notes of the tail', () => {
    const template = mustParseEntryTemplate(
      '- **{title}** <br>\n[{venue}]{links} <br>\n{tail}',
      ' <br>',
    );
    expect(formatEntry({ ...BASE, rating: '★', notes: ['a', 'b'] }, template)).toBe(
      [
        '- **Run, Don’t Walk** <br>',
        '[CVPR 2023] [[Pytorch-Code](https://github.com/JierunChen/FasterNet)] <br>',
        '[★] <br>',
        'a <br>',
        'b',
      ].join('\n'),
    );
  });
});

/** A paper of three authors with a code and a project link, and no paper link. */
const RESNET = paper({
  title: 'Deep Residual Learning',
  authors: [{ name: 'Kaiming He' }, { name: 'Xiangyu Zhang' }, { name: 'Shaoqing Ren' }],
  venue: 'CVPR 2016',
  date: { year: 2016 },
  links: [
    { label: 'Code', url: 'https://github.com/a/b' },
    { label: 'Project', url: 'https://a.github.io/' },
  ],
});
const ARXIV = 'https://arxiv.org/abs/1512.03385';

describe('formatEntry: optional parts', () => {
  it('writes a part only when its value is present', () => {
    const template = mustParseEntryTemplate('* {[**{abbreviation}**: ]}"{title}", *{venue}*.');
    expect(formatEntry({ ...RESNET, abbreviation: 'ResNet' }, template)).toBe(
      '* **ResNet**: "Deep Residual Learning", *CVPR 2016*.',
    );
    expect(formatEntry(RESNET, template)).toBe('* "Deep Residual Learning", *CVPR 2016*.');
  });

  it('leaves out a line of optional parts none of which is written, rather than a blank line', () => {
    const template = mustParseEntryTemplate('+ [{title}]({paper}) ({venue})  \n{[  {notes}]}');
    const paper = { ...RESNET, paperUrl: 'https://arxiv.org/abs/1512.03385' };
    expect(formatEntry(paper, template)).toBe(
      '+ [Deep Residual Learning](https://arxiv.org/abs/1512.03385) (CVPR 2016)  ',
    );
    expect(formatEntry({ ...paper, notes: ['residual blocks'] }, template)).toBe(
      '+ [Deep Residual Learning](https://arxiv.org/abs/1512.03385) (CVPR 2016)  \n  residual blocks',
    );
  });

  it('writes a blank template line only between written lines', () => {
    const template = mustParseEntryTemplate(
      '- {title}. [[pdf]]({paper})\n\n_{authors}_\n\n{[> {notes}]}',
    );
    const paper = { ...RESNET, paperUrl: 'https://arxiv.org/abs/1512.03385' };
    const head = '- Deep Residual Learning. [[pdf]](https://arxiv.org/abs/1512.03385)';
    expect(formatEntry({ ...paper, authors: [] }, template)).toBe(head);
    expect(formatEntry({ ...paper, authors: [], notes: ['residual'] }, template)).toBe(
      `${head}\n\n> residual`,
    );
    expect(formatEntry(paper, template)).toBe(
      `${head}\n\n_Kaiming He, Xiangyu Zhang, Shaoqing Ren_`,
    );
  });

  it('writes a part of several values only when all of them are present', () => {
    const template = mustParseEntryTemplate('- **{title}**{[ ({abbreviation}, {rating})]}');
    expect(formatEntry({ ...RESNET, abbreviation: 'ResNet' }, template)).toBe(
      '- **Deep Residual Learning**',
    );
    expect(formatEntry({ ...RESNET, rating: '★★' }, template)).toBe('- **Deep Residual Learning**');
    expect(formatEntry({ ...RESNET, abbreviation: 'ResNet', rating: '★★' }, template)).toBe(
      '- **Deep Residual Learning** (ResNet, ★★)',
    );
  });

  it('writes a part with the paper link and the links for the paper link alone', () => {
    const template = mustParseEntryTemplate('- **{title}**{[ [[Paper]({paper})]{links}]}');
    expect(formatEntry({ ...RESNET, paperUrl: ARXIV, links: [] }, template)).toBe(
      '- **Deep Residual Learning** [[Paper](https://arxiv.org/abs/1512.03385)]',
    );
    expect(formatEntry({ ...RESNET, paperUrl: ARXIV }, template)).toBe(
      '- **Deep Residual Learning** [[Paper](https://arxiv.org/abs/1512.03385)] [[Code](https://github.com/a/b)] [[Project](https://a.github.io/)]',
    );
    // Without the paper link the part is left out, links or not.
    expect(formatEntry(RESNET, template)).toBe('- **Deep Residual Learning**');
  });

  it('writes a part holding only the links when there are links', () => {
    const template = mustParseEntryTemplate('- **{title}**{[ —{links}]}');
    expect(formatEntry({ ...RESNET, links: [] }, template)).toBe('- **Deep Residual Learning**');
    expect(formatEntry(RESNET, template)).toBe(
      '- **Deep Residual Learning** — [[Code](https://github.com/a/b)] [[Project](https://a.github.io/)]',
    );
  });

  it('writes a part of text alone when the optional part before it is written', () => {
    const template = mustParseEntryTemplate(
      '| {[![Star](https://img.shields.io/github/stars/{repo}.svg) <br> ]}[**{title}**]({paper}){[ <br>]} | {venue} |',
    );
    expect(formatEntry({ ...RESNET, paperUrl: ARXIV }, template)).toBe(
      '| ![Star](https://img.shields.io/github/stars/a/b.svg) <br> [**Deep Residual Learning**](https://arxiv.org/abs/1512.03385) <br> | CVPR 2016 |',
    );
    expect(formatEntry({ ...RESNET, paperUrl: ARXIV, links: [] }, template)).toBe(
      '| [**Deep Residual Learning**](https://arxiv.org/abs/1512.03385) | CVPR 2016 |',
    );
  });

  it('writes the fallback when the part is left out', () => {
    const template = mustParseEntryTemplate('| {title} | {venue} | {[{abbreviation}]|-} |');
    expect(formatEntry(RESNET, template)).toBe('| Deep Residual Learning | CVPR 2016 | - |');
    expect(formatEntry({ ...RESNET, abbreviation: 'ResNet' }, template)).toBe(
      '| Deep Residual Learning | CVPR 2016 | ResNet |',
    );
    const words = mustParseEntryTemplate('- {title} {[({abbreviation})]|(none)} {venue}');
    expect(formatEntry(RESNET, words)).toBe('- Deep Residual Learning (none) CVPR 2016');
  });

  it('leaves out the automatic paper link, with the space before it, when there is no paper', () => {
    const template = mustParseEntryTemplate('- **{title}** ({year}), {authors} [[pdf]]({paper})');
    expect(formatEntry(RESNET, template)).toBe(
      '- **Deep Residual Learning** (2016), Kaiming He, Xiangyu Zhang, Shaoqing Ren',
    );
    expect(formatEntry({ ...RESNET, paperUrl: ARXIV }, template)).toBe(
      '- **Deep Residual Learning** (2016), Kaiming He, Xiangyu Zhang, Shaoqing Ren [[pdf]](https://arxiv.org/abs/1512.03385)',
    );
  });
});

describe('formatEntry: numbers and punctuation', () => {
  const numbered = mustParseEntryTemplate('{number}. **{title}.** {venue}');

  it('writes no ";" of the template after a title ending in "?" (Yangyi-Chen/Multimodal-AND-Large-Language-Models)', () => {
    const template = mustParseEntryTemplate('- **{title};** {authors}');
    const why = { ...RESNET, title: 'Does RL Really Incentivize Reasoning?' };
    expect(formatEntry(why, template)).toMatch(
      /^- \*\*Does RL Really Incentivize Reasoning\?\*\* /,
    );
    expect(formatEntry(RESNET, template)).toMatch(/^- \*\*Deep Residual Learning;\*\* /);
  });

  it('writes the given number, 1 by default', () => {
    expect(formatEntry(RESNET, numbered, 7)).toBe('7. **Deep Residual Learning.** CVPR 2016');
    expect(formatEntry(RESNET, numbered)).toBe('1. **Deep Residual Learning.** CVPR 2016');
    expect(formatEntry(RESNET, numbered, 120)).toBe('120. **Deep Residual Learning.** CVPR 2016');
  });

  it('does not double the punctuation that ends a title', () => {
    expect(formatEntry({ ...RESNET, title: 'Is Attention All You Need?' }, numbered, 3)).toBe(
      '3. **Is Attention All You Need?** CVPR 2016',
    );
    expect(formatEntry({ ...RESNET, title: 'Learning to See.' }, numbered, 3)).toBe(
      '3. **Learning to See.** CVPR 2016',
    );
    expect(formatEntry({ ...RESNET, title: 'Look Closer!' }, numbered, 3)).toBe(
      '3. **Look Closer!** CVPR 2016',
    );
    expect(formatEntry({ ...RESNET, title: 'Of Mice, and Men:' }, numbered, 3)).toBe(
      '3. **Of Mice, and Men:.** CVPR 2016',
    );
  });

  it('keeps the full stop after a title\'s "?" or "!" where the list writes "?."', () => {
    const kept = { ...numbered, stopAfterTitleMark: true };
    expect(formatEntry({ ...RESNET, title: 'Why Does It Fall Short?' }, kept, 3)).toBe(
      '3. **Why Does It Fall Short?.** CVPR 2016',
    );
    expect(formatEntry({ ...RESNET, title: 'Look Closer!' }, kept, 3)).toBe(
      '3. **Look Closer!.** CVPR 2016',
    );
    // A title's own full stop is still not doubled, nor a "?" ending another value.
    expect(formatEntry({ ...RESNET, title: 'Learning to See.' }, kept, 3)).toBe(
      '3. **Learning to See.** CVPR 2016',
    );
    const venueFirst = {
      ...mustParseEntryTemplate('- {venue}. **{title}.**'),
      stopAfterTitleMark: true,
    };
    expect(formatEntry({ ...RESNET, venue: 'Why?' }, venueFirst)).toBe(
      '- Why? **Deep Residual Learning.**',
    );
  });
});

describe('formatEntry: the venue beside the year', () => {
  const template = mustParseEntryTemplate('- *{venue}*, {year}: {title}');

  it('writes the venue without its year when the template also places the year', () => {
    expect(formatEntry({ ...RESNET, venue: 'CVPR 2019', date: { year: 2019 } }, template)).toBe(
      '- *CVPR*, 2019: Deep Residual Learning',
    );
    expect(
      formatEntry({ ...RESNET, venue: 'CVPR 2019 Oral', date: { year: 2019 } }, template),
    ).toBe('- *CVPR Oral*, 2019: Deep Residual Learning');
    expect(formatEntry({ ...RESNET, venue: 'ICLR, 2021', date: { year: 2021 } }, template)).toBe(
      '- *ICLR*, 2021: Deep Residual Learning',
    );
  });

  it('keeps a venue that is only a year', () => {
    expect(formatEntry({ ...RESNET, venue: '2019', date: { year: 2019 } }, template)).toBe(
      '- *2019*, 2019: Deep Residual Learning',
    );
  });

  it('keeps the whole venue when the template places no year', () => {
    const noYear = mustParseEntryTemplate('- *{venue}*: {title}');
    expect(formatEntry({ ...RESNET, venue: 'CVPR 2019', date: { year: 2019 } }, noYear)).toBe(
      '- *CVPR 2019*: Deep Residual Learning',
    );
  });
});

describe("formatEntry: authors with the template's separators", () => {
  const withAuthors = (last: string) =>
    mustParseEntryTemplate('- {title}, {authors}', DEFAULT_LINE_BREAK, undefined, {
      separator: ', ',
      last,
    });
  const two = { ...RESNET, authors: [{ name: 'A' }, { name: 'B' }] };

  it('writes "A, B and C" with " and " before the last', () => {
    expect(formatEntry(RESNET, withAuthors(' and '))).toBe(
      '- Deep Residual Learning, Kaiming He, Xiangyu Zhang and Shaoqing Ren',
    );
  });

  it('writes "A, B, and C" with ", and " before the last', () => {
    expect(formatEntry(RESNET, withAuthors(', and '))).toBe(
      '- Deep Residual Learning, Kaiming He, Xiangyu Zhang, and Shaoqing Ren',
    );
  });

  it('writes two authors as "A and B", even when the last separator is ", and "', () => {
    expect(formatEntry(two, withAuthors(' and '))).toBe('- Deep Residual Learning, A and B');
    expect(formatEntry(two, withAuthors(', and '))).toBe('- Deep Residual Learning, A and B');
    expect(formatEntry(two, withAuthors(', '))).toBe('- Deep Residual Learning, A, B');
  });

  it('writes one author alone, with a homepage as a link', () => {
    const one = {
      ...RESNET,
      authors: [{ name: 'Kaiming He', url: 'https://kaiminghe.github.io/' }],
    };
    expect(formatEntry(one, withAuthors(' and '))).toBe(
      '- Deep Residual Learning, [Kaiming He](https://kaiminghe.github.io/)',
    );
  });

  it('uses a separator other than a comma between the others', () => {
    const semi = mustParseEntryTemplate('- {title}, {authors}', DEFAULT_LINE_BREAK, undefined, {
      separator: '; ',
      last: ' & ',
    });
    expect(formatEntry(RESNET, semi)).toBe(
      '- Deep Residual Learning, Kaiming He; Xiangyu Zhang & Shaoqing Ren',
    );
  });
});

describe('formatEntry: link formats', () => {
  const withLinks = (source: string, item: string, separator = '') =>
    mustParseEntryTemplate(source, DEFAULT_LINE_BREAK, { item, separator });

  it('writes each link in the item format, with the separator between them', () => {
    expect(formatEntry(RESNET, withLinks('- {title}{links}', ' | [{label}]({url})'))).toBe(
      '- Deep Residual Learning | [Code](https://github.com/a/b) | [Project](https://a.github.io/)',
    );
    expect(formatEntry(RESNET, withLinks('- {title}: {links}', '[{label}]({url})', ' / '))).toBe(
      '- Deep Residual Learning: [Code](https://github.com/a/b) / [Project](https://a.github.io/)',
    );
  });

  it('writes items that start with a line break on lines of their own', () => {
    const template = withLinks('- **{title}**, {venue}{links}', '\n  [[{label}]]({url})');
    expect(formatEntry({ ...RESNET, paperUrl: ARXIV }, template)).toBe(
      [
        '- **Deep Residual Learning**, CVPR 2016',
        '  [[Paper]](https://arxiv.org/abs/1512.03385)',
        '  [[Code]](https://github.com/a/b)',
        '  [[Project]](https://a.github.io/)',
      ].join('\n'),
    );
    expect(formatEntry({ ...RESNET, links: [] }, template)).toBe(
      '- **Deep Residual Learning**, CVPR 2016',
    );
  });

  it('starts the links on the line of a paper link left out, without a blank line', () => {
    // yassouali/awesome-semi-supervised-learning: `[[pdf]](url)` on the second line, or only
    // `[[project page]](url)` there when the paper has no link of its own.
    const template = withLinks(
      '- {title}.\n{[  [[pdf]]({paper})]}{links}\n  - {authors}. *{venue}*',
      '\n  [[{label}]]({url})',
    );
    expect(formatEntry({ ...RESNET, links: RESNET.links.slice(0, 1) }, template)).toBe(
      [
        '- Deep Residual Learning.',
        '  [[Code]](https://github.com/a/b)',
        '  - Kaiming He, Xiangyu Zhang, Shaoqing Ren. *CVPR 2016*',
      ].join('\n'),
    );
  });

  it("drops the item's leading space when the links follow a space", () => {
    expect(formatEntry(RESNET, withLinks('- {title} {links}', ' | [{label}]({url})'))).toBe(
      '- Deep Residual Learning | [Code](https://github.com/a/b) | [Project](https://a.github.io/)',
    );
    expect(formatEntry(RESNET, mustParseEntryTemplate('- {title} {links}'))).toBe(
      '- Deep Residual Learning [[Code](https://github.com/a/b)] [[Project](https://a.github.io/)]',
    );
  });

  it("drops the item's leading space when the links open a table cell", () => {
    expect(formatEntry(RESNET, mustParseEntryTemplate('| {title} |{links} |'))).toBe(
      '| Deep Residual Learning |[[Code](https://github.com/a/b)] [[Project](https://a.github.io/)] |',
    );
    expect(formatEntry(RESNET, mustParseEntryTemplate('| {title} | {links} |'))).toBe(
      '| Deep Residual Learning | [[Code](https://github.com/a/b)] [[Project](https://a.github.io/)] |',
    );
  });

  it("keeps the item's leading space after other text", () => {
    expect(formatEntry(RESNET, mustParseEntryTemplate('- {title}:{links}'))).toBe(
      '- Deep Residual Learning: [[Code](https://github.com/a/b)] [[Project](https://a.github.io/)]',
    );
  });
});

describe('formatEntry: the paper link and {links}', () => {
  it('puts the paper link first in {links} when the template does not place {paper}', () => {
    expect(
      formatEntry({ ...RESNET, paperUrl: ARXIV }, mustParseEntryTemplate('- {title}{links}')),
    ).toBe(
      '- Deep Residual Learning [[Paper](https://arxiv.org/abs/1512.03385)] [[Code](https://github.com/a/b)] [[Project](https://a.github.io/)]',
    );
  });

  it('does not repeat the paper link when the title links to it', () => {
    const template = mustParseEntryTemplate('- [{title}]({paper}){links}');
    expect(formatEntry({ ...RESNET, paperUrl: ARXIV }, template)).toBe(
      '- [Deep Residual Learning](https://arxiv.org/abs/1512.03385) [[Code](https://github.com/a/b)] [[Project](https://a.github.io/)]',
    );
  });

  it('does not repeat the paper link when a labelled link places it', () => {
    const template = mustParseEntryTemplate('- **{title}** [[pdf]]({paper}){links}');
    expect(formatEntry({ ...RESNET, paperUrl: ARXIV }, template)).toBe(
      '- **Deep Residual Learning** [[pdf]](https://arxiv.org/abs/1512.03385) [[Code](https://github.com/a/b)] [[Project](https://a.github.io/)]',
    );
    expect(formatEntry(RESNET, template)).toBe(
      '- **Deep Residual Learning** [[Code](https://github.com/a/b)] [[Project](https://a.github.io/)]',
    );
  });
});
