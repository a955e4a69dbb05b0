// The pure core's lint rule, probed: each way a module of src/form, paper, list, plan, config or
// messages could reach the disk, the network or the environment is refused, and what the core
// really imports passes.
import { ESLint } from 'eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: root });

/** The rule ids ESLint reports for `code` as if it were the file at `file`. */
async function violations(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('the pure-core lint rule', () => {
  it.each([
    [
      'node:os',
      "import { tmpdir } from 'node:os';\nexport const t = tmpdir();\n",
      'src/list/probe.ts',
    ],
    [
      'the CLI workspace (file I/O)',
      "import { loadWorkspace } from '../cli/workspace.js';\nexport const w = loadWorkspace;\n",
      'src/plan/probe.ts',
    ],
    ['a dynamic import', "export const fs = () => import('node:fs');\n", 'src/paper/probe.ts'],
    ['globalThis.process', 'export const env = globalThis.process.env;\n', 'src/form/probe.ts'],
    ['process in src/messages', 'export const env = process.env.HOME;\n', 'src/messages/probe.ts'],
    [
      'node:fs in src/messages',
      "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
      'src/messages/probe.ts',
    ],
    [
      'a value import of the gateway',
      "import { BranchExistsError } from '../github/gateway.js';\nexport const e = BranchExistsError;\n",
      'src/config/probe.ts',
    ],
    [
      'Octokit',
      "import { Octokit } from '@octokit/rest';\nexport const o = Octokit;\n",
      'src/list/probe.ts',
    ],
    ['global.process', 'export const env = global.process.env;\n', 'src/list/probe.ts'],
    ['the clock', 'export const now = () => Date.now();\n', 'src/plan/probe.ts'],
    ['a date of now', 'export const now = () => new Date();\n', 'src/paper/probe.ts'],
    ['eval', "export const x = () => eval('process');\n", 'src/form/probe.ts'],
    ['new Function', "export const f = new Function('return process');\n", 'src/list/probe.ts'],
    ['performance.now', 'export const t = () => performance.now();\n', 'src/metadata/probe.ts'],
    [
      'setImmediate',
      'export const later = (f: () => void) => setImmediate(f);\n',
      'src/list/probe.ts',
    ],
    ['crypto', 'export const id = () => crypto.randomUUID();\n', 'src/messages/probe.ts'],
  ])('refuses %s', async (_name, code, file) => {
    expect(
      (await violations(code, file)).filter((id) => id.startsWith('no-restricted')),
    ).not.toEqual([]);
  });

  it('lets through what the core imports', async () => {
    const code = [
      "import { parseDocument } from 'yaml';",
      "import * as z from 'zod/mini';",
      "import type { PullRequest } from '../github/gateway.js';",
      "import { formatEntry } from '../paper/format-entry.js';",
      'export const all = [parseDocument, z, formatEntry];',
      'export type P = PullRequest;',
      '',
    ].join('\n');
    expect(await violations(code, 'src/messages/probe.ts')).toEqual([]);
  });

  it('does not bind the shell', async () => {
    expect(
      await violations(
        "import { tmpdir } from 'node:os';\nexport const t = tmpdir();\n",
        'src/cli/probe.ts',
      ),
    ).toEqual([]);
  });
});
