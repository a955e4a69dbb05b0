// The command line tool as users run it: the committed bundle, as a separate process, for
// adding papers and one usage error; the many runs of check, sort and usage errors go through
// the same runCli in-process, which spares a Node start each.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runCli } from '../../src/cli/run-cli.js';
import { corpusFolder, REFERENCE } from '../support/corpus.js';
import { addedLines, isEntryWithSeparator } from '../support/list-helpers.js';
import { REAL_LISTS_DIR } from '../support/real-lists.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist/cli.js');
const fixtures = path.join(root, 'test/fixtures/add');

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    input,
    cwd: root,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same command through `runCli` in this process (no paper metadata is fetched here). */
async function runInProcess(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    cwd: root,
    out: (line) => out.push(`${line}\n`),
    err: (line) => err.push(`${line}\n`),
    readStdin: async () => '',
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** Every scratch copy lives in one folder, removed when the file's tests are done. */
const scratch = mkdtempSync(path.join(tmpdir(), 'paper-list-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A scratch copy of a folder, so commands that write do not touch the original. */
function copyOf(folder: string): string {
  const dir = mkdtempSync(path.join(scratch, 'copy-'));
  cpSync(folder, dir, { recursive: true });
  return dir;
}

function withConfig(dir: string, yaml: string): string {
  mkdirSync(path.join(dir, '.github'), { recursive: true });
  writeFileSync(path.join(dir, '.github/paper-list.yml'), yaml);
  return dir;
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

/**
 * That two files hold the same bytes. Compared as Buffers, not with `toEqual`, which walks a
 * Buffer byte by byte: seconds for one of the corpus's big lists. A difference shows as text.
 */
function expectSameBytes(actual: string, expected: string): void {
  const [got, want] = [readFileSync(actual), readFileSync(expected)];
  if (!got.equals(want)) expect(got.toString('utf8'), actual).toBe(want.toString('utf8'));
  expect(got.equals(want), `${actual} is not byte for byte ${expected}`).toBe(true);
}

describe('paper-list-bot add', () => {
  it('adds an entry and prints the file, section and line (exit 0)', () => {
    const dir = copyOf(path.join(fixtures, 'insert-top-of-year-group/list'));
    const before = readFileSync(path.join(dir, 'README.md'), 'utf8');
    const body = path.join(fixtures, 'insert-top-of-year-group/issue.md');
    const result = run(['add', '--issue-body', body, '--dir', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^added: "Masked Autoencoders Are Scalable Vision Learners" to Vision Transformers \(README\.md, line 13\)/,
    );
    const after = readFileSync(path.join(dir, 'README.md'), 'utf8');
    expect(after).toBe(
      readFileSync(path.join(fixtures, 'insert-top-of-year-group/expected/README.md'), 'utf8'),
    );
    const added = addedLines(before, after);
    expect(added).toHaveLength(5);
    expect(isEntryWithSeparator(added, added.filter((l) => l !== '').join('\n'))).toBe(true);
  });

  it('reads the body from standard input with -', () => {
    const dir = copyOf(path.join(fixtures, 'insert-arxiv-yymm/list'));
    const body = readFileSync(path.join(fixtures, 'insert-arxiv-yymm/issue.md'), 'utf8');
    const result = run(['add', '--issue-body', '-', '--dir', dir], body);
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe(
      readFileSync(path.join(fixtures, 'insert-arxiv-yymm/expected/README.md'), 'utf8'),
    );
  });

  it('prints each problem on its own line, by field, and changes nothing (exit 1)', () => {
    const dir = copyOf(path.join(fixtures, 'invalid-fields/list'));
    const before = readFileSync(path.join(dir, 'README.md'), 'utf8');
    const result = run([
      'add',
      '--issue-body',
      path.join(fixtures, 'invalid-fields/issue.md'),
      '--dir',
      dir,
    ]);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines.map((l) => l.slice(0, l.indexOf(':')))).toEqual([
      'Title',
      'Authors',
      'Venue and year',
      'Paper link',
      'Other links',
      'Other links',
      'Rating',
    ]);
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe(before);
    noStackTrace(result.stderr);
  });

  it('prints where a duplicate is and changes nothing (exit 3)', () => {
    const dir = copyOf(path.join(fixtures, 'duplicate-arxiv/list'));
    const result = run([
      'add',
      '--issue-body',
      path.join(fixtures, 'duplicate-arxiv/issue.md'),
      '--dir',
      dir,
    ]);
    expect(result.code).toBe(3);
    expect(result.stdout).toContain(
      'is already in Vision Transformers (README.md, line 23), matched by arxiv',
    );
  });

  it('adds to the reference list from the corpus, noting the paper in other files', () => {
    const dir = withConfig(
      copyOf(corpusFolder(REFERENCE)),
      'files: [README.md, GAN.md, quantization.md]\n',
    );
    const body = [
      '### Title',
      '',
      'Seeing What a GAN Cannot Generate',
      '',
      '### Authors',
      '',
      'David Bau',
      '',
      '### Venue and year',
      '',
      'ICCV 2019',
      '',
      '### Section',
      '',
      'Network',
      '',
    ].join('\n');
    const result = run(['add', '--issue-body', '-', '--dir', dir], body);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('note: also listed in GAN (GAN.md, line 12)');
    const before = readFileSync(path.join(corpusFolder(REFERENCE), 'README.md'), 'utf8');
    const added = addedLines(before, readFileSync(path.join(dir, 'README.md'), 'utf8'));
    expect(added).toEqual([
      '- **Seeing What a GAN Cannot Generate** <Br>',
      'David Bau <Br>',
      '[ICCV 2019] <Br>',
      '',
    ]);
  });

  it('reports usage errors in one line (exit 2)', async () => {
    // The bundle, once: the exit code and stderr as a shell sees them.
    const spawned = run(['frobnicate']);
    expect(spawned.code).toBe(2);
    expect(spawned.stderr).toMatch(/^paper-list-bot: [^\n]*\n$/);
    for (const args of [
      [],
      ['frobnicate'],
      ['add'],
      ['add', '--issue-body'],
      ['add', '--issue-body', '/no/such/file'],
      ['sort', '--dir', '/no/such/dir'],
      ['sort', '--issue-body', 'x'],
      ['check', '--bogus'],
    ]) {
      const result = await runInProcess(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stderr).toMatch(/^paper-list-bot: /);
      noStackTrace(result.stderr);
    }
  });

  it('reports a bad configuration by key (exit 2)', () => {
    const dir = withConfig(
      copyOf(path.join(fixtures, 'insert-arxiv-yymm/list')),
      'order: sideways\nfilez: [a.md]\n',
    );
    const result = run([
      'add',
      '--issue-body',
      path.join(fixtures, 'insert-arxiv-yymm/issue.md'),
      '--dir',
      dir,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      '"order" must be one of newest-first, oldest-first, title, none',
    );
    expect(result.stderr).toContain('unknown key "filez"');
  });
});

describe('paper-list-bot sort', () => {
  it('--check exits 1 naming QAT and changes nothing', () => {
    const dir = withConfig(
      copyOf(corpusFolder(REFERENCE)),
      'files: [README.md, quantization.md]\n',
    );
    const result = run(['sort', '--check', '--dir', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /out of order: QAT \(quantization\.md\): 1 entry would move: "LSQ\+: .*" \(2020\) up 1 place/,
    );
    expect(readFileSync(path.join(dir, 'quantization.md'), 'utf8')).toBe(
      readFileSync(path.join(corpusFolder(REFERENCE), 'quantization.md'), 'utf8'),
    );
  });

  it('sorts in place, then --check passes and the README is untouched', () => {
    const dir = withConfig(
      copyOf(corpusFolder(REFERENCE)),
      'files: [README.md, quantization.md]\n',
    );
    expect(run(['sort', '--dir', dir]).code).toBe(0);
    expect(run(['sort', '--check', '--dir', dir]).code).toBe(0);
    expectSameBytes(path.join(dir, 'README.md'), path.join(corpusFolder(REFERENCE), 'README.md'));
  });
});

describe('paper-list-bot check', () => {
  it('prints the section names and flags Section options of the form that name no section', () => {
    const dir = copyOf(path.join(fixtures, 'insert-top-of-year-group/list'));
    mkdirSync(path.join(dir, '.github/ISSUE_TEMPLATE'), { recursive: true });
    const form = readFileSync(path.join(root, 'examples/ISSUE_TEMPLATE/new-paper.yml'), 'utf8');
    writeFileSync(path.join(dir, '.github/ISSUE_TEMPLATE/new-paper.yml'), form);
    const clean = run(['check', '--dir', dir]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain(
      'sections: Vision Transformers, Diffusion Models, Efficient Networks, Self-Supervised Learning',
    );
    writeFileSync(
      path.join(dir, '.github/ISSUE_TEMPLATE/new-paper.yml'),
      form.replace('- Diffusion Models', '- Diffusion'),
    );
    const mismatch = run(['check', '--dir', dir]);
    expect(mismatch.code).toBe(1);
    expect(mismatch.stdout).toContain('Section option "Diffusion" is not a section of the list');
    expect(mismatch.stdout).toContain(
      'section "Diffusion Models" is missing from the Section options',
    );
  });
});

describe('every corpus list survives check and sort --check', () => {
  const corpus = path.dirname(corpusFolder(REFERENCE));
  for (const folder of readdirSync(corpus, { withFileTypes: true }).filter((d) =>
    d.isDirectory(),
  )) {
    it(folder.name, async () => {
      const dir = copyOf(path.join(corpus, folder.name));
      const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
      withConfig(dir, `files: [${files.join(', ')}]\n`);
      for (const args of [['check'], ['sort', '--check']]) {
        const result = await runInProcess([...args, '--dir', dir]);
        expect([0, 1], `${args.join(' ')}: ${result.stderr}`).toContain(result.code);
        noStackTrace(result.stderr + result.stdout);
      }
      for (const file of files) {
        expectSameBytes(path.join(dir, file), path.join(corpus, folder.name, file));
      }
    });
  }
});

describe('paper-list-bot init', () => {
  const README = `# Awesome Detection

Papers on object detection.

## One Stage
- [YOLOv7: Trainable Bag-of-Freebies](https://arxiv.org/abs/2207.02696), Chien-Yao Wang and Hong-Yuan Mark Liao, CVPR 2023 | [code](https://github.com/WongKinYiu/yolov7)
- [EfficientDet: Scalable and Efficient Object Detection](https://arxiv.org/abs/1911.09070), Mingxing Tan and Quoc Le, CVPR 2020
- [Focal Loss for Dense Object Detection](https://arxiv.org/abs/1708.02002), Tsung-Yi Lin and Ross Girshick, ICCV 2017 | [code](https://github.com/facebookresearch/detectron)
- [SSD: Single Shot MultiBox Detector](https://arxiv.org/abs/1512.02325), Wei Liu and Alexander Berg, ECCV 2016
- [You Only Look Once: Unified, Real-Time Object Detection](https://arxiv.org/abs/1506.02640), Joseph Redmon and Ali Farhadi, CVPR 2016 | [code](https://github.com/pjreddie/darknet)

## Two Stage
- [Rich Feature Hierarchies for Accurate Object Detection](https://arxiv.org/abs/1311.2524), Ross Girshick and Jitendra Malik, CVPR 2014
- [Fast R-CNN](https://arxiv.org/abs/1504.08083), Ross Girshick and Piotr Dollar, ICCV 2015 | [code](https://github.com/rbgirshick/fast-rcnn)
- [Faster R-CNN: Towards Real-Time Object Detection](https://arxiv.org/abs/1506.01497), Shaoqing Ren and Kaiming He, NeurIPS 2015 | [code](https://github.com/ShaoqingRen/faster_rcnn)
- [Mask R-CNN](https://arxiv.org/abs/1703.06870), Kaiming He and Ross Girshick, ICCV 2017 | [code](https://github.com/facebookresearch/Detectron)
- [Cascade R-CNN: Delving into High Quality Object Detection](https://arxiv.org/abs/1712.00726), Zhaowei Cai and Nuno Vasconcelos, CVPR 2018
`;
  const CONFIG = '.github/paper-list.yml';
  const FORM = '.github/ISSUE_TEMPLATE/new-paper.yml';

  /** A scratch folder holding the given files. */
  function folderWith(files: Record<string, string | Buffer>): string {
    const dir = mkdtempSync(path.join(scratch, 'init-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    return dir;
  }

  it('writes its files when the reader of its output goes away (`init | head`)', () => {
    const dir = folderWith({ 'README.md': README });
    // `true` exits without reading: every line the bundle prints meets a closed pipe.
    const result = spawnSync(
      'bash',
      ['-c', `set -o pipefail; "${process.execPath}" "${cli}" init --dir "${dir}" | true`],
      { encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(path.join(dir, CONFIG), 'utf8')).toContain('template:');
    expect(readFileSync(path.join(dir, FORM), 'utf8')).toContain('id: section');
  });

  /** Runs the tool in-process with `dir` as the current folder. */
  async function runIn(dir: string, args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, {
      cwd: dir,
      out: (line) => out.push(line),
      err: (line) => err.push(line),
      readStdin: async () => '',
    });
    return { code, out, err };
  }

  const githubFiles = (dir: string): string[] =>
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((name) => name.startsWith('.github') && name.endsWith('.yml'))
      .sort();

  it('prints a multi-line entry format a line at a time, its lines under the first', async () => {
    const entry = (title: string, id: string) =>
      `* **${title}**,\n  Ann Lee, Bo Chen\n  [[Paper](https://arxiv.org/abs/${id})]\n`;
    const titles = ['Selective State Spaces for Sequences', 'Vision Models with State Spaces'];
    const text = `# Mamba\n\n## Papers\n\n${titles.map((t, i) => entry(t, `240${i + 1}.0000${i + 1}`)).join('\n')}`;
    const result = await runIn(folderWith({ 'README.md': text }), ['init']);
    const at = result.out.findIndex((line) => line.startsWith('entry format: '));
    expect(result.out.slice(at, at + 3)).toEqual([
      'entry format: * **{title}**,',
      '                {authors}',
      '                [[Paper]({paper})]{links}',
    ]);
  });

  it('says where the list puts its preprints, and writes it in the configuration', async () => {
    // Published papers first, then preprints, each oldest first (test/fixtures/lists/SOURCES.md).
    const graphs = readFileSync(
      path.join(REAL_LISTS_DIR, 'xiaoxinhe-awesome-graph-llm', 'README.md'),
      'utf8',
    );
    const dir = folderWith({ 'README.md': graphs });
    const result = await runIn(dir, ['init']);
    expect(result.out).toContain('preprints: after every published paper of their section');
    expect(readFileSync(path.join(dir, CONFIG), 'utf8')).toContain('\npreprints: last\n');
    // A list that places preprints by their date says nothing of them.
    const plain = await runIn(folderWith({ 'README.md': README }), ['init']);
    expect(plain.out.filter((line) => line.startsWith('preprints'))).toEqual([]);
  });

  it('counts one entry and one section in the singular', async () => {
    const one = README.slice(0, README.indexOf('- [EfficientDet')) + '\n';
    const result = await runIn(folderWith({ 'README.md': one }), ['init']);
    expect(result.out.slice(0, 2)).toEqual([
      'README.md: One Stage: 1 entry, newest-first',
      'recognised 1 entry (1 read whole) in 1 section of README.md',
    ]);
  });

  it('warns when the format it learnt reads few entries whole, as new ones are written in it', async () => {
    // floodsung/Deep-Learning-Papers-Reading-Roadmap: citations, no two entries alike.
    const cite = [
      '**[0]** Bengio, Yoshua, and Aaron Courville. "**Deep learning**." An MIT Press book. (2015). [[html]](http://www.deeplearningbook.org/)',
      '**[1]** LeCun, Yann, and Geoffrey Hinton. "**Deep learning**." Nature 521.7553 (2015): 436-444. [[pdf]](http://x.org/a.pdf) **(Survey)**',
      '**[2]** Hinton, Geoffrey E. "**A fast learning algorithm for deep belief nets**." Neural computation 18.7 (2006). [[pdf]](http://x.org/b.pdf)',
      '**[3]** Krizhevsky, Alex, et al. "**Imagenet classification with deep networks**." Advances in NIPS. 2012. [[pdf]](http://x.org/c.pdf) :star:',
      '**[4]** Simonyan, Karen. "**Very deep convolutional networks**." arXiv preprint arXiv:1409.1556 (2014). [[pdf]](https://arxiv.org/pdf/1409.1556.pdf)',
    ];
    const text = `# Roadmap\n\n## Survey\n\n${cite.join('\n\n')}\n`;
    const result = await runIn(folderWith({ 'README.md': text }), ['init']);
    expect(result.out).toContainEqual(
      expect.stringMatching(
        /^warning: the entry format learnt reads only \d of 5 entries whole, and new entries are written in it: check "template"/,
      ),
    );
    expect(await runIn(folderWith({ 'README.md': README }), ['init'])).toMatchObject({
      out: expect.not.arrayContaining([expect.stringMatching(/^warning/)]),
    });
  });

  it('writes the configuration and the form, printing each section and what it recognised', async () => {
    const dir = folderWith({
      'README.md': README,
      'CHANGELOG.md': '# Changelog\n\n- Fixed things.\n',
    });
    const result = await runIn(dir, ['init']);
    expect(result).toEqual({
      code: 0,
      out: [
        'README.md: One Stage: 5 entries, newest-first',
        'README.md: Two Stage: 5 entries, oldest-first',
        'recognised 10 entries (10 read whole) in 2 sections of README.md',
        'entry format: - [{title}]({paper}), {authors}, {venue}{[{links}]}',
        `wrote ${CONFIG}`,
        `wrote ${FORM}`,
      ],
      err: [],
    });
    expect(readFileSync(path.join(dir, CONFIG), 'utf8')).toBe(
      [
        '# How paper-list-bot reads and writes this list, learnt from the list by `paper-list-bot init`.',
        '# Correct anything it got wrong; the README explains each key.',
        'files:',
        '  - README.md',
        'template: "- [{title}]({paper}), {authors}, {venue}{[{links}]}"',
        'link-format: " | [{label}]({url})"',
        'link-separator: ""',
        'last-author-separator: " and "',
        'order: newest-first',
        'section-order:',
        '  Two Stage: oldest-first',
        '',
      ].join('\n'),
    );
    const form = parseYaml(readFileSync(path.join(dir, FORM), 'utf8')) as {
      body: { id?: string; attributes: { options?: string[] } }[];
    };
    expect(form.body.map((f) => f.id)).toEqual([
      undefined,
      'paper',
      'title',
      'authors',
      'venue',
      'section',
      'links',
    ]);
    expect(form.body.find((f) => f.id === 'section')!.attributes.options).toEqual([
      'One Stage',
      'Two Stage',
    ]);
    // The README is read, never written.
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe(README);
  });

  it('prints the items it does not read, and counts them', async () => {
    const dir = folderWith({ 'README.md': `${README}- a remark, not a paper\n` });
    const result = await runIn(dir, ['init']);
    expect(result.code).toBe(0);
    expect(result.out.slice(0, 4)).toEqual([
      'README.md: One Stage: 5 entries, newest-first',
      'README.md: Two Stage: 5 entries, oldest-first',
      'README.md:18: "- a remark, not a paper" is not read as an entry',
      'recognised 10 entries (10 read whole) in 2 sections of README.md; 1 item(s) not read',
    ]);
  });

  it('exits 1 and writes nothing when no entry is recognised', async () => {
    const dir = folderWith({ 'README.md': '# Notes\n\nJust prose.\n\n- a\n- b\n' });
    const result = await runIn(dir, ['init']);
    expect(result).toEqual({
      code: 1,
      out: [
        `No entries recognised in README.md: write "template" in ${CONFIG} by hand (see the README).`,
      ],
      err: [],
    });
    expect(githubFiles(dir)).toEqual([]);
  });

  it('refuses a folder without Markdown files, or that is no folder (exit 2)', async () => {
    const dir = folderWith({ 'notes.txt': 'not Markdown\n' });
    expect(await runIn(dir, ['init'])).toEqual({
      code: 2,
      out: [],
      err: [`paper-list-bot: no Markdown file in ${dir}`],
    });
    const missing = path.join(dir, 'missing');
    expect(await runIn(dir, ['init', '--dir', 'missing'])).toEqual({
      code: 2,
      out: [],
      err: [`paper-list-bot: --dir ${missing} is not a folder`],
    });
    expect(githubFiles(dir)).toEqual([]);
  });

  it('keeps an existing configuration without --force (exit 1), and writes over it with it', async () => {
    const existing = 'files: [README.md]\ntemplate: "- [{title}]({paper}), {authors}, {venue}"\n';
    const dir = folderWith({ 'README.md': README, [CONFIG]: existing });
    const kept = await runIn(dir, ['init']);
    expect(kept.code).toBe(1);
    expect(kept.err).toEqual([`${CONFIG} exists: kept as it is (pass --force to write over it)`]);
    expect(kept.out).toContain(`wrote ${FORM}`);
    expect(kept.out).not.toContain(`wrote ${CONFIG}`);
    expect(readFileSync(path.join(dir, CONFIG), 'utf8')).toBe(existing);

    const again = await runIn(dir, ['init']);
    expect(again.code).toBe(1);
    expect(again.err).toEqual([
      `${CONFIG} exists: kept as it is (pass --force to write over it)`,
      `${FORM} exists: kept as it is (pass --force to write over it)`,
    ]);
    expect(readFileSync(path.join(dir, CONFIG), 'utf8')).toBe(existing);

    const forced = await runIn(dir, ['init', '--force']);
    expect(forced.code).toBe(0);
    expect(forced.err).toEqual([]);
    expect(forced.out.slice(-2)).toEqual([`wrote ${CONFIG}`, `wrote ${FORM}`]);
    const written = readFileSync(path.join(dir, CONFIG), 'utf8');
    expect(written).not.toBe(existing);
    expect(written).toContain('template: "- [{title}]({paper}), {authors}, {venue}{[{links}]}"\n');
    expect(githubFiles(dir)).toEqual([CONFIG, FORM].map((f) => f.split('/').join(path.sep)).sort());
  });

  it('reads the folder named by --dir', async () => {
    const dir = folderWith({ 'list/README.md': README });
    const result = await runIn(dir, ['init', '--dir', 'list']);
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(dir, 'list', CONFIG), 'utf8')).toContain('  - README.md\n');
    expect(githubFiles(dir)).toEqual([]);
  });

  it('a later check reads the list with the written configuration and passes', async () => {
    const dir = folderWith({ 'README.md': README });
    expect((await runIn(dir, ['init'])).code).toBe(0);
    expect(await runIn(dir, ['check'])).toEqual({
      code: 0,
      out: [
        'sections: One Stage, Two Stage',
        'ok: 10 entries in 2 sections of 1 file(s), no problems',
      ],
      err: [],
    });
    expect(await runIn(dir, ['sort', '--check'])).toMatchObject({ code: 0, err: [] });
  });

  it('check exits 1 naming an item it does not read as an entry, and a file of which it reads none', async () => {
    const dir = folderWith({ 'README.md': README });
    expect((await runIn(dir, ['init'])).code).toBe(0);
    writeFileSync(path.join(dir, 'README.md'), `${README}- a remark, not a paper\n`);
    expect(await runIn(dir, ['check'])).toEqual({
      code: 1,
      out: [
        'README.md:18: "- a remark, not a paper" is not read as an entry',
        'sections: One Stage, Two Stage',
        '1 problem(s) in 10 entries in 2 sections of 1 file(s)',
      ],
      err: [],
    });
    writeFileSync(path.join(dir, 'README.md'), README);
    writeFileSync(path.join(dir, 'NOTES.md'), '# Notes\n\n**Prose** only, no entries.\n');
    const config = readFileSync(path.join(dir, CONFIG), 'utf8');
    writeFileSync(
      path.join(dir, CONFIG),
      config.replace('  - README.md\n', '  - README.md\n  - NOTES.md\n'),
    );
    expect(await runIn(dir, ['check'])).toEqual({
      code: 1,
      out: [
        'NOTES.md: no entries can be read: its entries are written in a way the bot does not recognise; run `paper-list-bot init` to see what it reads, or set "template" in the configuration',
        'sections: One Stage, Two Stage',
        '1 problem(s) in 10 entries in 2 sections of 2 file(s)',
      ],
      err: [],
    });
  });
});
