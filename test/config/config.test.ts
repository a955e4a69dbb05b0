import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { configSchema } from '../../src/config/config-schema.js';

describe('defaultConfig', () => {
  it('is what the schema makes of an empty configuration file, key for key', () => {
    expect(defaultConfig()).toStrictEqual(configSchema.parse({}));
  });

  it('gives each caller its own lists to change', () => {
    const first = defaultConfig();
    first.files.push('PAPERS.md');
    first['exclude-sections'].push('Archive');
    expect(defaultConfig().files).toEqual(['README.md']);
    expect(defaultConfig()['exclude-sections']).not.toContain('Archive');
    expect(configSchema.parse({})['exclude-sections']).not.toContain('Archive');
  });
});
