import { isUtf8 } from 'node:buffer';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { defaultConfig } from '../config/config.js';
import { planInit, type InitPlan } from '../infer/plan-init.js';
import { EXIT, UsageError, type CliIo } from './cli-io.js';
import { writeTextAtomically } from './workspace.js';
import { count } from '../messages/review-text.js';

/** Options of `init`. */
export interface InitCommandOptions {
  readonly dir?: string | undefined;
  /** Write over an existing configuration or issue form. */
  readonly force?: boolean;
}

const CONFIG_PATH = '.github/paper-list.yml';
const FORM_PATH = '.github/ISSUE_TEMPLATE/new-paper.yml';
/** Markdown files of a repository that are never paper lists. */
const NOT_LISTS =
  /^(?:changelog|contributing|code_of_conduct|license|security|support|history)\.md$/i;

/**
 * `init`: learns the list's format from its Markdown files (the folder's own `*.md`), writes the
 * configuration describing it and an issue form tailored to it, and prints what it recognised:
 * entries per section, each section's order, and the items it could not read. Existing files
 * are kept unless `--force`.
 */
export function runInit(options: InitCommandOptions, io: CliIo): number {
  const dir = path.resolve(io.cwd, options.dir ?? '.');
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(`--dir ${dir} is not a folder`);
  const files = listFiles(dir);
  if (files.length === 0) throw new UsageError(`no Markdown file in ${dir}`);
  const config = defaultConfig();
  const plan = planInit(files, {
    excludeSections: config['exclude-sections'],
    lineBreak: config['line-break'],
  });
  if (!plan) {
    io.out(
      `No entries recognised in ${files.map((f) => f.path).join(', ')}: write "template" in ${CONFIG_PATH} by hand (see the README).`,
    );
    return EXIT.invalid;
  }
  report(plan, io);
  const written = [
    write(dir, CONFIG_PATH, plan.config, options.force === true, io),
    plan.form === undefined ? false : write(dir, FORM_PATH, plan.form, options.force === true, io),
  ];
  return written.every(Boolean) ? EXIT.ok : EXIT.invalid;
}

function listFiles(dir: string): { path: string; text: string }[] {
  return readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith('.md') && !NOT_LISTS.test(name))
    .filter((name) => statSync(path.join(dir, name)).isFile())
    .sort()
    .flatMap((name) => {
      const bytes = readFileSync(path.join(dir, name));
      return isUtf8(bytes) ? [{ path: name, text: bytes.toString('utf8') }] : [];
    });
}

/** Where the list puts preprints, for people. */
const PREPRINTS_SAID = {
  last: 'after every published paper of their section',
  'last-of-their-date': 'after the published papers of their date',
} as const;

function report(plan: InitPlan, io: CliIo): void {
  for (const section of plan.sections) {
    io.out(
      `${section.path}: ${section.name}: ${count(section.entries, 'entry', 'entries')}, ${section.order}`,
    );
  }
  for (const item of plan.unread) io.out(`${item.path}:${item.line}: ${item.message}`);
  const unread = plan.unread.length;
  io.out(
    `recognised ${count(plan.recognised, 'entry', 'entries')} (${plan.readWhole} read whole) in ${count(plan.sections.length, 'section', 'sections')} of ${plan.files.join(', ')}${unread > 0 ? `; ${unread} item(s) not read` : ''}`,
  );
  const [first, ...rest] = plan.template.split('\n');
  io.out(`entry format: ${first}`);
  for (const line of rest) io.out(`              ${line}`);
  if (plan.preprints !== 'mixed') io.out(`preprints: ${PREPRINTS_SAID[plan.preprints]}`);
  // New entries are written in the learnt format: say so when it fits few of the list's.
  const entries = plan.sections.reduce((n, s) => n + s.entries, 0);
  if (plan.readWhole * 2 < entries) {
    io.out(
      `warning: the entry format learnt reads only ${plan.readWhole} of ${entries} entries whole, and new entries are written in it: check "template" (and "columns") in ${CONFIG_PATH} before using the bot`,
    );
  }
}

/** Writes a file unless it exists (or `force`); says what it did. */
function write(dir: string, file: string, text: string, force: boolean, io: CliIo): boolean {
  const full = path.join(dir, file);
  if (existsSync(full) && !force) {
    io.err(`${file} exists: kept as it is (pass --force to write over it)`);
    return false;
  }
  mkdirSync(path.dirname(full), { recursive: true });
  writeTextAtomically(dir, file, text);
  io.out(`wrote ${file}`);
  return true;
}
