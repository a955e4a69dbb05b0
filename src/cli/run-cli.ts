import { parseArgs } from 'node:util';
import { readSourceUrls, type SourceUrls } from '../autofill/source-urls.js';
import { EXIT, UsageError, type CliIo } from './cli-io.js';

/** The help text; each line is a command or an option. */
export const USAGE = `Usage: paper-list-bot <command> [options]

Commands:
  init [--force]            learn the list's format from its Markdown files and write
                            .github/paper-list.yml and an issue form tailored to it,
                            printing what it recognised; --force writes over them
  add --issue-body FILE|-   apply one "New paper" form submission to the list, filling
                            the answers left empty from the paper link (config autofill)
                            exit 0 added, 1 invalid, 3 duplicate, 2 usage error
  sort [--check]            re-sort every managed file in place; with --check change
                            nothing and exit 1 when a section is out of order
  check [--fix-form]        lint every entry (title, year, links) and the issue form's
                            Section options, and report; with --fix-form first rewrite
                            those options to name the list's sections

Options:
  --dir DIR                 the list's folder (default: the current folder)
  --config FILE             configuration file (default: DIR/.github/paper-list.yml)
  --offline                 add: never ask the paper link's sources
  -h, --help                show this help
`;

const OPTIONS = {
  'issue-body': { type: 'string' },
  dir: { type: 'string' },
  config: { type: 'string' },
  check: { type: 'boolean' },
  offline: { type: 'boolean' },
  'fix-form': { type: 'boolean' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const ALLOWED: Record<string, readonly string[]> = {
  init: ['dir', 'force'],
  add: ['issue-body', 'dir', 'config', 'offline'],
  sort: ['dir', 'config', 'check'],
  check: ['dir', 'config', 'fix-form'],
};

/**
 * Runs the command line tool (docs/design.md, "Command line") and returns its exit code. User
 * mistakes print one clear line and exit 2; unexpected failures print one line too, never a stack
 * trace.
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      for (const line of error.message.split('\n')) io.err(`paper-list-bot: ${line}`);
      return EXIT.usage;
    }
    io.err(
      `paper-list-bot: unexpected error: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 70;
  }
}

async function dispatch(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)} (see --help)`);
  }
  const { values, positionals } = parsed;
  const [command, ...extra] = positionals;
  if (values.help || command === 'help') {
    io.out(USAGE.trimEnd());
    return EXIT.ok;
  }
  if (command === undefined)
    throw new UsageError('missing command: init, add, sort or check (see --help)');
  const allowed = ALLOWED[command];
  if (!allowed)
    throw new UsageError(`unknown command "${command}": use init, add, sort or check (see --help)`);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}" (see --help)`);
  const misplaced = Object.keys(values).find((key) => key !== 'help' && !allowed.includes(key));
  if (misplaced) throw new UsageError(`${command} does not take --${misplaced} (see --help)`);

  // Each command's code is loaded when it runs: `check` and `sort` start without the Markdown
  // parser and metadata sources `add` needs, or the YAML writer of `init`.
  const workspace = { dir: values.dir, config: values.config };
  switch (command) {
    case 'add': {
      const issueBody = values['issue-body'];
      if (issueBody === undefined)
        throw new UsageError('add needs --issue-body FILE (or - for standard input)');
      const metadata = values.offline ? undefined : { urls: sourceUrls(io) };
      const { runAdd } = await import('./run-add.js');
      return runAdd({ ...workspace, issueBody, metadata }, io);
    }
    case 'init': {
      const { runInit } = await import('./run-init.js');
      return runInit({ dir: values.dir, force: values.force === true }, io);
    }
    case 'sort': {
      const { runSort } = await import('./run-sort.js');
      return runSort({ ...workspace, check: values.check === true }, io);
    }
    default: {
      const { runCheck } = await import('./run-check.js');
      return runCheck({ ...workspace, fixForm: values['fix-form'] === true }, io);
    }
  }
}

/** The metadata sources' base URLs from the environment; a bad one is a usage error. */
function sourceUrls(io: CliIo): SourceUrls {
  try {
    return readSourceUrls(io.env ?? {});
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
