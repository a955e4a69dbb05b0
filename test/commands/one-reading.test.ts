// One way to read an issue: every golden case of test/fixtures/add, run through the command line
// tool and through the action's command, reaches the same outcome and the same file, byte for
// byte. The cases whose folder holds a form.yml use that form as the repository's own issue form
// (checkboxes, an extra input, a markdown element, hidden comments, reordered headings...).
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { addPaper } from '../../src/commands/add-paper.js';
import { quietLogger } from '../support/quiet-logger.js';
import { MemoryGateway } from '../support/memory-gateway.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/add');
const FORM_PATH = '.github/ISSUE_TEMPLATE/new-paper.yml';
const CONFIG_PATH = '.github/paper-list.yml';
const scratch = mkdtempSync(path.join(tmpdir(), 'paper-list-one-reading-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The repository of a case: its list files, its form and configuration where it has them. */
function repositoryFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(path.join(dir, 'list')))
    files[name] = readFileSync(path.join(dir, 'list', name), 'utf8');
  const form = path.join(dir, 'form.yml');
  if (existsSync(form)) files[FORM_PATH] = readFileSync(form, 'utf8');
  const config = path.join(dir, 'config.yml');
  if (existsSync(config)) files[CONFIG_PATH] = readFileSync(config, 'utf8');
  return files;
}

/** The expected outcome's kind and the expected text of each changed file. */
function expectations(dir: string) {
  const outcome = readFileSync(path.join(dir, 'expected/outcome.txt'), 'utf8');
  const kind = /^kind: (\w+)/.exec(outcome)![1]!;
  const changed = readdirSync(path.join(dir, 'expected')).filter((f) => f !== 'outcome.txt');
  const problems = [...outcome.matchAll(/^- \[[^\]]+\] [^:]+: (.*)$/gm)].map((m) => m[1]!);
  return { kind, changed, problems };
}

async function throughCli(name: string, dir: string) {
  const work = path.join(scratch, name);
  mkdirSync(work, { recursive: true });
  cpSync(path.join(dir, 'list'), work, { recursive: true });
  const files = repositoryFiles(dir);
  for (const extra of [FORM_PATH, CONFIG_PATH].filter((p) => files[p] !== undefined)) {
    mkdirSync(path.dirname(path.join(work, extra)), { recursive: true });
    cpSync(path.join(dir, extra === FORM_PATH ? 'form.yml' : 'config.yml'), path.join(work, extra));
  }
  const err: string[] = [];
  const code = await runCli(['add', '--issue-body', path.join(dir, 'issue.md'), '--dir', work], {
    cwd: work,
    out: () => {},
    err: (line) => err.push(line),
    readStdin: async () => '',
  });
  const read = (file: string) => readFileSync(path.join(work, file), 'utf8');
  return { code, err, read };
}

async function throughAction(dir: string) {
  const gateway = new MemoryGateway(repositoryFiles(dir));
  const result = await addPaper(
    {
      gateway,
      repository: { owner: 'o', repo: 'r', defaultBranch: 'main', url: 'https://github.com/o/r' },
      configPath: CONFIG_PATH,
      log: quietLogger,
    },
    {
      number: 5,
      body: readFileSync(path.join(dir, 'issue.md'), 'utf8'),
      author: { login: 'ada', id: 42 },
      comments: 0,
      labels: [],
      state: 'open',
    },
  );
  return { result, gateway, branch: 'paper-list-bot/issue-5' };
}

describe('the command line tool and the action read an issue the same way', () => {
  const cases = readdirSync(fixtures).sort();
  it('covers the forms maintainers write', () => {
    const withForm = cases.filter((name) => existsSync(path.join(fixtures, name, 'form.yml')));
    expect(withForm.length).toBeGreaterThanOrEqual(8);
  });

  for (const name of cases) {
    it(name, async () => {
      const dir = path.join(fixtures, name);
      const { kind, changed, problems } = expectations(dir);
      const cli = await throughCli(name, dir);
      const action = await throughAction(dir);
      const exit = { insert: 0, invalid: 1, duplicate: 3 }[kind];
      expect(cli.code, cli.err.join('\n')).toBe(exit);
      expect(action.result.result).toBe(
        { insert: 'created', invalid: 'invalid', duplicate: 'duplicate' }[kind],
      );
      for (const file of changed) {
        const expected = readFileSync(path.join(dir, 'expected', file), 'utf8');
        expect(cli.read(file)).toBe(expected);
        expect(action.gateway.file(action.branch, file)).toBe(expected);
      }
      for (const problem of problems) {
        expect(cli.err.join('\n')).toContain(problem);
        expect(action.gateway.comments[0]!.body).toContain(problem);
      }
    });
  }
});
