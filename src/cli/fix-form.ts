import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chooseIssueForm } from '../form/choose-issue-form.js';
import { type IssueForm } from '../form/read-issue.js';
import { syncSectionOptions } from '../form/section-options.js';
import { findSection } from '../list/paper-list.js';
import type { CliIo } from './cli-io.js';
import { writeTextAtomically, type Workspace } from './workspace.js';

/**
 * `check --fix-form`: rewrites the option lines of the issue form's Section dropdown so that
 * they name the list's sections, the same edit as the pull request the action proposes on
 * `<prefix>form` (only those lines change; comments and everything else stay). Returns the
 * form as the check then reads it. A form that cannot be edited safely is left as it is, with
 * a warning, and the check reports its options as before.
 */
export function fixForm(workspace: Workspace, form: IssueForm, io: CliIo): IssueForm {
  const file = form.path;
  if (!file) {
    io.err('warning: --fix-form: the list has no issue form of its own to fix');
    return form;
  }
  const text = readFileSync(path.join(workspace.dir, file), 'utf8');
  const { list } = workspace;
  const synced = syncSectionOptions(
    text,
    list.sections.map((section) => section.name),
    (option) => findSection(list, option)?.name,
  );
  if (!synced.ok) {
    io.err(`warning: ${file}: ${synced.error}; not changed`);
    return form;
  }
  const { added, removed } = synced.edit;
  if (added.length === 0 && removed.length === 0) return form;
  writeTextAtomically(workspace.dir, file, synced.edit.text);
  const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');
  io.out(
    `fixed: ${file}: Section options ${[
      ...(added.length > 0 ? [`added ${quoted(added)}`] : []),
      ...(removed.length > 0 ? [`removed ${quoted(removed)}`] : []),
    ].join('; ')}`,
  );
  return chooseIssueForm({ path: file, text: synced.edit.text });
}
