import type { Config } from '../config/config.js';

/** The bot's branch for an issue: `<prefix>issue-<n>`. */
export function issueBranch(config: Config, issueNumber: number): string {
  return `${config['branch-prefix']}issue-${issueNumber}`;
}

/** The bot's branch for re-sorts: `<prefix>sort`. */
export function sortBranch(config: Config): string {
  return `${config['branch-prefix']}sort`;
}

/** The bot's branch for the issue form's Section options: `<prefix>form`. */
export function formBranch(config: Config): string {
  return `${config['branch-prefix']}form`;
}
