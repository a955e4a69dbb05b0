// GitHub Marketplace reads action.yml for the listing: it refuses a description over 125
// characters, and shows `author` and `branding` on the action's page. SchemaStore's schema
// (shipped-files.test.ts) checks the shape; these are the Marketplace's own limits.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../support/project-root.js';

const action = parse(readFileSync(path.join(projectRoot(), 'action.yml'), 'utf8')) as {
  name?: unknown;
  description?: unknown;
  author?: unknown;
  branding?: { icon?: unknown; color?: unknown };
  inputs?: Record<string, { default?: unknown }>;
};

/** Values templates and generators leave behind for `author`. */
const PLACEHOLDER = /^(owner|todo|tbd|author|your ?name( here)?|name|me|<.*>|\$\{.*\})$/i;

describe('action.yml for GitHub Marketplace', () => {
  it('has a one-line description of at most 125 characters', () => {
    expect(action.description).toBeTypeOf('string');
    const description = action.description as string;
    expect(description.length).toBeGreaterThan(0);
    expect(description.length).toBeLessThanOrEqual(125);
    expect(description).not.toContain('\n');
  });

  it('names a real author, not a placeholder or the action itself', () => {
    expect(action.author).toBeTypeOf('string');
    const author = (action.author as string).trim();
    expect(author).not.toBe('');
    expect(author).not.toMatch(PLACEHOLDER);
    expect(author).not.toBe(action.name);
  });

  it('has branding (an icon and a colour) for the listing', () => {
    expect(action.branding?.icon).toBeTypeOf('string');
    expect(action.branding?.color).toBeTypeOf('string');
  });

  it('defaults api-url to the API of the server the workflow runs on', () => {
    expect(action.inputs?.['api-url']?.default).toBe('${{ github.api_url }}');
  });
});
