import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { $ZodIssue } from 'zod/v4/core';
import { defaultConfig, type Config } from './config.js';
import { CONFIG_KEYS, configSchema } from './config-schema.js';

/** A configuration, or the errors that stop it from being used (each naming its key). */
export type ParseConfigResult =
  | { readonly ok: true; readonly config: Config }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * Reads a configuration file's text (docs/design.md, "Configuration"). An empty file means all
 * defaults. Errors name the key and say what is expected, e.g. `"order" must be one of
 * newest-first, oldest-first, ...`.
 */
export function parseConfig(text: string, path = '.github/paper-list.yml'): ParseConfigResult {
  let data: unknown;
  try {
    data = parseYaml(text, { prettyErrors: true });
  } catch (error) {
    const where =
      error instanceof YAMLParseError && error.linePos ? ` (line ${error.linePos[0].line})` : '';
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, errors: [`${path} is not valid YAML${where}: ${message}`] };
  }
  if (data === null || data === undefined) return { ok: true, config: defaultConfig() };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      errors: [`${path} must be a mapping of keys to values (keys: ${CONFIG_KEYS.join(', ')})`],
    };
  }
  const result = configSchema.safeParse(data);
  if (result.success) return { ok: true, config: result.data };
  return { ok: false, errors: result.error.issues.map((issue) => describeIssue(issue, path)) };
}

function describeIssue(issue: $ZodIssue, path: string): string {
  const key = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${path}: unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}; known keys are ${CONFIG_KEYS.join(', ')}`;
    case 'invalid_value':
      return `${path}: "${key}" must be one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_type':
      return `${path}: "${key}" must be ${article(issue.expected)}`;
    case 'too_small':
      return `${path}: "${key}" must not be empty`;
    default:
      return `${path}: "${key}" ${issue.message}`;
  }
}

function article(expected: string): string {
  if (expected === 'array') return 'a list';
  if (expected === 'object' || expected === 'record') return 'a mapping';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}
