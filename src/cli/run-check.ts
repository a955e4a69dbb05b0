import { lintList } from '../list/lint-list.js';
import { findSection } from '../list/paper-list.js';
import { unreadItems } from '../list/unread-items.js';
import { EXIT, type CliIo } from './cli-io.js';
import { loadWorkspace, type WorkspaceOptions } from './workspace.js';

/** What to do about a file of which nothing is read. */
const NO_ENTRIES =
  'its entries are written in a way the bot does not recognise; run `paper-list-bot init` to see what it reads, or set "template" in the configuration';

/** Options of `check`. */
export interface CheckOptions extends WorkspaceOptions {
  /** First rewrite the form's Section options to name the list's sections. */
  readonly fixForm?: boolean;
}

/**
 * `check`: lints every entry of every managed file, checks the issue form's Section options
 * against the list's sections, prints the section names, and exits 1 when anything is found.
 */
export async function runCheck(options: CheckOptions, io: CliIo): Promise<number> {
  const workspace = await loadWorkspace(io.cwd, options);
  const read = await workspace.readForm();
  if (read.warning) io.err(`warning: ${read.warning}`);
  const form = options.fixForm
    ? (await import('./fix-form.js')).fixForm(workspace, read, io)
    : read;
  let findings = 0;
  let entries = 0;
  for (const file of workspace.list.files) {
    const own = file.sections.reduce((n, s) => n + s.entries.length, 0);
    entries += own;
    if (own === 0) {
      findings += 1;
      io.out(`${file.path}: no entries can be read: ${NO_ENTRIES}`);
    }
    const offered = new Set(
      workspace.list.sections.filter((s) => s.file === file).map((s) => s.block),
    );
    // Sections not offered (tables of contents, free text) hold no entries to lint.
    const lint = { ...file, sections: file.sections.filter((s) => offered.has(s)) };
    const problems = [
      ...lintList(lint, workspace.format.reader, workspace.format),
      ...unreadItems(file, offered, workspace.format.excludeSections),
    ].sort((a, b) => a.line - b.line);
    for (const finding of problems) {
      findings += 1;
      io.out(`${finding.path}:${finding.line}: ${finding.message}`);
    }
  }
  // The form's Section options must name the list's sections, or filers cannot pick them.
  const sectionOptions = form.fields.find((f) => f.id === 'section')?.options ?? [];
  if (form.path) {
    for (const option of sectionOptions.filter((o) => !findSection(workspace.list, o))) {
      findings += 1;
      io.out(`${form.path}: Section option "${option}" is not a section of the list`);
    }
    for (const section of workspace.list.sections.filter(
      (s) => !sectionOptions.some((o) => findSection(workspace.list, o) === s),
    )) {
      findings += 1;
      io.out(
        `${form.path}: the list's section "${section.name}" is missing from the Section options`,
      );
    }
  }
  io.out(`sections: ${workspace.list.sections.map((s) => s.name).join(', ')}`);
  const sections = workspace.list.sections.length;
  const summary = `${entries} entries in ${sections} sections of ${workspace.list.files.length} file(s)`;
  if (findings === 0) {
    io.out(`ok: ${summary}, no problems`);
    return EXIT.ok;
  }
  io.out(`${findings} problem(s) in ${summary}`);
  return EXIT.invalid;
}
