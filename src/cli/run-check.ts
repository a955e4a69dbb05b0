import { lintList } from '../list/lint-list.js';
import { EXIT, type CliIo } from './cli-io.js';
import { loadWorkspace, type WorkspaceOptions } from './workspace.js';

/** `check`: lints every entry of every managed file and reports; exit 1 when anything is found. */
export function runCheck(options: WorkspaceOptions, io: CliIo): number {
  const workspace = loadWorkspace(io.cwd, options);
  for (const warning of workspace.warnings) io.err(`warning: ${warning}`);
  let findings = 0;
  let entries = 0;
  for (const file of workspace.list.files) {
    entries += file.sections.reduce((n, s) => n + s.entries.length, 0);
    for (const finding of lintList(file, workspace.format.reader)) {
      findings += 1;
      io.out(`${finding.path}:${finding.line}: ${finding.message}`);
    }
  }
  const sections = workspace.list.sections.length;
  const summary = `${entries} entries in ${sections} sections of ${workspace.list.files.length} file(s)`;
  if (findings === 0) {
    io.out(`ok: ${summary}, no problems`);
    return EXIT.ok;
  }
  io.out(`${findings} problem(s) in ${summary}`);
  return EXIT.invalid;
}
