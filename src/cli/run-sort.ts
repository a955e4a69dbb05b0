import { planSort } from '../plan/plan-sort.js';
import { describeMove } from '../messages/describe-move.js';
import { EXIT, type CliIo } from './cli-io.js';
import { loadWorkspace, writeTextAtomically, type WorkspaceOptions } from './workspace.js';

/** Options of `sort`. */
export interface SortOptions extends WorkspaceOptions {
  /** Change nothing; exit 1 when a section is out of order. */
  readonly check: boolean;
}

/** `sort`: re-sorts every managed file in place, or with `--check` only reports. */
export async function runSort(options: SortOptions, io: CliIo): Promise<number> {
  // Sorting never reads the issue form, so its warnings are `check`'s and `add`'s to give.
  const workspace = await loadWorkspace(io.cwd, options);
  const plan = planSort(workspace.list, workspace.format);
  if (plan.files.length === 0) {
    io.out('in order: every section is sorted');
    return EXIT.ok;
  }
  for (const file of plan.files) {
    for (const section of file.sections) {
      const what = `${section.name} (${file.file.path}): ${count(section.moved.length)} ${options.check ? 'would move' : 'moved'}`;
      (options.check ? io.err : io.out)(
        `${options.check ? 'out of order' : 'sorted'}: ${what}: ${section.moved.map(describeMove).join('; ')}`,
      );
    }
    if (!options.check) writeTextAtomically(workspace.dir, file.file.path, file.text);
  }
  return options.check ? EXIT.outOfOrder : EXIT.ok;
}

function count(n: number): string {
  return n === 1 ? '1 entry' : `${n} entries`;
}
