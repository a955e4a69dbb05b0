import type { Logger } from '../../src/commands/command-context.js';

/** A silent logger, for command tests. */
export const quietLogger: Logger = {
  info: () => {},
  warn: () => {},
  group: (_name, phase) => phase(),
};
