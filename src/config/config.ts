import { FORM_LABEL_DEFAULT } from '../form/default-form.js';
import { DEFAULT_LINE_BREAK } from '../paper/entry-template.js';
import type { Config } from './config-schema.js';

export type { Config } from './config-schema.js';

/** Who may file papers that the bot acts on (checked against the repository's permissions). */
export const TRIGGER_POLICIES = ['anyone', 'collaborators', 'maintainers'] as const;
export type TriggerPolicy = (typeof TRIGGER_POLICIES)[number];

/** Headings that never hold entries, unless the configuration says otherwise. */
export const EXCLUDED_BY_DEFAULT: readonly string[] = [
  'Table of Contents',
  'Table of Content',
  'Contents',
  'TOC',
];

export const BRANCH_PREFIX_DEFAULT = 'paper-list-bot/';
export const FORM_TEMPLATE_DEFAULT = '.github/ISSUE_TEMPLATE/new-paper.yml';

/**
 * The configuration a repository without a configuration file gets: every key's default, the
 * same as the schema gives an empty file (src/config/config-schema.ts). Built without the schema:
 * a list with no configuration file need not load the validator.
 */
export function defaultConfig(): Config {
  return {
    files: ['README.md'],
    'section-order': {},
    'line-break': DEFAULT_LINE_BREAK,
    'exclude-sections': [...EXCLUDED_BY_DEFAULT],
    labels: [],
    'branch-prefix': BRANCH_PREFIX_DEFAULT,
    'form-label': FORM_LABEL_DEFAULT,
    'form-template': FORM_TEMPLATE_DEFAULT,
    'allowed-authors': 'anyone',
    autofill: 'fill-missing',
  };
}
