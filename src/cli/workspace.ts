import { isUtf8 } from 'node:buffer';
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseConfig, defaultConfig } from '../config/parse-config.js';
import type { Config } from '../config/config.js';
import { chooseIssueForm, type IssueForm } from '../form/read-issue.js';
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
   * The form issues are read with: the list's own issue form, or the built-in one. Read when
   * first asked for (`sort` never needs it).
   */
  readonly form: IssueForm;
  /** Problems with the form that do not stop the command (e.g. an unreadable template). */
  readonly warnings: readonly string[];
}

/** Options naming the workspace. */
export interface WorkspaceOptions {
  readonly dir?: string | undefined;
  readonly config?: string | undefined;
}

/** Reads the configuration, the issue form and every managed file of the list in `dir`. */
export function loadWorkspace(cwd: string, options: WorkspaceOptions): Workspace {
  const dir = path.resolve(cwd, options.dir ?? '.');
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(`--dir ${dir} is not a folder`);
  const config = readConfig(cwd, dir, options.config);
  const files = config.files.map((file) => ({ path: file, text: readText(dir, file) }));
  const { format, list } = resolveList(config, files);

  let form: IssueForm | undefined;
  const readForm = (): IssueForm => {
    if (form) return form;
    const templatePath = path.join(dir, config['form-template']);
    form = chooseIssueForm(
      existsSync(templatePath)
        ? { path: config['form-template'], text: readFileSync(templatePath, 'utf8') }
        : undefined,
    );
    return form;
  };
  return {
    dir,
    config,
    format,
    list,
    get form() {
      return readForm();
    },
    get warnings() {
      const warning = readForm().warning;
      return warning ? [warning] : [];
    },
  };
}

function readConfig(cwd: string, dir: string, option: string | undefined): Config {
  const file =
    option !== undefined ? path.resolve(cwd, option) : path.join(dir, '.github/paper-list.yml');
  if (!existsSync(file)) {
    if (option !== undefined) throw new UsageError(`--config ${option}: no such file`);
    return defaultConfig();
  }
  const parsed = parseConfig(readFileSync(file, 'utf8'), path.relative(cwd, file) || file);
  if (!parsed.ok) throw new UsageError(parsed.errors.join('\n'));
  return parsed.config;
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
