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
import { runCli } from '../../src/cli/run-cli.js';
import { corpusFolder, REFERENCE } from '../support/corpus.js';
import { addedLines, isEntryWithSeparator } from '../support/list-helpers.js';

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
