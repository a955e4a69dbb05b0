// Deterministic synthetic paper lists and one "New paper" issue body for `npm run bench`.
// Everything here is invented from small word lists and a seeded PRNG: the same size and seed
// always give the same bytes.

/** mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SECTIONS = [
  'Network',
  'Training',
  'Optimization',
  'Theory',
  'Pruning',
  'Detection',
  'Segmentation',
  'Generative Models',
];

const ADJECTIVES = [
  'Adaptive',
  'Efficient',
  'Scalable',
  'Robust',
  'Sparse',
  'Dynamic',
  'Hierarchical',
  'Lightweight',
  'Unified',
  'Contrastive',
  'Self-Supervised',
  'Learnable',
  'Progressive',
  'Conditional',
  'Implicit',
  'Structured',
  'Multi-Scale',
  'Cross-Modal',
  'Latent',
  'Masked',
  'Differentiable',
  'Generalized',
  'Compact',
  'Deformable',
  'Equivariant',
];
const NOUNS = [
  'Attention',
  'Convolutions',
  'Networks',
  'Transformers',
  'Representations',
  'Priors',
  'Features',
  'Embeddings',
  'Kernels',
  'Tokens',
  'Gradients',
  'Layers',
  'Normalization',
  'Distillation',
  'Quantization',
  'Pruning',
  'Architecture Search',
  'Ensembles',
  'Routing',
  'Mixtures of Experts',
];
const TASKS = [
  'Image Classification',
  'Object Detection',
  'Semantic Segmentation',
  'Video Recognition',
  'Image Restoration',
  'Low-Bit Inference',
  'Few-Shot Learning',
  'Domain Adaptation',
  'Visual Tracking',
  'Depth Estimation',
  'Point Cloud Understanding',
  'Language Modeling',
  'Speech Recognition',
  'Image Synthesis',
  'Instance Segmentation',
];
const PROPERTIES = ['Convergence', 'Generalization', 'Expressivity', 'Stability', 'Robustness'];
const SYLLABLES = [
  'Ada',
  'Spar',
  'Dyn',
  'Hier',
  'Lite',
  'Uni',
  'Con',
  'Mask',
  'Flex',
  'Quan',
  'Tok',
  'Ker',
  'Mix',
  'Rout',
  'Vis',
  'Geo',
  'Lum',
  'Nex',
  'Orb',
  'Pix',
];
const ABBR_SUFFIXES = ['Net', 'Former', 'Det', 'Seg', 'GAN', '', '-V2', '++'];
const FIRST_NAMES = [
  'Wei',
  'Anna',
  'Rahul',
  'Sofia',
  'Kenji',
  'Lena',
  'Omar',
  'Mei',
  'Lucas',
  'Priya',
  'Jonas',
  'Yuki',
  'Elena',
  'Tariq',
  'Hana',
  'Marco',
  'Ines',
  'Daniel',
  'Xin',
  'Amara',
  'Pavel',
  'Chloe',
  'Ravi',
  'Nora',
  'Jin',
  'Tomas',
  'Aisha',
  'Felix',
  'Lin',
  'Mateo',
];
const LAST_NAMES = [
  'Zhang',
  'Novak',
  'Sharma',
  'Rossi',
  'Tanaka',
  'Fischer',
  'Haddad',
  'Chen',
  'Martin',
  'Iyer',
  'Berg',
  'Sato',
  'Petrova',
  'Khan',
  'Kim',
  'Bianchi',
  'Silva',
  'Walker',
  'Liu',
  'Okafor',
  'Ivanov',
  'Dubois',
  'Menon',
  'Larsen',
  'Park',
  'Horvat',
  'Rahman',
  'Weber',
  'Wang',
  'Garcia',
];
const NOTES = [
  'replaces the dense layer with a learned shift',
  'simple idea with strong results on the standard benchmarks',
  'the ablations are thorough and worth reading',
  'code is short and easy to follow',
  'needs very large batches to work well',
  'a clean baseline for later work',
  'the analysis section explains why the trick helps',
  'memory cost grows with the number of tokens',
  'works best together with longer training schedules',
  'the main gain comes from better initialisation',
  'compare with the previous entry for the same idea',
  'two-stage training, the second stage is cheap',
];
const CODE_LABELS = ['Pytorch-Code', 'Pytorch-Code', 'Pytorch-Code', 'Tensorflow-Code', 'JAX-Code'];
const RATINGS = ['★', '★☆', '★★', '★★☆', '★★★'];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function intIn(rand, low, high) {
  return low + Math.floor(rand() * (high - low + 1));
}

function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function title(rand) {
  const adj = pick(rand, ADJECTIVES);
  const noun = pick(rand, NOUNS);
  const task = pick(rand, TASKS);
  switch (intIn(rand, 0, 5)) {
    case 0:
      return `${adj} ${noun} for ${task}`;
    case 1:
      return `${abbreviation(rand)}: ${adj} ${noun} for ${task}`;
    case 2:
      return `Rethinking ${noun} in ${task}`;
    case 3:
      return `On the ${pick(rand, PROPERTIES)} of ${adj} ${noun}`;
    case 4:
      return `${adj} and ${pick(rand, ADJECTIVES)} ${noun} via ${pick(rand, NOUNS)}`;
    default:
      return `Towards ${adj} ${task} with ${pick(rand, NOUNS)}`;
  }
}

function abbreviation(rand) {
  return `${pick(rand, SYLLABLES)}${pick(rand, SYLLABLES).toLowerCase()}${pick(rand, ABBR_SUFFIXES)}`;
}

function author(rand) {
  const first = pick(rand, FIRST_NAMES);
  const last = pick(rand, LAST_NAMES);
  const name = rand() < 0.12 ? `${first[0]}. ${last}` : `${first} ${last}`;
  if (rand() >= 0.35) return name;
  const home = pick(rand, [
    `https://${slug(first + last)}.github.io/`,
    `https://sites.google.com/view/${slug(first + last)}`,
    `https://www.cs.univ${intIn(rand, 1, 40)}.edu/~${slug(last)}/`,
  ]);
  return `[${name}](${home})`;
}

function venue(rand, year, yymm) {
  if (rand() < 0.22) return `arXiv ${yymm}`;
  const conferences = ['CVPR', 'NeurIPS', 'ICML', 'ICLR', 'AAAI', 'TPAMI', 'IJCV'];
  conferences.push(year % 2 === 1 ? 'ICCV' : 'ECCV');
  let name = pick(rand, conferences);
  if (name === 'NeurIPS' && year < 2018) name = 'NIPS';
  const extra = rand();
  const suffix =
    extra < 0.08 ? ' Oral' : extra < 0.13 ? ' Spotlight' : extra < 0.14 ? ' Best Paper' : '';
  return `${name} ${year}${suffix}`;
}

function links(rand, yymm, abbr) {
  const parts = [];
  if (rand() < 0.3) {
    const id = `${yymm}.${String(intIn(rand, 1, 29999)).padStart(5, '0')}`;
    parts.push(`[[Paper](https://arxiv.org/abs/${id})]`);
  }
  const owner = slug(`${pick(rand, LAST_NAMES)}${pick(rand, ['lab', 'group', '', 'ai'])}`);
  const repo = slug(abbr);
  if (rand() < 0.75)
    parts.push(`[[${pick(rand, CODE_LABELS)}](https://github.com/${owner}/${repo})]`);
  if (rand() < 0.15) parts.push(`[[Project](https://${owner}.github.io/${repo}/)]`);
  return parts.map((p) => ` ${p}`).join('');
}

/** One entry's lines in the default 4-line format (SPEC 3), about 350-450 bytes in all. */
function entryLines(rand, year) {
  const abbr = abbreviation(rand);
  // arXiv YYMM: the venue `arXiv 2104` and the id `2104.01234` agree.
  const yymm = `${String(year % 100).padStart(2, '0')}${String(intIn(rand, 1, 12)).padStart(2, '0')}`;
  const line1 = `- **${title(rand)}** <Br>`;
  const line3 = `[${venue(rand, year, yymm)}]${links(rand, yymm, abbr)} <Br>`;
  const tags = [];
  if (rand() < 0.55) tags.push(`[**${abbr}**]`);
  if (rand() < 0.55) tags.push(`[${pick(rand, RATINGS)}]`);
  if (rand() < 0.6) {
    const notes = [pick(rand, NOTES)];
    if (rand() < 0.4) notes.push(pick(rand, NOTES));
    tags.push(notes.join('; '));
  }
  const line4 = tags.length > 0 ? tags.join(' ') : undefined;

  const target = intIn(rand, 350, 450);
  const fixed = [line1, line3, line4 ?? ''].reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
  const authors = [author(rand)];
  let size = fixed + Buffer.byteLength(authors[0]) + ' <Br>\n'.length;
  while (size < target) {
    const next = author(rand);
    const grow = Buffer.byteLength(next) + 2;
    if (size + grow > 460 && authors.length >= 2) break;
    authors.push(next);
    size += grow;
  }
  const line2 = `${authors.join(', ')} <Br>`;
  return line4 === undefined ? [line1, line2, line3] : [line1, line2, line3, line4];
}

/**
 * A list of `count` entries over the sections, newest year first within each section, with a few
 * entries moved out of place so `sort` has work. Returns the text and, per section, the entries'
 * years and start offsets (for checking an insertion).
 */
export function generateList(count, seed = 20240601) {
  const rand = mulberry32(seed ^ Math.imul(count, 2654435761));
  const out = [
    `Synthetic paper list for benchmarking paper-list-bot: ${count} invented entries (seed ${seed}).`,
    '',
    '# Table of Contents',
    ...SECTIONS.map((s) => `- [${s}](#${slug(s)})`),
    '',
  ];
  let offset = out.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
  let line = out.length + 1;
  const sections = [];
  let moved = 0;
  for (let s = 0; s < SECTIONS.length; s += 1) {
    const n = Math.floor(count / SECTIONS.length) + (s < count % SECTIONS.length ? 1 : 0);
    const years = Array.from({ length: n }, () => intIn(rand, 2012, 2024)).sort((a, b) => b - a);
    const entries = years.map((year) => ({ year, lines: entryLines(rand, year) }));
    // A few entries out of order: about 1 in 200, at least 2 per section.
    const misplace = Math.max(2, Math.round(n / 200));
    for (let k = 0; k < misplace && n > 2; k += 1) {
      const [entry] = entries.splice(intIn(rand, 0, n - 1), 1);
      entries.splice(intIn(rand, 0, n - 1), 0, entry);
      moved += 1;
    }
    const heading = `# ${SECTIONS[s]}`;
    out.push(heading);
    offset += Buffer.byteLength(heading) + 1;
    line += 1;
    const placed = [];
    entries.forEach((entry, i) => {
      placed.push({ year: entry.year, start: offset, line });
      for (const l of entry.lines) {
        out.push(l);
        offset += Buffer.byteLength(l) + 1;
        line += 1;
      }
      const last = s === SECTIONS.length - 1 && i === entries.length - 1;
      if (!last) {
        out.push('');
        offset += 1;
        line += 1;
      }
    });
    sections.push({ name: SECTIONS[s], entries: placed });
  }
  return { text: `${out.join('\n')}\n`, sections, moved };
}

/** The paper the benchmark's issue files: not in any generated list. */
export const NEW_PAPER = {
  section: SECTIONS[2],
  year: 2021,
  issueBody: [
    '### Title',
    '',
    'Quokka Layers: Calibrating Sparse Routing Without Labels',
    '',
    '### Authors',
    '',
    '[Ada Quill](https://adaquill.github.io/)',
    'Bram Osei',
    'Cleo Varga',
    'Dmitri Oyelaran',
    '',
    '### Venue and year',
    '',
    'CVPR 2021',
    '',
    '### Section',
    '',
    SECTIONS[2],
    '',
    '### Paper link',
    '',
    'https://arxiv.org/abs/2106.99999',
    '',
    '### Other links',
    '',
    'Pytorch-Code: https://github.com/quokka-lab/quokka-layers',
    '',
    '### Short name',
    '',
    'QuokkaNet',
    '',
    '### Rating',
    '',
    '★★',
    '',
    '### Notes',
    '',
    'calibrates routing weights without labels; benchmark probe entry',
    '',
  ].join('\n'),
  /** The entry `add` must write, in the default format (SPEC 3). */
  entry: [
    '- **Quokka Layers: Calibrating Sparse Routing Without Labels** <Br>',
    '[Ada Quill](https://adaquill.github.io/), Bram Osei, Cleo Varga, Dmitri Oyelaran <Br>',
    '[CVPR 2021] [[Paper](https://arxiv.org/abs/2106.99999)] [[Pytorch-Code](https://github.com/quokka-lab/quokka-layers)] <Br>',
    '[**QuokkaNet**] [★★] calibrates routing weights without labels; benchmark probe entry',
  ].join('\n'),
};

/**
 * Where `add` must put {@link NEW_PAPER} (SPEC 5): right before the first entry of its section
 * whose year is the same or older. Every generated entry has a year and the section is never
 * empty or all newer, so the insertion is always "before".
 */
export function expectedInsertion(list) {
  const section = list.sections.find((s) => s.name === NEW_PAPER.section);
  const before = section.entries.find((e) => e.year <= NEW_PAPER.year);
  if (!before) throw new Error('generated section has no entry of the new year or older');
  return { offset: before.start, line: before.line };
}
