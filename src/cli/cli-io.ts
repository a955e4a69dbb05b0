/** Where the command line tool reads and writes, so tests can run it in-process. */
export interface CliIo {
  readonly cwd: string;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly readStdin: () => Promise<string>;
  /**
   * The environment, read once by the entry point, for the metadata sources' base URLs
   * (`PAPER_LIST_BOT_ARXIV_URL`, ...); absent, the public services.
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** A user mistake (bad option, missing file, bad configuration): exit 2 with one line. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Exit codes of the command line tool (docs/design.md, "Command line"). */
export const EXIT = {
  ok: 0,
  invalid: 1,
  outOfOrder: 1,
  usage: 2,
  duplicate: 3,
} as const;
