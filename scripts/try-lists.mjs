// Tries the bot on real lists as a new maintainer would (docs/lists-tried.md): for each folder
// of DIR holding Markdown files, `init` with no configuration on a copy, then `check`. Fetches
// nothing: put each list's files in DIR/<owner>+<name>/ first.
//
//   node scripts/try-lists.mjs DIR
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = path.join(root, 'dist', 'cli.js');
const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/try-lists.mjs DIR (a folder of folders of Markdown lists)');
  process.exit(2);
}

const run = (args) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
const lists = readdirSync(dir)
  .filter((name) => statSync(path.join(dir, name)).isDirectory())
  .sort();

console.log('list | entries read (whole) | sections | findings of check');
for (const name of lists) {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'try-lists-'));
  for (const file of readdirSync(path.join(dir, name)).filter((f) => f.endsWith('.md'))) {
    cpSync(path.join(dir, name, file), path.join(copy, file));
  }
  const init = run(['init', '--dir', copy]).stdout;
  const check = run(['check', '--dir', copy]).stdout.trim().split('\n').at(-1) ?? '';
  const whole = /\((\d+) read whole\)/.exec(init);
  const read =
    /(\d+) problem\(s\) in (\d+) entries in (\d+) sections|ok: (\d+) entries in (\d+) sections/.exec(
      check,
    );
  const entries = read ? (read[2] ?? read[4]) : '0';
  const sections = read ? (read[3] ?? read[5]) : '0';
  const findings = read?.[1] ?? (read ? '0' : check);
  console.log(`${name} | ${entries}${whole ? ` (${whole[1]})` : ''} | ${sections} | ${findings}`);
  rmSync(copy, { recursive: true, force: true });
}
