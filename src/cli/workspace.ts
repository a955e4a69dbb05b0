import { isUtf8 } from 'node:buffer';
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultConfig, type Config } from '../config/config.js';
import { BUILT_IN_FORM } from '../form/default-form.js';
import type { IssueForm } from '../form/read-issue.js';
import type { PaperList } from '../list/paper-list.js';
import { resolveList } from '../infer/resolve-format.js';
import type { ListFormat } from '../list/list-format.js';
import { UsageError } from './cli-io.js';

/** A list repository on disk, read once. */
export interface Workspace {
  readonly dir: string;
  readonly config: Config;
  readonly format: ListFormat;
  readonly list: PaperList;
  /**
   * The form issues are read with: the list's own issue form (its `warning` says why it could
   * not be used), or the built-in one. Read when first asked for: `sort` never needs it.
   */
  readForm(): Promise<IssueForm>;
}

/** Options naming the workspace. */
export interface WorkspaceOptions {
  readonly dir?: string | undefined;
  readonly config?: string | undefined;
}

// The YAML parser is loaded only for a configuration or an issue form that exists: a list
// without them is read without it.

/** Reads the configuration and every managed file of the list in `dir`. */
export async function loadWorkspace(cwd: string, options: WorkspaceOptions): Promise<Workspace> {
  const dir = path.resolve(cwd, options.dir ?? '.');
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(`--dir ${dir} is not a folder`);
  const config = await readConfig(cwd, dir, options.config);
  const files = config.files.map((file) => ({ path: file, text: readText(dir, file) }));
  const { format, list } = resolveList(config, files);
  let form: Promise<IssueForm> | undefined;
  return {
    dir,
    config,
    format,
    list,
    readForm: () => (form ??= readIssueForm(dir, config['form-template'])),
  };
}

async function readConfig(cwd: string, dir: string, option: string | undefined): Promise<Config> {
  const file =
    option !== undefined ? path.resolve(cwd, option) : path.join(dir, '.github/paper-list.yml');
  if (!existsSync(file)) {
    if (option !== undefined) throw new UsageError(`--config ${option}: no such file`);
    return defaultConfig();
  }
  const { parseConfig } = await import('../config/parse-config.js');
  const parsed = parseConfig(readFileSync(file, 'utf8'), path.relative(cwd, file) || file);
  if (!parsed.ok) throw new UsageError(parsed.errors.join('\n'));
  return parsed.config;
}

/** The issue form at `file` in `dir` (see `chooseIssueForm`), or the built-in one. */
async function readIssueForm(dir: string, file: string): Promise<IssueForm> {
  const full = path.join(dir, file);
  if (!existsSync(full)) return BUILT_IN_FORM;
  const { chooseIssueForm } = await import('../form/choose-issue-form.js');
  return chooseIssueForm({ path: file, text: readFileSync(full, 'utf8') });
}

/** Reads a managed file, refusing files the bot could not write back byte for byte. */
export function readText(dir: string, file: string): string {
  const full = path.join(dir, file);
  if (!existsSync(full)) {
    throw new UsageError(
      `${file} not found in ${dir}: run in the list's folder, pass --dir, or set "files" in the configuration`,
    );
  }
  const bytes = readFileSync(full);
  // Invalid bytes would be replaced on decoding and the file could not be written back byte for
  // byte: refuse such files.
  if (!isUtf8(bytes)) {
    throw new UsageError(`${file} is not valid UTF-8; paper-list-bot only edits UTF-8 files`);
  }
  return bytes.toString('utf8');
}

/** Writes a file through a temporary file and a rename, so a crash never leaves half a list. */
export function writeTextAtomically(dir: string, file: string, text: string): void {
  const full = path.join(dir, file);
  const temporary = `${full}.paper-list-bot-${process.pid}.tmp`;
  writeFileSync(temporary, text, 'utf8');
  renameSync(temporary, full);
}
