// `check --fix-form`: the form's Section options rewritten to name the list's sections, locally,
// with the same edit as the action's form pull request. In-process, with the CLI's own I/O.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { addedLines } from '../support/list-helpers.js';
import { projectRoot } from '../support/project-root.js';

const root = projectRoot();
const FORM_PATH = '.github/ISSUE_TEMPLATE/new-paper.yml';
const FORM = readFileSync(path.join(root, 'examples/ISSUE_TEMPLATE/new-paper.yml'), 'utf8');
const scratch = mkdtempSync(path.join(tmpdir(), 'paper-list-fix-form-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The example list with a section more, and the example form, in a folder of their own. */
function listWithNewSection(): string {
  const dir = mkdtempSync(path.join(scratch, 'list-'));
  cpSync(path.join(root, 'examples/README.md'), path.join(dir, 'README.md'));
  writeFileSync(
    path.join(dir, 'README.md'),
    `${readFileSync(path.join(dir, 'README.md'), 'utf8')}\n# Graph Neural Networks\n`,
  );
  mkdirSync(path.join(dir, '.github/ISSUE_TEMPLATE'), { recursive: true });
  writeFileSync(path.join(dir, FORM_PATH), FORM.replace('- Diffusion Models', '- Diffusion'));
  return dir;
}

async function check(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['check', ...args], {
    cwd: root,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readStdin: async () => '',
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('paper-list-bot check --fix-form', () => {
  it('rewrites only the Section option lines, then checks clean', async () => {
    const dir = listWithNewSection();
    const before = await check(['--dir', dir]);
    expect(before.code).toBe(1);
    expect(before.out).toContain('Section option "Diffusion" is not a section of the list');

    const fixed = await check(['--dir', dir, '--fix-form']);
    expect(fixed.code, fixed.out).toBe(0);
    expect(fixed.out).toContain(
      `fixed: ${FORM_PATH}: Section options added "Diffusion Models", "Graph Neural Networks"; removed "Diffusion"`,
    );
    const form = readFileSync(path.join(dir, FORM_PATH), 'utf8');
    expect(addedLines(FORM, form)).toEqual(['        - Graph Neural Networks']);

    const again = await check(['--dir', dir, '--fix-form']);
    expect(again.code).toBe(0);
    expect(again.out).not.toContain('fixed:');
    expect(readFileSync(path.join(dir, FORM_PATH), 'utf8')).toBe(form);
  });

  it('is an option of check only', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['sort', '--fix-form'], {
      cwd: root,
      out: (line) => out.push(line),
      err: (line) => err.push(line),
      readStdin: async () => '',
    });
    expect(code).toBe(2);
    expect(err.join('\n')).toContain('sort does not take --fix-form');
  });
});
