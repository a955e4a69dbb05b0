import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readIssue } from '../form/read-issue.js';
import { planAddition } from '../plan/plan-addition.js';
import { EXIT, UsageError, type CliIo } from './cli-io.js';
import { loadWorkspace, writeTextAtomically, type WorkspaceOptions } from './workspace.js';

/** Options of `add`. */
export interface AddOptions extends WorkspaceOptions {
  /** A file with the issue body, or `-` for standard input. */
  readonly issueBody: string;
}

/**
 * `add`: applies one form submission to the list on disk. Exit 0 when added (prints file,
 * section and line), 1 when invalid (each problem on stderr), 3 when a duplicate (prints where).
 */
export async function runAdd(options: AddOptions, io: CliIo): Promise<number> {
  const body =
    options.issueBody === '-' ? await io.readStdin() : readBody(io.cwd, options.issueBody);
  const workspace = loadWorkspace(io.cwd, options);
  for (const warning of workspace.warnings) io.err(`warning: ${warning}`);

  const { parsed } = readIssue(body, workspace.form);
  const plan = planAddition({
    body,
    form: workspace.form.fields,
    parsed,
    list: workspace.list,
    format: workspace.format,
  });
  switch (plan.kind) {
    case 'invalid':
      for (const problem of plan.problems) io.err(`${problem.label}: ${problem.message}`);
      return EXIT.invalid;
    case 'duplicate':
      for (const where of plan.where) {
        io.out(
          `duplicate: "${plan.paper.title}" is already in ${where.sectionName} (${where.file.path}, line ${where.entry.line}), matched by ${where.reason}`,
        );
      }
      return EXIT.duplicate;
    case 'insert':
      writeTextAtomically(workspace.dir, plan.file.path, plan.text);
      io.out(
        `added: "${plan.paper.title}" to ${plan.section.name} (${plan.file.path}, line ${plan.line}), ${plan.placement}`,
      );
      for (const other of plan.alsoListed) {
        io.out(
          `note: also listed in ${other.sectionName} (${other.file.path}, line ${other.entry.line})`,
        );
      }
      for (const shared of plan.sharedLinks) {
        io.out(
          `note: shares ${shared.url} with "${shared.location.title}" in ${shared.location.sectionName} (${shared.location.file.path}, line ${shared.location.entry.line})`,
        );
      }
      return EXIT.ok;
  }
}

function readBody(cwd: string, file: string): string {
  try {
    return readFileSync(path.resolve(cwd, file), 'utf8');
  } catch {
    throw new UsageError(`--issue-body ${file}: cannot read the file`);
  }
}
