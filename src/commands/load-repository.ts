import type { Config } from '../config/config.js';
import { parseConfig } from '../config/parse-config.js';
import { defaultConfig } from '../config/config.js';
import type { RepoFile } from '../github/gateway.js';
import type { PaperList } from '../list/paper-list.js';
import { unreadItems } from '../list/unread-items.js';
import { resolveList } from '../infer/resolve-format.js';
import type { ListFormat } from '../list/list-format.js';
import type { CommandContext } from './command-context.js';

/** A configuration or list problem only a maintainer can fix: the run fails with it. */
export class RepositoryError extends Error {
  override readonly name = 'RepositoryError';
}

/** Reads the configuration at a ref; defaults when the file does not exist. */
export async function loadConfig(context: CommandContext, ref: string): Promise<Config> {
  const file = await context.gateway.readFile(context.configPath, ref);
  if (!file) {
    context.log.info(`No ${context.configPath}: using the defaults.`);
    return defaultConfig();
  }
  const parsed = parseConfig(file.text, context.configPath);
  if (!parsed.ok) throw new RepositoryError(parsed.errors.join('\n'));
  return parsed.config;
}

/** The managed files at a ref, read once each, with their sections named. */
export interface RepositoryList {
  readonly format: ListFormat;
  readonly files: readonly RepoFile[];
  readonly list: PaperList;
}

/** At most this many unread items are named; the rest are counted. */
const NAMED_UNREAD = 10;

/**
 * What the list holds that its format does not read (docs/design.md, "Loud failure"): files of
 * which no entry is read, and list items or table rows that are not entries.
 */
function unreadWarnings(list: PaperList, format: ListFormat): string[] {
  const warnings: string[] = [];
  const items = list.files.flatMap((file) => {
    if (file.sections.every((s) => s.entries.length === 0)) {
      warnings.push(
        `${file.path}: no entries can be read; run \`paper-list-bot init\` on the list to see what it reads, or set "template" in the configuration.`,
      );
    }
    const offered = new Set(list.sections.filter((s) => s.file === file).map((s) => s.block));
    return unreadItems(file, offered, format.excludeSections);
  });
  for (const item of items.slice(0, NAMED_UNREAD))
    warnings.push(`${item.path}:${item.line}: ${item.message}`);
  if (items.length > NAMED_UNREAD)
    warnings.push(
      `…and ${items.length - NAMED_UNREAD} more items the list's format does not read.`,
    );
  return warnings;
}

/** Reads every managed file at a ref. A missing file is a configuration error. */
export async function loadRepositoryList(
  context: CommandContext,
  config: Config,
  ref: string,
): Promise<RepositoryList> {
  const files: RepoFile[] = [];
  for (const path of config.files) {
    const file = await context.gateway.readFile(path, ref);
    if (!file) {
      throw new RepositoryError(
        `${path} does not exist on ${context.repository.defaultBranch}: create it, or set "files" in ${context.configPath}`,
      );
    }
    files.push(file);
  }
  const { format, list } = resolveList(config, files);
  const entries = list.files.reduce(
    (n, f) => n + f.sections.reduce((m, s) => m + s.entries.length, 0),
    0,
  );
  context.log.info(
    `Read ${entries} entries in ${list.sections.length} sections of ${files.map((f) => f.path).join(', ')}.`,
  );
  for (const warning of unreadWarnings(list, format)) context.log.warn(warning);
  return { format, files, list };
}
