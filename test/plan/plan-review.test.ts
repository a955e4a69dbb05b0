// The review of a pull request's list changes, decided from the base and head texts alone.
import { describe, expect, it } from 'vitest';
import { lintList } from '../../src/list/lint-list.js';
import { sortListFile } from '../../src/list/sort-list-file.js';
import { planReview, type ReviewedFile } from '../../src/plan/plan-review.js';
import { corpusFile, corpusFiles, REFERENCE } from '../support/corpus.js';
import { DEFAULT_FORMAT, formatWith, read } from '../support/list-helpers.js';

/** One entry in the default format. */
function entry(title: string, venue: string, paper = 'https://arxiv.org/abs/2401.00001'): string {
  return `- **${title}** <Br>\nSomeone, Someone Else <Br>\n[${venue}] [[Paper](${paper})] <Br>\n[★★]`;
}

const SWIN = entry('Swin Transformer', 'ICCV 2021', 'https://arxiv.org/abs/2103.14030');
const VIT_TITLE = 'An Image is Worth 16x16 Words';
const VIT = entry(VIT_TITLE, 'ICLR 2021', 'https://arxiv.org/abs/2010.11929');
const DDPM = entry(
  'Denoising Diffusion Probabilistic Models',
  'NeurIPS 2020',
  'https://arxiv.org/abs/2006.11239',
);
const DDIM = entry(
  'Denoising Diffusion Implicit Models',
  'ICLR 2021',
  'https://arxiv.org/abs/2010.02502',
);

const BASE = [
  '# Reading list',
  '',
  '# Vision Transformers',
  SWIN,
  '',
  VIT,
  '',
  '# Diffusion Models',
  DDIM,
  '',
  DDPM,
  '',
].join('\n');

/** The base with `text` inserted before the line that starts with `before`. */
function insert(base: string, before: string, text: string): string {
  const at = base.indexOf(before);
  if (at === -1) throw new Error(`no "${before}" in the base`);
  return `${base.slice(0, at)}${text}\n\n${base.slice(at)}`;
}

/** The 1-based line of the first line holding `needle`. */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`no "${needle}"`);
  return text.slice(0, at).split('\n').length;
}

function review(after: string, before: string | undefined = BASE, format = DEFAULT_FORMAT) {
  const file: ReviewedFile = { path: 'README.md', before, after };
  return planReview([file], format);
}

describe('planReview', () => {
  it('passes an entry added in its place, and counts it', () => {
    const after = insert(BASE, '- **Swin', entry('Masked Autoencoders', 'CVPR 2022'));
    expect(review(after)).toEqual({
      files: [{ path: 'README.md', changedEntries: 1 }],
      problems: [],
    });
  });

  it('reports a malformed entry at the line of its relative link', () => {
    const bad = entry('Relative Link Paper', 'ICCV 2021', 'paper.pdf');
    const after = insert(BASE, '- **An Image', bad);
    expect(review(after).problems).toEqual([
      {
        kind: 'malformed',
        path: 'README.md',
        line: lineOf(after, '[ICCV 2021] [[Paper](paper.pdf)]'),
        message: 'link target "paper.pdf" is not an absolute http(s) URL',
      },
    ]);
  });

  it('reports an entry with no readable year once, as malformed, not also as out of order', () => {
    const after = insert(BASE, '- **Swin', entry('No Year Paper', 'Some Workshop'));
    const problems = review(after).problems;
    expect(problems.map((p) => [p.kind, p.line])).toEqual([
      ['malformed', lineOf(after, '- **No Year Paper')],
    ]);
  });

  it('reviews at once an entry whose first line opens a quote it never closes', () => {
    // A stranger's pull request: reading the title of such a line once took exponential time.
    const words = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    const after = insert(BASE, '- **Swin', `- **"${words}\n[CVPR 2022]`);
    const problems = review(after).problems;
    expect(
      problems.map((p) => [p.kind, p.line, p.kind === 'malformed' && p.message]),
    ).toContainEqual([
      'malformed',
      lineOf(after, '- **"word0'),
      'no title can be read from the first line',
    ]);
  });

  it('reports an out-of-order entry, saying where it belongs', () => {
    const after = insert(BASE, '- **Swin', entry('Old Paper', 'CVPR 2015'));
    expect(review(after).problems).toEqual([
      {
        kind: 'order',
        path: 'README.md',
        line: lineOf(after, '- **Old Paper'),
        title: 'Old Paper',
        year: 2015,
        section: 'Vision Transformers',
        order: 'newest-first',
        after: 'An Image is Worth 16x16 Words',
      },
    ]);
  });

  it('blames the new entry, not the old one it stands before', () => {
    // Alone, the sort planner could as well say the old 2021 entry moves up past the new one.
    const base = `# Papers\n${VIT}\n`;
    const after = `# Papers\n${entry('New Old Paper', 'CVPR 2019')}\n\n${VIT}\n`;
    expect(review(after, base).problems).toMatchObject([
      { kind: 'order', line: 2, title: 'New Old Paper' },
    ]);
  });

  it('reports an old entry the pull request moved out of place', () => {
    const after = BASE.replace(`${DDIM}\n\n${DDPM}`, `${DDPM}\n\n${DDIM}`);
    const problems = review(after).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ kind: 'order', section: 'Diffusion Models' });
  });

  it('reports a paper already in the section, with where and why', () => {
    const again = entry('DDPM, again', 'NeurIPS 2020', 'https://arxiv.org/pdf/2006.11239v2.pdf');
    const after = insert(BASE, '- **Denoising Diffusion Probabilistic', again);
    expect(review(after).problems).toEqual([
      {
        kind: 'duplicate',
        path: 'README.md',
        line: lineOf(after, '- **DDPM, again'),
        title: 'DDPM, again',
        section: 'Diffusion Models',
        existing: {
          line: lineOf(after, '- **Denoising Diffusion Probabilistic'),
          title: 'Denoising Diffusion Probabilistic Models',
          reason: 'arxiv',
        },
      },
    ]);
  });

  it('accepts the same paper in another section', () => {
    const after = insert(BASE, '- **An Image', DDIM);
    expect(review(after).problems).toEqual([]);
  });

  it('reports a copy of an entry pasted into its own section once', () => {
    const after = BASE.replace(`${SWIN}\n`, `${SWIN}\n\n${SWIN}\n`);
    expect(review(after).problems).toMatchObject([
      { kind: 'duplicate', line: lineOf(after, '- **An Image') - 5, existing: { line: 4 } },
    ]);
  });

  it('reports nothing about bad entries the pull request did not touch', () => {
    const base = insert(
      insert(BASE, '- **Swin', entry('Old Bad Paper', 'CVPR 2015', 'paper.pdf')),
      '- **Denoising Diffusion Implicit',
      DDPM,
    );
    const after = insert(base, '- **An Image', entry('Fine Paper', 'ICCV 2021'));
    const plan = review(after, base);
    expect(plan.files).toEqual([{ path: 'README.md', changedEntries: 1 }]);
    expect(plan.problems).toEqual([]);
  });

  it('changes no entry by renaming a heading or changing line endings', () => {
    const after = BASE.replace('# Diffusion Models', '# Diffusion').replace(/\n/g, '\r\n');
    expect(review(after).files).toEqual([{ path: 'README.md', changedEntries: 0 }]);
  });

  it('reads a CRLF file and reports lines of its new text', () => {
    const base = BASE.replace(/\n/g, '\r\n');
    const bad = entry('CRLF Paper', 'CVPR 2015', 'paper.pdf').replace(/\n/g, '\r\n');
    const at = base.indexOf('- **Swin');
    const after = `${base.slice(0, at)}${bad}\r\n\r\n${base.slice(at)}`;
    const first = lineOf(after, '- **CRLF Paper');
    expect(review(after, base).problems.map((p) => [p.kind, p.line])).toEqual([
      ['order', first],
      ['malformed', first + 2],
    ]);
  });

  it('checks every entry of a new file', () => {
    const after = `# Papers\n${entry('Old', 'CVPR 2015')}\n\n${VIT}\n`;
    const plan = planReview([{ path: 'README.md', before: undefined, after }], DEFAULT_FORMAT);
    expect(plan.files).toEqual([{ path: 'README.md', changedEntries: 2 }]);
    // Either entry could move; the blame goes where `sort --check` puts it (ViT up one place).
    expect(plan.problems).toMatchObject([{ kind: 'order', line: 7, title: VIT_TITLE }]);
  });

  it('leaves order alone when the list is not sorted', () => {
    const after = insert(BASE, '- **Swin', entry('Old Paper', 'CVPR 2015'));
    expect(review(after, BASE, formatWith({ order: 'none' })).problems).toEqual([]);
  });

  it('orders problems by file, then line', () => {
    const other = `# Other\n${VIT}\n`;
    const plan = planReview(
      [
        { path: 'README.md', before: BASE, after: insert(BASE, '- **Swin', entry('A', 'X')) },
        { path: 'OTHER.md', before: other, after: `# Other\n${entry('B', 'Y')}\n\n${VIT}\n` },
      ],
      DEFAULT_FORMAT,
    );
    expect(plan.problems.map((p) => [p.path, p.line])).toEqual([
      ['README.md', 4],
      ['OTHER.md', 2],
    ]);
  });

  it('blames each of several new entries out of place, naming the entry each belongs after', () => {
    const paper = (year: number) =>
      entry(`P${year}`, `CVPR ${year}`, `https://example.org/${year}`);
    const base = `# Papers\n${[2023, 2021].map(paper).join('\n\n')}\n`;
    const after = `# Papers\n${[2020, 2023, 2021, 2022].map(paper).join('\n\n')}\n`;
    expect(review(after, base).problems).toMatchObject([
      { kind: 'order', title: 'P2020', after: 'P2021' },
      { kind: 'order', title: 'P2022', after: 'P2023' },
    ]);
  });
});

describe('planReview on the corpus', () => {
  const files = corpusFiles();

  it('finds nothing changed in an unchanged file', () => {
    for (const { name, text } of files) {
      const plan = planReview([{ path: name, before: text, after: text }], DEFAULT_FORMAT);
      expect(plan, name).toEqual({ files: [{ path: name, changedEntries: 0 }], problems: [] });
    }
  });

  it('lints a new file exactly as check does', () => {
    for (const { name, text } of files) {
      const plan = planReview([{ path: name, before: undefined, after: text }], DEFAULT_FORMAT);
      const malformed = plan.problems.filter((p) => p.kind === 'malformed');
      const expected = lintList(read(text, name), DEFAULT_FORMAT.reader);
      expect(
        malformed.map(({ kind: _, ...f }) => f),
        name,
      ).toEqual(expected);
    }
  });

  it('blames the entry the sort planner moves, and passes the re-sort that fixes it', () => {
    const { text } = corpusFile(`${REFERENCE}/quantization.md`);
    const asNew = planReview([{ path: 'q.md', before: undefined, after: text }], DEFAULT_FORMAT);
    expect(asNew.problems.filter((p) => p.kind === 'order')).toMatchObject([
      { title: expect.stringMatching(/^LSQ\+/), section: 'QAT' },
    ]);
    const sorted = sortListFile(read(text), DEFAULT_FORMAT.reader, 'newest-first').text;
    const resort = planReview([{ path: 'q.md', before: text, after: sorted }], DEFAULT_FORMAT);
    expect(resort.files[0]!.changedEntries).toBe(1);
    expect(resort.problems.filter((p) => p.kind === 'order')).toEqual([]);
  });
});
