import { readFileSync } from 'node:fs';
import path from 'node:path';
import { autofillSubmission, type MetadataAccess } from '../autofill/autofill-submission.js';
import { readIssue } from '../form/read-issue.js';
import { describeAutofillRun } from '../messages/autofill-text.js';
import type { AutofillReport } from '../plan/apply-autofill.js';
import { planAddition, type InsertPlan } from '../plan/plan-addition.js';
import { EXIT, UsageError, type CliIo } from './cli-io.js';
import { loadWorkspace, writeTextAtomically, type WorkspaceOptions } from './workspace.js';

/** Options of `add`. */
export interface AddOptions extends WorkspaceOptions {
  /** A file with the issue body, or `-` for standard input. */
  readonly issueBody: string;
  /**
   * Where the paper link's metadata sources are, for the configuration's `autofill`;
   * `undefined` never asks them (`--offline`).
   */
  readonly metadata?: MetadataAccess | undefined;
}

/**
 * `add`: applies one form submission to the list on disk, first filling the answers left empty
 * from the paper link as the action does (configuration `autofill`, unless `--offline`). Exit 0
 * when added (prints file, section and line), 1 when invalid (each problem on stderr), 3 when a
 * duplicate (prints where).
 */
export async function runAdd(options: AddOptions, io: CliIo): Promise<number> {
  const body =
    options.issueBody === '-' ? await io.readStdin() : readBody(io.cwd, options.issueBody);
  const workspace = await loadWorkspace(io.cwd, options);
  const form = await workspace.readForm();
  if (form.warning) io.err(`warning: ${form.warning}`);

  const { list, format } = workspace;
  const filled = await autofillSubmission({
    parsed: readIssue(body, form).parsed,
    form: form.fields,
    mode: workspace.config.autofill,
    list,
    format,
    access: options.metadata,
  });
  const report = filled.fetched?.report;
  if (filled.fetched) {
    const { attempts, requests } = filled.fetched.metadata;
    io.err(`autofill: ${describeAutofillRun(attempts, requests, filled.fetched.report)}`);
  }
  const plan = planAddition({
    body,
    form: form.fields,
    parsed: filled.parsed,
    list,
    format,
    ...(report ? { autofill: report } : {}),
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
      printInsert(plan, io);
      return EXIT.ok;
  }
}

/** What an insertion did: where the entry went, what was filled, where else the paper is. */
function printInsert(plan: InsertPlan, io: CliIo): void {
  io.out(
    `added: "${plan.paper.title}" to ${plan.section.name} (${plan.file.path}, line ${plan.line}), ${plan.placement}`,
  );
  printAutofill(plan.autofill, io);
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
  for (const link of plan.unwritten ?? []) {
    io.out(
      `note: not written: ${link.label} (${link.url}), the list's entries have no place for it`,
    );
  }
}

/** Each filled field and each differing answer on a line of its own, with its source's record. */
function printAutofill(report: AutofillReport | undefined, io: CliIo): void {
  const oneLine = (text: string) => text.split('\n').join(', ');
  for (const f of report?.filled ?? []) {
    io.out(`filled: ${f.label}: ${oneLine(f.value)} (from ${f.url})`);
  }
  for (const d of report?.differences ?? []) {
    io.out(
      `differs: ${d.label}: kept "${oneLine(d.given)}"; ${d.url} says "${oneLine(d.fetched)}"`,
    );
  }
  for (const note of report?.notes ?? []) io.out(`note: ${note}`);
}

function readBody(cwd: string, file: string): string {
  try {
    return readFileSync(path.resolve(cwd, file), 'utf8');
  } catch {
    throw new UsageError(`--issue-body ${file}: cannot read the file`);
  }
}
